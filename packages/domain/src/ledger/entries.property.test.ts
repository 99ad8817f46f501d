// Invariants of the ledger (entries.ts header): whatever sequence of entries is offered, the accepted
// ones keep every balance ≥ 0 and received = undistributed + allocated = undistributed + paid out +
// held + fee + reward; refusals are PRECONDITION_FAILED and change nothing; receipts commute.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../dates/date-arithmetic";
import { DomainError } from "../errors/domain-error";
import { ALLOCATION_TARGETS, ZERO_CLAIM, type AllocationTarget } from "./components";
import { allocationEntries, distribute } from "./distribution";
import {
  PAYOUT_PAYEES,
  RECEIPT_SOURCES,
  applyEntry,
  balances,
  emptyLedger,
  replayLedger,
  satisfiedClaim,
  type Ledger,
  type LedgerBalances,
  type LedgerEntry,
  type PayoutPayee,
  type ReceiptEntry,
  type ReceiptSource,
} from "./entries";
import { expectBalanced } from "./test-helpers";

/** A small amount, or "all": exactly the balance the entry draws on (to hit every boundary). */
const amount = fc.oneof({ arbitrary: fc.integer({ min: 1, max: 300 }), weight: 3 }, { arbitrary: fc.constant("all" as const), weight: 1 });
type Amount = number | "all";
type Command =
  | { t: "receipt"; amount: number; source: ReceiptSource }
  | { t: "allocation"; amount: Amount; target: AllocationTarget }
  | { t: "payout"; amount: Amount; payee: PayoutPayee }
  | { t: "fee"; amount: Amount }
  | { t: "reward"; amount: Amount }
  | { t: "reversal"; pick: number };

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ t: fc.constant("receipt" as const), amount: fc.integer({ min: 1, max: 2_000 }), source: fc.constantFrom(...RECEIPT_SOURCES) }),
  fc.record({ t: fc.constant("allocation" as const), amount, target: fc.constantFrom(...ALLOCATION_TARGETS, "enforcementFee", "principal") }),
  fc.record({ t: fc.constant("payout" as const), amount, payee: fc.constantFrom(...PAYOUT_PAYEES) }),
  fc.record({ t: fc.constant("fee" as const), amount }),
  fc.record({ t: fc.constant("reward" as const), amount }),
  fc.record({ t: fc.constant("reversal" as const), pick: fc.nat() }),
);

function resolve(a: Amount, balance: number): number {
  return a === "all" ? Math.max(1, balance) : a;
}

function toEntry(cmd: Command, i: number, l: Ledger): LedgerEntry {
  const id = `e${i}`;
  const on = addDays("2025-01-01", i);
  const b = balances(l);
  switch (cmd.t) {
    case "receipt":
      return { kind: "receipt", id, on, source: cmd.source, amountFen: cmd.amount };
    case "allocation":
      return { kind: "allocation", id, on, target: cmd.target, amountFen: resolve(cmd.amount, b.undistributedFen) };
    case "payout":
      return { kind: "payout", id, on, payee: cmd.payee, amountFen: resolve(cmd.amount, b.heldForPayoutByPayee[cmd.payee]) };
    case "fee":
      return { kind: "fee", id, on, amountFen: resolve(cmd.amount, b.heldForPayoutByPayee.court) };
    case "reward":
      return { kind: "reward", id, on, amountFen: resolve(cmd.amount, b.heldForPayoutByPayee.applicant) };
    case "reversal": {
      const reversible = l.entries.filter((e) => e.kind !== "reversal" && !l.reversedIds.has(e.id));
      const target = reversible.length > 0 ? reversible[cmd.pick % reversible.length]!.id : "none";
      return { kind: "reversal", id, on, reverses: target };
    }
  }
}

