import { describe, expect, it } from "vitest";
import { validatePassport } from "./passport";

describe("validatePassport (5–20 letters or digits)", () => {
  it.each<[string, boolean, string?]>([
    ["E1234", true], // 5: minimum
    ["E123", false, "length"], // 4
    ["E12345678", true],
    ["A".repeat(20), true], // 20: maximum
    ["A".repeat(21), false, "length"],
    ["e12345678", true],
    ["E1234 5678", false, "characters"],
    ["E1234-5678", false, "characters"],
    ["", false, "length"],
  ])("%j → %s", (n, ok, reason) => {
    const r = validatePassport(n);
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.reason).toBe(reason);
  });
});
