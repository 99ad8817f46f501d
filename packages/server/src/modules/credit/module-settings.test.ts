// The credit, 终本 and conduct modules' settings from the environment (ZHIXING_CREDIT_PERIODS,
// ZHIXING_ZHONGBEN_SETTINGS, ZHIXING_CONDUCT_SETTINGS): an override changes the deadlines the services
// compute, on PGlite and on the PostgreSQL server; a CONFIRMED-P value, an unknown key or a bad value
// stops the start-up (createContext) with a message naming the variable and the reason.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, TEST_BACKENDS } from "@zhixing/db/testing";
import { CONDUCT_SETTINGS, CREDIT_PERIODS, ZHONGBEN_PERIODS, ZHONGBEN_SETTINGS } from "@zhixing/domain";
import { createContext } from "../../runtime";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { addUsers, caseWithNotice, loginAll, type Clients } from "../property-reports/property-test-setup";
import { conductSettingsFromEnv } from "../conduct/conduct-settings";
import { zhongbenSettingsFromEnv } from "../zhongben/zhongben-settings";
import { creditSettingsFromEnv } from "./credit-settings";

const VARS = ["ZHIXING_CREDIT_PERIODS", "ZHIXING_ZHONGBEN_SETTINGS", "ZHIXING_CONDUCT_SETTINGS"] as const;
function withEnv(values: Partial<Record<(typeof VARS)[number], string>>): () => void {
  const saved = VARS.map((k) => [k, process.env[k]] as const);
  for (const k of VARS) delete process.env[k];
  Object.assign(process.env, values);
  return () => {
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
}

describe("module settings from the environment", () => {
  it("without the variables: the domain's defaults", () => {
    expect(creditSettingsFromEnv({}).periods).toBe(CREDIT_PERIODS);
    expect(zhongbenSettingsFromEnv({})).toEqual({ periods: ZHONGBEN_PERIODS, checklist: ZHONGBEN_SETTINGS });
    expect(conductSettingsFromEnv({})).toBe(CONDUCT_SETTINGS);
  });

  it("reads the overrides", () => {
    expect(creditSettingsFromEnv({ ZHIXING_CREDIT_PERIODS: '{"correctionExamination": 20}' }).periods.correctionExamination.period).toEqual({ unit: "days", n: 20 });
    const z = zhongbenSettingsFromEnv({ ZHIXING_ZHONGBEN_SETTINGS: '{"reinquiryInterval": 3, "requiredInvestigationSteps": ["cluesChecked", "networkInquiry", "onSiteCheck"]}' });
    expect(z.periods.reinquiryInterval.period).toEqual({ unit: "months", n: 3 });
    expect(z.periods.reinquiryHorizon).toEqual(ZHONGBEN_PERIODS.reinquiryHorizon);
    expect(z.checklist.requiredInvestigationSteps).toEqual(["cluesChecked", "networkInquiry", "onSiteCheck"]);
    expect(conductSettingsFromEnv({ ZHIXING_CONDUCT_SETTINGS: '{"checkIntervalDays": 14}' })).toMatchObject({ checkIntervalDays: 14, checkCount: CONDUCT_SETTINGS.checkCount });
  });

  // [variable, value, what the message names]
  const bad: [(typeof VARS)[number], string, RegExp][] = [
    ["ZHIXING_CREDIT_PERIODS", '{"exitReconsiderationApplication": 5}', /ZHIXING_CREDIT_PERIODS is invalid: exitReconsiderationApplication is confirmed in the norm's full text .*cannot be overridden/],
    ["ZHIXING_CREDIT_PERIODS", '{"listingTerm": 0}', /ZHIXING_CREDIT_PERIODS is invalid: listingTerm must be an integer/],
    ["ZHIXING_CREDIT_PERIODS", '{"noSuchPeriod": 3}', /ZHIXING_CREDIT_PERIODS is invalid: unknown .*noSuchPeriod/],
    ["ZHIXING_CREDIT_PERIODS", "{not json", /ZHIXING_CREDIT_PERIODS is invalid/],
    ["ZHIXING_ZHONGBEN_SETTINGS", '{"reinquiryInterval": 0}', /ZHIXING_ZHONGBEN_SETTINGS is invalid: reinquiryInterval must be an integer/],
    ["ZHIXING_ZHONGBEN_SETTINGS", '{"requiredInvestigationSteps": ["teleport"]}', /ZHIXING_ZHONGBEN_SETTINGS is invalid: requiredInvestigationSteps must be an array of cluesChecked/],
    ["ZHIXING_ZHONGBEN_SETTINGS", "[6]", /ZHIXING_ZHONGBEN_SETTINGS is invalid: expected a JSON object/],
    ["ZHIXING_CONDUCT_SETTINGS", '{"checkIntervalDays": 0}', /ZHIXING_CONDUCT_SETTINGS is invalid: checkIntervalDays must be an integer from 1 to 365/],
    ["ZHIXING_CONDUCT_SETTINGS", '{"confidence": "CONFIRMED-P"}', /ZHIXING_CONDUCT_SETTINGS is invalid: unknown setting confidence/],
  ];
  describe("createContext", () => {
    let db: Awaited<ReturnType<typeof createTestDatabase>>;
    beforeAll(async () => {
      db = await createTestDatabase("pglite");
    }, 60_000);
    afterAll(async () => db?.drop());
    it.each(bad)("%s=%s stops the start-up with its reason", async (name, value, message) => {
      const restore = withEnv({ [name]: value });
      try {
        await expect(createContext(db)).rejects.toThrow(message);
      } finally {
        restore();
      }
    });
  });
});

describe.each(TEST_BACKENDS)("an override changes the computed deadlines on %s", (kind) => {
  let t: TestApp;
  let c: Clients;
  let restore: () => void;
  beforeAll(async () => {
    restore = withEnv({
      ZHIXING_CREDIT_PERIODS: '{"listingTerm": 3}',
      ZHIXING_ZHONGBEN_SETTINGS: '{"reinquiryInterval": 3, "requiredInvestigationSteps": ["cluesChecked"]}',
      ZHIXING_CONDUCT_SETTINGS: '{"checkIntervalDays": 14, "checkCount": 2}',
    });
    t = await createTestApp(kind, { today: "2025-09-01" });
    await addUsers(t);
    c = await loginAll(t);
  }, 60_000);
  afterAll(async () => {
    restore?.();
    await t?.close();
  });

  it("失信 term: 3 years instead of 2 (ZHIXING_CREDIT_PERIODS listingTerm)", async () => {
    const a = await caseWithNotice(t, c, "2025-09-01");
    t.setToday("2025-09-20");
    const person = a.parties.find((p) => p.role === "respondent" && p.kind === "naturalPerson")!.id;
    const l = await c.officer.post(`/api/v1/cases/${a.id}/dishonest-listings`, { partyId: person, ground: "reportBreach", evidence: ["enforcementNoticeServed", "reportOrderServed", "reportBreachRecord"] });
    expect(l.statusCode, l.body).toBe(201);
    const v = (await c.officer.get(`/api/v1/cases/${a.id}/credit`)).json();
    expect(v.listings[0]).toMatchObject({ decisionDate: "2025-09-20", termEnd: "2028-09-20" });
  });

  it("终本: the required investigation steps and the re-inquiry interval (ZHIXING_ZHONGBEN_SETTINGS)", async () => {
    const a = await caseWithNotice(t, c, "2025-09-01");
    // Only the clues are required now: no network inquiry was run, and the condition holds all the same.
    const v = (await c.officer.get(`/api/v1/cases/${a.id}/zhongben`)).json();
    expect(v.records.inquiriesRun).toBe(0);
    expect(v.conditions.find((x: { key: string }) => x.key === "investigationExhausted")).toMatchObject({ met: true });
    // The schedule after a 终本 closure (the closure itself is tested through its checklist in zhongben.service.test.ts).
    await t.database.db.updateTable("cases").set({ status: "closed", closure_mode: "suspendedNoAssets", closure_date: "2025-12-02" }).where("id", "=", a.id).execute();
    const closed = (await c.officer.get(`/api/v1/cases/${a.id}/zhongben`)).json();
    expect(closed.reinquiry.schedule.slice(0, 3).map((s: { due: string }) => s.due)).toEqual(["2026-03-02", "2026-06-02", "2026-09-02"]);
    expect(closed.reinquiry.schedule).toHaveLength(20);
  });

  it("conduct: compliance checks every 14 days, two of them (ZHIXING_CONDUCT_SETTINGS)", async () => {
    const a = await caseWithNotice(t, c, "2025-09-01", { withReportOrder: true }, { duties: [{ kind: "conduct", category: "ceaseInfringement", description: "停止侵权", proofRequired: "核查笔录" }] });
    const duty = (await c.officer.get(`/api/v1/cases/${a.id}/conduct`)).json().duties[0];
    const r = await c.officer.post(`/api/v1/cases/${a.id}/conduct/duties/${duty.id}/checks`, { performanceDue: "2025-07-10" });
    expect(r.statusCode, r.body).toBe(201);
    // 2025-07-24 is a Thursday; 2025-08-07 a Thursday.
    expect(r.json().duties[0].checks.map((k: { dueDate: string }) => k.dueDate)).toEqual(["2025-07-24", "2025-08-07"]);
  });
});
