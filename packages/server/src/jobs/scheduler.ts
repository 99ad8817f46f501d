// Background jobs through pg-boss, on the PostgreSQL server (its own pool) and on embedded PGlite
// (through pg-boss's `db` adapter over our serialized connection). The clock sweep runs on a cron
// schedule in Asia/Shanghai; each run is an ordinary job, retried by pg-boss if it fails.
import PgBoss from "pg-boss";
import type { AppContext } from "../context";
import { CLOCK_SWEEP_QUEUE, sweepClocks } from "./clock-sweep.job";
import { MEASURE_LAPSE_QUEUE, lapseMeasures } from "./measure-lapse.job";
import { STANDING_FREEZE_QUEUE, runStandingFreezes } from "./standing-freeze.job";
import { AUCTION_CLOSE_QUEUE, runAuctionClose } from "./auction-close.job";
import { VALUATION_COLLECT_QUEUE, collectValuations } from "../modules/valuation/valuation-collect.job";
import { CREDIT_DELETION_QUEUE, runCreditDeletion } from "./credit-deletion.job";
import { ZHONGBEN_REINQUIRY_QUEUE, runZhongbenReinquiry } from "./zhongben-reinquiry.job";

export type Scheduler = { boss: PgBoss; stop: () => Promise<void> };

export async function startScheduler(ctx: AppContext, opts: { cron?: string; measureLapseCron?: string; standingFreezeCron?: string; auctionCloseCron?: string; valuationCollectCron?: string; creditDeletionCron?: string; zhongbenReinquiryCron?: string } = {}): Promise<Scheduler> {
  const d = ctx.database;
  const boss =
    d.kind === "postgres" && d.url
      ? new PgBoss({ connectionString: d.url, schema: "pgboss", max: 3 })
      : new PgBoss({ db: { executeSql: (text: string, values: unknown[]) => d.executeSql(text, values) }, schema: "pgboss", pollingIntervalSeconds: 5 } as PgBoss.ConstructorOptions);
  boss.on("error", (err: Error) => process.stderr.write(`jobs: ${err.message}\n`));
  await boss.start();
  await boss.createQueue(CLOCK_SWEEP_QUEUE);
  await boss.schedule(CLOCK_SWEEP_QUEUE, opts.cron ?? "*/15 * * * *", {}, { tz: "Asia/Shanghai" });
  await boss.work(CLOCK_SWEEP_QUEUE, async () => {
    await sweepClocks(ctx);
  });
  // 查封规定 art 27: measures lapse at the start of the day after their last day in force (00:10 Beijing).
  await boss.createQueue(MEASURE_LAPSE_QUEUE);
  await boss.schedule(MEASURE_LAPSE_QUEUE, opts.measureLapseCron ?? "10 0 * * *", {}, { tz: "Asia/Shanghai" });
  await boss.work(MEASURE_LAPSE_QUEUE, async () => {
    await lapseMeasures(ctx);
  });
  // 轮询冻结: standing freeze orders top up their freezes once a day, after the banking day (17:30 Beijing).
  await boss.createQueue(STANDING_FREEZE_QUEUE);
  await boss.schedule(STANDING_FREEZE_QUEUE, opts.standingFreezeCron ?? "30 17 * * *", {}, { tz: "Asia/Shanghai" });
  await boss.work(STANDING_FREEZE_QUEUE, async () => {
    await runStandingFreezes(ctx);
  });
  // 网拍规定 art 20: lots whose (extended) end has passed close every minute; deposits due are refunded.
  await boss.createQueue(AUCTION_CLOSE_QUEUE);
  await boss.schedule(AUCTION_CLOSE_QUEUE, opts.auctionCloseCron ?? "* * * * *", {}, { tz: "Asia/Shanghai" });
  await boss.work(AUCTION_CLOSE_QUEUE, async () => {
    await runAuctionClose(ctx);
  });
  // 参考价规定 arts 11, 19: the price platforms' and agencies' answers are collected every hour.
  await boss.createQueue(VALUATION_COLLECT_QUEUE);
  await boss.schedule(VALUATION_COLLECT_QUEUE, opts.valuationCollectCron ?? "5 * * * *", {}, { tz: "Asia/Shanghai" });
  await boss.work(VALUATION_COLLECT_QUEUE, async () => {
    await collectValuations(ctx);
  });
  // 失信规定 art 10: entries with a deletion condition are deleted once a day (00:20 Beijing), well within 3 working days.
  await boss.createQueue(CREDIT_DELETION_QUEUE);
  await boss.schedule(CREDIT_DELETION_QUEUE, opts.creditDeletionCron ?? "20 0 * * *", {}, { tz: "Asia/Shanghai" });
  await boss.work(CREDIT_DELETION_QUEUE, async () => {
    await runCreditDeletion(ctx);
  });
  // 终本规定 art 9: the 6-monthly network search after 终本 runs for the cases due, once a day (01:30 Beijing).
  await boss.createQueue(ZHONGBEN_REINQUIRY_QUEUE);
  await boss.schedule(ZHONGBEN_REINQUIRY_QUEUE, opts.zhongbenReinquiryCron ?? "30 1 * * *", {}, { tz: "Asia/Shanghai" });
  await boss.work(ZHONGBEN_REINQUIRY_QUEUE, async () => {
    await runZhongbenReinquiry(ctx);
  });
  return { boss, stop: () => boss.stop({ graceful: true, wait: true }) };
}
