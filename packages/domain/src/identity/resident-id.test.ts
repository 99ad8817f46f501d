import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { residentIdCheckChar, validateResidentId } from "./resident-id";

const withCheck = (first17: string) => first17 + residentIdCheckChar(first17);

describe("validateResidentId (GB 11643-1999)", () => {
  it.each<[string, string, "male" | "female"]>([
    ["11010519491231002X", "1949-12-31", "female"], // the standard's own example; check digit X
    ["440524188001010014", "1880-01-01", "male"], // the standard's second example
    ["11010519491231002x", "1949-12-31", "female"], // lower-case x accepted
    [withCheck("11010520240229123"), "2024-02-29", "male"], // leap day
  ])("%s is valid (born %s, %s)", (id, birthDate, sex) => {
    expect(validateResidentId(id)).toEqual({ ok: true, birthDate, sex });
  });

  it.each<[string, string, string, string?]>([
    ["17 characters", "11010519491231002", "length"],
    ["19 characters", "11010519491231002X1", "length"],
    ["15-digit legacy number", "110105491231002", "length"],
    ["letter inside", "1101051949123100AX", "characters"],
    ["X not last", "X10105194912310021", "characters"],
    ["region 000000", withCheck("00000019491231002"), "region"],
    ["month 13", withCheck("11010519491331002"), "birthDate"],
    ["29 Feb of a common year", withCheck("11010520250229002"), "birthDate"],
    ["before 1800", withCheck("11010517991231002"), "birthDate"],
    ["born after today", withCheck("11010520250102002"), "birthDate", "2025-01-01"],
    ["wrong check digit", "110105194912310021", "checkDigit"],
  ])("rejects: %s", (_l, id, reason, today) => {
    const r = validateResidentId(id, today);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe(reason);
      expect(r.message.zh.length).toBeGreaterThan(0);
      expect(r.message.en.length).toBeGreaterThan(0);
    }
  });

  it("boundary of `today`: born today is valid, tomorrow is not", () => {
    expect(validateResidentId(withCheck("11010520250101002"), "2025-01-01").ok).toBe(true);
    expect(validateResidentId(withCheck("11010520250102002"), "2025-01-01").ok).toBe(false);
  });

  it("names the expected check digit", () => {
    const r = validateResidentId("110105194912310021");
    expect(r).toMatchObject({ ok: false, reason: "checkDigit" });
    if (!r.ok) {
      expect(r.message.en).toContain("should be X");
      expect(r.message.zh).toContain("应为 X");
    }
  });

  it("any single-digit change of a valid ID is caught (property)", () => {
    const valid = "11010519491231002X";
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
        const digit = (Number(valid[pos]) + delta) % 10;
        const changed = valid.slice(0, pos) + digit + valid.slice(pos + 1);
        return !validateResidentId(changed).ok;
      }),
    );
  });
});
