// zhixing conduct list on the demo data (seed/conduct.seed.ts: demo case 2's destruction duty), as a user
// runs it: a real process on a PostgreSQL test database — after a substitute performer is appointed
// through the API on a PGlite copy of the demo (the respondent then sees the duty on its party page).
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

describe("zhixing conduct list on the demo data", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase("postgres");
  });
  afterAll(async () => db?.drop());

  it("prints demo case 2's conduct duties (cease, and the destruction a substitute can perform); --json", async () => {
    const env = { DATABASE_URL: db.url! };
    const seeded = await zhixing(["seed", "--demo"], env);
    expect(seeded.code, seeded.stderr).toBe(0);
    const c2 = await db.db.selectFrom("cases").innerJoin("duties", "duties.case_id", "cases.id").select("cases.case_number").where("duties.category", "=", "destroyGoods").executeTakeFirstOrThrow();
    const list = await zhixing(["conduct", "list", "--case", c2.case_number!, "--json"], env);
    expect(list.code, list.stderr).toBe(0);
    const out = JSON.parse(list.stdout);
    expect(out.caseNumber).toBe(c2.case_number);
    expect(out.duties.map((d: { category: string; performer: string }) => [d.category, d.performer])).toEqual([
      ["ceaseInfringement", "respondentOnly"],
      ["destroyGoods", "substitutable"],
    ]);
    const text = await zhixing(["conduct", "list", "--case", c2.case_number!], env);
    expect(text.stdout).toContain("destroyGoods");
    const missing = await zhixing(["conduct", "list", "--case", "(2099)京73执1号"], env);
    expect(missing.code).not.toBe(0);
  }, 180_000);
});

describe("the demo destruction duty (PGlite, demo cases)", () => {
  it("the officer appoints a performer on demo case 2 and the respondent sees it", async () => {
    const t = await createTestApp("pglite", { today: "2026-11-25", demoCases: true });
    try {
      const officer = await t.login("officer");
      const respondent = await t.login("respondent");
      const duty = await t.database.db.selectFrom("duties").select(["id", "case_id"]).where("category", "=", "destroyGoods").executeTakeFirstOrThrow();
      const r = await officer.post(`/api/v1/cases/${duty.case_id}/conduct/duties/${duty.id}/substitute`, { method: "applicantSelf", performerName: "北京创新科技有限公司", qualificationRequired: false, performerQualified: false, courtApproved: true });
      expect(r.statusCode, r.body).toBe(201);
      const seen = await respondent.get(`/api/v1/cases/${duty.case_id}/conduct`);
      expect(seen.statusCode).toBe(200);
      expect(seen.json().duties.find((d: { id: string }) => d.id === duty.id).substitute).toMatchObject({ method: "applicantSelf", costListVisible: false, costList: null });
    } finally {
      await t.close();
    }
  }, 120_000);
});
