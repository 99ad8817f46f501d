// 暂缓 (art 28, with art 19 para 1's deduction) and 撤回 (art 29) of a valuation through the API, on PGlite
// and on the PostgreSQL server: an appraisal suspended for 10 days reports on a day it would otherwise
// have defaulted; an online inquiry's 3 days move by the days suspended; nothing is collected while
// suspended; a withdrawal ends everything and frees the asset; closing the case ends a valuation in
// progress.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import { appraisalCorrectionDeadline, appraisalDeadline, onlineInquiryDeadline, reviewDeadline } from "@zhixing/domain";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { lockCase } from "../cases/case-lock";
import { endValuationsOnCaseClosure } from "./suspension.service";
import { collectValuations } from "./valuation-collect.job";
import { assignedCase, controlledAsset, ok, refusedWith, setUp, simulate, valuationCounts, type Clients } from "./valuation-test-setup";
import type { ValuationDto } from "./valuation.schemas";

const FACTS = { hasGovernmentPrice: false, needsOnSiteInspection: false, onlineInquiryAvailable: true };

describe.each(TEST_BACKENDS)("valuation suspension and withdrawal on %s", (kind) => {
  let t: TestApp;
  let c: Clients;
  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-11-03" });
    c = await setUp(t);
  }, 60_000);
  afterAll(async () => t?.close());
  const at = (date: string) => t.setToday(date);
  const cal = () => t.ctx.calendar.get();
  const open = (v: ValuationDto, kind: string) => v.clocks.filter((k) => k.kind === kind && k.status === "open");

  it("an appraisal suspended for 10 days (art 28) gains them (art 19 para 1): its report on day 38 is in time; nothing is collected meanwhile", async () => {
    simulate(t, { agencyScript: { "sim-ag-02": { reportAfterDays: 38 } } });
    const caseId = await assignedCase(t, c, "2025-11-03");
    const assetId = await controlledAsset(c.officer, caseId, { type: "equity", identifier: "91110108MA01SUSP1", valueFen: 60_000_000 });
    at("2025-11-10");
    let v = await ok(c.officer, `/api/v1/cases/${caseId}/valuations`, { assetId, facts: { ...FACTS, appraisalRequiredByLaw: true } }, 201);
    // art 28 suspends an online inquiry or an appraisal, and only while one runs.
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/appraisal/agencies`, { mode: "agreement", chosen: ["sim-ag-02", "sim-ag-05", "sim-ag-07"] });
    const due0 = appraisalDeadline({ commissionDate: "2025-11-10" }, cal()).due;
    expect(v.appraisal!.agencies[0]).toMatchObject({ agencyId: "sim-ag-02", due: due0, suspendedDays: 0 });

    at("2025-11-12");
    await refusedWith(c.respondent, `/api/v1/valuations/${v.id}/suspend`, { ground: "caseSuspended", note: "被执行人申请暂缓" }, 403);
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/suspend`, { ground: "whim", note: "理由" }, 400, "ground");
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/resume`, {}, 422, "suspension");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/suspend`, { ground: "materialsInaccurate", note: "股权登记材料与工商登记不符，需重新核实" });
    expect(v.suspensions).toEqual([expect.objectContaining({ ground: "materialsInaccurate", from: "2025-11-12", open: true, basis: expect.objectContaining({ article: "art 28 item 2" }) })]);
    // The agency's report clock stands still: cancelled now, reopened recounted on resumption.
    expect(open(v, "valuationAppraisalReport")).toEqual([]);
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/suspend`, { ground: "other", note: "再次暂缓" }, 422, "status");
    at("2025-11-15");
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/appraisal/collect`, {}, 422, "suspension");
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/next`, { note: "换一种方式", outcome: "failed" }, 422, "suspension");
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/price`, {}, 422, "suspension");
    const job = await collectValuations(t.ctx);
    expect(job.failed.filter((f) => f.valuationId === v.id)).toEqual([]);
    v = (await c.officer.get(`/api/v1/valuations/${v.id}`)).json() as ValuationDto;
    // While suspended, the days so far count (the due date moves day by day).
    expect(v.appraisal!.agencies[0]).toMatchObject({ suspendedDays: 4, suspensions: [{ from: "2025-11-12", to: "2025-11-15" }] });

    at("2025-11-22");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/resume`, { note: "材料已核实" });
    const suspensions = [{ from: "2025-11-12", to: "2025-11-21" }];
    const due = appraisalDeadline({ commissionDate: "2025-11-10", suspensions }, cal());
    expect(due.suspendedDays).toBe(10);
    expect(v.suspensions[0]).toMatchObject({ open: false, to: "2025-11-21", resumedDate: "2025-11-22" });
    expect(v.appraisal!.agencies[0]).toMatchObject({ suspensions, suspendedDays: 10, due: due.due });
    expect(open(v, "valuationAppraisalReport").map((k) => k.due)).toEqual([due.due]);

    // Day 38 (2025-12-18): after the 30 days, within the 40.
    at("2025-12-18");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/appraisal/collect`);
    expect(v.appraisal!.agencies[0]).toMatchObject({ status: "reported", reportDate: "2025-12-18" });
    expect(v.timeline.map((e) => e.type)).toEqual(expect.arrayContaining(["valuation.suspended", "valuation.resumed", "valuation.reportReceived"]));
    expect(v.timeline.find((e) => e.type === "valuation.resumed")!.data).toMatchObject({ suspendedDays: 10 });
  });

  it("an art 20 answer awaited while the appraisal is suspended: its 3 days gain the suspended days; a correction after the original due is in time", async () => {
    simulate(t, { agencyScript: { "sim-ag-07": { reportAfterDays: 5, review: { kind: "corrected", afterDays: 5, resultPermille: 980 } } } });
    const caseId = await assignedCase(t, c, "2025-11-03");
    const assetId = await controlledAsset(c.officer, caseId, { type: "equity", identifier: "91110108MA01SUSP3", valueFen: 20_000_000 });
    at("2025-11-10");
    let v = await ok(c.officer, `/api/v1/cases/${caseId}/valuations`, { assetId, facts: { ...FACTS, appraisalRequiredByLaw: true } }, 201);
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/appraisal/agencies`, { mode: "agreement", chosen: ["sim-ag-07", "sim-ag-05", "sim-ag-02"] });
    at("2025-11-15");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/appraisal/collect`);
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/appraisal/review`, { defects: ["outOfScope"], note: "遗漏关联专利" });
    const due0 = appraisalCorrectionDeadline({ noticeDate: "2025-11-15" }, cal()).due;
    at("2025-11-16");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/suspend`, { ground: "materialsInaccurate", note: "权属材料需重新核实" });
    expect(open(v, "valuationAppraisalCorrection")).toEqual([]);
    at("2025-11-19");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/resume`, {});
    const due = reviewDeadline({ noticeDate: "2025-11-15", suspensions: [{ from: "2025-11-16", to: "2025-11-18" }] }, cal()).due;
    expect(due > due0).toBe(true);
    expect(v.appraisal!.agencies[0]!.review).toMatchObject({ status: "waiting", due });
    expect(open(v, "valuationAppraisalCorrection").map((k) => k.due)).toEqual([due]);
    at("2025-11-20");
    expect("2025-11-20" > due0).toBe(true);
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/appraisal/review/collect`);
    expect(v.appraisal!.agencies[0]).toMatchObject({ status: "reported", review: { status: "corrected" } });
  });

  it("an online inquiry's 3 days move by the days suspended (art 28); an agreement cannot be suspended", async () => {
    simulate(t, { platformScript: { "sim-taobao": { reportAfterDays: 4 }, "sim-jd": { reportAfterDays: 4 }, "sim-icbc": { reportAfterDays: 4 } } });
    const caseId = await assignedCase(t, c, "2025-11-03");
    const a = await controlledAsset(c.officer, caseId, { type: "equipment", identifier: "数控机床 SK-01", valueFen: 20_000_000 });
    const b = await controlledAsset(c.officer, caseId, { type: "trademark", identifier: "第55550000号", valueFen: 5_000_000 });
    at("2025-11-04");
    const agreed = await ok(c.officer, `/api/v1/cases/${caseId}/valuations`, { assetId: b, facts: FACTS, dueDate: "2025-11-14" }, 201);
    await refusedWith(c.officer, `/api/v1/valuations/${agreed.id}/suspend`, { ground: "other", note: "暂缓议价" }, 422, "method");
    let v = await ok(c.officer, `/api/v1/cases/${caseId}/valuations`, { assetId: a, facts: { ...FACTS, partyRefusesAgreement: true } }, 201);
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/online/commission`, {});
    expect(v.online!.due).toBe(onlineInquiryDeadline({ commissionReceivedDate: "2025-11-04" }, cal()).due);
    at("2025-11-05");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/suspend`, { ground: "caseSuspended", note: "本案裁定中止执行" });
    expect(open(v, "valuationOnlineReport")).toEqual([]);
    at("2025-11-07");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/resume`, {});
    const due = onlineInquiryDeadline({ commissionReceivedDate: "2025-11-04", suspensions: [{ from: "2025-11-05", to: "2025-11-06" }] }, cal()).due;
    expect(v.online!.due).toBe(due);
    expect(open(v, "valuationOnlineReport").map((k) => k.due)).toEqual([due]);
    // The platforms report on day 4 (2025-11-08): late without the suspension, in time with it.
    at("2025-11-08");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/online/collect`);
    expect(v.online).toMatchObject({ delivery: "delivered", extended: false });
    expect(v.online!.platforms.every((p) => p.onTime)).toBe(true);
  });

  it("withdrawal (art 29): the step ends, clocks are cancelled, the platforms are not paid (art 31 para 2), the asset may be valued again", async () => {
    simulate(t, { platformScript: { "sim-taobao": { reportAfterDays: 2 }, "sim-jd": { reportAfterDays: 2 }, "sim-icbc": { reportAfterDays: 2 } } });
    const caseId = await assignedCase(t, c, "2025-11-03");
    const assetId = await controlledAsset(c.officer, caseId, { type: "patent", identifier: "ZL2020 1 0999999.9", valueFen: 40_000_000 });
    at("2025-11-04");
    let v = await ok(c.officer, `/api/v1/cases/${caseId}/valuations`, { assetId, facts: { ...FACTS, partyMissing: true } }, 201);
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/online/commission`, {});
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/suspend`, { ground: "other", note: "等待权属确认" });
    const before = await valuationCounts(t);
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/withdraw`, { ground: "caseClosed", note: "结案" }, 422, "ground");
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/withdraw`, { ground: "nope", note: "结案" }, 400, "ground");
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/withdraw`, { ground: "other" }, 400, "note");
    await refusedWith(c.officer2, `/api/v1/valuations/${v.id}/withdraw`, { ground: "other", note: "撤回" }, 403);
    expect(await valuationCounts(t)).toEqual(before);

    at("2025-11-05");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/withdraw`, { ground: "obligationsPerformed", note: "被执行人已全部履行" });
    expect(v).toMatchObject({ status: "cancelled", ended: { date: "2025-11-05", ground: "obligationsPerformed", note: "被执行人已全部履行" } });
    expect(v.steps.at(-1)).toMatchObject({ status: "withdrawn", endedDate: "2025-11-05" });
    expect(v.clocks.filter((k) => k.status === "open")).toEqual([]);
    expect(v.suspensions[0]).toMatchObject({ open: false, resumedDate: "2025-11-05" });
    const ev = v.timeline.find((e) => e.type === "valuation.withdrawn")!;
    expect(ev.data).toMatchObject({ ground: "obligationsPerformed", fees: { platforms: "none", agency: null } });
    expect((ev.data.basis as { article: string }[]).map((b) => b.article)).toEqual(["art 29 para 1 item 2", "art 31 para 2"]);
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/withdraw`, { ground: "other", note: "再次撤回" }, 422, "status");
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/online/collect`, {}, 422, "status");
    // The party sees how it ended, not the court's note.
    const seen = (await c.applicant.get(`/api/v1/valuations/${v.id}`)).json() as ValuationDto;
    expect(seen.ended).toMatchObject({ ground: "obligationsPerformed", note: null });

    // The asset waits again, and may be valued anew.
    const list = (await c.officer.get(`/api/v1/cases/${caseId}/valuations`)).json();
    expect(list.pending.map((p: { assetId: string }) => p.assetId)).toContain(assetId);
    const again = await ok(c.officer, `/api/v1/cases/${caseId}/valuations`, { assetId, facts: { ...FACTS, partyMissing: true } }, 201);
    expect(again.status).toBe("inProgress");
  });

  it("closing the case ends its valuations in progress (art 29, endValuationsOnCaseClosure), the agency at work stopped and paid its costs (art 32 para 2)", async () => {
    simulate(t, { agencyScript: { "sim-ag-02": { reportAfterDays: 20 } } });
    const caseId = await assignedCase(t, c, "2025-11-03");
    const assetId = await controlledAsset(c.officer, caseId, { type: "equity", identifier: "91110108MA01CLOS1", valueFen: 10_000_000 });
    at("2025-11-06");
    let v = await ok(c.officer, `/api/v1/cases/${caseId}/valuations`, { assetId, facts: { ...FACTS, appraisalRequiredByLaw: true } }, 201);
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/appraisal/agencies`, { mode: "agreement", chosen: ["sim-ag-02", "sim-ag-05", "sim-ag-07"] });
    const head = await t.user("head");
    const ended = await t.database.db.transaction().execute(async (tx) => endValuationsOnCaseClosure(tx, t.ctx, head, await lockCase(tx, caseId)));
    expect(ended).toEqual([v.id]);
    v = (await c.officer.get(`/api/v1/valuations/${v.id}`)).json() as ValuationDto;
    expect(v).toMatchObject({ status: "cancelled", ended: { ground: "caseClosed" } });
    expect(v.appraisal!.agencies[0]).toMatchObject({ status: "withdrawn", endReason: "withdrawn" });
    expect(v.clocks.filter((k) => k.status === "open")).toEqual([]);
    expect(v.timeline.at(-1)).toMatchObject({ type: "valuation.withdrawn", actorRole: "divisionHead", data: expect.objectContaining({ fees: { platforms: null, agency: "reasonableActualCosts" } }) });
    expect(await t.database.db.transaction().execute(async (tx) => endValuationsOnCaseClosure(tx, t.ctx, head, await lockCase(tx, caseId)))).toEqual([]);
  });
});
