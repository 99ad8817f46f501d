// A clock may concern one thing within its case: the respondent party that must report its property
// (propertyReport), the clue to verify (clueVerification). subject_id names it; null for the clocks of
// the case itself.
import type { Kysely } from "kysely";
import { executeStatements } from "./execute-statements";

export async function up(db: Kysely<unknown>): Promise<void> {
  await executeStatements(
    db,
    `
    alter table clocks add column subject_id uuid;
    create index clocks_subject on clocks (case_id, kind, subject_id) where subject_id is not null
  `,
  );
}
