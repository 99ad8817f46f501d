// Distribution plans (分配方案) and objections to jurisdiction through the API, on PGlite and on the
// PostgreSQL server: a plan shares part of the undistributed money between the case's applicant and
// another creditor (lines add up, within the undistributed money less what plans reserve); served →
// 15 days to object (民诉法解释 art 509); objection → notice → 15 days to counter-object → notice → 15 days
// to sue (art 510); carried out as distributionOutcome says, the applicant's share allocated in the
// ledger, the other creditor's payout recorded on the plan, the disputed amount deposited while the suit
// runs; bad input per field and changing nothing. 执行管辖异议 within 10 days of the enforcement notice
// (执行程序解释 art 3), refused when late, ruled directly, 复议 by the 执复 path.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { assignedCase, counts, setUp, type Clients } from "../measures/measures-test-setup";
import { distributePlanShare } from "../ledger/ledger.service";

type Plan = {
  id: string;
  status: string;
  outcome: string | null;
  depositedFen: number;
  prospectiveOutcome: string;
  mayObject: boolean;
  mayCounter: boolean;
  lines: { id: string; creditorKind: string; creditorName: string; amountFen: number; revisedAmountFen: number | null; paidFen: number | null; payoutReference: string | null }[];
  recipients: { name: string; objectionDue: string }[];
  clocks: { kind: string; due: string; status: string }[];
  objection: null | { objectorName: string; counterFiledOn: string | null; suitFiledOn: string | null };
};
type Res = { statusCode: number; body: string; json: () => any };

