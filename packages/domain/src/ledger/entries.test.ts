import { describe, expect, it } from "vitest";
import { applyEntry, balances, emptyLedger, replayLedger, satisfiedClaim, type Ledger, type LedgerEntry } from "./entries";
import { allocate, expectBalanced, expectDomainError, fee, payout, receipt, reverse, reward, Y } from "./test-helpers";

const run = (...entries: LedgerEntry[]): Ledger => replayLedger(entries);

describe("applyEntry: money moves between buckets and the ledger stays balanced (entries.ts invariants 1–4)", () => {
  it("a full case: deduction, distribution, fee retained, reward, payouts, surplus refund", () => {
    const l = run(
      receipt(100_000 * Y, "deduction"),
      receipt(20_000 * Y, "auctionProceeds"),
      allocate("enforcementFee", 1_550 * Y),
      allocate("costs", 2_000 * Y),
      allocate("principal", 100_000 * Y),
      allocate("generalInterest", 3_000 * Y),
      allocate("doubledInterest", 1_000 * Y),
      allocate("surplus", 12_450 * Y),
      fee(1_550 * Y),
      reward(5_000 * Y), // 财产调查规定 art 24: out of the applicant's recovered money
      payout("applicant", 101_000 * Y),
      payout("respondent", 12_450 * Y),
    );
    const b = balances(l);
    expectBalanced(b);
    expect(b).toMatchObject({
      receivedFen: 120_000 * Y,
      undistributedFen: 0,
      allocatedFen: 120_000 * Y,
      paidOutFen: 113_450 * Y,
      heldForPayoutFen: 0,
      feeFen: 1_550 * Y,
      rewardFen: 5_000 * Y,
      receivedBySource: { deduction: 100_000 * Y, respondentPayment: 0, auctionProceeds: 20_000 * Y, other: 0 },
      heldForPayoutByPayee: { applicant: 0, court: 0, respondent: 0 },
      paidOutByPayee: { applicant: 101_000 * Y, respondent: 12_450 * Y },
    });
    expect(satisfiedClaim(b)).toEqual({
      enforcementFeeFen: 1_550 * Y,
      costsFen: 2_000 * Y,
      principalFen: 100_000 * Y,
      generalInterestFen: 3_000 * Y,
      doubledInterestFen: 1_000 * Y,
    });
  });

  it("does not change the ledger it is given", () => {
    const before = run(receipt(500));
    const snapshot = JSON.stringify(balances(before));
    const after = applyEntry(before, allocate("principal", 200));
    expect(JSON.stringify(balances(before))).toBe(snapshot);
    expect(before.entries).toHaveLength(1);
    expect(after.entries).toHaveLength(2);
    expect(balances(after).undistributedFen).toBe(300);
  });

  it("money held for the applicant is what was allocated to the applicant's components less payouts and rewards", () => {
    const b = balances(run(receipt(1_000), allocate("principal", 600), allocate("costs", 100), payout("applicant", 250), reward(50)));
    expectBalanced(b);
    expect(b.heldForPayoutByPayee.applicant).toBe(400);
    expect(b.undistributedFen).toBe(300);
  });
});

