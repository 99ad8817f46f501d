// Property clues through the API, on PGlite and on the PostgreSQL server: the verification clock of
// 财产调查规定 art 2 para 1 (7 days; 3 when urgent), met by the handler's result. Calendar: 国庆/中秋
// 2025 is 10-01..10-08 (调休 09-28).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { sweepClocks } from "../../jobs/clock-sweep.job";
import { addUsers, caseWithNotice, loginAll, type Clients } from "../property-reports/property-test-setup";

describe.each(TEST_BACKENDS)("property clues on %s", (kind) => {
  let t: TestApp;
  let c: Clients;
  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-09-15" });
    await addUsers(t);
    c = await loginAll(t);
  });
  afterAll(async () => t?.close());

  const count = async (table: "asset_clues" | "clocks" | "case_events" | "audit_log", caseId: string) =>
    Number((await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as("n")).where("case_id", "=", caseId).executeTakeFirstOrThrow()).n);
  const clueClocks = async (caseId: string) =>
    ((await c.officer.get(`/api/v1/cases/${caseId}`)).json().clocks as { kind: string; due: string; status: string; basis: { article: string } }[]).filter(
      (k) => k.kind === "clueVerification",
    );

  it.each([
    ["an ordinary clue: 7 days", "2025-09-15", false, "2025-09-22"],
    ["7 days from 09-26 end on 10-03, a holiday: 10-09", "2025-09-26", false, "2025-10-09"],
    ["urgent: 3 days", "2025-09-15", true, "2025-09-18"],
    ["urgent, ending on Saturday 09-20: Monday 09-22", "2025-09-17", true, "2025-09-22"],
  ])("%s (received %s, urgent %s → due %s)", async (_l, date, urgent, due) => {
    const a = await caseWithNotice(t, c, date);
    const r = await c.applicant.post(`/api/v1/cases/${a.id}/clues`, { description: "被执行人在招商银行有存款账户", urgent });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ status: "received", urgent, receivedDate: date, submittedByMe: true, anonymous: false, clock: { due, status: "open", overdue: false } });
    expect(r.json().clock.basis).toMatchObject({ law: "财产调查规定(2020)", article: "art 2 para 1" });
    expect((await clueClocks(a.id)).map((k) => [k.due, k.status])).toEqual([[due, "open"]]);
    const events = (await c.officer.get(`/api/v1/cases/${a.id}`)).json().events;
    expect(events.at(-1)).toMatchObject({ type: "clueSubmitted", data: { urgent, due } });
  });

  it("the handler verifies and meets the clock; another officer of the court may not; another court does not see the case", async () => {
    const a = await caseWithNotice(t, c, "2025-09-26");
    const clue = (await c.applicant.post(`/api/v1/cases/${a.id}/clues`, { description: "被执行人名下有一辆奔驰车" })).json();
    const url = `/api/v1/cases/${a.id}/clues/${clue.id}/verify`;
    t.setToday("2025-10-09");
    const body = { result: "verified", note: "经车管所查询属实，已查封" };
    expect((await c.officer2.post(url, body)).statusCode).toBe(403);
    expect((await c.shOfficer.post(url, body)).statusCode).toBe(404);
    expect((await c.supervisor.post(url, body)).statusCode).toBe(403);
    expect((await c.applicant.post(url, body)).statusCode).toBe(403);
    const ok = await c.officer.post(url, body);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: "verified", verifiedDate: "2025-10-09", result: "经车管所查询属实，已查封", clock: { status: "met", metDate: "2025-10-09", overdue: false } });
    expect((await clueClocks(a.id)).map((k) => k.status)).toEqual(["met"]);
    const again = await c.officer.post(url, { result: "unfounded", note: "重复" });
    expect(again.statusCode).toBe(409);
    const events = (await c.officer.get(`/api/v1/cases/${a.id}`)).json().events;
    expect(events.at(-1)).toMatchObject({ type: "clueVerified", data: { clueId: clue.id, result: "verified", late: false } });
    const trail = await t.database.db.selectFrom("audit_log").select("action").where("case_id", "=", a.id).where("action", "like", "clue.%").execute();
    expect(trail.map((x) => x.action).sort()).toEqual(["clue.submit", "clue.verify"]);
    expect((await c.officer.post(`/api/v1/cases/${a.id}/clues/00000000-0000-4000-8000-000000000000/verify`, body)).statusCode).toBe(404);
  });

  it("the sweep reminds the handler of a clue not verified in time; a late verification is recorded as late", async () => {
    const a = await caseWithNotice(t, c, "2025-09-15");
    const clue = (await c.applicant.post(`/api/v1/cases/${a.id}/clues`, { description: "被执行人持有某公司股权", urgent: true })).json();
    t.setToday("2025-09-19");
    await sweepClocks(t.ctx);
    const reminders = (await c.officer.get("/api/v1/reminders")).json().items as { clockKind: string; kind: string; caseId: string }[];
    expect(reminders.filter((r) => r.caseId === a.id && r.clockKind === "clueVerification").map((r) => r.kind).sort()).toEqual(["dueSoon", "overdue"]);
    const listed = (await c.officer.get(`/api/v1/cases/${a.id}/clues`)).json().items;
    expect(listed[0].clock).toMatchObject({ due: "2025-09-18", overdue: true });
    const r = await c.head.post(`/api/v1/cases/${a.id}/clues/${clue.id}/verify`, { result: "unfounded", note: "工商登记无此股权" });
    expect(r.statusCode).toBe(200);
    expect((await c.officer.get(`/api/v1/cases/${a.id}`)).json().events.at(-1).data).toMatchObject({ result: "unfounded", late: true });
  });

  it("lists clues to staff and supervisors, to the applicant its own, to no respondent", async () => {
    const a = await caseWithNotice(t, c, "2025-09-15");
    expect((await c.applicant.post(`/api/v1/cases/${a.id}/clues`, { description: "申请人提供的线索一" })).statusCode).toBe(201);
    expect((await c.officer.post(`/api/v1/cases/${a.id}/clues`, { description: "来电反映的线索二" })).statusCode).toBe(201);
    expect((await c.officer.get(`/api/v1/cases/${a.id}/clues`)).json().items).toHaveLength(2);
    expect((await c.supervisor.get(`/api/v1/cases/${a.id}/clues`)).json().items).toHaveLength(2);
    const mine = (await c.applicant.get(`/api/v1/cases/${a.id}/clues`)).json().items;
    expect(mine.map((x: { description: string; submittedByMe: boolean }) => [x.description, x.submittedByMe])).toEqual([["申请人提供的线索一", true]]);
    expect((await c.respondent.get(`/api/v1/cases/${a.id}/clues`)).statusCode).toBe(403);
    expect((await c.shOfficer.get(`/api/v1/cases/${a.id}/clues`)).statusCode).toBe(404);
    expect((await c.respondent.post(`/api/v1/cases/${a.id}/clues`, { description: "我自己的线索" })).statusCode).toBe(403);
    expect((await c.supervisor.post(`/api/v1/cases/${a.id}/clues`, { description: "上级的线索" })).statusCode).toBe(403);
  });

  it("takes no clue before registration", async () => {
    t.setToday("2025-09-15");
    const { validApplication } = await import("../../testing/fixtures");
    const applied = (await c.clerk.post("/api/v1/cases", validApplication())).json();
    expect((await c.applicant.post(`/api/v1/cases/${applied.id}/clues`, { description: "线索" })).statusCode).toBe(422);
  });

  describe("bad input names the field and stores nothing", () => {
    let caseId: string;
    let clueId: string;
    beforeAll(async () => {
      caseId = (await caseWithNotice(t, c, "2025-09-15")).id;
      clueId = (await c.applicant.post(`/api/v1/cases/${caseId}/clues`, { description: "已有线索" })).json().id;
    });
    const snapshot = async () => Promise.all([count("asset_clues", caseId), count("clocks", caseId), count("case_events", caseId), count("audit_log", caseId)]);
    it.each<[string, "clue" | "verify", unknown, string]>([
      ["description missing", "clue", { urgent: true }, "description"],
      ["description too short", "clue", { description: "x" }, "description"],
      ["description a number", "clue", { description: 5 }, "description"],
      ["urgent not a boolean", "clue", { description: "线索内容", urgent: "yes" }, "urgent"],
      ["anonymous is not taken yet", "clue", { description: "线索内容", anonymous: true }, "anonymous"],
      ["result unknown", "verify", { result: "maybe", note: "核实中" }, "result"],
      ["note missing", "verify", { result: "verified" }, "note"],
      ["unknown field", "verify", { result: "verified", note: "属实", assetId: "x" }, "assetId"],
    ])("%s → 400 naming %s", async (_l, route, body, field) => {
      const before = await snapshot();
      const url = route === "clue" ? `/api/v1/cases/${caseId}/clues` : `/api/v1/cases/${caseId}/clues/${clueId}/verify`;
      const r = await (route === "clue" ? c.applicant : c.officer).post(url, body);
      expect(r.statusCode).toBe(400);
      expect(r.json().error.field).toBe(field);
      expect(r.json().error.message.zh.length).toBeGreaterThan(0);
      expect(await snapshot()).toEqual(before);
    });
  });
});
