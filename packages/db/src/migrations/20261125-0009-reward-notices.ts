// 悬赏公告 (财产调查规定 arts 21–24):
// - reward_notices: the applicant's written application (amount in fen OR a formula, the promise to pay,
//   the publication channels), the court's decision within 10 days (a rewardDecision clock with
//   subject_id = the notice), and its publication.
// - reward_tips: the clues received after publication, numbered in the order received per notice
//   (art 23 para 1). The informant's name and contact are confidential (art 23 para 2): the service shows
//   them to the case's handler only and audits every such read.
import type { Kysely } from "kysely";
import { executeStatements } from "./execute-statements";

export async function up(db: Kysely<unknown>): Promise<void> {
  await executeStatements(
    db,
    `
    create table reward_notices (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      applied_by uuid not null references users(id),
      amount_fen bigint check (amount_fen is null or amount_fen > 0),
      formula text,
      promise_to_pay boolean not null,
      publication jsonb not null,
      other_media_name text,
      status text not null check (status in ('applied','published','refused','withdrawn','closed')),
      application_date date not null,
      decision_due date not null,
      decided_by uuid references users(id),
      decided_date date,
      decision_reason text,
      published_date date,
      created_at timestamptz not null default now(),
      check ((amount_fen is null) <> (formula is null))
    );
    create index reward_notices_case on reward_notices (court_id, case_id, created_at);

    create table reward_tips (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      notice_id uuid not null references reward_notices(id),
      seq integer not null,
      received_at timestamptz not null,
      received_date date not null,
      submitted_by uuid references users(id),
      anonymous boolean not null default false,
      informant_name text,
      informant_contact text,
      content text not null,
      status text not null check (status in ('received','verified','unfounded','rewarded')),
      reward_paid_fen bigint check (reward_paid_fen is null or reward_paid_fen >= 0),
      created_at timestamptz not null default now(),
      unique (notice_id, seq)
    );
    create index reward_tips_case on reward_tips (court_id, case_id, notice_id, seq)
  `,
  );
}
