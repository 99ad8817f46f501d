import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error";
import { computeDelayInterest } from "./delay-interest";

describe("computeDelayInterest (迟延履行利息解释 art 1 para 3: principal × 0.000175 × days)", () => {
  it.each<[string, number, number, number]>([
    ["1,000,000 yuan for 1 day = 175 yuan", 100_000_000, 1, 17_500],
    ["1,000,000 yuan for 30 days", 100_000_000, 30, 525_000],
    ["zero days", 100_000_000, 0, 0],
    ["zero principal", 0, 365, 0],
    ["3.5 fen rounds half up", 20_000, 1, 4],
    ["0.499975 fen rounds down", 2_857, 1, 0],
    ["0.50015 fen rounds up", 2_858, 1, 1],
    ["product beyond 2^53 is exact", Number.MAX_SAFE_INTEGER, 1, 1_576_259_869_580],
  ])("%s", (_l, principalFen, days, interestFen) => {
    expect(computeDelayInterest({ principalFen, days })).toEqual({
      principalFen,
      days,
      interestFen,
      dailyRate: "0.000175",
      basis: [expect.objectContaining({ article: "art 1 para 3" }), expect.objectContaining({ article: "art 264" })],
    });
  });

  it.each<[number, number, string]>([
    [-1, 1, "principalFen"],
    [1.5, 1, "principalFen"],
    [100, -1, "days"],
    [100, 0.5, "days"],
  ])("rejects principal %d, days %d (field %s)", (principalFen, days, field) => {
    try {
      computeDelayInterest({ principalFen, days });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).field).toBe(field);
    }
  });

  it("equals the exact product rounded half up (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e13 }), fc.integer({ min: 0, max: 20_000 }), (p, d) => {
        const exact = BigInt(p) * BigInt(d) * 175n;
        const floor = exact / 1_000_000n;
        const expected = exact % 1_000_000n >= 500_000n ? floor + 1n : floor;
        return computeDelayInterest({ principalFen: p, days: d }).interestFen === Number(expected);
      }),
    );
  });
});
