// 终本 resume flag acknowledged (rules.md §16; 终本规定(2016) art 9): the case lifecycle has no 恢复执行
// action yet, so a flag raised by a re-inquiry that found property stays on the handler's workbench until
// an officer of the court acknowledges it with a recorded note (who, when, what is being done about it).
import type { Kysely } from "kysely";
import { executeStatements } from "./execute-statements";

export async function up(db: Kysely<unknown>): Promise<void> {
  await executeStatements(
    db,
    `
    alter table zhongben_reinquiries add column resume_acknowledged_by uuid references users(id);
    alter table zhongben_reinquiries add column resume_acknowledged_date date;
    alter table zhongben_reinquiries add column resume_acknowledgement text
  `,
  );
}
