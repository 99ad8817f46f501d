import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error";
import { compareIsoDates, fromDayNumber, isIsoDate, lastDayOfMonth, parseIsoDate, toDayNumber, weekdayOf } from "./iso-date";

describe("isIsoDate", () => {
  it.each([
    ["2025-01-01", true],
    ["2024-02-29", true], // leap year
    ["2025-02-28", true],
    ["2025-02-29", false], // not a leap year
    ["1900-02-29", false], // century, not leap
    ["2000-02-29", true], // 400-year leap
    ["2025-04-31", false],
    ["2025-13-01", false],
    ["2025-00-10", false],
    ["2025-1-1", false],
    ["2025-01-01T00:00:00Z", false],
    ["", false],
  ])("%s → %s", (s, ok) => expect(isIsoDate(s)).toBe(ok));
  it("rejects non-strings", () => expect(isIsoDate(20250101)).toBe(false));
});

describe("parseIsoDate", () => {
  it("returns a valid date", () => expect(parseIsoDate("2025-10-08", "from")).toBe("2025-10-08"));
  it("throws VALIDATION naming the field, in zh and en", () => {
    try {
      parseIsoDate("2025-02-30", "effectiveDate");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      const err = e as DomainError;
      expect(err.code).toBe("VALIDATION");
      expect(err.field).toBe("effectiveDate");
      expect(err.messages.zh).toContain("YYYY-MM-DD");
      expect(err.messages.en).toContain("2025-02-30");
    }
  });
});

describe("day numbers and weekdays", () => {
  it.each([
    ["1970-01-01", 0, 4], // Thursday
    ["2025-01-28", 20116, 2], // Tuesday (除夕 2025)
    ["2025-10-01", 20362, 3], // Wednesday
    ["1969-12-31", -1, 3],
  ])("%s → day %i, weekday %i", (d, n, w) => {
    expect(toDayNumber(d)).toBe(n);
    expect(fromDayNumber(n)).toBe(d);
    expect(weekdayOf(d)).toBe(w);
  });
});

describe("lastDayOfMonth / compareIsoDates", () => {
  it.each([
    [2024, 2, 29],
    [2025, 2, 28],
    [2100, 2, 28],
    [2025, 4, 30],
    [2025, 12, 31],
  ])("%i-%i has %i days", (y, m, d) => expect(lastDayOfMonth(y, m)).toBe(d));
  it("orders dates", () => {
    expect(compareIsoDates("2025-01-01", "2025-01-02")).toBeLessThan(0);
    expect(compareIsoDates("2025-01-02", "2025-01-02")).toBe(0);
    expect(compareIsoDates("2026-01-01", "2025-12-31")).toBeGreaterThan(0);
  });
});
