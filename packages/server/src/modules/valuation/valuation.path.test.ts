// The reference-price procedure through the API, on PGlite and on the PostgreSQL server (参考价规定(2018)):
// an agreement that fails → an online inquiry in which every platform is late, the one 3-day extension,
// and the average as the price; an online inquiry that fails → an appraisal by the recorded lottery
// (re-run, it gives the same order) → a default and the next agency → an extension → the report
// served → an objection in time (to the agency) and a late one refused → the price fixed, its validity
// and the sale clock; and a directed inquiry, whose result is the price and admits no objection.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import { verifyAuditChain } from "@zhixing/db";
import {
  AGENCY_LOTTERY,
  appraisalDeadline,
  averageFen,
  drawAgencies,
  maxValidUntil,
  objectionDeadline,
  onlineInquiryDeadline,
  procedureStartDeadline,
  reportServiceDeadline,
  saleStartDeadline,
} from "@zhixing/domain";
import { SIMULATED_AGENCIES } from "../../adapters/valuation";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { lotterySeed } from "./appraisal.service";
import { assignedCase, controlledAsset, ok, refusedWith, setUp, simulate, type Clients } from "./valuation-test-setup";
import type { ValuationDto } from "./valuation.schemas";

const FACTS = { hasGovernmentPrice: false, needsOnSiteInspection: false, onlineInquiryAvailable: true };

