// Property clues given by the applicant (财产调查规定 art 2) and their verification.
import type { Insertable, Selectable } from "kysely";
import type { Executor } from "../database";
import type { AssetCluesTable } from "../schema";

export type AssetClueRow = Selectable<AssetCluesTable>;

export async function insertClue(db: Executor, row: Insertable<AssetCluesTable>): Promise<void> {
  await db.insertInto("asset_clues").values(row).execute();
}

export async function findClue(db: Executor, caseId: string, clueId: string, opts: { forUpdate?: boolean } = {}): Promise<AssetClueRow | undefined> {
  let q = db.selectFrom("asset_clues").selectAll().where("case_id", "=", caseId).where("id", "=", clueId);
  if (opts.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** A case's clues, oldest first; only those one user submitted when `submittedBy` is given. */
export async function listClues(db: Executor, caseId: string, submittedBy?: string): Promise<AssetClueRow[]> {
  let q = db.selectFrom("asset_clues").selectAll().where("case_id", "=", caseId);
  if (submittedBy) q = q.where("submitted_by", "=", submittedBy);
  return q.orderBy("created_at").orderBy("id").execute();
}

/** Records the result of a clue still awaiting verification; false when it was already decided. */
export async function recordClueResult(
  db: Executor,
  clueId: string,
  r: { status: "verified" | "unfounded"; verifiedDate: string; result: string },
): Promise<boolean> {
  const res = await db
    .updateTable("asset_clues")
    .set({ status: r.status, verified_date: r.verifiedDate, result: r.result })
    .where("id", "=", clueId)
    .where("status", "=", "received")
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
