// 网络询价: 参考价规定(2018) arts 10–13 (3 days, one 3-day extension only when all are late, corrections
// within 3 days, the average of the results used), art 14 (failure → appraisal).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createStatutoryCalendar } from "../calendar";
import type { IsoDate } from "../dates/iso-date";
import { expectDomainError } from "../testing/expect-domain-error";
import {
  assessOnlineDelivery,
  averageFen,
  onlineCorrectionDeadline,
  onlineInquiryDeadline,
  onlineReferencePrice,
  reviewOnlineReports,
  type PlatformDelivery,
  type PlatformResult,
  type ReviewedReport,
} from "./online-inquiry";

const cal = createStatutoryCalendar();
// Commission received Monday 2025-03-10: the 3-day period ends Thursday 03-13; extended to 6 days it
// would end Sunday 03-16, so Monday 03-17.

describe("onlineInquiryDeadline (art 11 paras 1–2)", () => {
  it.each<[IsoDate, boolean, IsoDate]>([
    ["2025-03-10", false, "2025-03-13"],
    ["2025-03-10", true, "2025-03-17"],
    ["2025-03-12", false, "2025-03-17"], // Saturday → Monday
    ["2025-03-12", true, "2025-03-18"], // the extension runs from receipt, shifted once
  ])("received %s, extended %s → due %s", (commissionReceivedDate, extended, due) => {
    const c = onlineInquiryDeadline({ commissionReceivedDate, extended }, cal);
    expect(c.due).toBe(due);
    expect(c.basis.map((b) => b.article)).toContain(extended ? "art 11 para 2" : "art 11 para 1");
  });
  it("corrections within 3 days of the notice (art 12)", () => {
    expect(onlineCorrectionDeadline({ noticeDate: "2025-03-10" }, cal)).toMatchObject({ key: "onlineInquiryCorrection", due: "2025-03-13" });
  });
});

describe("assessOnlineDelivery (art 11)", () => {
  const p = (platformId: string, reportDate?: IsoDate, extensionRequestDate?: IsoDate): PlatformDelivery => ({
    platformId,
    ...(reportDate ? { reportDate } : {}),
    ...(extensionRequestDate ? { extensionRequestDate } : {}),
  });
  type Row = [string, PlatformDelivery[], IsoDate, object];
  it.each<Row>([
    ["one reported, the period still running", [p("A", "2025-03-11"), p("B"), p("C")], "2025-03-12", { status: "waiting", due: "2025-03-13", extended: false, waitingFor: ["B", "C"] }],
    ["all reported early", [p("A", "2025-03-11"), p("B", "2025-03-12"), p("C", "2025-03-12")], "2025-03-12", { status: "delivered", onTime: ["A", "B", "C"], late: [] }],
    ["one on the last day, one a day late, one never", [p("A", "2025-03-13"), p("B", "2025-03-14"), p("C")], "2025-03-14", { status: "delivered", extended: false, onTime: ["A"], late: ["B", "C"] }],
    ["some in time: the others' extension applications are refused (para 2)", [p("A", "2025-03-12"), p("B", undefined, "2025-03-12")], "2025-03-18", { status: "delivered", extended: false, onTime: ["A"], late: ["B"] }],
    ["all late, one applied on the last day: extended", [p("A"), p("B", undefined, "2025-03-13"), p("C")], "2025-03-14", { status: "waiting", extended: true, due: "2025-03-17", waitingFor: ["B"] }],
    ["all late, the application a day after the period", [p("A"), p("B", undefined, "2025-03-14"), p("C")], "2025-03-14", { status: "appraisal", reason: "allLateNoExtension" }],
    ["all late, nobody applied (para 3)", [p("A"), p("B"), p("C")], "2025-03-14", { status: "appraisal", reason: "allLateNoExtension", due: "2025-03-13" }],
    ["extended, the applicant reports on the extended last day", [p("A"), p("B", "2025-03-17", "2025-03-12"), p("C")], "2025-03-18", { status: "delivered", extended: true, due: "2025-03-17", onTime: ["B"], late: ["A", "C"] }],
    ["extended, two applied, one reported", [p("A"), p("B", undefined, "2025-03-12"), p("C", "2025-03-16", "2025-03-13")], "2025-03-18", { status: "delivered", extended: true, onTime: ["C"], late: ["A", "B"] }],
    ["extended, a non-applicant's report does not count", [p("A", "2025-03-15"), p("B", undefined, "2025-03-12")], "2025-03-18", { status: "appraisal", reason: "allLateAfterExtension", due: "2025-03-17" }],
    ["extended, nobody reported (arts 11 para 3, 14)", [p("A", undefined, "2025-03-11"), p("B", undefined, "2025-03-12")], "2025-03-18", { status: "appraisal", reason: "allLateAfterExtension" }],
    ["extended, every applicant reported before the end", [p("A", "2025-03-15", "2025-03-11"), p("B")], "2025-03-15", { status: "delivered", extended: true, onTime: ["A"], late: ["B"] }],
  ])("%s", (_l, platforms, today, expected) => {
    const r = assessOnlineDelivery({ commissionReceivedDate: "2025-03-10", platforms, today }, cal);
    expect(r).toMatchObject(expected);
    expect(r.basis[0]).toMatchObject({ law: "参考价规定(2018)" });
  });

  it.each<[PlatformDelivery[], string]>([
    [[], "platforms"],
    [[p("A"), p("A")], "platforms.1.platformId"],
    [[p("A", "2025-03-09")], "platforms.0.reportDate"],
    [[p("A", undefined, "2025-13-01")], "platforms.0.extensionRequestDate"],
  ])("malformed %j → VALIDATION %s", (platforms, field) => {
    expectDomainError(() => assessOnlineDelivery({ commissionReceivedDate: "2025-03-10", platforms, today: "2025-03-12" }, cal), "VALIDATION", field);
  });

  it("delivered reports count only when in time, and the extension only when all were late (property)", () => {
    const platform = (id: string) =>
      fc.record({ platformId: fc.constant(id), reportDate: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }), extensionRequestDate: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }) });
    const day = (n: number) => `2025-03-${String(10 + n).padStart(2, "0")}`;
    fc.assert(
      fc.property(fc.tuple(platform("A"), platform("B"), platform("C")), fc.integer({ min: 0, max: 12 }), (raw, t) => {
        const platforms = raw.map((r) => ({
          platformId: r.platformId,
          ...(r.reportDate !== undefined ? { reportDate: day(r.reportDate) } : {}),
          ...(r.extensionRequestDate !== undefined ? { extensionRequestDate: day(r.extensionRequestDate) } : {}),
        }));
        const r = assessOnlineDelivery({ commissionReceivedDate: "2025-03-10", platforms, today: day(t) }, cal);
        const firstInTime = platforms.filter((x) => x.reportDate !== undefined && x.reportDate <= "2025-03-13");
        if (firstInTime.length > 0) expect(r.extended).toBe(false);
        if (r.status === "delivered") {
          expect([...r.onTime, ...r.late].sort()).toEqual(["A", "B", "C"]);
          for (const id of r.onTime) expect(platforms.find((x) => x.platformId === id)!.reportDate! <= r.due).toBe(true);
        }
      }),
    );
  });
});

