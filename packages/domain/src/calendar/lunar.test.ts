import cd from "chinese-days";
import { describe, expect, it } from "vitest";
import { fromDayNumber } from "../dates/iso-date";
import { lunarNewYearDay, lunarNewYearsEve, lunarToSolar, qingmingDate } from "./lunar";

describe("lunar dates (for 全国年节及纪念日放假办法 art 2)", () => {
  it.each([
    // year, 除夕, 正月初一, 端午 (5/5), 中秋 (8/15)
    [2023, "2023-01-21", "2023-01-22", "2023-06-22", "2023-09-29"], // leap 2nd month before 端午
    [2024, "2024-02-09", "2024-02-10", "2024-06-10", "2024-09-17"],
    [2025, "2025-01-28", "2025-01-29", "2025-05-31", "2025-10-06"], // 除夕 is 腊月廿九 (month 12 has 29 days)
    [2026, "2026-02-16", "2026-02-17", "2026-06-19", "2026-09-25"],
    [2027, "2027-02-05", "2027-02-06", "2027-06-09", "2027-09-15"],
  ])("%i: 除夕 %s, 初一 %s, 端午 %s, 中秋 %s", (y, eve, ny, dw, ma) => {
    expect(lunarNewYearsEve(y)).toBe(eve);
    expect(fromDayNumber(lunarNewYearDay(y))).toBe(ny);
    expect(lunarToSolar(y, 5, 5)).toBe(dw);
    expect(lunarToSolar(y, 8, 15)).toBe(ma);
  });

  it("除夕 is the last day of lunar month 12 of the previous year, whether it has 29 or 30 days", () => {
    const lengths = new Set<number>();
    for (let y = 1901; y <= 2100; y++) {
      const last = cd.monthDays(y - 1, 12);
      lengths.add(last);
      if (cd.getYearLeapMonth(y - 1).leapMonth === 12) continue; // 闰腊月 would end the year instead
      expect(lunarToSolar(y - 1, 12, last)).toBe(lunarNewYearsEve(y));
    }
    expect([...lengths].sort()).toEqual([29, 30]);
  });

  it.each([
    [2008, "2008-04-04"],
    [2023, "2023-04-05"],
    [2024, "2024-04-04"],
    [2025, "2025-04-04"],
    [2026, "2026-04-05"],
    [2027, "2027-04-05"],
  ])("清明 %i = %s", (y, d) => expect(qingmingDate(y)).toBe(d));
});
