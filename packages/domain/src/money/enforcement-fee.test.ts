import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error";
import { computeEnforcementFee, ENFORCEMENT_FEE_NO_AMOUNT } from "./enforcement-fee";

const Y = 100; // fen per yuan

describe("computeEnforcementFee (诉讼费用交纳办法 art 14(1)2, marginal brackets)", () => {
  it.each<[string, number, number, number]>([
    // label, amount (fen), fee (fen), brackets reached
    ["zero", 0, 50 * Y, 1],
    ["≤10,000 flat: 1 fen below the edge", 10_000 * Y - 1, 50 * Y, 1],
    ["≤10,000 flat: on the edge", 10_000 * Y, 50 * Y, 1],
    ["1 fen over 10,000 (0.015 fen rounds down)", 10_000 * Y + 1, 50 * Y, 2],
    ["1 yuan over 10,000: 1.5 fen rounds half up", 10_001 * Y, 50 * Y + 2, 2],
    ["500,000 − 1 fen", 500_000 * Y - 1, 7_400 * Y, 2],
    ["500,000: 50 + 490,000 × 1.5%", 500_000 * Y, 7_400 * Y, 2],
    ["500,000 + 1 fen", 500_000 * Y + 1, 7_400 * Y, 3],
    ["1,000,000 → 12,400 (rules.md §6 example)", 1_000_000 * Y, 12_400 * Y, 3],
    ["5,000,000 − 1 fen", 5_000_000 * Y - 1, 52_400 * Y, 3],
    ["5,000,000: + 4,500,000 × 1%", 5_000_000 * Y, 52_400 * Y, 3],
    ["5,000,000 + 1 fen (0.005 fen rounds down)", 5_000_000 * Y + 1, 52_400 * Y, 4],
    ["10,000,000 − 1 fen", 10_000_000 * Y - 1, 77_400 * Y, 4],
    ["10,000,000: + 5,000,000 × 0.5%", 10_000_000 * Y, 77_400 * Y, 4],
    ["10,000,000 + 1 fen", 10_000_000 * Y + 1, 77_400 * Y, 5],
    ["20,000,000: + 10,000,000 × 0.1%", 20_000_000 * Y, 87_400 * Y, 5],
    ["10,000,000 + 500 fen: 0.5 fen rounds half up", 10_000_000 * Y + 500, 77_400 * Y + 1, 5],
  ])("%s", (_label, amountFen, feeFen, lines) => {
    const r = computeEnforcementFee(amountFen);
    expect(r.feeFen).toBe(feeFen);
    expect(r.brackets).toHaveLength(lines);
    expect(r.brackets.reduce((s, b) => s + b.feeFen, 0)).toBe(feeFen);
    expect(r.basis).toEqual([{ law: "诉讼费用交纳办法", article: "art 14(1)2", en: expect.any(String) }]);
  });

  it("shows the 1,000,000-yuan computation bracket by bracket", () => {
    expect(computeEnforcementFee(1_000_000 * Y).brackets).toEqual([
      { fromFen: 0, toFen: 1_000_000, rate: "flat", portionFen: 1_000_000, feeFen: 5_000 },
      { fromFen: 1_000_000, toFen: 50_000_000, rate: "1.5%", portionFen: 49_000_000, feeFen: 735_000 },
      { fromFen: 50_000_000, toFen: 500_000_000, rate: "1%", portionFen: 50_000_000, feeFen: 500_000 },
    ]);
  });

  it("no amount: 50–500 yuan (art 14(1)1)", () => expect(ENFORCEMENT_FEE_NO_AMOUNT).toEqual({ minFen: 5_000, maxFen: 50_000 }));

  it.each([-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1])("rejects amount %d", (a) => {
    expect(() => computeEnforcementFee(a)).toThrow(DomainError);
  });

  it("is an integer, monotone non-decreasing in the amount (property)", () => {
    const amount = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const fLo = computeEnforcementFee(lo).feeFen;
        const fHi = computeEnforcementFee(hi).feeFen;
        return Number.isSafeInteger(fLo) && fLo <= fHi;
      }),
    );
  });
});
