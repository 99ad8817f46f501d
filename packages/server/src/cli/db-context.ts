// Opening the configured database for a CLI command, and closing it afterwards.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { StatutoryCalendar } from "@zhixing/domain";
import type { AppContext } from "../context";
import { createCalendarService } from "../modules/calendar/calendar.service";
import { configuredPeriods, createContext, dataDir, openConfiguredDatabase } from "../runtime";

export async function withContext<T>(fn: (ctx: AppContext) => Promise<T>): Promise<T> {
  const ctx = await createContext();
  try {
    return await fn(ctx);
  } finally {
    await ctx.database.close();
  }
}

/**
 * The calendar with any arrangements an administrator loaded, when a database exists; otherwise the
 * built-in calendar (a calculator should not create a database just to answer).
 */
export async function withCalendar<T>(fn: (cal: StatutoryCalendar) => T, builtIn: () => StatutoryCalendar): Promise<T> {
  if (!process.env.DATABASE_URL && !existsSync(join(dataDir(), "pglite", "PG_VERSION"))) return fn(builtIn());
  const database = await openConfiguredDatabase();
  try {
    const calendar = await createCalendarService(database, configuredPeriods().periods);
    return fn(calendar.get());
  } catch {
    return fn(builtIn());
  } finally {
    await database.close();
  }
}
