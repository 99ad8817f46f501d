// Online inquiries (网络执行查控): which respondent each result is about (a case may have several), the
// order results are shown in, and the reason a supervisor of a higher court recorded for querying a
// lower court's case. The index finds an asset an earlier inquiry of the case already found.
import type { Kysely } from "kysely";
import { executeStatements } from "./execute-statements";

export async function up(db: Kysely<unknown>): Promise<void> {
  await executeStatements(
    db,
    `
    alter table inquiries add column supervision_reason text;
    alter table inquiry_results add column party_id uuid references case_parties(id);
    alter table inquiry_results add column position integer not null default 0;
    create index assets_inquiry_match on assets (case_id, asset_type, identifier) where source = 'inquiry'
  `,
  );
}
