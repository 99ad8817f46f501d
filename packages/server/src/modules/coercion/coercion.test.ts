// Fines, detention and refusal-crime referrals through the API, on PGlite and on the PostgreSQL server:
// the limits by party type (民诉法 art 118) refused with their field and nothing stored, the president's
// approval (art 119 para 1), the decision document, service → the 3-day reconsideration clock (民诉法解释
// art 185), the sanctioned party's one application at the higher court (late refused; a second refused),
// the supervisor at bj-high varying it within 5 days; no stay (the fine is paid while reconsideration is
// pending); detention carried out and ended early; the entity's principal detained, the entity not;
// the art 503 repeat only after the new period ran out; the referral's state machine.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { assignedCase, counts, setUp, type Clients } from "../measures/measures-test-setup";
import type { Client } from "../../testing/test-app";
import { validApplication } from "../../testing/fixtures";
import { creditCode } from "../../seed/demo.seed";

type S = {
  id: string;
  status: string;
  amountFen: number | null;
  days: number | null;
  servedOn: string | null;
  reconsiderationDue: string | null;
  paidFen: number | null;
  effectiveAmountFen: number | null;
  effectiveDays: number | null;
  revoked: boolean;
  mayApply: boolean;
  detentionEnd: string | null;
  repetition: number;
  reconsideration: null | { id: string; status: string; decisionDue: string | null; variedAmountFen: number | null; oralNoticeOn: string | null; writtenDecisionDue: string | null; writtenDecisionOn: string | null };
};

