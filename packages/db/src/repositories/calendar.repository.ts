import type { Executor } from "../database";

export async function listCalendarArrangements(db: Executor): Promise<{ year: number; arrangement: unknown }[]> {
  return db.selectFrom("calendar_arrangements").select(["year", "arrangement"]).orderBy("year").execute();
}

export async function saveCalendarArrangement(
  db: Executor,
  year: number,
  arrangement: unknown,
  loadedBy: string | null,
): Promise<void> {
  const json = JSON.stringify(arrangement);
  await db
    .insertInto("calendar_arrangements")
    .values({ year, arrangement: json, loaded_by: loadedBy })
    .onConflict((oc) => oc.column("year").doUpdateSet({ arrangement: json, loaded_by: loadedBy, loaded_at: new Date() }))
    .execute();
}