describe("applyEntry refuses what would make a balance negative (PRECONDITION_FAILED, field = that balance)", () => {
  it.each<[string, LedgerEntry[], LedgerEntry, string]>([
    ["allocating with nothing received", [], allocate("principal", 1), "undistributedFen"],
    ["allocating 1 fen more than undistributed", [receipt(500)], allocate("principal", 501), "undistributedFen"],
    ["allocating 1 fen more than undistributed after earlier allocations", [receipt(500), allocate("costs", 300)], allocate("principal", 201), "undistributedFen"],
    ["paying the applicant with nothing allocated to it", [receipt(500)], payout("applicant", 1), "heldForPayoutByPayee.applicant"],
    ["paying the applicant 1 fen more than allocated to it", [receipt(500), allocate("principal", 300)], payout("applicant", 301), "heldForPayoutByPayee.applicant"],
    ["paying the applicant money allocated to the fee", [receipt(500), allocate("enforcementFee", 500)], payout("applicant", 1), "heldForPayoutByPayee.applicant"],
    ["paying the applicant money allocated as surplus", [receipt(500), allocate("surplus", 500)], payout("applicant", 1), "heldForPayoutByPayee.applicant"],
    ["paying the applicant twice", [receipt(500), allocate("principal", 500), payout("applicant", 500)], payout("applicant", 1), "heldForPayoutByPayee.applicant"],
    ["refunding the respondent with no surplus allocated", [receipt(500), allocate("principal", 500)], payout("respondent", 1), "heldForPayoutByPayee.respondent"],
    ["retaining a fee larger than allocated to it", [receipt(500), allocate("enforcementFee", 50)], fee(51), "heldForPayoutByPayee.court"],
    ["retaining the fee from the applicant's money", [receipt(500), allocate("principal", 500)], fee(1), "heldForPayoutByPayee.court"],
    // 财产调查规定 art 24: the reward is deducted from the applicant's recovered money, and only from that.
    ["a reward beyond the applicant's held money", [receipt(500), allocate("principal", 100)], reward(101), "heldForPayoutByPayee.applicant"],
    ["a reward out of the court's fee", [receipt(500), allocate("enforcementFee", 500)], reward(1), "heldForPayoutByPayee.applicant"],
    ["a reward out of the respondent's surplus", [receipt(500), allocate("surplus", 500)], reward(1), "heldForPayoutByPayee.applicant"],
    ["a reward out of undistributed cash", [receipt(500)], reward(1), "heldForPayoutByPayee.applicant"],
  ])("%s", (_label, before, entry, field) => {
    const l = run(...before);
    const err = expectDomainError(() => applyEntry(l, entry), "PRECONDITION_FAILED", field);
    expect(err.messages.en).toContain(entry.id);
    expectBalanced(balances(l));
  });

  it("the reward refusal cites art 24", () => {
    const err = expectDomainError(() => applyEntry(run(receipt(5)), reward(1)), "PRECONDITION_FAILED", "heldForPayoutByPayee.applicant");
    expect(err.messages.zh).toContain("财产调查规定第24条");
  });

  it("exactly the available amount is accepted at each boundary", () => {
    const l = run(receipt(500), allocate("principal", 300), allocate("enforcementFee", 200), payout("applicant", 300), fee(200));
    expectBalanced(balances(l));
    expect(balances(l)).toMatchObject({ undistributedFen: 0, heldForPayoutFen: 0, paidOutFen: 300, feeFen: 200 });
  });
});

