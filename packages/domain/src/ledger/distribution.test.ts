import { describe, expect, it } from "vitest";
import { computeDelayInterest } from "../money/delay-interest";
import { computeEnforcementFee } from "../money/enforcement-fee";
import { ZERO_CLAIM, type ClaimAmounts, type PartyComponent } from "./components";
import { allocationEntries, distribute } from "./distribution";
import { balances, replayLedger, satisfiedClaim } from "./entries";
import { expectBalanced, expectDomainError, receipt, Y } from "./test-helpers";

// A 100,000-yuan judgment: fee per 诉讼费用交纳办法 art 14(1)2, doubled interest per 迟延履行利息解释
// art 1 para 3 for 100 days, costs = 案件受理费 for 100,000 yuan (art 13: 50 + 90,000 × 2.5%).
const FEE = computeEnforcementFee(100_000 * Y).feeFen; // 1,400 yuan
const COSTS = 2_300 * Y;
const PRINCIPAL = 100_000 * Y;
const GENERAL = 3_000 * Y;
const DOUBLED = computeDelayInterest({ principalFen: PRINCIPAL, days: 100 }).interestFen; // 1,750 yuan
const CLAIM: ClaimAmounts = {
  enforcementFeeFen: FEE,
  costsFen: COSTS,
  principalFen: PRINCIPAL,
  generalInterestFen: GENERAL,
  doubledInterestFen: DOUBLED,
};
const WHOLE = FEE + COSTS + PRINCIPAL + GENERAL + DOUBLED;

/** [fee, costs, principal, general interest, doubled interest] in the default order. */
type Row = [label: string, availableFen: number, amounts: [number, number, number, number, number], surplusFen: number];

describe("distribute: default order fee → costs → principal → general interest → doubled interest (distribution.ts header)", () => {
  it("fixture amounts come from the fee and interest calculators", () => {
    expect([FEE, DOUBLED, WHOLE]).toEqual([1_400 * Y, 1_750 * Y, 108_450 * Y]);
  });

  it.each<Row>([
    ["nothing recovered", 0, [0, 0, 0, 0, 0], 0],
    ["1 fen: the enforcement fee first (诉讼费用交纳办法 art 20 para 2; 民诉法解释 arts 508, 514)", 1, [1, 0, 0, 0, 0], 0],
    ["exactly the fee", FEE, [FEE, 0, 0, 0, 0], 0],
    ["fee + 1 fen: the costs next", FEE + 1, [FEE, 1, 0, 0, 0], 0],
    ["exactly fee + costs", FEE + COSTS, [FEE, COSTS, 0, 0, 0], 0],
    ["costs + 1 fen: principal next (迟延履行利息解释 art 4)", FEE + COSTS + 1, [FEE, COSTS, 1, 0, 0], 0],
    ["1 fen short of the principal", FEE + COSTS + PRINCIPAL - 1, [FEE, COSTS, PRINCIPAL - 1, 0, 0], 0],
    ["up to the principal exactly", FEE + COSTS + PRINCIPAL, [FEE, COSTS, PRINCIPAL, 0, 0], 0],
    ["principal + 1 fen: into general interest", FEE + COSTS + PRINCIPAL + 1, [FEE, COSTS, PRINCIPAL, 1, 0], 0],
    ["through general interest exactly", FEE + COSTS + PRINCIPAL + GENERAL, [FEE, COSTS, PRINCIPAL, GENERAL, 0], 0],
    ["1 fen into the doubled interest, which comes last (art 4)", FEE + COSTS + PRINCIPAL + GENERAL + 1, [FEE, COSTS, PRINCIPAL, GENERAL, 1], 0],
    ["1 fen short of the whole claim", WHOLE - 1, [FEE, COSTS, PRINCIPAL, GENERAL, DOUBLED - 1], 0],
    ["exactly the whole claim: no surplus", WHOLE, [FEE, COSTS, PRINCIPAL, GENERAL, DOUBLED], 0],
    ["whole claim + 1 fen: 1 fen surplus to the respondent (执行工作规定 item 34 para 2)", WHOLE + 1, [FEE, COSTS, PRINCIPAL, GENERAL, DOUBLED], 1],
    ["auction proceeds far above the claim", 500_000 * Y, [FEE, COSTS, PRINCIPAL, GENERAL, DOUBLED], 500_000 * Y - WHOLE],
  ])("%s", (_label, availableFen, amounts, surplusFen) => {
    const r = distribute({ availableFen, claim: CLAIM, paid: ZERO_CLAIM });
    expect(r.order).toEqual(["enforcementFee", "costs", "principal", "generalInterest", "doubledInterest"]);
    expect(r.allocations.map((l) => l.amountFen)).toEqual(amounts);
    expect(r.surplusFen).toBe(surplusFen);
    expect(r.distributedFen).toBe(Math.min(availableFen, WHOLE));
    expect(r.distributedFen + r.surplusFen).toBe(availableFen);
    expect(r.outstandingFen).toBe(WHOLE);
    for (const l of r.allocations) expect(l.remainingFen).toBe(l.outstandingFen - l.amountFen);
  });

  it("names the payee and the basis of every line", () => {
    const r = distribute({ availableFen: WHOLE, claim: CLAIM, paid: ZERO_CLAIM });
    expect(r.allocations.map((l) => [l.rank, l.component, l.payee])).toEqual([
      [1, "enforcementFee", "court"],
      [2, "costs", "applicant"],
      [3, "principal", "applicant"],
      [4, "generalInterest", "applicant"],
      [5, "doubledInterest", "applicant"],
    ]);
    expect(r.allocations[0]!.basis.map((c) => `${c.law} ${c.article}`)).toEqual([
      "诉讼费用交纳办法 art 20 para 2",
      "诉讼费用交纳办法 art 38",
      "民诉法解释(2022) arts 508, 514",
    ]);
    expect(r.allocations[4]!.basis.map((c) => c.article)).toContain("art 4");
    expect(r.surplusBasis).toEqual([expect.objectContaining({ law: "执行工作规定（试行）(2020)", article: "item 34 para 2" })]);
    // Principal before general interest is our choice, not a confirmed rule.
    expect([r.orderSource, r.confidence]).toEqual(["default", "UNCONFIRMED"]);
  });
});

