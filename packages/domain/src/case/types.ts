// The enforcement case's lifecycle vocabulary (glossary.md: case lifecycle).
import type { Citation } from "../citation/citation";
import type { IsoDate } from "../dates";
import type { Period } from "../calendar/compute-deadline";

export const CASE_STATUSES = ["applied", "registered", "refused", "assigned", "inProgress", "closed"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/**
 * The two lifecycles a case runs: an enforcement case (执, 执恢) with its 6-month term, notice and
 * report order; a preservation case (执保) executing a preservation ruling at once (民诉法(2023) arts
 * 103–104), with no term, notice or report order of its own.
 */
export const CASE_KINDS = ["enforcement", "preservation"] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/** 结案方式 (法发〔2014〕26号 arts 15–17; the last three are UNCONFIRMED in rules.md §18). */
export const ENFORCEMENT_CLOSURE_MODES = ["completed", "suspendedNoAssets", "terminated", "notEnforced", "dismissed", "cancelled"] as const;
/**
 * 执保 closure modes. rules.md §18 marks the closure modes of 保全 cases UNCONFIRMED: these follow
 * court practice — 保全完毕 (the ruling executed; the measures stay in force until released or, on
 * enforcement, converted under 民诉法解释 art 168), 解除保全 (every measure released), 撤回/撤销
 * (withdrawn or the ruling revoked; nothing may remain in force).
 */
export const PRESERVATION_CLOSURE_MODES = ["preservationCompleted", "preservationReleased", "cancelled"] as const;
export const CLOSURE_MODES = ["completed", "suspendedNoAssets", "terminated", "notEnforced", "dismissed", "cancelled", "preservationCompleted", "preservationReleased"] as const;
export type ClosureMode = (typeof CLOSURE_MODES)[number];

/** The closure modes a case of this kind may close with. */
export function closureModesFor(kind: CaseKind): readonly ClosureMode[] {
  return kind === "preservation" ? PRESERVATION_CLOSURE_MODES : ENFORCEMENT_CLOSURE_MODES;
}

/** Every statutory clock a case can carry: the lifecycle's, the property report's and clue checks', and each measure's term and renewal reminders. */
export const CLOCK_KINDS = [
  "decision",
  "assignment",
  "notice",
  "noticeOuter",
  "term",
  "extensionRequest",
  "propertyReport",
  "clueVerification",
  "measureExpiry",
  "measureRenewalReminder",
  "rewardDecision",
  "investigationStart",
  "propertyInvestigation",
  // 限制出境 (异议复议规定 art 9) and 失信 corrections (失信规定 art 12): server modules/credit (subject_id = the application).
  "creditExitReconsiderationApplication",
  "creditExitReconsiderationDecision",
  "creditCorrectionExamination",
  "creditCorrectionExecution",
  "creditCorrectionReconsiderationApplication",
  // 失信规定 art 12: the higher court decides a correction's reconsideration in 15 days (server modules/credit; subject_id = the application).
  "creditCorrectionReconsiderationDecision",
  // 网拍规定(2016), 拍卖变卖规定(2020): an auction lot's clocks (server modules/auctions; subject_id = the lot).
  "auctionPartyNotice",
  "auctionDepositRefund",
  "auctionReauction",
  "auctionRulingService",
  "auctionHandOver",
  "auctionFixedPriceSale",
  "auctionPostingNotice",
  "auctionResume",
  // 参考价规定(2018): the reference-price procedure's clocks (server modules/valuation).
  "valuationStart",
  "valuationAgreement",
  "valuationDirectedInquiry",
  "valuationOnlineReport",
  "valuationOnlineCorrection",
  "valuationAppraisalReport",
  "valuationMaterialsReturn",
  "valuationReportService",
  "valuationObjection",
  "valuationObjectionReferral",
  "valuationAgencyExplanation",
  "valuationSaleStart",
  "valuationAppraisalCorrection",
  "valuationReissue",
  // 民诉法(2023) arts 118–119, 民诉法解释 arts 185–186: a fine's or detention's reconsideration (server modules/coercion; subject_id = the sanction).
  "sanctionReconsiderationApplication",
  "sanctionReconsiderationDecision",
  "sanctionUrgentWrittenDecision",
  // 民诉法 arts 236, 238; 异议复议规定 art 2; 执行程序解释 arts 7–8; 民诉法解释 arts 314, 463 (server modules/objections; subject_id = the objection).
  "objectionDocketing",
  "objectionDocketingNotice",
  "objectionDecision",
  "objectionReconsiderationApplication",
  "objectionFileTransmission",
  "objectionReconsiderationDecision",
  "objectionSuitWindow",
  "objectionReleaseMeasures",
  // 行为义务 (rules.md §15; server modules/conduct): a compliance check (product schedule, subject_id = the
  // check), the new performance period after a sanction (民诉法解释 art 503 para 2; subject_id = the check),
  // the substitute-performance cost's prepayment period (解释 art 502 para 1; subject_id = the substitute).
  "conductComplianceCheck",
  "conductNewPerformancePeriod",
  "conductCostPrepayment",
  // 民诉法解释 arts 509–510 (执行程序解释 arts 17–18): a distribution plan's objection (15 days from receipt,
  // per recipient), counter-objection (15 days from the notice) and suit (15 days from the counter-objection
  // notice) (server modules/objections; subject_id = the plan).
  "distributionPlanObjection",
  "distributionPlanCounterObjection",
  "distributionPlanSuit",
] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];

