import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error";
import { computeDeadline, type PeriodUnit } from "./compute-deadline";
import { createStatutoryCalendar } from "./statutory-calendar";

const cal = createStatutoryCalendar();
type Row = [string, string, PeriodUnit, number, string, string, boolean];

describe("computeDeadline: days (民诉法 art 85 paras 2–3; 民诉法解释 art 125) across 春节 2025 (01-28..02-04; 调休 01-26, 02-08)", () => {
  it.each<Row>([
    ["day before the holiday", "2025-01-17", "days", 10, "2025-01-27", "2025-01-27", false],
    ["ends on Sun 调休 workday: no shift", "2025-01-16", "days", 10, "2025-01-26", "2025-01-26", false],
    ["ends on Sat before it: shifts to the 调休 Sunday", "2025-01-15", "days", 10, "2025-01-25", "2025-01-26", true],
    ["ends on the first holiday day", "2025-01-18", "days", 10, "2025-01-28", "2025-02-05", true],
    ["ends on the last holiday day", "2025-01-25", "days", 10, "2025-02-04", "2025-02-05", true],
    ["ends the day after the holiday", "2025-01-26", "days", 10, "2025-02-05", "2025-02-05", false],
    ["ends on Sat 调休 workday", "2025-01-29", "days", 10, "2025-02-08", "2025-02-08", false],
    ["ends on the Sunday after", "2025-01-30", "days", 10, "2025-02-09", "2025-02-10", true],
    ["start day not counted: 1 day", "2025-01-27", "days", 1, "2025-01-28", "2025-02-05", true],
    ["zero days on a workday", "2025-01-27", "days", 0, "2025-01-27", "2025-01-27", false],
  ])("%s: %s + %i %s", (_l, from, unit, n, nominal, due, shifted) => {
    const r = computeDeadline(from, { unit, n }, cal);
    expect(r).toMatchObject({ from, unit, n, nominalDue: nominal, due, shifted, provisional: false, provisionalYears: [] });
  });
});

describe("computeDeadline: days across 国庆/中秋 2025 (10-01..10-08; 调休 09-28, 10-11)", () => {
  it.each<Row>([
    ["ends on Sun 调休 09-28", "2025-09-20", "days", 8, "2025-09-28", "2025-09-28", false],
    ["ends on the day before", "2025-09-20", "days", 10, "2025-09-30", "2025-09-30", false],
    ["ends on 10-01", "2025-09-21", "days", 10, "2025-10-01", "2025-10-09", true],
    ["15 days ending on 10-01", "2025-09-16", "days", 15, "2025-10-01", "2025-10-09", true],
    ["ends on 10-08", "2025-09-28", "days", 10, "2025-10-08", "2025-10-09", true],
    ["ends on 10-09", "2025-09-29", "days", 10, "2025-10-09", "2025-10-09", false],
    ["ends on Sat 调休 10-11", "2025-10-01", "days", 10, "2025-10-11", "2025-10-11", false],
    ["ends on Sun 10-12", "2025-10-02", "days", 10, "2025-10-12", "2025-10-13", true],
  ])("%s: %s + %i %s", (_l, from, unit, n, nominal, due, shifted) => {
    expect(computeDeadline(from, { unit, n }, cal)).toMatchObject({ nominalDue: nominal, due, shifted });
  });
});

describe("computeDeadline: months and years (民法典 arts 202–203)", () => {
  it.each<Row>([
    ["31 Jan + 1 month → 28 Feb", "2025-01-31", "months", 1, "2025-02-28", "2025-02-28", false],
    ["leap year: 31 Jan + 1 month → 29 Feb", "2024-01-31", "months", 1, "2024-02-29", "2024-02-29", false],
    ["leap day on a Saturday shifts", "2019-12-31", "months", 2, "2020-02-29", "2020-03-02", true],
    ["month end on a Sunday shifts", "2025-07-31", "months", 1, "2025-08-31", "2025-09-01", true],
    ["corresponding day", "2025-03-15", "months", 1, "2025-04-15", "2025-04-15", false],
    ["6 months ending on 国庆", "2025-04-01", "months", 6, "2025-10-01", "2025-10-09", true],
    ["6 months, day before", "2025-03-30", "months", 6, "2025-09-30", "2025-09-30", false],
    ["2 years ending on 国庆", "2023-10-01", "years", 2, "2025-10-01", "2025-10-09", true],
    ["1 year from a leap day", "2024-02-29", "years", 1, "2025-02-28", "2025-02-28", false],
    ["0 months on a holiday still shifts", "2025-10-01", "months", 0, "2025-10-01", "2025-10-09", true],
  ])("%s", (_l, from, unit, n, nominal, due, shifted) => {
    const r = computeDeadline(from, { unit, n }, cal);
    expect(r).toMatchObject({ nominalDue: nominal, due, shifted });
    expect(r.basis).toContainEqual(expect.objectContaining({ law: "民法典", article: "art 202" }));
    if (shifted) expect(r.basis).toContainEqual(expect.objectContaining({ law: "民法典", article: "art 203 para 1" }));
  });
});