describe.each(TEST_BACKENDS)("distribution plans and jurisdiction objections on %s", (kind) => {
  let t: TestApp;
  let c: Clients;
  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-11-03" });
    c = await setUp(t);
  }, 60_000);
  afterAll(async () => t?.close());

  const ok = async <T = Plan>(p: Promise<Res>, code = 200): Promise<T> => {
    const r = await p;
    expect(r.statusCode, r.body).toBe(code);
    return r.json() as T;
  };
  const err = async (p: Promise<Res>) => {
    const r = await p;
    return [r.statusCode, r.json().error?.field];
  };
  const list = (caseId: string, who = c.officer) => ok<{ items: Plan[]; availableFen: number | null; jurisdictionObjectionDue: string | null }>(who.get(`/api/v1/cases/${caseId}/distribution-plans`));
  const allocatedFor = async (planId: string) => {
    const ev = await t.database.db.selectFrom("case_events").select("data").where("type", "=", "ledgerDistribution").execute();
    const mine = ev.map((e) => (typeof e.data === "string" ? JSON.parse(e.data) : e.data) as { planId?: string; distributedFen: number; surplusFen: number }).filter((d) => d.planId === planId);
    return mine.reduce((s, d) => s + d.distributedFen + d.surplusFen, 0);
  };
  /** Everything allocated in the case's ledger (allocation rows, reversals aside: none here). */
  const allocatedTotal = async (caseId: string) =>
    (await t.database.db.selectFrom("ledger_entries").select("amount_fen").where("case_id", "=", caseId).where("kind", "=", "allocation").execute()).reduce((s, r) => s + r.amount_fen, 0);
  const applicantPartyId = async (caseId: string) =>
    (await t.database.db.selectFrom("case_parties").select("id").where("case_id", "=", caseId).where("role", "=", "applicant").executeTakeFirstOrThrow()).id;

  async function caseWithMoney(date: string, fen: number) {
    const caseId = await assignedCase(t, c, date);
    await ok(c.officer.post(`/api/v1/cases/${caseId}/actions/issueNotice`, { withReportOrder: true }));
    await ok(c.officer.post(`/api/v1/cases/${caseId}/ledger/receipts`, { source: "respondentPayment", amountFen: fen, date }), 201);
    return caseId;
  }
  const planBody = (partyId: string, applicantFen: number, otherFen: number) => ({
    amountFen: applicantFen + otherFen,
    lines: [
      { partyId, amountFen: applicantFen },
      { creditorName: "上海某贸易有限公司", basis: "(2025)沪0115民初88号民事判决书", claimFen: 500_000, amountFen: otherFen },
    ],
  });

  it("objection, counter-objection and suit: the undisputed part is carried out, the disputed amount deposited (民诉法解释 art 510 para 3)", async () => {
    const caseId = await caseWithMoney("2025-11-03", 1_000_000);
    const partyId = await applicantPartyId(caseId);
    const before = await counts(t);
    expect(await err(c.officer.post(`/api/v1/cases/${caseId}/distribution-plans`, { ...planBody(partyId, 400_000, 200_000), amountFen: 650_000 }))).toEqual([400, "lines"]);
    expect(await err(c.officer.post(`/api/v1/cases/${caseId}/distribution-plans`, planBody(partyId, 900_000, 200_000)))).toEqual([422, "amountFen"]);
    expect(await err(c.officer.post(`/api/v1/cases/${caseId}/distribution-plans`, { amountFen: 100, lines: [{ partyId, amountFen: 50 }, { creditorName: "某公司", amountFen: 50 }] }))).toEqual([400, "lines.1.basis"]);
    expect((await c.respondent.post(`/api/v1/cases/${caseId}/distribution-plans`, planBody(partyId, 400_000, 200_000))).statusCode).toBe(403);
    expect(await counts(t)).toEqual(before);

    const plan = await ok(c.officer.post(`/api/v1/cases/${caseId}/distribution-plans`, planBody(partyId, 400_000, 200_000)), 201);
    expect(plan.status).toBe("draft");
    expect((await list(caseId)).availableFen).toBe(400_000);
    expect((await list(caseId, c.respondent)).items).toEqual([]); // a draft is not shown to the parties
    const [appLine, otherLine] = plan.lines;
    expect(appLine).toMatchObject({ creditorKind: "applicant", amountFen: 400_000 });

    expect(await err(c.officer.post(`/api/v1/distribution-plans/${plan.id}/service`, { recipients: [{ lineId: appLine!.id, receivedOn: "2025-11-03" }, { lineId: otherLine!.id, receivedOn: "2025-11-03" }] }))).toEqual([400, "recipients"]);
    const served = await ok(
      c.officer.post(`/api/v1/distribution-plans/${plan.id}/service`, {
        recipients: [
          { lineId: appLine!.id, receivedOn: "2025-11-03" },
          { lineId: otherLine!.id, receivedOn: "2025-11-03" },
          { respondentName: "张某某", receivedOn: "2025-11-03" },
        ],
      }),
    );
    // Received Monday 11-03: 15 days → Tuesday 11-18, for each of the three.
    expect(served.clocks).toEqual([0, 1, 2].map(() => ({ kind: "distributionPlanObjection", due: "2025-11-18", status: "open" })));
    expect(await err(c.officer.post(`/api/v1/distribution-plans/${plan.id}/carry-out`, { reference: "T1" }))).toEqual([422, "status"]);

    // The respondent objects online: the applicant should get 300,000 and the other creditor 300,000.
    t.setToday("2025-11-04");
    const forRespondent = (await list(caseId, c.respondent)).items[0]!;
    expect(forRespondent.mayObject).toBe(true);
    expect(await err(c.respondent.post(`/api/v1/distribution-plans/${plan.id}/objection`, { grounds: "x", revised: [{ lineId: appLine!.id, amountFen: 350_000 }] }))).toEqual([400, "revised"]);
    const objected = await ok(c.respondent.post(`/api/v1/distribution-plans/${plan.id}/objection`, { grounds: "其他债权人的债权数额计算有误", revised: [{ lineId: appLine!.id, amountFen: 300_000 }, { lineId: otherLine!.id, amountFen: 300_000 }] }), 201);
    expect(objected.objection).toMatchObject({ objectorName: "张某某" });
    expect(objected.prospectiveOutcome).toBe("asRevisedPerObjection");
    expect(objected.clocks.every((k) => k.status === "met")).toBe(true);
    expect(await err(c.applicant.post(`/api/v1/distribution-plans/${plan.id}/counter-objection`, { grounds: "x" }))).toEqual([422, "status"]);

    t.setToday("2025-11-05");
    const notified = await ok(c.officer.post(`/api/v1/distribution-plans/${plan.id}/objection-notice`, { receivedOn: "2025-11-05" }));
    expect(notified.clocks).toContainEqual({ kind: "distributionPlanCounterObjection", due: "2025-11-20", status: "open" });
    expect((await list(caseId, c.applicant)).items[0]!.mayCounter).toBe(true);
    expect((await list(caseId, c.respondent)).items[0]!.mayCounter).toBe(false); // the objector

    t.setToday("2025-11-10");
    const countered = await ok(c.applicant.post(`/api/v1/distribution-plans/${plan.id}/counter-objection`, { grounds: "原方案正确" }));
    expect(countered.objection!.counterFiledOn).toBe("2025-11-10");
    expect(countered.prospectiveOutcome).toBe("asOriginalPlan");
    t.setToday("2025-11-11");
    const toSue = await ok(c.officer.post(`/api/v1/distribution-plans/${plan.id}/counter-notice`, { receivedOn: "2025-11-11" }));
    expect(toSue.clocks).toContainEqual({ kind: "distributionPlanSuit", due: "2025-11-26", status: "open" });
    expect(await err(c.officer.post(`/api/v1/distribution-plans/${plan.id}/carry-out`, { reference: "T1" }))).toEqual([422, "status"]);

    t.setToday("2025-11-20");
    expect(await err(c.officer.post(`/api/v1/distribution-plans/${plan.id}/suit`, { filedOn: "2025-11-21" }))).toEqual([400, "filedOn"]);
    await ok(c.officer.post(`/api/v1/distribution-plans/${plan.id}/suit`, { filedOn: "2025-11-20" }));
    const done = await ok(c.officer.post(`/api/v1/distribution-plans/${plan.id}/carry-out`, { reference: "转账 2025112001" }));
    expect(done).toMatchObject({ status: "carriedOut", outcome: "withDisputedAmountDeposited", depositedFen: 100_000 });
    expect(done.lines.map((l) => [l.creditorKind, l.paidFen, l.payoutReference])).toEqual([
      ["applicant", 300_000, null],
      ["other", 200_000, "转账 2025112001"],
    ]);
    expect(await allocatedFor(plan.id)).toBe(300_000);
    // 1,000,000 received − 300,000 allocated − 200,000 paid to the other creditor − 100,000 deposited.
    expect((await list(caseId)).availableFen).toBe(400_000);
    expect(await err(c.officer.post(`/api/v1/distribution-plans/${plan.id}/carry-out`, { reference: "T1" }))).toEqual([422, "status"]);
    // The ledger's own distribution leaves the other creditor's 200,000 and the deposited 100,000 alone.
    const allocatedBefore = await allocatedTotal(caseId);
    const dist = await c.officer.post(`/api/v1/cases/${caseId}/ledger/distributions`, {});
    expect(dist.statusCode, dist.body).toBe(201);
    expect((await allocatedTotal(caseId)) - allocatedBefore).toBe(400_000);
    expect(await err(c.officer.post(`/api/v1/cases/${caseId}/ledger/distributions`, {}))).toEqual([422, "undistributedFen"]);
  });

  it("an objection with no counter-objection → as revised; a late objection is refused; no objection → as drafted once every period ends", async () => {
    const caseId = await caseWithMoney("2025-11-03", 1_000_000);
    const partyId = await applicantPartyId(caseId);
    const a = await ok(c.officer.post(`/api/v1/cases/${caseId}/distribution-plans`, planBody(partyId, 300_000, 100_000)), 201);
    const b = await ok(c.officer.post(`/api/v1/cases/${caseId}/distribution-plans`, planBody(partyId, 400_000, 200_000)), 201);
    expect((await list(caseId)).availableFen).toBe(0);
    for (const p of [a, b]) {
      await ok(
        c.officer.post(`/api/v1/distribution-plans/${p.id}/service`, {
          recipients: [...p.lines.map((l) => ({ lineId: l.id, receivedOn: "2025-11-03" })), { respondentName: "张某某", receivedOn: "2025-11-03" }],
        }),
      );
    }
    // Plan a: a written objection by the other creditor, received on the last day (11-18), recorded by staff.
    t.setToday("2025-11-19");
    const before = await counts(t);
    expect(await err(c.officer.post(`/api/v1/distribution-plans/${a.id}/objection`, { grounds: "x", revised: [{ lineId: a.lines[0]!.id, amountFen: 200_000 }, { lineId: a.lines[1]!.id, amountFen: 200_000 }], objectorName: "上海某贸易有限公司", filedOn: "2025-11-19" }))).toEqual([422, "filedOn"]);
    expect(await err(c.officer.post(`/api/v1/distribution-plans/${a.id}/objection`, { grounds: "x", revised: [{ lineId: a.lines[0]!.id, amountFen: 200_000 }], objectorName: "无关公司", filedOn: "2025-11-18" }))).toEqual([400, "objectorName"]);
    expect((await list(caseId, c.respondent)).items.every((p) => !p.mayObject)).toBe(true);
    expect(await counts(t)).toEqual(before);
    await ok(c.officer.post(`/api/v1/distribution-plans/${a.id}/objection`, { grounds: "数额有误", revised: [{ lineId: a.lines[0]!.id, amountFen: 200_000 }, { lineId: a.lines[1]!.id, amountFen: 200_000 }], objectorName: "上海某贸易有限公司", filedOn: "2025-11-18" }), 201);
    await ok(c.officer.post(`/api/v1/distribution-plans/${a.id}/objection-notice`, { receivedOn: "2025-11-19" }));
    // Plan b: no objection; every period ended on 11-18.
    const bDone = await ok(c.officer.post(`/api/v1/distribution-plans/${b.id}/carry-out`, { reference: "B-1" }));
    expect(bDone).toMatchObject({ outcome: "asOriginalPlanNoObjection", depositedFen: 0 });
    expect(await allocatedFor(b.id)).toBe(400_000);
    // Plan a: the counter-objection period runs 11-19 → 12-04 (Thursday).
    t.setToday("2025-12-04");
    expect(await err(c.officer.post(`/api/v1/distribution-plans/${a.id}/carry-out`, { reference: "A-1" }))).toEqual([422, "status"]);
    t.setToday("2025-12-05");
    expect(await err(c.applicant.post(`/api/v1/distribution-plans/${a.id}/counter-objection`, { grounds: "x" }))).toEqual([422, "filedOn"]);
    const aDone = await ok(c.officer.post(`/api/v1/distribution-plans/${a.id}/carry-out`, { reference: "A-1" }));
    expect(aDone.outcome).toBe("asRevisedPerObjection");
    expect(aDone.lines.map((l) => l.paidFen)).toEqual([200_000, 200_000]);
    expect(await allocatedFor(a.id)).toBe(200_000);
    // 1,000,000 − b (400,000 allocated + 200,000 paid to the other creditor) − a (200,000 allocated + 200,000 paid out).
    expect((await list(caseId)).availableFen).toBe(0);
  });

  it("ledger distributePlanShare allocates only the given amount, and refuses more than the undistributed money writing nothing", async () => {
    const caseId = await caseWithMoney("2025-11-03", 50_000);
    const officer = c.officer.user;
    const before = await counts(t);
    const over = t.database.db.transaction().execute((tx) => distributePlanShare(tx, t.ctx, officer, caseId, { amountFen: 50_001, planId: caseId }));
    await expect(over).rejects.toMatchObject({ code: "PRECONDITION_FAILED", field: "undistributedFen" });
    expect(await counts(t)).toEqual(before);
    const ids = await t.database.db.transaction().execute((tx) => distributePlanShare(tx, t.ctx, officer, caseId, { amountFen: 20_000, planId: caseId }));
    const rows = await t.database.db.selectFrom("ledger_entries").select(["kind", "amount_fen"]).where("id", "in", ids).execute();
    expect(rows.every((r) => r.kind === "allocation")).toBe(true);
    expect(rows.reduce((s, r) => s + r.amount_fen, 0)).toBe(20_000);
    expect((await list(caseId)).availableFen).toBe(30_000);
  });

  it("执行管辖异议: within 10 days of the enforcement notice, ruled directly, 复议 within 10 days of service (执行程序解释 art 3)", async () => {
    t.setToday("2025-11-03");
    const caseId = await assignedCase(t, c, "2025-11-03");
    const early = await c.respondent.post(`/api/v1/cases/${caseId}/objections`, { kind: "jurisdiction", request: "移送有管辖权的法院", grounds: "被执行人住所地及财产所在地均不在本院辖区" });
    expect([early.statusCode, early.json().error.field]).toEqual([422, "noticeDate"]);
    await ok(c.officer.post(`/api/v1/cases/${caseId}/actions/issueNotice`, { withReportOrder: true }));
    expect((await list(caseId, c.respondent)).jurisdictionObjectionDue).toBe("2025-11-13");
    expect(await err(c.applicant.post(`/api/v1/cases/${caseId}/objections`, { kind: "jurisdiction", request: "x", grounds: "x" }))).toEqual([400, "kind"]);

    t.setToday("2025-11-14");
    const before = await counts(t);
    const late = await c.respondent.post(`/api/v1/cases/${caseId}/objections`, { kind: "jurisdiction", request: "移送", grounds: "x" });
    expect([late.statusCode, late.json().error.field]).toEqual([422, "receivedOn"]);
    expect(late.json().error.message.zh).toContain("2025-11-13");
    expect(late.json().error.message.en).toContain("执行程序解释 art 3");
    expect(await counts(t)).toEqual(before);
    // A written objection received on the last day, recorded by the filing clerk.
    const o = await ok<{ id: string; status: string; clocks: unknown[] }>(c.clerk.post(`/api/v1/cases/${caseId}/objections`, { kind: "jurisdiction", request: "移送", grounds: "住所地不在辖区", objectorName: "张某某", receivedOn: "2025-11-13" }), 201);
    expect(o).toMatchObject({ status: "received", clocks: [] });
    expect(await err(c.clerk.post(`/api/v1/objections/${o.id}/docket`, { materialsComplete: true }))).toEqual([422, "kind"]);
    expect(await err(c.clerk.post(`/api/v1/objections/${o.id}/ruling`, { ruling: "suspended", reasons: "x" }))).toEqual([400, "ruling"]);
    await ok(c.clerk.post(`/api/v1/objections/${o.id}/ruling`, { ruling: "rejected", reasons: "被执行人财产在本院辖区" }));
    const served = await ok<{ clocks: { kind: string; due: string; status: string }[] }>(c.clerk.post(`/api/v1/objections/${o.id}/service`, { servedOn: "2025-11-14" }));
    expect(served.clocks).toContainEqual({ kind: "objectionReconsiderationApplication", due: "2025-11-24", status: "open" });
    const mine = (await ok<{ items: { id: string; mayApplyReconsideration: boolean }[] }>(c.respondent.get(`/api/v1/cases/${caseId}/objections`))).items.find((x) => x.id === o.id)!;
    expect(mine.mayApplyReconsideration).toBe(true);
    const applied = await ok<{ reconsideration: { status: string } }>(c.respondent.post(`/api/v1/objections/${o.id}/reconsideration`, { grounds: "不服管辖异议裁定" }), 201);
    expect(applied.reconsideration.status).toBe("pending");

    // Upheld: the ruling is recorded with the transfer flag; the case itself is closed or transferred by its own actions.
    const caseId2 = await assignedCase(t, c, "2025-11-14");
    await ok(c.officer.post(`/api/v1/cases/${caseId2}/actions/issueNotice`, { withReportOrder: true }));
    const o2 = await ok<{ id: string }>(c.respondent.post(`/api/v1/cases/${caseId2}/objections`, { kind: "jurisdiction", request: "移送", grounds: "x" }), 201);
    await ok(c.clerk.post(`/api/v1/objections/${o2.id}/ruling`, { ruling: "upheld", reasons: "应移送" }));
    const ev = await t.database.db.selectFrom("case_events").select("data").where("case_id", "=", caseId2).where("type", "=", "objection.rule").executeTakeFirstOrThrow();
    expect((typeof ev.data === "string" ? JSON.parse(ev.data) : ev.data) as object).toMatchObject({ ruling: "upheld", transferOrWithdraw: true });
  });
});
