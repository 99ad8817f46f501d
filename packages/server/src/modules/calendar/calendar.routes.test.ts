// An administrator loads the official holiday arrangement of a year not yet in the data; every
// deadline in that year stops being provisional and follows the loaded days.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../testing/test-app";

describe("calendar administration (PGlite)", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp("pglite", { today: "2026-11-25" });
  });
  afterAll(async () => t?.close());

  const arrangement2027 = {
    holidays: [
      { date: "2027-01-01", name: "元旦" },
      { date: "2027-02-05", name: "春节" },
      { date: "2027-02-06", name: "春节" },
      { date: "2027-02-07", name: "春节" },
      { date: "2027-02-08", name: "春节" },
      { date: "2027-02-09", name: "春节" },
      { date: "2027-02-10", name: "春节" },
      { date: "2027-02-11", name: "春节" },
    ],
    workdays: [{ date: "2027-02-13", name: "春节" }],
  };

  it("answers 2027 from the statutory fallback, flagged provisional, before anything is loaded", async () => {
    const year = (await t.anonymous().get("/api/v1/calendar/years/2027")).json();
    expect(year.source).toBe("fallback");
    const d = (await t.anonymous().get("/api/v1/calc/deadline?from=2027-02-01&days=5")).json();
    expect(d).toMatchObject({ provisional: true, provisionalYears: [2027] });
  });

  it("lets only an administrator or the president load a year, validates it, and audits it", async () => {
    expect((await (await t.login("officer")).put("/api/v1/calendar/years/2027", arrangement2027)).statusCode).toBe(403);
    const admin = await t.login("admin");
    const bad = await admin.put("/api/v1/calendar/years/2027", { holidays: [{ date: "2026-12-31", name: "元旦" }], workdays: [] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("holidays.0.date");
    const ok = await admin.put("/api/v1/calendar/years/2027", arrangement2027);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().source).toBe("loaded");
    const audit = await t.database.db.selectFrom("audit_log").selectAll().where("action", "=", "calendar.load").execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.entity_id).toBe("2027");
  });

  it("then computes 2027 deadlines on the loaded days: 2027-02-01 + 5 days ends 02-06, a holiday, moved to 02-12", async () => {
    const d = (await t.anonymous().get("/api/v1/calc/deadline?from=2027-02-01&days=5")).json();
    expect(d).toMatchObject({ due: "2027-02-12", nominalDue: "2027-02-06", shifted: true, provisional: false });
    // 2027-02-13 (Saturday) is a loaded 调休 working day.
    const w = (await t.anonymous().get("/api/v1/calc/deadline?from=2027-02-12&workingDays=1")).json();
    expect(w.due).toBe("2027-02-13");
  });
});

describe("OpenAPI", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp("pglite");
  });
  afterAll(async () => t?.close());

  it("is generated from the route schemas at /docs/json, with the UI at /docs", async () => {
    const doc = (await t.app.inject({ method: "GET", url: "/docs/json" })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/v1/cases", "/api/v1/cases/{id}/actions/{action}", "/api/v1/calc/fee", "/api/v1/workbench", "/api/v1/auth/login"]),
    );
    expect(doc.paths["/api/v1/calc/fee"].get.parameters[0].name).toBe("amountFen");
    const ui = await t.app.inject({ method: "GET", url: "/docs" });
    expect(ui.statusCode).toBeLessThan(400);
  });
});
