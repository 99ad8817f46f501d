// 确定财产处置参考价 (参考价规定(2018), rules.md §9): one valuation per controlled asset, run through the
// methods in order; each method tried is a step.
// - valuations: the asset, the measure and control date it started from (art 1), the facts the order
//   of methods depends on, the current method and status (inProgress → priced | cancelled), and once
//   fixed the reference price (integer fen), its date, validity (art 27) and the first auction notice.
// - valuation_steps: one row per method tried, with why it was chosen (reason, explanation, citations,
//   the methods skipped) and how it ended (open → priced | impossible | failed); the court-set period of
//   an agreement or a directed inquiry (指定期限, arts 4 and 6); an online inquiry's commission and
//   extension (art 11) and the correction notice (art 12).
// - valuation_agreement_submissions: each party's 议价 result (art 4).
// - valuation_platform_commissions: the commission sent to every platform at once (art 10) and what
//   each answered: receipt, extension request, report date, result, validity, defects and corrections.
// - valuation_agency_selections: the three agencies and their order (art 16), agreed by the parties or
//   drawn by lot — candidates, seed, the inputs the seed was derived from and the algorithm version,
//   enough for anyone to re-run the draw (art 34 para 2 keeps the 摇号过程).
// - valuation_agency_commissions: each agency commissioned in order (art 17), its extensions (art 19
//   para 2), its report, or its default / replacement (art 19 para 3, art 23 para 2).
// - valuation_reports: every report received (directed inquiry, online, appraisal), when it was served
//   (art 21) and when each party received it; objection_due is the last day any party may object.
// - valuation_objections: a party's written objection (arts 22–24): grounds, the decision whether it is
//   accepted and on which track, the referral to the agency and its explanation (art 23), the outcome.
import type { Kysely } from "kysely";
import { executeStatements } from "./execute-statements";

export async function up(db: Kysely<unknown>): Promise<void> {
  await executeStatements(
    db,
    `
    create table valuations (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      asset_id uuid not null references assets(id),
      measure_id uuid references measures(id),
      control_date date not null,
      start_due date not null,
      started_date date not null,
      facts jsonb not null,
      method text not null check (method in ('agreed','directedInquiry','onlineInquiry','appraisal')),
      status text not null check (status in ('inProgress','priced','cancelled')),
      reference_price_fen bigint check (reference_price_fen > 0),
      price_fixed_date date,
      valid_until date,
      price_detail jsonb,
      first_notice_date date,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      version integer not null default 0
    );
    create index valuations_case on valuations (court_id, case_id, created_at);
    create unique index valuations_one_open on valuations (asset_id) where status = 'inProgress';
    create table valuation_steps (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      valuation_id uuid not null references valuations(id),
      seq integer not null,
      method text not null check (method in ('agreed','directedInquiry','onlineInquiry','appraisal')),
      reason text not null,
      explanation jsonb not null,
      basis jsonb not null,
      skipped jsonb not null default '[]'::jsonb,
      started_date date not null,
      due_date date,
      institution text,
      harms_others boolean not null default false,
      commission_date date,
      extended boolean not null default false,
      correction_notice_date date,
      delivery jsonb,
      status text not null check (status in ('open','priced','impossible','failed')),
      ended_date date,
      outcome_explanation jsonb,
      outcome_note text,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      unique (valuation_id, seq)
    );
    create unique index valuation_steps_one_open on valuation_steps (valuation_id) where status = 'open';
    create table valuation_agreement_submissions (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      valuation_id uuid not null references valuations(id),
      step_id uuid not null references valuation_steps(id),
      party_id uuid not null references case_parties(id),
      price_fen bigint not null check (price_fen > 0),
      submitted_date date not null,
      valid_until date,
      recorded_by uuid references users(id),
      created_at timestamptz not null default now(),
      unique (step_id, party_id)
    );
    create table valuation_platform_commissions (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      valuation_id uuid not null references valuations(id),
      step_id uuid not null references valuation_steps(id),
      platform_id text not null,
      platform_name text not null,
      commission_date date not null,
      received_date date,
      send_error text,
      extension_request_date date,
      report_date date,
      result_fen bigint check (result_fen > 0),
      valid_until date,
      report_no text,
      collected_date date,
      defective boolean not null default false,
      corrected_date date,
      corrected_result_fen bigint check (corrected_result_fen > 0),
      last_error text,
      last_polled_date date,
      created_at timestamptz not null default now(),
      unique (step_id, platform_id)
    );
    create table valuation_agency_selections (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      valuation_id uuid not null references valuations(id),
      step_id uuid not null references valuation_steps(id),
      round integer not null,
      mode text not null check (mode in ('agreement','lottery')),
      candidates jsonb not null,
      seed text,
      seed_inputs jsonb,
      algorithm text,
      result jsonb not null,
      selected_date date not null,
      selected_by uuid references users(id),
      created_at timestamptz not null default now(),
      unique (step_id, round)
    );
    create table valuation_agency_commissions (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      valuation_id uuid not null references valuations(id),
      step_id uuid not null references valuation_steps(id),
      selection_id uuid not null references valuation_agency_selections(id),
      agency_id text not null,
      agency_name text not null,
      position integer not null check (position between 1 and 3),
      commission_date date not null,
      extensions jsonb not null default '[]'::jsonb,
      extension_request jsonb,
      suspensions jsonb not null default '[]'::jsonb,
      status text not null check (status in ('commissioned','reported','defaulted','replaced')),
      report_date date,
      result_fen bigint check (result_fen > 0),
      valid_until date,
      report_no text,
      ended_date date,
      end_reason text,
      last_error text,
      last_polled_date date,
      created_at timestamptz not null default now(),
      unique (selection_id, position)
    );
    create unique index valuation_agency_one_running on valuation_agency_commissions (step_id) where status = 'commissioned';
    create table valuation_reports (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      valuation_id uuid not null references valuations(id),
      step_id uuid not null references valuation_steps(id),
      kind text not null check (kind in ('directedInquiry','onlineInquiry','appraisal')),
      source_id uuid,
      source_name text not null,
      report_date date not null,
      received_date date not null,
      result_fen bigint not null check (result_fen > 0),
      valid_until date not null,
      served_date date,
      receipts jsonb not null default '[]'::jsonb,
      objection_due date,
      created_at timestamptz not null default now()
    );
    create index valuation_reports_valuation on valuation_reports (valuation_id, created_at);
    create unique index valuation_reports_source on valuation_reports (source_id) where source_id is not null;
    create table valuation_objections (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      valuation_id uuid not null references valuations(id),
      report_id uuid not null references valuation_reports(id),
      party_id uuid not null references case_parties(id),
      filed_by uuid references users(id),
      grounds jsonb not null,
      target text not null check (target in ('report','correction','professionalReview')),
      statement text not null,
      received_date date not null,
      filed_date date not null,
      accepted boolean not null,
      refusal_reason text,
      track text check (track in ('enforcementObjection','agencyExplanation','enforcementObjectionThenAgencyExplanation')),
      decision jsonb not null,
      status text not null check (status in ('refused','pending','referred','professionalReview','resolved')),
      enforcement_outcome text check (enforcement_outcome in ('dismissed','upheld')),
      referred_date date,
      explained_date date,
      objector_still_objects boolean,
      outcome text check (outcome in ('dismissed','upheld','corrected','explained')),
      corrected_result_fen bigint check (corrected_result_fen > 0),
      outcome_note text,
      outcome_date date,
      created_at timestamptz not null default now()
    );
    create index valuation_objections_valuation on valuation_objections (valuation_id, created_at)
  `,
  );
}
