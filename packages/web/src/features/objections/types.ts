// The objections API's shapes (server modules/objections/objections.schemas.ts).
export type ObjectionClock = { kind: string; due: string; status: "open" | "met" | "cancelled" };

export type Objection = {
  id: string;
  caseId: string;
  kind: "executionAct" | "thirdParty" | "jurisdiction";
  objectorName: string;
  assetId: string | null;
  assetDescription: string | null;
  request: string;
  grounds: string;
  receivedOn: string;
  status: "received" | "notAccepted" | "docketed" | "ruled";
  linkedCaseId: string | null;
  linkedCaseNumber: string | null;
  docketedOn: string | null;
  notAcceptedReason: string | null;
  ruling: "upheld" | "rejected" | "suspended" | null;
  rulingReasons: string | null;
  ruledOn: string | null;
  rulingServedOn: string | null;
  suitFiledOn: string | null;
  measuresReleasedOn: string | null;
  clocks: ObjectionClock[];
  hold: { held: true; until: string | null; reason: "examination" | "suit" | "afterRejection" } | null;
  reconsideration: null | {
    id: string;
    linkedCaseId: string | null;
    linkedCaseNumber: string | null;
    applicantName: string;
    filedOn: string;
    fileSentOn: string | null;
    status: "pending" | "affirmed" | "revoked" | "varied";
    extensionDays: number;
    decisionDue: string | null;
    decidedOn: string | null;
    reasons: string | null;
    clocks: ObjectionClock[];
  };
  mayApplyReconsideration: boolean;
};

/** 分配方案 (server modules/objections/distribution-plans.schemas.ts). Money in fen. */
export type PlanOutcome = "asOriginalPlanNoObjection" | "asRevisedPerObjection" | "asOriginalPlan" | "withDisputedAmountDeposited";
export type DistributionPlan = {
  id: string;
  caseId: string;
  amountFen: number;
  note: string | null;
  status: "draft" | "served" | "carriedOut" | "withdrawn";
  draftedOn: string;
  servedOn: string | null;
  outcome: PlanOutcome | null;
  carriedOutOn: string | null;
  depositedFen: number;
  lines: {
    id: string;
    seq: number;
    creditorKind: "applicant" | "other";
    partyId: string | null;
    creditorName: string;
    basis: string | null;
    claimFen: number | null;
    amountFen: number;
    revisedAmountFen: number | null;
    paidFen: number | null;
    paidOn: string | null;
    payoutReference: string | null;
  }[];
  recipients: { id: string; name: string; role: "creditor" | "respondent"; lineId: string | null; receivedOn: string; objectionDue: string }[];
  objection: null | {
    id: string;
    objectorName: string;
    filedOn: string;
    grounds: string;
    revised: { lineId: string; amountFen: number }[];
    othersNotifiedOn: string | null;
    counterFiledOn: string | null;
    counterByName: string | null;
    counterGrounds: string | null;
    counterNoticeReceivedOn: string | null;
    suitFiledOn: string | null;
  };
  clocks: ObjectionClock[];
  prospectiveOutcome: PlanOutcome;
  mayObject: boolean;
  mayCounter: boolean;
};
export type DistributionPlanList = { items: DistributionPlan[]; availableFen: number | null; jurisdictionObjectionDue: string | null };
