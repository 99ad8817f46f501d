// Issue 5: 终结本次执行程序 done properly (rules.md §16) and the 失信 correction's reconsideration.
// - zhongben_interviews: the handler's 约谈 of the applicant before 终本 (终本规定 art 5, believed): the
//   date, what the applicant was told (status, measures, property, basis and consequences), the
//   applicant's opinion, and whether the applicant signed a confirmation (民诉法解释 art 517).
// - zhongben_approvals: the collegial panel's review approved by the president when the applicant did
//   not sign (民诉法解释 art 517).
// - zhongben_debtor_searches: a respondent whose whereabouts are unknown, and the search made for it
//   (终本规定 art 1(5)).
// - zhongben_reinquiries: each 6-monthly network search after 终本 (终本规定 art 9): the run's number and
//   nominal day from the domain's schedule, the inquiry it ran, what it found, the resume flag, and
//   whether it triggered the 失信 deletion (失信规定 art 10(4)).
// - credit_applications.kind gains 'correctionReconsideration' (失信规定 art 12: 10 days to apply to
//   the higher court, decided in 15) with the higher court that decides it.
import type { Kysely } from "kysely";
import { executeStatements } from "./execute-statements";

export async function up(db: Kysely<unknown>): Promise<void> {
  await executeStatements(
    db,
    `
    create table zhongben_interviews (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      interview_date date not null,
      told text not null,
      applicant_opinion text not null,
      signed boolean not null,
      recorded_by uuid references users(id),
      created_at timestamptz not null default now()
    );
    create index zhongben_interviews_case on zhongben_interviews (case_id, created_at);
    create table zhongben_approvals (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      panel text not null,
      opinion text not null,
      approved_by uuid references users(id),
      approved_date date not null,
      created_at timestamptz not null default now()
    );
    create index zhongben_approvals_case on zhongben_approvals (case_id, created_at);
    create table zhongben_debtor_searches (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      party_id uuid not null references case_parties(id),
      search_date date not null,
      measures text not null,
      found boolean not null,
      recorded_by uuid references users(id),
      created_at timestamptz not null default now()
    );
    create index zhongben_debtor_searches_case on zhongben_debtor_searches (case_id, created_at);
    create table zhongben_reinquiries (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      seq integer not null check (seq >= 1),
      due_date date not null,
      run_date date not null,
      inquiry_id uuid references inquiries(id),
      status text not null check (status in ('done','failed')),
      items_found integer not null default 0,
      property_found boolean not null,
      fruitless_searches integer not null,
      clue_provided boolean not null default false,
      resume_flag boolean not null default false,
      deletion_triggered boolean not null default false,
      note text,
      created_at timestamptz not null default now(),
      unique (case_id, seq)
    );
    create index zhongben_reinquiries_flag on zhongben_reinquiries (court_id, resume_flag);
    alter table credit_applications drop constraint if exists credit_applications_kind_check;
    alter table credit_applications add constraint credit_applications_kind_check check (kind in ('consumptionException','exitReconsideration','correction','correctionReconsideration'));
    alter table credit_applications add column higher_court_id text references courts(id);
    alter table credit_applications add column parent_application_id uuid references credit_applications(id)
  `,
  );
}
