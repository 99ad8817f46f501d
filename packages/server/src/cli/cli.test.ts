// The zhixing command as a user runs it: a real process, real output, real exit codes.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@zhixing/db/testing";

const run = promisify(execFile);
const BIN = join(import.meta.dirname, "..", "..", "bin", "zhixing.mjs");

async function zhixing(args: string[], env: Record<string, string> = {}) {
  try {
    const r = await run(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, timeout: 60_000 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe("zhixing calc", () => {
  const dir = mkdtempSync(join(tmpdir(), "zhixing-cli-"));
  const env = { ZHIXING_DATA_DIR: dir };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    [["calc", "fee", "--amount", "1000000"], { feeFen: 1_240_000, amountFen: 100_000_000 }],
    [["calc", "fee", "--amount", "10000"], { feeFen: 5_000 }],
    [["calc", "preservation-fee", "--amount", "50000"], { feeFen: 52_000 }],
    [["calc", "preservation-fee", "--amount", "100000000"], { feeFen: 500_000, capped: true }],
    [["calc", "interest", "--amount", "1000000", "--days", "100"], { interestFen: 1_750_000, days: 100 }],
    [["calc", "interest", "--amount", "1000000", "--from", "2025-01-01", "--to", "2025-04-11"], { days: 100, interestFen: 1_750_000 }],
    [["calc", "deadline", "--from", "2025-09-20", "--days", "15"], { due: "2025-10-09", nominalDue: "2025-10-05", shifted: true }],
    // 01-26 (Sun) is a 调休 working day, 01-27 the next, then the Spring Festival to 02-04.
    [["calc", "deadline", "--from", "2025-01-24", "--working-days", "3"], { due: "2025-02-05" }],
    [["calc", "deadline", "--from", "2025-01-31", "--months", "1"], { due: "2025-02-28" }],
  ])("%j --json", async (args, expected) => {
    const r = await zhixing([...args, "--json"], env);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject(expected);
  });

  it("prints a readable answer without --json", async () => {
    const r = await zhixing(["calc", "fee", "--amount", "1000000"], env);
    expect(r.stdout).toContain("12,400.00");
    expect(r.stdout).toContain("诉讼费用交纳办法");
  });

  it.each([
    [["calc", "fee", "--amount", "-5"], "amount"],
    [["calc", "fee", "--amount", "12.345"], "amount"],
    [["calc", "deadline", "--from", "2025-02-30", "--days", "3"], "from"],
    [["calc", "deadline", "--from", "2025-09-20"], "days"],
    [["calc", "interest", "--amount", "100", "--from", "2025-03-01", "--to", "2025-02-01"], "to"],
  ])("%j exits 2 and says what is wrong in both languages", async (args, field) => {
    const r = await zhixing(args, env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/错误：/);
    expect(r.stderr).toMatch(/error: /);
    expect(r.stderr).toContain(`(${field})`);
  });
});

describe("zhixing on a PostgreSQL server", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase("postgres");
  });
  afterAll(async () => db?.drop());

  it("seeds demo data, generates cases with progress, lists them, loads a calendar year", async () => {
    const env = { DATABASE_URL: db.url! };
    expect((await zhixing(["migrate"], env)).stdout).toContain("up to date");
    const seeded = await zhixing(["seed", "--demo", "--cases", "12", "--court", "sh-ip"], env);
    expect(seeded.code, seeded.stderr).toBe(0);
    expect(seeded.stdout).toContain("zhixing-demo");
    expect(seeded.stdout).toContain("12 case(s) generated in sh-ip");
    const list = JSON.parse((await zhixing(["cases", "list", "--court", "sh-ip", "--json"], env)).stdout);
    expect(list.total).toBe(12);
    const registered = list.items.filter((c: { caseNumber: string | null }) => c.caseNumber);
    expect(registered.every((c: { caseNumber: string }) => /^\(\d{4}\)沪73执\d+号$/.test(c.caseNumber))).toBe(true);
    const demo = JSON.parse((await zhixing(["cases", "list", "--court", "bj-ip", "--json"], env)).stdout);
    // Four enforcement cases and one 执保 case (demo.seed.ts).
    expect(demo.total).toBe(5);
    expect(demo.items.filter((c: { caseNumber: string | null }) => c.caseNumber?.includes("执保"))).toHaveLength(1);

    const file = join(mkdtempSync(join(tmpdir(), "zhixing-cal-")), "2027.json");
    writeFileSync(file, JSON.stringify({ year: 2027, holidays: [{ date: "2027-01-01", name: "元旦" }], workdays: [{ date: "2027-02-06", name: "春节" }] }));
    const loaded = await zhixing(["calendar", "load", file], env);
    expect(loaded.code, loaded.stderr).toBe(0);
    const verified = await zhixing(["audit", "verify"], env);
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toContain("audit log intact");
    await db.db.updateTable("audit_log").set({ action: "case.forged" }).where("action", "=", "case.register").execute();
    const tampered = await zhixing(["audit", "verify", "--json"], env);
    expect(tampered.code).toBe(1);
    expect(JSON.parse(tampered.stdout).problems[0]).toMatchObject({ problem: "altered" });
    const shown = JSON.parse((await zhixing(["calendar", "show", "2027", "--json"], env)).stdout);
    expect(shown.source).toBe("loaded");
    const due = JSON.parse((await zhixing(["calc", "deadline", "--from", "2027-02-01", "--days", "5", "--json"], env)).stdout);
    expect(due).toMatchObject({ due: "2027-02-06", provisional: false });
  }, 120_000); // several CLI processes, each starting tsx: seconds apiece on a loaded 2-core machine
});
