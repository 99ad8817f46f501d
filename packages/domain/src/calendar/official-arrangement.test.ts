import { describe, expect, it } from "vitest";
import { officialArrangement } from "./official-arrangement";

describe("officialArrangement (State Council notices via chinese-days)", () => {
  it("2025: 春节 2025-01-28..02-04, 国庆/中秋 10-01..10-08 and the five 调休 workdays", () => {
    const a = officialArrangement(2025)!;
    const holidays = a.holidays.map((h) => h.date);
    for (const d of ["2025-01-28", "2025-02-04", "2025-10-01", "2025-10-08"]) expect(holidays).toContain(d);
    expect(holidays).not.toContain("2025-01-27");
    expect(holidays).not.toContain("2025-02-05");
    expect(a.workdays).toEqual([
      { date: "2025-01-26", name: "春节" },
      { date: "2025-02-08", name: "春节" },
      { date: "2025-04-27", name: "劳动节" },
      { date: "2025-09-28", name: "国庆节" },
      { date: "2025-10-11", name: "国庆节" },
    ]);
  });
  it.each([2004, 2026])("%i is covered", (y) => expect(officialArrangement(y)).not.toBeNull());
  it.each([2027, 2050])("%i is not covered (no holiday entries)", (y) => expect(officialArrangement(y)).toBeNull());
});
