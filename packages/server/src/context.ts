// What every service needs: the database, the statutory calendar, the clock and the period table.
// Services take this as their first argument; tests build it with a fixed clock.
import type { Database } from "@zhixing/db";
import { todayInShanghai, type IsoDate } from "@zhixing/domain";
import type { CalendarService } from "./modules/calendar/calendar.service";
import type { PreservationPeriods, StatutoryPeriods } from "@zhixing/domain";

export type AppContext = {
  database: Database;
  calendar: CalendarService;
  periods: StatutoryPeriods;
  /** The measures register's and investigation's periods (domain preservation/periods.ts), with configured overrides. */
  preservationPeriods: PreservationPeriods;
  now: () => Date;
};

export function today(ctx: Pick<AppContext, "now">): IsoDate {
  return todayInShanghai(ctx.now());
}
