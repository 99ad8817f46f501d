// 信用惩戒 through the API on PGlite and on the PostgreSQL server (rules.md §§12–13): the consumption
// restriction order proposed by the handler and signed by the president (限制消费规定 arts 1, 3, 5, 9),
// exceptions, lifting with notices to the same recipients; exit restriction with its 10/15-day clocks
// (异议复议规定 art 9); the dishonest-debtor list (失信规定 arts 1–7, 10, 12): grounds and evidence, minors,
// publication with the ID masked, deletion by the job on each condition the records show, manual
// deletion and the 6-month re-listing bar, corrections with their clocks.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import { createTestApp, type Client, type TestApp } from "../../testing/test-app";
import { addUsers, caseWithNotice, loginAll, RESPONDENTS, type Clients } from "../property-reports/property-test-setup";
import { DEMO_RESPONDENT_ID, residentId } from "../../seed/demo.seed";
import { runCreditDeletion } from "../../jobs/credit-deletion.job";

const RECIPIENTS = ["中国民用航空局", "中国国家铁路集团有限公司"];
const REPORT_EVIDENCE = ["enforcementNoticeServed", "reportOrderServed", "reportBreachRecord"];

describe.each(TEST_BACKENDS)("credit discipline on %s", (kind) => {
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

  const person = (a: { parties: { id: string; role: string; kind: string }[] }) => a.parties.find((p) => p.role === "respondent" && p.kind === "naturalPerson")!.id;
  const company = (a: { parties: { id: string; role: string; kind: string }[] }) => a.parties.find((p) => p.role === "respondent" && p.kind === "legalPerson")!.id;
  const credit = async (who: Client, caseId: string) => (await who.get(`/api/v1/cases/${caseId}/credit`)).json();
  const events = async (caseId: string) => (await c.officer.get(`/api/v1/cases/${caseId}`)).json().events as { type: string; data: Record<string, unknown> }[];
  const publicLookup = (q: string) => t.anonymous().get(`/api/v1/public/dishonest?${q}`);

  it("限制消费令: proposed by the handler, refused before the notice period ends, signed only by the president, lifted with notices to the same units", async () => {
    const a = await caseWithNotice(t, c, "2025-09-01");
    t.setToday("2025-09-10");
    const url = `/api/v1/cases/${a.id}/consumption-restrictions`;
    const body = { partyId: company(a), initiatedBy: "applicantWritten", noticePeriodDue: "2025-09-10", persons: [{ name: "李法人", role: "legalRepresentative" }, { name: "王控制", role: "actualController" }], recipients: RECIPIENTS };
    const early = await c.officer.post(url, body);
    expect(early.statusCode).toBe(422);
    expect(early.json().error.field).toBe("today");
    t.setToday("2025-09-11");
    const shareholder = await c.officer.post(url, { ...body, persons: [{ name: "赵股东", role: "shareholder" }] });
    expect(shareholder.statusCode).toBe(422);
    expect(shareholder.json().error.field).toBe("persons");
    const naturalWithPersons = await c.officer.post(url, { ...body, partyId: person(a) });
    expect(naturalWithPersons.json().error.field).toBe("persons");
    expect((await c.officer2.post(url, body)).statusCode).toBe(403);
    expect((await c.respondent.post(url, body)).statusCode).toBe(404);
    expect((await c.officer.post(url, { ...body, recipients: [] })).statusCode).toBe(400);
    const r = await c.officer.post(url, body);
    expect(r.statusCode).toBe(201);
    const id = r.json().id as string;
    expect((await credit(c.officer, a.id)).restrictions[0]).toMatchObject({ id, kind: "consumption", status: "awaitingSignature", persons: [{ name: "李法人", role: "legalRepresentative" }, { name: "王控制", role: "actualController" }], recipients: RECIPIENTS });
    expect((await c.officer.post(url, body)).statusCode).toBe(409);

    expect((await c.officer.post(`/api/v1/consumption-restrictions/${id}/sign`, {})).statusCode).toBe(403);
    expect((await c.head.post(`/api/v1/consumption-restrictions/${id}/sign`, {})).statusCode).toBe(403);
    const signed = await president.post(`/api/v1/consumption-restrictions/${id}/sign`, {});
    expect(signed.statusCode).toBe(201);
    const view = (await credit(c.officer, a.id)).restrictions[0];
    expect(view).toMatchObject({ status: "issued", signedDate: "2025-09-11", issuedDate: "2025-09-11", signedByName: president.user.displayName, mandatory: false });
    expect(view.basis.map((b: { article: string }) => b.article)).toContain("arts 5–7");
    expect((await events(a.id)).at(-1)).toMatchObject({ type: "consumptionRestrictionIssued", data: { restrictionId: id, noticesTo: RECIPIENTS } });
    expect((await president.post(`/api/v1/consumption-restrictions/${id}/sign`, {})).statusCode).toBe(422);

    const doc = await c.officer.get(`/api/v1/credit-restrictions/${id}/document`);
    expect(doc.statusCode).toBe(200);
    expect(doc.headers["content-type"]).toContain("text/html");
    expect(doc.body).toContain("限制消费令");
    expect(doc.body).toContain("李法人");
    expect(doc.body).toContain(president.user.displayName);
    expect((await c.respondent2.get(`/api/v1/credit-restrictions/${id}/document`)).statusCode).toBe(200);
    expect((await c.respondent.get(`/api/v1/credit-restrictions/${id}/document`)).statusCode).toBe(404);
    expect((await c.shOfficer.get(`/api/v1/credit-restrictions/${id}/document`)).statusCode).toBe(404);

    // The public consumption-restriction lookup shows the order in force.
    const pub = await t.anonymous().get(`/api/v1/public/consumption-restrictions?name=${encodeURIComponent("仿冒电子")}`);
    expect(pub.json().items).toEqual(expect.arrayContaining([expect.objectContaining({ name: RESPONDENTS[1]!.name, issuedDate: "2025-09-11" })]));

    // Lifting: security not effective → refused; the applicant's consent with the court agreeing → lifted.
    const lift = `/api/v1/credit-restrictions/${id}/lift`;
    const bad = await c.officer.post(lift, { ground: "security", securityEffective: false, courtAgrees: true });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.field).toBe("securityEffective");
    expect((await c.officer.post(lift, { ground: "fullPerformance" })).json().error.field).toBe("ground");
    const lifted = await c.officer.post(lift, { ground: "applicantConsent", courtAgrees: true, note: "申请执行人书面同意解除" });
    expect(lifted.statusCode).toBe(201);
    expect((await credit(c.officer, a.id)).restrictions[0]).toMatchObject({ status: "lifted", liftingGround: "applicantConsent", liftedDate: "2025-09-11" });
    expect((await events(a.id)).at(-1)).toMatchObject({ type: "consumptionRestrictionLifted", data: { ground: "applicantConsent", mandatory: false, noticesTo: RECIPIENTS } });
  });

  it("exceptions: the restricted person applies, the handler decides (verified → granted; not verified → refused with the reason)", async () => {
    const a = await caseWithNotice(t, c, "2025-09-01");
    t.setToday("2025-09-12");
    const id = (await c.officer.post(`/api/v1/cases/${a.id}/consumption-restrictions`, { partyId: person(a), initiatedBy: "courtOwnMotion", noticePeriodDue: "2025-09-08", recipients: RECIPIENTS })).json().id;
    expect((await president.post(`/api/v1/consumption-restrictions/${id}/sign`, {})).statusCode).toBe(201);
    const url = `/api/v1/consumption-restrictions/${id}/exceptions`;
    expect((await c.respondent2.post(url, { kind: "necessaryLivingOrBusiness", content: "就医需乘坐高铁" })).statusCode).toBe(404);
    expect((await c.officer.post(url, { kind: "necessaryLivingOrBusiness", content: "就医需乘坐高铁" })).statusCode).toBe(403);
    const ok = await c.respondent.post(url, { kind: "necessaryLivingOrBusiness", content: "赴外地就医，须乘坐高铁二等座" });
    expect(ok.statusCode).toBe(201);
    const no = await c.respondent.post(url, { kind: "necessaryLivingOrBusiness", content: "参加商务会议" });
    expect((await c.officer.post(`/api/v1/credit-applications/${ok.json().id}/decide-exception`, { verified: true, note: "有医院证明" })).statusCode).toBe(201);
    expect((await c.officer.post(`/api/v1/credit-applications/${no.json().id}/decide-exception`, { verified: false, note: "无证明材料" })).statusCode).toBe(201);
    const mine = await credit(c.respondent, a.id);
    expect(mine.restrictions).toHaveLength(1);
    expect(mine.restrictions[0].mine).toBe(true);
    expect(mine.applications.map((x: { status: string }) => x.status)).toEqual(["granted", "refused"]);
    expect(mine.applications[1].decisionNote).toContain("不予准许");
    // The other respondent of the case sees nothing of it.
    expect((await credit(c.respondent2, a.id)).restrictions).toHaveLength(0);
  });

  it("限制出境: 10 days to seek reconsideration, 15 days to decide, not stayed; late is refused; an entity's actual controller is not covered", async () => {
    const a = await caseWithNotice(t, c, "2025-09-15");
    const url = `/api/v1/cases/${a.id}/exit-restrictions`;
    const ctl = await c.officer.post(url, { partyId: company(a), initiatedBy: "courtOwnMotion", persons: [{ name: "王控制", role: "actualController" }], recipients: ["国家移民管理局"] });
    expect(ctl.statusCode).toBe(422);
    expect((await c.officer.post(url, { partyId: company(a), initiatedBy: "courtOwnMotion", recipients: ["国家移民管理局"] })).json().error.field).toBe("persons");
    const r = await c.officer.post(url, { partyId: person(a), initiatedBy: "applicantWritten", recipients: ["国家移民管理局"] });
    expect(r.statusCode).toBe(201);
    const view = (await credit(c.officer, a.id)).restrictions[0];
    expect(view).toMatchObject({ kind: "exit", status: "issued", coversRespondent: true });
    // 2025-09-15 + 10 days = 09-25 (Thursday)
    expect(view.clocks).toEqual([{ kind: "creditExitReconsiderationApplication", due: "2025-09-25", status: "open", metDate: null }]);
    t.setToday("2025-09-26");
    const late = await c.respondent.post(`/api/v1/exit-restrictions/${r.json().id}/reconsideration`, { content: "出境系为正常商务活动" });
    expect(late.statusCode).toBe(422);
    expect(late.json().error.field).toBe("filedDate");
    const b = await c.officer.post(url, { partyId: company(a), initiatedBy: "courtOwnMotion", persons: [{ name: "李法人", role: "legalRepresentative" }], recipients: ["国家移民管理局"] });
    expect(b.statusCode).toBe(201);
    const rec = await c.respondent2.post(`/api/v1/exit-restrictions/${b.json().id}/reconsideration`, { content: "法定代表人已变更" });
    expect(rec.statusCode).toBe(201);
    const v2 = (await credit(c.officer, a.id)).restrictions.find((x: { id: string }) => x.id === b.json().id);
    // Issued 09-26: 10 days end 10-06, in the National Day holiday → 10-09; filed 09-26 → decided by 10-11 (a 调休 Saturday, a working day).
    expect(v2.clocks).toEqual([
      { kind: "creditExitReconsiderationApplication", due: "2025-10-09", status: "met", metDate: "2025-09-26" },
      { kind: "creditExitReconsiderationDecision", due: "2025-10-11", status: "open", metDate: null },
    ]);
    expect((await c.officer.post(`/api/v1/credit-applications/${rec.json().id}/decide-reconsideration`, { outcome: "revoked", note: "上一级法院决定撤销" })).statusCode).toBe(201);
    expect((await credit(c.officer, a.id)).restrictions.find((x: { id: string }) => x.id === b.json().id)).toMatchObject({ status: "lifted" });
  });

  it("失信: evidence per ground, minors never, an entity names its representative; published entries in the art 6 form with the ID masked", async () => {
    const minorId = residentId("11010820100101123");
    const a = await caseWithNotice(t, c, "2025-09-01", { withReportOrder: true }, { respondents: [...RESPONDENTS, { kind: "naturalPerson", name: "王小明", idType: "residentId", idNumber: minorId }] });
    t.setToday("2025-09-20");
    const url = `/api/v1/cases/${a.id}/dishonest-listings`;
    const minor = a.parties.find((p) => p.name === "王小明")!.id;
    const m = await c.officer.post(url, { partyId: minor, ground: "reportBreach", evidence: REPORT_EVIDENCE });
    expect(m.statusCode).toBe(422);
    expect(m.json().error.field).toBe("respondent.birthDate");
    const missing = await c.officer.post(url, { partyId: person(a), ground: "reportBreach", evidence: ["enforcementNoticeServed"] });
    expect(missing.json().error).toMatchObject({ field: "evidence" });
    const excluded = await c.officer.post(url, { partyId: person(a), ground: "ableButRefuses", evidence: ["enforcementNoticeServed", "abilityToPerform"], exclusions: ["adequateSecurity"] });
    expect(excluded.json().error.field).toBe("exclusions");
    expect((await c.officer.post(url, { partyId: company(a), ground: "reportBreach", evidence: REPORT_EVIDENCE })).json().error.field).toBe("representativeName");
    const ext = await c.officer.post(url, { partyId: person(a), ground: "ableButRefuses", evidence: ["enforcementNoticeServed", "abilityToPerform"], extension: { years: 1, reason: "repeatedBreaches" } });
    expect(ext.json().error.field).toBe("extension");

    const p = await c.officer.post(url, { partyId: person(a), ground: "reportBreach", evidence: REPORT_EVIDENCE });
    expect(p.statusCode).toBe(201);
    const e = await c.officer.post(url, { partyId: company(a), ground: "evasion", evidence: ["enforcementNoticeServed", "evasionFinding"], representativeName: "李法人", extension: { years: 2, reason: "violenceOrThreats" }, publish: false });
    expect(e.statusCode).toBe(201);
    expect((await c.officer.post(url, { partyId: person(a), ground: "reportBreach", evidence: REPORT_EVIDENCE })).statusCode).toBe(409);
    const view = await credit(c.officer, a.id);
    expect(view.listings[0]).toMatchObject({ ground: "reportBreach", decisionDate: "2025-09-20", termEnd: "2027-09-20", status: "listed", published: true, publishedDate: "2025-09-20" });
    expect(view.listings[1]).toMatchObject({ termEnd: "2029-09-20", extensionYears: 2, published: false });
    expect(JSON.stringify(view)).not.toContain(DEMO_RESPONDENT_ID);

    const doc = await c.officer.get(`/api/v1/dishonest-listings/${p.json().id}/document`);
    expect(doc.body).toContain("纳入失信被执行人名单决定书");
    expect(doc.body).not.toContain(DEMO_RESPONDENT_ID);

    const byName = await publicLookup(`name=${encodeURIComponent("张某某")}`);
    expect(byName.statusCode).toBe(200);
    const items = byName.json().items as { subject: Record<string, unknown>; caseNumber: string }[];
    const mineEntry = items.find((i) => i.caseNumber === a.detail.caseNumber)!;
    expect(mineEntry.subject).toEqual({ kind: "naturalPerson", name: "张某某", sex: "male", age: 40, idNumberMasked: expect.stringMatching(/\*/) });
    expect(byName.body).not.toContain(DEMO_RESPONDENT_ID);
    expect(byName.body).not.toContain("13900001111");
    expect(byName.body).not.toContain("科技园");
    const byId = await publicLookup(`idNumber=${DEMO_RESPONDENT_ID}`);
    expect((byId.json().items as unknown[]).length).toBeGreaterThanOrEqual(1);
    expect(byId.body).not.toContain(DEMO_RESPONDENT_ID);
    // Unpublished: not in the lookup; published later: there.
    expect((await publicLookup(`name=${encodeURIComponent("深圳仿冒电子")}`)).json().items.some((i: { caseNumber: string }) => i.caseNumber === a.detail.caseNumber)).toBe(false);
    expect((await c.officer.post(`/api/v1/dishonest-listings/${e.json().id}/publish`, { published: true })).statusCode).toBe(201);
    const ent = (await publicLookup(`name=${encodeURIComponent("深圳仿冒电子")}`)).json().items.find((i: { caseNumber: string }) => i.caseNumber === a.detail.caseNumber);
    expect(ent.subject).toEqual({ kind: "entity", name: RESPONDENTS[1]!.name, creditCode: RESPONDENTS[1]!.idNumber, representativeName: "李法人" });
    expect((await publicLookup("")).json().items).toEqual([]);
    expect((await publicLookup("name=x")).statusCode).toBe(400);
  });

  it("the deletion job: closure by full performance, 终结执行, the duties recorded done, and the term's end; the public lookup drops them", async () => {
    const list = async (date: string, withParty: (a: Awaited<ReturnType<typeof caseWithNotice>>) => string = person) => {
      const a = await caseWithNotice(t, c, date);
      const r = await c.officer.post(`/api/v1/cases/${a.id}/dishonest-listings`, { partyId: withParty(a), ground: "reportBreach", evidence: REPORT_EVIDENCE, representativeName: "李法人" });
      expect(r.statusCode).toBe(201);
      return { a, id: r.json().id as string };
    };
    await runCreditDeletion(t.ctx); // earlier tests' entries settle first
    const paid = await list("2025-10-09");
    const term = await list("2025-10-09", company);
    t.setToday("2025-10-10");
    for (const d of paid.a.detail.duties) expect((await c.officer.post(`/api/v1/cases/${paid.a.id}/actions/recordDutyDone`, { dutyId: d.id, evidence: "已全部履行" })).statusCode).toBe(200);
    expect((await c.officer.post(`/api/v1/cases/${paid.a.id}/actions/close`, { mode: "completed", reason: "已全部履行" })).statusCode).toBe(200);
    expect((await publicLookup(`idNumber=${DEMO_RESPONDENT_ID}`)).json().items.some((i: { caseNumber: string }) => i.caseNumber === paid.a.detail.caseNumber)).toBe(true);
    t.setToday("2025-10-11");
    const r1 = await runCreditDeletion(t.ctx);
    // Closed 10-10 (Friday); 3 working days: 10-13, 10-14, 10-15 (10-11 is a 调休 Saturday… 2025's 调休 is 09-28 and 10-11).
    expect(r1.entries).toEqual([expect.objectContaining({ listingId: paid.id, condition: "performed", occurredOn: "2025-10-10" })]);
    expect(r1.entries[0]!.due).toMatch(/^2025-10-1[3-5]$/);
    expect((await publicLookup(`idNumber=${DEMO_RESPONDENT_ID}`)).json().items.some((i: { caseNumber: string }) => i.caseNumber === paid.a.detail.caseNumber)).toBe(false);
    const v = (await credit(c.officer, paid.a.id)).listings[0];
    expect(v).toMatchObject({ status: "deleted", published: false, deletion: { condition: "performed", occurredOn: "2025-10-10", deletedDate: "2025-10-11", byJob: true } });
    expect((await events(paid.a.id)).at(-1)).toMatchObject({ type: "dishonestDeleted", data: { condition: "performed", late: false } });
    expect((await runCreditDeletion(t.ctx)).deleted).toBe(0); // idempotent

    const ended = await list("2025-10-20");
    expect((await c.officer.post(`/api/v1/cases/${ended.a.id}/actions/close`, { mode: "terminated", reason: "申请执行人撤回申请", ground: "applicationWithdrawn" })).statusCode).toBe(200);
    const r2 = await runCreditDeletion(t.ctx);
    expect(r2.entries).toEqual([expect.objectContaining({ listingId: ended.id, condition: "terminated", occurredOn: "2025-10-20" })]);

    // The term: 2025-10-09 + 2 years = 2027-10-09, the last day listed; the job deletes on 10-10.
    t.setToday("2027-10-09");
    expect((await runCreditDeletion(t.ctx)).entries.some((e) => e.listingId === term.id)).toBe(false);
    t.setToday("2027-10-10");
    const r3 = await runCreditDeletion(t.ctx);
    expect(r3.entries.find((e) => e.listingId === term.id)).toMatchObject({ condition: "termEnded", occurredOn: "2027-10-09" });
  });

  it("manual deletion at the applicant's approved request bars the applicant's re-listing for 6 months; corrections run 15 days / 3 working days", async () => {
    const a = await caseWithNotice(t, c, "2028-01-03");
    const url = `/api/v1/cases/${a.id}/dishonest-listings`;
    const id = (await c.officer.post(url, { partyId: person(a), ground: "reportBreach", evidence: REPORT_EVIDENCE })).json().id;
    const del = `/api/v1/dishonest-listings/${id}/delete`;
    expect((await c.officer.post(del, { condition: "applicantRequest", occurredOn: "2028-01-03", note: "申请执行人书面申请删除" })).json().error.field).toBe("applicantRequestApproved");
    expect((await c.officer.post(del, { condition: "fruitlessSearchesAfterSuspension", occurredOn: "2028-01-03", note: "终本后查询", fruitlessSearchesAfterSuspension: 1 })).json().error.field).toBe("fruitlessSearchesAfterSuspension");
    expect((await c.respondent.post(del, { condition: "applicantRequest", occurredOn: "2028-01-03", note: "申请删除", applicantRequestApproved: true })).statusCode).toBe(404);
    expect((await c.officer.post(del, { condition: "applicantRequest", occurredOn: "2028-01-03", note: "申请执行人书面申请删除，经审查同意", applicantRequestApproved: true })).statusCode).toBe(201);
    expect((await credit(c.officer, a.id)).listings[0].deletion).toMatchObject({ condition: "applicantRequest", relistingBarredUntil: "2028-07-03", byJob: false });
    t.setToday("2028-03-01");
    const again = { partyId: person(a), ground: "reportBreach", evidence: REPORT_EVIDENCE, onApplicantRequest: true };
    const barred = await c.officer.post(url, again);
    expect(barred.statusCode).toBe(422);
    expect(barred.json().error.field).toBe("requestDate");
    // Of the court's own motion it may list again.
    const own = await c.officer.post(url, { ...again, onApplicantRequest: false });
    expect(own.statusCode).toBe(201);

    // Correction: filed 2028-03-01 → examined by 03-16; well founded on 03-06 (Mon) → corrected by 3 working days.
    const corr = await c.respondent.post(`/api/v1/dishonest-listings/${own.json().id}/corrections`, { content: "本人已提交财产报告，不属于违反财产报告制度" });
    expect(corr.statusCode).toBe(201);
    expect((await c.respondent2.post(`/api/v1/dishonest-listings/${own.json().id}/corrections`, { content: "不是我的" })).statusCode).toBe(404);
    const clocks = async () => (await c.officer.get(`/api/v1/cases/${a.id}`)).json().clocks as { kind: string; due: string; status: string }[];
    expect((await clocks()).find((k) => k.kind === "creditCorrectionExamination")).toMatchObject({ due: "2028-03-16", status: "open" });
    t.setToday("2028-03-06");
    expect((await c.officer.post(`/api/v1/credit-applications/${corr.json().id}/decide-correction`, { wellFounded: true, note: "财产报告已于期限内提交" })).statusCode).toBe(201);
    const app = (await credit(c.respondent, a.id)).applications.find((x: { id: string }) => x.id === corr.json().id);
    expect(app).toMatchObject({ status: "granted", correctBy: "2028-03-09" });
    expect((await c.officer.post(`/api/v1/credit-applications/${corr.json().id}/apply-correction`, { revoke: true, note: "撤销失信决定" })).statusCode).toBe(201);
    expect((await credit(c.officer, a.id)).listings.find((l: { id: string }) => l.id === own.json().id)).toMatchObject({ status: "deleted" });
    const ks = await clocks();
    expect(ks.find((k) => k.kind === "creditCorrectionExecution")).toMatchObject({ due: "2028-03-09", status: "met" });
  });
});