describe("computeDeadline: working days (counted from the day after `from`)", () => {
  it.each<[string, string, number, string]>([
    ["Fri → the 调休 Sunday", "2025-01-24", 1, "2025-01-26"],
    ["over the whole 春节 holiday", "2025-01-27", 1, "2025-02-05"],
    ["3 working days after 春节", "2025-01-27", 3, "2025-02-07"],
    ["4th is the 调休 Saturday", "2025-01-27", 4, "2025-02-08"],
    ["5th skips the Sunday", "2025-01-27", 5, "2025-02-10"],
    ["Fri → 调休 Sun 09-28", "2025-09-26", 1, "2025-09-28"],
    ["Sun 09-28 → Mon", "2025-09-28", 1, "2025-09-29"],
    ["over 国庆", "2025-09-30", 1, "2025-10-09"],
    ["7 working days over 国庆 (incl. 调休 10-11)", "2025-09-30", 7, "2025-10-16"],
    ["from a holiday", "2025-10-03", 1, "2025-10-09"],
    ["zero working days", "2025-10-03", 0, "2025-10-03"],
  ])("%s: %s + %i working days → %s", (_l, from, n, due) => {
    expect(computeDeadline(from, { unit: "workingDays", n }, cal)).toMatchObject({ due, nominalDue: due, shifted: false });
  });
});

describe("computeDeadline: fallback years are provisional", () => {
  it.each<[string, string, PeriodUnit, number, string, number[]]>([
    ["lands on 初一 2027 (Sat), past the 补假", "2027-01-25", "days", 12, "2027-02-11", [2027]],
    ["清明 2027-04-05", "2027-04-04", "days", 1, "2027-04-06", [2027]],
    ["端午 2027-06-09", "2027-06-08", "days", 1, "2027-06-10", [2027]],
    ["中秋 2027-09-15", "2027-09-14", "days", 1, "2027-09-16", [2027]],
    ["from 2026 into 2027", "2026-12-25", "days", 10, "2027-01-04", [2027]],
    ["working days from 2026 into 2027", "2026-12-30", "workingDays", 2, "2027-01-04", [2027]],
    ["inside 2026 only", "2026-12-01", "days", 10, "2026-12-11", []],
  ])("%s", (_l, from, unit, n, due, years) => {
    const r = computeDeadline(from, { unit, n }, cal);
    expect(r.due).toBe(due);
    expect(r.provisional).toBe(years.length > 0);
    expect(r.provisionalYears).toEqual(years);
    if (r.provisional) expect(r.basis).toContainEqual(expect.objectContaining({ law: "全国年节及纪念日放假办法(2024)" }));
  });

  it("a loaded 2027 arrangement overrides the fallback and is not provisional", () => {
    const loaded = createStatutoryCalendar({
      loaded: [
        {
          year: 2027,
          holidays: ["2027-10-01", "2027-10-02", "2027-10-03", "2027-10-04", "2027-10-05", "2027-10-06", "2027-10-07"].map((date) => ({ date, name: "国庆节" })),
          workdays: [{ date: "2027-09-26", name: "国庆节" }, { date: "2027-10-09", name: "国庆节" }],
        },
      ],
    });
    expect(computeDeadline("2027-09-24", { unit: "days", n: 2 }, cal).due).toBe("2027-09-27"); // fallback: Sunday
    expect(computeDeadline("2027-09-24", { unit: "days", n: 2 }, loaded)).toMatchObject({ due: "2027-09-26", shifted: false, provisional: false });
    expect(computeDeadline("2027-09-30", { unit: "days", n: 5 }, loaded)).toMatchObject({ due: "2027-10-08", shifted: true });
    expect(computeDeadline("2027-09-30", { unit: "days", n: 5 }, cal)).toMatchObject({ due: "2027-10-06", shifted: true });
  });
});

describe("computeDeadline: invalid periods", () => {
  it.each<[string, PeriodUnit, number, string]>([
    ["negative days", "days", -1, "n"],
    ["days above 3650", "days", 3651, "n"],
    ["fractional", "days", 1.5, "n"],
    ["months above 120", "months", 121, "n"],
    ["years above 10", "years", 11, "n"],
    ["working days above 1000", "workingDays", 1001, "n"],
    ["unknown unit", "weeks" as PeriodUnit, 1, "unit"],
  ])("%s → VALIDATION on %s", (_l, unit, n, field) => {
    try {
      computeDeadline("2025-01-01", { unit, n }, cal);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).field).toBe(field);
    }
  });
  it.each<[PeriodUnit, number]>([
    ["days", 3650],
    ["months", 120],
    ["years", 10],
    ["workingDays", 1000],
  ])("accepts the maximum %s = %i", (unit, n) => expect(() => computeDeadline("2025-01-01", { unit, n }, cal)).not.toThrow());
  it("rejects a bad `from`", () => expect(() => computeDeadline("2025/01/01", { unit: "days", n: 1 }, cal)).toThrow(/from/));
  it("beyond 2100 → CALENDAR_UNKNOWN_YEAR", () => {
    try {
      computeDeadline("2100-12-30", { unit: "days", n: 5 }, cal);
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).code).toBe("CALENDAR_UNKNOWN_YEAR");
    }
  });
});
