// The order in which money recovered in one case pays the claim (执行款的清偿顺序), in integer fen.
// Each component in turn takes min(what is left, what is still owed on it); the money beyond the whole
// claim is the surplus returned to the respondent. No rounding: every amount is a whole number of fen.
//
// Default order, and what each step rests on:
//  1. enforcementFee: 执行申请费 is paid after execution (诉讼费用交纳办法 art 20 para 2) and borne by the
//     respondent (art 38). It comes off the top: when proceeds are shared out, 执行费用 are deducted
//     before any creditor is paid (民诉法解释 arts 508, 514), and only the proceeds beyond 执行标的 and
//     执行费用 go back to the respondent (执行工作规定（试行） item 34 para 2). Those texts are written for
//     distribution among several creditors and for auctions; applying them to one applicant's case is
//     our reading (PARTIAL). Note: this puts the fee BEFORE the litigation costs, not after them.
//  2. costs: the litigation costs the judgment puts on the respondent. They are part of the money debt
//     the instrument fixes, so they come before the doubled interest (迟延履行利息解释 art 4). Costs
//     before principal: no stored text says so for enforcement; we follow 民法典 art 561 (费用 →
//     利息 → 主债务), read only in a secondary source, not in the stored statute texts (PARTIAL).
//  3. principal, then 4. generalInterest: 迟延履行利息解释 art 4 only says that the money debt fixed by
//     the instrument (principal AND its general interest) comes before the doubled interest. The order
//     between principal and general interest is NOT fixed by any stored text. We put principal first,
//     as the brief for this module asks. 民法典 art 561 would put interest before principal, and
//     many courts reportedly follow it: this is an open legal decision (UNCONFIRMED), one constant
//     below (DEFAULT_PARTY_ORDER).
//  5. doubledInterest last (迟延履行利息解释 art 4), unless the parties agree otherwise (art 4, 但书).
//
// `agreedOrder` is that agreement: any order of the four debts between the parties. The enforcement
// fee is owed to the court, not to a party, so the parties' agreement does not move it: it stays first.
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import type { Confidence } from "../config/statutory-periods";
import { invalidField } from "../errors/domain-error";
import type { IsoDate } from "../dates/iso-date";
import type { Fen } from "../money/fen";
import {
  CLAIM_COMPONENTS,
  PARTY_COMPONENTS,
  amountKey,
  payeeOf,
  type ClaimAmounts,
  type ClaimComponent,
  type PartyComponent,
  type Payee,
} from "./components";
import type { AllocationEntry } from "./entries";

/** The default order of the debts between the parties (see the header: principal vs general interest is open). */
export const DEFAULT_PARTY_ORDER: readonly PartyComponent[] = ["costs", "principal", "generalInterest", "doubledInterest"];

export type DistributionInput = {
  /** The money to share out now, e.g. the ledger's undistributedFen. */
  availableFen: Fen;
  /** The whole claim, per component. */
  claim: ClaimAmounts;
  /** What earlier distributions already satisfied, per component (the ledger's satisfiedClaim). */
  paid: ClaimAmounts;
  /** The parties' agreed order of their debts (迟延履行利息解释 art 4, 但书). */
  agreedOrder?: readonly PartyComponent[];
};

export type AllocationLine = {
  /** 1 for the first component paid. */
  rank: number;
  component: ClaimComponent;
  payee: Payee;
  /** Still owed on this component before this distribution. */
  outstandingFen: Fen;
  amountFen: Fen;
  /** Still owed after it. */
  remainingFen: Fen;
  basis: Citation[];
};

export type DistributionResult = {
  availableFen: Fen;
  /** Still owed on the whole claim before this distribution. */
  outstandingFen: Fen;
  /** = min(availableFen, outstandingFen) = Σ allocations. */
  distributedFen: Fen;
  /** = availableFen − distributedFen, returned to the respondent. */
  surplusFen: Fen;
  /** Every component, in the order paid, including those that receive nothing. */
  allocations: AllocationLine[];
  order: ClaimComponent[];
  orderSource: "default" | "agreed";
  /** Of the order as a whole; see the header for each step. */
  confidence: Confidence;
  basis: Citation[];
  surplusBasis: Citation[];
};

