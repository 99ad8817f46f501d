// The parts of a money claim that an enforcement case recovers, and who receives each part.
// The enforcement fee goes to the court (诉讼费用交纳办法 art 20 para 2: paid after execution; art 38:
// borne by the respondent). The judgment's costs, the principal and both kinds of interest go to the
// applicant. Money beyond the whole claim goes back to the respondent (执行工作规定（试行） item 34
// para 2).
import type { Localized } from "../errors/domain-error";
import type { Fen } from "../money/fen";

/**
 * - `enforcementFee`: 执行申请费, computed by computeEnforcementFee.
 * - `costs`: the litigation costs (案件受理费, 保全费 …) that the judgment puts on the respondent. The
 *   applicant advanced them, so they are paid to the applicant.
 * - `principal`: the money debt that the instrument fixes, excluding interest (本金).
 * - `generalInterest`: interest computed by the instrument's own method (迟延履行利息解释 art 1 para 2).
 * - `doubledInterest`: the doubled part of the interest for delayed performance (art 1 para 3).
 */
export type ClaimComponent = "enforcementFee" | "costs" | "principal" | "generalInterest" | "doubledInterest";

export const CLAIM_COMPONENTS: readonly ClaimComponent[] = [
  "enforcementFee",
  "costs",
  "principal",
  "generalInterest",
  "doubledInterest",
];

/** The components that are debts between the parties. Their order may be changed by agreement (迟延履行利息解释 art 4). */
export type PartyComponent = Exclude<ClaimComponent, "enforcementFee">;

export const PARTY_COMPONENTS: readonly PartyComponent[] = ["costs", "principal", "generalInterest", "doubledInterest"];

/** Where an allocation goes: a claim component, or the surplus that is returned to the respondent. */
export type AllocationTarget = ClaimComponent | "surplus";

export const ALLOCATION_TARGETS: readonly AllocationTarget[] = [...CLAIM_COMPONENTS, "surplus"];

export type Payee = "applicant" | "respondent" | "court";

export const PAYEES: readonly Payee[] = ["applicant", "court", "respondent"];

/** One amount per component, with field names as the API uses them: `{ costsFen, principalFen, … }`. */
export type ClaimAmounts = { [K in ClaimComponent as `${K}Fen`]: Fen };

export function amountKey<C extends ClaimComponent>(component: C): `${C}Fen` {
  return `${component}Fen`;
}

export const ZERO_CLAIM: Readonly<ClaimAmounts> = {
  enforcementFeeFen: 0,
  costsFen: 0,
  principalFen: 0,
  generalInterestFen: 0,
  doubledInterestFen: 0,
};

export function payeeOf(target: AllocationTarget): Payee {
  if (target === "enforcementFee") return "court";
  if (target === "surplus") return "respondent";
  return "applicant";
}

export const TARGET_LABELS: Record<AllocationTarget, Localized> = {
  enforcementFee: { zh: "执行申请费", en: "enforcement fee" },
  costs: { zh: "由被执行人负担的诉讼费用", en: "litigation costs borne by the respondent" },
  principal: { zh: "本金", en: "principal" },
  generalInterest: { zh: "一般债务利息", en: "general interest" },
  doubledInterest: { zh: "加倍部分债务利息", en: "doubled part of the delay interest" },
  surplus: { zh: "退还被执行人的剩余款", en: "surplus returned to the respondent" },
};

export const PAYEE_LABELS: Record<Payee, Localized> = {
  applicant: { zh: "申请执行人", en: "applicant" },
  respondent: { zh: "被执行人", en: "respondent" },
  court: { zh: "法院", en: "court" },
};
