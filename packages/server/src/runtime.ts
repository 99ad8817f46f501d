// Builds the application context from the environment:
//   DATABASE_URL       a PostgreSQL server (otherwise embedded PGlite)
//   ZHIXING_DATA_DIR   where PGlite keeps its files (default ./data)
//   ZHIXING_PERIODS    JSON of configurable statutory periods, e.g. {"handlerAssignment": 7}
//                      (only values rules.md does not mark CONFIRMED-P may be changed)
//   ZHIXING_STANDING_FREEZE_MAX_DAYS  the longest a standing freeze order (轮询冻结) runs, default 30:
//                      a product setting, not a statutory period (modules/measures/standing-freezes.service)
//   ZHIXING_INQUIRY_LIMIT_PER_USER_HOUR (20), ZHIXING_INQUIRY_LIMIT_PER_CASE_DAY (5),
//   ZHIXING_INQUIRY_TIMEOUT_MS (10000)  online-inquiry limits: product settings (modules/inquiries)
//   ZHIXING_SIMULATOR_LATENCY_MS (120), ZHIXING_SIMULATOR_FAILURE_RATE (0.1)  the inquiry simulator
import { join, resolve } from "node:path";
import { migrateToLatest, openDatabase, type Database } from "@zhixing/db";
import { DomainError, STATUTORY_PERIODS, withOverrides, type StatutoryPeriods } from "@zhixing/domain";
import type { AppContext } from "./context";
import { createCalendarService } from "./modules/calendar/calendar.service";
import { seedCourts } from "./seed/demo.seed";

export function dataDir(): string {
  return resolve(process.env.ZHIXING_DATA_DIR ?? "data");
}

export async function openConfiguredDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  return url ? openDatabase({ url }) : openDatabase({ dataDir: join(dataDir(), "pglite") });
}

export function configuredPeriods(): StatutoryPeriods {
  const raw = process.env.ZHIXING_PERIODS;
  if (!raw) return STATUTORY_PERIODS;
  try {
    return withOverrides(JSON.parse(raw) as Record<string, number>);
  } catch (e) {
    const why = e instanceof DomainError ? e.messages.en : (e as Error).message;
    throw new Error(`ZHIXING_PERIODS is invalid: ${why}`);
  }
}

/** Opens and migrates the database, seeds the court hierarchy, and loads the calendar. */
export async function createContext(database?: Database): Promise<AppContext> {
  const db = database ?? (await openConfiguredDatabase());
  await migrateToLatest(db.db);
  const periods = configuredPeriods();
  const ctx: AppContext = {
    database: db,
    calendar: await createCalendarService(db, periods),
    periods,
    now: () => new Date(),
  };
  await seedCourts(ctx);
  return ctx;
}
