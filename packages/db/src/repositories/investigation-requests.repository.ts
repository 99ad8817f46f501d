// The applicant's requests that the court investigate the respondent's property (若干期限规定) and their results.
import type { Insertable, Selectable } from "kysely";
import type { Executor } from "../database";
import type { InvestigationRequestsTable } from "../schema";

export type InvestigationRequestRow = Selectable<InvestigationRequestsTable>;

export async function insertInvestigationRequest(db: Executor, row: Insertable<InvestigationRequestsTable>): Promise<void> {
  await db.insertInto("investigation_requests").values(row).execute();
}

export async function findInvestigationRequest(
  db: Executor,
  caseId: string,
  requestId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<InvestigationRequestRow | undefined> {
  let q = db.selectFrom("investigation_requests").selectAll().where("case_id", "=", caseId).where("id", "=", requestId);
  if (opts.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** A case's investigation requests, oldest first. */
export async function listInvestigationRequests(db: Executor, caseId: string): Promise<InvestigationRequestRow[]> {
  return db.selectFrom("investigation_requests").selectAll().where("case_id", "=", caseId).orderBy("created_at").orderBy("id").execute();
}

/** Records the result of a request still open; false when it was already completed. */
export async function completeInvestigationRequest(
  db: Executor,
  requestId: string,
  r: { completedBy: string; completedDate: string; result: string },
): Promise<boolean> {
  const res = await db
    .updateTable("investigation_requests")
    .set({ status: "completed", completed_by: r.completedBy, completed_date: r.completedDate, result: r.result })
    .where("id", "=", requestId)
    .where("status", "=", "requested")
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