/**
 * The clocks of a measure's term. They belong to the measure, not to the case's procedure: closing a
 * case leaves the measures it has not released in force with their expiry and renewal clocks (a
 * closed 执保 case's measures continue until enforcement, 民诉法解释 art 168, and a measure runs
 * its term whatever becomes of the procedure); they end when the measure is released, lapses or is
 * renewed.
 */
export const MEASURE_CLOCK_KINDS: readonly ClockKind[] = [
  "measureExpiry",
  "measureRenewalReminder",
  // A restriction or a 失信 entry outlives its case's closure (a 终本 case keeps them): so do the clocks
  // of the applications against it (server modules/credit).
  "creditExitReconsiderationApplication",
  "creditExitReconsiderationDecision",
  "creditCorrectionExamination",
  "creditCorrectionExecution",
  "creditCorrectionReconsiderationApplication",
  "creditCorrectionReconsiderationDecision",
];
/** Every other clock: the procedure's, which closure ends. */
export const PROCEDURE_CLOCK_KINDS: readonly ClockKind[] = CLOCK_KINDS.filter((k) => !MEASURE_CLOCK_KINDS.includes(k));

export const STAFF_ROLES = ["filingClerk", "officer", "divisionHead", "president", "supervisor", "admin"] as const;
export const PARTY_ROLES = ["applicant", "respondent"] as const;
export const ROLES = [...STAFF_ROLES, ...PARTY_ROLES, "agencyLiaison"] as const;
export type Role = (typeof ROLES)[number];
export type StaffRole = (typeof STAFF_ROLES)[number];

export function isStaffRole(role: string): role is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(role);
}

export type DutyState = { id: string; kind: "monetary" | "conduct"; done: boolean };

/** What the lifecycle needs to know about a case; the service builds it from the stored rows. */
export type CaseState = {
  kind: CaseKind;
  status: CaseStatus;
  applicationDate: IsoDate;
  registeredDate: IsoDate | null;
  handlerId: string | null;
  assignedDate: IsoDate | null;
  noticeDate: IsoDate | null;
  reportOrderIssued: boolean;
  termStart: IsoDate | null;
  termDue: IsoDate | null;
  extensionsGranted: number;
  extensionPending: boolean;
  duties: DutyState[];
  closureMode: ClosureMode | null;
  closureDate: IsoDate | null;
  /** Applied after the two-year period (民诉法(2023) art 250): registered, and open to the respondent's objection. */
  lateApplication: boolean;
};

/** 终本 checklist, 终本规定(2016) art 1 (CONFIRMED-S), attested by the handler until later issues record the measures. */
export type SuspensionChecklist = {
  notifiedAndReportOrdered: boolean;
  consumptionRestricted: boolean;
  dishonestListedWhereApplicable: boolean;
  investigationExhausted: boolean;
  debtorSearchedAndSanctioned: boolean;
  applicantInterviewed: boolean;
};

/** Approval of 终本: the applicant's signed confirmation or a collegial panel approved by the president (民诉法解释 art 517). */
export type SuspensionApproval = "applicantConfirmed" | "collegialPanelApproved";

export type CaseEvent =
  | { type: "register" }
  | { type: "refuse"; reason: string }
  | { type: "assign"; handlerId: string }
  | { type: "issueNotice"; withReportOrder: boolean; /** Days the order to report gives (财产调查规定 art 4(1)); product default 10. */ reportDays?: number }
  | { type: "requestExtension"; reason: string }
  | { type: "approveExtension" }
  | { type: "rejectExtension"; reason: string }
  | { type: "reportFurtherExtension"; reason: string }
  | { type: "recordDutyDone"; dutyId: string; evidence: string }
  | {
      type: "close";
      mode: ClosureMode;
      reason: string;
      checklist?: SuspensionChecklist;
      approval?: SuspensionApproval;
      /** The statutory ground, for 终结执行 and 不予执行 (closure-grounds.ts). */
      ground?: string;
    };

export type CaseEventType = CaseEvent["type"];
export const CASE_EVENT_TYPES: CaseEventType[] = [
  "register",
  "refuse",
  "assign",
  "issueNotice",
  "requestExtension",
  "approveExtension",
  "rejectExtension",
  "reportFurtherExtension",
  "recordDutyDone",
  "close",
];

export type Effect =
  /**
   * `counted` is the period the due date was computed from (kept so that the clock can be computed
   * again when an official holiday arrangement replaces a provisional one); null for a clock derived
   * from another (the extension-request deadline follows the term).
   */
  | {
      type: "openClock";
      kind: ClockKind;
      startDate: IsoDate;
      due: IsoDate;
      basis: Citation;
      provisional: boolean;
      counted: { from: IsoDate; period: Period } | null;
    }
  | { type: "meetClocks"; kinds: ClockKind[] }
  /** Cancels the open clocks of these kinds, or all open clocks when `kinds` is absent. */
  | { type: "cancelClocks"; kinds?: ClockKind[] }
  | { type: "assignCaseNumber" }
  | { type: "markDutyDone"; dutyId: string; evidence: string };

export type Actor = { id: string; role: Role; name: string };
