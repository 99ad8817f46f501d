// The conduct view as the server sends it (packages/server/src/modules/conduct/conduct.schemas.ts).
import type { Citation } from "../../api/types";

export type Attachment = { name: string; description?: string; reference?: string };
export type EvidenceItem = { kind: string; finding: string; url?: string; note?: string; attachments?: Attachment[] };
export type EscalationStep = { kind: string; target: string; newPeriodDays: number | null; suggestedOnly: boolean; basis: Citation[] };

export type ConductCheck = {
  id: string;
  seq: number;
  dueDate: string;
  provisional: boolean;
  performanceDue: string;
  status: "scheduled" | "recorded";
  checkDate: string | null;
  outcome: "compliant" | "breach" | "inconclusive" | null;
  evidence: EvidenceItem[];
  escalation: { steps: EscalationStep[]; basis: Citation[] } | null;
  sanctionId: string | null;
  newPeriodDue: string | null;
};

export type Voucher = { kind: string; number?: string; issuer?: string };
export type CostItem = { description: string; amountFen: number; voucher: Voucher | null };

export type Substitute = {
  id: string;
  dutyId: string;
  method: string;
  performerName: string;
  qualificationRequired: boolean;
  performerQualified: boolean;
  qualification: string | null;
  courtApproved: boolean;
  appointedOn: string;
  costFen: number | null;
  orderDate: string | null;
  prepaymentDue: string | null;
  prepaidFen: number;
  costDutyId: string | null;
  costConvertedOn: string | null;
  completedOn: string | null;
  completion: { quantities: { item: string; quantity: number; unit: string }[]; note: string | null; attachments: Attachment[] } | null;
  costList: CostItem[] | null;
  costListVisible: boolean;
  mayConvert: boolean;
  basis: Citation[];
};

export type DelayPenalty = { id: string; dutyId: string; performanceDue: string; until: string; days: number; method: "doubleLoss" | "courtDetermined"; lossFen: number | null; amountFen: number; monetaryDutyId: string; basis: Citation[] };

export type ConductDuty = {
  id: string;
  category: string;
  description: string;
  done: boolean;
  doneDate: string | null;
  performer: "respondentOnly" | "substitutable" | null;
  evidenceKinds: string[];
  qualificationMayBeRequired: boolean;
  checks: ConductCheck[];
  substitute: Substitute | null;
  penalties: DelayPenalty[];
};

export type ConductView = {
  caseId: string;
  caseNumber: string | null;
  view: "staff" | "applicant" | "respondent";
  mayAct: boolean;
  today: string;
  performanceDeadline: string | null;
  duties: ConductDuty[];
  addedMonetaryDuties: { id: string; category: string; description: string; amountFen: number }[];
  parties: { id: string; role: string; name: string; kind: string }[];
};

export const EVIDENCE_KINDS = ["testPurchase", "marketplaceListing", "domainStatus", "siteVisit", "registryRecord", "publicationProof", "destructionRecord"] as const;
export const SELECTION_METHODS = ["courtSelected", "applicantRecommended", "applicantSelf", "tender"] as const;
