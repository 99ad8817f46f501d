/**
 * Shapes of the /api/v1 contract as the web UI consumes them.
 * The vocabulary (statuses, closure modes, clock kinds, party kinds, citations…) comes from
 * `@zhixing/domain`, the package the server validates against, so the two cannot drift apart.
 * The response shapes stay local: the UI does not depend on server or db internals.
 * Money is integer fen in fields ending `Fen`, dates are `YYYY-MM-DD`.
 */
import {
  CASE_STATUSES as DOMAIN_CASE_STATUSES,
  CLOSURE_MODES as DOMAIN_CLOSURE_MODES,
  ID_TYPES as DOMAIN_ID_TYPES,
  PARTY_KINDS as DOMAIN_PARTY_KINDS,
  PARTY_ROLES as DOMAIN_PARTY_ROLES,
  STAFF_ROLES as DOMAIN_STAFF_ROLES,
  SUSPENSION_CHECKLIST_ITEMS,
  CASE_EVENT_TYPES,
} from "@zhixing/domain";
import type {
  CalendarSource,
  CaseEventType,
  CaseStatus,
  Citation,
  ClockKind,
  ClosureMode,
  IdType,
  Localized,
  NamedDate,
  PartyKind,
  Role,
  SuspensionApproval,
  SuspensionChecklist,
} from "@zhixing/domain";

export type {
  CalendarSource,
  CaseEventType,
  CaseStatus,
  Citation,
  ClockKind,
  ClosureMode,
  IdType,
  Localized,
  NamedDate,
  PartyKind,
  Role,
  SuspensionApproval,
  SuspensionChecklist,
};
export { TERMINATION_GROUNDS, NON_ENFORCEMENT_GROUNDS, type ClosureGround } from "@zhixing/domain";
export {
  RIGHT_TYPES,
  MONETARY_CATEGORIES,
  CONDUCT_CATEGORIES,
  type RightType,
  type MonetaryCategory,
  type ConductCategory,
} from "@zhixing/domain";
import type { ConductCategory, MonetaryCategory, RightType } from "@zhixing/domain";

// Widened to the union types so `list.includes(value)` type-checks for any value of the union.
export const STAFF_ROLES: readonly Role[] = DOMAIN_STAFF_ROLES;
export const PARTY_ROLES: readonly Role[] = DOMAIN_PARTY_ROLES;

export type User = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  courtId: string | null;
  courtName: string | null;
};

export type SessionResponse = { user: User; csrfToken: string };

export const PARTY_KINDS: readonly PartyKind[] = DOMAIN_PARTY_KINDS;
export const ID_TYPES: readonly IdType[] = DOMAIN_ID_TYPES;

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

export const CASE_STATUSES: readonly CaseStatus[] = DOMAIN_CASE_STATUSES;


export type PartyInput = {
  kind: PartyKind;
  name: string;
  idType: IdType;
  idNumber: string;
  phone?: string;
  address?: string;
  country?: string;
};


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
  /** Counted on a year whose official holiday arrangement is not yet published. */
  provisional: boolean;
};

export type CaseEvent = {
  id: string;
  /** A lifecycle event, `submit` (the application), or a kind the UI does not know yet (shown raw). */
  type: CaseEventType | "submit" | (string & {});
  at: string;
  actorName: string;
  reason: string | null;
  data: Record<string, unknown>;
};

/** The lifecycle actions: the domain's event types. */
export type CaseAction = CaseEventType;
export const CASE_ACTIONS: readonly CaseAction[] = CASE_EVENT_TYPES;

export const CLOSURE_MODES: readonly ClosureMode[] = DOMAIN_CLOSURE_MODES;

export type SuspensionChecklistItem = keyof SuspensionChecklist;
/** The 终本 checklist in the order of 终本规定(2016) art 1, as the domain checks it. */
export const SUSPENSION_CHECKLIST: readonly SuspensionChecklistItem[] = SUSPENSION_CHECKLIST_ITEMS.map((i) => i.key);
/** Closure modes that need a statutory ground (终结执行, 不予执行). */
export const GROUNDED_CLOSURE_MODES: readonly ClosureMode[] = ["terminated", "notEnforced"];

export type MilestoneKey = "applied" | "registered" | "assigned" | "noticeIssued" | "closed";

export type CaseDetail = CaseSummary & {
  parties: CaseParty[];
  basis: BasisInput & { limitationExpires: string };
  duties: CaseDuty[];
  clocks: CaseClock[];
  events: CaseEvent[];
  allowedActions: CaseAction[];
  term: { start: string; due: string; daysUsed: number; daysTotal: number; extensions: number } | null;
  /** `ground`: a TERMINATION_GROUNDS / NON_ENFORCEMENT_GROUNDS key, for 终结执行 and 不予执行. */
  closure: { mode: ClosureMode; date: string; reason: string; ground: string | null } | null;
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

/** One line of a case's audit trail (court leaders, supervisors, administrators). */
export type AuditEntry = {
  id: string;
  /** ISO timestamp (UTC). */
  at: string;
  action: string;
  actorName: string;
  actorRole: Role | (string & {}) | null;
  entityType: string;
  entityId: string | null;
  detail: Record<string, unknown>;
  ip: string | null;
};

export type AuditTrail = { items: AuditEntry[] };

/** A year of the statutory calendar (the State Council's holiday arrangement). */
export type CalendarYear = {
  year: number;
  source: CalendarSource;
  holidays: NamedDate[];
  /** 调休: weekend days on which people work. */
  workdays: NamedDate[];
};

export type CalendarArrangementInput = { holidays: NamedDate[]; workdays: NamedDate[] };