describe("reviewOnlineReports (art 12)", () => {
  const r = (platformId: string, defective: boolean, correctedDate?: IsoDate): ReviewedReport => ({ platformId, defective, ...(correctedDate ? { correctedDate } : {}) });
  it.each<[string, ReviewedReport[], IsoDate | undefined, IsoDate, object]>([
    ["one sound report: the defective one is left out, no correction", [r("A", false), r("B", true)], undefined, "2025-03-12", { status: "usable", usable: ["A"], excluded: ["B"] }],
    ["all defective, no notice yet", [r("A", true), r("B", true)], undefined, "2025-03-12", { status: "correctionNeeded", platforms: ["A", "B"] }],
    ["all defective, one corrected, period running", [r("A", true, "2025-03-11"), r("B", true)], "2025-03-10", "2025-03-12", { status: "waitingForCorrections", due: "2025-03-13", waitingFor: ["B"] }],
    ["all defective, one corrected in time, period over", [r("A", true, "2025-03-11"), r("B", true)], "2025-03-10", "2025-03-14", { status: "usable", usable: ["A"], excluded: ["B"] }],
    ["all corrected on the last day", [r("A", true, "2025-03-13"), r("B", true, "2025-03-13")], "2025-03-10", "2025-03-13", { status: "usable", usable: ["A", "B"], excluded: [] }],
    ["a correction a day late does not count (art 11 para 3)", [r("A", true, "2025-03-14")], "2025-03-10", "2025-03-14", { status: "appraisal", due: "2025-03-13" }],
    ["none corrected", [r("A", true), r("B", true)], "2025-03-10", "2025-03-14", { status: "appraisal" }],
  ])("%s", (_l, reports, correctionNoticeDate, today, expected) => {
    const out = reviewOnlineReports({ reports, today, ...(correctionNoticeDate ? { correctionNoticeDate } : {}) }, cal);
    expect(out).toMatchObject(expected);
    expect(out.basis.map((b) => b.article)).toContain("art 12");
  });
});

