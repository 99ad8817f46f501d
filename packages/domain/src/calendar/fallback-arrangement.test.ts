import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error";
import { fallbackArrangement, statutoryFestivals } from "./fallback-arrangement";
import { officialArrangement } from "./official-arrangement";
import { createStatutoryCalendar } from "./statutory-calendar";

const holidayDates = (y: number) => fallbackArrangement(y).holidays.map((h) => h.date);

describe("fallbackArrangement (全国年节及纪念日放假办法 (2024) arts 2, 6)", () => {
  it("2027: the art 2 festivals", () => {
    const f = Object.fromEntries(statutoryFestivals(2027).map((x) => [x.name, x.dates]));
    expect(f).toEqual({
      元旦: ["2027-01-01"],
      春节: ["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08"], // 除夕, 初一–初三
      清明节: ["2027-04-05"],
      劳动节: ["2027-05-01", "2027-05-02"],
      端午节: ["2027-06-09"],
      中秋节: ["2027-09-15"],
      国庆节: ["2027-10-01", "2027-10-02", "2027-10-03"],
    });
  });

  it("2027: art 6 make-up days follow each festival falling on a weekend; no 调休 workdays", () => {
    const a = fallbackArrangement(2027);
    expect(a.workdays).toEqual([]);
    expect(a.holidays.filter((h) => h.name.includes("补假"))).toEqual([
      { date: "2027-02-09", name: "春节（补假）" }, // 初一 Sat, 初二 Sun
      { date: "2027-02-10", name: "春节（补假）" },
      { date: "2027-05-03", name: "劳动节（补假）" }, // May 1 Sat, May 2 Sun
      { date: "2027-05-04", name: "劳动节（补假）" },
      { date: "2027-10-04", name: "国庆节（补假）" }, // Oct 2 Sat, Oct 3 Sun
      { date: "2027-10-05", name: "国庆节（补假）" },
    ]);
    expect(a.holidays).toHaveLength(13 + 6);
  });

  it.each([
    [2025, "2025-01-28"],
    [2026, "2026-02-16"],
  ])("%i: 除夕 %s matches the official arrangement", (y, eve) => {
    expect(holidayDates(y)).toContain(eve);
    expect(officialArrangement(y)!.holidays.map((h) => h.date)).toContain(eve);
  });

  // Checked as official rest days rather than holiday entries: chinese-days omits 2012-06-23 (端午, a Saturday).
  it("2008–2026: 初一, 清明, 端午 and 中秋 are official rest days", () => {
    const cal = createStatutoryCalendar();
    for (let y = 2008; y <= 2026; y++) {
      const festivals = statutoryFestivals(y);
      const check = [
        festivals.find((f) => f.name === "春节")!.dates[1]!,
        ...festivals.filter((f) => ["清明节", "端午节", "中秋节"].includes(f.name)).map((f) => f.dates[0]!),
      ];
      for (const d of check) expect(cal.dayInfo(d).isWorkingDay, `${y}: ${d}`).toBe(false);
    }
  });

  it("a festival coinciding with another is one day with both names (2020: 中秋 on 10-01)", () => {
    expect(fallbackArrangement(2020).holidays).toContainEqual({ date: "2020-10-01", name: "中秋节、国庆节" }); // art 2 order
  });

  it.each([2003, 2101])("rejects %i with CALENDAR_UNKNOWN_YEAR", (y) => {
    expect(() => fallbackArrangement(y)).toThrow(DomainError);
    try {
      fallbackArrangement(y);
    } catch (e) {
      expect((e as DomainError).code).toBe("CALENDAR_UNKNOWN_YEAR");
    }
  });

  it("covers every year 2004–2100 with at least 13 holidays, all inside the year", () => {
    for (let y = 2004; y <= 2100; y++) {
      const dates = holidayDates(y);
      expect(dates.length).toBeGreaterThanOrEqual(12); // 13 unless two festivals coincide
      expect(dates.every((d) => d.startsWith(`${y}-`))).toBe(true);
    }
  });
});
