// 执保 → 执 through the API, on PGlite and on the PostgreSQL server: a preservation case closed as
// 保全完毕 keeps its measures and their clocks; the enforcement case takes them over under 民诉法解释
// art 168 (same rows, same terms, clocks moved), once; a measure past its last day stays behind; a
// stranger's case cannot take them; closing as paid or withdrawn requires every measure released; and a
// standing freeze stops when the case closes or part of the freeze is released.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { validApplication } from "../../testing/fixtures";
import { DEMO_RESPONDENT_ID } from "../../seed/demo.seed";
import { addAsset, assignedCase, counts, setUp, type Clients } from "./measures-test-setup";

type Measure = { id: string; status: string; start: string; expires: string | null; countsFrom: string | null; convertedFromCaseId: string | null; caseId: string };

describe.each(TEST_BACKENDS)("preservation measures carried into enforcement (民诉法解释 art 168) on %s", (kind) => {
  let t: TestApp;
  let c: Clients;
  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-09-15" });
    c = await setUp(t);
  }, 60_000);
  afterAll(async () => t?.close());

  /** A property preservation case against the demo respondent, registered and assigned to `officer` on `date`. */
  async function preservationCase(date: string, respondentId = DEMO_RESPONDENT_ID): Promise<string> {
    t.setToday(date);
    const { courtId, applicants } = validApplication();
    const r = await c.clerk.post("/api/v1/preservation-cases", {
      courtId,
      applicants,
      respondents: [{ kind: "naturalPerson", name: "张某某", idType: "residentId", idNumber: respondentId, phone: "13900001111" }],
      kind: "property",
      stage: "inSuit",
      ruling: { court: "北京知识产权法院", documentNumber: `(2025)京73民初${Math.floor(Math.random() * 1e6)}号之一`, date },
      rightType: "patent",
      securityFen: 1_000_000,
    });
    expect(r.statusCode, r.body).toBe(201);
    const id = r.json().id as string;
    expect((await c.clerk.post(`/api/v1/cases/${id}/actions/register`, {})).statusCode).toBe(200);
    expect((await c.head.post(`/api/v1/cases/${id}/actions/assign`, { handlerId: c.officer.user.id })).statusCode).toBe(200);
    return id;
  }
  const take = async (caseId: string, body: Record<string, unknown>) => {
    const r = await c.officer.post(`/api/v1/cases/${caseId}/measures`, { executedBy: "王执行", context: "preservation", ...body });
    expect(r.statusCode, r.body).toBe(201);
    return r.json().id as string;
  };
  const register = async (caseId: string) => {
    const r = await c.officer.get(`/api/v1/cases/${caseId}/measures`);
    expect(r.statusCode, r.body).toBe(200);
    return r.json().measures as Measure[];
  };
  const openClocks = async (measureId: string) =>
    t.database.db.selectFrom("clocks").select(["case_id", "kind", "due_date"]).where("measure_id", "=", measureId).where("status", "=", "open").execute();

  it("a 执保 case has no term, no notice and no extension; it closes as 保全完毕 with its measures and their clocks in force", async () => {
    const p = await preservationCase("2025-09-15");
    const detail = (await c.officer.get(`/api/v1/cases/${p}`)).json();
    expect(detail.term).toBeNull();
    expect(detail.clocks.map((k: { kind: string }) => k.kind)).not.toContain("term");
    expect(detail.allowedActions).toEqual(["close"]);
    const notice = await c.officer.post(`/api/v1/cases/${p}/actions/issueNotice`, { withReportOrder: false });
    expect(notice.statusCode).toBe(409);

    const deposit = await addAsset(c.officer, p, { type: "bankDeposit", valueFen: 5_000_000 });
    const m = await take(p, { assetId: deposit, kind: "freeze", amountFen: 5_000_000 });
    const enforcementMode = await c.officer.post(`/api/v1/cases/${p}/actions/close`, { mode: "completed", reason: "保全完毕" });
    expect(enforcementMode.statusCode).toBe(422);
    expect(enforcementMode.json().error.field).toBe("mode");
    const released = await c.officer.post(`/api/v1/cases/${p}/actions/close`, { mode: "preservationReleased", reason: "解除保全" });
    expect(released.statusCode).toBe(422); // a measure is still in force (查封规定 art 28)

    const closed = await c.officer.post(`/api/v1/cases/${p}/actions/close`, { mode: "preservationCompleted", reason: "保全裁定已执行完毕" });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().closure.mode).toBe("preservationCompleted");
    const clocks = await openClocks(m);
    expect(clocks.map((k) => k.kind)).toContain("measureExpiry");
    expect(clocks.every((k) => k.case_id === p)).toBe(true);
  });

  it("carries the measures still in force into the enforcement case, terms unchanged and clocks moved, once", async () => {
    const p = await preservationCase("2025-09-15");
    const deposit = await addAsset(c.officer, p, { type: "bankDeposit", valueFen: 5_000_000 });
    const kept = await take(p, { assetId: deposit, kind: "freeze", amountFen: 5_000_000 });
    const car = await addAsset(c.officer, p, { type: "vehicle", valueFen: 8_000_000, indivisible: true });
    const gone = await take(p, { assetId: car, kind: "seize", amountFen: 8_000_000 });
    expect((await c.officer.post(`/api/v1/measures/${gone}/release`, { reason: "securityAccepted", note: "被申请人提供担保，申请人同意" })).statusCode).toBe(200);
    expect((await c.officer.post(`/api/v1/cases/${p}/actions/close`, { mode: "preservationCompleted", reason: "保全完毕" })).statusCode).toBe(200);
    const before = (await register(p)).find((x) => x.id === kept)!;

    // The judgment is enforced months later.
    const e = await assignedCase(t, c, "2026-01-12");
    const candidates = await c.officer.get(`/api/v1/cases/${e}/preservation-candidates`);
    expect(candidates.statusCode, candidates.body).toBe(200);
    expect(candidates.json().items).toContainEqual(expect.objectContaining({ caseId: p, measuresInForce: 1 }));

    const r = await c.officer.post(`/api/v1/cases/${e}/preservation-conversions`, { preservationCaseId: p });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ preservationCaseId: p, enforcementCaseId: e, convertedDate: "2026-01-12", measures: 1, assets: 1, skipped: [{ measureId: gone, reason: "notInForce" }] });
    expect(r.json().basis).toMatchObject({ article: "art 168" });

    const moved = (await register(e)).find((x) => x.id === kept)!;
    expect(moved).toMatchObject({ caseId: e, status: "active", start: before.start, countsFrom: before.countsFrom, expires: before.expires, convertedFromCaseId: p });
    expect((await openClocks(kept)).every((k) => k.case_id === e)).toBe(true);
    // The released measure stays in the preservation case's register, its asset still shown.
    const left = await register(p);
    expect(left.map((x) => x.id)).toEqual([gone]);

    for (const id of [e, p]) {
      const list = (await c.officer.get(`/api/v1/cases/${id}/preservation-conversions`)).json().items;
      expect(list).toEqual([expect.objectContaining({ preservationCaseId: p, enforcementCaseId: e, measures: 1 })]);
    }
    const events = await t.database.db.selectFrom("case_events").select(["case_id", "type"]).where("type", "in", ["measure.convertIn", "measure.convertOut"]).where("case_id", "in", [e, p]).execute();
    expect(events.map((x) => `${x.case_id === e ? "e" : "p"}:${x.type}`).sort()).toEqual(["e:measure.convertIn", "p:measure.convertOut"]);
    const audit = await t.database.db.selectFrom("audit_log").select("action").where("entity_id", "=", r.json().id).execute();
    expect(audit.map((a) => a.action).sort()).toEqual(["measure.convertIn", "measure.convertOut"]);

    // Once only; the candidate list no longer offers it.
    const again = await c.officer.post(`/api/v1/cases/${e}/preservation-conversions`, { preservationCaseId: p });
    expect(again.statusCode).toBe(422);
    expect(again.json().error.field).toBe("preservationCaseId");
    expect((await c.officer.get(`/api/v1/cases/${e}/preservation-candidates`)).json().items.map((x: { caseId: string }) => x.caseId)).not.toContain(p);
  });

  it("leaves behind a measure past its last day (the 期限届满 exception) and carries the one in its term", async () => {
    const p = await preservationCase("2025-09-15");
    const short = await take(p, { assetId: await addAsset(c.officer, p, { type: "bankDeposit", valueFen: 1_000_000 }), kind: "freeze", amountFen: 1_000_000, requestedMonths: 1 });
    const long = await take(p, { assetId: await addAsset(c.officer, p, { type: "bankDeposit", valueFen: 1_000_000 }), kind: "freeze", amountFen: 1_000_000 });
    const e = await assignedCase(t, c, "2025-11-20"); // the 1-month freeze ended on 2025-10-15; the job has not run
    const r = await c.officer.post(`/api/v1/cases/${e}/preservation-conversions`, { preservationCaseId: p });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ measures: 1, skipped: [{ measureId: short, reason: "termEnded" }] });
    expect((await register(e)).map((x) => x.id)).toContain(long);
    expect((await register(p)).map((x) => x.id)).toEqual([short]);
  });

  it("refuses a stranger's case, another court, a party, a closed or 执保 target — 4xx, nothing changed", async () => {
    const p = await preservationCase("2025-09-15");
    await take(p, { assetId: await addAsset(c.officer, p, { type: "bankDeposit", valueFen: 1_000_000 }), kind: "freeze", amountFen: 1_000_000 });
    const e = await assignedCase(t, c, "2025-10-10");
    // An enforcement case against someone else: the measures would hold a stranger's property.
    t.setToday("2025-10-10");
    const other = (await c.clerk.post("/api/v1/cases", validApplication())).json().id as string;
    await c.clerk.post(`/api/v1/cases/${other}/actions/register`, {});
    await c.head.post(`/api/v1/cases/${other}/actions/assign`, { handlerId: c.officer.user.id });
    const before = await counts(t);
    const stranger = await c.officer.post(`/api/v1/cases/${other}/preservation-conversions`, { preservationCaseId: p });
    expect(stranger.statusCode).toBe(422);
    expect(stranger.json().error.field).toBe("preservationCaseId");
    expect(stranger.json().error.message).toBeTruthy();
    expect((await c.officer.get(`/api/v1/cases/${other}/preservation-candidates`)).json().items.map((x: { caseId: string }) => x.caseId)).not.toContain(p);

    expect((await c.officer2.post(`/api/v1/cases/${e}/preservation-conversions`, { preservationCaseId: p })).statusCode).toBe(403); // not the handler
    expect((await c.other.post(`/api/v1/cases/${e}/preservation-conversions`, { preservationCaseId: p })).statusCode).toBe(404); // another court
    expect([403, 404]).toContain((await c.applicant.post(`/api/v1/cases/${e}/preservation-conversions`, { preservationCaseId: p })).statusCode);
    expect((await c.officer.post(`/api/v1/cases/${p}/preservation-conversions`, { preservationCaseId: p })).statusCode).toBe(422); // into a 执保 case
    expect((await c.officer.post(`/api/v1/cases/${e}/preservation-conversions`, { preservationCaseId: e })).statusCode).toBe(400); // itself
    expect((await c.officer.post(`/api/v1/cases/${e}/preservation-conversions`, { preservationCaseId: "not-a-uuid" })).statusCode).toBe(400);
    expect((await c.officer.post(`/api/v1/cases/${e}/preservation-conversions`, { preservationCaseId: "00000000-0000-4000-8000-000000000000" })).statusCode).toBe(404);
    expect(await counts(t)).toEqual(before);
    expect(await t.database.db.selectFrom("preservation_conversions").select("id").where("preservation_case_id", "=", p).execute()).toEqual([]);
  });

  it("closing as paid or withdrawn requires every measure released first; a closure stops the case's standing freezes and takes down its reward notices", async () => {
    const e = await assignedCase(t, c, "2025-09-15");
    const deposit = await addAsset(c.officer, e, { type: "bankDeposit", valueFen: 1_000_000 });
    const m = (await c.officer.post(`/api/v1/cases/${e}/measures`, { assetId: deposit, kind: "freeze", amountFen: 1_000_000, executedBy: "王执行" })).json().id as string;
    const sf = await c.officer.post(`/api/v1/measures/${m}/standing`, { targetFen: 3_000_000 });
    expect(sf.statusCode, sf.body).toBe(201);
    expect((await c.officer.post(`/api/v1/cases/${e}/actions/issueNotice`, { withReportOrder: true })).statusCode).toBe(200);
    // A published reward notice (悬赏公告) on the case.
    const notice = await c.applicant.post(`/api/v1/cases/${e}/reward-notices`, { written: true, amountFen: 500_000, promiseToPay: true, channels: ["nationalPlatform"] });
    expect(notice.statusCode, notice.body).toBe(201);
    expect((await c.officer.post(`/api/v1/reward-notices/${notice.json().id}/decide`, { decision: "publish" })).statusCode).toBe(200);
    const withdrawn = await c.officer.post(`/api/v1/cases/${e}/actions/close`, { mode: "cancelled", reason: "申请执行人撤回申请" });
    expect(withdrawn.statusCode).toBe(422);
    expect(withdrawn.json().error.field).toBe("mode");
    expect((await c.officer.get(`/api/v1/cases/${e}`)).json().status).toBe("inProgress");

    // 终结执行 leaves the measure for its own release, but the standing order stops with the case.
    const closed = await c.officer.post(`/api/v1/cases/${e}/actions/close`, { mode: "terminated", reason: "申请执行人撤回申请", ground: "applicationWithdrawn" });
    expect(closed.statusCode, closed.body).toBe(200);
    const orders = (await c.officer.get(`/api/v1/cases/${e}/standing-freezes`)).json().items;
    expect(orders).toEqual([expect.objectContaining({ status: "stopped", stoppedReason: "案件已结案 case closed" })]);
    expect((await openClocks(m)).map((k) => k.kind)).toContain("measureExpiry");
    // …and its published reward notice is taken down.
    const notices = (await c.officer.get(`/api/v1/cases/${e}/reward-notices`)).json().items;
    expect(notices).toEqual([expect.objectContaining({ id: notice.json().id, status: "closed" })]);
    expect(((await c.applicant.get("/api/v1/public/reward-notices")).json().items as { id: string }[]).map((x) => x.id)).not.toContain(notice.json().id);
  });

  it("a partial release stops the standing freeze that would top the freeze up again", async () => {
    const e = await assignedCase(t, c, "2025-09-15");
    const deposit = await addAsset(c.officer, e, { type: "bankDeposit", valueFen: 5_000_000 });
    const m = (await c.officer.post(`/api/v1/cases/${e}/measures`, { assetId: deposit, kind: "freeze", amountFen: 2_000_000, executedBy: "王执行" })).json().id as string;
    expect((await c.officer.post(`/api/v1/measures/${m}/standing`, { targetFen: 4_000_000 })).statusCode).toBe(201);
    const part = await c.officer.post(`/api/v1/measures/${m}/release`, { reason: "excessOverLimit", note: "解除超额部分", amountFen: 500_000 });
    expect(part.statusCode, part.body).toBe(200);
    const orders = (await c.officer.get(`/api/v1/cases/${e}/standing-freezes`)).json().items;
    expect(orders).toEqual([expect.objectContaining({ status: "stopped", stoppedReason: "部分解除 part of the freeze released" })]);
    const stops = await t.database.db.selectFrom("case_events").select("data").where("case_id", "=", e).where("type", "=", "standingFreeze.stop").execute();
    expect(stops).toHaveLength(1);
  });
});
