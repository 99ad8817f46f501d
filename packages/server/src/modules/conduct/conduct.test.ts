// Conduct duties through the API, on PGlite and on the PostgreSQL server: the compliance-check schedule on
// working days, a breach with the escalation ladder (民诉法解释 art 503: fine, then detention after a new
// period) proposed through the coercion module, substitute performance (民诉法 art 263; 解释 arts 501–502)
// from appointment to the unpaid cost enforced as a monetary duty that the ledger's claim counts, the cost
// list shown to the respondent only after performance, 迟延履行金 (解释 art 505), and refusals that name
// the field and change nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { assignedCase, counts, setUp, type Clients } from "../measures/measures-test-setup";

type View = {
  duties: {
    id: string;
    category: string;
    performer: string | null;
    checks: { id: string; seq: number; dueDate: string; status: string; outcome: string | null; escalation: { steps: { kind: string; target: string }[] } | null; sanctionId: string | null; newPeriodDue: string | null }[];
    substitute: null | { id: string; costFen: number | null; prepaymentDue: string | null; prepaidFen: number; costDutyId: string | null; completedOn: string | null; costList: { description: string; amountFen: number; voucher: { kind: string; number?: string } | null }[] | null; costListVisible: boolean; mayConvert: boolean };
    penalties: { amountFen: number; days: number; method: string }[];
  }[];
  addedMonetaryDuties: { id: string; category: string; amountFen: number; description: string }[];
  view: string;
};

const DUTIES = [
  { kind: "monetary", category: "principal", description: "赔偿经济损失", amountFen: 100_000_000 },
  { kind: "conduct", category: "ceaseInfringement", description: "停止侵权", proofRequired: "核查笔录" },
  { kind: "conduct", category: "destroyGoods", description: "销毁库存侵权产品及专用模具", proofRequired: "销毁记录" },
];