describe.each(TEST_BACKENDS)("fines, detention and referrals on %s", (kind) => {
  let t: TestApp;
  let c: Clients;
  let president: Client;
  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-09-15" });
    c = await setUp(t);
    president = await t.login("president");
  }, 60_000);
  afterAll(async () => t?.close());

  const partyOf = async (caseId: string, role: "applicant" | "respondent") =>
    (await t.database.db.selectFrom("case_parties").select(["id"]).where("case_id", "=", caseId).where("role", "=", role).executeTakeFirstOrThrow()).id;
  const clocksOf = (id: string) => t.database.db.selectFrom("clocks").select(["kind", "due_date", "status"]).where("subject_id", "=", id).orderBy("created_at").execute();
  const ok = async (p: Promise<{ statusCode: number; body: string; json: () => unknown }>, code = 200) => {
    const r = await p;
    expect(r.statusCode, r.body).toBe(code);
    return r.json() as S;
  };

  it("refuses a fine over the individual limit and a detention over 15 days, naming the field, storing nothing", async () => {
    const caseId = await assignedCase(t, c, "2025-09-15");
    const respondent = await partyOf(caseId, "respondent");
    const before = await counts(t);
    const over = await c.officer.post(`/api/v1/cases/${caseId}/sanctions`, { measure: "fine", partyId: respondent, ground: "refusalToPerform", facts: "拒不履行", amountFen: 10_000_001 });
    expect(over.statusCode).toBe(422);
    expect(over.json().error.field).toBe("amountFen");
    expect(over.json().error.message.zh).toContain("十万元");
    const long = await c.officer.post(`/api/v1/cases/${caseId}/sanctions`, { measure: "detention", partyId: respondent, ground: "refusalToPerform", facts: "拒不履行", days: 16 });
    expect([long.statusCode, long.json().error.field]).toEqual([422, "days"]);
    const bad = await c.officer.post(`/api/v1/cases/${caseId}/sanctions`, { measure: "fine", partyId: respondent, ground: "nope", facts: "x", amountFen: 100 });
    expect(bad.statusCode).toBe(400);
    const stranger = await c.other.post(`/api/v1/cases/${caseId}/sanctions`, { measure: "fine", partyId: respondent, ground: "refusalToPerform", facts: "x", amountFen: 100 });
    expect(stranger.statusCode).toBe(404);
    expect(await counts(t)).toEqual(before);
    expect(await t.database.db.selectFrom("sanctions").selectAll().where("case_id", "=", caseId).execute()).toEqual([]);
  });

  it("runs a fine from proposal to the higher court's variation, the fine paid meanwhile (no stay)", async () => {
    const caseId = await assignedCase(t, c, "2025-09-15");
    const respondent = await partyOf(caseId, "respondent");
    const s = await ok(c.officer.post(`/api/v1/cases/${caseId}/sanctions`, { measure: "fine", partyId: respondent, ground: "refusalToPerform", facts: "收到执行通知后拒不履行", amountFen: 5_000_000 }), 201);
    expect(s.status).toBe("proposed");
    // Only the president approves; the officer may not.
    expect((await c.officer.post(`/api/v1/sanctions/${s.id}/approve`, {})).statusCode).toBe(403);
    expect((await c.head.post(`/api/v1/sanctions/${s.id}/approve`, {})).statusCode).toBe(403);
    const queue = await president.get("/api/v1/coercion/approvals");
    expect(queue.json().items.map((i: { sanctionId: string }) => i.sanctionId)).toContain(s.id);
    // No document before the decision; the party sees nothing before it either.
    expect((await c.officer.get(`/api/v1/sanctions/${s.id}/document`)).statusCode).toBe(400);
    expect((await c.respondent.get(`/api/v1/cases/${caseId}/coercion`)).json().sanctions).toEqual([]);
    const decided = await ok(president.post(`/api/v1/sanctions/${s.id}/approve`, {}));
    expect(decided.status).toBe("decided");
    expect((await president.get("/api/v1/coercion/approvals")).json().items.map((i: { sanctionId: string }) => i.sanctionId)).not.toContain(s.id);
    const doc = await c.officer.get(`/api/v1/sanctions/${s.id}/document`);
    expect(doc.statusCode).toBe(200);
    expect(doc.headers["content-type"]).toContain("text/html");
    expect(doc.body).toContain("罚款决定书");
    expect(doc.body).toContain("三日内向上一级人民法院申请复议");
    expect(doc.body).toContain("第118条第1款");

    // Served on Tuesday 2025-09-16: 3 days → Friday 2025-09-19.
    t.setToday("2025-09-16");
    const served = await ok(c.officer.post(`/api/v1/sanctions/${s.id}/serve`, { servedOn: "2025-09-16" }));
    expect(served.reconsiderationDue).toBe("2025-09-19");
    expect(await clocksOf(s.id)).toEqual([{ kind: "sanctionReconsiderationApplication", due_date: "2025-09-19", status: "open" }]);

    // The respondent sees it and may apply; the applicant does not see it.
    const mine = (await c.respondent.get(`/api/v1/cases/${caseId}/coercion`)).json();
    expect(mine.sanctions.map((x: S) => [x.id, x.mayApply])).toEqual([[s.id, true]]);
    expect(mine.referrals).toEqual([]);
    expect((await c.applicant.get(`/api/v1/cases/${caseId}/coercion`)).json().sanctions).toEqual([]);
    expect((await c.applicant.post(`/api/v1/sanctions/${s.id}/reconsideration`, { grounds: "不服" })).statusCode).toBe(404);

    // The respondent applies on the last day, 2025-09-19: the higher court decides by 2025-09-24.
    t.setToday("2025-09-19");
    const applied = await ok(c.respondent.post(`/api/v1/sanctions/${s.id}/reconsideration`, { grounds: "罚款过重" }), 201);
    expect(applied.reconsideration).toMatchObject({ status: "pending", decisionDue: "2025-09-24" });
    const second = await c.respondent.post(`/api/v1/sanctions/${s.id}/reconsideration`, { grounds: "再次申请" });
    expect([second.statusCode, second.json().error.field]).toEqual([422, "previousApplications"]);

    // Not stayed: the fine is paid while the reconsideration is pending.
    t.setToday("2025-09-22");
    const paid = await ok(c.officer.post(`/api/v1/sanctions/${s.id}/payment`, { amountFen: 5_000_000, paidOn: "2025-09-22" }));
    expect(paid.paidFen).toBe(5_000_000);

    // The executing court cannot decide; the supervisor at bj-high (the court above bj-ip) does.
    const recId = applied.reconsideration!.id;
    expect((await c.head.post(`/api/v1/sanction-reconsiderations/${recId}/decide`, { outcome: "revoked", reasons: "x" })).statusCode).toBe(403);
    expect((await c.supervisor.get("/api/v1/coercion/reconsiderations")).json().items.map((i: { reconsiderationId: string }) => i.reconsiderationId)).toContain(recId);
    const tooMuch = await c.supervisor.post(`/api/v1/sanction-reconsiderations/${recId}/decide`, { outcome: "varied", reasons: "x", amountFen: 20_000_000 });
    expect([tooMuch.statusCode, tooMuch.json().error.field]).toEqual([422, "amountFen"]);
    const varied = await ok(c.supervisor.post(`/api/v1/sanction-reconsiderations/${recId}/decide`, { outcome: "varied", reasons: "情节较轻", amountFen: 2_000_000 }));
    expect([varied.reconsideration!.status, varied.effectiveAmountFen, varied.amountFen]).toEqual(["varied", 2_000_000, 5_000_000]);
    expect(await clocksOf(s.id)).toEqual([
      { kind: "sanctionReconsiderationApplication", due_date: "2025-09-19", status: "met" },
      { kind: "sanctionReconsiderationDecision", due_date: "2025-09-24", status: "met" },
    ]);
    const events = await t.database.db.selectFrom("case_events").select("type").where("case_id", "=", caseId).where("type", "like", "sanction.%").orderBy("seq").execute();
    expect(events.map((e) => e.type)).toEqual(["sanction.propose", "sanction.approve", "sanction.serve", "sanction.reconsiderationApply", "sanction.finePaid", "sanction.reconsiderationDecide"]);
    const audits = await t.database.db.selectFrom("audit_log").select("action").where("case_id", "=", caseId).where("action", "like", "sanction.%").execute();
    expect(audits).toHaveLength(6);
  });

  it("refuses a late application (the 4th day) and lets staff record a written one in time", async () => {
    const caseId = await assignedCase(t, c, "2025-09-15");
    const respondent = await partyOf(caseId, "respondent");
    const s = await ok(c.officer.post(`/api/v1/cases/${caseId}/sanctions`, { measure: "fine", partyId: respondent, ground: "propertyReportBreach", facts: "逾期报告财产", amountFen: 1_000_000 }), 201);
    await ok(president.post(`/api/v1/sanctions/${s.id}/approve`, {}));
    await ok(c.officer.post(`/api/v1/sanctions/${s.id}/serve`, { servedOn: "2025-09-15" }));
    t.setToday("2025-09-19");
    const late = await c.respondent.post(`/api/v1/sanctions/${s.id}/reconsideration`, { grounds: "不服" });
    expect([late.statusCode, late.json().error.field]).toEqual([422, "filedDate"]);
    expect(late.json().error.message.zh).toContain("2025-09-18");
    const recorded = await ok(c.officer.post(`/api/v1/sanctions/${s.id}/reconsideration`, { grounds: "书面申请", filedOn: "2025-09-18", applicantName: "张某某" }), 201);
    expect(recorded.reconsideration).toMatchObject({ status: "pending", decisionDue: "2025-09-23" });
    t.setToday("2025-09-15");
  });

  it("detains an entity's principal (not the entity), carries it out and releases early; an urgent revocation is notified orally first", async () => {
    t.setToday("2025-09-15");
    const created = await c.clerk.post(
      "/api/v1/cases",
      validApplication({ respondents: [{ kind: "legalPerson", name: "某某贸易有限公司", idType: "creditCode", idNumber: creditCode("91310000MA1FL0001") }] }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const caseId = created.json().id as string;
    await c.clerk.post(`/api/v1/cases/${caseId}/actions/register`, {});
    await c.head.post(`/api/v1/cases/${caseId}/actions/assign`, { handlerId: c.officer.user.id });
    const entity = await partyOf(caseId, "respondent");
    const entityDetained = await c.officer.post(`/api/v1/cases/${caseId}/sanctions`, { measure: "detention", partyId: entity, ground: "obstructingOfficers", facts: "阻碍执行", days: 5 });
    expect([entityDetained.statusCode, entityDetained.json().error.field]).toEqual([422, "target"]);
    const entityFineLow = await c.officer.post(`/api/v1/cases/${caseId}/sanctions`, { measure: "fine", partyId: entity, ground: "obstructingOfficers", facts: "阻碍执行", amountFen: 4_999_999 });
    expect([entityFineLow.statusCode, entityFineLow.json().error.field]).toEqual([422, "amountFen"]);
    const s = await ok(c.officer.post(`/api/v1/cases/${caseId}/sanctions`, { measure: "detention", partyId: entity, forEntity: "principal", personName: "李经理", ground: "obstructingOfficers", facts: "阻碍执行", days: 10 }), 201);
    await ok(president.post(`/api/v1/sanctions/${s.id}/approve`, {}));
    await ok(c.officer.post(`/api/v1/sanctions/${s.id}/serve`, { servedOn: "2025-09-15" }));
    await ok(c.officer.post(`/api/v1/sanctions/${s.id}/detention/start`, { startedOn: "2025-09-15" }));
    t.setToday("2025-09-17");
    const notEarly = await c.officer.post(`/api/v1/sanctions/${s.id}/detention/end`, { endedOn: "2025-09-17", earlyRelease: false });
    expect([notEarly.statusCode, notEarly.json().error.field]).toEqual([400, "earlyRelease"]);
    const rec = await ok(c.officer.post(`/api/v1/sanctions/${s.id}/reconsideration`, { grounds: "书面申请", filedOn: "2025-09-17", applicantName: "李经理" }), 201);
    const revoked = await ok(c.supervisor.post(`/api/v1/sanction-reconsiderations/${rec.reconsideration!.id}/decide`, { outcome: "revoked", reasons: "事实不清", urgentOral: true }));
    expect(revoked.revoked).toBe(true);
    expect(revoked.reconsideration).toMatchObject({ status: "revoked", oralNoticeOn: "2025-09-17", writtenDecisionDue: "2025-09-22" /* 3 days → Sat 09-20, shifted to Monday (民诉法 art 85 para 3) */, writtenDecisionOn: null });
    const ended = await ok(c.officer.post(`/api/v1/sanctions/${s.id}/detention/end`, { endedOn: "2025-09-17", earlyRelease: true }));
    expect(ended.detentionEnd).toBe("earlyRelease");
    const written = await ok(c.supervisor.post(`/api/v1/sanction-reconsiderations/${rec.reconsideration!.id}/written-decision`, {}));
    expect(written.reconsideration!.writtenDecisionOn).toBe("2025-09-17");
    t.setToday("2025-09-15");
  });

  it("repeats a sanction for a conduct duty only the respondent can perform only after the new period ran out (民诉法解释 art 503)", async () => {
    t.setToday("2025-09-15");
    const caseId = await assignedCase(t, c, "2025-09-15");
    const respondent = await partyOf(caseId, "respondent");
    const duty = (await t.database.db.selectFrom("duties").select("id").where("case_id", "=", caseId).where("kind", "=", "conduct").executeTakeFirstOrThrow()).id;
    const body = { measure: "fine", partyId: respondent, ground: "conductDutyOnlyRespondent", facts: "仍在销售侵权产品", amountFen: 1_000_000, dutyId: duty };
    const first = await ok(c.officer.post(`/api/v1/cases/${caseId}/sanctions`, body), 201);
    expect(first.repetition).toBe(0);
    await ok(president.post(`/api/v1/sanctions/${first.id}/approve`, {}));
    const noPeriod = await c.officer.post(`/api/v1/cases/${caseId}/sanctions`, body);
    expect([noPeriod.statusCode, noPeriod.json().error.field]).toEqual([422, "newPeriodDue"]);
    const running = await c.officer.post(`/api/v1/cases/${caseId}/sanctions`, { ...body, newPeriodDue: "2025-09-25" });
    expect([running.statusCode, running.json().error.field]).toEqual([422, "today"]);
    t.setToday("2025-09-26");
    const again = await ok(c.officer.post(`/api/v1/cases/${caseId}/sanctions`, { ...body, newPeriodDue: "2025-09-25" }), 201);
    expect(again.repetition).toBe(1);
    t.setToday("2025-09-15");
  });

  it("tracks a refusal-crime referral through the domain's states and refuses a step that does not follow", async () => {
    t.setToday("2025-09-15");
    const caseId = await assignedCase(t, c, "2025-09-15");
    const respondent = await partyOf(caseId, "respondent");
    const r = await c.officer.post(`/api/v1/cases/${caseId}/refusal-crime-referrals`, { route: "publicSecurityReferral", respondentPartyId: respondent, recipient: "北京市公安局海淀分局", facts: "转移财产", referredOn: "2025-09-15" });
    expect(r.statusCode, r.body).toBe(201);
    const id = r.json().id as string;
    expect(r.json()).toMatchObject({ state: "referred", final: false, next: ["caseOpened", "notOpened", "withdrawn"] });
    const jump = await c.officer.post(`/api/v1/refusal-crime-referrals/${id}/steps`, { to: "convicted", date: "2025-09-15" });
    expect([jump.statusCode, jump.json().error.field]).toEqual([400, "to"]);
    for (const to of ["caseOpened", "prosecuted", "convicted"]) {
      const s = await c.officer.post(`/api/v1/refusal-crime-referrals/${id}/steps`, { to, date: "2025-09-15" });
      expect(s.statusCode, s.body).toBe(200);
    }
    const view = (await c.officer.get(`/api/v1/cases/${caseId}/coercion`)).json();
    expect(view.referrals[0]).toMatchObject({ state: "convicted", final: true, next: [] });
    expect(view.referrals[0].steps.map((s: { to: string }) => s.to)).toEqual(["caseOpened", "prosecuted", "convicted"]);
    const wrongParty = await c.officer.post(`/api/v1/cases/${caseId}/refusal-crime-referrals`, { route: "privateProsecution", respondentPartyId: await partyOf(caseId, "applicant"), recipient: "x", facts: "x", referredOn: "2025-09-15" });
    expect([wrongParty.statusCode, wrongParty.json().error.field]).toEqual([400, "respondentPartyId"]);
  });
});
