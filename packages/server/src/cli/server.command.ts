// `zhixing serve | migrate | seed | sweep`.
import { migrateToLatest } from "@zhixing/db";
import { invalidField } from "@zhixing/domain";
import { SingleBar, Presets } from "cli-progress";
import { buildApp } from "../app";
import { sweepClocks } from "../jobs/clock-sweep.job";
import { startScheduler, type Scheduler } from "../jobs/scheduler";
import { createContext, openConfiguredDatabase } from "../runtime";
import { generateCases } from "../seed/generate.seed";
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from "../seed/demo.seed";
import { withContext } from "./db-context";

function printDemoUsers(): void {
  process.stdout.write(`\n演示账户 demo sign-ins (password 密码: ${DEMO_PASSWORD})\n`);
  for (const u of DEMO_USERS) process.stdout.write(`  ${u.username.padEnd(12)} ${u.note}\n`);
}

export async function runServe(o: { port: string; host: string; demo?: boolean; jobs: boolean }): Promise<void> {
  const port = Number(o.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw invalidField("port", { zh: "端口无效", en: "invalid port" });
  const ctx = await createContext();
  if (o.demo) {
    const seeded = await seedDemo(ctx);
    if (seeded) process.stdout.write("已写入演示数据 demo data seeded\n");
  }
  const app = await buildApp(ctx, { logger: process.env.ZHIXING_LOG === "1" });
  let scheduler: Scheduler | undefined;
  if (o.jobs) scheduler = await startScheduler(ctx);
  const address = await app.listen({ port, host: o.host });
  process.stdout.write(`\nzhixing 执行 is running: ${address.replace("127.0.0.1", "localhost")}\n`);
  process.stdout.write(`  database: ${ctx.database.kind === "postgres" ? "PostgreSQL server (DATABASE_URL)" : `embedded PGlite in ${process.env.ZHIXING_DATA_DIR ?? "./data"}`}\n`);
  process.stdout.write(`  API docs: ${address}/docs\n`);
  if (o.demo) printDemoUsers();
  const shutdown = async () => {
    await app.close();
    await scheduler?.stop();
    await ctx.database.close();
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

export async function runMigrate(): Promise<void> {
  const database = await openConfiguredDatabase();
  try {
    const applied = await migrateToLatest(database.db);
    process.stdout.write(applied.length ? `applied: ${applied.join(", ")}\n` : "database is up to date\n");
  } finally {
    await database.close();
  }
}

export async function runSeed(o: { demo?: boolean; cases?: string; court: string }): Promise<void> {
  if (!o.demo && o.cases === undefined) throw invalidField("demo", { zh: "请给出 --demo 或 --cases N", en: "give --demo or --cases N" });
  const n = o.cases === undefined ? 0 : Number(o.cases);
  if (!Number.isInteger(n) || n < 0 || n > 1_000_000) throw invalidField("cases", { zh: "--cases 应为 0–1000000 的整数", en: "--cases must be a whole number 0–1000000" });
  await withContext(async (ctx) => {
    if (o.demo) {
      process.stdout.write((await seedDemo(ctx)) ? "demo data seeded\n" : "the database already has users; demo data not seeded\n");
      printDemoUsers();
    }
    if (n > 0) {
      const bar = new SingleBar({ format: "cases [{bar}] {value}/{total} {eta_formatted}", hideCursor: true, noTTYOutput: true, notTTYSchedule: 2000 }, Presets.shades_classic);
      bar.start(n, 0);
      await generateCases(ctx, { count: n, courtId: o.court, onProgress: (done) => bar.update(done) });
      bar.stop();
      process.stdout.write(`${n} case(s) generated in ${o.court}\n`);
    }
  });
}

export async function runSweep(o: { json?: boolean }): Promise<void> {
  await withContext(async (ctx) => {
    const r = await sweepClocks(ctx);
    process.stdout.write(o.json ? JSON.stringify(r) + "\n" : `reminders: ${r.dueSoon} due soon, ${r.overdue} overdue (${r.batches} batch(es))\n`);
  });
}
