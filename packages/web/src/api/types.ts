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
  PROVIDER_KEYS,
} from "@zhixing/domain";
import type {
  ProviderKey,
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
  handlerId: string | null;
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
  /** The case's money from its ledger (staff and the applicant); absent on servers without the ledger. */
  money?: CaseMoney | null;
  /** 执 (enforcement) or 执保 (preservation). */
  typeCode?: string;
  /** The preservation ruling, for 执保 cases; null for 执 cases. */
  preservation?: PreservationInfo | null;
};

export const PRESERVATION_KINDS = ["property", "evidence", "conduct"] as const;
export type PreservationKind = (typeof PRESERVATION_KINDS)[number];
export const PRESERVATION_STAGES = ["preSuit", "inSuit"] as const;
export type PreservationStage = (typeof PRESERVATION_STAGES)[number];

/** The preservation ruling and what it orders (cases.preservation). */
export type PreservationInfo = {
  kind: PreservationKind;
  stage: PreservationStage;
  ruling: { court: string; documentNumber: string; date: string };
  securityFen?: number;
  ceaseOrder?: string;
};

/** POST /api/v1/preservation-cases (the filing division). Duties, if any, are conduct duties. */
export type PreservationCaseInput = {
  courtId: string;
  applicants?: PartyInput[];
  respondents: PartyInput[];
  kind: PreservationKind;
  stage: PreservationStage;
  ruling: { court: string; documentNumber: string; date: string };
  rightType: RightType;
  securityFen?: number;
  ceaseOrder?: string;
  duties?: Extract<DutyInput, { kind: "conduct" }>[];
  note?: string;
};

