// 轮询冻结 / 持续冻结 through the API and the job, on PGlite and on the PostgreSQL server: a standing
// order tops up a freeze of a bank deposit day by day with the simulator's seeded inflows until the
// target is met; it expires after its last day (30 days, a product setting); the handler stops it; a
// second run on the same day changes nothing; permissions; bad input names its field and stores nothing.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import { addDays } from "@zhixing/domain";
import { createInquiryProviders, simulatedDailyInflowFen } from "../../adapters/inquiry";
import { runStandingFreezes } from "../../jobs/standing-freeze.job";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { configureInquiries } from "../inquiries/inquiries.service";
import { addAsset, assignedCase, counts, setUp, type Clients } from "./measures-test-setup";

const SEED = "standing-freeze-spec";
const inflow = (identifier: string, day: string) => simulatedDailyInflowFen({ seed: SEED }, "bankDeposit", identifier, day);
const inflowsBetween = (identifier: string, fromExclusive: string, through: string) => {
  let s = 0;
  for (let d = addDays(fromExclusive, 1); d <= through; d = addDays(d, 1)) s += inflow(identifier, d);
  return s;
};

type SF = { id: string; measureId: string; targetFen: number; frozenFen: number; remainingFen: number; status: string; endsDate: string; lastRunDate: string | null; runs: number; stoppedReason: string | null };

