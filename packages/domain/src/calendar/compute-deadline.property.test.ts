// Invariants of period counting (民诉法 art 85; 民法典 arts 202–203), over official and fallback years.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../dates/date-arithmetic";
import { fromDayNumber, toDayNumber } from "../dates/iso-date";
import { computeDeadline } from "./compute-deadline";
import { createStatutoryCalendar } from "./statutory-calendar";

const cal = createStatutoryCalendar();
const from = fc.integer({ min: toDayNumber("2004-01-01"), max: toDayNumber("2089-12-31") }).map(fromDayNumber);
const unit = fc.constantFrom("days" as const, "months" as const, "years" as const);
const nFor = { days: 3650, months: 120, years: 10 };
const period = unit.chain((u) => fc.record({ unit: fc.constant(u), n: fc.integer({ min: 0, max: nFor[u] }) }));

describe("computeDeadline properties", () => {
  it("due (days/months/years) is never a rest day, and is the first working day on or after nominalDue", () => {
    fc.assert(
      fc.property(from, period, (f, p) => {
        const r = computeDeadline(f, p, cal);
        expect(cal.isWorkingDay(r.due)).toBe(true);
        for (let d = r.nominalDue; d < r.due; d = addDays(d, 1)) expect(cal.isWorkingDay(d)).toBe(false);
      }),
    );
  });

  it("due > from for n ≥ 1", () => {
    fc.assert(fc.property(from, period.filter((p) => p.n >= 1), (f, p) => computeDeadline(f, p, cal).due > f));
  });

  it("monotone in n", () => {
    fc.assert(
      fc.property(from, period, fc.integer({ min: 0, max: 30 }), (f, p, k) => {
        const m = Math.min(nFor[p.unit], p.n + k);
        return computeDeadline(f, p, cal).due <= computeDeadline(f, { unit: p.unit, n: m }, cal).due;
      }),
    );
  });

  it("workingDays(n): due is a working day with exactly n working days in (from, due]", () => {
    fc.assert(
      fc.property(from, fc.integer({ min: 1, max: 60 }), (f, n) => {
        const r = computeDeadline(f, { unit: "workingDays", n }, cal);
        expect(cal.isWorkingDay(r.due)).toBe(true);
        let count = 0;
        for (let d = addDays(f, 1); d <= r.due; d = addDays(d, 1)) if (cal.isWorkingDay(d)) count++;
        expect(count).toBe(n);
      }),
    );
  });

  it("provisional exactly when a consulted year is a fallback year", () => {
    fc.assert(
      fc.property(from, fc.integer({ min: 0, max: 400 }), (f, n) => {
        const r = computeDeadline(f, { unit: "days", n }, cal);
        expect(r.provisional).toBe(r.provisionalYears.length > 0);
        expect(r.provisional).toBe(Number(r.due.slice(0, 4)) >= 2027);
      }),
    );
  });
});
