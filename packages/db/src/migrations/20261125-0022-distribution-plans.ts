// Issue 5: objections to a distribution plan (分配方案异议) and to jurisdiction (执行管辖异议), rules.md §14.
// - distribution_plans: the officer's plan for an amount of the case's undistributed money when several
//   creditors share the respondent's money (参与分配; 民诉法解释 arts 506–510). Status: draft → served →
//   carriedOut. The plan-level outcome (民诉法解释 arts 509–510) is stored when carried out.
// - distribution_plan_lines: one per creditor: the case's applicant (party_id → case_parties) or another
//   creditor entered by name with its enforcement basis and claim; the amount; the amount the objection
//   asks for (revised_amount_fen); what was paid (paid_fen, the applicant's share through the ledger's
//   allocation entries, the other creditors' payouts recorded here with a reference: the ledger has no
//   payee for another case's creditor).
// - distribution_plan_recipients: service of the plan on each creditor and the respondent, the date
//   received (the 15-day objection clock, 民诉法解释 art 509).
// - distribution_plan_objections: the written objection (one round per plan), the notice to the others
//   (15-day counter-objection clock), the counter-objection and its notice to the objector (15-day suit
//   clock), the suit (民诉法解释 art 510).
// - objections.kind gains 'jurisdiction' (执行程序解释 art 3: within 10 days of the enforcement notice).
import type { Kysely } from "kysely";
import { executeStatements } from "./execute-statements";

export async function up(db: Kysely<unknown>): Promise<void> {
  await executeStatements(
    db,
    `
    create table distribution_plans (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      amount_fen bigint not null check (amount_fen > 0),
      note text,
      status text not null check (status in ('draft','served','carriedOut','withdrawn')),
      drafted_on date not null,
      drafted_by uuid references users(id),
      served_on date,
      outcome text check (outcome in ('asOriginalPlanNoObjection','asRevisedPerObjection','asOriginalPlan','withDisputedAmountDeposited')),
      carried_out_on date,
      deposited_fen bigint not null default 0 check (deposited_fen >= 0),
      version integer not null default 1,
      created_at timestamptz not null default now()
    );
    create index distribution_plans_case on distribution_plans (court_id, case_id);

    create table distribution_plan_lines (
      id uuid primary key,
      plan_id uuid not null references distribution_plans(id),
      seq integer not null,
      creditor_kind text not null check (creditor_kind in ('applicant','other')),
      party_id uuid references case_parties(id),
      creditor_name text not null,
      basis text,
      claim_fen bigint check (claim_fen is null or claim_fen > 0),
      amount_fen bigint not null check (amount_fen >= 0),
      revised_amount_fen bigint check (revised_amount_fen is null or revised_amount_fen >= 0),
      paid_fen bigint check (paid_fen is null or paid_fen >= 0),
      paid_on date,
      payout_reference text,
      unique (plan_id, seq)
    );

    create table distribution_plan_recipients (
      id uuid primary key,
      plan_id uuid not null references distribution_plans(id),
      name text not null,
      role text not null check (role in ('creditor','respondent')),
      line_id uuid references distribution_plan_lines(id),
      received_on date not null
    );
    create index distribution_plan_recipients_plan on distribution_plan_recipients (plan_id);

    create table distribution_plan_objections (
      id uuid primary key,
      plan_id uuid not null unique references distribution_plans(id),
      objector_name text not null,
      objector_user_id uuid references users(id),
      filed_on date not null,
      grounds text not null,
      revised jsonb not null,
      others_notified_on date,
      counter_filed_on date,
      counter_by_name text,
      counter_grounds text,
      counter_notice_received_on date,
      suit_filed_on date,
      recorded_by uuid references users(id),
      created_at timestamptz not null default now()
    );

    alter table objections drop constraint if exists objections_kind_check;
    alter table objections add constraint objections_kind_check check (kind in ('executionAct','thirdParty','jurisdiction'));
    `,
  );
}

