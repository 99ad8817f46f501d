// 终本 done properly, through the API on PGlite and on the PostgreSQL server (rules.md §16): the checklist
// derived from the records (终本规定 arts 1–3, 5; 民诉法解释 art 517) — an officer claiming unmet
// conditions met is refused with each reason; the applicant sees the checklist; the 6-monthly
// re-inquiry job (art 9) tells the applicant, deletes the 失信 entries after two fruitless runs with no
// clue (失信规定 art 10(4)) and raises the resume flag when property is found.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import type { ProviderResult } from "../../adapters/inquiry";
import { createTestApp, type Client, type TestApp } from "../../testing/test-app";
import { addUsers, caseWithNotice, loginAll, type Clients } from "../property-reports/property-test-setup";
import { configureInquiries } from "../inquiries/inquiries.service";
import { runZhongbenReinquiry } from "../../jobs/zhongben-reinquiry.job";

const REPORT_EVIDENCE = ["enforcementNoticeServed", "reportOrderServed", "reportBreachRecord"];
const CLAIMED = { notifiedAndReportOrdered: true, consumptionRestricted: true, dishonestListedWhereApplicable: true, investigationExhausted: true, debtorSearchedAndSanctioned: true, applicantInterviewed: true };

describe.each(TEST_BACKENDS)("终本 on %s", (kind) => {
  let t: TestApp;
  let c: Clients;
  let president: Client;
  let admin: Client;
  let answer: ProviderResult = { status: "none", items: [] };
  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-09-01" });
    await addUsers(t);
    c = await loginAll(t);
    president = await t.login("president");
    admin = await t.login("admin");
    configureInquiries(t.ctx, { providers: [{ key: "bankDeposit", label: { zh: "银行存款", en: "bank deposits" }, query: async () => answer }] });
  });
  afterAll(async () => t?.close());

  const zb = async (who: Client, id: string) => (await who.get(`/api/v1/cases/${id}/zhongben`)).json();
  const unmet = (v: { conditions: { key: string; met: boolean }[] }) => v.conditions.filter((x) => !x.met).map((x) => x.key).sort();

  it("derives the checklist from the records, refuses a closure the records do not support, and closes once they do", async () => {
    const a = await caseWithNotice(t, c, "2025-09-01");
    const v0 = await zb(c.officer, a.id);
    expect(v0.ready).toBe(false);
    expect(unmet(v0)).toEqual(["applicantInterviewed", "approval", "consumptionRestricted", "investigationExhausted", "moreThanThreeMonths", "notifiedAndReportOrdered"]);
    expect(v0.conditions.find((x: { key: string }) => x.key === "moreThanThreeMonths")).toMatchObject({ basis: [expect.objectContaining({ law: "终本规定(2016)" }), expect.anything()], confidence: expect.any(String) });

    // The officer can no longer claim the checklist: every unmet condition is named with its reason.
    t.setToday("2025-12-02");
    const claimed = await c.officer.post(`/api/v1/cases/${a.id}/actions/close`, { mode: "suspendedNoAssets", reason: "无可供执行财产", checklist: CLAIMED, approval: "applicantConfirmed" });
    expect(claimed.statusCode).toBe(422);
    const fields = (claimed.json().error.details as { field: string }[]).map((d) => d.field).sort();
    // By now the report is overdue (财产调查规定 art 9): a listing ground the records show, so listing is required too.
    expect(fields).toEqual(["checklist.applicantInterviewed", "checklist.approval", "checklist.consumptionRestricted", "checklist.dishonestListedWhereApplicable", "checklist.investigationExhausted", "checklist.notifiedAndReportOrdered"]);
    expect(claimed.json().error.message.zh).toContain("第一条第二项");
    expect((await c.officer.get(`/api/v1/cases/${a.id}`)).json().status).not.toBe("closed");

    // The records: the report is overdue (a breach) and both respondents are listed for it — which creates
    // their consumption restriction orders, signed by the president; a network inquiry finds nothing.
    for (const p of a.parties.filter((x) => x.role === "respondent")) {
      const l = await c.officer.post(`/api/v1/cases/${a.id}/dishonest-listings`, { partyId: p.id, ground: "reportBreach", evidence: REPORT_EVIDENCE, representativeName: "李法人" });
      expect(l.statusCode).toBe(201);
    }
    const credit = (await c.officer.get(`/api/v1/cases/${a.id}/credit`)).json();
    expect(credit.restrictions).toHaveLength(2);
    for (const r of credit.restrictions) {
      expect(r).toMatchObject({ kind: "consumption", status: "awaitingSignature", initiatedBy: "courtOwnMotion", mandatory: true });
      expect((await president.post(`/api/v1/consumption-restrictions/${r.id}/sign`, {})).statusCode).toBe(201);
    }
    expect((await c.officer.post(`/api/v1/cases/${a.id}/inquiries`, { purpose: "终本前穷尽财产调查的网络查控", providers: ["bankDeposit"] })).statusCode).toBe(201);

    // 约谈: only the handler records it; the applicant did not sign, so the president's approval is needed.
    const interview = { interviewDate: "2025-12-02", told: "告知执行情况、已采取的措施、财产调查结果及终本的依据和后果", applicantOpinion: "不同意终本，希望继续查找财产", signed: false };
    expect((await c.officer2.post(`/api/v1/cases/${a.id}/zhongben/interviews`, interview)).statusCode).toBe(403);
    expect((await c.officer.post(`/api/v1/cases/${a.id}/zhongben/interviews`, { ...interview, interviewDate: "2025-12-03" })).statusCode).toBe(400);
    expect((await c.officer.post(`/api/v1/cases/${a.id}/zhongben/interviews`, interview)).statusCode).toBe(201);
    const v1 = await zb(c.officer, a.id);
    expect(unmet(v1)).toEqual(["approval"]);
    expect(v1.records).toMatchObject({ reportBreach: true, inquiriesRun: 1, disposableAssets: 0, dishonestConditionsMet: true });
    expect((await c.officer.post(`/api/v1/cases/${a.id}/zhongben/approvals`, { panel: "王执行、赵执行、陈局长", opinion: "合议庭审查核实，同意终本" })).statusCode).toBe(403);
    expect((await president.post(`/api/v1/cases/${a.id}/zhongben/approvals`, { panel: "王执行、赵执行、陈局长", opinion: "合议庭审查核实，同意终本" })).statusCode).toBe(201);
    const v2 = await zb(c.officer, a.id);
    expect(v2).toMatchObject({ ready: true, approval: "collegialPanelApproved" });

    // The applicant sees the checklist and the interview; the respondent sees the checklist but not the applicant's opinion.
    const mine = await zb(c.applicant, a.id);
    expect(mine).toMatchObject({ ready: true, interviews: [{ applicantOpinion: interview.applicantOpinion, signed: false }] });
    expect((await zb(c.respondent, a.id)).interviews[0].applicantOpinion).toBeNull();
    expect((await c.shOfficer.get(`/api/v1/cases/${a.id}/zhongben`)).statusCode).toBe(404);

    const closed = await c.officer.post(`/api/v1/cases/${a.id}/actions/close`, { mode: "suspendedNoAssets", reason: "无可供执行财产，终结本次执行程序" });
    expect(closed.statusCode).toBe(200);
    const d = closed.json();
    expect(d).toMatchObject({ status: "closed", closure: { mode: "suspendedNoAssets", date: "2025-12-02" } });
    expect(d.events.at(-1)).toMatchObject({ type: "close", data: { checklist: CLAIMED, approval: "collegialPanelApproved" } });
    const after = await zb(c.applicant, a.id);
    expect(after.reinquiry.schedule).toHaveLength(10);
    expect(after.reinquiry.schedule[0]).toMatchObject({ seq: 1, due: "2026-06-02", run: null });

    // Re-inquiry: nothing before the first due day; then a fruitless run the applicant is told of.
    t.setToday("2026-06-01");
    expect((await runZhongbenReinquiry(t.ctx)).runs.filter((r) => r.caseId === a.id)).toEqual([]);
    t.setToday("2026-06-02");
    const r1 = await runZhongbenReinquiry(t.ctx);
    expect(r1.runs.filter((r) => r.caseId === a.id)).toEqual([expect.objectContaining({ seq: 1, status: "done", itemsFound: 0, resumeFlag: false, deletionTriggered: false })]);
    expect((await runZhongbenReinquiry(t.ctx)).runs.filter((r) => r.caseId === a.id)).toEqual([]); // idempotent
    const seen = (await c.applicant.get(`/api/v1/cases/${a.id}`)).json().events as { type: string; data: Record<string, unknown> }[];
    expect(seen.at(-1)).toMatchObject({ type: "zhongbenReinquiryRun", data: { seq: 1, propertyFound: false, fruitlessSearches: 1 } });

    // Second fruitless run, no clue: the 失信 entries are deleted on art 10(4) through the credit module.
    t.setToday("2026-12-02");
    const r2 = (await runZhongbenReinquiry(t.ctx)).runs.find((r) => r.caseId === a.id);
    expect(r2).toMatchObject({ seq: 2, deletionTriggered: true });
    const listings = (await c.officer.get(`/api/v1/cases/${a.id}/credit`)).json().listings as { status: string; deletion: { condition: string } }[];
    expect(listings.map((l) => [l.status, l.deletion.condition])).toEqual([
      ["deleted", "fruitlessSearchesAfterSuspension"],
      ["deleted", "fruitlessSearchesAfterSuspension"],
    ]);

    // Property found on the third run: the resume flag.
    answer = { status: "found", items: [{ assetType: "bankDeposit", holder: "某银行", identifier: "6222000011112222", description: "活期存款", amountFen: 1_234_500 }] };
    t.setToday("2027-06-02");
    const ran = await admin.post("/api/v1/admin/jobs/zhongben-reinquiry/run", {});
    expect(ran.statusCode).toBe(200);
    expect(ran.json().runs.find((r: { caseId: string }) => r.caseId === a.id)).toMatchObject({ seq: 3, resumeFlag: true, itemsFound: 2 }) // one answer per respondent;
    expect((await c.officer.post("/api/v1/admin/jobs/zhongben-reinquiry/run", {})).statusCode).toBe(403);
    const flagged = await zb(c.officer, a.id);
    expect(flagged.reinquiry).toMatchObject({ resumeFlag: true, fruitlessSearches: 2 });
    expect(flagged.reinquiry.schedule[2].run).toMatchObject({ propertyFound: true, resumeFlag: true });

    // The flag is on the handler's workbench with the case, until the court acknowledges it (no 恢复执行 action exists).
    const wb = async (who: Client) => ((await who.get("/api/v1/workbench")).json().resumeFlags as { caseId: string; seq: number }[]).filter((f) => f.caseId === a.id);
    expect(await wb(c.officer)).toEqual([expect.objectContaining({ caseId: a.id, seq: 3, runDate: "2027-06-02", itemsFound: 2 })]);
    expect(await wb(c.officer2)).toEqual([]);
    expect(await wb(president)).toHaveLength(1);
    expect(flagged.reinquiry).toMatchObject({ resumePending: true, acknowledgements: [] });
    const ackUrl = `/api/v1/cases/${a.id}/zhongben/resume-flag/acknowledge`;
    expect((await c.officer2.post(ackUrl, { note: "已通知申请人，拟恢复执行" })).statusCode).toBe(403);
    expect((await c.applicant.post(ackUrl, { note: "已通知申请人，拟恢复执行" })).statusCode).toBe(404);
    const short = await c.officer.post(ackUrl, { note: "好" });
    expect([short.statusCode, short.json().error.field]).toEqual([400, "note"]);
    expect(await wb(c.officer)).toHaveLength(1);
    const ack = await c.officer.post(ackUrl, { note: "已通知申请人，对查到的存款采取冻结措施，拟恢复执行" });
    expect([ack.statusCode, ack.json()]).toEqual([200, { seqs: [3] }]);
    expect(await wb(c.officer)).toEqual([]);
    expect(await wb(president)).toEqual([]);
    expect((await zb(c.officer, a.id)).reinquiry).toMatchObject({ resumeFlag: true, resumePending: false, acknowledgements: [{ seq: 3, date: "2027-06-02", note: "已通知申请人，对查到的存款采取冻结措施，拟恢复执行" }] });
    expect((await zb(c.applicant, a.id)).reinquiry.acknowledgements).toEqual([{ seq: 3, date: "2027-06-02", note: null }]);
    const again = await c.officer.post(ackUrl, { note: "再次确认恢复执行提示" });
    expect([again.statusCode, again.json().error.field]).toEqual([422, "caseId"]);
    const evs = (await c.officer.get(`/api/v1/cases/${a.id}`)).json().events as { type: string; data: Record<string, unknown> }[];
    expect(evs.at(-1)).toMatchObject({ type: "zhongbenResumeFlagAcknowledged", data: { seqs: [3] } });
    answer = { status: "none", items: [] };
  });

  it("bad input changes nothing; a closed or unknown case refuses the records", async () => {
    const a = await caseWithNotice(t, c, "2028-01-03");
    expect((await c.officer.post(`/api/v1/cases/${a.id}/zhongben/interviews`, { interviewDate: "2028-01-03", told: "短", applicantOpinion: "无", signed: true })).statusCode).toBe(400);
    const search = await c.officer.post(`/api/v1/cases/${a.id}/zhongben/debtor-searches`, { partyId: a.parties.find((p) => p.role === "applicant")!.id, searchDate: "2028-01-03", measures: "走访户籍地", found: false });
    expect(search.statusCode).toBe(400);
    expect(search.json().error.field).toBe("partyId");
    const ok = await c.officer.post(`/api/v1/cases/${a.id}/zhongben/debtor-searches`, { partyId: a.parties.find((p) => p.role === "respondent")!.id, searchDate: "2028-01-03", measures: "走访户籍地、经常居住地，公安协查", found: false });
    expect(ok.statusCode).toBe(201);
    expect((await zb(c.officer, a.id)).debtorSearches).toHaveLength(1);
    expect((await zb(c.applicant, a.id)).debtorSearches).toEqual([]);
    expect((await c.officer.get(`/api/v1/cases/00000000-0000-4000-8000-000000000000/zhongben`)).statusCode).toBe(404);
  });
});
