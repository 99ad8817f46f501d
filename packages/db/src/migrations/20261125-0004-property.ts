// Property investigation and control (issue 3): assets found, the measures register (seal, freeze,
// seize, deduct; rank and queue; term, renewal, lapse, release), online inquiries and their results,
// property reports, asset clues, and one money ledger per case. Every table carries court_id.
import type { Kysely } from "kysely";
import { executeStatements } from "./execute-statements";

export async function up(db: Kysely<unknown>): Promise<void> {
  await executeStatements(
    db,
    `
    create table assets (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      owner_party_id uuid references case_parties(id),
      asset_type text not null,
      description text not null,
      identifier text,
      holder text,
      value_fen bigint check (value_fen is null or value_fen >= 0),
      indivisible boolean not null default false,
      exempt_category text,
      only_home boolean not null default false,
      source text not null check (source in ('inquiry','clue','report','manual')),
      created_at timestamptz not null default now()
    );
    create index assets_case on assets (court_id, case_id);

    create table measures (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      asset_id uuid not null references assets(id),
      kind text not null check (kind in ('seal','freeze','seize','deduct')),
      context text not null check (context in ('enforcement','preservation')),
      executed_by text,
      registry_receipt_date date,
      amount_fen bigint not null check (amount_fen >= 0),
      rank text not null check (rank in ('first','queued')),
      start_date date not null,
      expires date,
      status text not null check (status in ('active','lapsed','released','completed')),
      renewals integer not null default 0,
      released_date date,
      release_reason text,
      release_note text,
      justification text,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      version integer not null default 1
    );
    create index measures_case on measures (court_id, case_id);
    create index measures_asset on measures (asset_id, created_at);
    create index measures_expiring on measures (court_id, expires) where status = 'active';

    create table inquiries (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      requested_by uuid not null references users(id),
      purpose text not null,
      providers jsonb not null,
      status text not null check (status in ('pending','done','partial','failed')),
      created_at timestamptz not null default now(),
      completed_at timestamptz
    );
    create index inquiries_case on inquiries (court_id, case_id, created_at);
    create index inquiries_user on inquiries (requested_by, created_at);

    create table inquiry_results (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      inquiry_id uuid not null references inquiries(id),
      provider text not null,
      status text not null check (status in ('found','none','error')),
      asset_type text,
      holder text,
      identifier text,
      description text,
      amount_fen bigint,
      error text,
      asset_id uuid references assets(id),
      created_at timestamptz not null default now()
    );
    create index inquiry_results_inquiry on inquiry_results (court_id, inquiry_id);

    create table property_reports (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      party_id uuid not null references case_parties(id),
      kind text not null check (kind in ('initial','supplementary')),
      submitted_by uuid references users(id),
      submitted_at timestamptz not null default now(),
      submitted_date date not null,
      change_date date,
      items jsonb not null,
      transfers jsonb not null default '[]'::jsonb,
      late boolean not null default false
    );
    create index property_reports_case on property_reports (court_id, case_id, submitted_at);

    create table asset_clues (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      submitted_by uuid references users(id),
      anonymous boolean not null default false,
      informant_contact text,
      description text not null,
      urgent boolean not null default false,
      received_date date not null,
      status text not null check (status in ('received','verified','unfounded')),
      verified_date date,
      result text,
      created_at timestamptz not null default now()
    );
    create index asset_clues_case on asset_clues (court_id, case_id, created_at);

    create table ledger_entries (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      seq integer not null,
      kind text not null,
      source text,
      component text,
      payee text,
      amount_fen bigint not null check (amount_fen >= 0),
      entry_date date not null,
      reverses uuid references ledger_entries(id),
      measure_id uuid references measures(id),
      note text,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      unique (case_id, seq)
    );
    create index ledger_entries_case on ledger_entries (court_id, case_id, seq)
  `,
  );
}
