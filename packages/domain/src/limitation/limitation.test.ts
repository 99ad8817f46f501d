// 申请执行期间: 民诉法(2023) art 250 (2 years; start), 执行程序解释 art 21 (breach), counted per
// 民法典 arts 201–203 via computeDeadline; 民诉法解释 art 481 (late applications are accepted).
import { describe, expect, it } from "vitest";
import { createStatutoryCalendar } from "../calendar/statutory-calendar";
import { computeLimitation, isLateApplication, type LimitationInput } from "./limitation";

const cal = createStatutoryCalendar();

describe("computeLimitation (民诉法(2023) art 250)", () => {
  it.each<[string, LimitationInput, string, string, boolean]>([
    ["no performance period: from the effective date (2025-06-15 is a Sunday)", { effectiveDate: "2023-06-15" }, "2023-06-15", "2025-06-16", false],
    ["from the performance deadline; expiry on 国庆 shifts to 10-09", { effectiveDate: "2023-09-01", performanceDeadline: "2023-10-01" }, "2023-10-01", "2025-10-09", false],
    ["performance deadline the day before", { effectiveDate: "2023-09-01", performanceDeadline: "2023-09-30" }, "2023-09-30", "2025-09-30", false],
    [
      "instalments: the LAST instalment governs, whatever the order given",
      { effectiveDate: "2023-01-01", performanceDeadline: "2023-02-01", instalmentDeadlines: ["2023-03-10", "2023-12-31", "2023-06-30"] },
      "2023-12-31",
      "2025-12-31",
      false,
    ],
    ["empty instalment list: the performance deadline", { effectiveDate: "2023-01-01", performanceDeadline: "2023-02-01", instalmentDeadlines: [] }, "2023-02-01", "2025-02-05", false], // 02-01..02-04 春节
    ["obligation not to act: from the breach (执行程序解释 art 21)", { effectiveDate: "2023-01-01", performanceDeadline: "2023-02-01", breachDate: "2024-01-10" }, "2024-01-10", "2026-01-12", false],
    ["from a leap day to 2026-02-28, a 调休 Saturday: no shift", { effectiveDate: "2024-02-29" }, "2024-02-29", "2026-02-28", false],
    ["expiry in 2027 is provisional", { effectiveDate: "2025-09-30" }, "2025-09-30", "2027-09-30", true],
  ])("%s", (_l, input, startDate, expires, provisional) => {
    const r = computeLimitation(input, cal);
    expect(r).toMatchObject({ startDate, expires, provisional });
    expect(r.basis[0]).toMatchObject({ law: "民事诉讼法(2023)", article: "art 250 para 1" });
  });

  it("cites 执行程序解释 art 21 for a breach", () => {
    const r = computeLimitation({ effectiveDate: "2023-01-01", breachDate: "2024-01-10" }, cal);
    expect(r.basis).toContainEqual(expect.objectContaining({ article: "art 21" }));
  });

  it.each<[LimitationInput, string]>([
    [{ effectiveDate: "2023-02-30" }, "effectiveDate"],
    [{ effectiveDate: "2023-01-01", instalmentDeadlines: ["2023-01-01", "x"] }, "instalmentDeadlines.1"],
    [{ effectiveDate: "2023-01-01", breachDate: "" }, "breachDate"],
  ])("rejects bad dates (%j)", (input, field) => {
    expect(() => computeLimitation(input, cal)).toThrow(expect.objectContaining({ field }));
  });
});

describe("isLateApplication (late applications are still accepted: 民诉法解释 art 481)", () => {
  const limitation = computeLimitation({ effectiveDate: "2023-09-01", performanceDeadline: "2023-10-01" }, cal); // expires 2025-10-09
  it.each<[string, boolean]>([
    ["2025-10-08", false],
    ["2025-10-09", false], // on the last day
    ["2025-10-10", true],
  ])("applied %s → late %s", (date, late) => expect(isLateApplication(date, limitation)).toBe(late));
});
