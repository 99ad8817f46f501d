// Foundation schema: courts, people, sessions, enforcement cases with parties, duties, events and
// clocks, reminders, the audit log and the holiday arrangements an administrator loads.
// Keys are UUIDs made by the application and per-court counters: nothing depends on a global
// sequence, and every large table carries court_id so that the data can be distributed by court.
import type { Kysely } from "kysely";
import { executeStatements } from "./execute-statements";

export async function up(db: Kysely<unknown>): Promise<void> {
  await executeStatements(
    db,
    `
    create table courts (
      id text primary key,
      code text not null unique,
      name text not null,
      name_en text not null,
      level text not null check (level in ('supreme','high','ipCourt','intermediate','basic','internet')),
      parent_id text references courts(id),
      province text not null,
      has_ip_jurisdiction boolean not null default true
    );

    create table users (
      id uuid primary key,
      court_id text references courts(id),
      username text not null unique,
      password_hash text not null,
      display_name text not null,
      role text not null,
      party_kind text,
      id_type text,
      id_number text,
      phone text,
      email text,
      active boolean not null default true,
      created_at timestamptz not null default now()
    );
    create index users_court_role on users (court_id, role);

    create table sessions (
      id text primary key,
      user_id uuid not null references users(id) on delete cascade,
      csrf_token text not null,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      last_seen_at timestamptz not null default now()
    );
    create index sessions_user on sessions (user_id);

    create table case_number_counters (
      court_id text not null references courts(id),
      year integer not null,
      type_code text not null,
      last_seq integer not null,
      primary key (court_id, year, type_code)
    );

    create table cases (
      id uuid primary key,
      court_id text not null references courts(id),
      type_code text not null default '执',
      year integer,
      seq integer,
      case_number text,
      status text not null,
      application_date date not null,
      registered_date date,
      refused_date date,
      refusal_reason text,
      handler_id uuid references users(id),
      assigned_date date,
      notice_date date,
      report_order_issued boolean not null default false,
      term_start date,
      term_due date,
      extensions_granted integer not null default 0,
      extension_pending boolean not null default false,
      closure_mode text,
      closure_date date,
      closure_reason text,
      closure_data jsonb,
      late_application boolean not null default false,
      limitation_expires date,
      right_type text not null,
      basis_issuing_court text not null,
      basis_document_number text not null,
      basis_effective_date date not null,
      basis_performance_deadline date,
      basis_instalments jsonb not null default '[]'::jsonb,
      note text,
      submitted_by uuid references users(id),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (court_id, year, type_code, seq)
    );
    create unique index cases_case_number on cases (court_id, case_number) where case_number is not null;
    create index cases_court_status on cases (court_id, status, application_date);
    create index cases_handler on cases (court_id, handler_id) where handler_id is not null;

    create table case_parties (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      role text not null check (role in ('applicant','respondent')),
      kind text not null,
      name text not null,
      id_type text not null,
      id_number text not null,
      phone text,
      address text,
      country text,
      user_id uuid references users(id),
      position integer not null
    );
    create index case_parties_case on case_parties (court_id, case_id);
    create index case_parties_user on case_parties (user_id) where user_id is not null;

    create table duties (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      position integer not null,
      kind text not null check (kind in ('monetary','conduct')),
      category text not null,
      description text not null,
      amount_fen bigint check (amount_fen is null or amount_fen >= 0),
      proof_required text,
      done boolean not null default false,
      done_date date,
      evidence text
    );
    create index duties_case on duties (court_id, case_id);

    create table case_events (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      seq integer not null,
      type text not null,
      at timestamptz not null,
      event_date date not null,
      actor_id uuid references users(id),
      actor_name text not null,
      actor_role text not null,
      reason text,
      data jsonb not null default '{}'::jsonb,
      unique (case_id, seq)
    );
    create index case_events_case on case_events (court_id, case_id, seq);

    create table clocks (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      kind text not null,
      start_date date not null,
      due_date date not null,
      basis jsonb not null,
      provisional boolean not null default false,
      status text not null check (status in ('open','met','cancelled')),
      met_date date,
      reminded_at timestamptz,
      overdue_notified_at timestamptz,
      created_at timestamptz not null default now()
    );
    create index clocks_open_due on clocks (court_id, due_date) where status = 'open';
    create index clocks_case on clocks (court_id, case_id);

    create table reminders (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      clock_id uuid not null references clocks(id),
      user_id uuid references users(id),
      kind text not null check (kind in ('dueSoon','overdue')),
      due_date date not null,
      created_at timestamptz not null default now(),
      read_at timestamptz,
      unique (clock_id, kind)
    );
    create index reminders_user on reminders (user_id, created_at);

    create table audit_log (
      id uuid primary key,
      court_id text,
      at timestamptz not null default now(),
      actor_id uuid,
      actor_role text,
      action text not null,
      entity_type text not null,
      entity_id text,
      case_id uuid,
      detail jsonb not null default '{}'::jsonb,
      ip text
    );
    create index audit_log_court_at on audit_log (court_id, at);
    create index audit_log_case on audit_log (case_id) where case_id is not null;

    create table calendar_arrangements (
      year integer primary key,
      arrangement jsonb not null,
      loaded_by uuid references users(id),
      loaded_at timestamptz not null default now()
    );
  `,
  );
}
