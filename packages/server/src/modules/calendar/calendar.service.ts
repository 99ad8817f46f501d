// The one statutory calendar the whole server uses: official data, plus arrangements an administrator
// loaded (stored in calendar_arrangements), plus the statutory fallback for years not yet published.
import { listCalendarArrangements, saveCalendarArrangement, writeAudit, type Database } from "@zhixing/db";
import { createStatutoryCalendar, parseArrangement, type StatutoryCalendar, type YearArrangement } from "@zhixing/domain";
import type { AuthUser } from "../../http/auth";

export type CalendarService = {
  get(): StatutoryCalendar;
  reload(): Promise<void>;
  /** Loads an official arrangement; `actor` is null when run by the system (the CLI). */
  load(input: unknown, actor: AuthUser | null): Promise<YearArrangement>;
};

export async function createCalendarService(database: Database): Promise<CalendarService> {
  let calendar = createStatutoryCalendar();
  const service: CalendarService = {
    get: () => calendar,
    async reload() {
      const rows = await listCalendarArrangements(database.db);
      calendar = createStatutoryCalendar({ loaded: rows.map((r) => parseArrangement(r.arrangement)) });
    },
    async load(input, actor) {
      const arrangement = parseArrangement(input);
      await database.db.transaction().execute(async (tx) => {
        await saveCalendarArrangement(tx, arrangement.year, arrangement, actor?.id ?? null);
        await writeAudit(tx, {
          courtId: actor?.courtId ?? null,
          actorId: actor?.id ?? null,
          actorRole: actor?.role ?? "system",
          action: "calendar.load",
          entityType: "calendarYear",
          entityId: String(arrangement.year),
          detail: { holidays: arrangement.holidays.length, workdays: arrangement.workdays.length },
        });
      });
      await service.reload();
      return arrangement;
    },
  };
  await service.reload();
  return service;
}
