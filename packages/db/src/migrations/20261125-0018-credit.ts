// 信用惩戒 (rules.md §§12–13): consumption and exit restrictions, the dishonest-debtor list, and the
// applications the restricted or listed person files against them.
// - credit_restrictions: a 限制消费令 (kind 'consumption': proposed by the handler, signed by the
//   president, 限制消费规定 arts 4–7) or a 限制出境 decision (kind 'exit': 执行程序解释 arts 23–24) for one
//   respondent of a case; the persons covered with an entity, the assisting units notified, and the
//   lifting (art 9 / art 25) with its notices to the same recipients.
// - dishonest_listings: a 失信 entry (失信规定(2017) arts 1–7): ground, evidence, term, publication, a
//   snapshot of the art 6 public fields (subject), and its deletion (art 10): the condition, the day it
//   occurred, the 3-working-day deadline, the day deleted, the re-listing bar. One listed entry per party.
// - credit_applications: an exception application (限制消费规定 arts 3 para 3, 8), an exit-restriction
//   reconsideration (异议复议规定 art 9) or a correction request (失信规定 art 12) and its decision.
import type { Kysely } from "kysely";
import { executeStatements } from "./execute-statements";

export async function up(db: Kysely<unknown>): Promise<void> {
  await executeStatements(
    db,
    `
    create table credit_restrictions (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      party_id uuid not null references case_parties(id),
      kind text not null check (kind in ('consumption','exit')),
      status text not null check (status in ('awaitingSignature','issued','lifted')),
      initiated_by text not null check (initiated_by in ('applicantWritten','courtOwnMotion')),
      persons jsonb not null default '[]'::jsonb,
      recipients jsonb not null default '[]'::jsonb,
      mandatory boolean not null default false,
      covers_respondent boolean not null default true,
      proposed_by uuid references users(id),
      proposed_date date not null,
      signed_by uuid references users(id),
      signed_date date,
      issued_date date,
      lifting_ground text check (lifting_ground in ('fullPerformance','security','applicantConsent')),
      lifting_note text,
      lifted_by uuid references users(id),
      lifted_date date,
      basis jsonb not null default '[]'::jsonb,
      created_at timestamptz not null default now()
    );
    create index credit_restrictions_case on credit_restrictions (case_id, created_at);
    create table dishonest_listings (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      party_id uuid not null references case_parties(id),
      ground text not null check (ground in ('ableButRefuses','obstruction','evasion','reportBreach','consumptionRestrictionBreach','settlementBreach')),
      evidence jsonb not null,
      requested_by uuid references users(id),
      decision_date date not null,
      term_end date,
      extension_years integer not null default 0 check (extension_years between 0 and 3),
      extension_reason text,
      status text not null check (status in ('listed','deleted')),
      published boolean not null default false,
      published_date date,
      subject jsonb not null,
      obligation text not null,
      performance_status text not null,
      listed_by uuid references users(id),
      deletion_condition text check (deletion_condition in ('performed','settlementPerformed','applicantRequest','fruitlessSearchesAfterSuspension','suspendedForRetrialOrBankruptcy','notEnforced','terminated','termEnded')),
      deletion_occurred_on date,
      deletion_due date,
      deleted_date date,
      deleted_by uuid references users(id),
      deletion_note text,
      deletion_requested_by uuid references users(id),
      relisting_barred_until date,
      basis jsonb not null default '[]'::jsonb,
      created_at timestamptz not null default now(),
      check (status = 'listed' or deleted_date is not null)
    );
    create unique index dishonest_listings_one_listed on dishonest_listings (party_id) where status = 'listed';
    create index dishonest_listings_public on dishonest_listings (status, published);
    create index dishonest_listings_case on dishonest_listings (case_id, created_at);
    create table credit_applications (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      kind text not null check (kind in ('consumptionException','exitReconsideration','correction')),
      restriction_id uuid references credit_restrictions(id),
      listing_id uuid references dishonest_listings(id),
      applicant_id uuid references users(id),
      exception_kind text check (exception_kind in ('necessaryLivingOrBusiness','personalAssetsPersonalNeed')),
      content text not null,
      filed_date date not null,
      due_date date,
      status text not null check (status in ('pending','granted','refused')),
      decided_by uuid references users(id),
      decided_date date,
      decision_note text,
      correct_by date,
      corrected_date date,
      reconsideration_due date,
      created_at timestamptz not null default now(),
      check (restriction_id is not null or listing_id is not null)
    );
    create index credit_applications_case on credit_applications (case_id, created_at)
  `,
  );
}