describe("reversal: corrects an earlier entry by the opposite movement, never deletes it", () => {
  it("a reversed receipt leaves both entries in the ledger and the balances as before the receipt", () => {
    const r = receipt(700, "respondentPayment");
    const l = run(receipt(100), r, reverse(r.id));
    expect(l.entries).toHaveLength(3);
    expect(l.reversedIds.has(r.id)).toBe(true);
    expect(balances(l)).toEqual(balances(run(receipt(100))));
  });

  it.each<[string, (ids: { a: string; p: string; f: string; w: string }) => string]>([
    ["an allocation (money back to undistributed)", (x) => x.a],
    ["a payout (e.g. bounced by the bank: money back to held)", (x) => x.p],
    ["a fee (back to held for the court)", (x) => x.f],
    ["a reward (back to held for the applicant)", (x) => x.w],
  ])("reversing %s restores the balances without it", (_label, pick) => {
    const es = {
      a: allocate("costs", 50),
      p: payout("applicant", 120),
      f: fee(30),
      w: reward(10),
    };
    const base = [receipt(1_000), allocate("principal", 400), allocate("enforcementFee", 30)];
    const all = [...base, es.a, es.p, es.f, es.w];
    const id = pick({ a: es.a.id, p: es.p.id, f: es.f.id, w: es.w.id });
    const withReversal = run(...all, reverse(id));
    const without = run(...all.filter((e) => e.id !== id));
    expectBalanced(balances(withReversal));
    expect(balances(withReversal)).toEqual(balances(without));
  });

  it.each<[string, () => [LedgerEntry[], LedgerEntry], string, string]>([
    // Money already allocated must be de-allocated first: undistributed would go negative.
    ["a receipt whose money is already allocated", () => { const r = receipt(500); return [[r, allocate("principal", 500)], reverse(r.id)]; }, "PRECONDITION_FAILED", "undistributedFen"],
    // Money already paid out cannot be de-allocated: held would go negative.
    ["an allocation already paid out", () => { const a = allocate("principal", 500); return [[receipt(500), a, payout("applicant", 500)], reverse(a.id)]; }, "PRECONDITION_FAILED", "heldForPayoutByPayee.applicant"],
    ["an allocation already taken as the fee", () => { const a = allocate("enforcementFee", 80); return [[receipt(500), a, fee(80)], reverse(a.id)]; }, "PRECONDITION_FAILED", "heldForPayoutByPayee.court"],
    ["an unknown entry", () => [[receipt(5)], reverse("nope")], "PRECONDITION_FAILED", "reverses"],
    ["the same entry twice", () => { const r = receipt(5); return [[r, reverse(r.id)], reverse(r.id)]; }, "PRECONDITION_FAILED", "reverses"],
    ["a reversal", () => { const r = receipt(5); const x = reverse(r.id); return [[r, x], reverse(x.id)]; }, "PRECONDITION_FAILED", "reverses"],
    ["an entry dated after the reversal", () => { const r = receipt(5, "other", "2025-03-10"); return [[r], reverse(r.id, "2025-03-09")]; }, "PRECONDITION_FAILED", "on"],
  ])("refuses to reverse %s", (_label, make, code, field) => {
    const [before, entry] = make();
    const l = run(...before);
    expectDomainError(() => applyEntry(l, entry), code as "PRECONDITION_FAILED", field);
  });

  it("a reversed payout can be paid again", () => {
    const p = payout("applicant", 500);
    const l = run(receipt(500), allocate("principal", 500), p, reverse(p.id), payout("applicant", 500));
    expectBalanced(balances(l));
    expect(balances(l).paidOutByPayee.applicant).toBe(500);
  });
});

describe("applyEntry: malformed entries (VALIDATION) and duplicate ids (CONFLICT)", () => {
  const good = receipt(100);
  it.each<[string, LedgerEntry, string]>([
    ["zero amount", { ...good, id: "z", amountFen: 0 }, "amountFen"],
    ["negative amount", { ...good, id: "n", amountFen: -1 }, "amountFen"],
    ["fractional fen", { ...good, id: "f", amountFen: 1.5 }, "amountFen"],
    ["unsafe integer", { ...good, id: "u", amountFen: Number.MAX_SAFE_INTEGER + 1 }, "amountFen"],
    ["empty id", { ...good, id: " " }, "id"],
    ["bad date", { ...good, id: "d", on: "2025-02-30" }, "on"],
    ["unknown source", { ...good, id: "s", source: "gift" as never }, "source"],
    ["unknown target", { ...allocate("principal", 1), target: "penalty" as never }, "target"],
    ["payout to the court", { ...payout("applicant", 1), payee: "court" as never }, "payee"],
    ["unknown kind", { ...good, id: "k", kind: "transfer" as never }, "kind"],
    ["reversal without a target", { ...reverse("x"), reverses: "" }, "reverses"],
  ])("%s → field %s", (_label, entry, field) => {
    expectDomainError(() => applyEntry(emptyLedger(), entry), "VALIDATION", field);
  });

  it("an id already in the ledger → CONFLICT (field id)", () => {
    const r = receipt(100);
    expectDomainError(() => applyEntry(run(r), { ...receipt(5), id: r.id }), "CONFLICT", "id");
  });

  it("a total beyond 2^53 fen is refused rather than rounded", () => {
    const l = run(receipt(Number.MAX_SAFE_INTEGER));
    expectDomainError(() => applyEntry(l, receipt(1)), "VALIDATION", "amountFen");
  });
});
