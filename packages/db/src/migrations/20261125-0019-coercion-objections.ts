// Issue 5: coercion (罚款、拘留, 拒执罪 referrals) and objections (执异 / 执复 / 案外人异议), rules.md §§11, 14.
// - cases.parent_case_id: a linked review case (执异 at the executing court, 执复 at the higher court)
//   points at the enforcement case it reviews; null for every other case.
// - sanctions: a fine or detention proposed by the handler, approved or refused by the president
//   (民诉法(2023) art 119 para 1), its decision served (the 3-day reconsideration clock runs from
//   service, 民诉法解释 art 185), fine paid / detention carried out and ended (art 118 para 3).
// - sanction_reconsiderations: the one application to the higher court (art 119 para 3), decided in
//   5 days; affirm, vary or revoke; enforcement not stayed.
// - refusal_crime_referrals: 拒执罪 referral or private prosecution tracked through its states.
// - objections: a written objection to an enforcement act or a third party's objection to an asset,
//   docketed as a 执异 case (linked_case_id), its ruling and service, the third-party suit window and the
//   release of measures after no suit (民诉法 arts 236, 238; 民诉法解释 arts 314, 463).
// - objection_reconsiderations: 复议 of an enforcement-act ruling at the higher court as a 执复 case.
import type { Kysely } from "kysely";
import { executeStatements } from "./execute-statements";

export async function up(db: Kysely<unknown>): Promise<void> {
  await executeStatements(
    db,
    `
    alter table cases add column parent_case_id uuid references cases(id);
    create index cases_parent on cases (parent_case_id) where parent_case_id is not null;

    create table sanctions (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      measure text not null check (measure in ('fine','detention')),
      target_kind text not null check (target_kind in ('individual','entity')),
      for_entity text check (for_entity in ('principal','directlyResponsible')),
      party_id uuid references case_parties(id),
      person_name text not null,
      ground text not null,
      facts text not null,
      amount_fen bigint check (amount_fen is null or amount_fen > 0),
      days integer check (days is null or days > 0),
      duty_id uuid references duties(id),
      new_period_due date,
      repetition integer not null default 0,
      status text not null check (status in ('proposed','refused','decided')),
      proposed_by uuid references users(id),
      proposed_on date not null,
      approved_by uuid references users(id),
      decided_on date,
      refusal_reason text,
      served_on date,
      paid_fen bigint,
      paid_on date,
      detention_started_on date,
      detention_ended_on date,
      detention_end text check (detention_end in ('completed','earlyRelease')),
      effective_amount_fen bigint,
      effective_days integer,
      revoked boolean not null default false,
      version integer not null default 1,
      created_at timestamptz not null default now()
    );
    create index sanctions_case on sanctions (court_id, case_id);
    create index sanctions_pending on sanctions (court_id, status) where status = 'proposed';

    create table sanction_reconsiderations (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      sanction_id uuid not null unique references sanctions(id),
      higher_court_id text not null references courts(id),
      applicant_name text not null,
      applicant_user_id uuid references users(id),
      filed_on date not null,
      grounds text not null,
      status text not null check (status in ('pending','affirmed','varied','revoked')),
      decided_on date,
      decided_by uuid references users(id),
      varied_amount_fen bigint,
      varied_days integer,
      reasons text,
      oral_notice_on date,
      written_decision_on date,
      created_at timestamptz not null default now()
    );

    create table refusal_crime_referrals (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      route text not null check (route in ('publicSecurityReferral','privateProsecution')),
      respondent_party_id uuid references case_parties(id),
      recipient text not null,
      facts text not null,
      state text not null,
      steps jsonb not null default '[]'::jsonb,
      referred_on date not null,
      created_by uuid references users(id),
      version integer not null default 1,
      created_at timestamptz not null default now()
    );
    create index refusal_crime_case on refusal_crime_referrals (court_id, case_id);

    create table objections (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      kind text not null check (kind in ('executionAct','thirdParty')),
      objector_name text not null,
      objector_user_id uuid references users(id),
      asset_id uuid references assets(id),
      request text not null,
      grounds text not null,
      received_on date not null,
      status text not null check (status in ('received','notAccepted','docketed','ruled')),
      linked_case_id uuid references cases(id),
      docketed_on date,
      not_accepted_reason text,
      ruling text check (ruling in ('upheld','rejected','suspended')),
      ruling_reasons text,
      ruled_on date,
      ruling_served_on date,
      suit_filed_on date,
      measures_released_on date,
      recorded_by uuid references users(id),
      version integer not null default 1,
      created_at timestamptz not null default now()
    );
    create index objections_case on objections (court_id, case_id);
    create index objections_asset on objections (asset_id) where asset_id is not null;

    create table objection_reconsiderations (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      objection_id uuid not null unique references objections(id),
      higher_court_id text not null references courts(id),
      linked_case_id uuid references cases(id),
      applicant_name text not null,
      applicant_user_id uuid references users(id),
      filed_on date not null,
      grounds text not null,
      file_sent_on date,
      status text not null check (status in ('pending','affirmed','revoked','varied')),
      extension_days integer not null default 0,
      decided_on date,
      decided_by uuid references users(id),
      reasons text,
      created_at timestamptz not null default now()
    )
  `,
  );
}
