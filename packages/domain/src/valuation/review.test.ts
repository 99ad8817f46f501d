// The court's review of an appraisal report (参考价规定(2018) art 20, with art 19 para 3 on default) and
// re-issued reports after validity lapsed before the first auction notice (arts 11 para 4, 19 para 4, 27).
import { describe, expect, it } from "vitest";
import { createStatutoryCalendar } from "../calendar";
import { expectDomainError } from "../testing/expect-domain-error";
import { appraisalReviewOutcome, orderAppraisalReview, reissueOutcome, requestReissue, REVIEW_DEFECT_INFO, type ReviewDefect } from "./review";

const cal = createStatutoryCalendar();

describe("orderAppraisalReview (art 20)", () => {
  it.each<[ReviewDefect, string]>([
    ["basicInfoError", "art 20 item 1"],
    ["outOfScope", "art 20 item 2"],
    ["agencyMismatch", "art 20 item 3"],
    ["appraiserMismatch", "art 20 item 4"],
    ["other", "art 20 item 5"],
  ])("defect %s cites %s; 3 days from the order (Monday 2025-03-10 → Thursday 03-13)", (defect, article) => {
    expect(REVIEW_DEFECT_INFO[defect].basis).toMatchObject({ law: "参考价规定(2018)", article });
    const o = orderAppraisalReview({ defects: [defect], noticeDate: "2025-03-10" }, cal);
    expect(o.deadline).toMatchObject({ key: "appraisalCorrection", due: "2025-03-13" });
    expect(o.basis[0]).toMatchObject({ article });
  });

  it.each<[string, ReviewDefect[], string]>([
    ["art 20: at least one defect", [], "defects"],
    ["art 20: no repeats", ["outOfScope", "outOfScope"], "defects.1"],
    ["art 20: unknown defect", ["ugly" as ReviewDefect], "defects.0"],
  ])("%s", (_l, defects, field) => {
    expectDomainError(() => orderAppraisalReview({ defects, noticeDate: "2025-03-10" }, cal), "VALIDATION", field);
  });
});

describe("appraisalReviewOutcome (arts 20, 19 para 3, 26)", () => {
  it.each<[string, Parameters<typeof appraisalReviewOutcome>[0], string]>([
    ["art 20: within the 3 days, no answer yet → waiting", { noticeDate: "2025-03-10", today: "2025-03-13" }, "waiting"],
    ["art 20, 26: corrected on the last day → the corrected result", { noticeDate: "2025-03-10", answer: { kind: "corrected", date: "2025-03-13" }, today: "2025-03-14" }, "corrected"],
    ["art 20: explained in time → the result stands", { noticeDate: "2025-03-10", answer: { kind: "explained", date: "2025-03-11" }, today: "2025-03-11" }, "explained"],
    ["art 19 para 3: no answer after the 3 days → default", { noticeDate: "2025-03-10", today: "2025-03-14" }, "defaulted"],
    ["art 19 para 3: a correction after the 3 days does not cure the default", { noticeDate: "2025-03-10", answer: { kind: "corrected", date: "2025-03-14" }, today: "2025-03-14" }, "defaulted"],
  ])("%s", (_l, input, status) => {
    const o = appraisalReviewOutcome(input, cal);
    expect(o.status).toBe(status);
    expect(o.due).toBe("2025-03-13");
    if (status === "defaulted") expect(o.basis.map((b) => b.article)).toContain("art 19 para 3");
  });

  it("art 20 with art 28: two days suspended within the 3 days move the due day (Thursday 03-13 → Monday 03-17); a correction on 03-14 is then in time", () => {
    const suspensions = [{ from: "2025-03-11", to: "2025-03-12" }];
    const o = appraisalReviewOutcome({ noticeDate: "2025-03-10", answer: { kind: "corrected", date: "2025-03-14" }, today: "2025-03-14", suspensions }, cal);
    expect(o).toMatchObject({ status: "corrected", due: "2025-03-17" });
    expect(o.basis.map((b) => b.article)).toContain("art 20");
  });

  it("art 20: an answer before the order is refused", () => {
    expectDomainError(() => appraisalReviewOutcome({ noticeDate: "2025-03-10", answer: { kind: "explained", date: "2025-03-09" }, today: "2025-03-11" }, cal), "VALIDATION", "answer.date");
  });
});

