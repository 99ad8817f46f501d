// A breach of the duty to report gives sanctions grounds: fine or detention MAY (财产调查规定 art 9),
// listing as dishonest SHALL (art 10; 失信规定 art 1(4)); a late report with good reason gives none.
import { describe, expect, it } from "vitest";
import { detectReportBreach, reportSanctionGrounds, type ReportBreach } from "./sanctions";

describe("detectReportBreach: due 2025-09-25", () => {
  it.each([
    ["no report, the day before", "2025-09-24", null, null],
    ["no report, on the due date", "2025-09-25", null, null],
    ["no report, the day after", "2025-09-26", null, "notReported"],
    ["reported on the due date", "2025-10-10", { submittedDate: "2025-09-25" }, null],
    ["reported the day after", "2025-10-10", { submittedDate: "2025-09-26" }, "late"],
    ["received late, posted in time (民诉法 art 85 para 4)", "2025-10-10", { submittedDate: "2025-09-28", postedDate: "2025-09-24" }, null],
  ])("%s", (_l, today, report, breach) => {
    expect(detectReportBreach({ due: "2025-09-25", today, report })).toBe(breach);
  });
});

describe("reportSanctionGrounds (财产调查规定 arts 9–10)", () => {
  it.each<[string, ReportBreach, boolean | undefined, string[]]>([
    ["late without good reason", "late", undefined, ["fineOrDetention", "dishonestListing"]],
    ["late with a good reason the court accepts: no breach (art 9 '无正当理由')", "late", true, []],
    ["not reported by the deadline", "notReported", false, ["fineOrDetention", "dishonestListing"]],
    ["not reported, good reason", "notReported", true, []],
    ["refused: a good reason does not excuse a refusal", "refused", true, ["fineOrDetention", "dishonestListing"]],
    ["false report", "false", undefined, ["fineOrDetention", "dishonestListing"]],
  ])("%s", (_l, breach, goodReason, keys) => {
    expect(reportSanctionGrounds({ breach, ...(goodReason === undefined ? {} : { goodReason }) }).map((g) => g.key)).toEqual(keys);
  });

  it("listing is mandatory (art 10), fine or detention discretionary (art 9), each cited", () => {
    const [fine, listing] = reportSanctionGrounds({ breach: "late" });
    expect(fine).toMatchObject({ mandatory: false, basis: [{ law: "财产调查规定(2020)", article: "art 9 para 1" }, { article: "art 118" }] });
    expect(listing).toMatchObject({ mandatory: true, basis: [{ article: "art 10" }, { law: "失信规定(2017)", article: "art 1(4)" }] });
    expect(listing!.label.zh).toContain("应当纳入失信被执行人名单");
    expect(fine!.target.zh).toBe("被执行人或其法定代理人");
  });

  it("for an entity, fine or detention reaches its principal or the person directly responsible (art 9 para 2)", () => {
    const [fine] = reportSanctionGrounds({ breach: "refused", respondentKind: "legalPerson" });
    expect(fine!.basis[0]!.article).toBe("art 9 para 2");
    expect(fine!.target.en).toContain("principal");
  });
});
