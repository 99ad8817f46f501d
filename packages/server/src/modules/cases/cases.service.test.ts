// The case from application to closure through the API, on PGlite and on the PostgreSQL server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { validApplication } from "../../testing/fixtures";

describe.each(TEST_BACKENDS)("case lifecycle on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-09-15" });
  });
  afterAll(async () => t?.close());

  const auditCount = async (caseId: string) =>
    Number((await t.database.db.selectFrom("audit_log").select((eb) => eb.fn.countAll<string>().as("n")).where("case_id", "=", caseId).executeTakeFirstOrThrow()).n);

  it("takes an application, registers, assigns, issues the notice, extends the term and closes, with clocks, events and audit", async () => {
    const clerk = await t.login("clerk");
    const head = await t.login("head");
    const officer = await t.login("officer");
    const president = await t.login("president");

    const created = await clerk.post("/api/v1/cases", validApplication());
    expect(created.statusCode).toBe(201);
    const c = created.json();
    expect(c.status).toBe("applied");
    expect(c.caseNumber).toBeNull();
    // 执行工作规定 item 16: decide within 7 days; item 22: notice within 10 days.
    expect(c.clocks.map((k: { kind: string; due: string }) => [k.kind, k.due])).toEqual([
      ["decision", "2025-09-22"],
      ["noticeOuter", "2025-09-25"],
    ]);
    expect(c.allowedActions).toEqual(["register", "refuse"]);
    expect(c.parties[1].idNumberMasked).toMatch(/^4403\*{10}\d{3}[\dX]$/);

    t.setToday("2025-09-17");
    const reg = await clerk.post(`/api/v1/cases/${c.id}/actions/register`, {});
    expect(reg.statusCode).toBe(200);
    expect(reg.json().caseNumber).toMatch(/^\(2025\)京73执\d+号$/);
    const term = reg.json().clocks.find((k: { kind: string }) => k.kind === "term");
    // 审限规定 art 5: six months from registration, 2026-03-17 (a Tuesday).
    expect(term.due).toBe("2026-03-17");

    const officerId = (await t.user("officer")).id;
    t.setToday("2025-09-26");
    const asg = await head.post(`/api/v1/cases/${c.id}/actions/assign`, { handlerId: officerId });
    expect(asg.statusCode).toBe(200);
    const notice = asg.json().clocks.find((k: { kind: string }) => k.kind === "notice");
    // 若干期限规定 art 4: 3 days; 09-27 Sat rest, 09-28 Sun a 调休 working day, 09-29 Mon → due 09-29.
    expect(notice.due).toBe("2025-09-29");
    // The division head may reassign and act; the lifecycle never offers registration again.
    expect(asg.json().allowedActions).toContain("assign");
    expect(asg.json().allowedActions).not.toContain("register");

    const officerView = (await officer.get(`/api/v1/cases/${c.id}`)).json();
    expect(officerView.allowedActions).toEqual(expect.arrayContaining(["issueNotice", "requestExtension", "recordDutyDone", "close"]));

    const noReport = await officer.post(`/api/v1/cases/${c.id}/actions/issueNotice`, { withReportOrder: false });
    expect(noReport.statusCode).toBe(422);
    expect(noReport.json().error.field).toBe("withReportOrder");
    const iss = await officer.post(`/api/v1/cases/${c.id}/actions/issueNotice`, { withReportOrder: true });
    expect(iss.statusCode).toBe(200);
    expect(iss.json().status).toBe("inProgress");

    t.setToday("2026-03-12"); // term due 2026-03-17: the request must come by 03-12
    expect((await officer.post(`/api/v1/cases/${c.id}/actions/requestExtension`, { reason: "财产处置尚未完成" })).statusCode).toBe(200);
    const appr = await president.post(`/api/v1/cases/${c.id}/actions/approveExtension`, {});
    expect(appr.statusCode).toBe(200);
    expect(appr.json().term.due).toBe("2026-06-17");
    expect(appr.json().term.extensions).toBe(1);

    const early = await officer.post(`/api/v1/cases/${c.id}/actions/close`, { mode: "completed", reason: "已履行" });
    expect(early.statusCode).toBe(422);

    for (const d of iss.json().duties) {
      expect((await officer.post(`/api/v1/cases/${c.id}/actions/recordDutyDone`, { dutyId: d.id, evidence: "执行款已到账" })).statusCode).toBe(200);
    }
    const closed = await officer.post(`/api/v1/cases/${c.id}/actions/close`, { mode: "completed", reason: "已全部履行" });
    expect(closed.statusCode).toBe(200);
    const done = closed.json();
    expect(done.status).toBe("closed");
    expect(done.closure).toEqual({ mode: "completed", date: "2026-03-12", reason: "已全部履行", ground: null });
    expect(done.clocks.filter((k: { status: string }) => k.status === "open")).toEqual([]);
    expect(done.events.map((e: { type: string }) => e.type)).toEqual([
      "submit",
      "register",
      "assign",
      "issueNotice",
      "requestExtension",
      "approveExtension",
      "recordDutyDone",
      "recordDutyDone",
      "close",
    ]);
    expect(done.milestones.every((m: { done: boolean }) => m.done)).toBe(true);
    expect(await auditCount(c.id)).toBe(9);
    const trail = (await president.get(`/api/v1/cases/${c.id}/audit`)).json().items;
    expect(trail.map((a: { action: string }) => a.action)).toEqual(done.events.map((e: { type: string }) => `case.${e.type}`));
    expect(trail.every((a: { ip: string | null }) => a.ip === "127.0.0.1")).toBe(true);
    expect((await officer.get(`/api/v1/cases/${c.id}/audit`)).statusCode).toBe(403);
    expect((await (await t.login("supervisor")).get(`/api/v1/cases/${c.id}/audit`)).statusCode).toBe(200);
  });

  it("registers a late application and flags it, never refusing it for lateness (民诉法解释 art 481)", async () => {
    const clerk = await t.login("clerk");
    t.setToday("2025-09-15");
    const res = await clerk.post(
      "/api/v1/cases",
      validApplication({ basis: { ...validApplication().basis, effectiveDate: "2023-01-10", performanceDeadline: "2023-01-20" } }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json().lateApplication).toBe(true);
    expect(res.json().basis.limitationExpires).toBe("2025-01-20");
    expect((await clerk.post(`/api/v1/cases/${res.json().id}/actions/register`, {})).statusCode).toBe(200);
  });

  it("lets the applicant file online and follow the case, and keeps other users out", async () => {
    const applicant = await t.login("applicant");
    const res = await applicant.post("/api/v1/cases", { ...validApplication(), applicants: undefined });
    expect(res.statusCode).toBe(201);
    const id = res.json().id;
    const mine = (await applicant.get("/api/v1/cases")).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toContain(id);
    expect((await applicant.get(`/api/v1/cases/${id}`)).json().allowedActions).toEqual([]);
    // The respondent's full ID number never reaches the applicant.
    expect((await applicant.get(`/api/v1/cases/${id}/parties/${res.json().parties[1].id}/personal-data`)).statusCode).toBe(403);

    const supervisor = await t.login("supervisor");
    expect((await supervisor.get(`/api/v1/cases/${id}`)).statusCode).toBe(200);
    expect((await supervisor.post(`/api/v1/cases/${id}/actions/register`, {})).statusCode).toBe(403);

    const respondent = await t.login("respondent");
    expect((await respondent.get(`/api/v1/cases/${id}`)).statusCode).toBe(404);
  });

  it("audits every staff read of a party's personal data", async () => {
    const clerk = await t.login("clerk");
    const c = (await clerk.post("/api/v1/cases", validApplication())).json();
    const party = c.parties.find((p: { role: string }) => p.role === "respondent");
    const res = await clerk.get(`/api/v1/cases/${c.id}/parties/${party.id}/personal-data`);
    expect(res.statusCode).toBe(200);
    expect(res.json().idNumber).toBe(validApplication().respondents[0]!.idNumber);
    const audit = await t.database.db.selectFrom("audit_log").selectAll().where("action", "=", "personalData.read").where("entity_id", "=", party.id).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor_id).toBe(clerk.user.id);
  });
});