describe("requestReissue (arts 11 para 4, 19 para 4, 27 para 3)", () => {
  it.each<[string, "onlineInquiry" | "appraisal", string, string]>([
    // Validity ended 2025-03-09, no notice: platforms within 3 days of the request (Mon 03-10 → Thu 03-13).
    ["art 11 para 4: online inquiry, 3 days", "onlineInquiry", "appraisalReissue", "2025-03-13"],
    // The original agency within 15 days (→ Tuesday 03-25).
    ["art 19 para 4: appraisal, 15 days", "appraisal", "", "2025-03-25"],
  ])("%s", (_l, method, _x, due) => {
    const r = requestReissue({ method, validUntil: "2025-03-09", firstNoticeDate: null, today: "2025-03-10" }, cal);
    expect(r.deadline.due).toBe(due);
    expect(r.basis.map((b) => b.article)).toContain(method === "onlineInquiry" ? "art 11 para 4" : "art 19 para 4");
  });

  it.each<[string, Parameters<typeof requestReissue>[0], string]>([
    ["art 27 para 1: still within validity", { method: "appraisal", validUntil: "2025-03-10", firstNoticeDate: null, today: "2025-03-10" }, "validUntil"],
    ["art 27 para 3: notice within validity, within the 6 months of grace", { method: "appraisal", validUntil: "2025-03-01", firstNoticeDate: "2025-02-20", today: "2025-03-10" }, "validUntil"],
    ["art 27 para 3: grace ran out → determined anew, not re-issued", { method: "appraisal", validUntil: "2024-03-01", firstNoticeDate: "2024-02-20", today: "2025-03-10" }, "method"],
    ["art 27: an agreed price is determined anew", { method: "agreed", validUntil: "2025-03-01", firstNoticeDate: null, today: "2025-03-10" }, "method"],
    ["art 27: a directed inquiry is determined anew", { method: "directedInquiry", validUntil: "2025-03-01", firstNoticeDate: null, today: "2025-03-10" }, "method"],
  ])("%s", (_l, input, field) => {
    expectDomainError(() => requestReissue(input, cal), "PRECONDITION_FAILED", field);
  });
});

describe("reissueOutcome (arts 11 para 4, 13, 19 para 4, 27 para 1)", () => {
  const base = { requestedDate: "2025-03-10", due: "2025-03-13" };
  it("art 11 para 4: waiting while a platform has not answered and the period runs", () => {
    expect(reissueOutcome({ ...base, method: "onlineInquiry", answers: [{ sourceId: "a", reportDate: "2025-03-11", resultFen: 100 }, { sourceId: "b" }], today: "2025-03-12" })).toEqual({
      status: "waiting",
      due: "2025-03-13",
      waitingFor: ["b"],
    });
  });
  it("art 13: the average (half up) of those re-issued in time; the late one left out; the earliest validity", () => {
    const o = reissueOutcome({
      ...base,
      method: "onlineInquiry",
      answers: [
        { sourceId: "a", reportDate: "2025-03-11", resultFen: 100, validUntil: "2026-03-11" },
        { sourceId: "b", reportDate: "2025-03-13", resultFen: 101, validUntil: "2025-12-31" },
        { sourceId: "c", reportDate: "2025-03-14", resultFen: 500 },
      ],
      today: "2025-03-14",
    });
    expect(o).toMatchObject({ status: "received", priceFen: 101, validUntil: "2025-12-31", late: ["c"] });
  });
  it("art 27 para 1: a validity stated beyond one year is capped", () => {
    const o = reissueOutcome({ ...base, due: "2025-03-25", method: "appraisal", answers: [{ sourceId: "x", reportDate: "2025-03-20", resultFen: 7_000, validUntil: "2027-01-01" }], today: "2025-03-20" });
    expect(o).toMatchObject({ status: "received", priceFen: 7_000, validUntil: "2026-03-20" });
  });
  it("art 19 para 4: nothing in time → failed, the price is determined anew", () => {
    const o = reissueOutcome({ ...base, method: "appraisal", answers: [{ sourceId: "x" }], today: "2025-03-14" });
    expect(o).toMatchObject({ status: "failed" });
  });
});
