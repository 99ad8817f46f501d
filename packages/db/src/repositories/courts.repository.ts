import type { Insertable } from "kysely";
import type { Executor } from "../database";
import type { CourtRow, CourtsTable } from "../schema";

export async function listCourts(db: Executor): Promise<CourtRow[]> {
  return db.selectFrom("courts").selectAll().orderBy("id").execute();
}

export async function findCourt(db: Executor, id: string): Promise<CourtRow | undefined> {
  return db.selectFrom("courts").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Inserts or updates the court hierarchy (parents before children). */
export async function upsertCourts(db: Executor, courts: Insertable<CourtsTable>[]): Promise<void> {
  for (const c of courts) {
    await db
      .insertInto("courts")
      .values(c)
      .onConflict((oc) =>
        oc.column("id").doUpdateSet({
          code: c.code,
          name: c.name,
          name_en: c.name_en,
          level: c.level,
          parent_id: c.parent_id ?? null,
          province: c.province,
        }),
      )
      .execute();
  }
}

/** The court itself and every court above it (a court is supervised by all its ancestors). */
export async function ancestorCourtIds(db: Executor, courtId: string): Promise<string[]> {
  const all = await db.selectFrom("courts").select(["id", "parent_id"]).execute();
  const parent = new Map(all.map((c) => [c.id, c.parent_id]));
  const out: string[] = [];
  let cur: string | null | undefined = courtId;
  while (cur && !out.includes(cur)) {
    out.push(cur);
    cur = parent.get(cur);
  }
  return out;
}

/** The court itself and every court below it. */
export async function descendantCourtIds(db: Executor, courtId: string): Promise<string[]> {
  const all = await db.selectFrom("courts").select(["id", "parent_id"]).execute();
  const out = [courtId];
  for (let i = 0; i < out.length; i++) {
    for (const c of all) if (c.parent_id === out[i] && !out.includes(c.id)) out.push(c.id);
  }
  return out;
}
