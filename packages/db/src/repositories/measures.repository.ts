// The measures register: assets of a case, the measures on them (seal, freeze, seize, deduct; own and
// other courts'), the clocks tied to a measure, and the money figures the over-seizure check needs.
import { sql, type Insertable, type Selectable } from "kysely";
import type { Executor } from "../database";
import type { AssetsTable, ClocksTable, MeasuresTable } from "../schema";

export type AssetRecord = Selectable<AssetsTable>;
export type MeasureRecord = Selectable<MeasuresTable>;
/** A measure with the type of its asset (the rules need it). */
export type MeasureWithAsset = MeasureRecord & { asset_type: string };

export async function insertAsset(db: Executor, asset: Insertable<AssetsTable>): Promise<void> {
  await db.insertInto("assets").values(asset).execute();
}

export async function findAsset(db: Executor, id: string): Promise<AssetRecord | undefined> {
  return db.selectFrom("assets").selectAll().where("id", "=", id).executeTakeFirst();
}

/** A case's assets, whatever found them (manual entry, inquiry, clue, report), oldest first. */
export async function listCaseAssets(db: Executor, caseId: string): Promise<AssetRecord[]> {
  return db.selectFrom("assets").selectAll().where("case_id", "=", caseId).orderBy("created_at").orderBy("id").execute();
}

export async function insertMeasure(db: Executor, m: Insertable<MeasuresTable>): Promise<void> {
  await db.insertInto("measures").values(m).execute();
}

/** The next entry number on an asset's queue (take the case lock first). */
export async function nextQueueSeq(db: Executor, assetId: string): Promise<number> {
  const r = await db
    .selectFrom("measures")
    .select(sql<number>`coalesce(max(queue_seq), 0)::int + 1`.as("n"))
    .where("asset_id", "=", assetId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

function measuresWithAsset(db: Executor) {
  return db.selectFrom("measures").innerJoin("assets", "assets.id", "measures.asset_id").selectAll("measures").select("assets.asset_type");
}

/** Every measure on an asset, in queue order (registration time, then entry order). */
export async function listAssetMeasures(db: Executor, assetId: string): Promise<MeasureWithAsset[]> {
  return measuresWithAsset(db)
    .where("measures.asset_id", "=", assetId)
    .orderBy("measures.registered_at")
    .orderBy(sql`measures.queue_seq nulls last`)
    .orderBy("measures.created_at")
    .orderBy("measures.id")
    .execute();
}

/** A case's measures, in queue order per asset. */
export async function listCaseMeasures(db: Executor, caseId: string): Promise<MeasureWithAsset[]> {
  return measuresWithAsset(db)
    .where("measures.case_id", "=", caseId)
    .orderBy("measures.registered_at")
    .orderBy("measures.created_at")
    .orderBy("measures.id")
    .execute();
}

export async function findMeasure(db: Executor, id: string): Promise<MeasureWithAsset | undefined> {
  return measuresWithAsset(db).where("measures.id", "=", id).executeTakeFirst();
}

/** Updates a measure if it still has `version` (optimistic check under the case lock); false if not. */
export async function updateMeasureVersioned(
  db: Executor,
  id: string,
  version: number,
  patch: Partial<Omit<MeasureRecord, "id" | "version" | "basis">> & { basis?: string },
): Promise<boolean> {
  const r = await db
    .updateTable("measures")
    .set({ ...patch, version: sql<number>`version + 1` } as never)
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertMeasureClocks(db: Executor, clocks: Insertable<ClocksTable>[]): Promise<void> {
  if (clocks.length) await db.insertInto("clocks").values(clocks).execute();
}

/** Closes a measure's open clocks: met (renewed, or its reminders served) or cancelled (released, lapsed). */
export async function closeMeasureClocks(db: Executor, measureId: string, status: "met" | "cancelled", date: string): Promise<number> {
  const r = await db
    .updateTable("clocks")
    .set({ status, met_date: status === "met" ? date : null })
    .where("measure_id", "=", measureId)
    .where("status", "=", "open")
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** The open clocks of a case's measures. */
export async function listMeasureClocks(db: Executor, caseId: string) {
  return db
    .selectFrom("clocks")
    .select(["id", "measure_id", "kind", "due_date", "status"])
    .where("case_id", "=", caseId)
    .where("measure_id", "is not", null)
    .orderBy("due_date")
    .execute();
}

/** One bounded batch of measures whose last day in force is before `today` and that are still active. */
export async function claimLapsingMeasures(db: Executor, f: { today: string; limit: number }): Promise<{ id: string; case_id: string }[]> {
  return db
    .selectFrom("measures")
    .select(["id", "case_id"])
    .where("status", "=", "active")
    .where("expires", "is not", null)
    .where("expires", "<", f.today)
    .orderBy("expires")
    .orderBy("id")
    .limit(f.limit)
    .execute();
}

/**
 * Renewal-reminder clocks whose day has come are met (the sweep reminded the handler before that
 * day); left open they would be reported overdue the day after. Returns how many.
 */
export async function meetPastMeasureReminders(db: Executor, kind: string, today: string): Promise<number> {
  const r = await db
    .updateTable("clocks")
    .set({ status: "met", met_date: sql`due_date` as never })
    .where("kind", "=", kind)
    .where("status", "=", "open")
    .where("measure_id", "is not", null)
    .where("due_date", "<=", today)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** The case's money duties (for the claim the control limit is counted from). */
export async function caseMoneyDuties(db: Executor, caseId: string): Promise<{ category: string; amount_fen: number }[]> {
  const rows = await db
    .selectFrom("duties")
    .select(["category", "amount_fen"])
    .where("case_id", "=", caseId)
    .where("kind", "=", "monetary")
    .execute();
  return rows.map((r) => ({ category: r.category, amount_fen: Number(r.amount_fen ?? 0) }));
}

/** Money received in the case's ledger (payments and deductions), reversals excluded; in total and per measure. */
export async function caseReceipts(db: Executor, caseId: string): Promise<{ totalFen: number; byMeasure: Map<string, number> }> {
  const rows = await db
    .selectFrom("ledger_entries as e")
    .select(["e.amount_fen", "e.measure_id"])
    .where("e.case_id", "=", caseId)
    .where("e.kind", "=", "receipt")
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom("ledger_entries as r").select("r.id").whereRef("r.reverses", "=", "e.id"))),
    )
    .execute();
  const byMeasure = new Map<string, number>();
  let totalFen = 0;
  for (const r of rows) {
    const fen = Number(r.amount_fen);
    totalFen += fen;
    if (r.measure_id) byMeasure.set(r.measure_id, (byMeasure.get(r.measure_id) ?? 0) + fen);
  }
  return { totalFen, byMeasure };
}

/** An inquiry result and the case it belongs to. */
export async function findInquiryResultForMeasure(db: Executor, resultId: string) {
  return db
    .selectFrom("inquiry_results")
    .select(["id", "case_id", "court_id", "status", "asset_id", "amount_fen", "provider"])
    .where("id", "=", resultId)
    .executeTakeFirst();
}
