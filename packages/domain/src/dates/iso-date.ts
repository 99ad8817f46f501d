// ISO calendar dates (YYYY-MM-DD) in Asia/Shanghai. Arithmetic runs on day numbers (days since
// 1970-01-01, i.e. UTC-midnight epoch days), never on local-time Date objects.
import { invalidField } from "../errors/domain-error";

export type IsoDate = string;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days in month `m` (1–12) of year `y` (proleptic Gregorian). */
export function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== "string") return false;
  const match = ISO_RE.exec(s);
  if (!match) return false;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= lastDayOfMonth(y, m);
}

/** Returns `s` if it is a valid ISO date; otherwise throws invalidField(field). */
export function parseIsoDate(s: unknown, field: string): IsoDate {
  if (!isIsoDate(s)) {
    throw invalidField(field, {
      zh: `${field} 必须是有效日期，格式为 YYYY-MM-DD（收到：${String(s)}）`,
      en: `${field} must be a valid date in the form YYYY-MM-DD (got: ${String(s)})`,
    });
  }
  return s;
}

/** Year, month, day of a valid ISO date; throws invalidField("date") otherwise. */
export function isoParts(date: IsoDate): { y: number; m: number; d: number } {
  parseIsoDate(date, "date");
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return { y, m, d };
}

export function formatIsoDate(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Days since 1970-01-01 (negative before). */
export function toDayNumber(date: IsoDate): number {
  const { y, m, d } = isoParts(date);
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return Math.round(t.getTime() / MS_PER_DAY);
}

export function fromDayNumber(n: number): IsoDate {
  const t = new Date(n * MS_PER_DAY);
  return formatIsoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: IsoDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: IsoDate): boolean {
  const w = weekdayOf(date);
  return w === 0 || w === 6;
}

/** Negative if a < b, 0 if equal, positive if a > b (ISO strings compare lexically). */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function yearOf(date: IsoDate): number {
  return isoParts(date).y;
}
