// 确定财产处置参考价 (参考价规定(2018)), what 20261125-0014 left out:
// - valuation_suspensions: the court's 暂缓 of an online inquiry or an appraisal (art 28): ground, note,
//   the day decided (from_date) and, once resumed, the day the work resumed (resumed_date) and the last
//   suspended day (to_date: the day before; null when resumed the same day); at most one open per valuation. An appraisal's
//   suspended days are deducted from its 30 days (art 19 para 1; valuation_agency_commissions.suspensions
//   keeps the ranges the deadline is counted with).
// - valuations.end_*: a valuation the court withdrew (撤回, art 29) or that ended with its case: the
//   status stays 'cancelled' (the asset may be valued again), with the day, ground and note.
// - valuation_steps / valuation_agency_commissions: a step or an agency at work ends as 'withdrawn'.
// - valuation_agency_commissions.review_*: the court's review of an appraisal report (art 20): the
//   defects found, the 3-day notice, and the agency's written explanation or correction.
// - valuation_reissues: a re-issued report after validity lapsed before the first auction notice
//   (art 11 para 4: the platforms within 3 days; art 19 para 4: the original agency within 15 days):
//   who was asked, the due day, the answers, and the price it replaced.
// - valuation_reports.origin / reissue_id: a report is an original one or a re-issue.
import type { Kysely } from "kysely";
import { executeStatements } from "./execute-statements";

export async function up(db: Kysely<unknown>): Promise<void> {
  await executeStatements(
    db,
    `
    create table valuation_suspensions (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      valuation_id uuid not null references valuations(id),
      step_id uuid not null references valuation_steps(id),
      ground text not null check (ground in ('caseSuspended','materialsInaccurate','other')),
      note text not null,
      from_date date not null,
      to_date date,
      resumed_date date,
      suspended_by uuid references users(id),
      resumed_by uuid references users(id),
      resume_note text,
      created_at timestamptz not null default now(),
      check (to_date is null or to_date >= from_date),
      check (resumed_date is null or resumed_date >= from_date)
    );
    create unique index valuation_suspensions_one_open on valuation_suspensions (valuation_id) where resumed_date is null;
    create index valuation_suspensions_valuation on valuation_suspensions (valuation_id, from_date);
    alter table valuations add column ended_date date;
    alter table valuations add column end_ground text;
    alter table valuations add column end_note text;
    alter table valuation_steps drop constraint valuation_steps_status_check;
    alter table valuation_steps add constraint valuation_steps_status_check check (status in ('open','priced','impossible','failed','withdrawn'));
    alter table valuation_agency_commissions drop constraint valuation_agency_commissions_status_check;
    alter table valuation_agency_commissions add constraint valuation_agency_commissions_status_check check (status in ('commissioned','reported','defaulted','replaced','withdrawn'));
    alter table valuation_agency_commissions add column review_notice_date date;
    alter table valuation_agency_commissions add column review_defects jsonb;
    alter table valuation_agency_commissions add column review_note text;
    alter table valuation_agency_commissions add column review_due date;
    alter table valuation_agency_commissions add column review_status text check (review_status in ('waiting','explained','corrected','defaulted'));
    alter table valuation_agency_commissions add column review_answer jsonb;
    create table valuation_reissues (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      valuation_id uuid not null references valuations(id),
      step_id uuid not null references valuation_steps(id),
      method text not null check (method in ('onlineInquiry','appraisal')),
      requested_date date not null,
      due_date date not null,
      sources jsonb not null,
      results jsonb not null default '[]'::jsonb,
      status text not null check (status in ('requested','received','failed','cancelled')),
      previous jsonb not null,
      price_fen bigint check (price_fen > 0),
      valid_until date,
      ended_date date,
      requested_by uuid references users(id),
      created_at timestamptz not null default now()
    );
    create unique index valuation_reissues_one_open on valuation_reissues (valuation_id) where status = 'requested';
    alter table valuation_reports add column origin text not null default 'original' check (origin in ('original','reissue'));
    alter table valuation_reports add column reissue_id uuid references valuation_reissues(id)
  `,
  );
}
