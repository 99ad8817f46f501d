// Row types of the tables created by migrations/. Dates (`date`) come back as 'YYYY-MM-DD' strings and
// bigint as JS numbers on both backends (see database.ts type parsers).
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

type Json = unknown;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type CourtsTable = {
  id: string;
  code: string;
  name: string;
  name_en: string;
  level: "supreme" | "high" | "ipCourt" | "intermediate" | "basic" | "internet";
  parent_id: string | null;
  province: string;
  has_ip_jurisdiction: Generated<boolean>;
};

export type UsersTable = {
  id: string;
  court_id: string | null;
  username: string;
  password_hash: string;
  display_name: string;
  role: string;
  party_kind: string | null;
  id_type: string | null;
  id_number: string | null;
  phone: string | null;
  email: string | null;
  active: Generated<boolean>;
  created_at: Timestamp;
};

export type SessionsTable = {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  last_seen_at: Timestamp;
};

export type CaseNumberCountersTable = {
  court_id: string;
  year: number;
  type_code: string;
  last_seq: number;
};

export type CasesTable = {
  id: string;
  court_id: string;
  type_code: Generated<string>;
  year: number | null;
  seq: number | null;
  case_number: string | null;
  status: string;
  application_date: string;
  registered_date: string | null;
  refused_date: string | null;
  refusal_reason: string | null;
  handler_id: string | null;
  assigned_date: string | null;
  notice_date: string | null;
  report_order_issued: Generated<boolean>;
  term_start: string | null;
  term_due: string | null;
  extensions_granted: Generated<number>;
  extension_pending: Generated<boolean>;
  closure_mode: string | null;
  closure_date: string | null;
  closure_reason: string | null;
  closure_data: Json | null;
  late_application: Generated<boolean>;
  limitation_expires: string | null;
  right_type: string;
  basis_issuing_court: string;
  basis_document_number: string;
  basis_effective_date: string;
  basis_performance_deadline: string | null;
  basis_instalments: ColumnType<Json, string, string>;
  note: string | null;
  submitted_by: string | null;
  /** 执保 cases only: kind, stage, ruling, security, cease order (PreservationInfo); null for 执 cases. */
  preservation: ColumnType<Json | null, string | null | undefined, string | null>;
  /** A linked review case (执异 / 执复, 20261125-0019): the enforcement case it reviews; null otherwise. */
  parent_case_id: ColumnType<string | null, string | null | undefined, string | null>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type CasePartiesTable = {
  id: string;
  court_id: string;
  case_id: string;
  role: "applicant" | "respondent";
  kind: string;
  name: string;
  id_type: string;
  id_number: string;
  phone: string | null;
  address: string | null;
  country: string | null;
  user_id: string | null;
  position: number;
};

export type DutiesTable = {
  id: string;
  court_id: string;
  case_id: string;
  position: number;
  kind: "monetary" | "conduct";
  category: string;
  description: string;
  amount_fen: number | null;
  proof_required: string | null;
  done: Generated<boolean>;
  done_date: string | null;
  evidence: string | null;
};

export type CaseEventsTable = {
  id: string;
  court_id: string;
  case_id: string;
  seq: number;
  type: string;
  at: Timestamp;
  event_date: string;
  actor_id: string | null;
  actor_name: string;
  actor_role: string;
  reason: string | null;
  data: ColumnType<Json, string, string>;
};

export type ClocksTable = {
  id: string;
  court_id: string;
  case_id: string;
  kind: string;
  start_date: string;
  due_date: string;
  basis: ColumnType<Json, string, string>;
  provisional: Generated<boolean>;
  counted_from: string | null;
  period_unit: "days" | "months" | "years" | "workingDays" | null;
  period_n: number | null;
  /** The party (propertyReport) or clue (clueVerification) the clock concerns; null for the case's own clocks. */
  subject_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** The measure whose expiry or renewal reminder this clock is (20261125-0008); null otherwise. */
  measure_id: ColumnType<string | null, string | null | undefined, string | null>;
  status: "open" | "met" | "cancelled";
  met_date: string | null;
  reminded_at: Timestamp | null;
  overdue_notified_at: Timestamp | null;
  created_at: Timestamp;
};

export type RemindersTable = {
  id: string;
  court_id: string;
  case_id: string;
  clock_id: string;
  user_id: string | null;
  kind: "dueSoon" | "overdue";
  due_date: string;
  created_at: Timestamp;
  read_at: Timestamp | null;
};

export type AuditLogTable = {
  id: string;
  court_id: string | null;
  at: Timestamp;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  case_id: string | null;
  detail: ColumnType<Json, string, string>;
  ip: string | null;
  chain_key: string;
  chain_seq: number;
  prev_hash: string;
  hash: string;
};

export type AuditChainHeadsTable = {
  chain_key: string;
  last_seq: number;
  last_hash: string;
};

export type CalendarArrangementsTable = {
  year: number;
  arrangement: ColumnType<Json, string, string>;
  loaded_by: string | null;
  loaded_at: Timestamp;
};

export type AssetsTable = {
  id: string;
  court_id: string;
  case_id: string;
  owner_party_id: string | null;
  asset_type: string;
  description: string;
  identifier: string | null;
  holder: string | null;
  value_fen: number | null;
  indivisible: Generated<boolean>;
  exempt_category: string | null;
  only_home: Generated<boolean>;
  source: "inquiry" | "clue" | "report" | "manual";
  created_at: Timestamp;
  // 20261125-0013-preservation-conversion
  converted_from_case_id: ColumnType<string | null, string | null | undefined, string | null>;
};

/** 民诉法解释 art 168: a 执保 case's measures carried into a 执 case (one row per 执保 case). */
export type PreservationConversionsTable = {
  id: string;
  court_id: string;
  preservation_case_id: string;
  enforcement_case_id: string;
  converted_date: string;
  measures: number;
  assets: number;
  converted_by: string | null;
  created_at: Timestamp;
};

export type MeasuresTable = {
  id: string;
  court_id: string;
  case_id: string;
  asset_id: string;
  kind: "seal" | "freeze" | "seize" | "deduct";
  context: "enforcement" | "preservation";
  executed_by: string | null;
  registry_receipt_date: string | null;
  amount_fen: number;
  rank: "first" | "queued";
  start_date: string;
  expires: string | null;
  status: "active" | "lapsed" | "released" | "completed";
  renewals: Generated<number>;
  released_date: string | null;
  release_reason: string | null;
  release_note: string | null;
  justification: string | null;
  created_by: string | null;
  created_at: Timestamp;
  version: Generated<number>;
  // 20261125-0008-measures-register
  registered_at: Timestamp;
  queue_seq: ColumnType<number | null, number | null | undefined, number | null>;
  external: Generated<boolean>;
  counts_from: ColumnType<string | null, string | null | undefined, string | null>;
  basis: ColumnType<Json, string | undefined, string>;
  no_other_property: Generated<boolean>;
  exception_applied: Generated<boolean>;
  lapsed_date: ColumnType<string | null, string | null | undefined, string | null>;
  // 20261125-0013-preservation-conversion
  converted_from_case_id: ColumnType<string | null, string | null | undefined, string | null>;
};

export type InquiriesTable = {
  id: string;
  court_id: string;
  case_id: string;
  requested_by: string;
  purpose: string;
  providers: ColumnType<Json, string, string>;
  status: "pending" | "done" | "partial" | "failed";
  created_at: Timestamp;
  completed_at: Timestamp | null;
  supervision_reason: string | null;
};

export type InquiryResultsTable = {
  id: string;
  court_id: string;
  case_id: string;
  inquiry_id: string;
  provider: string;
  status: "found" | "none" | "error";
  asset_type: string | null;
  holder: string | null;
  identifier: string | null;
  description: string | null;
  amount_fen: number | null;
  error: string | null;
  asset_id: string | null;
  created_at: Timestamp;
  party_id: string | null;
  position: Generated<number>;
};

export type PropertyReportsTable = {
  id: string;
  court_id: string;
  case_id: string;
  party_id: string;
  kind: "initial" | "supplementary";
  submitted_by: string | null;
  submitted_at: Timestamp;
  submitted_date: string;
  change_date: string | null;
  items: ColumnType<Json, string, string>;
  transfers: ColumnType<Json, string | undefined, string>;
  late: Generated<boolean>;
};

export type AssetCluesTable = {
  id: string;
  court_id: string;
  case_id: string;
  submitted_by: string | null;
  anonymous: Generated<boolean>;
  informant_contact: string | null;
  description: string;
  urgent: Generated<boolean>;
  received_date: string;
  status: "received" | "verified" | "unfounded";
  verified_date: string | null;
  result: string | null;
  created_at: Timestamp;
};

/** 悬赏公告 (财产调查规定 arts 21–24; 20261125-0009). Exactly one of amount_fen and formula. */
export type RewardNoticesTable = {
  id: string;
  court_id: string;
  case_id: string;
  applied_by: string;
  amount_fen: number | null;
  formula: string | null;
  promise_to_pay: boolean;
  /** The publication channels (RewardChannel[]). */
  publication: ColumnType<Json, string, string>;
  other_media_name: string | null;
  status: "applied" | "published" | "refused" | "withdrawn" | "closed";
  application_date: string;
  decision_due: string;
  decided_by: string | null;
  decided_date: string | null;
  decision_reason: string | null;
  published_date: string | null;
  created_at: Timestamp;
};

/** A tip given on a published reward notice; informant_* are confidential (art 23 para 2). */
export type RewardTipsTable = {
  id: string;
  court_id: string;
  case_id: string;
  notice_id: string;
  seq: number;
  received_at: Timestamp;
  received_date: string;
  submitted_by: string | null;
  anonymous: Generated<boolean>;
  informant_name: string | null;
  informant_contact: string | null;
  content: string;
  status: "received" | "verified" | "unfounded" | "rewarded";
  reward_paid_fen: number | null;
  created_at: Timestamp;
};

/** 轮询冻结: a standing order topping up a freeze daily until target_fen (20261125-0010). */
/** 申请法院调查财产 (若干期限规定; 20261125-0011): one request, its propertyInvestigation clock by subject_id. */
export type InvestigationRequestsTable = {
  id: string;
  court_id: string;
  case_id: string;
  requested_by: string | null;
  scope: string;
  requested_date: string;
  status: "requested" | "completed";
  completed_by: string | null;
  completed_date: string | null;
  result: string | null;
  created_at: Timestamp;
};

export type ComplianceChecksTable = {
  id: string;
  court_id: string;
  case_id: string;
  check_date: string;
  result: "compliant" | "violation";
  evidence: string;
  checked_by: string | null;
  created_at: Timestamp;
};

export type StandingFreezesTable = {
  id: string;
  court_id: string;
  case_id: string;
  asset_id: string;
  /** The freeze it tops up. */
  measure_id: string;
  target_fen: number;
  frozen_fen: number;
  started_date: string;
  /** The last day on which the order runs. */
  ends_date: string;
  status: "active" | "met" | "stopped" | "expired";
  stopped_reason: string | null;
  stopped_by: string | null;
  ended_date: string | null;
  last_run_date: string | null;
  runs: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
};

export type LedgerEntriesTable = {
  id: string;
  court_id: string;
  case_id: string;
  seq: number;
  kind: string;
  source: string | null;
  component: string | null;
  payee: string | null;
  amount_fen: number;
  entry_date: string;
  reverses: string | null;
  measure_id: string | null;
  note: string | null;
  created_by: string | null;
  created_at: Timestamp;
};

// ─── 20261125-0014-valuation: 确定财产处置参考价 (参考价规定(2018)) ───────────────────────────────────
type ValuationMethodColumn = "agreed" | "directedInquiry" | "onlineInquiry" | "appraisal";
type NullableDate = ColumnType<string | null, string | null | undefined, string | null>;
type NullableJson = ColumnType<Json | null, string | null | undefined, string | null>;

export type ValuationsTable = {
  id: string;
  court_id: string;
  case_id: string;
  asset_id: string;
  measure_id: string | null;
  control_date: string;
  start_due: string;
  started_date: string;
  facts: ColumnType<Json, string, string>;
  method: ValuationMethodColumn;
  status: "inProgress" | "priced" | "cancelled";
  reference_price_fen: ColumnType<number | null, number | null | undefined, number | null>;
  price_fixed_date: NullableDate;
  valid_until: NullableDate;
  price_detail: NullableJson;
  first_notice_date: NullableDate;
  created_by: string | null;
  created_at: Timestamp;
  version: Generated<number>;
  // 20261125-0016-valuation-suspension: withdrawn (art 29) or ended with the case
  ended_date: NullableDate;
  end_ground: ColumnType<string | null, string | null | undefined, string | null>;
  end_note: ColumnType<string | null, string | null | undefined, string | null>;
};

export type ValuationStepsTable = {
  id: string;
  court_id: string;
  case_id: string;
  valuation_id: string;
  seq: number;
  method: ValuationMethodColumn;
  reason: string;
  explanation: ColumnType<Json, string, string>;
  basis: ColumnType<Json, string, string>;
  skipped: ColumnType<Json, string | undefined, string>;
  started_date: string;
  due_date: NullableDate;
  institution: ColumnType<string | null, string | null | undefined, string | null>;
  harms_others: Generated<boolean>;
  commission_date: NullableDate;
  extended: Generated<boolean>;
  correction_notice_date: NullableDate;
  delivery: NullableJson;
  status: "open" | "priced" | "impossible" | "failed" | "withdrawn";
  ended_date: NullableDate;
  outcome_explanation: NullableJson;
  outcome_note: ColumnType<string | null, string | null | undefined, string | null>;
  created_by: string | null;
  created_at: Timestamp;
};

export type ValuationAgreementSubmissionsTable = {
  id: string;
  court_id: string;
  case_id: string;
  valuation_id: string;
  step_id: string;
  party_id: string;
  price_fen: number;
  submitted_date: string;
  valid_until: string | null;
  recorded_by: string | null;
  created_at: Timestamp;
};

export type ValuationPlatformCommissionsTable = {
  id: string;
  court_id: string;
  case_id: string;
  valuation_id: string;
  step_id: string;
  platform_id: string;
  platform_name: string;
  commission_date: string;
  received_date: NullableDate;
  send_error: ColumnType<string | null, string | null | undefined, string | null>;
  extension_request_date: NullableDate;
  report_date: NullableDate;
  result_fen: ColumnType<number | null, number | null | undefined, number | null>;
  valid_until: NullableDate;
  report_no: ColumnType<string | null, string | null | undefined, string | null>;
  collected_date: NullableDate;
  defective: Generated<boolean>;
  corrected_date: NullableDate;
  corrected_result_fen: ColumnType<number | null, number | null | undefined, number | null>;
  last_error: ColumnType<string | null, string | null | undefined, string | null>;
  last_polled_date: NullableDate;
  created_at: Timestamp;
};

export type ValuationAgencySelectionsTable = {
  id: string;
  court_id: string;
  case_id: string;
  valuation_id: string;
  step_id: string;
  round: number;
  mode: "agreement" | "lottery";
  candidates: ColumnType<Json, string, string>;
  seed: string | null;
  seed_inputs: NullableJson;
  algorithm: string | null;
  result: ColumnType<Json, string, string>;
  selected_date: string;
  selected_by: string | null;
  created_at: Timestamp;
};

export type ValuationAgencyCommissionsTable = {
  id: string;
  court_id: string;
  case_id: string;
  valuation_id: string;
  step_id: string;
  selection_id: string;
  agency_id: string;
  agency_name: string;
  position: number;
  commission_date: string;
  extensions: ColumnType<Json, string | undefined, string>;
  extension_request: NullableJson;
  suspensions: ColumnType<Json, string | undefined, string>;
  status: "commissioned" | "reported" | "defaulted" | "replaced" | "withdrawn";
  report_date: NullableDate;
  result_fen: ColumnType<number | null, number | null | undefined, number | null>;
  valid_until: NullableDate;
  report_no: ColumnType<string | null, string | null | undefined, string | null>;
  ended_date: NullableDate;
  end_reason: ColumnType<string | null, string | null | undefined, string | null>;
  last_error: ColumnType<string | null, string | null | undefined, string | null>;
  last_polled_date: NullableDate;
  created_at: Timestamp;
  // 20261125-0016-valuation-suspension: the court's review of the report (art 20)
  review_notice_date: NullableDate;
  review_defects: NullableJson;
  review_note: ColumnType<string | null, string | null | undefined, string | null>;
  review_due: NullableDate;
  review_status: ColumnType<"waiting" | "explained" | "corrected" | "defaulted" | null, "waiting" | "explained" | "corrected" | "defaulted" | null | undefined, "waiting" | "explained" | "corrected" | "defaulted" | null>;
  review_answer: NullableJson;
};

export type ValuationReportsTable = {
  id: string;
  court_id: string;
  case_id: string;
  valuation_id: string;
  step_id: string;
  kind: "directedInquiry" | "onlineInquiry" | "appraisal";
  source_id: string | null;
  source_name: string;
  report_date: string;
  received_date: string;
  result_fen: number;
  valid_until: string;
  served_date: NullableDate;
  receipts: ColumnType<Json, string | undefined, string>;
  objection_due: NullableDate;
  created_at: Timestamp;
  // 20261125-0016-valuation-suspension
  origin: ColumnType<"original" | "reissue", "original" | "reissue" | undefined, "original" | "reissue">;
  reissue_id: ColumnType<string | null, string | null | undefined, string | null>;
};

// ─── 20261125-0016-valuation-suspension: 暂缓 (参考价规定 art 28) and re-issued reports (arts 11, 19) ─────
export type ValuationSuspensionsTable = {
  id: string;
  court_id: string;
  case_id: string;
  valuation_id: string;
  step_id: string;
  ground: "caseSuspended" | "materialsInaccurate" | "other";
  note: string;
  from_date: string;
  to_date: NullableDate;
  resumed_date: NullableDate;
  suspended_by: string | null;
  resumed_by: ColumnType<string | null, string | null | undefined, string | null>;
  resume_note: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
};

export type ValuationReissuesTable = {
  id: string;
  court_id: string;
  case_id: string;
  valuation_id: string;
  step_id: string;
  method: "onlineInquiry" | "appraisal";
  requested_date: string;
  due_date: string;
  sources: ColumnType<Json, string, string>;
  results: ColumnType<Json, string | undefined, string>;
  status: "requested" | "received" | "failed" | "cancelled";
  previous: ColumnType<Json, string, string>;
  price_fen: ColumnType<number | null, number | null | undefined, number | null>;
  valid_until: NullableDate;
  ended_date: NullableDate;
  requested_by: string | null;
  created_at: Timestamp;
};

export type ValuationObjectionsTable = {
  id: string;
  court_id: string;
  case_id: string;
  valuation_id: string;
  report_id: string;
  party_id: string;
  filed_by: string | null;
  grounds: ColumnType<Json, string, string>;
  target: "report" | "correction" | "professionalReview";
  statement: string;
  received_date: string;
  filed_date: string;
  accepted: boolean;
  refusal_reason: string | null;
  track: "enforcementObjection" | "agencyExplanation" | "enforcementObjectionThenAgencyExplanation" | null;
  decision: ColumnType<Json, string, string>;
  status: "refused" | "pending" | "referred" | "professionalReview" | "resolved";
  enforcement_outcome: ColumnType<"dismissed" | "upheld" | null, "dismissed" | "upheld" | null | undefined, "dismissed" | "upheld" | null>;
  referred_date: NullableDate;
  explained_date: NullableDate;
  objector_still_objects: ColumnType<boolean | null, boolean | null | undefined, boolean | null>;
  outcome: ColumnType<"dismissed" | "upheld" | "corrected" | "explained" | null, "dismissed" | "upheld" | "corrected" | "explained" | null | undefined, "dismissed" | "upheld" | "corrected" | "explained" | null>;
  corrected_result_fen: ColumnType<number | null, number | null | undefined, number | null>;
  outcome_note: ColumnType<string | null, string | null | undefined, string | null>;
  outcome_date: NullableDate;
  created_at: Timestamp;
};

// ─── 20261125-0015-auctions: 网络司法拍卖 (网拍规定(2016), 拍卖变卖规定(2020)) ──────────────────────────
type AuctionOptional<T> = ColumnType<T | null, T | null | undefined, T | null>;

export type AuctionLotsTable = {
  id: string;
  court_id: string;
  case_id: string;
  asset_id: string;
  measure_id: string | null;
  round: 1 | 2;
  reason: "first" | "afterFailure" | "afterDefault";
  previous_lot_id: string | null;
  title: string;
  description: string;
  notice_text: string;
  documents: ColumnType<Json, string | undefined, string>;
  reference_price_fen: number;
  reference_source: "valuation" | "manual";
  valuation_id: string | null;
  reference_document: string | null;
  starting_price_fen: number;
  /** Round 2: the failed first auction's starting price (the base of the ≤ 20 % cut, 网拍规定 art 26). */
  previous_starting_price_fen: number | null;
  deposit_fen: number;
  increment_fen: number;
  announcement_date: string;
  parties_notified_on: AuctionOptional<string>;
  announced_at: AuctionOptional<Date>;
  start_at: Timestamp;
  scheduled_end_at: Timestamp;
  end_at: Timestamp;
  status: "draft" | "announced" | "suspended" | "sold" | "failed" | "cancelled" | "defaulted";
  price_fen: AuctionOptional<number>;
  leader_user_id: AuctionOptional<string>;
  leader_alias: AuctionOptional<string>;
  bid_count: Generated<number>;
  last_seq: Generated<number>;
  last_bid_at: AuctionOptional<Date>;
  barred_user_ids: ColumnType<Json, string | undefined, string>;
  cancel_reason: AuctionOptional<string>;
  closed_at: AuctionOptional<Date>;
  created_by: string | null;
  created_at: Timestamp;
  version: Generated<number>;
  /** 20261125-0017: 暂缓 / 中止 (网拍规定 art 28) — kind, reason, day, cause ended, the schedule before it. */
  suspension: ColumnType<Json | null, string | null | undefined, string | null>;
  /** 20261125-0017: platform posting for who cannot be notified (art 16 para 1). */
  posting_started_on: AuctionOptional<string>;
  posting_reason: AuctionOptional<string>;
};

export type AuctionRegistrationsTable = {
  id: string;
  court_id: string;
  lot_id: string;
  user_id: string;
  alias: string;
  is_applicant: Generated<boolean>;
  deposit_due_fen: number;
  deposit_status: "pending" | "paid" | "exempt" | "applied" | "refunded" | "forfeited";
  payment_reference: AuctionOptional<string>;
  paid_at: AuctionOptional<Date>;
  priority_rank: AuctionOptional<number>;
  priority_confirmed_by: AuctionOptional<string>;
  refund_due_at: AuctionOptional<Date>;
  refunded_at: AuctionOptional<Date>;
  refund_reference: AuctionOptional<string>;
  created_at: Timestamp;
};

export type AuctionBidsTable = {
  id: string;
  court_id: string;
  lot_id: string;
  registration_id: string;
  user_id: string;
  amount_fen: number;
  priority_rank: number | null;
  at: Timestamp;
  seq: number | null;
  status: "accepted" | "refused" | "voided";
  reason: string | null;
  end_at: AuctionOptional<Date>;
  extended: Generated<boolean>;
  matched: Generated<boolean>;
  created_at: Timestamp;
};

export type AuctionResultsTable = {
  lot_id: string;
  court_id: string;
  case_id: string;
  kind: "sold" | "failed";
  ended_at: Timestamp;
  closed_by: string | null;
  bid_count: number;
  winning_bid_id: string | null;
  buyer_user_id: string | null;
  buyer_registration_id: string | null;
  buyer_alias: string | null;
  price_fen: number | null;
  deposit_credited_fen: number | null;
  balance_due_fen: number | null;
  deposit_transfer_due_at: AuctionOptional<Date>;
  refund_due_at: Timestamp;
  balance_paid_on: AuctionOptional<string>;
  payment_reference: AuctionOptional<string>;
  proceeds_entry_id: AuctionOptional<string>;
  ruling_served_on: AuctionOptional<string>;
  handed_over_on: AuctionOptional<string>;
  defaulted_on: AuctionOptional<string>;
  forfeiture: ColumnType<Json | null, string | null | undefined, string | null>;
  basis: ColumnType<Json, string | undefined, string>;
  created_at: Timestamp;
  /** 20261125-0017: the buyer's deposit moved to the court's account (网拍规定 art 25 para 2). */
  deposit_transferred_at: AuctionOptional<Date>;
  deposit_transfer_reference: AuctionOptional<string>;
  deposit_entry_id: AuctionOptional<string>;
  forfeiture_entry_ids: ColumnType<Json, string | undefined, string>;
};

export type AuctionDisposalsTable = {
  id: string;
  court_id: string;
  case_id: string;
  lot_id: string;
  kind: "transferInLieu" | "fixedPriceSale" | "management" | "releaseAndReturn";
  status: "open" | "sold" | "unsold" | "done";
  price_fen: number | null;
  starts_on: string | null;
  ends_on: string | null;
  transferee: ColumnType<Json | null, string | null | undefined, string | null>;
  outcome: ColumnType<Json | null, string | null | undefined, string | null>;
  decided_on: string;
  basis: ColumnType<Json, string | undefined, string>;
  proceeds_entry_id: AuctionOptional<string>;
  created_by: string | null;
  created_at: Timestamp;
  /** 20261125-0017: a transfer in lieu's ruling, hand-over, difference paid and set-off entries. */
  ruling_served_on: AuctionOptional<string>;
  handed_over_on: AuctionOptional<string>;
  difference_paid_on: AuctionOptional<string>;
  set_off_entry_ids: ColumnType<Json, string | undefined, string>;
};

// ─── 20261125-0018-credit: 限制消费, 限制出境, 失信被执行人名单 (rules.md §§12–13) ─────────────────────
type CreditOptional<T> = ColumnType<T | null, T | null | undefined, T | null>;
type JsonIn = ColumnType<Json, string | undefined, string>;

export type CreditRestrictionsTable = {
  id: string;
  court_id: string;
  case_id: string;
  party_id: string;
  kind: "consumption" | "exit";
  status: "awaitingSignature" | "issued" | "lifted";
  initiated_by: "applicantWritten" | "courtOwnMotion";
  /** [{ name, role, idNumber? }] the persons covered with an entity respondent. */
  persons: JsonIn;
  /** The assisting units and media the order or decision was sent to (names). */
  recipients: JsonIn;
  mandatory: Generated<boolean>;
  covers_respondent: Generated<boolean>;
  proposed_by: string | null;
  proposed_date: string;
  signed_by: CreditOptional<string>;
  signed_date: CreditOptional<string>;
  issued_date: CreditOptional<string>;
  lifting_ground: CreditOptional<"fullPerformance" | "security" | "applicantConsent">;
  lifting_note: CreditOptional<string>;
  lifted_by: CreditOptional<string>;
  lifted_date: CreditOptional<string>;
  basis: JsonIn;
  created_at: Timestamp;
};

export type DishonestListingsTable = {
  id: string;
  court_id: string;
  case_id: string;
  party_id: string;
  ground: string;
  evidence: ColumnType<Json, string, string>;
  requested_by: CreditOptional<string>;
  decision_date: string;
  term_end: CreditOptional<string>;
  extension_years: Generated<number>;
  extension_reason: CreditOptional<string>;
  status: "listed" | "deleted";
  published: Generated<boolean>;
  published_date: CreditOptional<string>;
  /** The art 6 fields kept for publication (DishonestSubject); masked on the way out. */
  subject: ColumnType<Json, string, string>;
  obligation: string;
  performance_status: string;
  listed_by: string | null;
  deletion_condition: CreditOptional<string>;
  deletion_occurred_on: CreditOptional<string>;
  deletion_due: CreditOptional<string>;
  deleted_date: CreditOptional<string>;
  deleted_by: CreditOptional<string>;
  deletion_note: CreditOptional<string>;
  deletion_requested_by: CreditOptional<string>;
  relisting_barred_until: CreditOptional<string>;
  basis: JsonIn;
  created_at: Timestamp;
};

export type CreditApplicationsTable = {
  id: string;
  court_id: string;
  case_id: string;
  kind: "consumptionException" | "exitReconsideration" | "correction" | "correctionReconsideration";
  restriction_id: CreditOptional<string>;
  listing_id: CreditOptional<string>;
  applicant_id: string | null;
  exception_kind: CreditOptional<"necessaryLivingOrBusiness" | "personalAssetsPersonalNeed">;
  content: string;
  filed_date: string;
  due_date: CreditOptional<string>;
  status: "pending" | "granted" | "refused";
  decided_by: CreditOptional<string>;
  decided_date: CreditOptional<string>;
  decision_note: CreditOptional<string>;
  correct_by: CreditOptional<string>;
  corrected_date: CreditOptional<string>;
  reconsideration_due: CreditOptional<string>;
  created_at: Timestamp;
  // 20261125-0021-zhongben: a correction's reconsideration (失信规定 art 12) is decided by the higher court.
  higher_court_id: CreditOptional<string>;
  parent_application_id: CreditOptional<string>;
};

// 20261125-0021-zhongben (rules.md §16)
export type ZhongbenInterviewsTable = {
  id: string;
  court_id: string;
  case_id: string;
  interview_date: string;
  told: string;
  applicant_opinion: string;
  signed: boolean;
  recorded_by: string | null;
  created_at: Timestamp;
};
export type ZhongbenApprovalsTable = {
  id: string;
  court_id: string;
  case_id: string;
  panel: string;
  opinion: string;
  approved_by: string | null;
  approved_date: string;
  created_at: Timestamp;
};
export type ZhongbenDebtorSearchesTable = {
  id: string;
  court_id: string;
  case_id: string;
  party_id: string;
  search_date: string;
  measures: string;
  found: boolean;
  recorded_by: string | null;
  created_at: Timestamp;
};
export type ZhongbenReinquiriesTable = {
  id: string;
  court_id: string;
  case_id: string;
  seq: number;
  due_date: string;
  run_date: string;
  inquiry_id: string | null;
  status: "done" | "failed";
  items_found: number;
  property_found: boolean;
  fruitless_searches: number;
  clue_provided: boolean;
  resume_flag: boolean;
  deletion_triggered: boolean;
  note: string | null;
  created_at: Timestamp;
  // 20261125-0023-zhongben-resume-ack: the resume flag acknowledged by an officer of the court
  resume_acknowledged_by: ColumnType<string | null, string | null | undefined, string | null>;
  resume_acknowledged_date: ColumnType<string | null, string | null | undefined, string | null>;
  resume_acknowledgement: ColumnType<string | null, string | null | undefined, string | null>;
};

export type DB = {
  courts: CourtsTable;
  users: UsersTable;
  sessions: SessionsTable;
  case_number_counters: CaseNumberCountersTable;
  cases: CasesTable;
  case_parties: CasePartiesTable;
  duties: DutiesTable;
  case_events: CaseEventsTable;
  clocks: ClocksTable;
  reminders: RemindersTable;
  audit_log: AuditLogTable;
  audit_chain_heads: AuditChainHeadsTable;
  calendar_arrangements: CalendarArrangementsTable;
  assets: AssetsTable;
  measures: MeasuresTable;
  inquiries: InquiriesTable;
  inquiry_results: InquiryResultsTable;
  property_reports: PropertyReportsTable;
  asset_clues: AssetCluesTable;
  ledger_entries: LedgerEntriesTable;
  reward_notices: RewardNoticesTable;
  reward_tips: RewardTipsTable;
  standing_freezes: StandingFreezesTable;
  investigation_requests: InvestigationRequestsTable;
  compliance_checks: ComplianceChecksTable;
  preservation_conversions: PreservationConversionsTable;
  // 20261125-0014-valuation
  valuations: ValuationsTable;
  valuation_steps: ValuationStepsTable;
  valuation_agreement_submissions: ValuationAgreementSubmissionsTable;
  valuation_platform_commissions: ValuationPlatformCommissionsTable;
  valuation_agency_selections: ValuationAgencySelectionsTable;
  valuation_agency_commissions: ValuationAgencyCommissionsTable;
  valuation_reports: ValuationReportsTable;
  valuation_objections: ValuationObjectionsTable;
  // 20261125-0016-valuation-suspension
  valuation_suspensions: ValuationSuspensionsTable;
  valuation_reissues: ValuationReissuesTable;
  // 20261125-0015-auctions
  auction_lots: AuctionLotsTable;
  auction_registrations: AuctionRegistrationsTable;
  auction_bids: AuctionBidsTable;
  auction_results: AuctionResultsTable;
  auction_disposals: AuctionDisposalsTable;
  // 20261125-0018-credit
  credit_restrictions: CreditRestrictionsTable;
  dishonest_listings: DishonestListingsTable;
  credit_applications: CreditApplicationsTable;
  // 20261125-0021-zhongben
  zhongben_interviews: ZhongbenInterviewsTable;
  zhongben_approvals: ZhongbenApprovalsTable;
  zhongben_debtor_searches: ZhongbenDebtorSearchesTable;
  zhongben_reinquiries: ZhongbenReinquiriesTable;
  // 20261125-0019-coercion-objections
  sanctions: SanctionsTable;
  sanction_reconsiderations: SanctionReconsiderationsTable;
  refusal_crime_referrals: RefusalCrimeReferralsTable;
  objections: ObjectionsTable;
  objection_reconsiderations: ObjectionReconsiderationsTable;
  // 20261125-0022-distribution-plans
  distribution_plans: DistributionPlansTable;
  distribution_plan_lines: DistributionPlanLinesTable;
  distribution_plan_recipients: DistributionPlanRecipientsTable;
  distribution_plan_objections: DistributionPlanObjectionsTable;
  // 20261125-0020-conduct
  conduct_checks: ConductChecksTable;
  conduct_substitutes: ConductSubstitutesTable;
  conduct_delay_penalties: ConductDelayPenaltiesTable;
};

// 20261125-0020-conduct (rules.md §15)
export type ConductChecksTable = {
  id: string;
  court_id: string;
  case_id: string;
  duty_id: string;
  seq: number;
  due_date: string;
  provisional: Generated<boolean>;
  performance_due: string;
  /** The court's finding on who can perform the duty, when recorded (解释 arts 501, 503). */
  performer_finding: "respondentOnly" | "substitutable" | null;
  status: "scheduled" | "recorded";
  check_date: string | null;
  outcome: "compliant" | "breach" | "inconclusive" | null;
  evidence: JsonIn;
  checked_by: string | null;
  escalation: ColumnType<Json | null, string | null | undefined, string | null>;
  sanction_id: string | null;
  new_period_due: string | null;
  basis: JsonIn;
  created_at: Timestamp;
};

export type ConductSubstitutesTable = {
  id: string;
  court_id: string;
  case_id: string;
  duty_id: string;
  method: "courtSelected" | "applicantRecommended" | "applicantSelf" | "tender";
  performer_name: string;
  qualification_required: boolean;
  performer_qualified: boolean;
  qualification: string | null;
  court_approved: boolean;
  appointed_on: string;
  appointed_by: string | null;
  cost_fen: number | null;
  cost_items: JsonIn;
  order_date: string | null;
  prepayment_due: string | null;
  prepaid_fen: Generated<number>;
  cost_duty_id: string | null;
  cost_converted_on: string | null;
  completed_on: string | null;
  completion: ColumnType<Json | null, string | null | undefined, string | null>;
  basis: JsonIn;
  created_at: Timestamp;
};

export type ConductDelayPenaltiesTable = {
  id: string;
  court_id: string;
  case_id: string;
  duty_id: string;
  performance_due: string;
  until_date: string;
  days: number;
  method: "doubleLoss" | "courtDetermined";
  loss_fen: number | null;
  amount_fen: number;
  monetary_duty_id: string;
  basis: JsonIn;
  created_by: string | null;
  created_at: Timestamp;
};

// 20261125-0019-coercion-objections (rules.md §§11, 14)
export type SanctionsTable = {
  id: string;
  court_id: string;
  case_id: string;
  measure: "fine" | "detention";
  target_kind: "individual" | "entity";
  for_entity: "principal" | "directlyResponsible" | null;
  party_id: string | null;
  person_name: string;
  ground: string;
  facts: string;
  amount_fen: number | null;
  days: number | null;
  duty_id: string | null;
  new_period_due: string | null;
  repetition: Generated<number>;
  status: "proposed" | "refused" | "decided";
  proposed_by: string | null;
  proposed_on: string;
  approved_by: string | null;
  decided_on: string | null;
  refusal_reason: string | null;
  served_on: string | null;
  paid_fen: number | null;
  paid_on: string | null;
  detention_started_on: string | null;
  detention_ended_on: string | null;
  detention_end: "completed" | "earlyRelease" | null;
  /** After a reconsideration varied it: the amount / days in force (null: as decided). */
  effective_amount_fen: number | null;
  effective_days: number | null;
  revoked: Generated<boolean>;
  version: Generated<number>;
  created_at: Timestamp;
};

export type SanctionReconsiderationsTable = {
  id: string;
  court_id: string;
  case_id: string;
  sanction_id: string;
  higher_court_id: string;
  applicant_name: string;
  applicant_user_id: string | null;
  filed_on: string;
  grounds: string;
  status: "pending" | "affirmed" | "varied" | "revoked";
  decided_on: string | null;
  decided_by: string | null;
  varied_amount_fen: number | null;
  varied_days: number | null;
  reasons: string | null;
  oral_notice_on: string | null;
  written_decision_on: string | null;
  created_at: Timestamp;
};

export type RefusalCrimeReferralsTable = {
  id: string;
  court_id: string;
  case_id: string;
  route: "publicSecurityReferral" | "privateProsecution";
  respondent_party_id: string | null;
  recipient: string;
  facts: string;
  state: string;
  steps: ColumnType<Json, string | undefined, string>;
  referred_on: string;
  created_by: string | null;
  version: Generated<number>;
  created_at: Timestamp;
};

export type ObjectionsTable = {
  id: string;
  court_id: string;
  case_id: string;
  kind: "executionAct" | "thirdParty" | "jurisdiction";
  objector_name: string;
  objector_user_id: string | null;
  asset_id: string | null;
  request: string;
  grounds: string;
  received_on: string;
  status: "received" | "notAccepted" | "docketed" | "ruled";
  linked_case_id: string | null;
  docketed_on: string | null;
  not_accepted_reason: string | null;
  ruling: "upheld" | "rejected" | "suspended" | null;
  ruling_reasons: string | null;
  ruled_on: string | null;
  ruling_served_on: string | null;
  suit_filed_on: string | null;
  measures_released_on: string | null;
  recorded_by: string | null;
  version: Generated<number>;
  created_at: Timestamp;
};

export type ObjectionReconsiderationsTable = {
  id: string;
  court_id: string;
  case_id: string;
  objection_id: string;
  higher_court_id: string;
  linked_case_id: string | null;
  applicant_name: string;
  applicant_user_id: string | null;
  filed_on: string;
  grounds: string;
  file_sent_on: string | null;
  status: "pending" | "affirmed" | "revoked" | "varied";
  extension_days: Generated<number>;
  decided_on: string | null;
  decided_by: string | null;
  reasons: string | null;
  created_at: Timestamp;
};

// 20261125-0022-distribution-plans (rules.md §14: 民诉法解释 arts 509–510; 执行程序解释 art 3)
export type DistributionPlansTable = {
  id: string;
  court_id: string;
  case_id: string;
  amount_fen: number;
  note: string | null;
  status: "draft" | "served" | "carriedOut" | "withdrawn";
  drafted_on: string;
  drafted_by: string | null;
  served_on: string | null;
  outcome: "asOriginalPlanNoObjection" | "asRevisedPerObjection" | "asOriginalPlan" | "withDisputedAmountDeposited" | null;
  carried_out_on: string | null;
  deposited_fen: Generated<number>;
  version: Generated<number>;
  created_at: Timestamp;
};

export type DistributionPlanLinesTable = {
  id: string;
  plan_id: string;
  seq: number;
  creditor_kind: "applicant" | "other";
  party_id: string | null;
  creditor_name: string;
  basis: string | null;
  claim_fen: number | null;
  amount_fen: number;
  revised_amount_fen: number | null;
  paid_fen: number | null;
  paid_on: string | null;
  payout_reference: string | null;
};

export type DistributionPlanRecipientsTable = {
  id: string;
  plan_id: string;
  name: string;
  role: "creditor" | "respondent";
  line_id: string | null;
  received_on: string;
};

export type DistributionPlanObjectionsTable = {
  id: string;
  plan_id: string;
  objector_name: string;
  objector_user_id: string | null;
  filed_on: string;
  grounds: string;
  revised: ColumnType<Json, string, string>;
  others_notified_on: string | null;
  counter_filed_on: string | null;
  counter_by_name: string | null;
  counter_grounds: string | null;
  counter_notice_received_on: string | null;
  suit_filed_on: string | null;
  recorded_by: string | null;
  created_at: Timestamp;
};

export type CaseRow = Selectable<CasesTable>;
export type NewCase = Insertable<CasesTable>;
export type CaseUpdate = Updateable<CasesTable>;
export type PartyRow = Selectable<CasePartiesTable>;
export type DutyRow = Selectable<DutiesTable>;
export type ClockRow = Selectable<ClocksTable>;
export type EventRow = Selectable<CaseEventsTable>;
export type UserRow = Selectable<UsersTable>;
export type CourtRow = Selectable<CourtsTable>;
