// GB 11643-1999 公民身份号码: 6-digit region code, 8-digit birth date, 3-digit sequence (odd = male,
// even = female), check character: weights 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2; sum mod 11 indexes "10X98765432".
import { compareIsoDates, formatIsoDate, isIsoDate, type IsoDate } from "../dates/iso-date";
import type { IdentifierFailure } from "./identifier-result";

export type ResidentIdReason = "length" | "characters" | "region" | "birthDate" | "checkDigit";

export type ResidentIdResult =
  | { ok: true; birthDate: IsoDate; sex: "male" | "female" }
  | (IdentifierFailure & { reason: ResidentIdReason });

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_MAP = "10X98765432";

/** The check character for the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_MAP[sum % 11]!;
}

function fail(reason: ResidentIdReason, zh: string, en: string): ResidentIdResult {
  return { ok: false, reason, message: { zh, en } };
}

/** Validates an 18-character resident ID (a trailing lower-case x is accepted). `today` bounds the birth date. */
export function validateResidentId(id: string, today?: IsoDate): ResidentIdResult {
  const value = String(id).trim().toUpperCase();
  if (value.length !== 18) {
    return fail("length", `身份证号码应为 18 位，实际 ${value.length} 位`, `a resident ID has 18 characters; got ${value.length}`);
  }
  if (!/^\d{17}[\dX]$/.test(value)) {
    return fail("characters", "身份证号码前 17 位必须是数字，末位为数字或 X", "a resident ID is 17 digits followed by a digit or X");
  }
  if (value.startsWith("000000")) {
    return fail("region", "身份证号码前 6 位地区码不能为 000000", "the region code (first 6 digits) must not be 000000");
  }
  const y = Number(value.slice(6, 10));
  const m = Number(value.slice(10, 12));
  const d = Number(value.slice(12, 14));
  const birthDate = formatIsoDate(y, m, d);
  if (y < 1800 || !isIsoDate(birthDate)) {
    return fail("birthDate", `出生日期 ${value.slice(6, 14)} 无效`, `birth date ${value.slice(6, 14)} is not a valid date`);
  }
  if (today !== undefined && compareIsoDates(birthDate, today) > 0) {
    return fail("birthDate", `出生日期 ${birthDate} 晚于今天`, `birth date ${birthDate} is in the future`);
  }
  const expected = residentIdCheckChar(value.slice(0, 17));
  if (value[17] !== expected) {
    return fail(
      "checkDigit",
      `校验码错误：末位应为 ${expected}，实际为 ${value[17]}`,
      `check digit mismatch: the last character should be ${expected}, not ${value[17]}`,
    );
  }
  return { ok: true, birthDate, sex: Number(value[16]) % 2 === 1 ? "male" : "female" };
}
