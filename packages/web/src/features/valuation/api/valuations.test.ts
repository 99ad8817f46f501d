// The valuation calls at the server's URLs (modules/valuation/valuation.routes.ts) with the exact bodies
// its strict schemas accept, and the CSRF header on every write.
import { afterEach, describe, expect, it, vi } from "vitest";
import { setCsrfToken } from "../../../api/client";
import * as api from "./valuations";

const V = "11111111-1111-4111-8111-111111111111";
const C = "22222222-2222-4222-8222-222222222222";
const R = "33333333-3333-4333-8333-333333333333";
const O = "44444444-4444-4444-8444-444444444444";
const A = "55555555-5555-4555-8555-555555555555";

describe("the valuation calls", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    setCsrfToken(null);
  });

  it("reads and writes at the routes' paths with the bodies their schemas define", async () => {
    const f = vi.fn(async () => new Response("{}", { status: 200, headers: { "content-type": "application/json" } }));
    vi.stubGlobal("fetch", f);
    setCsrfToken("csrf-1");
    const facts = { hasGovernmentPrice: false, needsOnSiteInspection: false, onlineInquiryAvailable: true };
    await api.fetchCaseValuations(C);
    await api.fetchValuation(V);
    await api.fetchValuationAgencies("patent");
    await api.startValuation(C, { assetId: A, facts, dueDate: "2025-11-20" });
    await api.moveToNextMethod(V, { outcome: "failed", note: "双方议价结果不一致", facts });
    await api.submitAgreement(V, { partyId: A, priceFen: 60_000_000 });
    await api.evaluateAgreement(V, { harmsOthers: true });
    await api.recordDirectedResult(V, { outcome: "result", resultFen: 18_500_000, reportDate: "2025-11-11" });
    await api.commissionOnline(V);
    await api.collectOnline(V);
    await api.reviewOnline(V, { defective: ["sim-jd"] });
    await api.recordOnlineCorrection(V, { platformId: "sim-jd", resultFen: 1 });
    await api.selectAgencies(V, { mode: "lottery" });
    await api.commissionNextAgency(V);
    await api.collectAppraisal(V);
    await api.grantExtension(V, {});
    await api.serveReport(V, R, { unreachable: [A] });
    await api.fileObjection(V, { reportId: R, grounds: ["basicInfoError"], statement: "专利号记载有误" });
    await api.referObjection(V, O);
    await api.recordExplanation(V, O, { explainedDate: "2026-01-27" });
    await api.decideObjection(V, O, { outcome: "corrected", correctedResultFen: 80_000_000, note: "评审结论补正" });
    await api.fixReferencePrice(V);
    await api.recordSaleStart(V, { firstNoticeDate: "2026-02-02" });
    const calls = (f.mock.calls as unknown as [string, RequestInit][]).map(([url, init]) => [init.method, url, init.body === undefined ? undefined : JSON.parse(init.body as string)]);
    const v = `/api/v1/valuations/${V}`;
    expect(calls).toEqual([
      ["GET", `/api/v1/cases/${C}/valuations`, undefined],
      ["GET", v, undefined],
      ["GET", "/api/v1/valuation-agencies?assetType=patent", undefined],
      ["POST", `/api/v1/cases/${C}/valuations`, { assetId: A, facts, dueDate: "2025-11-20" }],
      ["POST", `${v}/next`, { outcome: "failed", note: "双方议价结果不一致", facts }],
      ["POST", `${v}/agreement/submissions`, { partyId: A, priceFen: 60_000_000 }],
      ["POST", `${v}/agreement/evaluate`, { harmsOthers: true }],
      ["POST", `${v}/directed-inquiry/result`, { outcome: "result", resultFen: 18_500_000, reportDate: "2025-11-11" }],
      ["POST", `${v}/online/commission`, {}],
      ["POST", `${v}/online/collect`, {}],
      ["POST", `${v}/online/review`, { defective: ["sim-jd"] }],
      ["POST", `${v}/online/corrections`, { platformId: "sim-jd", resultFen: 1 }],
      ["POST", `${v}/appraisal/agencies`, { mode: "lottery" }],
      ["POST", `${v}/appraisal/commission`, {}],
      ["POST", `${v}/appraisal/collect`, {}],
      ["POST", `${v}/appraisal/extension`, {}],
      ["POST", `${v}/reports/${R}/serve`, { unreachable: [A] }],
      ["POST", `${v}/objections`, { reportId: R, grounds: ["basicInfoError"], statement: "专利号记载有误" }],
      ["POST", `${v}/objections/${O}/refer`, {}],
      ["POST", `${v}/objections/${O}/explanation`, { explainedDate: "2026-01-27" }],
      ["POST", `${v}/objections/${O}/decide`, { outcome: "corrected", correctedResultFen: 80_000_000, note: "评审结论补正" }],
      ["POST", `${v}/price`, {}],
      ["POST", `${v}/sale-start`, { firstNoticeDate: "2026-02-02" }],
    ]);
    const posts = (f.mock.calls as unknown as [string, RequestInit][]).filter(([, init]) => init.method === "POST");
    expect(posts.every(([, init]) => (init.headers as Record<string, string>)["x-csrf-token"] === "csrf-1")).toBe(true);
  });
});
