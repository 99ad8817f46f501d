// Passport numbers: 5–20 letters or digits (formats differ by issuing state; no check digit verified).
import type { IdentifierFailure } from "./identifier-result";

export type PassportResult = { ok: true } | (IdentifierFailure & { reason: "length" | "characters" });

export function validatePassport(number: string): PassportResult {
  const value = String(number).trim();
  if (!/^[A-Za-z0-9]*$/.test(value)) {
    return { ok: false, reason: "characters", message: { zh: "护照号码只能包含字母和数字", en: "a passport number may contain only letters and digits" } };
  }
  if (value.length < 5 || value.length > 20) {
    return {
      ok: false,
      reason: "length",
      message: { zh: `护照号码应为 5–20 位，实际 ${value.length} 位`, en: `a passport number has 5–20 characters; got ${value.length}` },
    };
  }
  return { ok: true };
}
