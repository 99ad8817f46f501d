// The other branches of the reference-price procedure through the API, on PGlite and on the PostgreSQL
// server: an agreed price with the parties' own validity, and one whose period ran out (art 4, 27 para
// 2); every online report defective → corrections within 3 days → the corrected ones averaged, served
// on an unreachable party by publication (arts 12, 13, 21 para 2), collected by the job; agencies agreed
// by the parties, a qualification objection upheld → the next agency, a late extension application
// refused, the agency silent → professional review → a corrected price (arts 16, 19, 23).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import { appraisalDeadline, averageFen, deemedReceiptDate, objectionDeadline, onlineCorrectionDeadline, saleStartDeadline } from "@zhixing/domain";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { collectValuations } from "./valuation-collect.job";
import { assignedCase, controlledAsset, ok, refusedWith, setUp, simulate, type Clients } from "./valuation-test-setup";
import type { ValuationDto } from "./valuation.schemas";

const FACTS = { hasGovernmentPrice: false, needsOnSiteInspection: false, onlineInquiryAvailable: true };

describe.each(TEST_BACKENDS)("reference price branches on %s", (kind) => {
  let t: TestApp;
  let c: Clients;
  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-11-03" });
    c = await setUp(t);
  }, 60_000);
  afterAll(async () => t?.close());
  const at = (date: string) => t.setToday(date);
  const cal = () => t.ctx.calendar.get();

  it("agreement: identical results with the parties' validity make the price; a party that does not submit in time fails it (arts 4, 27 para 2)", async () => {
    simulate(t);
    const caseId = await assignedCase(t, c, "2025-11-03");
    const a = await controlledAsset(c.officer, caseId, { type: "trademark", identifier: "第87654321号", valueFen: 30_000_000 });
    const b = await controlledAsset(c.officer, caseId, { type: "copyright", identifier: "国作登字-2020-A-00000001", valueFen: 10_000_000 });
    at("2025-11-04");
    let v = await ok(c.officer, `/api/v1/cases/${caseId}/valuations`, { assetId: a, facts: FACTS, dueDate: "2025-11-14" }, 201);
    let w = await ok(c.officer, `/api/v1/cases/${caseId}/valuations`, { assetId: b, facts: FACTS, dueDate: "2025-11-07" }, 201);
    const [app, resp] = [v.agreement!.parties.find((p) => p.side === "applicant")!.partyId, v.agreement!.parties.find((p) => p.side === "respondent")!.partyId];
    at("2025-11-06");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/agreement/submissions`, { partyId: app, priceFen: 25_000_000, submittedDate: "2025-11-05", validUntil: "2026-06-30" });
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/agreement/submissions`, { partyId: resp, priceFen: 25_000_000, validUntil: "2026-06-30" });
    expect(v).toMatchObject({ status: "priced", referencePrice: { priceFen: 25_000_000, fixedDate: "2025-11-06", validUntil: "2026-06-30", method: "agreed", detail: { validityAgreed: true } } });
    expect(v.referencePrice!.saleStartDue).toBe(saleStartDeadline({ priceFixedDate: "2025-11-06" }, cal()).due);
    expect(v.reports).toEqual([]);

    w = await ok(c.officer, `/api/v1/valuations/${w.id}/agreement/submissions`, { partyId: app, priceFen: 9_000_000 });
    w = await ok(c.officer, `/api/v1/valuations/${w.id}/agreement/evaluate`, {});
    expect(w.agreement!.evaluation).toMatchObject({ status: "pending", waitingFor: [resp] });
    at("2025-11-10");
    w = await ok(c.officer, `/api/v1/valuations/${w.id}/agreement/evaluate`, {});
    expect(w.agreement!.evaluation).toMatchObject({ status: "failed", reason: "notSubmittedInTime" });
    expect(w.steps[0]!.status).toBe("failed");
  });

  it("online: every report defective → corrections within 3 days → the corrected ones averaged; an unreachable party served by publication; collected by the job (arts 12, 13, 21)", async () => {
    simulate(t, { platformScript: { "sim-taobao": { reportAfterDays: 1 }, "sim-jd": { reportAfterDays: 1 }, "sim-icbc": { reportAfterDays: 1 } } });
    const caseId = await assignedCase(t, c, "2025-11-03");
    const assetId = await controlledAsset(c.officer, caseId, { type: "equipment", identifier: "注塑机 HX-2000", valueFen: 40_000_000 });
    at("2025-11-04");
    let v = await ok(c.officer, `/api/v1/cases/${caseId}/valuations`, { assetId, facts: { ...FACTS, partyRefusesAgreement: true } }, 201);
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/online/commission`, { purpose: "确定注塑机处置参考价" });

    at("2025-11-05");
    const job = await collectValuations(t.ctx);
    expect(job.failed).toEqual([]);
    expect(job.online).toBeGreaterThanOrEqual(1);
    v = (await c.officer.get(`/api/v1/valuations/${v.id}`)).json() as ValuationDto;
    expect(v.online).toMatchObject({ delivery: "delivered" });
    expect(v.timeline.find((e) => e.type === "valuation.onlineDelivered")).toMatchObject({ actorRole: "system" });
    expect(v.reports).toHaveLength(3);

    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/online/review`, { defective: ["sim-nope"] }, 400, "defective.0");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/online/review`, { defective: ["sim-taobao", "sim-jd", "sim-icbc"] });
    const correctionDue = onlineCorrectionDeadline({ noticeDate: "2025-11-05" }, cal()).due;
    expect(v.online).toMatchObject({ correctionNoticeDate: "2025-11-05", review: "waitingForCorrections" });
    expect(v.clocks.find((k) => k.kind === "valuationOnlineCorrection")).toMatchObject({ status: "open", due: correctionDue });

    at("2025-11-06");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/online/corrections`, { platformId: "sim-jd", resultFen: 30_000_000 });
    at("2025-11-07");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/online/corrections`, { platformId: "sim-taobao", resultFen: 30_000_001 });
    expect(v.online!.review).toBe("waitingForCorrections");
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/online/corrections`, { platformId: "sim-jd", resultFen: 1 }, 409, "platformId");

    at("2025-11-11");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/online/review`, {});
    expect(v.online!.review).toBe("usable");
    const corrected = v.reports.filter((r) => r.resultFen === 30_000_000 || r.resultFen === 30_000_001);
    expect(corrected).toHaveLength(2);
    const respondent = (await t.database.db.selectFrom("case_parties").select("id").where("case_id", "=", caseId).where("role", "=", "respondent").executeTakeFirstOrThrow()).id;
    for (const r of corrected) v = await ok(c.officer, `/api/v1/valuations/${v.id}/reports/${r.id}/serve`, { unreachable: [respondent] });
    const deemed = deemedReceiptDate({ publishedDate: "2025-11-11" }, cal()).due;
    const due = objectionDeadline({ receivedDate: deemed }, cal()).due;
    const served = v.reports.find((r) => r.id === corrected[0]!.id)!;
    expect(served.receipts.find((x) => x.partyId === respondent)).toMatchObject({ via: "published", receivedDate: deemed, objectionDue: due });
    expect(served.objectionDue).toBe(due);

    at("2025-11-20");
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/price`, {}, 422, "objectionDue");
    at(due);
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/price`, {}, 422, "objectionDue");
    const after = new Date(Date.parse(`${due}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    at(after);
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/price`);
    expect(v.referencePrice).toMatchObject({ priceFen: averageFen([30_000_000, 30_000_001]), method: "onlineInquiry" });
    expect(v.referencePrice!.priceFen).toBe(30_000_001); // 30,000,000.5 rounded half up
    expect(v.referencePrice!.detail).toMatchObject({ reviewExcluded: ["sim-icbc"] });
  });

  it("appraisal: agencies agreed by the parties; a qualification objection upheld → the next agency; a late extension application refused; the agency silent → professional review → corrected price (arts 16, 19, 23)", async () => {
    simulate(t, {
      agencyScript: {
        "sim-ag-02": { reportAfterDays: 10 },
        "sim-ag-05": { reportAfterDays: 29, extension: { afterDays: 27, days: 5 } },
      },
    });
    const caseId = await assignedCase(t, c, "2025-11-03");
    const assetId = await controlledAsset(c.officer, caseId, { type: "equity", identifier: "91110108MA01ABCD2", valueFen: 60_000_000 });
    at("2025-11-10");
    let v = await ok(c.officer, `/api/v1/cases/${caseId}/valuations`, { assetId, facts: { ...FACTS, appraisalRequiredByLaw: true } }, 201);
    expect(v.steps[0]).toMatchObject({ method: "appraisal", reason: "requiredByLaw" });
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/appraisal/agencies`, { mode: "agreement", chosen: ["sim-ag-02", "sim-re-01", "sim-ag-07"] }, 400, "chosen.1");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/appraisal/agencies`, { mode: "agreement", chosen: ["sim-ag-02", "sim-ag-05", "sim-ag-07"] });
    expect(v.appraisal!.selections[0]).toMatchObject({ mode: "agreement", seed: null, algorithm: null });
    expect(v.appraisal!.agencies).toEqual([expect.objectContaining({ agencyId: "sim-ag-02", status: "commissioned" })]);

    at("2025-11-20");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/appraisal/collect`);
    const first = v.reports.at(-1)!;
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/reports/${first.id}/serve`, {});
    at("2025-11-21");
    v = await ok(c.respondent, `/api/v1/valuations/${v.id}/objections`, { reportId: first.id, grounds: ["substantive", "agencyUnqualified"], statement: "评估师不具备相应资质，且评估值偏低" }, 201);
    const o1 = v.objections[0]!;
    expect(o1).toMatchObject({ accepted: true, track: "enforcementObjectionThenAgencyExplanation", grounds: ["substantive", "agencyUnqualified"] });
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/objections/${o1.id}/refer`, {}, 422, "status");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/objections/${o1.id}/decide`, { outcome: "upheld", note: "签字评估师无资产评估师资格" });
    expect(v.appraisal!.agencies.map((a) => [a.agencyId, a.status])).toEqual([
      ["sim-ag-02", "replaced"],
      ["sim-ag-05", "commissioned"],
    ]);
    expect(v.objections.find((o) => o.id === o1.id)).toMatchObject({ status: "resolved", outcome: "upheld", enforcementOutcome: "upheld" });
    // The replaced agency's report is no longer the one the price may come from.
    await refusedWith(c.applicant, `/api/v1/valuations/${v.id}/objections`, { reportId: first.id, grounds: ["substantive"], statement: "评估值偏低" }, 422, "reportId");

    // The second agency applies on day 27: later than 5 days before its due date — refused (art 19 para 2).
    const d2 = appraisalDeadline({ commissionDate: "2025-11-21" }, cal());
    at("2025-12-18");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/appraisal/collect`);
    expect(v.appraisal!.agencies[1]).toMatchObject({ due: d2.due, pendingExtension: { requestDate: "2025-12-18", days: 5 }, latestExtensionRequest: d2.latestExtensionRequest });
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/appraisal/extension`, {}, 422, "extensions.0.requestDate");

    at("2025-12-20");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/appraisal/collect`);
    const second = v.reports.at(-1)!;
    expect(second).toMatchObject({ kind: "appraisal", reportDate: "2025-12-20" });
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/reports/${second.id}/serve`, {});
    at("2025-12-22");
    v = await ok(c.applicant, `/api/v1/valuations/${v.id}/objections`, { reportId: second.id, grounds: ["substantive"], statement: "折现率选取不当" }, 201);
    const o2 = v.objections[0]!;
    expect(o2).toMatchObject({ accepted: true, track: "agencyExplanation" });
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/objections/${o2.id}/decide`, { outcome: "dismissed", note: "异议不成立" }, 422, "status");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/objections/${o2.id}/refer`, {});
    // Still within the agency's 5 days and no explanation: nothing to decide yet.
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/objections/${o2.id}/explanation`, {}, 422, "explainedDate");
    at("2025-12-30");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/objections/${o2.id}/explanation`, {});
    expect(v.objections.find((o) => o.id === o2.id)).toMatchObject({ status: "professionalReview" });
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/objections/${o2.id}/decide`, { outcome: "upheld", note: "评审结论" }, 422, "outcome");
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/objections/${o2.id}/decide`, { outcome: "corrected", note: "评审结论" }, 400, "correctedResultFen");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/objections/${o2.id}/decide`, { outcome: "corrected", correctedResultFen: 66_600_000, note: "行业协会专业技术评审：折现率调整后评估值为666,000元" });
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/price`);
    expect(v.referencePrice).toMatchObject({ priceFen: 66_600_000, method: "appraisal", detail: { objection: "corrected", agencyId: "sim-ag-05" } });
    expect(v.referencePrice!.basis).toEqual(expect.arrayContaining([expect.objectContaining({ article: "art 23 para 1" })]));
    expect(v.clocks.filter((k) => k.kind === "valuationMaterialsReturn")).toHaveLength(1);
    expect(v.timeline.map((e) => e.type)).toContain("valuation.agencyReplaced");
  });
});
