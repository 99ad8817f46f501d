// Builds the application context from the environment:
//   DATABASE_URL       a PostgreSQL server (otherwise embedded PGlite)
//   ZHIXING_DATA_DIR   where PGlite keeps its files (default ./data)
//   ZHIXING_PERIODS    JSON of configurable statutory periods, e.g. {"handlerAssignment": 7,
//                      "propertyInvestigation": 2}: keys of the lifecycle table and of the measures
//                      register's table (preservation/periods.ts); only values rules.md does not mark
//                      CONFIRMED-P may be changed
//   ZHIXING_STANDING_FREEZE_MAX_DAYS  the longest a standing freeze order (轮询冻结) runs, default 30:
//                      a product setting, not a statutory period (modules/measures/standing-freezes.service)
//   ZHIXING_INQUIRY_LIMIT_PER_USER_HOUR (20), ZHIXING_INQUIRY_LIMIT_PER_CASE_DAY (5),
//   ZHIXING_INQUIRY_TIMEOUT_MS (10000)  online-inquiry limits: product settings (modules/inquiries)
//   ZHIXING_SIMULATOR_LATENCY_MS (120), ZHIXING_SIMULATOR_FAILURE_RATE (0.1)  the inquiry simulator
//   ZHIXING_AUCTION_PERIODS  JSON of the configurable auction periods (domain auction/periods.ts), e.g.
//                      {"fixedPriceSale": 90}: only the fixed-price sale's 60 days (UNCONFIRMED) may be
//                      changed (modules/auctions/auction-settings)
//   ZHIXING_AUCTION_SSE_POLL_MS (1000)  how often each server process re-reads the lots its live
//                      watchers follow, so bids taken by another process reach them (modules/auctions/live)
//   ZHIXING_PAYMENT_SIMULATOR_LATENCY_MS (0), ZHIXING_PAYMENT_SIMULATOR_FAILURE_RATE (0)  the deposit
//                      payment simulator (adapters/payment)
//   ZHIXING_VALUATION_SIMULATOR_SEED (ZHIXING_SIMULATOR_SEED, "zhixing"), ZHIXING_VALUATION_SIMULATOR_LATENCY_MS
//                      (80), ZHIXING_VALUATION_SIMULATOR_FAILURE_RATE (0.05)  the price platforms' and appraisal
//                      agencies' simulator; ZHIXING_VALUATION_TIMEOUT_MS (10000) one call to them (modules/valuation)
//   ZHIXING_CREDIT_PERIODS, ZHIXING_ZHONGBEN_SETTINGS, ZHIXING_CONDUCT_SETTINGS  JSON settings of the credit,
//                      终本 and conduct modules (modules/credit/credit-settings, zhongben/zhongben-settings,
//                      conduct/conduct-settings); validated here at start-up
import { join, resolve } from "node:path";
import { migrateToLatest, openDatabase, type Database } from "@zhixing/db";
import {
  DomainError,
  PRESERVATION_PERIODS,
  STATUTORY_PERIODS,
  withOverrides,
  withPreservationOverrides,
  type PreservationPeriods,
  type StatutoryPeriods,
} from "@zhixing/domain";
import type { AppContext } from "./context";
import { createCalendarService } from "./modules/calendar/calendar.service";
import { conductSettingsFromEnv } from "./modules/conduct/conduct-settings";
import { creditSettingsFromEnv } from "./modules/credit/credit-settings";
import { zhongbenSettingsFromEnv } from "./modules/zhongben/zhongben-settings";
import { seedCourts } from "./seed/demo.seed";

export function dataDir(): string {
  return resolve(process.env.ZHIXING_DATA_DIR ?? "data");
}

export async function openConfiguredDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  return url ? openDatabase({ url }) : openDatabase({ dataDir: join(dataDir(), "pglite") });
}

/** The two period tables with the overrides of ZHIXING_PERIODS, each key going to the table that has it. */
export function configuredPeriods(raw = process.env.ZHIXING_PERIODS): { periods: StatutoryPeriods; preservationPeriods: PreservationPeriods } {
  if (!raw) return { periods: STATUTORY_PERIODS, preservationPeriods: PRESERVATION_PERIODS };
  try {
    const all = JSON.parse(raw) as Record<string, number>;
    if (typeof all !== "object" || all === null || Array.isArray(all)) throw new Error("expected a JSON object of period lengths");
    const lifecycle: Record<string, number> = {};
    const register: Record<string, number> = {};
    for (const [k, v] of Object.entries(all)) (k in PRESERVATION_PERIODS ? register : lifecycle)[k] = v;
    return { periods: withOverrides(lifecycle), preservationPeriods: withPreservationOverrides(register) };
  } catch (e) {
    const why = e instanceof DomainError ? e.messages.en : (e as Error).message;
    throw new Error(`ZHIXING_PERIODS is invalid: ${why}`);
  }
}

/** Opens and migrates the database, seeds the court hierarchy, and loads the calendar. */
export async function createContext(database?: Database): Promise<AppContext> {
  // The modules' settings from the environment: an invalid value stops the start-up here, naming it.
  creditSettingsFromEnv();
  zhongbenSettingsFromEnv();
  conductSettingsFromEnv();
  const db = database ?? (await openConfiguredDatabase());
  await migrateToLatest(db.db);
  const { periods, preservationPeriods } = configuredPeriods();
  const ctx: AppContext = {
    database: db,
    calendar: await createCalendarService(db, periods),
    periods,
    preservationPeriods,
    now: () => new Date(),
  };
  await seedCourts(ctx);
  return ctx;
}
