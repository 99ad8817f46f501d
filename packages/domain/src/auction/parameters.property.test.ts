// Invariants of the price and deposit rules: each bound is the exact statutory fraction rounded in the
// direction that never breaks the statute, and no smaller (larger) whole fen would do.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { depositRange, minimumStartingPrice } from "./parameters";

const fen = fc.integer({ min: 1, max: Math.floor(Number.MAX_SAFE_INTEGER / 10) });

describe("price and deposit properties", () => {
  it("round 1: the minimum is the least whole fen ≥ 70 % of the reference price (art 10)", () => {
    fc.assert(
      fc.property(fen, (ref) => {
        const min = BigInt(minimumStartingPrice({ referencePriceFen: ref, round: 1 }).amountFen);
        expect(10n * min >= 7n * BigInt(ref)).toBe(true);
        expect(10n * (min - 1n) < 7n * BigInt(ref)).toBe(true);
      }),
    );
  });

  it("round 2: the minimum is the least whole fen whose cut is ≤ 20 % of the previous start (art 26)", () => {
    fc.assert(
      fc.property(fen, fen, (ref, prev) => {
        const r = minimumStartingPrice({ referencePriceFen: ref, round: 2, previousStartingPriceFen: prev });
        const min = BigInt(r.amountFen);
        expect(5n * (BigInt(prev) - min) <= BigInt(prev)).toBe(true);
        expect(5n * (BigInt(prev) - min + 1n) > BigInt(prev)).toBe(true);
        expect(r.maximumCutFen).toBe(prev - r.amountFen);
      }),
    );
  });

  it("round 2 with art 10 too: never below either floor", () => {
    fc.assert(
      fc.property(fen, fen, (ref, prev) => {
        const both = minimumStartingPrice({ referencePriceFen: ref, round: 2, previousStartingPriceFen: prev, round2Floor: "art26AndArt10" }).amountFen;
        expect(both).toBe(
          Math.max(
            minimumStartingPrice({ referencePriceFen: ref, round: 1 }).amountFen,
            minimumStartingPrice({ referencePriceFen: ref, round: 2, previousStartingPriceFen: prev }).amountFen,
          ),
        );
      }),
    );
  });

  it("deposit: [least whole fen ≥ 5 %, greatest whole fen ≤ 20 %] of the starting price (art 17)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: Math.floor(Number.MAX_SAFE_INTEGER / 10) }), (start) => {
        const { minFen, maxFen } = depositRange(start);
        const s = BigInt(start);
        expect(20n * BigInt(minFen) >= s && 20n * BigInt(minFen - 1) < s).toBe(true);
        expect(5n * BigInt(maxFen) <= s && 5n * BigInt(maxFen + 1) > s).toBe(true);
        expect(minFen).toBeLessThanOrEqual(maxFen);
      }),
    );
  });

  it("monotone: a higher reference price never lowers the minimum", () => {
    fc.assert(
      fc.property(fen, fc.integer({ min: 0, max: 1e9 }), (ref, k) => {
        expect(minimumStartingPrice({ referencePriceFen: ref, round: 1 }).amountFen).toBeLessThanOrEqual(
          minimumStartingPrice({ referencePriceFen: ref + k, round: 1 }).amountFen,
        );
      }),
    );
  });
});
