import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error";
import { parseArrangement } from "./parse-arrangement";

const valid = {
  year: 2027,
  holidays: [
    { date: "2027-10-02", name: "国庆节" },
    { date: "2027-10-01", name: " 国庆节 " },
  ],
  workdays: [{ date: "2027-09-26", name: "国庆节" }],
};

function fieldOf(input: unknown): { field: string | undefined; zh: string; en: string } {
  try {
    parseArrangement(input);
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    const err = e as DomainError;
    expect(err.code).toBe("VALIDATION");
    return { field: err.field, zh: err.messages.zh, en: err.messages.en };
  }
  throw new Error("expected a validation error");
}

describe("parseArrangement (administrator-loaded State Council arrangement)", () => {
  it("accepts a valid document, trims names and sorts by date", () => {
    expect(parseArrangement(valid)).toEqual({
      year: 2027,
      holidays: [
        { date: "2027-10-01", name: "国庆节" },
        { date: "2027-10-02", name: "国庆节" },
      ],
      workdays: [{ date: "2027-09-26", name: "国庆节" }],
    });
  });
  it("treats missing workdays as none", () => {
    expect(parseArrangement({ year: 2027, holidays: valid.holidays }).workdays).toEqual([]);
  });

  it.each([
    ["not an object", null, "arrangement", "JSON"],
    ["year not an integer", { ...valid, year: "2027" }, "year", "integer"],
    ["year before 2004", { ...valid, year: 2003 }, "year", "2004–2100"],
    ["year after 2100", { ...valid, year: 2101 }, "year", "2004–2100"],
    ["holidays missing", { year: 2027 }, "holidays", "array"],
    ["holidays empty", { year: 2027, holidays: [] }, "holidays", "empty"],
    ["entry not an object", { year: 2027, holidays: ["2027-10-01"] }, "holidays.0", "object"],
    ["bad date", { year: 2027, holidays: [{ date: "2027-02-30", name: "x" }] }, "holidays.0.date", "YYYY-MM-DD"],
    ["date outside the year", { year: 2027, holidays: [{ date: "2026-12-31", name: "x" }] }, "holidays.0.date", "not in 2027"],
    ["duplicate date", { ...valid, holidays: [valid.holidays[0], valid.holidays[0]] }, "holidays.1.date", "twice"],
    ["empty name", { year: 2027, holidays: [{ date: "2027-10-01", name: "  " }] }, "holidays.0.name", "empty"],
    ["workday on a weekday", { ...valid, workdays: [{ date: "2027-09-27", name: "国庆节" }] }, "workdays.0.date", "Saturday or Sunday"],
    [
      "a date both holiday and workday",
      { year: 2027, holidays: [{ date: "2027-10-02", name: "国庆节" }], workdays: [{ date: "2027-10-02", name: "国庆节" }] },
      "workdays",
      "both a holiday and an adjusted workday",
    ],
  ])("rejects %s", (_label, input, field, enFragment) => {
    const err = fieldOf(input);
    expect(err.field).toBe(field);
    expect(err.en).toContain(enFragment);
    expect(err.zh.length).toBeGreaterThan(0);
  });
});
