/**
 * Shapes of the /api/v1 contract as the web UI consumes them.
 * Kept local to the web package so the UI does not depend on server internals;
 * money is integer fen in fields ending `Fen`, dates are `YYYY-MM-DD`.
 */

export type Localized = { zh: string; en: string };

export type Citation = { law: string; article: string; en: string };

export type Role =
  | "filingClerk"
  | "officer"
  | "divisionHead"
  | "president"
  | "supervisor"
  | "applicant"
  | "respondent"
  | "agencyLiaison"
  | "admin";

export const STAFF_ROLES: readonly Role[] = ["filingClerk", "officer", "divisionHead", "president", "supervisor", "admin"];
export const PARTY_ROLES: readonly Role[] = ["applicant", "respondent"];

export type User = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  courtId: string | null;
  courtName: string | null;
};

export type SessionResponse = { user: User; csrfToken: string };

export type PartyKind = "naturalPerson" | "legalPerson" | "otherOrganization" | "foreign";
export const PARTY_KINDS: readonly PartyKind[] = ["naturalPerson", "legalPerson", "otherOrganization", "foreign"];

export type IdType = "residentId" | "passport" | "creditCode" | "foreignRegistration";
export const ID_TYPES: readonly IdType[] = ["residentId", "passport", "creditCode", "foreignRegistration"];

export type RegisterInput = {
  username: string;
  password: string;
  displayName: string;
  kind: PartyKind;
  idType: IdType;
  idNumber: string;
  phone?: string;
  email?: string;
};

export type Bracket = { fromFen: number; toFen: number | null; rate: number; portionFen: number; feeFen: number };
export type FeeResult = { amountFen: number; feeFen: number; brackets: Bracket[]; basis: Citation[] };
export type PreservationFeeResult = FeeResult & { capped: boolean };
export type InterestResult = { principalFen: number; days: number; interestFen: number; dailyRate: number; basis: Citation[] };
export type DeadlineUnit = "days" | "months" | "workingDays";
export type DeadlineResult = {
  from: string;
  unit: DeadlineUnit;
  n: number;
  due: string;
  nominalDue: string;
  shifted: boolean;
  provisional: boolean;
  provisionalYears: number[];
  basis: Citation[];
};

export type CourtLevel = "supreme" | "high" | "ipCourt" | "intermediate" | "basic" | "internet";
export type Court = { id: string; code: string; name: string; nameEn: string; level: CourtLevel; parentId: string | null };

export type CaseStatus = "applied" | "registered" | "refused" | "assigned" | "inProgress" | "closed";
export const CASE_STATUSES: readonly CaseStatus[] = ["applied", "registered", "refused", "assigned", "inProgress", "closed"];

export type RightType =
  | "patent"
  | "trademark"
  | "copyright"
  | "unfairCompetition"
  | "tradeSecret"
  | "plantVariety"
  | "icLayout"
  | "geographicalIndication"
  | "other";
export const RIGHT_TYPES: readonly RightType[] = [
  "patent",
  "trademark",
  "copyright",
  "unfairCompetition",
  "tradeSecret",
  "plantVariety",
  "icLayout",
  "geographicalIndication",
  "other",
];

export type ClockKind = "decision" | "assignment" | "notice" | "noticeOuter" | "term" | "extensionRequest";

export type PartyInput = {
  kind: PartyKind;
  name: string;
  idType: IdType;
  idNumber: string;
  phone?: string;
  address?: string;
  country?: string;
};

export type MonetaryCategory = "principal" | "interest" | "costs";
export const MONETARY_CATEGORIES: readonly MonetaryCategory[] = ["principal", "interest", "costs"];
export type ConductCategory =
  | "ceaseInfringement"
  | "destroyGoods"
  | "publishApology"
  | "changeName"
  | "takeDownListings"
  | "transferDomain"
  | "other";
export const CONDUCT_CATEGORIES: readonly ConductCategory[] = [
  "ceaseInfringement",
  "destroyGoods",
  "publishApology",
  "changeName",
  "takeDownListings",
  "transferDomain",
  "other",
];

export type DutyInput =
  | { kind: "monetary"; category: MonetaryCategory; description: string; amountFen: number }
  | { kind: "conduct"; category: ConductCategory; description: string; proofRequired: string };

export type BasisInput = {
  issuingCourt: string;
  documentNumber: string;
  effectiveDate: string;
  performanceDeadline?: string;
  instalments?: { dueDate: string; amountFen: number }[];
  rightType: RightType;
};

export type CaseApplicationInput = {
  courtId: string;
  applicants?: PartyInput[];
  respondents: PartyInput[];
  basis: BasisInput;
  duties: DutyInput[];
  applicationDate?: string;
  note?: string;
};

