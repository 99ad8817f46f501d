// The coercion API's shapes (server modules/coercion/coercion.schemas.ts).
import type { Citation } from "@zhixing/domain";

export const COERCION_GROUND_KEYS = [
  "forgedEvidence",
  "witnessObstruction",
  "controlledPropertyDisposed",
  "retaliation",
  "obstructingOfficers",
  "refusalToPerform",
  "propertyReportBreach",
  "consumptionRestrictionBreach",
  "conductDutyOnlyRespondent",
] as const;
export const REFUSAL_CRIME_STATE_KEYS = ["referred", "caseOpened", "notOpened", "prosecuted", "convicted", "acquitted", "withdrawn"] as const;
export type RefusalCrimeStateKey = (typeof REFUSAL_CRIME_STATE_KEYS)[number];

export type SanctionReconsideration = {
  id: string;
  higherCourtId: string;
  applicantName: string;
  filedOn: string;
  grounds: string;
  status: "pending" | "affirmed" | "varied" | "revoked";
  decisionDue: string | null;
  decidedOn: string | null;
  variedAmountFen: number | null;
  variedDays: number | null;
  reasons: string | null;
  oralNoticeOn: string | null;
  writtenDecisionDue: string | null;
  writtenDecisionOn: string | null;
};

export type Sanction = {
  id: string;
  caseId: string;
  caseNumber: string | null;
  measure: "fine" | "detention";
  targetKind: "individual" | "entity";
  forEntity: "principal" | "directlyResponsible" | null;
  partyId: string | null;
  personName: string;
  ground: string;
  facts: string;
  amountFen: number | null;
  days: number | null;
  repetition: number;
  status: "proposed" | "refused" | "decided";
  proposedOn: string;
  decidedOn: string | null;
  refusalReason: string | null;
  servedOn: string | null;
  reconsiderationDue: string | null;
  paidFen: number | null;
  paidOn: string | null;
  detentionStartedOn: string | null;
  detentionEndedOn: string | null;
  detentionEnd: "completed" | "earlyRelease" | null;
  effectiveAmountFen: number | null;
  effectiveDays: number | null;
  revoked: boolean;
  basis: Citation[];
  reconsideration: SanctionReconsideration | null;
  mayApply: boolean;
};

export type Referral = {
  id: string;
  route: "publicSecurityReferral" | "privateProsecution";
  respondentName: string | null;
  recipient: string;
  facts: string;
  state: RefusalCrimeStateKey;
  final: boolean;
  next: RefusalCrimeStateKey[];
  referredOn: string;
  steps: { from: string; to: string; date: string; note: string | null; by: string }[];
};

export type CoercionView = { sanctions: Sanction[]; referrals: Referral[] };

export type PendingApproval = {
  sanctionId: string;
  caseId: string;
  caseNumber: string | null;
  measure: "fine" | "detention";
  personName: string;
  ground: string;
  amountFen: number | null;
  days: number | null;
  proposedOn: string;
};
