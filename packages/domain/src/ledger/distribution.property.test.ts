// Invariants of the distribution order (distribution.ts): exact conservation, a strict waterfall,
// monotonicity in the money available, and independence from how the money arrives in instalments.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CLAIM_COMPONENTS, PARTY_COMPONENTS, amountKey, type ClaimAmounts, type ClaimComponent, type PartyComponent } from "./components";
import { distribute, type DistributionResult } from "./distribution";

const fen = (max: number) => fc.integer({ min: 0, max });
const claimArb: fc.Arbitrary<ClaimAmounts> = fc.record({
  enforcementFeeFen: fen(1e9),
  costsFen: fen(1e10),
  principalFen: fen(1e12),
  generalInterestFen: fen(1e11),
  doubledInterestFen: fen(1e11),
});
/** A claim with part of each component already paid. */
const claimAndPaid = claimArb.chain((claim) =>
  fc
    .tuple(...CLAIM_COMPONENTS.map((c) => fc.integer({ min: 0, max: claim[amountKey(c)] })))
    .map((ps) => ({ claim, paid: Object.fromEntries(CLAIM_COMPONENTS.map((c, i) => [amountKey(c), ps[i]!])) as ClaimAmounts })),
);
const orderArb: fc.Arbitrary<PartyComponent[] | undefined> = fc.option(
  fc.shuffledSubarray([...PARTY_COMPONENTS], { minLength: PARTY_COMPONENTS.length, maxLength: PARTY_COMPONENTS.length }),
  { nil: undefined },
);
const available = fen(1.5e12);

const amountOf = (r: DistributionResult, c: ClaimComponent) => r.allocations.find((l) => l.component === c)!.amountFen;

describe("distribute properties", () => {
  it("conserves money exactly: Σ allocations = min(available, outstanding), + surplus = available; integers within bounds", () => {
    fc.assert(
      fc.property(claimAndPaid, available, orderArb, ({ claim, paid }, a, agreedOrder) => {
        const r = distribute({ availableFen: a, claim, paid, agreedOrder });
        const sum = r.allocations.reduce((s, l) => s + l.amountFen, 0);
        const outstanding = CLAIM_COMPONENTS.reduce((s, c) => s + claim[amountKey(c)] - paid[amountKey(c)], 0);
        expect(r.outstandingFen).toBe(outstanding);
        expect(sum).toBe(Math.min(a, outstanding));
        expect(r.distributedFen).toBe(sum);
        expect(sum + r.surplusFen).toBe(a);
        expect(r.allocations).toHaveLength(CLAIM_COMPONENTS.length);
        for (const l of r.allocations) {
          expect(Number.isSafeInteger(l.amountFen)).toBe(true);
          expect(l.amountFen).toBeGreaterThanOrEqual(0);
          expect(l.amountFen).toBeLessThanOrEqual(l.outstandingFen);
          expect(l.outstandingFen).toBe(claim[amountKey(l.component)] - paid[amountKey(l.component)]);
        }
        expect(r.surplusFen === 0 || r.allocations.every((l) => l.remainingFen === 0)).toBe(true);
      }),
    );
  });

  it("is a waterfall: a component receives money only when every earlier one is fully paid; the fee is always first", () => {
    fc.assert(
      fc.property(claimAndPaid, available, orderArb, ({ claim, paid }, a, agreedOrder) => {
        const r = distribute({ availableFen: a, claim, paid, agreedOrder });
        expect(r.order[0]).toBe("enforcementFee");
        r.allocations.forEach((l, i) => {
          if (l.amountFen > 0) for (const earlier of r.allocations.slice(0, i)) expect(earlier.remainingFen).toBe(0);
        });
      }),
    );
  });

  it("is monotone: more money never allocates less to any component, nor less surplus", () => {
    fc.assert(
      fc.property(claimAndPaid, available, available, orderArb, ({ claim, paid }, x, y, agreedOrder) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        const rLo = distribute({ availableFen: lo, claim, paid, agreedOrder });
        const rHi = distribute({ availableFen: hi, claim, paid, agreedOrder });
        for (const c of CLAIM_COMPONENTS) expect(amountOf(rLo, c)).toBeLessThanOrEqual(amountOf(rHi, c));
        expect(rLo.surplusFen).toBeLessThanOrEqual(rHi.surplusFen);
      }),
    );
  });

  it("does not depend on instalments: distributing a then b (with `paid` updated) = distributing a + b at once", () => {
    fc.assert(
      fc.property(claimArb, fen(6e11), fen(6e11), orderArb, (claim, a, b, agreedOrder) => {
        const zero = Object.fromEntries(CLAIM_COMPONENTS.map((c) => [amountKey(c), 0])) as ClaimAmounts;
        const first = distribute({ availableFen: a, claim, paid: zero, agreedOrder });
        const paidAfter = Object.fromEntries(CLAIM_COMPONENTS.map((c) => [amountKey(c), amountOf(first, c)])) as ClaimAmounts;
        const second = distribute({ availableFen: b, claim, paid: paidAfter, agreedOrder });
        const once = distribute({ availableFen: a + b, claim, paid: zero, agreedOrder });
        for (const c of CLAIM_COMPONENTS) expect(amountOf(first, c) + amountOf(second, c)).toBe(amountOf(once, c));
        expect(first.surplusFen + second.surplusFen).toBe(once.surplusFen);
      }),
    );
  });
});