describe("distribute: what earlier distributions satisfied (`paid`) is not paid again", () => {
  it.each<Row>([
    // fee and costs paid earlier, half the principal too
    ["next 1 fen goes to the unpaid half of the principal", 1, [0, 0, 1, 0, 0], 0],
    ["the rest of the principal, then interest", PRINCIPAL / 2 + GENERAL + 5, [0, 0, PRINCIPAL / 2, GENERAL, 5], 0],
    ["everything still owed, plus 1 fen surplus", PRINCIPAL / 2 + GENERAL + DOUBLED + 1, [0, 0, PRINCIPAL / 2, GENERAL, DOUBLED], 1],
  ])("%s", (_label, availableFen, amounts, surplusFen) => {
    const paid = { ...ZERO_CLAIM, enforcementFeeFen: FEE, costsFen: COSTS, principalFen: PRINCIPAL / 2 };
    const r = distribute({ availableFen, claim: CLAIM, paid });
    expect(r.allocations.map((l) => l.amountFen)).toEqual(amounts);
    expect(r.surplusFen).toBe(surplusFen);
    expect(r.outstandingFen).toBe(PRINCIPAL / 2 + GENERAL + DOUBLED);
  });

  it("a claim fully paid turns all new money into surplus", () => {
    const r = distribute({ availableFen: 99, claim: CLAIM, paid: CLAIM });
    expect([r.distributedFen, r.surplusFen, r.outstandingFen]).toEqual([0, 99, 0]);
  });

  it("a zero claim component is skipped (e.g. no general interest awarded, 迟延履行利息解释 art 1 para 2)", () => {
    const r = distribute({ availableFen: FEE + COSTS + PRINCIPAL + 7, claim: { ...CLAIM, generalInterestFen: 0 }, paid: ZERO_CLAIM });
    expect(r.allocations.map((l) => l.amountFen)).toEqual([FEE, COSTS, PRINCIPAL, 0, 7]);
  });
});

