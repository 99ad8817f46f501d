// `npm run bench`: measured speed of the hot paths, on this machine, printed as a table (or JSON).
// Rules: deadlines and fees per second. Database: applications submitted and registered per second
// through the services, and case-list latency, on embedded PGlite and, with DATABASE_URL, on the
// PostgreSQL server. Numbers are measurements, not assertions; the scale issue sets the targets.
import { performance } from "node:perf_hooks";
import { listCases, migrateToLatest, openDatabase, type Database } from "@zhixing/db";
import { addDays, computeDeadline, computeEnforcementFee, createStatutoryCalendar } from "@zhixing/domain";
import type { AppContext } from "../context";
import { createContext } from "../runtime";
import { seedDemo } from "../seed/demo.seed";
import { generateCases } from "../seed/generate.seed";

type Row = { name: string; value: number; unit: string };

function timeOps(n: number, fn: (i: number) => void): number {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) fn(i);
  return n / ((performance.now() - t0) / 1000);
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

async function benchDatabase(label: string, database: Database, cases: number): Promise<Row[]> {
  await migrateToLatest(database.db);
  const base = await createContext(database);
  const ctx: AppContext = { ...base, now: () => new Date("2026-06-15T02:00:00Z") };
  await seedDemo(ctx, { cases: false });
  const t0 = performance.now();
  await generateCases(ctx, { count: cases, courtId: "sh-ip" });
  const seconds = (performance.now() - t0) / 1000;
  const latencies: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t = performance.now();
    await listCases(database.db, { courtIds: ["sh-ip"], page: 1 + (i % 3), pageSize: 20 });
    latencies.push(performance.now() - t);
  }
  return [
    { name: `${label}: cases generated through the services (submit, register, assign, notice, close)`, value: cases / seconds, unit: "cases/s" },
    { name: `${label}: case list page of 20, p50`, value: percentile(latencies, 50), unit: "ms" },
    { name: `${label}: case list page of 20, p95`, value: percentile(latencies, 95), unit: "ms" },
  ];
}

export async function runBench(o: { cases: string; json?: boolean }): Promise<void> {
  const cases = Number(o.cases);
  const cal = createStatutoryCalendar();
  const rows: Row[] = [
    { name: "computeDeadline, 15 days", value: timeOps(100_000, (i) => computeDeadline(addDays("2025-01-01", i % 700), { unit: "days", n: 15 }, cal)), unit: "ops/s" },
    { name: "computeDeadline, 6 months", value: timeOps(50_000, (i) => computeDeadline(addDays("2025-01-01", i % 700), { unit: "months", n: 6 }, cal)), unit: "ops/s" },
    { name: "computeDeadline, 20 working days", value: timeOps(20_000, (i) => computeDeadline(addDays("2025-01-01", i % 700), { unit: "workingDays", n: 20 }, cal)), unit: "ops/s" },
    { name: "computeEnforcementFee", value: timeOps(500_000, (i) => computeEnforcementFee(i * 997)), unit: "ops/s" },
  ];
  const pglite = await openDatabase({ memory: true });
  try {
    rows.push(...(await benchDatabase("PGlite", pglite, cases)));
  } finally {
    await pglite.close();
  }
  if (process.env.DATABASE_URL) {
    const server = await openDatabase({ url: process.env.DATABASE_URL });
    try {
      rows.push(...(await benchDatabase("PostgreSQL", server, cases)));
    } finally {
      await server.close();
    }
  }
  rows.push({ name: "peak resident memory", value: process.memoryUsage().rss / 1024 / 1024, unit: "MiB" });
  if (o.json) {
    process.stdout.write(JSON.stringify(rows, null, 2) + "\n");
    return;
  }
  for (const r of rows) process.stdout.write(`${r.name.padEnd(96)} ${r.value.toFixed(r.value < 100 ? 1 : 0).padStart(10)} ${r.unit}\n`);
}
