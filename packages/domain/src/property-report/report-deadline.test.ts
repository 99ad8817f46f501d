// The reporting deadline (财产调查规定 art 4(1): the order sets it; no statutory number), its extension
// (art 5 para 3), the supplementary report within 10 days (art 7) and lateness (民诉法 art 85 para 4).
// Calendar: 国庆/中秋 2025 is 10-01..10-08, 调休 09-28 (Sun) and 10-11 (Sat).
import { describe, expect, it } from "vitest";
import { createStatutoryCalendar } from "../calendar";
import { DomainError } from "../errors/domain-error";
import {
  DEFAULT_REPORT_DAYS,
  extendReportDeadline,
  isLateReport,
  REPORT_DAYS_NOTE,
  reportDeadline,
  supplementaryDeadline,
} from "./report-deadline";

const cal = createStatutoryCalendar();

function expectField(fn: () => unknown, code: string, field: string): DomainError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe(code);
    expect((e as DomainError).field).toBe(field);
    return e as DomainError;
  }
  throw new Error("expected a DomainError");
}

describe("reportDeadline: the days the order sets, counted by the statutory calendar (art 4(1); 民诉法 art 85)", () => {
  it("the product default is 10 days and says it is court practice, not law", () => {
    expect(DEFAULT_REPORT_DAYS).toBe(10);
    expect(REPORT_DAYS_NOTE.en).toMatch(/not a statutory period/);
    expect(reportDeadline("2025-09-15", DEFAULT_REPORT_DAYS, cal)).toMatchObject({ due: "2025-09-25", courtSet: true, ruleBasis: { article: "art 4(1)" } });
  });

  it.each([
    ["start day not counted", "2025-09-15", 10, "2025-09-25", false],
    ["ends on the 调休 Sunday 09-28: a working day, no shift", "2025-09-18", 10, "2025-09-28", false],
    ["ends on 10-01 (National Day): moves to 10-09", "2025-09-21", 10, "2025-10-09", true],
    ["ends on 10-08, the last holiday day: 10-09", "2025-09-28", 10, "2025-10-09", true],
    ["ends on 10-09: no shift", "2025-09-29", 10, "2025-10-09", false],
    ["a 15-day order ending on Sunday 2025-09-21 moves to Monday", "2025-09-06", 15, "2025-09-22", true],
    ["a 1-day order", "2025-09-15", 1, "2025-09-16", false],
  ])("%s: %s + %i days → %s", (_l, order, days, due, shifted) => {
    expect(reportDeadline(order, days, cal)).toMatchObject({ due, shifted });
  });

  it.each([0, -1, 1.5, 91, Number.NaN])("refuses %s days, naming reportDays", (days) => {
    expectField(() => reportDeadline("2025-09-15", days, cal), "VALIDATION", "reportDays");
  });
});

describe("extendReportDeadline: a written application with good reason (art 5 para 3)", () => {
  it("counts the extension from the current deadline through the calendar", () => {
    expect(extendReportDeadline({ currentDue: "2025-09-25", applicationDate: "2025-09-24", days: 10, written: true, reason: "账册在外地，需调取" }, cal)).toMatchObject({
      due: "2025-10-09", // nominal 10-05, a holiday
      ruleBasis: { article: "art 5 para 3" },
    });
  });
  it("needs the application in writing", () => {
    expectField(() => extendReportDeadline({ currentDue: "2025-09-25", applicationDate: "2025-09-24", days: 5, written: false, reason: "账册在外地" }, cal), "PRECONDITION_FAILED", "written");
  });
  it.each([
    ["the day before the deadline", "2025-09-24", true],
    ["on the deadline", "2025-09-25", true],
    ["the day after: too late to apply", "2025-09-26", false],
  ])("is applied for within the period: %s", (_l, applied, ok) => {
    const act = () => extendReportDeadline({ currentDue: "2025-09-25", applicationDate: applied, days: 5, written: true, reason: "账册在外地" }, cal);
    if (ok) expect(act().due).toBe("2025-09-30");
    else expectField(act, "PRECONDITION_FAILED", "applicationDate");
  });
  it("needs a reason", () => {
    expectField(() => extendReportDeadline({ currentDue: "2025-09-25", applicationDate: "2025-09-24", days: 5, written: true, reason: " " }, cal), "VALIDATION", "reason");
  });
});

describe("supplementaryDeadline: 10 days from the change (art 7, CONFIRMED-P)", () => {
  it.each([
    ["ordinary", "2025-09-01", "2025-09-11", false],
    ["ends on Saturday 09-20: Monday 09-22", "2025-09-10", "2025-09-22", true],
    ["ends on 10-01: 10-09", "2025-09-21", "2025-10-09", true],
    ["ends on the 调休 Saturday 10-11: a working day", "2025-10-01", "2025-10-11", false],
  ])("%s: change %s → due %s", (_l, change, due, shifted) => {
    expect(supplementaryDeadline(change, cal)).toMatchObject({ due, shifted, n: 10, ruleBasis: { article: "art 7" }, courtSet: false });
  });
});

describe("isLateReport: the day before, on and after the due date; posting before expiry (民诉法 art 85 para 4)", () => {
  it.each([
    ["the day before", "2025-09-24", undefined, false],
    ["on the due date", "2025-09-25", undefined, false],
    ["the day after", "2025-09-26", undefined, true],
    ["received after, posted on the due date", "2025-09-27", "2025-09-25", false],
    ["received after, posted the day after", "2025-09-27", "2025-09-26", true],
  ])("%s: received %s (posted %s), due 2025-09-25", (_l, submitted, posted, late) => {
    expect(isLateReport({ submittedDate: submitted, due: "2025-09-25", postedDate: posted ?? null })).toBe(late);
  });
  it("refuses a posting date after the date received", () => {
    expectField(() => isLateReport({ submittedDate: "2025-09-25", postedDate: "2025-09-26", due: "2025-09-25" }), "VALIDATION", "postedDate");
  });
});
