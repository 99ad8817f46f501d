// The objections API's shapes (server modules/objections/objections.schemas.ts).
export type ObjectionClock = { kind: string; due: string; status: "open" | "met" | "cancelled" };

export type Objection = {
  id: string;
  caseId: string;
  kind: "executionAct" | "thirdParty";
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
