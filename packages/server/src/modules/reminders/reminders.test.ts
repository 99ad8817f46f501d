import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { validApplication } from "../../testing/fixtures";
import { sweepClocks } from "../../jobs/clock-sweep.job";

describe.each(TEST_BACKENDS)("reminders on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-09-15" });
  });
  afterAll(async () => t?.close());

  it("shows the sweep's reminders to the court's clerk and the handler, and marks them read", async () => {
    const clerk = await t.login("clerk");
    const head = await t.login("head");
    const officer = await t.login("officer");
    const c = (await clerk.post("/api/v1/cases", validApplication())).json();
    await clerk.post(`/api/v1/cases/${c.id}/actions/register`, {});
    await head.post(`/api/v1/cases/${c.id}/actions/assign`, { handlerId: officer.user.id });
    t.setToday("2025-09-19"); // notice due 09-18: overdue; noticeOuter due 09-25
    await sweepClocks(t.ctx, { leadDays: 2 });

    const mine = (await officer.get("/api/v1/reminders")).json().items;
    expect(mine.map((r: { kind: string; clockKind: string }) => [r.kind, r.clockKind]).sort()).toEqual([
      ["dueSoon", "notice"],
      ["overdue", "notice"],
    ]);
    expect((await (await t.login("officer2")).get("/api/v1/reminders")).json().items).toEqual([]);
    expect((await t.anonymous().get("/api/v1/reminders")).statusCode).toBe(401);

    const first = mine[0];
    expect((await (await t.login("officer2")).post(`/api/v1/reminders/${first.id}/read`)).statusCode).toBe(404);
    expect((await officer.post(`/api/v1/reminders/${first.id}/read`)).statusCode).toBe(200);
    const after = (await officer.get("/api/v1/reminders")).json().items;
    expect(after.find((r: { id: string }) => r.id === first.id).read).toBe(true);
  });

  it("lists extension requests awaiting the president's approval on the workbench", async () => {
    t.setToday("2025-09-15");
    const clerk = await t.login("clerk");
    const head = await t.login("head");
    const officer = await t.login("officer");
    const c = (await clerk.post("/api/v1/cases", validApplication())).json();
    await clerk.post(`/api/v1/cases/${c.id}/actions/register`, {});
    await head.post(`/api/v1/cases/${c.id}/actions/assign`, { handlerId: officer.user.id });
    await officer.post(`/api/v1/cases/${c.id}/actions/requestExtension`, { reason: "拍卖程序尚未结束" });
    const president = await t.login("president");
    const wb = (await president.get("/api/v1/workbench")).json();
    expect(wb.pendingApprovals.map((p: { caseId: string }) => p.caseId)).toContain(c.id);
    expect((await officer.get("/api/v1/workbench")).json().pendingApprovals).toEqual([]);
  });
});
