import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error";
import { createStatutoryCalendar } from "./statutory-calendar";

const cal = createStatutoryCalendar();

describe("createStatutoryCalendar: day kinds (rules.md §19)", () => {
  it.each([
    ["2025-01-24", "workday", true, undefined], // Fri before 春节
    ["2025-01-25", "weekend", false, undefined],
    ["2025-01-26", "adjustedWorkday", true, "春节"], // Sun 调休
    ["2025-01-27", "workday", true, undefined],
    ["2025-01-28", "holiday", false, "春节"], // 除夕, first day
    ["2025-02-01", "holiday", false, "春节"], // Sat inside the holiday
    ["2025-02-04", "holiday", false, "春节"], // last day
    ["2025-02-05", "workday", true, undefined],
    ["2025-02-08", "adjustedWorkday", true, "春节"], // Sat 调休
    ["2025-09-28", "adjustedWorkday", true, "国庆节"],
    ["2025-10-06", "holiday", false, "中秋"],
    ["2025-10-08", "holiday", false, "国庆节"],
    ["2025-10-09", "workday", true, undefined],
    ["2025-10-11", "adjustedWorkday", true, "国庆节"],
    ["2025-10-12", "weekend", false, undefined],
  ])("%s is %s", (date, kind, working, name) => {
    const info = cal.dayInfo(date);
    expect(info).toMatchObject({ date, kind, isWorkingDay: working, source: "official" });
    expect(info.holidayName).toBe(name);
    expect(cal.isWorkingDay(date)).toBe(working);
  });

  it.each([
    [2004, "official"],
    [2026, "official"],
    [2027, "fallback"],
    [2100, "fallback"],
  ])("year %i source is %s", (y, source) => expect(cal.yearSource(y)).toBe(source));

  it("2027 fallback days are marked fallback", () => {
    expect(cal.dayInfo("2027-02-06")).toEqual({ date: "2027-02-06", kind: "holiday", isWorkingDay: false, holidayName: "春节", source: "fallback" });
    expect(cal.dayInfo("2027-02-11")).toMatchObject({ kind: "workday", source: "fallback" });
  });

  it.each(["2003-12-31", "2101-01-01"])("%s is outside the calendar: CALENDAR_UNKNOWN_YEAR", (d) => {
    expect(() => cal.dayInfo(d)).toThrow(DomainError);
    try {
      cal.dayInfo(d);
    } catch (e) {
      expect((e as DomainError).code).toBe("CALENDAR_UNKNOWN_YEAR");
    }
  });
  it("rejects a malformed date", () => expect(() => cal.dayInfo("2025-02-29")).toThrow(/YYYY-MM-DD/));

  it("a loaded arrangement wins over the fallback and the official data", () => {
    const loaded = createStatutoryCalendar({
      loaded: [
        { year: 2027, holidays: [{ date: "2027-10-01", name: "国庆节" }], workdays: [{ date: "2027-09-26", name: "国庆节" }] },
        { year: 2025, holidays: [{ date: "2025-03-03", name: "测试" }], workdays: [] },
      ],
    });
    expect(loaded.yearSource(2027)).toBe("loaded");
    expect(loaded.dayInfo("2027-09-26")).toMatchObject({ kind: "adjustedWorkday", source: "loaded" });
    expect(loaded.dayInfo("2027-10-04")).toMatchObject({ kind: "workday" }); // fallback 补假 not used
    expect(loaded.dayInfo("2025-03-03")).toMatchObject({ kind: "holiday", source: "loaded" });
    expect(loaded.dayInfo("2025-01-28")).toMatchObject({ kind: "workday" });
    expect(loaded.arrangement(2027).source).toBe("loaded");
  });
  it("rejects two loaded arrangements for one year", () => {
    const a = { year: 2027, holidays: [{ date: "2027-01-01", name: "元旦" }], workdays: [] };
    expect(() => createStatutoryCalendar({ loaded: [a, a] })).toThrow(/given twice/);
  });
  it("arrangement(year) returns a copy with its source", () => {
    const a = cal.arrangement(2025);
    expect(a.source).toBe("official");
    a.holidays.length = 0;
    expect(cal.arrangement(2025).holidays.length).toBeGreaterThan(0);
  });
});
