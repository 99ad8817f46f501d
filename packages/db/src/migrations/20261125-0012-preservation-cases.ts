// 执保 preservation cases: pre-suit and in-suit preservation rulings (民诉法(2023) arts 103–104;
// 行为保全规定(2018)) executed through the ordinary case lifecycle with type code 执保. `cases.preservation`
// holds the ruling and its kind (null for 执 cases); conduct preservation (a cease-infringement order) is
// followed by compliance checks, each with its evidence.
import type { Kysely } from "kysely";
import { executeStatements } from "./execute-statements";

export async function up(db: Kysely<unknown>): Promise<void> {
  await executeStatements(
    db,
    `
    alter table cases add column preservation jsonb;
    create table compliance_checks (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      check_date date not null,
      result text not null check (result in ('compliant','violation')),
      evidence text not null,
      checked_by uuid references users(id),
      created_at timestamptz not null default now()
    );
    create index compliance_checks_case on compliance_checks (court_id, case_id, check_date)
  `,
  );
}