describe.each(TEST_BACKENDS)("standing freezes on %s", (kind) => {
  let t: TestApp;
  let c: Clients;
  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-09-15" });
    c = await setUp(t);
    configureInquiries(t.ctx, { providers: createInquiryProviders({ kind: "simulator", simulator: { seed: SEED, latencyMs: 0, failureRate: 0 } }) });
  }, 60_000);
  afterAll(async () => t?.close());

  /** A case on 2025-09-15 with a first freeze of 10,000 yuan on a bank deposit of that balance. */
  const frozenDeposit = async (identifier: string) => {
    const caseId = await assignedCase(t, c, "2025-09-15");
    const assetId = await addAsset(c.officer, caseId, { type: "bankDeposit", valueFen: 1_000_000, identifier });
    const r = await c.officer.post(`/api/v1/cases/${caseId}/measures`, { assetId, kind: "freeze", amountFen: 1_000_000, executedBy: "王执行" });
    expect(r.statusCode, r.body).toBe(201);
    return { caseId, assetId, measureId: r.json().id as string };
  };
  const standing = (measureId: string, body: unknown, who = c.officer) => who.post(`/api/v1/measures/${measureId}/standing`, body);
  const list = async (caseId: string, who = c.officer) => {
    const r = await who.get(`/api/v1/cases/${caseId}/standing-freezes`);
    expect(r.statusCode, r.body).toBe(200);
    return r.json().items as SF[];
  };
  const amountOf = async (measureId: string) => Number((await t.database.db.selectFrom("measures").select("amount_fen").where("id", "=", measureId).executeTakeFirstOrThrow()).amount_fen);
  const runOn = async (day: string) => {
    t.setToday(day);
    return runStandingFreezes(t.ctx);
  };
  const runsOf = async (caseId: string) =>
    (await t.database.db.selectFrom("case_events").select("data").where("case_id", "=", caseId).where("type", "=", "standingFreeze.run").orderBy("at").execute()).map((e) => e.data as Record<string, unknown>);
  const audits = async (id: string) =>
    Number((await t.database.db.selectFrom("audit_log").select((eb) => eb.fn.countAll<string>().as("n")).where("entity_id", "=", id).executeTakeFirstOrThrow()).n);
  const stored = async (): Promise<Record<string, number>> => ({
    ...(await counts(t)),
    standing: Number((await t.database.db.selectFrom("standing_freezes").select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow()).n),
  });

  it("tops the freeze up with each day's new funds until the target is met, once a day", async () => {
    // An account whose first three days after the order all bring money (the simulator is seeded).
    let identifier = "";
    for (let i = 0; !identifier; i++) {
      const id = `62220200${String(i).padStart(8, "0")}`;
      if (["2025-09-16", "2025-09-17", "2025-09-18"].every((d) => inflow(id, d) >= 2)) identifier = id;
    }
    const { caseId, measureId } = await frozenDeposit(identifier);
    const [i1, i2, i3] = ["2025-09-16", "2025-09-17", "2025-09-18"].map((d) => inflow(identifier, d)) as [number, number, number];
    const target = 1_000_000 + i1 + i2 + i3 - 1; // met on the third day, with 1 fen of that day's funds left free

    const created = await standing(measureId, { targetFen: target });
    expect(created.statusCode, created.body).toBe(201);
    const sf = created.json() as SF;
    expect(sf).toMatchObject({ measureId, targetFen: target, frozenFen: 1_000_000, remainingFen: target - 1_000_000, status: "active", endsDate: "2025-10-15", runs: 0 });

    // Not on the day the order is made: its first run is the next day.
    expect((await runStandingFreezes(t.ctx)).run).toBe(0);

    expect((await runOn("2025-09-16")).byOutcome).toMatchObject({ toppedUp: 1 });
    expect(await amountOf(measureId)).toBe(1_000_000 + i1);

    await runOn("2025-09-17");
    const before = { ...(await stored()), audits: await audits(sf.id) };
    const again = await runStandingFreezes(t.ctx); // the same day again: nothing
    expect(again.run).toBe(0);
    expect({ ...(await stored()), audits: await audits(sf.id) }).toEqual(before);
    expect(await amountOf(measureId)).toBe(1_000_000 + i1 + i2);

    expect((await runOn("2025-09-18")).byOutcome).toMatchObject({ met: 1 });
    expect(await amountOf(measureId)).toBe(target);
    expect((await list(caseId))[0]).toMatchObject({ status: "met", frozenFen: target, remainingFen: 0, lastRunDate: "2025-09-18", runs: 3 });
    expect((await runOn("2025-09-19")).run).toBe(0);

    const runs = await runsOf(caseId);
    expect(runs.map((r) => [r.through, r.availableFen, r.topUpFen, r.status])).toEqual([
      ["2025-09-16", i1, i1, "active"],
      ["2025-09-17", i2, i2, "active"],
      ["2025-09-18", i3, i3 - 1, "met"],
    ]);
    // Create + three runs, each with its SM3-chained audit entry.
    expect(await audits(sf.id)).toBe(4);
    // The register shows the raised freeze.
    const reg = (await c.officer.get(`/api/v1/cases/${caseId}/measures`)).json() as { measures: { id: string; amountFen: number }[] };
    expect(reg.measures.find((m) => m.id === measureId)!.amountFen).toBe(target);
  });

  it("expires after its last day (30 days by default, a product setting), catching up missed days", async () => {
    const identifier = "6222030000000001";
    const { caseId, measureId } = await frozenDeposit(identifier);
    const target = 1_000_000 + 90_000_000; // more than 30 days of inflows can bring (at most 20,000 yuan a day)
    const r = await standing(measureId, { targetFen: target });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().endsDate).toBe("2025-10-15");

    await runOn("2025-09-16");
    await runOn("2025-10-14"); // the job missed days: the run asks for everything since the last run
    expect((await list(caseId))[0]).toMatchObject({ status: "active", frozenFen: 1_000_000 + inflowsBetween(identifier, "2025-09-15", "2025-10-14"), runs: 2 });
    expect((await runOn("2025-10-15")).byOutcome).toMatchObject({ expired: 1 });
    const all = 1_000_000 + inflowsBetween(identifier, "2025-09-15", "2025-10-15");
    expect((await list(caseId))[0]).toMatchObject({ status: "expired", frozenFen: all, lastRunDate: "2025-10-15", runs: 3 });
    expect(await amountOf(measureId)).toBe(all);
    expect((await runOn("2025-10-16")).run).toBe(0);
    expect(await amountOf(measureId)).toBe(all);

    // A shorter order ends sooner; a longer one than the setting is refused.
    t.setToday("2025-10-16");
    const long = await standing(measureId, { targetFen: target, days: 31 });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.field).toBe("days");
    const short = await standing(measureId, { targetFen: target, days: 5 });
    expect(short.statusCode, short.body).toBe(201);
    expect(short.json().endsDate).toBe("2025-10-21");
  });

  it("lets the handler stop an order; a stopped order does not run again", async () => {
    const { caseId, measureId } = await frozenDeposit("6222040000000001");
    const sf = (await standing(measureId, { targetFen: 1_000_000 + 90_000_000 })).json() as SF;
    await runOn("2025-09-16");
    const frozen = (await list(caseId))[0]!.frozenFen;
    const stop = await c.officer.post(`/api/v1/standing-freezes/${sf.id}/stop`, { reason: "申请执行人撤回轮询冻结申请" });
    expect(stop.statusCode, stop.body).toBe(200);
    expect(stop.json()).toMatchObject({ status: "stopped", stoppedReason: "申请执行人撤回轮询冻结申请", frozenFen: frozen });
    expect((await runOn("2025-09-17")).run).toBe(0);
    expect(await amountOf(measureId)).toBe(frozen);
    const twice = await c.officer.post(`/api/v1/standing-freezes/${sf.id}/stop`, { reason: "再次停止" });
    expect(twice.statusCode).toBe(422);
    expect(twice.json().error.field).toBe("status");
    // A new order may follow on the same freeze; while it is active, a second one conflicts.
    expect((await standing(measureId, { targetFen: frozen + 100 })).statusCode).toBe(201);
    expect((await standing(measureId, { targetFen: frozen + 200 })).statusCode).toBe(409);
    // A released freeze ends its order at the next run.
    const rel = await c.officer.post(`/api/v1/measures/${measureId}/release`, { reason: "debtPaid", note: "债务已经清偿" });
    expect(rel.statusCode, rel.body).toBe(200);
    await runOn("2025-09-18");
    expect((await list(caseId)).map((s) => s.status)).toEqual(["stopped", "stopped"]);
  });

  it("allows the handler and the division head; another officer gets 403, another court 404, a party 403 on the list", async () => {
    t.setToday("2025-09-15");
    const { caseId, measureId } = await frozenDeposit("6222050000000001");
    const before = await stored();
    expect((await standing(measureId, { targetFen: 2_000_000 }, c.officer2)).statusCode).toBe(403);
    expect((await standing(measureId, { targetFen: 2_000_000 }, c.other)).statusCode).toBe(404);
    expect((await c.other.get(`/api/v1/cases/${caseId}/standing-freezes`)).statusCode).toBe(404);
    expect(await stored()).toEqual(before);
    const byHead = await standing(measureId, { targetFen: 2_000_000 }, c.head);
    expect(byHead.statusCode, byHead.body).toBe(201);
    const id = byHead.json().id as string;
    expect((await c.officer2.post(`/api/v1/standing-freezes/${id}/stop`, { reason: "不是我的案件" })).statusCode).toBe(403);
    expect((await c.other.post(`/api/v1/standing-freezes/${id}/stop`, { reason: "别的法院" })).statusCode).toBe(404);
    expect((await c.applicant.get(`/api/v1/cases/${caseId}/standing-freezes`)).statusCode).toBe(403);
    expect((await list(caseId, c.head)).map((s) => s.status)).toEqual(["active"]);
  });

  it("refuses bad input naming the field, and stores nothing", async () => {
    t.setToday("2025-09-15");
    const { caseId, measureId } = await frozenDeposit("6222060000000001");
    const limit = ((await c.officer.get(`/api/v1/cases/${caseId}/measures`)).json() as { control: { limitFen: number; controlledFen: number } }).control;
    const land = await addAsset(c.officer, caseId, { type: "realEstate", valueFen: 100_000 });
    const seal = (await c.officer.post(`/api/v1/cases/${caseId}/measures`, { assetId: land, kind: "seal", amountFen: 100_000, executedBy: "王执行" })).json().id as string;
    const before = await stored();
    const cases: [string, unknown, number, string][] = [
      [measureId, {}, 400, "targetFen"],
      [measureId, { targetFen: "2000000" }, 400, "targetFen"],
      [measureId, { targetFen: 2_000_000.5 }, 400, "targetFen"],
      [measureId, { targetFen: 2_000_000, days: 0 }, 400, "days"],
      [measureId, { targetFen: 2_000_000, extra: 1 }, 400, "extra"],
      [measureId, { targetFen: 1_000_000 }, 422, "targetFen"], // not above what is frozen
      [measureId, { targetFen: 1_000_000 + (limit.limitFen - limit.controlledFen) + 1 }, 422, "targetFen"], // over-seizure (查封规定 art 19)
      [seal, { targetFen: 2_000_000 }, 422, "id"], // a seal of real estate, not a freeze of an account
    ];
    for (const [id, body, status, field] of cases) {
      const r = await standing(id, body);
      expect([JSON.stringify(body), r.statusCode, r.json().error?.field]).toEqual([JSON.stringify(body), status, field]);
    }
    expect((await standing("not-a-uuid", { targetFen: 2_000_000 })).statusCode).toBe(400);
    const ok = (await standing(measureId, { targetFen: 2_000_000 })).json() as SF;
    const after = await stored();
    expect(after).toEqual({ ...before, standing: Number(before.standing) + 1, audit: Number(before.audit) + 1, events: Number(before.events) + 1 });
    for (const body of [{}, { reason: "" }, { reason: "x" }]) {
      const r = await c.officer.post(`/api/v1/standing-freezes/${ok.id}/stop`, body);
      expect([r.statusCode, r.json().error?.field]).toEqual([400, "reason"]);
    }
    expect(await stored()).toEqual(after);
    expect((await list(caseId))[0]!.status).toBe("active");
  });
});

