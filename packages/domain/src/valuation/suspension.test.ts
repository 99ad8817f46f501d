// 暂缓 and 撤回: 参考价规定(2018) art 28 (grounds; only an online inquiry or an appraisal), art 19 para 1
// (suspended days deducted), art 29 (withdrawal grounds), arts 31 para 2, 32 para 2 (fees).
import { describe, expect, it } from "vitest";
import { createStatutoryCalendar } from "../calendar";
import { expectDomainError } from "../testing/expect-domain-error";
import { appraisalDeadline } from "./appraisal";
import { onlineCorrectionDeadline, onlineInquiryDeadline, assessOnlineDelivery } from "./online-inquiry";
import { decideSuspension, decideWithdrawal, endSuspension, suspensionsAsOf, SUSPENSION_GROUND_INFO, WITHDRAWAL_GROUND_INFO, type SuspensionGround, type WithdrawalGround } from "./suspension";

const cal = createStatutoryCalendar();

describe("decideSuspension (art 28)", () => {
  it.each<[SuspensionGround, string]>([
    ["caseSuspended", "art 28 item 1"],
    ["materialsInaccurate", "art 28 item 2"],
    ["other", "art 28 item 3"],
  ])("ground %s cites %s", (ground, article) => {
    expect(SUSPENSION_GROUND_INFO[ground].basis).toMatchObject({ law: "参考价规定(2018)", article });
    const d = decideSuspension({ method: "appraisal", valuationStatus: "inProgress", stepOpen: true, alreadySuspended: false, ground, date: "2025-03-12" });
    expect(d.from).toBe("2025-03-12");
    expect(d.basis.map((b) => b.article)).toEqual(["art 28", article, "art 19 para 1"]);
    expect(d.explanation.zh).toContain("第十九条第一款");
  });

  it("an online inquiry may be suspended too (art 28), without art 19's citation", () => {
    const d = decideSuspension({ method: "onlineInquiry", valuationStatus: "inProgress", stepOpen: true, alreadySuspended: false, ground: "caseSuspended", date: "2025-03-12" });
    expect(d.basis.map((b) => b.article)).toEqual(["art 28", "art 28 item 1"]);
  });

  it.each<[string, Parameters<typeof decideSuspension>[0], "VALIDATION" | "PRECONDITION_FAILED", string]>([
    ["art 28: an agreement is not suspended", { method: "agreed", valuationStatus: "inProgress", stepOpen: true, alreadySuspended: false, ground: "other", date: "2025-03-12" }, "PRECONDITION_FAILED", "method"],
    ["art 28: a directed inquiry is not suspended", { method: "directedInquiry", valuationStatus: "inProgress", stepOpen: true, alreadySuspended: false, ground: "other", date: "2025-03-12" }, "PRECONDITION_FAILED", "method"],
    ["art 28: one suspension at a time", { method: "appraisal", valuationStatus: "inProgress", stepOpen: true, alreadySuspended: true, ground: "other", date: "2025-03-12" }, "PRECONDITION_FAILED", "status"],
    ["art 28: a priced valuation runs nothing to suspend", { method: "appraisal", valuationStatus: "priced", stepOpen: false, alreadySuspended: false, ground: "other", date: "2025-03-12" }, "PRECONDITION_FAILED", "status"],
    ["art 28: unknown ground", { method: "appraisal", valuationStatus: "inProgress", stepOpen: true, alreadySuspended: false, ground: "whim" as SuspensionGround, date: "2025-03-12" }, "VALIDATION", "ground"],
  ])("%s", (_l, input, code, field) => {
    expectDomainError(() => decideSuspension(input), code, field);
  });
});

describe("endSuspension and the deduction (art 19 para 1; online by analogy)", () => {
  it.each<[string, string, string, { from: string; to: string } | null, number]>([
    ["art 19 para 1: suspended 03-12, resumed 03-22: 10 days (03-12 … 03-21)", "2025-03-12", "2025-03-22", { from: "2025-03-12", to: "2025-03-21" }, 10],
    ["art 19 para 1: resumed the same day: nothing deducted", "2025-03-12", "2025-03-12", null, 0],
    ["art 19 para 1: resumed the next day: one day", "2025-03-12", "2025-03-13", { from: "2025-03-12", to: "2025-03-12" }, 1],
  ])("%s", (_l, from, resumeDate, range, days) => {
    expect(endSuspension({ from, resumeDate })).toEqual({ range, days });
  });

  it("art 19 para 1: a resumption before the suspension is refused", () => {
    expectDomainError(() => endSuspension({ from: "2025-03-12", resumeDate: "2025-03-11" }), "VALIDATION", "resumeDate");
  });

  it("art 19 para 1: while suspended, the days so far count through today", () => {
    expect(suspensionsAsOf([{ from: "2025-03-01", to: "2025-03-02" }], { from: "2025-03-12" }, "2025-03-14")).toEqual([
      { from: "2025-03-01", to: "2025-03-02" },
      { from: "2025-03-12", to: "2025-03-14" },
    ]);
    expect(suspensionsAsOf([], null, "2025-03-14")).toEqual([]);
  });

  it("art 19 para 1: the appraisal's 30 days gain the 10 suspended days (commissioned Monday 2025-03-10)", () => {
    const { range } = endSuspension({ from: "2025-03-12", resumeDate: "2025-03-22" });
    expect(appraisalDeadline({ commissionDate: "2025-03-10" }, cal).due).toBe("2025-04-09");
    expect(appraisalDeadline({ commissionDate: "2025-03-10", suspensions: [range!] }, cal)).toMatchObject({ suspendedDays: 10, nominalDue: "2025-04-19", due: "2025-04-21" });
  });

  it.each<[string, string[], string]>([
    // Received Monday 03-10: 3 days → Thursday 03-13.
    ["art 11 para 1: no suspension", [], "2025-03-13"],
    // Two days suspended (03-11, 03-12): 5 days → Saturday 03-15 → Monday 03-17.
    ["art 28 (analogy with art 19 para 1): two suspended days move the 3-day period", ["2025-03-11", "2025-03-12"], "2025-03-17"],
    // A suspension after the last day changes nothing.
    ["art 28: a suspension after the period does not count", ["2025-03-14", "2025-03-20"], "2025-03-13"],
  ])("%s", (_l, s, due) => {
    const suspensions = s.length ? [{ from: s[0]!, to: s[1]! }] : [];
    expect(onlineInquiryDeadline({ commissionReceivedDate: "2025-03-10", suspensions }, cal).due).toBe(due);
    expect(onlineCorrectionDeadline({ noticeDate: "2025-03-10", suspensions }, cal).due).toBe(due);
  });

  it("art 11 with art 28: a platform reporting on a day the period gained by the suspension is on time", () => {
    const platforms = [{ platformId: "a", reportDate: "2025-03-15" }];
    expect(assessOnlineDelivery({ commissionReceivedDate: "2025-03-10", platforms, today: "2025-03-16" }, cal).status).toBe("appraisal");
    expect(assessOnlineDelivery({ commissionReceivedDate: "2025-03-10", platforms, today: "2025-03-16", suspensions: [{ from: "2025-03-11", to: "2025-03-12" }] }, cal)).toMatchObject({
      status: "delivered",
      onTime: ["a"],
    });
  });
});