describe("distribute: an order agreed by the parties (迟延履行利息解释 art 4, 但书)", () => {
  it.each<[string, PartyComponent[], number, [string, number][]]>([
    [
      "doubled interest before principal",
      ["costs", "doubledInterest", "principal", "generalInterest"],
      FEE + COSTS + DOUBLED + 10,
      [["enforcementFee", FEE], ["costs", COSTS], ["doubledInterest", DOUBLED], ["principal", 10], ["generalInterest", 0]],
    ],
    [
      "interest before principal (as 民法典 art 561 would have it)",
      ["costs", "generalInterest", "principal", "doubledInterest"],
      FEE + COSTS + GENERAL + 1,
      [["enforcementFee", FEE], ["costs", COSTS], ["generalInterest", GENERAL], ["principal", 1], ["doubledInterest", 0]],
    ],
    [
      "the fee stays first whatever the parties agree",
      ["principal", "generalInterest", "doubledInterest", "costs"],
      FEE,
      [["enforcementFee", FEE], ["principal", 0], ["generalInterest", 0], ["doubledInterest", 0], ["costs", 0]],
    ],
  ])("%s", (_label, agreedOrder, availableFen, expected) => {
    const r = distribute({ availableFen, claim: CLAIM, paid: ZERO_CLAIM, agreedOrder });
    expect(r.allocations.map((l) => [l.component, l.amountFen])).toEqual(expected);
    expect(r.orderSource).toBe("agreed");
  });

  it.each<[string, unknown]>([
    ["a missing component", ["costs", "principal", "generalInterest"]],
    ["a duplicate", ["costs", "principal", "principal", "doubledInterest"]],
    ["the enforcement fee (not the parties' to order)", ["enforcementFee", "costs", "principal", "generalInterest"]],
    ["an unknown component", ["costs", "principal", "generalInterest", "penalty"]],
  ])("refuses an agreed order with %s (VALIDATION, agreedOrder)", (_label, agreedOrder) => {
    expectDomainError(
      () => distribute({ availableFen: 1, claim: CLAIM, paid: ZERO_CLAIM, agreedOrder: agreedOrder as PartyComponent[] }),
      "VALIDATION",
      "agreedOrder",
    );
  });
});

describe("distribute: input checks (VALIDATION naming the field)", () => {
  it.each<[string, () => unknown, string]>([
    ["negative available", () => distribute({ availableFen: -1, claim: CLAIM, paid: ZERO_CLAIM }), "availableFen"],
    ["fractional available", () => distribute({ availableFen: 0.5, claim: CLAIM, paid: ZERO_CLAIM }), "availableFen"],
    ["negative claim", () => distribute({ availableFen: 1, claim: { ...CLAIM, costsFen: -1 }, paid: ZERO_CLAIM }), "claim.costsFen"],
    ["missing claim component", () => distribute({ availableFen: 1, claim: { ...CLAIM, principalFen: undefined as never }, paid: ZERO_CLAIM }), "claim.principalFen"],
    ["paid above the claim", () => distribute({ availableFen: 1, claim: CLAIM, paid: { ...ZERO_CLAIM, principalFen: PRINCIPAL + 1 } }), "paid.principalFen"],
    ["a claim beyond 2^53 fen in total", () => distribute({ availableFen: 1, claim: { ...CLAIM, principalFen: Number.MAX_SAFE_INTEGER }, paid: ZERO_CLAIM }), "claim"],
  ])("%s", (_label, fn, field) => {
    expectDomainError(fn, "VALIDATION", field);
  });
});

describe("allocationEntries: recording a distribution in the ledger", () => {
  it("one entry per component that receives money, then the surplus; the ledger then holds the claim as satisfied", () => {
    const r = distribute({ availableFen: WHOLE + 300, claim: CLAIM, paid: ZERO_CLAIM });
    const entries = allocationEntries(r, { on: "2025-03-03", idFor: (t) => `d1-${t}` });
    expect(entries.map((e) => [e.id, e.target, e.amountFen])).toEqual([
      ["d1-enforcementFee", "enforcementFee", FEE],
      ["d1-costs", "costs", COSTS],
      ["d1-principal", "principal", PRINCIPAL],
      ["d1-generalInterest", "generalInterest", GENERAL],
      ["d1-doubledInterest", "doubledInterest", DOUBLED],
      ["d1-surplus", "surplus", 300],
    ]);
    const b = balances(replayLedger([receipt(WHOLE + 300), ...entries]));
    expectBalanced(b);
    expect(b.undistributedFen).toBe(0);
    expect(satisfiedClaim(b)).toEqual(CLAIM);
    expect(b.heldForPayoutByPayee).toEqual({ applicant: COSTS + PRINCIPAL + GENERAL + DOUBLED, court: FEE, respondent: 300 });
  });

  it("skips components that receive nothing", () => {
    const r = distribute({ availableFen: FEE + 5, claim: CLAIM, paid: ZERO_CLAIM });
    expect(allocationEntries(r, { on: "2025-03-03", idFor: (t) => t }).map((e) => e.target)).toEqual(["enforcementFee", "costs"]);
  });
});
