// After 终本: the periodic re-inquiry and resumption (rules.md §16).
//   终本规定(2016) art 9 (CONFIRMED-S): the applicant may apply to resume when it finds property, not
//     limited by the 申请执行时效; within 5 years after 终本 the court runs the network 查控 search every
//     6 months, tells the applicant the result, and resumes when the conditions are met.
//   失信规定(2017) art 10(4) (CONFIRMED-S): after 终本, two or more fruitless network searches with no clue
//     from the applicant or others → the 失信 entry is deleted.
// Both numbers are CONFIRMED-S: a configurable table (withZhongbenOverrides).
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import { computeDeadline } from "../calendar/compute-deadline";
import type { StatutoryCalendar } from "../calendar/types";
import { overridePeriods, periodTable, type PeriodRow, type PeriodTable } from "../config/period-table";
import { compareIsoDates, parseIsoDate, type IsoDate } from "../dates/iso-date";
import { MIN_FRUITLESS_SEARCHES } from "../credit/dishonest-list";

export type ZhongbenPeriodKey = "reinquiryInterval" | "reinquiryHorizon";
export type ZhongbenPeriods = PeriodTable<ZhongbenPeriodKey>;

const table: PeriodRow<ZhongbenPeriodKey>[] = [
  {
    key: "reinquiryInterval",
    period: { unit: "months", n: 6 },
    basis: citeSource("suspendedNoAssets", "art 9"),
    confidence: "CONFIRMED-S",
    description: { zh: "终本后每六个月通过网络执行查控系统查询一次被执行人的财产", en: "after 终本, a network search every 6 months" },
  },
  {
    key: "reinquiryHorizon",
    period: { unit: "years", n: 5 },
    basis: citeSource("suspendedNoAssets", "art 9"),
    confidence: "CONFIRMED-S",
    description: { zh: "终本后五年内定期查询", en: "the periodic search runs for 5 years after 终本" },
  },
];

export const ZHONGBEN_PERIODS: ZhongbenPeriods = periodTable(table);

export function withZhongbenOverrides(overrides: Partial<Record<ZhongbenPeriodKey, number>>): ZhongbenPeriods {
  return overridePeriods(ZHONGBEN_PERIODS, overrides, { zh: "终本期间", en: "终本 period" });
}

export type ReinquiryRun = { seq: number; /** The nominal day (the job runs on or after it). */ due: IsoDate; basis: Citation[] };

/**
 * The re-inquiry runs after a 终本 closure on `closureDate`: every interval (counted from the closure,
 * so the dates never drift: 民法典 art 202 month ends), while within the horizon (the last run may fall
 * on the horizon's last day).
 */
export function reinquirySchedule(closureDate: IsoDate, cal: StatutoryCalendar, periods: ZhongbenPeriods = ZHONGBEN_PERIODS): ReinquiryRun[] {
  const from = parseIsoDate(closureDate, "closureDate");
  const end = computeDeadline(from, periods.reinquiryHorizon.period, cal).nominalDue;
  const step = periods.reinquiryInterval.period;
  const runs: ReinquiryRun[] = [];
  for (let k = 1; ; k++) {
    const due = computeDeadline(from, { unit: step.unit, n: step.n * k }, cal).nominalDue;
    if (compareIsoDates(due, end) > 0) break;
    runs.push({ seq: k, due, basis: [periods.reinquiryInterval.basis, citeSource("civilCode", "art 202")] });
  }
  return runs;
}

export type ReinquiryOutcome = {
  /** Property found: the handler is flagged to resume (art 9). */
  resumeFlag: boolean;
  /** art 9: the applicant is told every result. */
  notifyApplicant: true;
  fruitlessSearches: number;
  /** 失信规定 art 10(4): ≥ 2 fruitless searches after 终本 and no clue → the listing is to be deleted. */
  dishonestDeletionCondition: boolean;
  /** art 9: resumption is not limited by the limitation period for applying. */
  limitationApplies: false;
  basis: Citation[];
};

/** What one run's result means. `fruitlessBefore` counts the earlier fruitless runs since 终本. */
export function reinquiryOutcome(input: { propertyFound: boolean; fruitlessBefore: number; clueProvided: boolean }): ReinquiryOutcome {
  const fruitlessSearches = input.fruitlessBefore + (input.propertyFound ? 0 : 1);
  return {
    resumeFlag: input.propertyFound,
    notifyApplicant: true,
    fruitlessSearches,
    dishonestDeletionCondition: !input.propertyFound && !input.clueProvided && fruitlessSearches >= MIN_FRUITLESS_SEARCHES,
    limitationApplies: false,
    basis: [citeSource("suspendedNoAssets", "art 9"), ...(input.propertyFound ? [] : [citeSource("dishonestList", "art 10(4)")])],
  };
}
