// Money is an integer number of fen (分), a safe JS integer. Decimal input is parsed exactly, never
// through floating point arithmetic.
import { invalidField } from "../errors/domain-error";

export type Fen = number;

const DECIMAL_RE = /^(\d+)(?:\.(\d{1,2}))?$/;

function reject(field: string, zh: string, en: string): never {
  throw invalidField(field, { zh: `${field}：${zh}`, en: `${field}: ${en}` });
}

/** "12400", "12400.5", "12400.50" or 12400.5 → 1240050 fen. */
export function yuanToFen(input: string | number, field: string): Fen {
  let text: string;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) reject(field, "金额必须是有限数字", "amount must be a finite number");
    if (input < 0) reject(field, "金额不能为负数", "amount must not be negative");
    text = String(input);
  } else if (typeof input === "string") {
    text = input.trim();
  } else {
    return reject(field, "金额必须是数字或字符串", "amount must be a number or a string");
  }
  if (text.startsWith("-")) reject(field, "金额不能为负数", "amount must not be negative");
  const match = DECIMAL_RE.exec(text);
  if (!match) {
    if (/^\d+\.\d{3,}$/.test(text)) reject(field, "金额最多保留两位小数（到分）", "amount may have at most 2 decimal places (fen)");
    reject(field, `不是有效金额：${String(input)}`, `not a valid amount: ${String(input)}`);
  }
  const fen = BigInt(match[1]!) * 100n + BigInt((match[2] ?? "").padEnd(2, "0"));
  if (fen > BigInt(Number.MAX_SAFE_INTEGER)) reject(field, "金额过大", "amount is too large");
  return Number(fen);
}

function assertFen(fen: Fen): void {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`not an integer amount of fen: ${fen}`);
}

/** 1240000 → "12400.00"; negative amounts keep a leading "-". */
export function fenToYuanString(fen: Fen): string {
  assertFen(fen);
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, "0");
  return `${fen < 0 ? "-" : ""}${yuan}.${cents}`;
}

/** With thousands separators: zh "12,400.00元", en "CNY 12,400.00". */
export function formatYuan(fen: Fen, lang: "zh" | "en"): string {
  const plain = fenToYuanString(fen);
  const negative = plain.startsWith("-");
  const [int, dec] = (negative ? plain.slice(1) : plain).split(".") as [string, string];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const amount = `${negative ? "-" : ""}${grouped}.${dec}`;
  return lang === "zh" ? `${amount}元` : `CNY ${amount}`;
}