describe("decideWithdrawal (art 29; fees arts 31 para 2, 32 para 2)", () => {
  it.each<[WithdrawalGround, string]>([
    ["applicationWithdrawn", "art 29 para 1 item 1"],
    ["obligationsPerformed", "art 29 para 1 item 2"],
    ["titleRevoked", "art 29 para 1 item 3"],
    ["other", "art 29 para 1 item 4"],
    ["noSale", "art 29 para 2"],
    ["caseClosed", "art 29 para 1"],
  ])("ground %s cites %s", (ground, article) => {
    expect(WITHDRAWAL_GROUND_INFO[ground].basis[0]).toMatchObject({ law: "参考价规定(2018)", article });
    const d = decideWithdrawal({ method: "onlineInquiry", valuationStatus: "inProgress", firstNoticeDate: null, ground, agencyCommissioned: false });
    expect(d.basis[0]!.article).toBe(article);
  });

  it.each<[string, Parameters<typeof decideWithdrawal>[0], { platforms: "none" | null; agency: "reasonableActualCosts" | null }, string[]]>([
    ["art 31 para 2: a withdrawn online inquiry is not paid for", { method: "onlineInquiry", valuationStatus: "inProgress", firstNoticeDate: null, ground: "obligationsPerformed", agencyCommissioned: false }, { platforms: "none", agency: null }, ["art 29 para 1 item 2", "art 31 para 2"]],
    ["art 32 para 2: a withdrawn appraisal pays the agency's reasonable actual costs", { method: "appraisal", valuationStatus: "inProgress", firstNoticeDate: null, ground: "applicationWithdrawn", agencyCommissioned: true }, { platforms: null, agency: "reasonableActualCosts" }, ["art 29 para 1 item 1", "art 32 para 2"]],
    ["art 32 para 2: no agency commissioned yet, nothing to pay", { method: "appraisal", valuationStatus: "inProgress", firstNoticeDate: null, ground: "other", agencyCommissioned: false }, { platforms: null, agency: null }, ["art 29 para 1 item 4"]],
    ["art 29: a priced valuation before any sale: no fee consequence", { method: "appraisal", valuationStatus: "priced", firstNoticeDate: null, ground: "obligationsPerformed", agencyCommissioned: true }, { platforms: null, agency: null }, ["art 29 para 1 item 2"]],
    ["art 29 (decision): an agreement in progress ends on the same grounds", { method: "agreed", valuationStatus: "inProgress", firstNoticeDate: null, ground: "titleRevoked", agencyCommissioned: false }, { platforms: null, agency: null }, ["art 29 para 1 item 3"]],
  ])("%s", (_l, input, fees, articles) => {
    const d = decideWithdrawal(input);
    expect(d.fees).toEqual(fees);
    expect(d.basis.map((b) => b.article)).toEqual(articles);
    expect(d.explanation.zh).toContain("第二十九条");
  });

  it.each<[string, Parameters<typeof decideWithdrawal>[0], "VALIDATION" | "PRECONDITION_FAILED", string]>([
    ["art 29: already ended", { method: "appraisal", valuationStatus: "cancelled", firstNoticeDate: null, ground: "other", agencyCommissioned: false }, "PRECONDITION_FAILED", "status"],
    ["art 27 para 3 / art 30: the sale started from the price", { method: "appraisal", valuationStatus: "priced", firstNoticeDate: "2025-03-01", ground: "other", agencyCommissioned: false }, "PRECONDITION_FAILED", "status"],
    ["art 29 para 2: no-sale only after an online inquiry or appraisal was ordered", { method: "agreed", valuationStatus: "inProgress", firstNoticeDate: null, ground: "noSale", agencyCommissioned: false }, "PRECONDITION_FAILED", "ground"],
    ["art 29: unknown ground", { method: "agreed", valuationStatus: "inProgress", firstNoticeDate: null, ground: "bored" as WithdrawalGround, agencyCommissioned: false }, "VALIDATION", "ground"],
  ])("%s", (_l, input, code, field) => {
    expectDomainError(() => decideWithdrawal(input), code, field);
  });
});
