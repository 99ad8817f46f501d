import dayjs from "dayjs";
import { formatCitation as formatDomainCitation } from "@zhixing/domain";
import type { Citation } from "../api/types";

export const DATE_FORMAT = "YYYY-MM-DD";

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * Integer fen → "1,234,567.89" (yuan). Integer division and remainder only;
 * no floating-point arithmetic touches the amount.
 */
export function formatFen(fen: number | null | undefined): string {
  if (fen === null || fen === undefined || !Number.isFinite(fen)) return "—";
  const n = Math.trunc(fen);
  const negative = n < 0;
  const abs = negative ? -n : n;
  const yuan = Math.trunc(abs / 100);
  const cents = abs % 100;
  const s = `${groupThousands(String(yuan))}.${String(cents).padStart(2, "0")}`;
  return negative ? `-${s}` : s;
}

/**
 * A yuan amount as typed ("1,234.5", "1234.56", "12") → integer fen, or null when it is
 * not a non-negative amount with at most two decimals. String arithmetic only.
 */
export function parseYuanToFen(input: string | number | null | undefined): number | null {
  if (input === null || input === undefined) return null;
  const s = String(input).replace(/[,\s，]/g, "");
  const m = /^(\d+)(?:\.(\d{0,2}))?$/.exec(s);
  if (!m) return null;
  const whole = m[1] ?? "0";
  const frac = (m[2] ?? "").padEnd(2, "0");
  const fen = Number(whole) * 100 + Number(frac);
  return Number.isSafeInteger(fen) ? fen : null;
}

/** Integer fen → plain yuan string without separators ("1234.5" → "1234.50"). */
export function fenToYuanString(fen: number): string {
  return formatFen(fen).replace(/,/g, "");
}

/** Any date or ISO timestamp → YYYY-MM-DD. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return "—";
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const d = dayjs(value);
  return d.isValid() ? d.format(DATE_FORMAT) : value;
}

/** ISO timestamp → YYYY-MM-DD HH:mm (local time). */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return "—";
  const d = dayjs(value);
  return d.isValid() ? d.format("YYYY-MM-DD HH:mm") : value;
}

const SHANGHAI_PARTS = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/**
 * ISO timestamp → `YYYY-MM-DD HH:mm:ss` in Beijing time (Asia/Shanghai), whatever the browser's
 * time zone: audit records are read against court working hours.
 */
export function formatShanghaiDateTime(value: string | null | undefined): string {
  if (!value) return "—";
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  const p = Object.fromEntries(SHANGHAI_PARTS.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

/** Interface language (`zh-CN`, `en`, …) → the domain's citation language. */
export function citationLang(lang: string): "zh" | "en" {
  return lang.startsWith("zh") ? "zh" : "en";
}

/**
 * The domain's rendering of a citation: zh `《民事诉讼法(2023)》第85条第2款`,
 * en `Civil Procedure Law (2023), art 85 para 2`.
 */
export function formatCitation(c: Citation, lang: string): string {
  return formatDomainCitation(c, citationLang(lang));
}

/** A rate such as 0.015 → "1.5%" (display only). */
export function formatPercent(rate: number, maxDigits = 4): string {
  const pct = rate * 100;
  return `${Number(pct.toFixed(maxDigits)).toString()}%`;
}

/** Today's date in Beijing time (`YYYY-MM-DD`): court days are counted in Asia/Shanghai whatever the browser's zone. */
export function todayShanghai(now: Date = new Date()): string {
  const p = Object.fromEntries(SHANGHAI_PARTS.formatToParts(now).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}`;
}

/** ISO timestamp → the `YYYY-MM-DD` it falls on in Beijing time. */
export function formatShanghaiDate(value: string | null | undefined): string {
  if (!value) return "—";
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : todayShanghai(d);
}
