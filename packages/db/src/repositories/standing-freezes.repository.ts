// 轮询冻结 (standing freeze orders, 20261125-0010): reads and the job's bounded claim.
import type { Insertable, Selectable } from "kysely";
import type { Executor } from "../database";
import type { StandingFreezesTable } from "../schema";

export type StandingFreezeRow = Selectable<StandingFreezesTable>;

export async function insertStandingFreeze(db: Executor, row: Insertable<StandingFreezesTable>): Promise<void> {
  await db.insertInto("standing_freezes").values(row).execute();
}

export async function findStandingFreeze(db: Executor, id: string): Promise<StandingFreezeRow | undefined> {
  return db.selectFrom("standing_freezes").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function findActiveStandingFreezeOfMeasure(db: Executor, measureId: string): Promise<StandingFreezeRow | undefined> {
  return db.selectFrom("standing_freezes").selectAll().where("measure_id", "=", measureId).where("status", "=", "active").executeTakeFirst();
}

export async function listCaseStandingFreezes(db: Executor, caseId: string): Promise<StandingFreezeRow[]> {
  return db.selectFrom("standing_freezes").selectAll().where("case_id", "=", caseId).orderBy("created_at").orderBy("id").execute();
}

/** One bounded batch of active orders not yet run on `today` (nor started today). */
export async function claimDueStandingFreezes(db: Executor, f: { today: string; limit: number }): Promise<{ id: string; case_id: string }[]> {
  return db
    .selectFrom("standing_freezes")
    .select(["id", "case_id"])
    .where("status", "=", "active")
    .where("started_date", "<", f.today)
    .where((eb) => eb.or([eb("last_run_date", "is", null), eb("last_run_date", "<", f.today)]))
    .orderBy("id")
    .limit(f.limit)
    .execute();
}
