// The one statutory calendar the whole server uses: official data, plus arrangements an administrator
// loaded (stored in calendar_arrangements), plus the statutory fallback for years not yet published.
import { listCalendarArrangements, saveCalendarArrangement, writeAudit, type Database } from "@zhixing/db";
import { createStatutoryCalendar, parseArrangement, type StatutoryCalendar, type StatutoryPeriods, type YearArrangement } from "@zhixing/domain";
import type { AuthUser } from "../../http/auth";
import { recomputeProvisionalClocks, type RecomputeResult } from "./recompute-clocks";

export type CalendarService = {
  get(): StatutoryCalendar;
  reload(): Promise<void>;
  /**
   * Loads an official arrangement and, in the same transaction, recounts every open clock that was
   * counted on the provisional calendar; `actor` is null when run by the system (the CLI).
   */
  load(input: unknown, actor: AuthUser | null, now?: Date): Promise<YearArrangement & { recomputed: RecomputeResult }>;
};

export async function createCalendarService(database: Database, periods: StatutoryPeriods): Promise<CalendarService> {
  let calendar = createStatutoryCalendar();
  const service: CalendarService = {
    get: () => calendar,
    async reload() {
      const rows = await listCalendarArrangements(database.db);
      calendar = createStatutoryCalendar({ loaded: rows.map((r) => parseArrangement(r.arrangement)) });
    },
    async load(input, actor, now = new Date()) {
      const arrangement = parseArrangement(input);
      const { next, recomputed } = await database.db.transaction().execute(async (tx) => {
        await saveCalendarArrangement(tx, arrangement.year, arrangement, actor?.id ?? null);
        const rows = await listCalendarArrangements(tx);
        const next = createStatutoryCalendar({ loaded: rows.map((r) => parseArrangement(r.arrangement)) });
        const recomputed = await recomputeProvisionalClocks(tx, next, periods, now, actor);
        await writeAudit(tx, {
          courtId: actor?.courtId ?? null,
          actorId: actor?.id ?? null,
          actorRole: actor?.role ?? "system",
          action: "calendar.load",
          entityType: "calendarYear",
          entityId: String(arrangement.year),
          detail: { holidays: arrangement.holidays.length, workdays: arrangement.workdays.length, ...recomputed },
        });
        return { next, recomputed };
      });
      calendar = next;
      return { ...arrangement, recomputed };
    },
  };
  await service.reload();
  return service;
}
