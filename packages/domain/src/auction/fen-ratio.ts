// Fractions of an amount of fen, computed in integers (BigInt, so products cannot overflow) and
// rounded in a stated direction. Every statutory percentage in this folder is rounded in the direction
// that never breaks the statute: a floor ("不得低于…") rounds UP to the fen, a ceiling ("不超过…") rounds
// DOWN to the fen.
import { invalidField } from "../errors/domain-error";
import type { Fen } from "../money/fen";

/** num/den, e.g. 70 % = { num: 7, den: 10 }. */
export type Ratio = Readonly<{ num: number; den: number }>;

export type Rounding = "up" | "down";

export const PERCENT_70: Ratio = Object.freeze({ num: 7, den: 10 });
export const PERCENT_80: Ratio = Object.freeze({ num: 4, den: 5 });
export const PERCENT_5: Ratio = Object.freeze({ num: 1, den: 20 });
export const PERCENT_20: Ratio = Object.freeze({ num: 1, den: 5 });

/** amountFen × num / den, rounded up (ceil) or down (floor), for a non-negative safe integer amount. */
export function fractionOfFen(amountFen: Fen, ratio: Ratio, rounding: Rounding): Fen {
  if (!Number.isSafeInteger(amountFen) || amountFen < 0) throw new RangeError(`not a non-negative safe integer amount of fen: ${amountFen}`);
  const n = BigInt(amountFen) * BigInt(ratio.num);
  const d = BigInt(ratio.den);
  return Number(rounding === "up" ? (n + d - 1n) / d : n / d);
}

/** "70%" for { num: 7, den: 10 }. */
export function formatRatio(ratio: Ratio): string {
  return `${(ratio.num * 100) / ratio.den}%`;
}

/** A positive safe integer amount of fen, or VALIDATION on `field`. */
export function requirePositiveFen(value: unknown, field: string): Fen {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value <= 0) {
    throw invalidField(field, {
      zh: `${field} 必须是正整数（以分计，收到 ${String(value)}）`,
      en: `${field} must be a positive whole number of fen (got ${String(value)})`,
    });
  }
  return value;
}


/** A non-negative safe integer amount of fen, or VALIDATION on `field`. */
export function requireNonNegativeFen(value: unknown, field: string): Fen {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw invalidField(field, {
      zh: `${field} 必须是非负整数（以分计，收到 ${String(value)}）`,
      en: `${field} must be a non-negative whole number of fen (got ${String(value)})`,
    });
  }
  return value;
}
