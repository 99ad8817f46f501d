// Loading the official arrangement of a year recounts every open clock counted on the provisional
// calendar, moves the case's term with it, and records why.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { validApplication } from "../../testing/fixtures";

describe.each(TEST_BACKENDS)("recounting provisional clocks on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2026-11-25" });
  });
  afterAll(async () => t?.close());

  it("moves a 2027 term that lands on a newly published holiday, and its extension-request deadline", async () => {
    const clerk = await t.login("clerk");
    const c = (await clerk.post("/api/v1/cases", validApplication())).json();
    const reg = (await clerk.post(`/api/v1/cases/${c.id}/actions/register`, {})).json();
    const clock = (k: string, d = reg) => d.clocks.find((x: { kind: string; status: string }) => x.kind === k && x.status === "open");
    // 2026-11-25 + 6 months = 2027-05-25, a Tuesday on the statutory fallback: provisional.
    expect(clock("term")).toMatchObject({ due: "2027-05-25", provisional: true });
    expect(clock("extensionRequest")).toMatchObject({ due: "2027-05-20", provisional: true });
    expect(clock("assignment")).toMatchObject({ due: "2026-12-02", provisional: false });

    const admin = await t.login("admin");
    const res = await admin.put("/api/v1/calendar/years/2027", {
      holidays: [
        { date: "2027-01-01", name: "元旦" },
        { date: "2027-05-24", name: "端午节（测试安排）" },
        { date: "2027-05-25", name: "端午节（测试安排）" },
      ],
      workdays: [],
    });
    expect(res.statusCode).toBe(200);

    const after = (await clerk.get(`/api/v1/cases/${c.id}`)).json();
    expect(clock("term", after)).toMatchObject({ due: "2027-05-26", provisional: false });
    expect(clock("extensionRequest", after)).toMatchObject({ due: "2027-05-21", provisional: false });
    expect(clock("assignment", after)).toMatchObject({ due: "2026-12-02" });
    expect(after.term.due).toBe("2027-05-26");
    const event = after.events.at(-1);
    expect(event).toMatchObject({ type: "recomputeClocks", actorRole: "admin" });
    expect(event.data.moved).toEqual([
      { kind: "term", from: "2027-05-25", to: "2027-05-26" },
      { kind: "extensionRequest", from: "2027-05-20", to: "2027-05-21" },
    ]);
    const audit = await t.database.db.selectFrom("audit_log").select(["action"]).where("case_id", "=", c.id).where("action", "=", "clock.recompute").execute();
    expect(audit).toHaveLength(1);
  });
});