// The command line reaches a server database by URL (not a test's in-memory PGlite): PostgreSQL only.
describe("zhixing measures standing --run on the PostgreSQL server", () => {
  const run = promisify(execFile);
  const BIN = join(import.meta.dirname, "..", "..", "..", "bin", "zhixing.mjs");
  let t: TestApp;
  let c: Clients;
  beforeAll(async () => {
    t = await createTestApp("postgres", { today: "2025-09-15" });
    c = await setUp(t);
  }, 60_000);
  afterAll(async () => t?.close());

  it(
    "runs the job once; the command runs on the real clock, long after the order's last day, so the order catches up and expires; a second run does nothing",
    async () => {
      const caseId = await assignedCase(t, c, "2025-09-15");
      const identifier = "6222070000000001";
      const assetId = await addAsset(c.officer, caseId, { type: "bankDeposit", valueFen: 1_000_000, identifier });
      const m = (await c.officer.post(`/api/v1/cases/${caseId}/measures`, { assetId, kind: "freeze", amountFen: 1_000_000, executedBy: "王执行" })).json();
      const sf = (await c.officer.post(`/api/v1/measures/${m.id}/standing`, { targetFen: 91_000_000, days: 10 })).json() as SF;
      expect(sf.endsDate).toBe("2025-09-25");
      const env = { ...process.env, DATABASE_URL: t.database.url! };
      const first = JSON.parse((await run(process.execPath, [BIN, "measures", "standing", "--run", "--json"], { env, timeout: 60_000 })).stdout);
      expect(first).toMatchObject({ run: 1, byOutcome: { expired: 1 }, ids: [sf.id] });
      const seed = process.env.ZHIXING_SIMULATOR_SEED || "zhixing";
      let expected = 1_000_000;
      for (let d = "2025-09-16"; d <= "2025-09-25"; d = addDays(d, 1)) expected += simulatedDailyInflowFen({ seed }, "bankDeposit", identifier, d);
      const row = await t.database.db.selectFrom("standing_freezes").select(["status", "frozen_fen"]).where("id", "=", sf.id).executeTakeFirstOrThrow();
      expect([row.status, Number(row.frozen_fen)]).toEqual(["expired", expected]);
      const text = (await run(process.execPath, [BIN, "measures", "standing", "--run"], { env, timeout: 60_000 })).stdout;
      expect(text).toMatch(/standing freezes run for \d{4}-\d{2}-\d{2}: 0 /);
    },
    120_000,
  );
});
