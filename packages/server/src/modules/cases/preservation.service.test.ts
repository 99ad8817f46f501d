// 执保 preservation cases through the API, on PGlite and on the PostgreSQL server: a conduct preservation
// ruling is entered, registered with its own 执保 number and checked for compliance with evidence.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { validApplication } from "../../testing/fixtures";
import { DEMO_RESPONDENT_ID } from "../../seed/demo.seed";

function conductPreservation(overrides: Record<string, unknown> = {}) {
  const { courtId, applicants } = validApplication();
  return {
    courtId,
    applicants,
    respondents: [{ kind: "naturalPerson", name: "张某某", idType: "residentId", idNumber: DEMO_RESPONDENT_ID, phone: "13900001111" }],
    kind: "conduct",
    stage: "preSuit",
    ruling: { court: "北京知识产权法院", documentNumber: "(2025)京73行保1号", date: "2025-09-12" },
    rightType: "patent",
    securityFen: 5_000_000,
    ceaseOrder: "被申请人立即停止制造、销售侵害ZL202010000000.0号发明专利权的产品",
    duties: [{ kind: "conduct", category: "ceaseInfringement", description: "停止制造、销售被诉侵权产品", proofRequired: "现场检查笔录" }],
    ...overrides,
  };
}

describe.each(TEST_BACKENDS)("preservation cases (执保) on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-09-15" });
  });
  afterAll(async () => t?.close());

  const count = async (table: "cases" | "compliance_checks") =>
    Number((await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow()).n);

  /** A conduct preservation case, registered, assigned to `officer` and noticed. */
  async function conductCase() {
    const clerk = await t.login("clerk");
    const head = await t.login("head");
    const officer = await t.login("officer");
    const created = await clerk.post("/api/v1/preservation-cases", conductPreservation());
    expect(created.statusCode).toBe(201);
    const c = created.json();
    const reg = await clerk.post(`/api/v1/cases/${c.id}/actions/register`, {});
    expect(reg.statusCode).toBe(200);
    expect((await head.post(`/api/v1/cases/${c.id}/actions/assign`, { handlerId: officer.user.id })).statusCode).toBe(200);
    return { c, reg: reg.json(), clerk, officer };
  }

  it("registers a conduct preservation case with its own 执保 number, independent of 执 numbering, and no report order", async () => {
    const clerk = await t.login("clerk");
    const enforcement = (await clerk.post("/api/v1/cases", validApplication())).json();
    await clerk.post(`/api/v1/cases/${enforcement.id}/actions/register`, {});

    const created = await clerk.post("/api/v1/preservation-cases", conductPreservation());
    expect(created.statusCode).toBe(201);
    const c = created.json();
    expect(c).toMatchObject({ status: "applied", typeCode: "执保", lateApplication: false, caseNumber: null });
    expect(c.preservation).toEqual({
      kind: "conduct",
      stage: "preSuit",
      ruling: { court: "北京知识产权法院", documentNumber: "(2025)京73行保1号", date: "2025-09-12" },
      securityFen: 5_000_000,
      ceaseOrder: conductPreservation().ceaseOrder,
    });
    expect(c.basis.limitationExpires).toBeNull();

    const reg = await clerk.post(`/api/v1/cases/${c.id}/actions/register`, {});
    expect(reg.statusCode).toBe(200);
    expect(reg.json().caseNumber).toBe("(2025)京73执保1号");
    const second = (await clerk.post("/api/v1/preservation-cases", conductPreservation({ kind: "property", ceaseOrder: undefined, duties: undefined }))).json();
    expect((await clerk.post(`/api/v1/cases/${second.id}/actions/register`, {})).json().caseNumber).toBe("(2025)京73执保2号");
    // The enforcement numbering is untouched by 执保.
    const enf2 = (await clerk.post("/api/v1/cases", validApplication())).json();
    expect((await clerk.post(`/api/v1/cases/${enf2.id}/actions/register`, {})).json().caseNumber).toBe("(2025)京73执2号");

    const head = await t.login("head");
    const officer = await t.login("officer");
    await head.post(`/api/v1/cases/${c.id}/actions/assign`, { handlerId: officer.user.id });
    // The ruling is executed at once: no enforcement notice, no order to report, no 6-month term.
    const iss = await officer.post(`/api/v1/cases/${c.id}/actions/issueNotice`, { withReportOrder: false });
    expect(iss.statusCode).toBe(409);
    const detail = (await officer.get(`/api/v1/cases/${c.id}`)).json();
    expect(detail.term).toBeNull();
    expect(detail.clocks.map((k: { kind: string }) => k.kind)).not.toContain("propertyReport");
    expect(detail.allowedActions).toEqual(["recordDutyDone", "close"]);
  });

  it("records a compliance check with its evidence, with a case event and audit, and lists it", async () => {
    const { c, officer } = await conductCase();
    const res = await officer.post(`/api/v1/cases/${c.id}/compliance-checks`, { checkDate: "2025-09-15", result: "violation", evidence: "现场检查发现仍在销售被诉产品，拍照12张" });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ checkDate: "2025-09-15", result: "violation", evidence: "现场检查发现仍在销售被诉产品，拍照12张", checkedBy: officer.user.id });
    const list = (await officer.get(`/api/v1/cases/${c.id}/compliance-checks`)).json().items;
    expect(list).toHaveLength(1);
    const detail = (await officer.get(`/api/v1/cases/${c.id}`)).json();
    expect(detail.events.at(-1)).toMatchObject({ type: "complianceCheck", data: { checkId: res.json().id, result: "violation" } });
    const audit = await t.database.db.selectFrom("audit_log").selectAll().where("entity_id", "=", res.json().id).execute();
    expect(audit.map((a) => a.action)).toEqual(["preservation.complianceCheck"]);
  });

  it("refuses a compliance check on an enforcement (执) case with 422", async () => {
    const clerk = await t.login("clerk");
    const head = await t.login("head");
    const officer = await t.login("officer");
    const e = (await clerk.post("/api/v1/cases", validApplication())).json();
    await clerk.post(`/api/v1/cases/${e.id}/actions/register`, {});
    await head.post(`/api/v1/cases/${e.id}/actions/assign`, { handlerId: officer.user.id });
    const before = await count("compliance_checks");
    const res = await officer.post(`/api/v1/cases/${e.id}/compliance-checks`, { checkDate: "2025-09-15", result: "compliant", evidence: "已停止销售" });
    expect(res.statusCode).toBe(422);
    expect(await count("compliance_checks")).toBe(before);
  });

  it("rejects bad input with 400 naming the field, storing nothing", async () => {
    const clerk = await t.login("clerk");
    const cases = await count("cases");
    const noOrder = await clerk.post("/api/v1/preservation-cases", conductPreservation({ ceaseOrder: undefined }));
    expect(noOrder.statusCode).toBe(400);
    expect(noOrder.json().error.field).toBe("ceaseOrder");
    const badKind = await clerk.post("/api/v1/preservation-cases", conductPreservation({ kind: "money" }));
    expect(badKind.statusCode).toBe(400);
    expect(JSON.stringify(badKind.json())).toContain("kind");
    const future = await clerk.post("/api/v1/preservation-cases", conductPreservation({ ruling: { court: "北京知识产权法院", documentNumber: "x", date: "2025-10-01" } }));
    expect(future.statusCode).toBe(400);
    expect(future.json().error.field).toBe("ruling.date");
    expect(await count("cases")).toBe(cases);

    const { c, officer } = await conductCase();
    const checks = await count("compliance_checks");
    const badResult = await officer.post(`/api/v1/cases/${c.id}/compliance-checks`, { checkDate: "2025-09-15", result: "maybe", evidence: "现场检查" });
    expect(badResult.statusCode).toBe(400);
    expect(JSON.stringify(badResult.json())).toContain("result");
    const futureCheck = await officer.post(`/api/v1/cases/${c.id}/compliance-checks`, { checkDate: "2025-09-20", result: "compliant", evidence: "现场检查" });
    expect(futureCheck.statusCode).toBe(400);
    expect(futureCheck.json().error.field).toBe("checkDate");
    expect(await count("compliance_checks")).toBe(checks);
  });

  it("lets the respondent read the case but not record checks; only the handler records them", async () => {
    const { c } = await conductCase();
    const respondent = await t.login("respondent");
    expect((await respondent.get(`/api/v1/cases/${c.id}`)).statusCode).toBe(200);
    const before = await count("compliance_checks");
    expect((await respondent.post(`/api/v1/cases/${c.id}/compliance-checks`, { checkDate: "2025-09-15", result: "compliant", evidence: "我已停止销售" })).statusCode).toBe(403);
    const officer2 = await t.login("officer2");
    expect((await officer2.post(`/api/v1/cases/${c.id}/compliance-checks`, { checkDate: "2025-09-15", result: "compliant", evidence: "现场检查" })).statusCode).toBe(403);
    expect(await count("compliance_checks")).toBe(before);
  });
});
