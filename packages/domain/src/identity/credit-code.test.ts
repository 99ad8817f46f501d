import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { creditCodeCheckChar, validateCreditCode } from "./credit-code";

const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const withCheck = (first17: string) => first17 + creditCodeCheckChar(first17);

describe("validateCreditCode (GB 32100-2015)", () => {
  it.each([
    // Published codes, recalled from public registries; each verified here by its check character.
    "914403001922038216",
    "91330100716105852F",
    "91440300708461136T",
    "91110108551385082Q",
    withCheck("9111000010000058A"), // constructed; check character from the algorithm
  ])("%s is valid", (code) => expect(validateCreditCode(code)).toEqual({ ok: true }));

  it.each<[string, string, string]>([
    ["17 characters", "91440300192203821", "length"],
    ["19 characters", "9144030019220382161", "length"],
    ["letter I is not used", "9144030019220382I6", "characters"],
    ["letter O is not used", "O14403001922038216", "characters"],
    ["region code must be digits", withCheck("91A4030019220382A"), "characters"],
    ["wrong check character", "914403001922038217", "checkDigit"],
    ["the brief's sample 91110000100000589B (check is A)", "91110000100000589B", "checkDigit"],
  ])("rejects: %s", (_l, code, reason) => {
    const r = validateCreditCode(code);
    expect(r).toMatchObject({ ok: false, reason });
  });

  it("names the expected check character", () => {
    const r = validateCreditCode("91110000100000589B");
    if (r.ok) throw new Error("expected failure");
    expect(r.message.en).toContain("should be A");
  });

  it("constructed codes are valid and a changed character is caught (property)", () => {
    const ch = fc.constantFrom(...CHARSET);
    const digit = fc.constantFrom(..."0123456789");
    const first17 = fc
      .tuple(fc.array(ch, { minLength: 2, maxLength: 2 }), fc.array(digit, { minLength: 6, maxLength: 6 }), fc.array(ch, { minLength: 9, maxLength: 9 }))
      .map(([a, b, c]) => [...a, ...b, ...c].join(""));
    fc.assert(
      fc.property(first17, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 30 }), (body, pos, delta) => {
        const code = withCheck(body);
        if (!validateCreditCode(code).ok) return false;
        if (pos >= 2 && pos < 8) return true; // region digits: a change may leave the charset rule
        const changed = body.slice(0, pos) + CHARSET[(CHARSET.indexOf(body[pos]!) + delta) % 31] + body.slice(pos + 1) + code[17];
        return !validateCreditCode(changed).ok;
      }),
    );
  });
});
