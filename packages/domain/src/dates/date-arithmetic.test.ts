import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addMonthsClamped, daysBetween } from "./date-arithmetic";
import { fromDayNumber } from "./iso-date";

describe("addDays / daysBetween", () => {
  it.each([
    ["2025-01-31", 1, "2025-02-01"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2025-02-28", 1, "2025-03-01"],
    ["2025-12-31", 1, "2026-01-01"],
    ["2025-03-01", -1, "2025-02-28"],
    ["2025-01-01", 365, "2026-01-01"],
    ["2025-01-01", 0, "2025-01-01"],
  ])("%s + %i = %s", (d, n, r) => {
    expect(addDays(d, n)).toBe(r);
    expect(daysBetween(d, r)).toBe(n);
  });
  it("addDays and daysBetween are inverse (property)", () => {
    const date = fc.integer({ min: 0, max: 60_000 }).map(fromDayNumber);
    fc.assert(fc.property(date, fc.integer({ min: -5000, max: 5000 }), (d, n) => daysBetween(d, addDays(d, n)) === n));
  });
});

describe("addMonthsClamped (民法典 art 202: corresponding day, else the month's last day)", () => {
  it.each([
    ["2025-01-31", 1, "2025-02-28"],
    ["2024-01-31", 1, "2024-02-29"], // leap year
    ["2025-01-30", 1, "2025-02-28"],
    ["2025-01-28", 1, "2025-02-28"], // corresponding day exists
    ["2025-03-31", 1, "2025-04-30"],
    ["2025-08-31", 6, "2026-02-28"],
    ["2024-02-29", 12, "2025-02-28"], // one year from a leap day
    ["2024-02-29", 48, "2028-02-29"],
    ["2025-11-15", 2, "2026-01-15"], // across the year
    ["2025-03-31", -1, "2025-02-28"],
    ["2025-05-10", 0, "2025-05-10"],
  ])("%s + %i months = %s", (d, n, r) => expect(addMonthsClamped(d, n)).toBe(r));
});