const COMPONENT_BASIS: Record<ClaimComponent, Citation[]> = {
  enforcementFee: [
    citeSource("litigationFees", "art 20 para 2"),
    citeSource("litigationFees", "art 38"),
    citeSource("civilProcedureInterpretation", "arts 508, 514"),
  ],
  costs: [citeSource("delayInterest", "art 4"), citeSource("civilCode", "art 561")],
  principal: [citeSource("delayInterest", "art 4")],
  generalInterest: [citeSource("delayInterest", "art 1 para 2"), citeSource("delayInterest", "art 4")],
  doubledInterest: [citeSource("delayInterest", "art 1 para 3"), citeSource("delayInterest", "art 4")],
};

function checkFen(value: unknown, field: string): Fen {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw invalidField(field, {
      zh: `${field} 必须是非负整数（以分计，收到 ${String(value)}）`,
      en: `${field} must be a non-negative integer number of fen (got ${String(value)})`,
    });
  }
  return value;
}

function checkAgreedOrder(order: readonly PartyComponent[]): void {
  const ok =
    Array.isArray(order) &&
    order.length === PARTY_COMPONENTS.length &&
    PARTY_COMPONENTS.every((c) => order.includes(c));
  if (!ok) {
    throw invalidField("agreedOrder", {
      zh: `约定的清偿顺序必须恰好列出 ${PARTY_COMPONENTS.join("、")} 各一次（执行申请费不由当事人约定，始终最先清偿）`,
      en: `agreedOrder must list each of ${PARTY_COMPONENTS.join(", ")} exactly once (the enforcement fee is not the parties' to order and always comes first)`,
    });
  }
}

export function distribute(input: DistributionInput): DistributionResult {
  const availableFen = checkFen(input.availableFen, "availableFen");
  const outstanding = {} as Record<ClaimComponent, Fen>;
  let totalOutstanding = 0n;
  for (const c of CLAIM_COMPONENTS) {
    const key = amountKey(c);
    const claim = checkFen(input.claim?.[key], `claim.${key}`);
    const paid = checkFen(input.paid?.[key], `paid.${key}`);
    if (paid > claim) {
      throw invalidField(`paid.${key}`, {
        zh: `paid.${key}（${paid} 分）超过了 claim.${key}（${claim} 分）`,
        en: `paid.${key} (${paid} fen) exceeds claim.${key} (${claim} fen)`,
      });
    }
    outstanding[c] = claim - paid;
    totalOutstanding += BigInt(claim - paid);
  }
  // Five safe integers can sum past 2^53; the total is taken in BigInt and must stay exact.
  if (totalOutstanding > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw invalidField("claim", { zh: "债权总额过大，无法精确计算", en: "the claim is too large to compute exactly" });
  }
  const outstandingFen = Number(totalOutstanding);

  if (input.agreedOrder !== undefined) checkAgreedOrder(input.agreedOrder);
  const partyOrder = input.agreedOrder ?? DEFAULT_PARTY_ORDER;
  const order: ClaimComponent[] = ["enforcementFee", ...partyOrder];
  const agreed = input.agreedOrder !== undefined;

  let left = availableFen;
  const allocations = order.map((component, i): AllocationLine => {
    const owed = outstanding[component];
    const amountFen = Math.min(left, owed);
    left -= amountFen;
    const basis = [...COMPONENT_BASIS[component]];
    return { rank: i + 1, component, payee: payeeOf(component), outstandingFen: owed, amountFen, remainingFen: owed - amountFen, basis };
  });

  return {
    availableFen,
    outstandingFen,
    distributedFen: availableFen - left,
    surplusFen: left,
    allocations,
    order,
    orderSource: agreed ? "agreed" : "default",
    // Default: principal before general interest is UNCONFIRMED. Agreed: only the fee's place is ours.
    confidence: agreed ? "PARTIAL" : "UNCONFIRMED",
    basis: [citeSource("delayInterest", "art 4")],
    surplusBasis: [citeSource("enforcementWork", "item 34 para 2")],
  };
}

/**
 * The allocation entries that record a distribution in the ledger: one per component that receives
 * money, in rank order, then the surplus (target "surplus", to the respondent) if there is one.
 */
export function allocationEntries(result: DistributionResult, opts: { on: IsoDate; idFor: (target: ClaimComponent | "surplus") => string }): AllocationEntry[] {
  const entries: AllocationEntry[] = result.allocations
    .filter((l) => l.amountFen > 0)
    .map((l) => ({ kind: "allocation", id: opts.idFor(l.component), on: opts.on, target: l.component, amountFen: l.amountFen }));
  if (result.surplusFen > 0) {
    entries.push({ kind: "allocation", id: opts.idFor("surplus"), on: opts.on, target: "surplus", amountFen: result.surplusFen });
  }
  return entries;
}