export type CaseSummary = {
  id: string;
  caseNumber: string | null;
  status: CaseStatus;
  courtId: string;
  courtName: string;
  applicantNames: string[];
  respondentNames: string[];
  handlerName: string | null;
  applicationDate: string;
  registeredDate: string | null;
  rightType: RightType;
  lateApplication: boolean;
  nextClock: { kind: ClockKind; due: string; overdue: boolean } | null;
};

export type CaseParty = {
  id: string;
  role: "applicant" | "respondent";
  kind: PartyKind;
  name: string;
  idType: IdType;
  idNumberMasked: string;
  phoneMasked: string | null;
  addressMasked: string | null;
};

export type CaseDuty = {
  id: string;
  kind: "monetary" | "conduct";
  category: MonetaryCategory | ConductCategory;
  description: string;
  amountFen: number | null;
  proofRequired: string | null;
  done: boolean;
  doneDate: string | null;
  evidence: string | null;
};

export type ClockStatus = "open" | "met" | "missed" | "cancelled";

export type CaseClock = {
  id: string;
  kind: ClockKind;
  startDate: string;
  due: string;
  status: ClockStatus;
  basis: Citation;
  metDate: string | null;
  overdue: boolean;
  daysLeft: number | null;
};

export type CaseEvent = {
  id: string;
  type: string;
  at: string;
  actorName: string;
  reason: string | null;
  data: Record<string, unknown>;
};

export type CaseAction =
  | "register"
  | "refuse"
  | "assign"
  | "issueNotice"
  | "requestExtension"
  | "approveExtension"
  | "rejectExtension"
  | "reportFurtherExtension"
  | "recordDutyDone"
  | "close";
export const CASE_ACTIONS: readonly CaseAction[] = [
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

export type ClosureMode = "completed" | "suspendedNoAssets" | "terminated" | "notEnforced" | "dismissed" | "cancelled";
export const CLOSURE_MODES: readonly ClosureMode[] = [
  "completed",
  "suspendedNoAssets",
  "terminated",
  "notEnforced",
  "dismissed",
  "cancelled",
];

export const SUSPENSION_CHECKLIST = [
  "notifiedAndReportOrdered",
  "consumptionRestricted",
  "dishonestListedWhereApplicable",
  "investigationExhausted",
  "debtorSearchedAndSanctioned",
  "applicantInterviewed",
] as const;
export type SuspensionChecklistItem = (typeof SUSPENSION_CHECKLIST)[number];

export type MilestoneKey = "applied" | "registered" | "assigned" | "noticeIssued" | "closed";

export type CaseDetail = CaseSummary & {
  parties: CaseParty[];
  basis: BasisInput & { limitationExpires: string };
  duties: CaseDuty[];
  clocks: CaseClock[];
  events: CaseEvent[];
  allowedActions: CaseAction[];
  term: { start: string; due: string; daysUsed: number; daysTotal: number; extensions: number } | null;
  closure: { mode: ClosureMode; date: string; reason: string } | null;
  milestones: { key: MilestoneKey; date: string | null; done: boolean }[];
};

/** `supervised`: cases of all courts below the user's court (higher-court supervisors, presidents). */
export type CaseScope = "mine" | "court" | "supervised";

export type CaseListQuery = {
  status?: CaseStatus;
  scope?: CaseScope;
  q?: string;
  page?: number;
  pageSize?: number;
};

export type CaseList = { items: CaseSummary[]; total: number };

export type PersonalData = { idNumber: string; phone: string | null; address: string | null };

export type ClockItem = {
  clockId: string;
  caseId: string;
  caseNumber: string | null;
  kind: ClockKind;
  due: string;
  daysLeft: number;
  basis: Citation;
};

/** An extension of the enforcement term waiting for the president's approval. */
export type PendingApproval = {
  caseId: string;
  caseNumber: string | null;
  termDue: string;
  /** A second or later extension, which is reported to the high court for the record. */
  furtherExtension: boolean;
};

export type Workbench = {
  /** Filled for presidents and division heads; empty for other roles. */
  pendingApprovals: PendingApproval[];
  overdue: ClockItem[];
  dueToday: ClockItem[];
  dueThisWeek: ClockItem[];
  myCasesByStatus: Partial<Record<CaseStatus, number>>;
  registrationQueue: {
    caseId: string;
    applicantNames: string[];
    applicationDate: string;
    decisionDue: string;
    daysLeft: number;
  }[];
};

/** A clock reminder raised by the sweep for the signed-in staff member. */
export type Reminder = {
  id: string;
  kind: "dueSoon" | "overdue";
  /** Normally a ClockKind; typed loosely because the server sends a plain string. */
  clockKind: ClockKind | (string & {});
  clockOpen: boolean;
  due: string;
  caseId: string;
  caseNumber: string | null;
  createdAt: string;
  read: boolean;
};

export type StaffMember = { id: string; displayName: string; role: Role };
