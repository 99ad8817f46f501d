// Fixtures for the ledger specs: entry builders with generated ids, and a DomainError matcher.
import { expect } from "vitest";
import type { IsoDate } from "../dates/iso-date";
import type { AllocationTarget } from "./components";
import type {
  AllocationEntry,
  FeeEntry,
  LedgerBalances,
  PayoutEntry,
  PayoutPayee,
  ReceiptEntry,
  ReceiptSource,
  ReversalEntry,
  RewardEntry,
} from "./entries";

export const Y = 100; // fen per yuan
export const DAY: IsoDate = "2025-03-03";

let seq = 0;
const nextId = (p: string) => `${p}-${++seq}`;

export const receipt = (amountFen: number, source: ReceiptSource = "deduction", on: IsoDate = DAY): ReceiptEntry => ({
  kind: "receipt",
  id: nextId("r"),
  on,
  source,
  amountFen,
});
export const allocate = (target: AllocationTarget, amountFen: number, on: IsoDate = DAY): AllocationEntry => ({
  kind: "allocation",
  id: nextId("a"),
  on,
  target,
  amountFen,
});
export const payout = (payee: PayoutPayee, amountFen: number, on: IsoDate = DAY): PayoutEntry => ({
  kind: "payout",
  id: nextId("p"),
  on,
  payee,
  amountFen,
});
export const fee = (amountFen: number, on: IsoDate = DAY): FeeEntry => ({ kind: "fee", id: nextId("f"), on, amountFen });
export const reward = (amountFen: number, on: IsoDate = DAY): RewardEntry => ({ kind: "reward", id: nextId("w"), on, amountFen });
export const reverse = (reverses: string, on: IsoDate = DAY): ReversalEntry => ({ kind: "reversal", id: nextId("x"), on, reverses });

export { expectDomainError } from "../testing/expect-domain-error";

const sum = (r: Readonly<Record<string, number>>) => Object.values(r).reduce((s, v) => s + v, 0);

/** The invariants stated at the top of entries.ts, and non-negativity of every balance. */
export function expectBalanced(b: LedgerBalances): void {
  const flat = [
    b.receivedFen,
    b.undistributedFen,
    b.allocatedFen,
    b.paidOutFen,
    b.heldForPayoutFen,
    b.feeFen,
    b.rewardFen,
    ...Object.values(b.receivedBySource),
    ...Object.values(b.allocatedByTarget),
    ...Object.values(b.heldForPayoutByPayee),
    ...Object.values(b.paidOutByPayee),
  ];
  for (const v of flat) {
    expect(Number.isSafeInteger(v)).toBe(true);
    expect(v).toBeGreaterThanOrEqual(0);
  }
  expect(b.receivedFen).toBe(b.undistributedFen + b.allocatedFen); // (1)
  expect(b.allocatedFen).toBe(b.paidOutFen + b.heldForPayoutFen + b.feeFen + b.rewardFen); // (2)
  expect(b.allocatedFen).toBe(sum(b.allocatedByTarget)); // (3)
  expect(b.heldForPayoutFen).toBe(sum(b.heldForPayoutByPayee));
  expect(b.paidOutFen).toBe(sum(b.paidOutByPayee));
  expect(b.receivedFen).toBe(sum(b.receivedBySource));
  const a = b.allocatedByTarget; // (4)
  expect(a.enforcementFee).toBe(b.feeFen + b.heldForPayoutByPayee.court);
  expect(a.costs + a.principal + a.generalInterest + a.doubledInterest).toBe(
    b.paidOutByPayee.applicant + b.rewardFen + b.heldForPayoutByPayee.applicant,
  );
  expect(a.surplus).toBe(b.paidOutByPayee.respondent + b.heldForPayoutByPayee.respondent);
}
