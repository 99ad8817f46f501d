// 申请法院调查财产 through the API, on PGlite and on the PostgreSQL server: the propertyInvestigation
// clock (若干期限规定, PARTIAL: "generally within 1 month", configurable), met by the handler's result.
// Calendar: 国庆/中秋 2025 is 10-01..10-08 (调休 09-28); 2025-09-20 is a Saturday.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { addUsers, caseWithNotice, loginAll, type Clients } from "../property-reports/property-test-setup";

describe.each(TEST_BACKENDS)("property investigation requests on %s", (kind) => {
  let t: TestApp;
  let c: Clients;
  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-09-15" });
    await addUsers(t);
    c = await loginAll(t);
  });
  afterAll(async () => t?.close());

  const count = async (table: "investigation_requests" | "clocks" | "case_events" | "audit_log", caseId: string) =>
    Number((await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as("n")).where("case_id", "=", caseId).executeTakeFirstOrThrow()).n);
  const invClocks = async (caseId: string) =>
    ((await c.officer.get(`/api/v1/cases/${caseId}`)).json().clocks as { kind: string; due: string; status: string }[]).filter((k) => k.kind === "propertyInvestigation");

  it.each([
    ["one month", "2025-09-15", "2025-10-15"],
    ["one month ending on Saturday 09-20: Monday 09-22", "2025-08-20", "2025-09-22"],
    ["one month ending on 10-03, a holiday: 10-09", "2025-09-03", "2025-10-09"],
  ])("%s (requested %s → due %s)", async (_l, date, due) => {
    const a = await caseWithNotice(t, c, date);
    const r = await c.applicant.post(`/api/v1/cases/${a.id}/investigation-requests`, { scope: "请查询被执行人名下的银行存款、车辆和不动产" });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ status: "requested", requestedDate: date, requestedByMe: true, completedDate: null, clock: { due, status: "open", overdue: false } });
    expect(r.json().clock.basis).toMatchObject({ law: expect.stringContaining("若干期限规定") });
    expect((await invClocks(a.id)).map((k) => [k.due, k.status])).toEqual([[due, "open"]]);
    const events = (await c.officer.get(`/api/v1/cases/${a.id}`)).json().events;
    expect(events.at(-1)).toMatchObject({ type: "investigationRequested", data: { requestId: r.json().id, due } });
  });

  it("the respondent, a supervisor and another court may not request; staff may", async () => {
    const a = await caseWithNotice(t, c, "2025-09-15");
    const url = `/api/v1/cases/${a.id}/investigation-requests`;
    const body = { scope: "查询被执行人的股权" };
    expect((await c.respondent.post(url, body)).statusCode).toBe(403);
    expect((await c.supervisor.post(url, body)).statusCode).toBe(403);
    expect((await c.shOfficer.post(url, body)).statusCode).toBe(404);
    expect((await c.respondent.get(url)).statusCode).toBe(403);
    expect((await c.shOfficer.get(url)).statusCode).toBe(404);
    expect(await count("investigation_requests", a.id)).toBe(0);
    expect((await c.officer.post(url, body)).statusCode).toBe(201);
    expect((await c.applicant.get(url)).json().items).toHaveLength(1);
    expect((await c.supervisor.get(url)).json().items).toHaveLength(1);
  });

  it("the handler completes and meets the clock; others may not; twice is a conflict", async () => {
    const a = await caseWithNotice(t, c, "2025-09-15");
    const req = (await c.applicant.post(`/api/v1/cases/${a.id}/investigation-requests`, { scope: "被执行人的银行存款" })).json();
    const url = `/api/v1/cases/${a.id}/investigation-requests/${req.id}/complete`;
    t.setToday("2025-10-10");
    const body = { result: "经网络查控，查得招商银行存款 12 万元，已冻结" };
    expect((await c.applicant.post(url, body)).statusCode).toBe(403);
    expect((await c.respondent.post(url, body)).statusCode).toBe(403);
    expect((await c.officer2.post(url, body)).statusCode).toBe(403);
    expect((await c.supervisor.post(url, body)).statusCode).toBe(403);
    expect((await c.shOfficer.post(url, body)).statusCode).toBe(404);
    const ok = await c.officer.post(url, body);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: "completed", completedDate: "2025-10-10", result: body.result, clock: { due: "2025-10-15", status: "met", metDate: "2025-10-10", overdue: false } });
    expect((await invClocks(a.id)).map((k) => k.status)).toEqual(["met"]);
    expect((await c.head.post(url, body)).statusCode).toBe(409);
    const events = (await c.officer.get(`/api/v1/cases/${a.id}`)).json().events;
    expect(events.at(-1)).toMatchObject({ type: "investigationCompleted", data: { requestId: req.id, late: false } });
    const trail = await t.database.db.selectFrom("audit_log").select("action").where("case_id", "=", a.id).where("action", "like", "investigation.%").execute();
    expect(trail.map((x) => x.action).sort()).toEqual(["investigation.complete", "investigation.request"]);
    expect((await c.officer.post(`/api/v1/cases/${a.id}/investigation-requests/00000000-0000-4000-8000-000000000000/complete`, body)).statusCode).toBe(404);
  });

  it("a late completion by the division head is recorded as late", async () => {
    const a = await caseWithNotice(t, c, "2025-09-15");
    const req = (await c.applicant.post(`/api/v1/cases/${a.id}/investigation-requests`, { scope: "被执行人的车辆" })).json();
    t.setToday("2025-10-20");
    expect((await c.officer.get(`/api/v1/cases/${a.id}/investigation-requests`)).json().items[0].clock).toMatchObject({ due: "2025-10-15", overdue: true });
    const r = await c.head.post(`/api/v1/cases/${a.id}/investigation-requests/${req.id}/complete`, { result: "未查得车辆" });
    expect(r.statusCode).toBe(200);
    expect((await c.officer.get(`/api/v1/cases/${a.id}`)).json().events.at(-1).data).toMatchObject({ late: true });
  });

  it("takes no request before registration", async () => {
    t.setToday("2025-09-15");
    const { validApplication } = await import("../../testing/fixtures");
    const applied = (await c.clerk.post("/api/v1/cases", validApplication())).json();
    expect((await c.applicant.post(`/api/v1/cases/${applied.id}/investigation-requests`, { scope: "存款" })).statusCode).toBe(422);
  });

  describe("the 10-day start clock (若干期限规定 art 6, CONFIRMED-S, configurable)", () => {
    const startClocks = async (caseId: string) =>
      ((await c.officer.get(`/api/v1/cases/${caseId}`)).json().clocks as { kind: string; due: string; status: string }[]).filter((k) => k.kind === "investigationStart");

    it("opens with the request: due 10 days later, moved off the National Day holiday", async () => {
      const a = await caseWithNotice(t, c, "2025-09-26");
      const r = await c.applicant.post(`/api/v1/cases/${a.id}/investigation-requests`, { scope: "被执行人的银行存款" });
      expect(r.statusCode, r.body).toBe(201);
      expect(r.json()).toMatchObject({ startClock: { due: "2025-10-09", status: "open" }, startedDate: null });
      expect(r.json().startClock.basis).toMatchObject({ article: "art 6" });
      expect((await startClocks(a.id)).map((k) => [k.due, k.status])).toEqual([["2025-10-09", "open"]]);
    });

    it("the handler records the start (late after the due date), once; others may not", async () => {
      const a = await caseWithNotice(t, c, "2025-09-15");
      const req = (await c.applicant.post(`/api/v1/cases/${a.id}/investigation-requests`, { scope: "被执行人的车辆" })).json();
      const url = `/api/v1/cases/${a.id}/investigation-requests/${req.id}/start`;
      t.setToday("2025-09-26"); // due 09-25
      expect((await c.applicant.post(url, {})).statusCode).toBe(403);
      expect((await c.officer2.post(url, {})).statusCode).toBe(403);
      const r = await c.officer.post(url, {});
      expect(r.statusCode, r.body).toBe(200);
      expect(r.json()).toMatchObject({ status: "requested", startedDate: "2025-09-26", startClock: { status: "met", metDate: "2025-09-26" }, clock: { status: "open" } });
      const events = (await c.officer.get(`/api/v1/cases/${a.id}`)).json().events;
      expect(events.at(-1)).toMatchObject({ type: "investigationStarted", data: { requestId: req.id, via: "manual", late: true } });
      expect((await c.officer.post(url, {})).statusCode).toBe(409);
    });

    it("an online inquiry by the court starts every open request; the result meets a start not yet recorded", async () => {
      const a = await caseWithNotice(t, c, "2025-09-15");
      const one = (await c.applicant.post(`/api/v1/cases/${a.id}/investigation-requests`, { scope: "银行存款" })).json();
      const inq = await c.officer.post(`/api/v1/cases/${a.id}/inquiries`, { purpose: "依申请执行人申请调查被执行人财产" });
      expect(inq.statusCode, inq.body).toBe(201);
      const list = (await c.applicant.get(`/api/v1/cases/${a.id}/investigation-requests`)).json().items;
      expect(list.find((x: { id: string }) => x.id === one.id)).toMatchObject({ startedDate: "2025-09-15", startClock: { status: "met" } });
      const events = (await c.officer.get(`/api/v1/cases/${a.id}`)).json().events as { type: string; data: Record<string, unknown> }[];
      expect(events.filter((e) => e.type === "investigationStarted")).toEqual([expect.objectContaining({ data: expect.objectContaining({ requestId: one.id, via: "inquiry", inquiryId: inq.json().id }) })]);

      const two = (await c.applicant.post(`/api/v1/cases/${a.id}/investigation-requests`, { scope: "不动产" })).json();
      const done = await c.officer.post(`/api/v1/cases/${a.id}/investigation-requests/${two.id}/complete`, { result: "查无不动产登记" });
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json()).toMatchObject({ status: "completed", startedDate: "2025-09-15", startClock: { status: "met" }, clock: { status: "met" } });
    });
  });

  describe("bad input names the field and stores nothing", () => {
    let caseId: string;
    let requestId: string;
    beforeAll(async () => {
      caseId = (await caseWithNotice(t, c, "2025-09-15")).id;
      requestId = (await c.applicant.post(`/api/v1/cases/${caseId}/investigation-requests`, { scope: "已有申请" })).json().id;
    });
    const snapshot = async () => Promise.all([count("investigation_requests", caseId), count("clocks", caseId), count("case_events", caseId), count("audit_log", caseId)]);
    it.each<[string, "request" | "complete", unknown, string]>([
      ["scope missing", "request", {}, "scope"],
      ["scope too short", "request", { scope: "x" }, "scope"],
      ["scope too long", "request", { scope: "查".repeat(1001) }, "scope"],
      ["scope a number", "request", { scope: 5 }, "scope"],
      ["unknown field", "request", { scope: "存款", urgent: true }, "urgent"],
      ["result missing", "complete", {}, "result"],
      ["result blank", "complete", { result: "   " }, "result"],
      ["unknown field on completion", "complete", { result: "查得存款", assetId: "x" }, "assetId"],
    ])("%s → 400 naming %s", async (_l, route, body, field) => {
      const before = await snapshot();
      const url = route === "request" ? `/api/v1/cases/${caseId}/investigation-requests` : `/api/v1/cases/${caseId}/investigation-requests/${requestId}/complete`;
      const r = await (route === "request" ? c.applicant : c.officer).post(url, body);
      expect(r.statusCode).toBe(400);
      expect(r.json().error.field).toBe(field);
      expect(r.json().error.message.zh.length).toBeGreaterThan(0);
      expect(await snapshot()).toEqual(before);
    });
  });
});
