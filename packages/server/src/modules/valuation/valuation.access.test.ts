// Who may do what with a valuation, and bad input, through the API on PGlite and on the PostgreSQL
// server: the handler and the division head act; another officer of the court and a supervising court
// read (403 on writes); another court gets 404; the parties read the result and may only object; money
// and uncontrolled assets are refused; malformed input is a 400 naming the field and stores nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { addAsset } from "../measures/measures-test-setup";
import { validApplication } from "../../testing/fixtures";
import { DEMO_RESPONDENT_ID } from "../../seed/demo.seed";
import { assignedCase, controlledAsset, ok, refusedWith, setUp, simulate, valuationCounts, type Clients } from "./valuation-test-setup";
import type { ValuationDto } from "./valuation.schemas";

const FACTS = { hasGovernmentPrice: false, needsOnSiteInspection: false, onlineInquiryAvailable: true };

describe.each(TEST_BACKENDS)("valuation access and input on %s", (kind) => {
  let t: TestApp;
  let c: Clients;
  let caseId: string;
  let assetId: string;
  let v: ValuationDto;
  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-11-03" });
    c = await setUp(t);
    simulate(t);
    caseId = await assignedCase(t, c, "2025-11-03");
    assetId = await controlledAsset(c.officer, caseId, { type: "copyright", identifier: "国作登字-2021-F-00012345", valueFen: 30_000_000 });
    t.setToday("2025-11-05");
  }, 60_000);
  afterAll(async () => t?.close());

  const start = (who = c.officer, body: Record<string, unknown> = { assetId, facts: FACTS, dueDate: "2025-11-15" }) => who.post(`/api/v1/cases/${caseId}/valuations`, body);

  it("refuses bad input with a 400 naming the field, and stores nothing", async () => {
    const before = await valuationCounts(t);
    const cases: [Record<string, unknown>, string][] = [
      [{ assetId, dueDate: "2025-11-15" }, "facts"],
      [{ assetId, facts: { ...FACTS, hasGovernmentPrice: "yes" }, dueDate: "2025-11-15" }, "facts.hasGovernmentPrice"],
      [{ assetId, facts: { ...FACTS, secret: true }, dueDate: "2025-11-15" }, "facts.secret"],
      [{ assetId, facts: FACTS, dueDate: "2025-02-30" }, "dueDate"],
      [{ assetId: "not-a-uuid", facts: FACTS }, "assetId"],
      [{ assetId, facts: FACTS, target: "auction" }, "target"],
      [{ assetId, facts: FACTS, dueDate: "2025-11-15", extra: 1 }, "extra"],
      // Checked by the service: the agreement needs the court's period, and it cannot have ended.
      [{ assetId, facts: FACTS }, "dueDate"],
      [{ assetId, facts: FACTS, dueDate: "2025-11-01" }, "dueDate"],
    ];
    for (const [body, field] of cases) await refusedWith(c.officer, `/api/v1/cases/${caseId}/valuations`, body, 400, field);
    expect(await valuationCounts(t)).toEqual(before);
  });

  it("refuses money and assets this court does not control (art 1), and a jump without both parties (art 7 para 2)", async () => {
    const before = await valuationCounts(t);
    const deposit = await controlledAsset(c.officer, caseId, { type: "bankDeposit", valueFen: 100_000 });
    const loose = await addAsset(c.officer, caseId, { type: "equipment", valueFen: 1_000_000 });
    const afterAssets = await valuationCounts(t);
    await refusedWith(c.officer, `/api/v1/cases/${caseId}/valuations`, { assetId: deposit, facts: FACTS, dueDate: "2025-11-15" }, 422, "assetId");
    await refusedWith(c.officer, `/api/v1/cases/${caseId}/valuations`, { assetId: loose, facts: FACTS, dueDate: "2025-11-15" }, 422, "assetId");
    await refusedWith(c.officer, `/api/v1/cases/${caseId}/valuations`, { assetId, facts: FACTS, target: "onlineInquiry" }, 422, "bothPartiesAgree");
    await refusedWith(c.officer, `/api/v1/cases/${caseId}/valuations`, { assetId: "00000000-0000-4000-8000-000000000000", facts: FACTS, dueDate: "2025-11-15" }, 400, "assetId");
    expect(await valuationCounts(t)).toEqual(afterAssets);
    expect(afterAssets.valuations).toBe(before.valuations);
  });

  it("refuses a preservation case (执保): it controls property and does not sell it", async () => {
    const { courtId, applicants } = validApplication();
    const r = await c.clerk.post("/api/v1/preservation-cases", {
      courtId,
      applicants,
      respondents: [{ kind: "naturalPerson", name: "张某某", idType: "residentId", idNumber: DEMO_RESPONDENT_ID, phone: "13900001111" }],
      kind: "property",
      stage: "inSuit",
      ruling: { court: "北京知识产权法院", documentNumber: "(2025)京73民初88号之一", date: "2025-11-05" },
      rightType: "patent",
      securityFen: 1_000_000,
    });
    expect(r.statusCode, r.body).toBe(201);
    const p = r.json().id as string;
    expect((await c.clerk.post(`/api/v1/cases/${p}/actions/register`, {})).statusCode).toBe(200);
    expect((await c.head.post(`/api/v1/cases/${p}/actions/assign`, { handlerId: c.officer.user.id })).statusCode).toBe(200);
    const patent = await addAsset(c.officer, p, { type: "patent", identifier: "ZL2020 1 0000001.2", valueFen: 5_000_000 });
    const m = await c.officer.post(`/api/v1/cases/${p}/measures`, { assetId: patent, kind: "freeze", amountFen: 1_000_000, executedBy: "王执行", context: "preservation" });
    expect(m.statusCode, m.body).toBe(201);
    const before = await valuationCounts(t);
    await refusedWith(c.officer, `/api/v1/cases/${p}/valuations`, { assetId: patent, facts: FACTS, dueDate: "2025-11-15" }, 422, "caseId");
    expect(await valuationCounts(t)).toEqual(before);
  });

  it("lets only the handler or the division head act; other staff and supervisors read; another court sees nothing", async () => {
    const before = await valuationCounts(t);
    expect((await start(c.officer2)).statusCode).toBe(403);
    expect((await start(c.supervisor)).statusCode).toBe(403);
    expect((await start(c.other)).statusCode).toBe(404);
    expect((await start(c.applicant)).statusCode).toBe(403);
    expect((await start(c.clerk)).statusCode).toBe(403);
    expect(await valuationCounts(t)).toEqual(before);

    const r = await start(c.head);
    expect(r.statusCode, r.body).toBe(201);
    v = r.json() as ValuationDto;
    expect(v.viewer).toBe("act");
    for (const [who, viewer] of [
      [c.officer, "act"],
      [c.officer2, "read"],
      [c.supervisor, "read"],
      [c.applicant, "party"],
      [c.respondent, "party"],
    ] as const) {
      const g = await who.get(`/api/v1/valuations/${v.id}`);
      expect(g.statusCode, g.body).toBe(200);
      expect(g.json().viewer).toBe(viewer);
      expect((await who.get(`/api/v1/cases/${caseId}/valuations`)).statusCode).toBe(200);
    }
    expect((await c.officer2.get(`/api/v1/valuations/${v.id}`)).json().clocks.length).toBeGreaterThan(0);
    expect((await c.applicant.get(`/api/v1/valuations/${v.id}`)).json()).toMatchObject({ clocks: [], timeline: [] });
    expect((await c.applicant.get(`/api/v1/cases/${caseId}/valuations`)).json().pending).toEqual([]);
    expect((await c.other.get(`/api/v1/valuations/${v.id}`)).statusCode).toBe(404);
    expect((await c.other.get(`/api/v1/cases/${caseId}/valuations`)).statusCode).toBe(404);
    expect((await c.officer.get(`/api/v1/valuations/00000000-0000-4000-8000-000000000000`)).statusCode).toBe(404);

    // Writes on the valuation: the same rule; the parties may only object.
    const party = v.agreement!.parties[0]!.partyId;
    const submission = { partyId: party, priceFen: 29_000_000 };
    const mid = await valuationCounts(t);
    for (const [who, status] of [
      [c.officer2, 403],
      [c.supervisor, 403],
      [c.applicant, 403],
      [c.respondent, 403],
      [c.other, 404],
    ] as const) {
      await refusedWith(who, `/api/v1/valuations/${v.id}/agreement/submissions`, submission, status);
      await refusedWith(who, `/api/v1/valuations/${v.id}/next`, { note: "改用网络询价", outcome: "impossible" }, status);
    }
    expect(await valuationCounts(t)).toEqual(mid);
    await ok(c.officer, `/api/v1/valuations/${v.id}/agreement/submissions`, submission);
  });

  it("refuses bad input on the valuation's operations with a 400 naming the field, and stores nothing", async () => {
    const before = await valuationCounts(t);
    const url = (p: string) => `/api/v1/valuations/${v.id}/${p}`;
    const cases: [string, Record<string, unknown>, number, string][] = [
      ["agreement/submissions", { partyId: v.agreement!.parties[1]!.partyId, priceFen: -5 }, 400, "priceFen"],
      ["agreement/submissions", { partyId: v.agreement!.parties[1]!.partyId, priceFen: 1.5 }, 400, "priceFen"],
      ["agreement/submissions", { partyId: v.agreement!.parties[1]!.partyId, priceFen: 100, submittedDate: "2030-01-01" }, 400, "submittedDate"],
      ["agreement/submissions", { partyId: v.agreement!.parties[1]!.partyId, priceFen: 100, validUntil: "2030-01-01" }, 400, "validUntil"],
      ["agreement/submissions", { partyId: "00000000-0000-4000-8000-000000000000", priceFen: 100 }, 400, "partyId"],
      ["agreement/submissions", { partyId: v.agreement!.parties[0]!.partyId, priceFen: 100 }, 409, "partyId"],
      ["next", { note: "x" }, 400, "note"],
      ["next", { note: "议价期间未满" }, 400, "outcome"],
      ["next", { note: "议价期间未满", outcome: "maybe" }, 400, "outcome"],
      ["online/commission", {}, 422, "method"],
      ["appraisal/agencies", { mode: "agreement", chosen: ["a", "b"] }, 400, "chosen"],
      ["appraisal/agencies", { mode: "raffle" }, 400, "mode"],
      ["directed-inquiry/result", { outcome: "result", resultFen: 100 }, 400, "reportDate"],
      ["price", { now: true }, 400, "now"],
      ["sale-start", { firstNoticeDate: "2025-13-01" }, 400, "firstNoticeDate"],
      ["objections", { reportId: "00000000-0000-4000-8000-000000000000", grounds: [], statement: "异议" }, 400, "grounds"],
      ["objections", { reportId: "00000000-0000-4000-8000-000000000000", grounds: ["tooHigh"], statement: "异议" }, 400, "grounds.0"],
    ];
    for (const [path, body, status, field] of cases) await refusedWith(c.officer, url(path), body, status, field);
    await refusedWith(c.respondent, url("objections"), { reportId: "00000000-0000-4000-8000-000000000000", grounds: ["basicInfoError"], statement: "报告有误" }, 400, "reportId");
    expect(await valuationCounts(t)).toEqual(before);
  });

  it("never answers a 500 on a real valuation, whatever the body, for the handler and for a party", async () => {
    const doc = (await t.app.inject({ method: "GET", url: "/docs/json" })).json() as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith("/api/v1/valuations/{id}"))
      .flatMap(([path, ops]) => Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })));
    expect(routes.length).toBeGreaterThanOrEqual(18);
    const junk = [undefined, {}, { outcome: "result" }, { mode: "lottery" }, { grounds: ["substantive"], reportId: v.id, statement: "异议内容" }, { note: "理由".repeat(3000) }, { priceFen: 1e300, partyId: v.id }];
    const failures: string[] = [];
    for (const who of [c.officer, c.respondent]) {
      for (const r of routes) {
        const url = r.path.replace("{id}", v.id).replace("{reportId}", v.id).replace("{objectionId}", v.id);
        for (const body of r.method === "GET" ? [undefined] : junk) {
          const res = r.method === "GET" ? await who.get(url) : await who.post(url, body);
          if (res.statusCode >= 500) failures.push(`${r.method} ${url} ${JSON.stringify(body)?.slice(0, 40)} → ${res.statusCode} ${res.body.slice(0, 160)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it("answers the agency list (名单分库) for an asset type, and refuses an unknown type", async () => {
    const r = await c.officer.get(`/api/v1/valuation-agencies?assetType=realEstate`);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ library: "realEstate", platforms: [expect.objectContaining({ id: "sim-taobao" }), expect.anything(), expect.anything()] });
    expect(r.json().agencies.length).toBeGreaterThanOrEqual(3);
    const bad = await c.officer.get(`/api/v1/valuation-agencies?assetType=castle`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe("assetType");
  });

  it("shows outside systems' error text to the court only, never to the parties", async () => {
    const id = await assignedCase(t, c, "2025-11-05");
    const asset = await controlledAsset(c.officer, id, { type: "patent", identifier: "ZL2020 1 0999999.1", valueFen: 20_000_000 });
    const started = await ok(c.officer, `/api/v1/cases/${id}/valuations`, { assetId: asset, facts: { ...FACTS, partyMissing: true } }, 201);
    expect(started.method).toBe("onlineInquiry");
    await ok(c.officer, `/api/v1/valuations/${started.id}/online/commission`, {});
    // A platform's system answered with an error (as the collect job records it).
    await t.database.db.updateTable("valuation_platform_commissions").set({ last_error: "接口调用超时（504）", send_error: "内部网关 10.0.0.8 拒绝连接" }).where("valuation_id", "=", started.id).execute();
    const staffView = (await c.officer.get(`/api/v1/valuations/${started.id}`)).json() as ValuationDto;
    expect(staffView.online!.platforms.every((p) => p.lastError === "接口调用超时（504）" && p.sendError === "内部网关 10.0.0.8 拒绝连接")).toBe(true);
    const partyView = (await c.applicant.get(`/api/v1/valuations/${started.id}`)).json() as ValuationDto;
    expect(partyView.online!.platforms.length).toBe(staffView.online!.platforms.length);
    expect(partyView.online!.platforms.every((p) => p.sendError === null && p.lastError === null)).toBe(true);
  });
});