describe("onlineReferencePrice (art 13)", () => {
  const res = (platformId: string, resultFen: number, objection?: PlatformResult["objection"], correctedResultFen?: number): PlatformResult => ({
    platformId,
    resultFen,
    ...(objection ? { objection } : {}),
    ...(correctedResultFen !== undefined ? { correctedResultFen } : {}),
  });
  type Row = [string, PlatformResult[], object, string];
  it.each<Row>([
    ["three results: their average (para 1)", [res("A", 100_00), res("B", 200_00), res("C", 300_00)], { status: "price", priceFen: 200_00 }, "art 13 para 1"],
    ["100 and 101 fen: 100.5 rounds half up to 101", [res("A", 100), res("B", 101)], { status: "price", priceFen: 101 }, "art 13 para 1"],
    ["100, 100, 101 fen: 100.33 → 100", [res("A", 100), res("B", 100), res("C", 101)], { status: "price", priceFen: 100 }, "art 13 para 1"],
    ["100, 101, 101 fen: 100.67 → 101", [res("A", 100), res("B", 101), res("C", 101)], { status: "price", priceFen: 101 }, "art 13 para 1"],
    ["a single platform in time", [res("A", 123_456_78)], { status: "price", priceFen: 123_456_78 }, "art 13 para 1"],
    [
      "some objected: only the reports not objected to, whatever the outcome (para 2)",
      [res("A", 100_00), res("B", 200_00, "pending"), res("C", 300_00, "dismissed")],
      { status: "price", priceFen: 100_00, excluded: [{ platformId: "B", reason: "objected" }, { platformId: "C", reason: "objected" }] },
      "art 13 para 2",
    ],
    [
      "all objected: dismissed and corrected ones, the corrected value (para 2)",
      [res("A", 100_00, "dismissed"), res("B", 200_00, "corrected", 250_00), res("C", 300_00, "upheld")],
      { status: "price", priceFen: 175_00, used: [{ platformId: "A", resultFen: 100_00 }, { platformId: "B", resultFen: 250_00 }], excluded: [{ platformId: "C", reason: "objectionUpheld" }] },
      "art 13 para 2",
    ],
    ["all objected, one undecided", [res("A", 100_00, "dismissed"), res("B", 200_00, "pending")], { status: "pending", waitingFor: ["B"] }, "art 13 para 2"],
    ["all objected and upheld, none corrected: appraisal (art 14)", [res("A", 100_00, "upheld"), res("B", 200_00, "upheld")], { status: "appraisal" }, "art 14"],
  ])("%s", (_l, results, expected, article) => {
    const out = onlineReferencePrice(results);
    expect(out).toMatchObject(expected);
    expect(out.basis.map((b) => b.article)).toContain(article);
  });

  it("no overflow near the largest safe amount", () => {
    const max = Number.MAX_SAFE_INTEGER;
    expect(onlineReferencePrice([res("A", max), res("B", max), res("C", max - 1)])).toMatchObject({ priceFen: max });
  });

  it.each<[PlatformResult[], string]>([
    [[], "results"],
    [[res("A", 0)], "results.0.resultFen"],
    [[res("A", 100.5)], "results.0.resultFen"],
    [[res("A", 100, "corrected")], "results.0.correctedResultFen"],
    [[res("A", 100, "withdrawn" as "none")], "results.0.objection"],
    [[res("A", 100), res("A", 200)], "results.1.platformId"],
  ])("malformed %j → VALIDATION %s", (results, field) => {
    expectDomainError(() => onlineReferencePrice(results), "VALIDATION", field);
  });
});

describe("averageFen: integer average, round half up (properties)", () => {
  const amounts = fc.array(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), { minLength: 1, maxLength: 20 });
  it("lies between the smallest and the largest result", () => {
    fc.assert(fc.property(amounts, (v) => {
      const a = averageFen(v);
      expect(Number.isSafeInteger(a)).toBe(true);
      expect(a >= Math.min(...v) && a <= Math.max(...v)).toBe(true);
    }));
  });
  it("is the exact quotient rounded half up: |n·avg − Σ| ≤ n/2, ties upward", () => {
    fc.assert(fc.property(amounts, (v) => {
      const n = BigInt(v.length);
      const sum = v.reduce((s, x) => s + BigInt(x), 0n);
      const diff = 2n * (BigInt(averageFen(v)) * n - sum); // 2·(n·avg − Σ)
      expect(diff > -n && diff <= n).toBe(true);
    }));
  });
  it("does not depend on the order of the platforms", () => {
    fc.assert(
      fc.property(amounts, (v) => {
        expect(averageFen([...v].reverse())).toBe(averageFen(v));
      }),
    );
  });
  it("refuses no values and fractions of a fen", () => {
    expect(() => averageFen([])).toThrow(RangeError);
    expect(() => averageFen([1.5])).toThrow(RangeError);
  });
});
