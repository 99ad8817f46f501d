// The case's money claim as of a day, per component, for distributing receipts (distribute) and for
// showing what is still owed. Inputs are the stored money duties, the basis dates and the ledger.
//
// - principal, generalInterest, costs: the monetary duties with category principal, interest, costs.
// - enforcementFee: computeEnforcementFee of the whole money claim of the instrument (principal +
//   interest + costs), 诉讼费用交纳办法 art 14(1)2; nothing when the case has no money duty.
// - doubledInterest: 迟延履行利息解释 art 1 para 3 on the unpaid principal (excluding general interest),
//   from the expiry of the performance period (art 2: the performance deadline, or with none the day the
//   instrument took effect) to payment. Art 3 para 2 ends the count per paid portion: principal already
//   allocated stops accruing on the day of its allocation; the rest accrues to `on`. The start day is
//   not counted (delayDays' default; rules.md §7 marks this UNCONFIRMED). Simplifications (see the
//   report): instalments are not given their own start dates, litigation costs do not bear the doubled
//   interest, and a portion paid by deduction ends on the day it is distributed, not on the day of 划拨.
import {
  CLAIM_COMPONENTS,
  amountKey,
  computeDelayInterest,
  computeEnforcementFee,
  delayDays,
  satisfiedClaim,
  type ClaimAmounts,
  type IsoDate,
  type Ledger,
} from "@zhixing/domain";

export type ClaimInput = {
  duties: { category: string; amount_fen: number }[];
  effectiveDate: IsoDate;
  performanceDeadline: IsoDate | null;
};

export type CaseClaim = {
  asOf: IsoDate;
  /** The delay interest runs from this day (not counted). */
  delayFrom: IsoDate;
  claim: ClaimAmounts;
  satisfied: ClaimAmounts;
  outstandingFen: number;
};

const sumOf = (duties: ClaimInput["duties"], category: string) =>
  duties.filter((d) => d.category === category).reduce((s, d) => s + d.amount_fen, 0);

export function caseClaim(input: ClaimInput, ledger: Ledger, on: IsoDate): CaseClaim {
  const principalFen = sumOf(input.duties, "principal");
  const generalInterestFen = sumOf(input.duties, "interest");
  const costsFen = sumOf(input.duties, "costs");
  const total = principalFen + generalInterestFen + costsFen;
  const enforcementFeeFen = total > 0 ? computeEnforcementFee(total).feeFen : 0;

  const delayFrom = input.performanceDeadline ?? input.effectiveDate;
  const paidPrincipal = ledger.entries.filter(
    (e) => e.kind === "allocation" && e.target === "principal" && !ledger.reversedIds.has(e.id),
  ) as { amountFen: number; on: IsoDate }[];
  let doubledInterestFen = 0;
  let unpaid = principalFen;
  for (const p of paidPrincipal) {
    const portion = Math.min(p.amountFen, unpaid);
    unpaid -= portion;
    doubledInterestFen += computeDelayInterest({ principalFen: portion, days: delayDays(delayFrom, p.on) }).interestFen;
  }
  doubledInterestFen += computeDelayInterest({ principalFen: unpaid, days: delayDays(delayFrom, on) }).interestFen;

  const satisfied = satisfiedClaim(ledger.totals);
  const computed: ClaimAmounts = { enforcementFeeFen, costsFen, principalFen, generalInterestFen, doubledInterestFen };
  // What was already allocated to a component is never more than its claim (distribute refuses that):
  // should a duty have been lowered since, the component simply counts as satisfied.
  const claim = {} as ClaimAmounts;
  let outstandingFen = 0;
  for (const c of CLAIM_COMPONENTS) {
    const k = amountKey(c);
    claim[k] = Math.max(computed[k], satisfied[k]);
    outstandingFen += claim[k] - satisfied[k];
  }
  return { asOf: on, delayFrom, claim, satisfied, outstandingFen };
}
