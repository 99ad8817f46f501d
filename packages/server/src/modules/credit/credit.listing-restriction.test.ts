// Issue 5's credit gaps, on PGlite and on the PostgreSQL server:
// - 限制消费规定(2015) art 1 para 2: a listed respondent SHALL be restricted — listing creates the
//   consumption restriction order (court's own motion, mandatory, awaiting the president's signature,
//   art 5) when none is awaiting signature or in force; an order in force becomes mandatory; without the
//   enforcement notice no order can be made and the listing is refused.
// - 失信规定(2017) art 12: a rejected correction request may be reconsidered by the higher court — applied
//   for within 10 days, decided in 15 by the higher court's staff; the listing is not stayed meanwhile.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import { createTestApp, type Client, type TestApp } from "../../testing/test-app";
import { addUsers, caseWithNotice, loginAll, type Clients } from "../property-reports/property-test-setup";

const REPORT_EVIDENCE = ["enforcementNoticeServed", "reportOrderServed", "reportBreachRecord"];
const RECIPIENTS = ["中国民用航空局", "中国国家铁路集团有限公司"];

describe.each(TEST_BACKENDS)("listing restricts consumption; correction reconsideration on %s", (kind) => {
  let t: TestApp;
  let c: Clients;
  let president: Client;
  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-09-01" });
    await addUsers(t);
    c = await loginAll(t);
    president = await t.login("president");
  });
  afterAll(async () => t?.close());

  const credit = async (who: Client, caseId: string) => (await who.get(`/api/v1/cases/${caseId}/credit`)).json();
  const person = (a: { parties: { id: string; role: string; kind: string }[] }) => a.parties.find((p) => p.role === "respondent" && p.kind === "naturalPerson")!.id;
  const company = (a: { parties: { id: string; role: string; kind: string }[] }) => a.parties.find((p) => p.role === "respondent" && p.kind === "legalPerson")!.id;

  it("art 1 para 2: listing creates the mandatory order awaiting the president's signature, or makes the one in force mandatory", async () => {
    const a = await caseWithNotice(t, c, "2025-09-01");
    t.setToday("2025-09-20");
    // The company already has an order in force; the person has none.
    const own = await c.officer.post(`/api/v1/cases/${a.id}/consumption-restrictions`, { partyId: company(a), initiatedBy: "applicantWritten", noticePeriodDue: "2025-09-10", persons: [{ name: "李法人", role: "legalRepresentative" }], recipients: RECIPIENTS });
    expect((await president.post(`/api/v1/consumption-restrictions/${own.json().id}/sign`, {})).statusCode).toBe(201);
    expect((await credit(c.officer, a.id)).restrictions[0]).toMatchObject({ mandatory: false, status: "issued" });

    const l1 = await c.officer.post(`/api/v1/cases/${a.id}/dishonest-listings`, { partyId: person(a), ground: "reportBreach", evidence: REPORT_EVIDENCE, consumptionRecipients: RECIPIENTS });
    expect(l1.statusCode).toBe(201);
    const l2 = await c.officer.post(`/api/v1/cases/${a.id}/dishonest-listings`, { partyId: company(a), ground: "reportBreach", evidence: REPORT_EVIDENCE, representativeName: "李法人" });
    expect(l2.statusCode).toBe(201);
    const v = await credit(c.officer, a.id);
    expect(v.restrictions).toHaveLength(2);
    expect(v.restrictions.find((r: { partyId: string }) => r.partyId === company(a))).toMatchObject({ id: own.json().id, status: "issued", mandatory: true });
    const created = v.restrictions.find((r: { partyId: string }) => r.partyId === person(a));
    expect(created).toMatchObject({ kind: "consumption", status: "awaitingSignature", initiatedBy: "courtOwnMotion", mandatory: true, recipients: RECIPIENTS, basis: [expect.objectContaining({ law: "限制消费规定(2015)", article: "art 1 para 2" }), expect.objectContaining({ article: "art 5" })] });
    const events = (await c.officer.get(`/api/v1/cases/${a.id}`)).json().events as { type: string; data: Record<string, unknown> }[];
    expect(events.filter((e) => e.type === "dishonestListed").map((e) => e.data.consumptionRestrictionCreated)).toEqual([true, false]);
    // The president signs it: in force, mandatory.
    expect((await president.post(`/api/v1/consumption-restrictions/${created.id}/sign`, {})).statusCode).toBe(201);
    expect((await credit(c.officer, a.id)).restrictions.find((r: { id: string }) => r.id === created.id)).toMatchObject({ status: "issued", mandatory: true });
  });

  it("without the enforcement notice the listing is refused (no restriction can be made) and nothing changes", async () => {
    const a = await caseWithNotice(t, c, "2025-10-09", null);
    const r = await c.officer.post(`/api/v1/cases/${a.id}/dishonest-listings`, { partyId: person(a), ground: "reportBreach", evidence: REPORT_EVIDENCE });
    expect(r.statusCode).toBe(422);
    expect(r.json().error).toMatchObject({ field: "partyId" });
    expect(r.json().error.message.zh).toContain("限制消费规定");
    const v = await credit(c.officer, a.id);
    expect([v.listings.length, v.restrictions.length]).toEqual([0, 0]);
  });

  it("art 12: reconsideration of a rejected correction within 10 days, decided by the higher court in 15, not stayed", async () => {
    const a = await caseWithNotice(t, c, "2026-03-02");
    const listing = (await c.officer.post(`/api/v1/cases/${a.id}/dishonest-listings`, { partyId: person(a), ground: "reportBreach", evidence: REPORT_EVIDENCE })).json().id as string;
    const corr = (await c.respondent.post(`/api/v1/dishonest-listings/${listing}/corrections`, { content: "本人已按期报告财产，不应被纳入" })).json().id as string;
    const recon = `/api/v1/credit-applications/${corr}/correction-reconsideration`;
    // Not yet rejected: nothing to reconsider.
    expect((await c.respondent.post(recon, { content: "请求上一级法院复议" })).statusCode).toBe(422);
    t.setToday("2026-03-06");
    expect((await c.officer.post(`/api/v1/credit-applications/${corr}/decide-correction`, { wellFounded: false, note: "未按期报告，纳入无误" })).statusCode).toBe(201);
    const refusedApp = (await credit(c.respondent, a.id)).applications.find((x: { id: string }) => x.id === corr);
    expect(refusedApp).toMatchObject({ status: "refused", reconsiderationDue: "2026-03-16" });
    // Only the listed person files it.
    expect((await c.applicant.post(recon, { content: "请求上一级法院复议" })).statusCode).toBe(404);
    expect((await c.respondent2.post(recon, { content: "请求上一级法院复议" })).statusCode).toBe(404);
    t.setToday("2026-03-16");
    const filed = await c.respondent.post(recon, { content: "请求上一级法院撤销失信决定" });
    expect(filed.statusCode).toBe(201);
    expect((await c.respondent.post(recon, { content: "再次申请复议" })).statusCode).toBe(409);
    const v = await credit(c.officer, a.id);
    const app = v.applications.find((x: { id: string }) => x.id === filed.json().id);
    expect(app).toMatchObject({ kind: "correctionReconsideration", status: "pending", dueDate: "2026-03-31", higherCourtId: "bj-high", parentApplicationId: corr, mayDecide: false });
    // The higher court's staff see that they decide it (the web offers them the decision).
    expect((await credit(c.supervisor, a.id)).applications.find((x: { id: string }) => x.id === filed.json().id)).toMatchObject({ mayDecide: true });
    expect((await credit(c.respondent, a.id)).applications.find((x: { id: string }) => x.id === filed.json().id)).toMatchObject({ mayDecide: false, mine: true });
    // Not stayed: the entry stays listed and published.
    expect(v.listings[0]).toMatchObject({ status: "listed", published: true });
    const clocks = (await c.officer.get(`/api/v1/cases/${a.id}`)).json().clocks as { kind: string; due: string; status: string }[];
    expect(clocks.find((k) => k.kind === "creditCorrectionReconsiderationApplication")).toMatchObject({ status: "met" });
    expect(clocks.find((k) => k.kind === "creditCorrectionReconsiderationDecision")).toMatchObject({ due: "2026-03-31", status: "open" });

    // The higher court decides: not the enforcing court's staff, not the respondent.
    const decide = `/api/v1/credit-applications/${filed.json().id}/decide-correction-reconsideration`;
    expect((await c.officer.post(decide, { outcome: "revoked", note: "本院不能决定" })).statusCode).toBe(403);
    expect((await c.respondent.post(decide, { outcome: "revoked", note: "自己决定" })).statusCode).toBe(404);
    expect((await c.supervisor.post(decide, { outcome: "maybe", note: "无效" })).statusCode).toBe(400);
    t.setToday("2026-03-20");
    expect((await c.supervisor.post(decide, { outcome: "revoked", note: "被执行人已按期报告，撤销失信决定" })).statusCode).toBe(201);
    const after = await credit(c.officer, a.id);
    expect(after.applications.find((x: { id: string }) => x.id === filed.json().id)).toMatchObject({ status: "granted" });
    expect(after.listings[0]).toMatchObject({ status: "deleted", published: false });
    expect((await c.supervisor.post(decide, { outcome: "upheld", note: "再次决定" })).statusCode).toBe(422);
  });

  it("art 12: a reconsideration after the 10 days is refused", async () => {
    const a = await caseWithNotice(t, c, "2026-06-01");
    const listing = (await c.officer.post(`/api/v1/cases/${a.id}/dishonest-listings`, { partyId: person(a), ground: "reportBreach", evidence: REPORT_EVIDENCE })).json().id as string;
    const corr = (await c.respondent.post(`/api/v1/dishonest-listings/${listing}/corrections`, { content: "本人已按期报告财产，不应被纳入" })).json().id as string;
    await c.officer.post(`/api/v1/credit-applications/${corr}/decide-correction`, { wellFounded: false, note: "纳入无误" });
    t.setToday("2026-06-12");
    const late = await c.respondent.post(`/api/v1/credit-applications/${corr}/correction-reconsideration`, { content: "请求上一级法院复议" });
    expect(late.statusCode).toBe(422);
    expect(late.json().error.message.zh).toContain("十日");
  });
});

describe.each(TEST_BACKENDS)("the deletion job run by an administrator on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-09-01" });
  });
  afterAll(async () => t?.close());

  it("POST /admin/jobs/credit-deletion/run: the administrator only", async () => {
    const admin = await t.login("admin");
    const officer = await t.login("officer");
    const r = await admin.post("/api/v1/admin/jobs/credit-deletion/run", {});
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ checked: expect.any(Number), deleted: 0, entries: [] });
    expect((await officer.post("/api/v1/admin/jobs/credit-deletion/run", {})).statusCode).toBe(403);
    expect((await t.anonymous().post("/api/v1/admin/jobs/credit-deletion/run", {})).statusCode).toBe(401);
  });
});
