// The order to report property and the report, through the API, on PGlite and on the PostgreSQL
// server (财产调查规定 arts 3–10; rules.md §8). Calendar: 国庆/中秋 2025 is 10-01..10-08.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { sweepClocks } from "../../jobs/clock-sweep.job";
import { addUsers, caseWithNotice, loginAll, type Clients } from "./property-test-setup";

type Clock = { kind: string; due: string; status: string; overdue: boolean; metDate: string | null };

const ITEMS = [
  { category: "deposits", description: "工商银行储蓄账户", holder: "工商银行深圳分行", identifier: "6222020000001111", valueFen: 5_000_000 },
  { category: "intellectualProperty", description: "发明专利", identifier: "ZL202010000001.X", assetType: "patent" },
  { category: "income", description: "工资收入", valueFen: 1_200_000 },
];

describe.each(TEST_BACKENDS)("property reports on %s", (kind) => {
  let t: TestApp;
  let c: Clients;
  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-09-15" });
    await addUsers(t);
    c = await loginAll(t);
  });
  afterAll(async () => t?.close());

  const count = async (table: "property_reports" | "assets" | "case_events" | "audit_log", caseId: string) =>
    Number((await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as("n")).where("case_id", "=", caseId).executeTakeFirstOrThrow()).n);
  const reportClocks = (detail: { clocks: Clock[] }) => detail.clocks.filter((k) => k.kind === "propertyReport");
  const respondentIds = (parties: { id: string; role: string }[]) => parties.filter((p) => p.role === "respondent").map((p) => p.id);

  it("opens one propertyReport clock per respondent with the notice: the order's days, default 10 (art 4(1), court practice)", async () => {
    const a = await caseWithNotice(t, c, "2025-09-15");
    expect(reportClocks(a.detail).map((k) => [k.due, k.status])).toEqual([
      ["2025-09-25", "open"],
      ["2025-09-25", "open"],
    ]);
    const b = await caseWithNotice(t, c, "2025-09-16", { withReportOrder: true, reportDays: 15 });
    // 09-16 + 15 = 10-01, National Day → 10-09 (民诉法 art 85 para 3).
    expect(reportClocks(b.detail).map((k) => k.due)).toEqual(["2025-10-09", "2025-10-09"]);
    expect(b.detail.events.at(-1)).toMatchObject({ type: "issueNotice", data: { withReportOrder: true, reportDays: 15 } });
  });

  it("refuses a bad reportDays on the notice, and days without an order, changing nothing", async () => {
    const a = await caseWithNotice(t, c, "2025-09-15", null);
    for (const days of [0, 91, 2.5, "10"]) {
      const r = await c.officer.post(`/api/v1/cases/${a.id}/actions/issueNotice`, { withReportOrder: true, reportDays: days });
      expect(r.statusCode).toBe(400);
      expect(r.json().error.field).toBe("reportDays");
    }
    const conductOnly = await caseWithNotice(t, c, "2025-09-15", null, {
      duties: [{ kind: "conduct", category: "ceaseInfringement", description: "停止侵权", proofRequired: "核查笔录" }],
    });
    const r = await c.officer.post(`/api/v1/cases/${conductOnly.id}/actions/issueNotice`, { withReportOrder: false, reportDays: 10 });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.field).toBe("reportDays");
    const after = (await c.officer.get(`/api/v1/cases/${conductOnly.id}`)).json();
    expect(after.status).toBe("assigned");
    expect(reportClocks(after)).toEqual([]);
    // Without the order a conduct-only case has no report clock.
    const ok = await c.officer.post(`/api/v1/cases/${conductOnly.id}/actions/issueNotice`, { withReportOrder: false });
    expect(ok.statusCode).toBe(200);
    expect(reportClocks(ok.json())).toEqual([]);
  });

  it("on time: the respondent reports on the due date, the clock is met, reported assets are recorded; supplementary within and after 10 days", async () => {
    const a = await caseWithNotice(t, c, "2025-09-15");
    const [p1] = respondentIds(a.parties);
    t.setToday("2025-09-25");
    const r = await c.respondent.post(`/api/v1/cases/${a.id}/property-reports`, {
      kind: "initial",
      items: ITEMS,
      transfers: [{ kind: "transferOrLease", date: "2025-03-01", description: "转让商标一件", amountFen: 100_000 }],
    });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ late: false, due: "2025-09-25" });
    expect(r.json().assetIds).toHaveLength(2);
    const assets = await t.database.db.selectFrom("assets").selectAll().where("case_id", "=", a.id).orderBy("asset_type").execute();
    expect(assets.map((x) => [x.asset_type, x.source, x.owner_party_id, x.identifier])).toEqual([
      ["bankDeposit", "report", p1, "6222020000001111"],
      ["patent", "report", p1, "ZL202010000001.X"],
    ]);
    const detail = (await c.officer.get(`/api/v1/cases/${a.id}`)).json();
    const clocks = reportClocks(detail);
    expect(clocks.map((k) => [k.status, k.metDate]).sort()).toEqual([
      ["met", "2025-09-25"],
      ["open", null],
    ]);
    expect(detail.events.at(-1)).toMatchObject({ type: "propertyReport", data: { kind: "initial", late: false, partyId: p1, assets: 2 } });
    expect(detail.events.some((e: { type: string }) => e.type === "sanctionsTrigger")).toBe(false);

    const dup = await c.respondent.post(`/api/v1/cases/${a.id}/property-reports`, { kind: "initial", items: [] });
    expect(dup.statusCode).toBe(409);

    // art 7: a change on 09-26 is due 10 days later, 10-06 — a holiday — so 10-09.
    t.setToday("2025-10-09");
    const inTime = await c.respondent.post(`/api/v1/cases/${a.id}/property-reports`, {
      kind: "supplementary",
      changeDate: "2025-09-26",
      items: [],
      transfers: [{ kind: "largeExpenditure", date: "2025-09-26", description: "支付货款", amountFen: 3_000_000 }],
    });
    expect(inTime.statusCode).toBe(201);
    expect(inTime.json()).toMatchObject({ late: false, due: "2025-10-09" });
    t.setToday("2025-10-10");
    const late = await c.respondent.post(`/api/v1/cases/${a.id}/property-reports`, {
      kind: "supplementary",
      changeDate: "2025-09-26",
      items: [{ category: "realEstate", description: "新购住房", identifier: "粤(2025)深圳市不动产权第0000001号" }],
    });
    expect(late.statusCode).toBe(201);
    expect(late.json()).toMatchObject({ late: true, due: "2025-10-09" });
    const events = (await c.officer.get(`/api/v1/cases/${a.id}`)).json().events as { type: string; data: Record<string, unknown> }[];
    expect(events.slice(-3).map((e) => e.type)).toEqual(["propertyReport", "propertyReport", "sanctionsTrigger"]);
    expect(events.at(-1)!.data).toMatchObject({ breach: "late", due: "2025-10-09", submittedDate: "2025-10-10", partyId: p1 });
    const list = (await c.officer.get(`/api/v1/cases/${a.id}/property-reports`)).json();
    expect(list.items.map((x: { kind: string; late: boolean }) => [x.kind, x.late])).toEqual([
      ["initial", false],
      ["supplementary", false],
      ["supplementary", true],
    ]);
    expect(list.scope).toEqual({ noticeDate: "2025-09-15", changesFrom: "2024-09-15" });
    expect(list.confidentiality).toBeNull();
  });

  it("late: an overdue clock is a sanctions ground on the case and reminds the handler; the late report is flagged and triggers the event", async () => {
    const a = await caseWithNotice(t, c, "2025-09-15");
    const [, p2] = respondentIds(a.parties);
    t.setToday("2025-09-26");
    const detail = (await c.officer.get(`/api/v1/cases/${a.id}`)).json();
    expect(reportClocks(detail).every((k) => k.overdue)).toBe(true);
    const before = (await c.officer.get(`/api/v1/cases/${a.id}/property-reports`)).json();
    const o2 = before.obligations.find((o: { partyId: string }) => o.partyId === p2);
    expect(o2).toMatchObject({ due: "2025-09-25", overdue: true, breach: "notReported", reportedDate: null });
    // 财产调查规定 art 9 para 2 (an entity: its principal), art 10 (listing is mandatory).
    expect(o2.sanctionGrounds.map((g: { key: string; mandatory: boolean }) => [g.key, g.mandatory])).toEqual([
      ["fineOrDetention", false],
      ["dishonestListing", true],
    ]);
    expect(o2.sanctionGrounds[0].basis[0].article).toBe("art 9 para 2");

    await sweepClocks(t.ctx);
    const reminders = (await c.officer.get("/api/v1/reminders")).json().items as { clockKind: string; kind: string; caseId: string }[];
    expect(reminders.filter((r) => r.caseId === a.id && r.clockKind === "propertyReport" && r.kind === "overdue")).toHaveLength(2);

    const r = await c.respondent2.post(`/api/v1/cases/${a.id}/property-reports`, { kind: "initial", items: [{ category: "other", description: "无其他财产" }] });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ late: true, due: "2025-09-25" });
    const after = (await c.officer.get(`/api/v1/cases/${a.id}`)).json();
    expect(after.events.slice(-2).map((e: { type: string }) => e.type)).toEqual(["propertyReport", "sanctionsTrigger"]);
    expect(after.events.at(-1).data.grounds.map((g: { key: string }) => g.key)).toEqual(["fineOrDetention", "dishonestListing"]);
    const list = (await c.officer.get(`/api/v1/cases/${a.id}/property-reports`)).json();
    expect(list.obligations.find((o: { partyId: string }) => o.partyId === p2)).toMatchObject({ clockStatus: "met", late: true, breach: "late", overdue: false });
    const trail = await t.database.db.selectFrom("audit_log").select("action").where("case_id", "=", a.id).where("action", "like", "propertyReport.%").execute();
    expect(trail.map((x) => x.action).sort()).toEqual(["propertyReport.file", "propertyReport.sanctionsTrigger"]);
  });

  it("the handler enters a paper report for a named party; one posted by the due date is not late (民诉法 art 85 para 4); others may not", async () => {
    const a = await caseWithNotice(t, c, "2025-09-15");
    const [p1, p2] = respondentIds(a.parties);
    t.setToday("2025-09-29");
    const noParty = await c.officer.post(`/api/v1/cases/${a.id}/property-reports`, { kind: "initial", items: [] });
    expect(noParty.statusCode).toBe(400);
    expect(noParty.json().error.field).toBe("partyId");
    expect((await c.officer2.post(`/api/v1/cases/${a.id}/property-reports`, { partyId: p2, kind: "initial", items: [] })).statusCode).toBe(403);
    expect((await c.supervisor.post(`/api/v1/cases/${a.id}/property-reports`, { partyId: p2, kind: "initial", items: [] })).statusCode).toBe(403);
    expect((await c.shOfficer.post(`/api/v1/cases/${a.id}/property-reports`, { partyId: p2, kind: "initial", items: [] })).statusCode).toBe(404);
    expect((await c.applicant.post(`/api/v1/cases/${a.id}/property-reports`, { kind: "initial", items: [] })).statusCode).toBe(403);
    // The respondent reports only for itself.
    expect((await c.respondent.post(`/api/v1/cases/${a.id}/property-reports`, { partyId: p2, kind: "initial", items: [] })).statusCode).toBe(403);

    const paper = await c.officer.post(`/api/v1/cases/${a.id}/property-reports`, { partyId: p2, kind: "initial", postedDate: "2025-09-24", items: [] });
    expect(paper.statusCode).toBe(201);
    expect(paper.json()).toMatchObject({ late: false, due: "2025-09-25" });
    const mine = await c.respondent.post(`/api/v1/cases/${a.id}/property-reports`, { partyId: p1, kind: "initial", items: [] });
    expect(mine.json()).toMatchObject({ late: true });
    const list = (await c.officer.get(`/api/v1/cases/${a.id}/property-reports`)).json();
    const byParty = Object.fromEntries(list.items.map((x: { partyId: string; enteredByStaff: boolean }) => [x.partyId, x.enteredByStaff]));
    expect(byParty).toEqual({ [p1!]: false, [p2!]: true });
    expect(list.obligations.find((o: { partyId: string }) => o.partyId === p2)).toMatchObject({ breach: null, sanctionGrounds: [] });
  });

  it("the applicant may consult the reports — every reading audited, with the duty of confidentiality (art 8 para 2); other parties see only their own", async () => {
    const a = await caseWithNotice(t, c, "2025-09-15");
    const [p1, p2] = respondentIds(a.parties);
    t.setToday("2025-09-20");
    expect((await c.respondent.post(`/api/v1/cases/${a.id}/property-reports`, { kind: "initial", items: ITEMS })).statusCode).toBe(201);
    expect((await c.respondent2.post(`/api/v1/cases/${a.id}/property-reports`, { kind: "initial", items: [] })).statusCode).toBe(201);
    const reads = async () =>
      (await t.database.db.selectFrom("audit_log").selectAll().where("case_id", "=", a.id).where("action", "=", "propertyReport.read").execute()).length;

    for (const n of [1, 2]) {
      const r = await c.applicant.get(`/api/v1/cases/${a.id}/property-reports`);
      expect(r.statusCode).toBe(200);
      expect(r.json().items).toHaveLength(2);
      expect(r.json().confidentiality.zh).toContain("保密");
      expect(r.json().confidentiality.basis).toMatchObject({ law: "财产调查规定(2020)", article: "art 8 para 2" });
      expect(await reads()).toBe(n);
    }
    const own = (await c.respondent.get(`/api/v1/cases/${a.id}/property-reports`)).json();
    expect(own.items.map((x: { partyId: string }) => x.partyId)).toEqual([p1]);
    expect(own.obligations.map((o: { partyId: string }) => o.partyId)).toEqual([p1]);
    expect(own.confidentiality).toBeNull();
    const own2 = (await c.respondent2.get(`/api/v1/cases/${a.id}/property-reports`)).json();
    expect(own2.items.map((x: { partyId: string }) => x.partyId)).toEqual([p2]);
    // Staff and the supervising court read without the applicant's audit; another court does not see the case.
    expect((await c.officer.get(`/api/v1/cases/${a.id}/property-reports`)).json().items).toHaveLength(2);
    expect((await c.supervisor.get(`/api/v1/cases/${a.id}/property-reports`)).json().items).toHaveLength(2);
    expect((await c.shOfficer.get(`/api/v1/cases/${a.id}/property-reports`)).statusCode).toBe(404);
    expect(await reads()).toBe(2);
  });

  it("extends a respondent's deadline on its written application within the period (art 5 para 3); a report by the new date is on time", async () => {
    const a = await caseWithNotice(t, c, "2025-09-15");
    const [p1, p2] = respondentIds(a.parties);
    const url = `/api/v1/cases/${a.id}/property-reports/extensions`;
    t.setToday("2025-09-24");
    const body = { partyId: p1, applicationDate: "2025-09-24", days: 10, reason: "账册存放于外地仓库，需时调取" };
    expect((await c.officer2.post(url, body)).statusCode).toBe(403);
    expect((await c.respondent.post(url, body)).statusCode).toBe(403);
    expect((await c.shOfficer.post(url, body)).statusCode).toBe(404);
    const late = await c.officer.post(url, { ...body, partyId: p2, applicationDate: "2025-09-26" });
    expect(late.statusCode).toBe(400); // a future date
    expect(late.json().error.field).toBe("applicationDate");
    const ok = await c.officer.post(url, body);
    expect(ok.statusCode).toBe(200);
    // 09-25 + 10 = 10-05, a holiday → 10-09.
    expect(ok.json()).toEqual({ partyId: p1, due: "2025-10-09" });
    const detail = (await c.officer.get(`/api/v1/cases/${a.id}`)).json();
    expect(reportClocks(detail).map((k) => k.due).sort()).toEqual(["2025-09-25", "2025-10-09"]);
    expect(detail.events.at(-1)).toMatchObject({ type: "propertyReportExtended", reason: body.reason, data: { from: "2025-09-25", to: "2025-10-09" } });
    t.setToday("2025-09-30");
    // Applied for after the period ended: refused.
    const afterPeriod = await c.officer.post(url, { ...body, partyId: p2, applicationDate: "2025-09-26" });
    expect(afterPeriod.statusCode).toBe(422);
    expect(afterPeriod.json().error.field).toBe("applicationDate");
    const r = await c.respondent.post(`/api/v1/cases/${a.id}/property-reports`, { kind: "initial", items: [] });
    expect(r.json()).toMatchObject({ late: false, due: "2025-10-09" });
    expect((await c.officer.post(url, body)).statusCode).toBe(409); // nothing left running for p1
  });

  it("a supplementary report needs an initial one; reports need the order and an open procedure", async () => {
    const a = await caseWithNotice(t, c, "2025-09-15");
    t.setToday("2025-09-18");
    const sup = await c.respondent.post(`/api/v1/cases/${a.id}/property-reports`, { kind: "supplementary", changeDate: "2025-09-17", items: [{ category: "other", description: "新增财产" }] });
    expect(sup.statusCode).toBe(422);
    expect(sup.json().error.field).toBe("kind");
    const noNotice = await caseWithNotice(t, c, "2025-09-18", null);
    expect((await c.respondent.post(`/api/v1/cases/${noNotice.id}/property-reports`, { kind: "initial", items: [] })).statusCode).toBe(422);
  });

  describe("bad input names the field and stores nothing", () => {
    let caseId: string;
    beforeAll(async () => {
      caseId = (await caseWithNotice(t, c, "2025-09-15")).id;
      t.setToday("2025-09-20");
    });
    const valid = () => ({ kind: "initial", items: [{ ...ITEMS[0] }], transfers: [{ kind: "transferOrLease", date: "2025-03-01", description: "转让" }] });
    it.each<[string, number, string, (b: Record<string, any>) => void]>([
      ["kind missing", 400, "kind", (b) => delete b.kind],
      ["kind unknown", 400, "kind", (b) => (b.kind = "final")],
      ["items missing", 400, "items", (b) => delete b.items],
      ["category unknown", 400, "items.0.category", (b) => (b.items[0].category = "crypto")],
      ["description empty", 400, "items.0.description", (b) => (b.items[0].description = "  ")],
      ["value negative", 400, "items.0.valueFen", (b) => (b.items[0].valueFen = -1)],
      ["value not whole fen", 400, "items.0.valueFen", (b) => (b.items[0].valueFen = 10.5)],
      ["asset type unknown", 400, "items.0.assetType", (b) => (b.items[0].assetType = "gold")],
      ["asset type not of the category", 400, "items.0.assetType", (b) => (b.items[0].assetType = "patent")],
      ["unknown item field", 400, "items.0.colour", (b) => (b.items[0].colour = "red")],
      ["change kind unknown", 400, "transfers.0.kind", (b) => (b.transfers[0].kind = "gift")],
      ["change date not a date", 400, "transfers.0.date", (b) => (b.transfers[0].date = "2025-02-30")],
      ["change date in the future", 400, "transfers.0.date", (b) => (b.transfers[0].date = "2025-12-01")],
      ["change amount a string", 400, "transfers.0.amountFen", (b) => (b.transfers[0].amountFen = "100")],
      ["initial report with a change date", 400, "changeDate", (b) => (b.changeDate = "2025-09-01")],
      ["supplementary without a change date", 400, "changeDate", (b) => (b.kind = "supplementary")],
      ["party id not a uuid", 400, "partyId", (b) => (b.partyId = "me")],
      ["posted date from the respondent", 400, "postedDate", (b) => (b.postedDate = "2025-09-19")],
      ["unknown field", 400, "signature", (b) => (b.signature = "x")],
    ])("%s → %i %s", async (_l, status, field, mutate) => {
      const body = structuredClone(valid()) as Record<string, any>;
      mutate(body);
      const before = [await count("property_reports", caseId), await count("assets", caseId), await count("case_events", caseId), await count("audit_log", caseId)];
      const r = await c.respondent.post(`/api/v1/cases/${caseId}/property-reports`, body);
      expect(r.statusCode).toBe(status);
      expect(r.json().error.field).toBe(field);
      expect(r.json().error.message.zh.length).toBeGreaterThan(0);
      expect(r.json().error.message.en.length).toBeGreaterThan(0);
      expect([await count("property_reports", caseId), await count("assets", caseId), await count("case_events", caseId), await count("audit_log", caseId)]).toEqual(before);
    });

    it("the valid body is accepted", async () => {
      expect((await c.respondent.post(`/api/v1/cases/${caseId}/property-reports`, valid())).statusCode).toBe(201);
    });
  });
});
