// 民诉法解释(2022) art 168: a preservation ruling not revoked or released becomes, once enforcement
// starts, the enforcement's sealing, seizure or freezing, its term running on, with no new ruling
// (except a measure whose term has ended). The measures (with their assets and clocks) move from the
// 执保 case to the 执 case; `converted_from_case_id` keeps where each came from, and one row per 执保
// case records the conversion (a preservation case converts once).
import type { Kysely } from "kysely";
import { executeStatements } from "./execute-statements";

export async function up(db: Kysely<unknown>): Promise<void> {
  await executeStatements(
    db,
    `
    alter table measures add column converted_from_case_id uuid references cases(id);
    alter table assets add column converted_from_case_id uuid references cases(id);
    create table preservation_conversions (
      id uuid primary key,
      court_id text not null references courts(id),
      preservation_case_id uuid not null unique references cases(id),
      enforcement_case_id uuid not null references cases(id),
      converted_date date not null,
      measures integer not null check (measures > 0),
      assets integer not null,
      converted_by uuid references users(id),
      created_at timestamptz not null default now()
    );
    create index preservation_conversions_enforcement on preservation_conversions (court_id, enforcement_case_id)
  `,
  );
}