describe.each(TEST_BACKENDS)("conduct duties on %s", (kind) => {
  let t: TestApp;
  let c: Clients;
  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-09-15" });
    c = await setUp(t);
  }, 60_000);
  afterAll(async () => t?.close());

  const ok = async (p: Promise<{ statusCode: number; body: string; json: () => unknown }>, code = 200) => {
    const r = await p;
    expect(r.statusCode, r.body).toBe(code);
    return r.json() as View;
  };
  const dutyOf = (v: View, category: string) => v.duties.find((d) => d.category === category)!;
  const respondentParty = async (caseId: string) =>
    (await t.database.db.selectFrom("case_parties").select("id").where("case_id", "=", caseId).where("role", "=", "respondent").executeTakeFirstOrThrow()).id;

  it("schedules checks on working days, records a breach, and escalates fine → detention after a new period (解释 art 503)", async () => {
    const caseId = await assignedCase(t, c, "2025-09-15", DUTIES);
    const v0 = await ok(c.officer.get(`/api/v1/cases/${caseId}/conduct`));
    const cease = dutyOf(v0, "ceaseInfringement");
    expect(cease.performer).toBe("respondentOnly");
    expect(dutyOf(v0, "destroyGoods").performer).toBe("substitutable");
    // Only the handler schedules; another court's officer sees nothing.
    expect((await c.officer2.post(`/api/v1/cases/${caseId}/conduct/duties/${cease.id}/checks`, {})).statusCode).toBe(403);
    expect((await c.other.get(`/api/v1/cases/${caseId}/conduct`)).statusCode).toBe(404);
    const v1 = await ok(c.officer.post(`/api/v1/cases/${caseId}/conduct/duties/${cease.id}/checks`, { performanceDue: "2025-07-10" }), 201);
    const checks = dutyOf(v1, "ceaseInfringement").checks;
    expect(checks.map((k) => k.dueDate)).toEqual(["2025-08-11", "2025-09-08", "2025-10-09", "2025-11-07", "2025-12-08", "2026-01-06"]);
    const clocks = await t.database.db.selectFrom("clocks").select(["kind", "due_date"]).where("case_id", "=", caseId).where("kind", "=", "conductComplianceCheck").execute();
    expect(clocks).toHaveLength(6);
    // A second schedule is refused.
    expect((await c.officer.post(`/api/v1/cases/${caseId}/conduct/duties/${cease.id}/checks`, {})).statusCode).toBe(422);

    // Evidence that does not fit the duty is refused with its field; nothing stored.
    const before = await counts(t);
    const bad = await c.officer.post(`/api/v1/conduct/checks/${checks[0]!.id}/record`, { checkDate: "2025-09-10", evidence: [{ kind: "destructionRecord", finding: "breach" }] });
    expect([bad.statusCode, bad.json().error.field]).toEqual([400, "evidence.0.kind"]);
    expect(await counts(t)).toEqual(before);

    const v2 = await ok(
      c.officer.post(`/api/v1/conduct/checks/${checks[0]!.id}/record`, {
        checkDate: "2025-09-10",
        evidence: [
          { kind: "testPurchase", finding: "breach", note: "公证购买到侵权产品", attachments: [{ name: "公证书", reference: "(2025)京中信内经证字第1号" }] },
          { kind: "marketplaceListing", finding: "breach", url: "https://item.example.com/123" },
        ],
      }),
    );
    const breach = dutyOf(v2, "ceaseInfringement").checks[0]!;
    expect(breach).toMatchObject({ status: "recorded", outcome: "breach" });
    expect(breach.escalation!.steps.map((s) => s.kind)).toEqual(["fine"]);
    const respondent = await respondentParty(caseId);
    // The ladder says fine first: detention is refused.
    const wrong = await c.officer.post(`/api/v1/conduct/checks/${breach.id}/escalate`, { measure: "detention", partyId: respondent, facts: "拒不停止侵权", days: 5 });
    expect([wrong.statusCode, wrong.json().error.field]).toEqual([400, "measure"]);
    // The same breach escalated twice at once (a double click): one sanction, the other refused.
    const body = { measure: "fine", partyId: respondent, facts: "经公证购买仍在销售侵权产品", amountFen: 5_000_000, newPeriodDue: "2025-09-25" };
    const both = await Promise.all([c.officer.post(`/api/v1/conduct/checks/${breach.id}/escalate`, body), c.officer.post(`/api/v1/conduct/checks/${breach.id}/escalate`, body)]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 422]);
    expect(both.find((r) => r.statusCode === 422)!.json().error.field).toBe("checkId");
    expect(await t.database.db.selectFrom("sanctions").select("id").where("duty_id", "=", cease.id).execute()).toHaveLength(1);
    const v3 = both.find((r) => r.statusCode === 200)!.json() as View;
    const escalated = dutyOf(v3, "ceaseInfringement").checks[0]!;
    expect(escalated.newPeriodDue).toBe("2025-09-25");
    const sanction = await t.database.db.selectFrom("sanctions").selectAll().where("id", "=", escalated.sanctionId!).executeTakeFirstOrThrow();
    expect(sanction).toMatchObject({ measure: "fine", ground: "conductDutyOnlyRespondent", duty_id: cease.id, status: "proposed", amount_fen: 5_000_000 });
    expect(await t.database.db.selectFrom("clocks").select("due_date").where("subject_id", "=", breach.id).where("kind", "=", "conductNewPerformancePeriod").execute()).toEqual([{ due_date: "2025-09-25" }]);
    // The president approves; after the new period a second breach shows detention and proposes it.
    const president = await t.login("president");
    expect((await president.post(`/api/v1/sanctions/${sanction.id}/approve`, {})).statusCode).toBe(200);
    t.setToday("2025-10-09");
    const v4 = await ok(c.officer.post(`/api/v1/conduct/checks/${checks[2]!.id}/record`, { checkDate: "2025-10-09", evidence: [{ kind: "siteVisit", finding: "breach" }] }));
    const second = dutyOf(v4, "ceaseInfringement").checks[2]!;
    expect(second.escalation!.steps.map((s) => [s.kind, s.target])).toEqual([["detention", "respondent"]]);
    const v5 = await ok(c.officer.post(`/api/v1/conduct/checks/${second.id}/escalate`, { measure: "detention", partyId: respondent, facts: "新的履行期间届满仍不履行", days: 10 }));
    const det = await t.database.db.selectFrom("sanctions").selectAll().where("id", "=", dutyOf(v5, "ceaseInfringement").checks[2]!.sanctionId!).executeTakeFirstOrThrow();
    expect(det).toMatchObject({ measure: "detention", repetition: 1, new_period_due: "2025-09-25" });
    const events = await t.database.db.selectFrom("case_events").select("type").where("case_id", "=", caseId).where("type", "like", "conduct.%").orderBy("seq").execute();
    expect(events.map((e) => e.type)).toEqual(["conduct.checksScheduled", "conduct.checkRecorded", "conduct.escalated", "conduct.checkRecorded", "conduct.escalated"]);
    // A substitute cannot be appointed for a respondent-only duty.
    const sub = await c.officer.post(`/api/v1/cases/${caseId}/conduct/duties/${cease.id}/substitute`, { method: "courtSelected", performerName: "某公司", qualificationRequired: false, performerQualified: false, courtApproved: false });
    expect([sub.statusCode, sub.json().error.field]).toEqual([422, "dutyId"]);
  }, 120_000);

  it("substitute performance: appointment with qualification, cost and prepayment, the unpaid cost a monetary duty, completion, the cost list", async () => {
    const caseId = await assignedCase(t, c, "2025-09-15", DUTIES);
    const destroy = dutyOf(await ok(c.officer.get(`/api/v1/cases/${caseId}/conduct`)), "destroyGoods");
    const appoint = (body: Record<string, unknown>) =>
      c.officer.post(`/api/v1/cases/${caseId}/conduct/duties/${destroy.id}/substitute`, { method: "courtSelected", performerName: "北京再生资源处理有限公司", qualificationRequired: true, performerQualified: true, qualification: "危险废物经营许可证 京环危废1号", courtApproved: false, ...body });
    const before = await counts(t);
    const unq = await appoint({ performerQualified: false });
    expect([unq.statusCode, unq.json().error.field]).toEqual([422, "performerQualified"]);
    const rec = await appoint({ method: "applicantRecommended" });
    expect([rec.statusCode, rec.json().error.field]).toEqual([422, "courtApproved"]);
    expect(await counts(t)).toEqual(before);
    const s0 = dutyOf(await ok(appoint({}), 201), "destroyGoods").substitute!;
    // The cost list must add up to the cost.
    const mismatch = await c.officer.post(`/api/v1/conduct/substitutes/${s0.id}/cost`, { amountFen: 1_250_000, items: [{ description: "运输费", amountFen: 250_000 }] });
    expect([mismatch.statusCode, mismatch.json().error.field]).toEqual([400, "items"]);
    const items = [
      { description: "运输费", amountFen: 250_000, voucher: { kind: "增值税发票", number: "No.0001" } },
      { description: "销毁处理费", amountFen: 1_000_000, voucher: { kind: "销毁合同", number: "HT-2025-9" } },
    ];
    const s1 = dutyOf(await ok(c.officer.post(`/api/v1/conduct/substitutes/${s0.id}/cost`, { amountFen: 1_250_000, items })), "destroyGoods").substitute!;
    expect(s1).toMatchObject({ costFen: 1_250_000, prepaymentDue: "2025-09-25", mayConvert: false });
    expect(await t.database.db.selectFrom("clocks").select(["due_date", "status"]).where("subject_id", "=", s0.id).execute()).toEqual([{ due_date: "2025-09-25", status: "open" }]);
    // Part prepaid; converting before the period ends is refused.
    await ok(c.officer.post(`/api/v1/conduct/substitutes/${s0.id}/prepayment`, { amountFen: 250_000, paidOn: "2025-09-15" }));
    const early = await c.officer.post(`/api/v1/conduct/substitutes/${s0.id}/convert`, {});
    expect([early.statusCode, early.json().error.field]).toEqual([422, "today"]);
    // The respondent does not see the cost list before performance (解释 art 502 para 2).
    const r0 = dutyOf(await ok(c.respondent.get(`/api/v1/cases/${caseId}/conduct`)), "destroyGoods").substitute!;
    expect([r0.costListVisible, r0.costList]).toEqual([false, null]);

    t.setToday("2025-09-26");
    const ledgerBefore = (await c.officer.get(`/api/v1/cases/${caseId}/ledger`)).json().claim.claim.costsFen as number;
    const v = await ok(c.officer.post(`/api/v1/conduct/substitutes/${s0.id}/convert`, {}));
    const s2 = dutyOf(v, "destroyGoods").substitute!;
    expect(v.addedMonetaryDuties).toEqual([expect.objectContaining({ id: s2.costDutyId, category: "costs", amountFen: 1_000_000 })]);
    const ledgerAfter = (await c.officer.get(`/api/v1/cases/${caseId}/ledger`)).json().claim.claim.costsFen as number;
    expect(ledgerAfter - ledgerBefore).toBe(1_000_000);
    expect((await c.officer.post(`/api/v1/conduct/substitutes/${s0.id}/convert`, {})).statusCode).toBe(422);

    const done = await ok(
      c.officer.post(`/api/v1/conduct/substitutes/${s0.id}/complete`, {
        completedOn: "2025-09-26",
        quantities: [{ item: "侵权产品", quantity: 1200, unit: "件" }, { item: "专用模具", quantity: 3, unit: "套" }],
        note: "在执行人员监督下粉碎销毁",
        attachments: [{ name: "销毁笔录.pdf" }, { name: "现场照片1.jpg", description: "粉碎前" }],
      }),
    );
    expect(dutyOf(done, "destroyGoods").substitute!.completedOn).toBe("2025-09-26");
    // The completion performs the duty, in the same transaction, with the completion record as its evidence.
    expect(dutyOf(done, "destroyGoods")).toMatchObject({ done: true, doneDate: "2025-09-26" });
    const dutyRow = await t.database.db.selectFrom("duties").select(["done", "evidence"]).where("id", "=", destroy.id).executeTakeFirstOrThrow();
    expect(dutyRow.done).toBe(true);
    expect(dutyRow.evidence).toContain(`代履行完成记录（2025-09-26，记录编号 ${s0.id}）`);
    expect(dutyRow.evidence).toContain("侵权产品 1200 件");
    expect(dutyRow.evidence).toContain("销毁笔录.pdf");
    const ev = await t.database.db.selectFrom("case_events").select("data").where("case_id", "=", caseId).where("type", "=", "conduct.substituteCompleted").executeTakeFirstOrThrow();
    expect(typeof ev.data === "string" ? JSON.parse(ev.data) : ev.data).toMatchObject({ dutyDone: true, partial: false });
    const r1 = await ok(c.respondent.get(`/api/v1/cases/${caseId}/conduct`));
    expect(r1.view).toBe("respondent");
    const rs = dutyOf(r1, "destroyGoods").substitute!;
    expect(rs.costListVisible).toBe(true);
    expect(rs.costList!.map((i) => [i.description, i.amountFen, i.voucher?.number])).toEqual([["运输费", 250_000, "No.0001"], ["销毁处理费", 1_000_000, "HT-2025-9"]]);
    const a1 = dutyOf(await ok(c.applicant.get(`/api/v1/cases/${caseId}/conduct`)), "destroyGoods").substitute!;
    expect(a1.costListVisible).toBe(true);
    // Parties read; they do not act.
    expect((await c.respondent.post(`/api/v1/conduct/substitutes/${s0.id}/prepayment`, { amountFen: 1, paidOn: "2025-09-26" })).statusCode).toBe(403);
  }, 120_000);

  it("a completion the officer finds partial leaves the duty open; the next full completion is refused as already recorded", async () => {
    t.setToday("2025-09-15");
    const caseId = await assignedCase(t, c, "2025-09-15", DUTIES);
    const destroy = dutyOf(await ok(c.officer.get(`/api/v1/cases/${caseId}/conduct`)), "destroyGoods");
    const s0 = dutyOf(await ok(c.officer.post(`/api/v1/cases/${caseId}/conduct/duties/${destroy.id}/substitute`, { method: "courtSelected", performerName: "北京再生资源处理有限公司", qualificationRequired: false, performerQualified: false, courtApproved: false }), 201), "destroyGoods").substitute!;
    const bad = await c.officer.post(`/api/v1/conduct/substitutes/${s0.id}/complete`, { completedOn: "2025-09-15", note: "已销毁部分", partial: "yes" });
    expect([bad.statusCode, bad.json().error.field]).toEqual([400, "partial"]);
    const v = await ok(c.officer.post(`/api/v1/conduct/substitutes/${s0.id}/complete`, { completedOn: "2025-09-15", quantities: [{ item: "侵权产品", quantity: 300, unit: "件" }], partial: true }));
    expect(dutyOf(v, "destroyGoods")).toMatchObject({ done: false, doneDate: null, substitute: expect.objectContaining({ completedOn: "2025-09-15" }) });
    expect((await t.database.db.selectFrom("duties").select("evidence").where("id", "=", destroy.id).executeTakeFirstOrThrow()).evidence).toBeNull();
  }, 120_000);

  it("迟延履行金: double the loss, or the court's amount without loss (民诉法 art 264; 解释 arts 504–505)", async () => {
    const caseId = await assignedCase(t, c, "2025-09-15", DUTIES);
    const cease = dutyOf(await ok(c.officer.get(`/api/v1/cases/${caseId}/conduct`)), "ceaseInfringement");
    const before = await counts(t);
    const none = await c.officer.post(`/api/v1/cases/${caseId}/conduct/duties/${cease.id}/delay-penalty`, { until: "2025-09-15" });
    expect([none.statusCode, none.json().error.field]).toEqual([422, "courtDeterminedFen"]);
    const future = await c.officer.post(`/api/v1/cases/${caseId}/conduct/duties/${cease.id}/delay-penalty`, { until: "2025-09-20", lossFen: 100 });
    expect([future.statusCode, future.json().error.field]).toEqual([400, "until"]);
    expect(await counts(t)).toEqual(before);
    const v = await ok(c.officer.post(`/api/v1/cases/${caseId}/conduct/duties/${cease.id}/delay-penalty`, { until: "2025-09-15", lossFen: 300_000 }), 201);
    expect(dutyOf(v, "ceaseInfringement").penalties).toEqual([expect.objectContaining({ days: 67, amountFen: 600_000, method: "doubleLoss" })]);
    expect(v.addedMonetaryDuties).toEqual([expect.objectContaining({ amountFen: 600_000, category: "interest" })]);
    expect(v.addedMonetaryDuties[0]!.description).toContain("迟延履行金");
    const claim = (await c.officer.get(`/api/v1/cases/${caseId}/ledger`)).json().claim.claim;
    expect(claim.generalInterestFen).toBe(600_000);
  }, 120_000);
});
