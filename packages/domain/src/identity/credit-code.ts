// GB 32100-2015 统一社会信用代码: 18 characters from "0123456789ABCDEFGHJKLMNPQRTUWXY" (no I, O, Z, S, V);
// weights 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28; check = 31 − (sum mod 31), 31 → 0.
// Only the structure and the final check character are verified (not the embedded GB 11714 code).
import type { IdentifierFailure } from "./identifier-result";

export type CreditCodeReason = "length" | "characters" | "checkDigit";

export type CreditCodeResult = { ok: true } | (IdentifierFailure & { reason: CreditCodeReason });

const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character for the first 17 characters (which must be from the charset). */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]!) * WEIGHTS[i]!;
  const check = 31 - (sum % 31);
  return CHARSET[check === 31 ? 0 : check]!;
}

function fail(reason: CreditCodeReason, zh: string, en: string): CreditCodeResult {
  return { ok: false, reason, message: { zh, en } };
}

export function validateCreditCode(code: string): CreditCodeResult {
  const value = String(code).trim().toUpperCase();
  if (value.length !== 18) {
    return fail("length", `统一社会信用代码应为 18 位，实际 ${value.length} 位`, `a credit code has 18 characters; got ${value.length}`);
  }
  const bad = [...value].find((c) => !CHARSET.includes(c));
  if (bad !== undefined) {
    return fail(
      "characters",
      `统一社会信用代码含非法字符 "${bad}"（不得使用 I、O、Z、S、V）`,
      `the credit code contains the invalid character "${bad}" (I, O, Z, S and V are not used)`,
    );
  }
  if (!/^\d{6}$/.test(value.slice(2, 8))) {
    return fail("characters", "统一社会信用代码第 3–8 位行政区划码必须是数字", "characters 3–8 (region code) of a credit code must be digits");
  }
  const expected = creditCodeCheckChar(value.slice(0, 17));
  if (value[17] !== expected) {
    return fail(
      "checkDigit",
      `校验码错误：末位应为 ${expected}，实际为 ${value[17]}`,
      `check character mismatch: the last character should be ${expected}, not ${value[17]}`,
    );
  }
  return { ok: true };
}