export const COMPLIANCE_RESULTS = ["compliant", "violation"] as const;
export type ComplianceResult = (typeof COMPLIANCE_RESULTS)[number];
export type ComplianceCheckInput = { checkDate: string; result: ComplianceResult; evidence: string };
export type ComplianceCheck = ComplianceCheckInput & {
  id: string;
  checkedBy: string | null;
  checkedByName: string | null;
  createdAt: string;
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

// ── Property investigation and control (issue 3) ────────────────────────────────────────────────
export {
  REPORT_CATEGORIES,
  REPORT_CATEGORY_INFO,
  CHANGE_KINDS,
  CHANGE_KIND_INFO,
  REPORT_BREACH_LABELS,
  ASSET_TYPES,
  ASSET_TYPE_INFO,
  CATEGORY_ASSET_TYPES,
  MEASURE_KINDS,
  MEASURE_KIND_LABELS,
  RELEASE_REASONS,
  TARGET_LABELS,
  PAYEE_LABELS,
  PARTY_COMPONENTS,
  RECEIPT_SOURCES,
  type ReportCategory,
  type ChangeKind,
  type ReportBreach,
  type AssetType,
  type MeasureKind,
  type ReleaseReason,
  type AllocationTarget,
  type PartyComponent,
} from "@zhixing/domain";
import type { AssetType, ChangeKind, MeasureKind, ReportBreach, ReportCategory } from "@zhixing/domain";

export type ReportKind = "initial" | "supplementary";

export type ReportItemInput = {
  category: ReportCategory;
  description: string;
  holder?: string;
  identifier?: string;
  valueFen?: number;
  assetType?: AssetType;
};

export type ReportTransferInput = { kind: ChangeKind; date: string; description: string; amountFen?: number };

/** POST /cases/:id/property-reports */
export type PropertyReportInput = {
  partyId?: string;
  kind: ReportKind;
  changeDate?: string;
  postedDate?: string;
  items: ReportItemInput[];
  transfers?: ReportTransferInput[];
};

export type FiledReport = { id: string; late: boolean; due: string | null; assetIds: string[] };

export type SanctionGround = {
  key: "fineOrDetention" | "dishonestListing";
  breach: ReportBreach;
  mandatory: boolean;
  label: Localized;
  target: Localized;
  basis: Citation[];
};

export type PropertyReport = {
  id: string;
  partyId: string;
  partyName: string;
  kind: ReportKind;
  submittedDate: string;
  submittedAt: string;
  enteredByStaff: boolean;
  changeDate: string | null;
  due: string | null;
  late: boolean;
  items: {
    category: string;
    description: string;
    holder: string | null;
    identifier: string | null;
    valueFen: number | null;
    assetType: string | null;
    assetId: string | null;
  }[];
  transfers: { kind: string; date: string; description: string; amountFen: number | null }[];
};

export type ReportObligation = {
  partyId: string;
  partyName: string;
  due: string | null;
  clockStatus: "open" | "met" | "cancelled" | null;
  overdue: boolean;
  reportedDate: string | null;
  late: boolean;
  breach: ReportBreach | null;
  sanctionGrounds: SanctionGround[];
};

/** GET /cases/:id/property-reports (the applicant's reading is audited and carries `confidentiality`). */
export type PropertyReportList = {
  items: PropertyReport[];
  obligations: ReportObligation[];
  scope: { noticeDate: string; changesFrom: string } | null;
  confidentiality: (Localized & { basis: Citation }) | null;
};

export type ReportExtensionInput = { partyId: string; applicationDate: string; days: number; reason: string };

export type ClueStatus = "received" | "verified" | "unfounded";

export type Clue = {
  id: string;
  description: string;
  urgent: boolean;
  anonymous: boolean;
  receivedDate: string;
  status: ClueStatus;
  verifiedDate: string | null;
  result: string | null;
  submittedByMe: boolean;
  clock: { due: string; status: "open" | "met" | "cancelled"; metDate: string | null; overdue: boolean; basis: Citation } | null;
};

export type ClueInput = { description: string; urgent?: boolean };
export type ClueVerifyInput = { result: "verified" | "unfounded"; note: string };

// ── Online inquiries (网络执行查控) ──
/** The providers of the online inquiry (domain inquiry/providers.ts). */
export const INQUIRY_PROVIDERS = PROVIDER_KEYS;
export type InquiryProvider = ProviderKey;
export type InquiryStatus = "pending" | "done" | "partial" | "failed";

export type InquirySummary = {
  id: string;
  caseId: string;
  status: InquiryStatus;
  purpose: string;
  supervisionReason: string | null;
  providers: InquiryProvider[];
  requestedBy: { id: string; name: string; role: string };
  createdAt: string;
  completedAt: string | null;
  counts: { itemsFound: number; none: number; errors: number };
};

export type InquiryResult = {
  id: string;
  provider: InquiryProvider;
  respondent: { partyId: string; name: string } | null;
  status: "found" | "none" | "error";
  assetType: string | null;
  holder: string | null;
  identifier: string | null;
  description: string | null;
  amountFen: number | null;
  error: string | null;
  assetId: string | null;
};

export type InquiryDetail = InquirySummary & {
  caseNumber: string | null;
  masked: boolean;
  providerOutcomes: { provider: InquiryProvider; label: Localized; status: "found" | "none" | "error"; itemCount: number; errors: string[] }[];
  results: InquiryResult[];
};

export type InquiryInput = { purpose: string; providers?: InquiryProvider[]; supervisionReason?: string };

// ── Measures register (查封、扣押、冻结、扣划) ──
export type CaseAsset = {
  id: string;
  caseId: string;
  type: string;
  description: string;
  identifier: string | null;
  identifierMasked: boolean;
  holder: string | null;
  valueFen: number | null;
  indivisible: boolean;
  exemptCategory: string | null;
  onlyHome: boolean;
  ownerPartyId: string | null;
  source: "inquiry" | "clue" | "report" | "manual";
  createdAt: string;
};

export type MeasureStatus = "active" | "lapsed" | "released" | "completed";

export type Measure = {
  id: string;
  caseId: string;
  asset: { id: string; type: string; description: string; identifier: string | null; holder: string | null };
  kind: MeasureKind;
  context: "enforcement" | "preservation";
  external: boolean;
  executedBy: string | null;
  amountFen: number;
  controlledFen: number;
  rank: "first" | "queued";
  registeredAt: string;
  start: string;
  countsFrom: string | null;
  expires: string | null;
  status: MeasureStatus;
  renewals: number;
  daysLeft: number | null;
  registryReceiptDate: string | null;
  basis: Citation[];
  justification: string | null;
  exceptionApplied: boolean;
  releasedDate: string | null;
  releaseReason: string | null;
  releaseNote: string | null;
  lapsedDate: string | null;
  /** The 执保 case the measure was carried over from (民诉法解释 art 168), or null. */
  convertedFromCaseId: string | null;
};

/** 保全措施转为执行措施 (民诉法解释 art 168): a 执保 case's measures carried into an enforcement case. */
export type PreservationConversion = {
  id: string;
  preservationCaseId: string;
  preservationCaseNumber: string | null;
  enforcementCaseId: string;
  enforcementCaseNumber: string | null;
  convertedDate: string;
  measures: number;
  assets: number;
  basis: Citation;
};
/** What a conversion left behind (`termEnded`: past its last day in force) and any over-seizure it caused (查封规定 art 19). */
export type PreservationConversionResult = PreservationConversion & {
  skipped: { measureId: string; reason: "termEnded" | "notInForce" }[];
  excessFen: number | null;
};
/** A 执保 case of the same court and parties whose measures could carry into this case. */
export type ConversionCandidate = { caseId: string; caseNumber: string | null; status: string; rulingDocumentNumber: string; measuresInForce: number };

export type MeasuresRegister = {
  caseId: string;
  asOf: string;
  measures: Measure[];
  control: {
    claimFen: number;
    enforcementFeeFen: number;
    delayInterestFen: number;
    receivedFen: number;
    limitFen: number;
    controlledFen: number;
    basis: Citation[];
  } | null;
  excess: {
    excessFen: number;
    releaseFen: number;
    retainedFen: number;
    lines: { measureId: string; valueFen: number; releaseFen: number; whole: boolean }[];
    retained: { measureId: string; valueFen: number; reason: string }[];
    basis: Citation[];
  } | null;
};

export type FreezeInput = { amountFen: number; executedBy?: string; indivisible?: boolean; noOtherProperty?: boolean; justification?: string };
export type RenewInput = { requestedMonths?: number; registryReceiptDate?: string };
/** `amountFen`: release only this part of a divisible asset's measure (查封规定 art 19 para 2); it stays in force. */
export type ReleaseInput = { reason: string; note: string; amountFen?: number };

/** 轮询冻结: a standing order topping up a freeze of an account daily until the target. */
export type StandingFreeze = {
  id: string;
  caseId: string;
  assetId: string;
  measureId: string;
  targetFen: number;
  frozenFen: number;
  remainingFen: number;
  startedDate: string;
  endsDate: string;
  status: "active" | "met" | "stopped" | "expired";
  stoppedReason: string | null;
  endedDate: string | null;
  lastRunDate: string | null;
  runs: number;
};
/** `days` left out: the server's default (a setting, 30 unless configured). */
export type StandingInput = { targetFen: number; days?: number };
export type StopStandingInput = { reason: string };

// ── Ledger (执行款) ──
export type LedgerEntry = {
  id: string;
  seq: number;
  date: string;
  kind: "receipt" | "allocation" | "payout" | "fee" | "reward" | "reversal";
  source: string | null;
  target: string | null;
  payee: "applicant" | "respondent" | "court" | null;
  amountFen: number;
  note: string | null;
  reference: string | null;
  reverses: string | null;
  reversed: boolean;
  measureId: string | null;
  recordedBy: string | null;
};

export type PayoutDeadline = {
  receiptId: string;
  receivedOn: string;
  amountFen: number;
  undisbursedFen: number;
  due: string;
  overdue: boolean;
  period: { unit: string; n: number };
  confidence: string;
  provisional: boolean;
  note: Localized;
  basis: Citation[];
};

type ClaimFen = { enforcementFeeFen: number; costsFen: number; principalFen: number; generalInterestFen: number; doubledInterestFen: number };

export type CaseLedger = {
  caseId: string;
  caseNumber: string | null;
  view: "staff" | "applicant" | "respondent";
  entries: LedgerEntry[];
  summary: {
    receivedFen: number;
    undistributedFen: number;
    allocatedByTarget: Partial<Record<string, number>>;
    paidToApplicantFen: number | null;
    heldForApplicantFen: number | null;
    refundedToRespondentFen: number | null;
    heldForRespondentFen: number | null;
    nextPayoutDue: string | null;
  };
  balances: {
    receivedFen: number;
    undistributedFen: number;
    allocatedFen: number;
    paidOutFen: number;
    heldForPayoutFen: number;
    feeFen: number;
    rewardFen: number;
    receivedBySource: Record<string, number>;
    allocatedByTarget: Record<string, number>;
    heldForPayoutByPayee: Record<"applicant" | "court" | "respondent", number>;
    paidOutByPayee: Record<"applicant" | "respondent", number>;
  } | null;
  claim: { asOf: string; delayFrom: string; claim: ClaimFen; satisfied: ClaimFen; outstandingFen: number } | null;
  payoutDeadlines: PayoutDeadline[];
};

export type ReceiptInput = { source: "respondentPayment" | "other"; amountFen: number; date: string; note?: string };
export type DeductionInput = { measureId: string; amountFen: number; date?: string; note?: string };
export type DistributionInput = { agreedOrder?: string[] };
export type PayoutInput = { payee: "applicant" | "respondent"; amountFen: number; date: string; reference: string };
export type FeeInput = { amountFen: number; date: string };
export type ReversalInput = { entryId: string; reason: string; date?: string };

/** `money` in the case detail (staff and the applicant; null for the respondent or while nothing was received). */
export type CaseMoney = { receivedFen: number; paidToApplicantFen: number; heldForApplicantFen: number; nextPayoutDue: string | null };

// ── Online judicial auctions (网拍规定 2016, 拍卖变卖规定 2020) ──
// Instants are ISO 8601 in Beijing time ("2026-12-27T10:00:00.000+08:00"); money in integer fen.
export const LOT_PUBLIC_STATUSES = ["upcoming", "bidding", "ended", "suspended", "sold", "failed", "cancelled", "defaulted"] as const;
export type LotPublicStatus = (typeof LOT_PUBLIC_STATUSES)[number];
export type LotPhase = "draft" | LotPublicStatus;

/** The live state of a lot: on its page, in every SSE `lot` event and in every bid answer. */
export type LiveLot = {
  lotId: string;
  status: LotPublicStatus;
  startAt: string;
  scheduledEndAt: string;
  /** The current end: later than scheduledEndAt once a late bid extended it (网拍规定 art 20 para 2). */
  endAt: string;
  extended: boolean;
  startingPriceFen: number;
  incrementFen: number;
  priceFen: number | null;
  leaderAlias: string | null;
  bidCount: number;
  lastSeq: number;
  /** The lowest amount the next ordinary bid may have; null once bidding has closed. */
  minimumNextBidFen: number | null;
  serverNow: string;
  version: number;
  /** 网拍规定 art 28 para 3: while suspended, the kind and the reason announced; bids are refused. */
  suspension?: { kind: "postpone" | "stay"; reason: string; on: string } | null;
};

export type PublicLotSummary = {
  id: string;
  title: string;
  court: { id: string; name: string; nameEn: string };
  caseNumber: string | null;
  assetType: string;
  assetTypeLabel: Localized;
  round: number;
  startingPriceFen: number;
  depositFen: number;
  priceFen: number | null;
  status: LotPublicStatus;
  announcementDate: string;
  startAt: string;
  endAt: string;
  bidCount: number;
};

export type LotDocument = { title: string; kind: string; url?: string };

export type PublicLot = PublicLotSummary & {
  incrementFen: number;
  referencePriceFen: number;
  referenceSource: "valuation" | "manual";
  referenceDocument: string | null;
  description: string;
  noticeText: string;
  asset: { type: string; label: Localized; identifier: string | null; holder: string | null };
  respondents: { name: string; masked: boolean }[];
  documents: LotDocument[];
  live: LiveLot;
  result: { kind: "sold" | "failed"; priceFen: number | null; buyerAlias: string | null; buyerName: string | null; endedAt: string } | null;
  rules: { biddingMinimumHours: number; extensionMinutes: number; basis: Citation[] };
};

export type PublicLotList = { items: PublicLotSummary[]; total: number; page: number; pageSize: number; serverNow?: string };

export type BidHistoryItem = { seq: number; alias: string; amountFen: number; at: string; priority: boolean; priorityRank: number | null; extended: boolean; endAt: string };

export type DepositStatus = "pending" | "paid" | "exempt" | "applied" | "refunded" | "forfeited";

/** The signed-in bidder's own registration for a lot (网拍规定 arts 17–18). */
export type BidderRegistration = {
  id: string;
  lotId: string;
  alias: string;
  isApplicant: boolean;
  depositDueFen: number;
  exempt: boolean;
  depositStatus: DepositStatus;
  paymentReference: string | null;
  paymentError: string | null;
  priorityRank: number | null;
  refundDueAt: string | null;
  refundedAt: string | null;
  basis: Citation[];
};

export type BidInput = { bidId: string; amountFen: number; priorityRank?: number };

export type BidResult = {
  bidId: string;
  kind: "accepted" | "refused";
  reason: string | null;
  message: Localized | null;
  seq: number | null;
  amountFen: number;
  at: string;
  extended: boolean;
  duplicate: boolean;
  live: LiveLot;
  basis: Citation[];
};

export type LotDisposalOption = {
  kind: "transferInLieu" | "reauction" | "fixedPriceSale" | "management" | "releaseAndReturn" | (string & {});
  priceFen?: number;
  latestStart?: string;
  earliestStart?: string;
  minimumStartingPriceFen?: number;
  phase?: { priceFen: number; startsOn: string; endsOn: string; confidence: string; note: Localized };
  basis: Citation[];
};

/** A lot as the court sees it (GET /lots/:id): bidders with names, result, disposals, clocks, what may follow. */
export type Lot = {
  id: string;
  caseId: string;
  courtId: string;
  caseNumber: string | null;
  assetId: string;
  assetType: string;
  measureId: string | null;
  round: number;
  reason: "first" | "afterFailure" | "afterDefault";
  previousLotId: string | null;
  title: string;
  description: string;
  noticeText: string;
  documents: LotDocument[];
  referencePriceFen: number;
  referenceSource: "valuation" | "manual";
  valuationId: string | null;
  referenceDocument: string | null;
  startingPriceFen: number;
  minimumStartingPriceFen: number;
  depositFen: number;
  depositRange: { minFen: number; maxFen: number };
  incrementFen: number;
  announcementDate: string;
  notifyPartiesBy: string;
  partiesNotifiedOn: string | null;
  /** 网拍规定 art 16 para 1: the platform posting for who cannot be notified. */
  posting?: { startedOn: string; reason: string; deemedNotifiedOn: string } | null;
  /** 网拍规定 art 28: the current (or last) suspension. */
  suspension?: { kind: "postpone" | "stay"; reason: string; on: string; causeEndedOn: string | null; resumeBy: string | null; resumedOn: string | null } | null;
  announcedAt: string | null;
  startAt: string;
  scheduledEndAt: string;
  endAt: string;
  status: "draft" | "announced" | "suspended" | "sold" | "failed" | "cancelled" | "defaulted";
  phase: LotPhase;
  priceFen: number | null;
  leaderAlias: string | null;
  bidCount: number;
  barredBidders: { userId: string; name: string }[];
  cancelReason: string | null;
  closedAt: string | null;
  createdAt: string;
  registrations: {
    id: string;
    alias: string;
    userId: string;
    name: string;
    isApplicant: boolean;
    depositDueFen: number;
    depositStatus: DepositStatus | (string & {});
    paymentReference: string | null;
    priorityRank: number | null;
    refundDueAt: string | null;
    refundedAt: string | null;
  }[];
  result: {
    kind: "sold" | "failed";
    endedAt: string;
    bidCount: number;
    buyerAlias: string | null;
    buyerUserId: string | null;
    buyerName: string | null;
    priceFen: number | null;
    depositCreditedFen: number | null;
    balanceDueFen: number | null;
    depositTransferDueAt: string | null;
    depositTransferredAt?: string | null;
    depositTransferReference?: string | null;
    depositEntryId?: string | null;
    forfeitureEntryIds?: string[];
    refundDueAt: string;
    balancePaidOn: string | null;
    paymentReference: string | null;
    proceedsEntryId: string | null;
    rulingServedOn: string | null;
    ownershipPassedOn: string | null;
    handedOverOn: string | null;
    defaultedOn: string | null;
    forfeiture: unknown;
    basis: Citation[];
  } | null;
  disposals: {
    id: string;
    kind: string;
    status: string;
    priceFen: number | null;
    startsOn: string | null;
    endsOn: string | null;
    transferee: unknown;
    outcome: unknown;
    decidedOn: string;
    rulingServedOn?: string | null;
    handedOverOn?: string | null;
    differencePaidOn?: string | null;
    setOffEntryIds?: string[];
    basis: Citation[];
  }[];
  clocks: { id: string; kind: string; startDate: string; dueDate: string; status: string; metDate: string | null }[];
  next: { stage: string; options: LotDisposalOption[]; prescribed: string } | null;
  laterLotId: string | null;
};

export type LotSummary = Pick<
  Lot,
  | "id"
  | "caseId"
  | "caseNumber"
  | "assetId"
  | "assetType"
  | "round"
  | "reason"
  | "previousLotId"
  | "title"
  | "startingPriceFen"
  | "depositFen"
  | "announcementDate"
  | "startAt"
  | "endAt"
  | "status"
  | "phase"
  | "priceFen"
  | "leaderAlias"
  | "bidCount"
>;

export const LOT_DOCUMENT_KINDS = ["notice", "instrument", "valuationReport", "conditionReport", "photo", "other"] as const;

/** POST /cases/:id/lots. */
export type LotInput = {
  assetId: string;
  measureId?: string;
  previousLotId?: string;
  referencePrice?: { valuationId: string } | { priceFen: number; sourceDocument: string };
  startingPriceFen: number;
  depositFen: number;
  incrementFen: number;
  announcementDate: string;
  startAt: string;
  endAt: string;
  title: string;
  description: string;
  noticeText: string;
  documents?: { title: string; kind: (typeof LOT_DOCUMENT_KINDS)[number]; url?: string }[];
};

/** POST /calc/auction: 网拍规定 arts 10, 12, 16, 17, 26. */
export type AuctionCalcInput = {
  referencePriceFen: number;
  assetType: string;
  round?: 1 | 2;
  previousStartingPriceFen?: number;
  startingPriceFen?: number;
  announcementDate?: string;
  auctionStartDate?: string;
  failedOn?: string;
};

export type AuctionScheduleDate = { date: string; key: string; period: { unit: string; n: number }; provisional: boolean; basis: Citation[] };

export type AuctionCalcResult = {
  round: number;
  assetType: string;
  assetClass: string;
  referencePriceFen: number;
  minimumStartingPrice: {
    round: number;
    amountFen: number;
    rounding: string;
    terms: { of: string; ofAmountFen: number; percent: string; amountFen: number; basis: Citation }[];
    maximumCutFen?: number;
    basis: Citation[];
    rule: Localized;
  };
  startingPriceFen: number;
  deposit: { startingPriceFen: number; minFen: number; maxFen: number; basis: Citation[] };
  schedule?: {
    given: string;
    announcementDate: string;
    auctionStartDate: string;
    announcement: AuctionScheduleDate;
    notifyPartiesBy: AuctionScheduleDate;
    postUnreachableBy: AuctionScheduleDate & { deemedNotifiedOn: string; notifyBy: string };
    reauctionBy?: AuctionScheduleDate;
    biddingMinimumHours: number;
    provisional: boolean;
    basis: Citation[];
  };
};

// ── Valuation: 确定财产处置参考价 (参考价规定(2018); server modules/valuation, valuation.schemas.ts) ──
export type ValuationMethod = "agreed" | "directedInquiry" | "onlineInquiry" | "appraisal";
export type ValuationStatus = "inProgress" | "priced" | "cancelled";
export type ValuationViewer = "act" | "read" | "party";

export type ValuationClock = {
  id: string;
  /** valuationStart, valuationOnlineReport, valuationAppraisalReport, valuationReportService, valuationObjection, valuationSaleStart, … */
  kind: string;
  /** The valuation, step, report, agency commission or objection the clock concerns. */
  subjectId: string | null;
  start: string;
  due: string;
  status: "open" | "met" | "cancelled";
  metDate: string | null;
  overdue: boolean;
  daysLeft: number | null;
  provisional: boolean;
  basis: Citation;
};

export type ValuationStep = {
  id: string;
  seq: number;
  method: ValuationMethod;
  label: Localized;
  reason: string;
  explanation: Localized;
  basis: Citation[];
  skipped: { method: ValuationMethod; reason: string; explanation: Localized; basis: Citation }[];
  startedDate: string;
  dueDate: string | null;
  institution: string | null;
  status: "open" | "priced" | "impossible" | "failed";
  endedDate: string | null;
  outcomeExplanation: Localized | null;
  outcomeNote: string | null;
};

export type ValuationAgreement = {
  dueDate: string | null;
  parties: { partyId: string; name: string; side: "applicant" | "respondent" }[];
  submissions: { partyId: string; priceFen: number; submittedDate: string; validUntil: string | null }[];
  evaluation: { status: "pending" | "agreed" | "failed"; waitingFor: string[]; reason: string | null; explanation: Localized | null; basis: Citation[] };
};

export type ValuationPlatform = {
  platformId: string;
  name: string;
  receivedDate: string | null;
  sendError: string | null;
  extensionRequestDate: string | null;
  reportDate: string | null;
  resultFen: number | null;
  validUntil: string | null;
  reportNo: string | null;
  /** Reported in time (null until the delivery is settled). */
  onTime: boolean | null;
  defective: boolean;
  correctedDate: string | null;
  correctedResultFen: number | null;
  lastError: string | null;
  lastPolledDate: string | null;
};

export type ValuationOnline = {
  commissionDate: string | null;
  extended: boolean;
  due: string | null;
  /** waiting | delivered | appraisal (failed) */
  delivery: string | null;
  /** usable | correctionNeeded | waitingForCorrections | appraisal */
  review: string | null;
  correctionNoticeDate: string | null;
  platforms: ValuationPlatform[];
};

export type AgencySelection = {
  id: string;
  round: number;
  mode: "agreement" | "lottery";
  candidates: string[];
  seed: string | null;
  seedInputs: Record<string, unknown> | null;
  algorithm: { version: string; description: Localized } | null;
  order: { agencyId: string; name: string }[];
  selectedDate: string;
};

export type AgencyCommission = {
  id: string;
  agencyId: string;
  name: string;
  position: number;
  commissionDate: string;
  due: string;
  extensions: { requestDate: string; days: number }[];
  extensionsLeft: number;
  latestExtensionRequest: string | null;
  pendingExtension: { requestDate: string; days: number } | null;
  status: "commissioned" | "reported" | "defaulted" | "replaced";
  reportDate: string | null;
  resultFen: number | null;
  validUntil: string | null;
  reportNo: string | null;
  endedDate: string | null;
  endReason: string | null;
  lastError: string | null;
};

export type ValuationReport = {
  id: string;
  kind: "directedInquiry" | "onlineInquiry" | "appraisal";
  sourceName: string;
  reportDate: string;
  receivedDate: string;
  resultFen: number;
  validUntil: string;
  serviceDue: string;
  servedDate: string | null;
  receipts: { partyId: string; receivedDate: string; via: "served" | "published"; objectionDue: string | null }[];
  objectionDue: string | null;
};

export type ValuationObjection = {
  id: string;
  reportId: string;
  partyId: string;
  side: "applicant" | "respondent" | null;
  grounds: string[];
  target: string;
  statement: string;
  receivedDate: string;
  filedDate: string;
  accepted: boolean;
  refusalReason: string | null;
  track: string | null;
  groundsNotAvailable: string[];
  deadline: string | null;
  explanation: Localized;
  basis: Citation[];
  status: "refused" | "pending" | "referred" | "professionalReview" | "resolved";
  enforcementOutcome: string | null;
  referredDate: string | null;
  explainedDate: string | null;
  outcome: string | null;
  correctedResultFen: number | null;
  outcomeNote: string | null;
  outcomeDate: string | null;
};

export type ReferencePrice = {
  priceFen: number;
  fixedDate: string;
  validUntil: string;
  method: ValuationMethod;
  detail: Record<string, unknown>;
  basis: Citation[];
  firstNoticeDate: string | null;
  usableToday: { usable: boolean; via: string | null; reason: string | null; renewal: string | null; graceUntil: string | null; explanation: Localized };
  saleStartDue: string | null;
};

export type Valuation = {
  id: string;
  caseId: string;
  caseNumber: string | null;
  asset: { id: string; type: string; description: string };
  measureId: string | null;
  controlDate: string;
  startDue: string;
  startedDate: string;
  startedLate: boolean;
  status: ValuationStatus;
  method: ValuationMethod;
  methodLabel: Localized;
  facts: Record<string, unknown>;
  referencePrice: ReferencePrice | null;
  steps: ValuationStep[];
  agreement: ValuationAgreement | null;
  directedInquiry: { institution: string | null; dueDate: string | null } | null;
  online: ValuationOnline | null;
  appraisal: { selections: AgencySelection[]; agencies: AgencyCommission[] } | null;
  reports: ValuationReport[];
  objections: ValuationObjection[];
  /** Staff only (empty for parties). */
  clocks: ValuationClock[];
  /** Staff only (empty for parties). */
  timeline: { id: string; type: string; at: string; date: string; actorName: string; actorRole: string; reason: string | null; data: Record<string, unknown> }[];
  citations: Citation[];
  viewer: ValuationViewer;
};

export type ValuationSummary = {
  id: string;
  asset: { id: string; type: string; description: string };
  status: ValuationStatus;
  method: ValuationMethod;
  methodLabel: Localized;
  controlDate: string;
  startedDate: string;
  referencePriceFen: number | null;
  priceFixedDate: string | null;
  validUntil: string | null;
};

export type CaseValuations = {
  caseId: string;
  asOf: string;
  items: ValuationSummary[];
  /** Staff only: controlled assets still to be valued, with the 30-day start deadline (art 1). */
  pending: { assetId: string; assetType: string; description: string; measureId: string; controlDate: string; startDue: string; overdue: boolean; daysLeft: number; basis: Citation[] }[];
};

export type ValuationAgencyList = {
  library: string;
  agencies: { id: string; name: string; region: string }[];
  platforms: { id: string; name: Localized }[];
};

/** The facts the order of methods depends on (arts 4, 5, 7, 14). */
export type ValuationFactsInput = {
  partyRefusesAgreement?: boolean;
  partyMissing?: boolean;
  hasGovernmentPrice: boolean;
  needsOnSiteInspection: boolean;
  onlineInquiryAvailable: boolean;
  appraisalRequiredByLaw?: boolean;
};
