// 申请执行期间 (rules.md §1). 民诉法(2023) art 250: 2 years, from the last day of the performance period;
// with instalments, from the last instalment's deadline; with no period set, from the day the
// instrument takes effect. 执行程序解释 art 21: for an obligation not to act, from the breach.
// Counted like any statutory period (start day excluded; rest-day shift): see computeDeadline.
// Suspension and interruption (执行程序解释 arts 19–20) are events of the case, not handled here.
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import { computeDeadline } from "../calendar/compute-deadline";
import type { StatutoryCalendar } from "../calendar/types";
import { compareIsoDates, parseIsoDate, type IsoDate } from "../dates/iso-date";

export type LimitationInput = {
  effectiveDate: IsoDate;
  performanceDeadline?: IsoDate;
  instalmentDeadlines?: IsoDate[];
  breachDate?: IsoDate;
};

export type Limitation = {
  startDate: IsoDate;
  expires: IsoDate;
  /** True when the expiry was computed on a fallback (not yet officially arranged) calendar year. */
  provisional: boolean;
  basis: Citation[];
};

export const APPLICATION_PERIOD = { unit: "years", n: 2 } as const;

export function computeLimitation(input: LimitationInput, cal: StatutoryCalendar): Limitation {
  const effectiveDate = parseIsoDate(input.effectiveDate, "effectiveDate");
  const basis: Citation[] = [citeSource("civilProcedureLaw", "art 250 para 1")];
  let startDate: IsoDate;
  if (input.breachDate !== undefined) {
    startDate = parseIsoDate(input.breachDate, "breachDate");
    basis.push(citeSource("enforcementProcedure", "art 21"));
  } else if (input.instalmentDeadlines && input.instalmentDeadlines.length > 0) {
    const dates = input.instalmentDeadlines.map((d, i) => parseIsoDate(d, `instalmentDeadlines.${i}`));
    startDate = dates.reduce((latest, d) => (compareIsoDates(d, latest) > 0 ? d : latest));
    basis.push(citeSource("civilProcedureLaw", "art 250 para 2"));
  } else if (input.performanceDeadline !== undefined) {
    startDate = parseIsoDate(input.performanceDeadline, "performanceDeadline");
    basis.push(citeSource("civilProcedureLaw", "art 250 para 2"));
  } else {
    startDate = effectiveDate;
    basis.push(citeSource("civilProcedureLaw", "art 250 para 2"));
  }
  const deadline = computeDeadline(startDate, APPLICATION_PERIOD, cal);
  return { startDate, expires: deadline.due, provisional: deadline.provisional, basis: [...basis, ...deadline.basis] };
}

/**
 * Whether an application made on `applicationDate` is after the period expired. Lateness never
 * justifies refusing to register: the court must accept a late application and rules 不予执行 only
 * if the respondent raises the time limit and the objection is upheld (民诉法解释 art 481).
 */
export function isLateApplication(applicationDate: IsoDate, limitation: Pick<Limitation, "expires">): boolean {
  return compareIsoDates(parseIsoDate(applicationDate, "applicationDate"), limitation.expires) > 0;
}
