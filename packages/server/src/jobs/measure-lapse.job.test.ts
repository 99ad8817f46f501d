// The lapse job (查封规定 art 27) on both databases: bounded batches, one event and one audit record per
// measure, idempotent, reminder clocks met once their day has come; and `zhixing measures lapse|list`
// as a user runs it, against the test's own database.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import { createTestApp, type TestApp } from "../testing/test-app";
import { addAsset, assignedCase, setUp, type Clients } from "../modules/measures/measures-test-setup";
import { lapseMeasures } from "./measure-lapse.job";

const run = promisify(execFile);
const BIN = join(import.meta.dirname, "..", "..", "bin", "zhixing.mjs");

describe.each(TEST_BACKENDS)("measure lapse job on %s", (kind) => {
  let t: TestApp;
  let c: Clients;
  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-09-15" });
    c = await setUp(t);
  }, 60_000);
  afterAll(async () => t?.close());

  const count = async (table: "case_events" | "audit_log", col: "type" | "action", value: string) =>
    Number((await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as("n")).where(col, "=", value).executeTakeFirstOrThrow()).n);

  it("lapses in bounded batches, once per measure, and promotes nothing where nothing waits", async () => {
    const caseId = await assignedCase(t, c, "2025-09-15");
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const assetId = await addAsset(c.officer, caseId, { type: "bankDeposit", valueFen: 10_000 });
      const r = await c.officer.post(`/api/v1/cases/${caseId}/measures`, { assetId, kind: "freeze", amountFen: 10_000, executedBy: "王执行", requestedMonths: 2 });
      expect(r.statusCode, r.body).toBe(201);
      ids.push(r.json().id);
    }
    // A deduct has no term and never lapses.
    const d = await addAsset(c.officer, caseId, { type: "bankDeposit", valueFen: 10_000 });
    expect((await c.officer.post(`/api/v1/cases/${caseId}/measures`, { assetId: d, kind: "deduct", amountFen: 10_000, executedBy: "王执行" })).statusCode).toBe(201);

    t.setToday("2025-11-15"); // the last day in force
    expect((await lapseMeasures(t.ctx, { batchSize: 2 })).lapsed).toBe(0);
    t.setToday("2025-11-16");
    const r = await lapseMeasures(t.ctx, { batchSize: 2 });
    expect(r).toMatchObject({ lapsed: 5, batches: 3 });
    expect(r.measureIds.sort()).toEqual([...ids].sort());
    expect(await lapseMeasures(t.ctx, { batchSize: 2 })).toMatchObject({ lapsed: 0, batches: 0 });
    expect(await count("case_events", "type", "measure.lapse")).toBe(5);
    expect(await count("audit_log", "action", "measure.lapse")).toBe(5);
    expect(await count("case_events", "type", "measure.promote")).toBe(0);
    const statuses = await t.database.db.selectFrom("measures").select(["status", "kind"]).where("case_id", "=", caseId).execute();
    expect(statuses.filter((m) => m.kind === "freeze").every((m) => m.status === "lapsed")).toBe(true);
    expect(statuses.find((m) => m.kind === "deduct")!.status).toBe("active");
    const open = await t.database.db.selectFrom("clocks").select("id").where("measure_id", "in", ids).where("status", "=", "open").execute();
    expect(open).toEqual([]);
  });

  it("meets renewal reminders whose day has come, so that the sweep never reports them overdue", async () => {
    const caseId = await assignedCase(t, c, "2025-09-15");
    const assetId = await addAsset(c.officer, caseId, { type: "vehicle", valueFen: 10_000 });
    const m = (await c.officer.post(`/api/v1/cases/${caseId}/measures`, { assetId, kind: "seal", amountFen: 10_000, executedBy: "王执行" })).json();
    const reminders = () =>
      t.database.db.selectFrom("clocks").select(["due_date", "status", "met_date"]).where("measure_id", "=", m.id).where("kind", "=", "measureRenewalReminder").orderBy("due_date").execute();
    const [first] = await reminders();
    t.setToday(first!.due_date);
    const r = await lapseMeasures(t.ctx);
    expect(r.remindersMet).toBeGreaterThanOrEqual(1);
    expect((await reminders()).map((x) => x.status)).toEqual(["met", "open", "open"]);
    expect((await reminders())[0]!.met_date).toBe(first!.due_date);
  });

});

// The command line runs against a server database it can reach by URL (the CLI cannot open a test's
// in-memory PGlite), so this part runs on the PostgreSQL server only.
describe("zhixing measures list|lapse on the PostgreSQL server", () => {
  let t: TestApp;
  let c: Clients;
  beforeAll(async () => {
    t = await createTestApp("postgres", { today: "2025-09-15" });
    c = await setUp(t);
  }, 60_000);
  afterAll(async () => t?.close());

  it(
    "runs from the command line: zhixing measures list --case <number> --json, then zhixing measures lapse",
    async () => {
      t.setToday("2025-09-15");
      const caseId = await assignedCase(t, c, "2025-09-15");
      const assetId = await addAsset(c.officer, caseId, { type: "bankDeposit", identifier: "6222020200012345678", valueFen: 10_000 });
      const m = (await c.officer.post(`/api/v1/cases/${caseId}/measures`, { assetId, kind: "freeze", amountFen: 10_000, executedBy: "王执行", requestedMonths: 1 })).json();
      const { case_number } = await t.database.db.selectFrom("cases").select("case_number").where("id", "=", caseId).executeTakeFirstOrThrow();
      const env = { ...process.env, DATABASE_URL: t.database.url! };
      const list = await run(process.execPath, [BIN, "measures", "list", "--case", case_number!, "--json"], { env, timeout: 60_000 });
      const reg = JSON.parse(list.stdout);
      expect(reg).toMatchObject({ caseNumber: case_number, measures: [{ id: m.id, expires: "2025-10-15", asset: { identifier: "6222020200012345678" } }] });
      // The command runs on the real clock, long after 2025-10-15: the freeze has lapsed.
      const lapse = await run(process.execPath, [BIN, "measures", "lapse", "--json"], { env, timeout: 60_000 });
      expect(JSON.parse(lapse.stdout).measureIds).toContain(m.id);
      const text = await run(process.execPath, [BIN, "measures", "list", "--case", caseId], { env, timeout: 60_000 });
      expect(text.stdout).toContain("lapsed");
      const missing = await run(process.execPath, [BIN, "measures", "list", "--case", "(2025)京73执999999号"], { env, timeout: 60_000 }).catch((e: { code: number; stderr: string }) => e);
      expect((missing as { code: number }).code).not.toBe(0);
    },
    120_000,
  );
});