describe("ledger properties", () => {
  const coverage: Record<string, number> = {};
  it("for any sequence of offered entries, every accepted one keeps the ledger balanced and non-negative; refusals are PRECONDITION_FAILED and change nothing", () => {
    fc.assert(
      fc.property(fc.array(command, { minLength: 20, maxLength: 60 }), (cmds) => {
        let l = emptyLedger();
        let accepted = 0;
        cmds.forEach((cmd, i) => {
          const entry = toEntry(cmd, i, l);
          const before = JSON.stringify(balances(l));
          try {
            l = applyEntry(l, entry);
            accepted++;
            coverage[`${entry.kind} accepted`] = (coverage[`${entry.kind} accepted`] ?? 0) + 1;
          } catch (e) {
            coverage[`${entry.kind} refused`] = (coverage[`${entry.kind} refused`] ?? 0) + 1;
            expect(e).toBeInstanceOf(DomainError);
            expect((e as DomainError).code).toBe("PRECONDITION_FAILED");
            expect((e as DomainError).field).toBeTruthy();
            expect(JSON.stringify(balances(l))).toBe(before);
          }
          expectBalanced(balances(l));
        });
        expect(l.entries).toHaveLength(accepted);
        // The stored entries alone rebuild the same ledger.
        expect(balances(replayLedger(l.entries))).toEqual(balances(l));
      }),
      { numRuns: 200 },
    );
    // The property is not vacuous: every kind of entry was both accepted and refused many times.
    for (const kind of ["receipt", "allocation", "payout", "fee", "reward", "reversal"]) {
      expect(coverage[`${kind} accepted`] ?? 0, `${kind} accepted`).toBeGreaterThan(50);
      if (kind !== "receipt") expect(coverage[`${kind} refused`] ?? 0, `${kind} refused`).toBeGreaterThan(20);
    }
  });

  const receiptsArb = fc
    .array(fc.record({ amountFen: fc.integer({ min: 1, max: 5e9 }), source: fc.constantFrom(...RECEIPT_SOURCES), day: fc.integer({ min: 0, max: 60 }) }), {
      minLength: 1,
      maxLength: 12,
    })
    .map((rs) => rs.map((r, i): ReceiptEntry => ({ kind: "receipt", id: `r${i}`, on: addDays("2025-01-01", r.day), source: r.source, amountFen: r.amountFen })));
  const permuted = receiptsArb.chain((rs) => fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length })));

  it("the same set of receipts in any order yields the same final balances", () => {
    fc.assert(
      fc.property(permuted, ([rs, shuffled]) => {
        expect(balances(replayLedger(shuffled))).toEqual(balances(replayLedger(rs)));
      }),
    );
  });

  // Claim sized so that some runs end with a surplus and some do not.
  const claim = { ...ZERO_CLAIM, enforcementFeeFen: 1_400_00, costsFen: 2_300_00, principalFen: 10_000_000_00, generalInterestFen: 300_000_00, doubledInterestFen: 175_000_00 };

  /** Each receipt is distributed in full as it arrives, as the service would do. */
  function receiveAndDistribute(rs: readonly ReceiptEntry[]): LedgerBalances {
    let l = emptyLedger();
    for (const r of rs) {
      l = applyEntry(l, r);
      const b = balances(l);
      const d = distribute({ availableFen: b.undistributedFen, claim, paid: satisfiedClaim(b) });
      for (const e of allocationEntries(d, { on: r.on, idFor: (t) => `${r.id}-${t}` })) l = applyEntry(l, e);
    }
    return balances(l);
  }

  it("receipts in any order, each distributed on arrival, end in the same balances as one receipt of the total", () => {
    fc.assert(
      fc.property(permuted, ([rs, shuffled]) => {
        const a = receiveAndDistribute(rs);
        expectBalanced(a);
        expect(receiveAndDistribute(shuffled)).toEqual(a);
        const total = rs.reduce((s, r) => s + r.amountFen, 0);
        const once = balances(
          replayLedger([
            { kind: "receipt", id: "all", on: "2025-01-01", source: "other", amountFen: total },
            ...allocationEntries(distribute({ availableFen: total, claim, paid: ZERO_CLAIM }), { on: "2025-01-01", idFor: (t) => t }),
          ]),
        );
        expect(a.allocatedByTarget).toEqual(once.allocatedByTarget);
        expect([a.receivedFen, a.undistributedFen, a.allocatedFen, a.heldForPayoutFen]).toEqual([once.receivedFen, 0, once.allocatedFen, once.heldForPayoutFen]);
      }),
    );
  });
});