describe.each(TEST_BACKENDS)("reference price (确定参考价) on %s", (kind) => {
  let t: TestApp;
  let c: Clients;
  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-11-03" });
    c = await setUp(t);
  }, 60_000);
  afterAll(async () => t?.close());

  const cal = () => t.ctx.calendar.get();
  const get = async (id: string, who = c.officer): Promise<ValuationDto> => {
    const r = await who.get(`/api/v1/valuations/${id}`);
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as ValuationDto;
  };
  const at = (date: string) => t.setToday(date);
  const clock = (v: ValuationDto, kind: string) => v.clocks.filter((k) => k.kind === kind).at(-1);

  it("agreement fails → online inquiry: all platforms late, one 3-day extension, the average of those that reported in the extension is the price (arts 4, 11, 13, 27, 30)", async () => {
    simulate(t, {
      platformScript: {
        "sim-taobao": { extensionAfterDays: 2, reportAfterDays: 5 },
        "sim-jd": { extensionAfterDays: 1, reportAfterDays: 6, resultPermille: 1_075 },
        "sim-icbc": { reportAfterDays: null },
      },
    });
    const caseId = await assignedCase(t, c, "2025-11-03");
    const assetId = await controlledAsset(c.officer, caseId, { type: "trademark", identifier: "第12345678号", valueFen: 50_000_000 });

    // Staff see the asset waiting, with the 30-day start clock from the control date (art 1).
    const start = procedureStartDeadline({ controlDate: "2025-11-03" }, cal());
    const list0 = (await c.officer.get(`/api/v1/cases/${caseId}/valuations`)).json();
    expect(list0.pending).toEqual([expect.objectContaining({ assetId, controlDate: "2025-11-03", startDue: start.due, overdue: false })]);

    at("2025-11-10");
    let v = await ok(c.officer, `/api/v1/cases/${caseId}/valuations`, { assetId, facts: FACTS, dueDate: "2025-11-20" }, 201);
    expect(v).toMatchObject({ status: "inProgress", method: "agreed", controlDate: "2025-11-03", startDue: start.due, startedLate: false, viewer: "act" });
    expect(v.steps[0]).toMatchObject({ method: "agreed", reason: "defaultOrder", dueDate: "2025-11-20", status: "open" });
    expect(clock(v, "valuationStart")).toMatchObject({ status: "met", due: start.due });
    expect(clock(v, "valuationAgreement")).toMatchObject({ status: "open", due: "2025-11-20" });
    expect((await c.officer.get(`/api/v1/cases/${caseId}/valuations`)).json().pending).toEqual([]);
    // A second valuation of the same asset while this one runs: 409.
    await refusedWith(c.officer, `/api/v1/cases/${caseId}/valuations`, { assetId, facts: FACTS, dueDate: "2025-11-20" }, 409, "assetId");

    // 议价: different results → 不成 at once (art 4 para 2).
    const [applicant, respondent] = [v.agreement!.parties.find((p) => p.side === "applicant")!, v.agreement!.parties.find((p) => p.side === "respondent")!];
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/agreement/submissions`, { partyId: applicant.partyId, priceFen: 60_000_000 });
    expect(v.agreement!.evaluation).toMatchObject({ status: "pending", waitingFor: [respondent.partyId] });
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/agreement/submissions`, { partyId: respondent.partyId, priceFen: 45_000_000 });
    expect(v.agreement!.evaluation).toMatchObject({ status: "failed", reason: "resultsDiffer" });
    expect(v.steps[0]).toMatchObject({ status: "failed" });
    expect(clock(v, "valuationAgreement")!.status).toBe("cancelled");

    // Next: no government price, so the directed inquiry is passed over → online inquiry (arts 5, 7).
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/next`, { note: "双方议价结果不一致" });
    expect(v.method).toBe("onlineInquiry");
    expect(v.steps[1]).toMatchObject({ method: "onlineInquiry", reason: "defaultOrder", skipped: [expect.objectContaining({ method: "directedInquiry", reason: "noGovernmentPrice" })] });

    // The commission goes to every platform at once (art 10); 3 days from receipt (art 11 para 1).
    at("2025-11-11");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/online/commission`, {});
    const first = onlineInquiryDeadline({ commissionReceivedDate: "2025-11-11" }, cal());
    expect(v.online).toMatchObject({ commissionDate: "2025-11-11", delivery: "waiting", due: first.due, extended: false });
    expect(v.online!.platforms.map((p) => [p.platformId, p.receivedDate])).toEqual([
      ["sim-icbc", "2025-11-11"],
      ["sim-jd", "2025-11-11"],
      ["sim-taobao", "2025-11-11"],
    ]);
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/online/commission`, {}, 409);

    at("2025-11-12");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/online/collect`);
    expect(v.online).toMatchObject({ delivery: "waiting", extended: false });
    expect(v.online!.platforms.find((p) => p.platformId === "sim-jd")!.extensionRequestDate).toBe("2025-11-12");

    // After the 3 days nobody reported; two applied in time: one extension of 3 days (art 11 para 2).
    at("2025-11-15");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/online/collect`);
    const extended = onlineInquiryDeadline({ commissionReceivedDate: "2025-11-11", extended: true }, cal());
    expect(v.online).toMatchObject({ delivery: "waiting", extended: true, due: extended.due });
    expect(clock(v, "valuationOnlineReport")).toMatchObject({ status: "open", due: extended.due });
    expect(v.timeline.filter((e) => e.type === "valuation.onlineExtended")).toHaveLength(1);

    at("2025-11-18");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/online/collect`);
    expect(v.online).toMatchObject({ delivery: "delivered" });
    expect(v.online!.platforms.filter((p) => p.onTime).map((p) => p.platformId).sort()).toEqual(["sim-jd", "sim-taobao"]);
    expect(v.online!.platforms.find((p) => p.platformId === "sim-icbc")!.onTime).toBe(false);
    expect(v.reports).toHaveLength(2);
    expect(v.timeline.filter((e) => e.type === "valuation.onlineExtended")).toHaveLength(1); // only once
    // Collecting again changes nothing.
    const again = await ok(c.officer, `/api/v1/valuations/${v.id}/online/collect`);
    expect(again.reports).toHaveLength(2);

    // Not yet: the review (art 12), then service (art 21), then the objection periods (art 22).
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/price`, {}, 422, "review");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/online/review`, {});
    expect(v.online!.review).toBe("usable");
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/price`, {}, 422, "reports");
    for (const r of v.reports) {
      expect(r.serviceDue).toBe(reportServiceDeadline({ reportReceivedDate: "2025-11-18" }, cal()).due);
      v = await ok(c.officer, `/api/v1/valuations/${v.id}/reports/${r.id}/serve`, {});
    }
    const objectionDue = objectionDeadline({ receivedDate: "2025-11-18" }, cal()).due;
    expect(v.reports.map((r) => [r.servedDate, r.objectionDue])).toEqual([
      ["2025-11-18", objectionDue],
      ["2025-11-18", objectionDue],
    ]);

    // A party's substantive objection to an online report is refused: only grounds 1–2 are open (art 22).
    at("2025-11-19");
    v = await ok(c.respondent, `/api/v1/valuations/${v.id}/objections`, { reportId: v.reports[0]!.id, grounds: ["substantive"], statement: "询价结果明显偏低" }, 201);
    expect(v.viewer).toBe("party");
    expect(v.objections).toEqual([expect.objectContaining({ accepted: false, refusalReason: "groundNotAvailable", status: "refused" })]);
    expect(v.clocks).toEqual([]);
    expect(v.timeline).toEqual([]);

    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/price`, {}, 422, "objectionDue");
    at("2025-11-25");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/price`);
    const results = v.reports.map((r) => r.resultFen);
    expect(v.status).toBe("priced");
    expect(v.referencePrice).toMatchObject({
      priceFen: averageFen(results),
      fixedDate: "2025-11-25",
      validUntil: [...v.reports.map((r) => r.validUntil)].sort()[0],
      method: "onlineInquiry",
      usableToday: { usable: true, via: "withinValidity" },
      saleStartDue: saleStartDeadline({ priceFixedDate: "2025-11-25" }, cal()).due,
    });
    expect(v.referencePrice!.detail).toMatchObject({ rounding: "halfUpToFen", late: ["sim-icbc"] });
    expect(v.referencePrice!.basis).toEqual(expect.arrayContaining([expect.objectContaining({ law: "参考价规定(2018)", article: "art 13 para 1" })]));
    // The results vary around the asset's value (the simulator's seeded true value) and differ per platform.
    expect(new Set(results).size).toBe(2);
    expect(clock(v, "valuationSaleStart")).toMatchObject({ status: "open" });
    const list = (await c.officer.get(`/api/v1/cases/${caseId}/valuations`)).json();
    expect(list.items).toEqual([expect.objectContaining({ id: v.id, status: "priced", referencePriceFen: averageFen(results) })]);
  });

  it("online inquiry fails → appraisal by a lottery anyone can re-run → default, the next agency → extension → report served → objection in time to the agency, a late one refused → price, validity, sale start (arts 11, 14, 16–24, 27, 30)", async () => {
    const caseId = await assignedCase(t, c, "2025-11-03");
    const assetId = await controlledAsset(c.officer, caseId, { type: "patent", identifier: "ZL2021 1 0123456.7", valueFen: 80_000_000 });
    simulate(t, { platformScript: { "sim-taobao": { reportAfterDays: null }, "sim-jd": { reportAfterDays: null }, "sim-icbc": { reportAfterDays: null } } });

    // A party cannot be found: no agreement (art 4); no government price: no directed inquiry → online.
    at("2025-11-04");
    let v = await ok(c.officer, `/api/v1/cases/${caseId}/valuations`, { assetId, facts: { ...FACTS, partyMissing: true } }, 201);
    expect(v.method).toBe("onlineInquiry");
    expect(v.steps[0]!.skipped.map((s) => [s.method, s.reason])).toEqual([
      ["agreed", "agreementRefusedOrPartyMissing"],
      ["directedInquiry", "noGovernmentPrice"],
    ]);
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/online/commission`, {});
    at("2025-11-10");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/online/collect`);
    expect(v.steps[0]).toMatchObject({ status: "failed", outcomeExplanation: expect.objectContaining({ zh: expect.stringContaining("第十一条第三款") }) });
    // Appraisal is the last method: once there, no next method.
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/next`, { note: "网络询价不成，委托评估" });
    expect(v.steps[1]).toMatchObject({ method: "appraisal", reason: "defaultOrder", status: "open" });
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/next`, { note: "再换一种方式", outcome: "failed" }, 422, "after");

    // The lottery's seed is derived from public inputs; knowing them, the order is known to anyone.
    const candidates = SIMULATED_AGENCIES.filter((a) => a.library === "assets").map((a) => a.id).sort();
    const seed = lotterySeed({ caseId, valuationId: v.id, round: 1, date: "2025-11-10", candidates });
    const order = drawAgencies(candidates, seed);
    simulate(t, {
      agencyScript: {
        [order[0]]: { reportAfterDays: null },
        [order[1]]: { reportAfterDays: 35, extension: { afterDays: 20, days: 10 }, resultPermille: 1_000 },
      },
    });
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/appraisal/agencies`, { mode: "lottery" });
    const sel = v.appraisal!.selections[0]!;
    expect(sel).toMatchObject({ round: 1, mode: "lottery", candidates, seed, algorithm: { version: AGENCY_LOTTERY.version } });
    expect(sel.seedInputs).toMatchObject({ caseId, valuationId: v.id, round: 1, date: "2025-11-10", candidates });
    expect(sel.order.map((o) => o.agencyId)).toEqual(order);
    // Re-run from the record alone: the same three, in the same order.
    expect(drawAgencies(sel.candidates, sel.seed!)).toEqual(sel.order.map((o) => o.agencyId));
    expect(v.appraisal!.agencies).toEqual([expect.objectContaining({ agencyId: order[0], position: 1, status: "commissioned", commissionDate: "2025-11-10" })]);
    const due1 = appraisalDeadline({ commissionDate: "2025-11-10" }, cal()).due;
    expect(v.appraisal!.agencies[0]!.due).toBe(due1);
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/appraisal/agencies`, { mode: "lottery" }, 409, "mode");

    // The first agency neither reports nor applies: default → materials back in 3 days, the next agency (art 19 para 3).
    at("2025-12-10");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/appraisal/collect`);
    expect(v.appraisal!.agencies.map((a) => a.status)).toEqual(["commissioned"]);
    at("2025-12-11");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/appraisal/collect`);
    expect(v.appraisal!.agencies.map((a) => [a.agencyId, a.position, a.status])).toEqual([
      [order[0], 1, "defaulted"],
      [order[1], 2, "commissioned"],
    ]);
    expect(v.clocks.filter((k) => k.kind === "valuationMaterialsReturn")).toHaveLength(1);
    expect(v.timeline.map((e) => e.type)).toEqual(expect.arrayContaining(["valuation.agencyDefaulted", "valuation.agencyCommissioned"]));

    // The second applies on day 20 for 10 more days; the court grants it (art 19 para 2).
    at("2025-12-31");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/appraisal/collect`);
    expect(v.appraisal!.agencies[1]!.pendingExtension).toEqual({ requestDate: "2025-12-31", days: 10 });
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/appraisal/extension`, {});
    const due2 = appraisalDeadline({ commissionDate: "2025-12-11", extensions: [{ requestDate: "2025-12-31", days: 10 }] }, cal());
    expect(v.appraisal!.agencies[1]).toMatchObject({ due: due2.due, extensionsLeft: 1, pendingExtension: null, extensions: [{ requestDate: "2025-12-31", days: 10 }] });
    expect(v.clocks.filter((k) => k.kind === "valuationAppraisalReport" && k.status === "open").map((k) => k.due)).toEqual([due2.due]);

    // The report (day 35), served the day it arrives; the parties' 5 days run from receipt.
    at("2026-01-16");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/appraisal/collect`);
    expect(v.appraisal!.agencies[1]).toMatchObject({ status: "reported", reportDate: "2026-01-15" });
    const report = v.reports.at(-1)!;
    expect(report).toMatchObject({ kind: "appraisal", receivedDate: "2026-01-16", servedDate: null, validUntil: maxValidUntil("2026-01-15") });
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/reports/${report.id}/serve`, {});
    const objectionDue = objectionDeadline({ receivedDate: "2026-01-16" }, cal()).due;
    expect(v.reports.at(-1)!.objectionDue).toBe(objectionDue);

    // Only parties object; staff record the rest.
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/objections`, { reportId: report.id, grounds: ["substantive"], statement: "评估值偏低" }, 403);
    at("2026-01-19");
    v = await ok(c.respondent, `/api/v1/valuations/${v.id}/objections`, { reportId: report.id, grounds: ["substantive"], statement: "评估采用的收益法参数明显不当" }, 201);
    const inTime = v.objections[0]!;
    expect(inTime).toMatchObject({ accepted: true, track: "agencyExplanation", status: "pending", deadline: objectionDue });
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/price`, {}, 422, "objectionDue");

    const lateDay = "2026-01-26";
    at(lateDay);
    v = await ok(c.applicant, `/api/v1/valuations/${v.id}/objections`, { reportId: report.id, grounds: ["basicInfoError"], statement: "专利号记载有误" }, 201);
    expect(v.objections).toEqual([expect.objectContaining({ accepted: false, refusalReason: "late", status: "refused", filedDate: lateDay })]);
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/price`, {}, 422, "objections");

    // art 23 para 1: to the agency within 3 days; it explains within 5; the objector accepts.
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/objections/${inTime.id}/refer`, {});
    expect(v.objections.find((o) => o.id === inTime.id)).toMatchObject({ status: "referred", referredDate: lateDay });
    at("2026-01-27");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/objections/${inTime.id}/explanation`, { explainedDate: "2026-01-27", objectorStillObjects: false });
    expect(v.objections.find((o) => o.id === inTime.id)).toMatchObject({ status: "resolved", outcome: "explained" });
    expect(v.objections).toHaveLength(2);

    v = await ok(c.officer, `/api/v1/valuations/${v.id}/price`);
    expect(v.referencePrice).toMatchObject({
      priceFen: report.resultFen,
      fixedDate: "2026-01-27",
      validUntil: maxValidUntil("2026-01-15"),
      method: "appraisal",
      firstNoticeDate: null,
      usableToday: { usable: true, via: "withinValidity" },
      saleStartDue: saleStartDeadline({ priceFixedDate: "2026-01-27" }, cal()).due,
    });
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/price`, {}, 422, "status");

    // The first auction notice within the 10 days (art 30) meets the sale clock.
    at("2026-02-02");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/sale-start`, { firstNoticeDate: "2026-02-02" });
    expect(v.referencePrice!.firstNoticeDate).toBe("2026-02-02");
    expect(v.clocks.find((k) => k.kind === "valuationSaleStart")).toMatchObject({ status: "met", metDate: "2026-02-02" });

    // The record: every step in the timeline, every clock closed but the materials' return, the audit chain intact.
    expect(v.timeline.map((e) => e.type)).toEqual([
      "valuation.start",
      "valuation.onlineCommissioned",
      "valuation.methodEnded",
      "valuation.nextMethod",
      "valuation.agenciesDrawn",
      "valuation.agencyCommissioned",
      "valuation.agencyDefaulted",
      "valuation.agencyCommissioned",
      "valuation.extensionRequested",
      "valuation.extensionGranted",
      "valuation.reportReceived",
      "valuation.reportServed",
      "valuation.objectionFiled",
      "valuation.objectionRefused",
      "valuation.objectionReferred",
      "valuation.objectionExplained",
      "valuation.priceFixed",
      "valuation.saleStarted",
    ]);
    expect(v.clocks.filter((k) => k.status === "open").map((k) => k.kind)).toEqual(["valuationMaterialsReturn"]);
    expect(v.citations.length).toBeGreaterThan(5);
    const audit = await t.database.db.selectFrom("audit_log").select(["action"]).where("entity_id", "=", sel.id).execute();
    expect(audit.map((a) => a.action)).toEqual(["valuation.agenciesDrawn"]);
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
    // The parties see the result and their own objections only.
    const seen = await get(v.id, c.applicant);
    expect(seen).toMatchObject({ viewer: "party", clocks: [], timeline: [], referencePrice: { priceFen: report.resultFen } });
    expect(seen.objections.map((o) => o.refusalReason)).toEqual(["late"]);
  });

  it("directed inquiry: its result within the court's period is the price; no objection is accepted (arts 5, 6, 24 para 2)", async () => {
    simulate(t);
    const caseId = await assignedCase(t, c, "2025-11-03");
    const assetId = await controlledAsset(c.officer, caseId, { type: "vehicle", identifier: "京N5K2Q7", valueFen: 20_000_000 });
    at("2025-11-05");
    await refusedWith(c.officer, `/api/v1/cases/${caseId}/valuations`, { assetId, facts: { ...FACTS, hasGovernmentPrice: true, partyRefusesAgreement: true }, dueDate: "2025-11-12" }, 400, "institution");
    let v = await ok(c.officer, `/api/v1/cases/${caseId}/valuations`, { assetId, facts: { ...FACTS, hasGovernmentPrice: true, partyRefusesAgreement: true }, dueDate: "2025-11-12", institution: "北京市朝阳区税务局" }, 201);
    expect(v).toMatchObject({ method: "directedInquiry", directedInquiry: { institution: "北京市朝阳区税务局", dueDate: "2025-11-12" } });
    at("2025-11-12");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/directed-inquiry/result`, { outcome: "result", resultFen: 18_500_000, reportDate: "2025-11-11" });
    expect(v.referencePrice).toMatchObject({ priceFen: 18_500_000, fixedDate: "2025-11-12", validUntil: maxValidUntil("2025-11-11"), method: "directedInquiry" });
    expect(v.reports).toEqual([expect.objectContaining({ kind: "directedInquiry", resultFen: 18_500_000 })]);
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/reports/${v.reports[0]!.id}/serve`, {});
    expect(v.reports[0]!.objectionDue).toBeNull();
    v = await ok(c.respondent, `/api/v1/valuations/${v.id}/objections`, { reportId: v.reports[0]!.id, grounds: ["basicInfoError"], statement: "车辆里程记载错误" }, 201);
    expect(v.objections).toEqual([expect.objectContaining({ accepted: false, refusalReason: "agreedOrDirectedInquiry" })]);
  });
});
