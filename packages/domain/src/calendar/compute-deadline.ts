// Counting statutory periods (rules.md §19).
// 民诉法(2023) art 85 para 2 / 民诉法解释 art 125: the starting day is not counted; day periods start the next day.
// 民法典 art 202: month and year periods end on the corresponding day, or the month's last day if none.
// 民诉法(2023) art 85 para 3 / 民法典 art 203 para 1: a last day that is a rest day moves to the next working day.
// Working-day periods count working days after `from`; the last one is a working day by construction.
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import { invalidField } from "../errors/domain-error";
import { addDays, addMonthsClamped } from "../dates/date-arithmetic";
import { parseIsoDate, yearOf, type IsoDate } from "../dates/iso-date";
import type { StatutoryCalendar } from "./types";

export type PeriodUnit = "days" | "months" | "years" | "workingDays";
export type Period = { unit: PeriodUnit; n: number };

export type DeadlineResult = {
  from: IsoDate;
  unit: PeriodUnit;
  n: number;
  /** The last day of the period, after any rest-day shift. */
  due: IsoDate;
  /** The last day before any rest-day shift. */
  nominalDue: IsoDate;
  shifted: boolean;
  /** True when a year consulted used the fallback calendar (no official arrangement yet). */
  provisional: boolean;
  provisionalYears: number[];
  basis: Citation[];
};

export const PERIOD_LIMITS: Record<PeriodUnit, number> = { days: 3650, months: 120, years: 10, workingDays: 1000 };

/** Longest run of consecutive rest days we accept before concluding the calendar is broken. */
const MAX_REST_RUN = 60;

function validatePeriod(period: Period): void {
  const max = PERIOD_LIMITS[period.unit];
  if (max === undefined) {
    throw invalidField("unit", {
      zh: `期间单位必须是 days、months、years 或 workingDays（收到 ${String(period.unit)}）`,
      en: `period unit must be days, months, years or workingDays (got ${String(period.unit)})`,
    });
  }
  if (!Number.isInteger(period.n) || period.n < 0 || period.n > max) {
    throw invalidField("n", {
      zh: `以 ${period.unit} 计的期间长度必须是 0 至 ${max} 之间的整数（收到 ${String(period.n)}）`,
      en: `a period in ${period.unit} must be an integer from 0 to ${max} (got ${String(period.n)})`,
    });
  }
}

export function computeDeadline(from: IsoDate, period: Period, cal: StatutoryCalendar): DeadlineResult {
  parseIsoDate(from, "from");
  validatePeriod(period);
  const { unit, n } = period;
  const consulted = new Set<number>();
  const isWorking = (d: IsoDate) => {
    consulted.add(yearOf(d));
    return cal.isWorkingDay(d);
  };
  const basis: Citation[] = [citeSource("civilProcedureLaw", "art 85 para 2")];

  let nominalDue: IsoDate;
  let due: IsoDate;
  if (unit === "workingDays") {
    due = from;
    for (let counted = 0; counted < n; ) {
      due = addDays(due, 1);
      if (isWorking(due)) counted++;
    }
    nominalDue = due;
  } else {
    if (unit === "days") {
      nominalDue = addDays(from, n);
      basis.push(citeSource("civilProcedureInterpretation", "art 125"));
    } else {
      nominalDue = addMonthsClamped(from, unit === "months" ? n : 12 * n);
      basis.push(citeSource("civilCode", "art 202"));
    }
    due = nominalDue;
    for (let run = 0; !isWorking(due); run++) {
      if (run > MAX_REST_RUN) throw new Error(`calendar has more than ${MAX_REST_RUN} consecutive rest days after ${nominalDue}`);
      due = addDays(due, 1);
    }
    if (due !== nominalDue) {
      basis.push(citeSource("civilProcedureLaw", "art 85 para 3"), citeSource("civilCode", "art 203 para 1"));
    }
  }

  const provisionalYears = [...consulted].filter((y) => cal.yearSource(y) === "fallback").sort((a, b) => a - b);
  if (provisionalYears.length > 0) basis.push(citeSource("publicHolidays", "arts 2, 6"));
  return {
    from,
    unit,
    n,
    due,
    nominalDue,
    shifted: due !== nominalDue,
    provisional: provisionalYears.length > 0,
    provisionalYears,
    basis,
  };
}
