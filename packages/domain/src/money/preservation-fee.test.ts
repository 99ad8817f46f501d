import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computePreservationFee } from "./preservation-fee";

const Y = 100;

describe("computePreservationFee (诉讼费用交纳办法 art 14(2); cap 5,000 yuan)", () => {
  it.each<[string, number, number, boolean]>([
    ["no amount (0)", 0, 30 * Y, false],
    ["1,000 − 1 fen", 1_000 * Y - 1, 30 * Y, false],
    ["1,000", 1_000 * Y, 30 * Y, false],
    ["1,000 + 1 fen", 1_000 * Y + 1, 30 * Y, false],
    ["1,000 + 50 fen: 0.5 fen rounds half up", 1_000 * Y + 50, 30 * Y + 1, false],
    ["100,000 − 1 fen", 100_000 * Y - 1, 1_020 * Y, false],
    ["100,000: 30 + 99,000 × 1%", 100_000 * Y, 1_020 * Y, false],
    ["100,000 + 1 fen", 100_000 * Y + 1, 1_020 * Y, false],
    ["cap reached exactly at 896,000 − 1 fen", 896_000 * Y - 1, 5_000 * Y, false],
    ["896,000: 1,020 + 796,000 × 0.5% = 5,000", 896_000 * Y, 5_000 * Y, false],
    ["896,000 + 1 fen still rounds to the cap", 896_000 * Y + 1, 5_000 * Y, false],
    ["896,001: 5,000.005 → capped", 896_001 * Y, 5_000 * Y, true],
    ["one billion yuan", 1_000_000_000 * Y, 5_000 * Y, true],
  ])("%s", (_l, amountFen, feeFen, capped) => {
    const r = computePreservationFee(amountFen);
    expect(r.feeFen).toBe(feeFen);
    expect(r.capped).toBe(capped);
    expect(r.basis[0]).toMatchObject({ law: "诉讼费用交纳办法", article: "art 14(2)" });
  });

  it("is an integer, monotone and never above 500,000 fen (property)", () => {
    const amount = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const fLo = computePreservationFee(lo).feeFen;
        const fHi = computePreservationFee(hi).feeFen;
        return Number.isSafeInteger(fLo) && fLo <= fHi && fHi <= 500_000;
      }),
    );
  });
});
