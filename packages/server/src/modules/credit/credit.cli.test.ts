// zhixing credit list | sweep on a PostgreSQL test database seeded with the demo data (seed/credit.seed.ts:
// demo case 3's company restricted and listed, published): the list prints the art 6 form, the sweep runs
// the deletion job once (nothing due: the case is running), and the public lookup of a served app finds
// the entry without signing in.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@zhixing/db/testing";
import { createTestApp } from "../../testing/test-app";

const run = promisify(execFile);
const BIN = join(import.meta.dirname, "..", "..", "..", "bin", "zhixing.mjs");

async function zhixing(args: string[], env: Record<string, string>) {
  try {
    const r = await run(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, timeout: 90_000 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe("zhixing credit on the demo data", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase("postgres");
  });
  afterAll(async () => db?.drop());

  it("lists the demo company's published entry and restriction; sweep --json deletes nothing while the case runs", async () => {
    const env = { DATABASE_URL: db.url! };
    const seeded = await zhixing(["seed", "--demo"], env);
    expect(seeded.code, seeded.stderr).toBe(0);
    const list = await zhixing(["credit", "list", "--json"], env);
    expect(list.code, list.stderr).toBe(0);
    const out = JSON.parse(list.stdout);
    expect(out.listings).toEqual([expect.objectContaining({ status: "listed", published: true, ground: "reportBreach", name: "深圳市仿冒电子有限公司3", caseNumber: expect.stringMatching(/^\(\d{4}\)京73执\d+号$/) })]);
    expect(out.restrictions).toEqual([expect.objectContaining({ kind: "consumption", status: "issued", name: "深圳市仿冒电子有限公司3" })]);
    const text = await zhixing(["credit", "list"], env);
    expect(text.stdout).toContain("深圳市仿冒电子有限公司3");
    const sweep = await zhixing(["credit", "sweep", "--json"], env);
    expect(sweep.code, sweep.stderr).toBe(0);
    expect(JSON.parse(sweep.stdout)).toMatchObject({ checked: 1, deleted: 0, entries: [] });
  }, 180_000);
});

describe("the demo entry in the public lookup (PGlite, demo cases)", () => {
  it("GET /public/dishonest finds the company without signing in", async () => {
    const t = await createTestApp("pglite", { today: "2026-11-25", demoCases: true });
    try {
      const r = await t.anonymous().get(`/api/v1/public/dishonest?name=${encodeURIComponent("仿冒电子有限公司3")}`);
      expect(r.statusCode).toBe(200);
      expect(r.json().items).toEqual([expect.objectContaining({ subject: expect.objectContaining({ kind: "entity", name: "深圳市仿冒电子有限公司3", representativeName: "陈某某" }), court: expect.stringContaining("知识产权") })]);
    } finally {
      await t.close();
    }
  });
});
