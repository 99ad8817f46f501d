// When the report is due, and when it is late (rules.md §8).
//   财产调查规定(2020) art 4(1), art 5 para 1: the order to report states the deadline; the regulation
//     fixes NO number. CONFIRMED-P. DEFAULT_REPORT_DAYS below is a product default the court changes in
//     each order — a court practice, not law.
//   财产调查规定 art 5 para 3: on a written application with good reason the court may extend it.
//     CONFIRMED-P.
//   财产调查规定 art 7: a change after the report that affects recovery is reported within 10 days of
//     the change. CONFIRMED-P.
//   民诉法(2023) art 85 para 4: a document posted before the period expires is not late. CONFIRMED-P.
// Every period is counted through computeDeadline (rules.md §19).
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import { computeDeadline, PERIOD_LIMITS, type DeadlineResult, type Period } from "../calendar/compute-deadline";
import type { StatutoryCalendar } from "../calendar/types";
import { compareIsoDates, parseIsoDate, type IsoDate } from "../dates";
import { DomainError, invalidField, type Localized } from "../errors/domain-error";

/** The product default for the reporting deadline. Court practice, not law: the order sets it. */
export const DEFAULT_REPORT_DAYS = 10;
/** The longest reporting period the product accepts in one order (a sanity bound, not law). */
export const MAX_REPORT_DAYS = 90;

export const REPORT_DAYS_NOTE: Localized = {
  zh: "《财产调查规定》未规定报告期限的天数，由报告财产令载明；默认 10 日为本系统的实务默认值，不是法定期间",
  en: "The regulation sets no number of days for the report; the order states it. The 10-day default is a court practice, not a statutory period",
};

/** The supplementary-report period of art 7: 10 days from the change. CONFIRMED-P, not configurable. */
export const SUPPLEMENTARY_REPORT_PERIOD: Readonly<Period> = Object.freeze({ unit: "days", n: 10 });

export type ReportDeadline = DeadlineResult & { ruleBasis: Citation; courtSet: boolean };

function checkDays(days: number, field: string): void {
  if (!Number.isInteger(days) || days < 1 || days > Math.min(MAX_REPORT_DAYS, PERIOD_LIMITS.days)) {
    throw invalidField(field, {
      zh: `报告期限应为 1 至 ${MAX_REPORT_DAYS} 日的整数（收到 ${String(days)}）`,
      en: `The reporting period must be a whole number of days from 1 to ${MAX_REPORT_DAYS} (got ${String(days)})`,
    });
  }
}

/** The deadline the order sets: `days` after the order's date, counted by the statutory calendar. */
export function reportDeadline(orderDate: IsoDate, days: number, cal: StatutoryCalendar): ReportDeadline {
  parseIsoDate(orderDate, "orderDate");
  checkDays(days, "reportDays");
  const d = computeDeadline(orderDate, { unit: "days", n: days }, cal);
  return { ...d, ruleBasis: citeSource("propertyInvestigation", "art 4(1)"), courtSet: true };
}

/**
 * An extension granted on the respondent's written application with good reason (art 5 para 3),
 * counted from the current deadline. The application is made in writing, within the period
 * ("在报告财产令载明的期限内…书面申请延长期限"), and gives a reason.
 */
export function extendReportDeadline(
  input: { currentDue: IsoDate; applicationDate: IsoDate; days: number; written: boolean; reason: string },
  cal: StatutoryCalendar,
): ReportDeadline {
  parseIsoDate(input.currentDue, "currentDue");
  parseIsoDate(input.applicationDate, "applicationDate");
  checkDays(input.days, "days");
  if (compareIsoDates(input.applicationDate, input.currentDue) > 0) {
    throw new DomainError(
      "PRECONDITION_FAILED",
      {
        zh: `延长申请须在报告期限内提出（期限至 ${input.currentDue}）（《财产调查规定》第五条第三款）`,
        en: `The extension must be applied for within the reporting period (which ended ${input.currentDue}) (财产调查规定 art 5 para 3)`,
      },
      { field: "applicationDate" },
    );
  }
  if (!input.written) {
    throw new DomainError(
      "PRECONDITION_FAILED",
      { zh: "延长报告期限须由被执行人书面申请（《财产调查规定》第五条第三款）", en: "An extension needs the respondent's written application (财产调查规定 art 5 para 3)" },
      { field: "written" },
    );
  }
  if (!input.reason || input.reason.trim().length < 2) {
    throw invalidField("reason", { zh: "请写明延长的正当理由", en: "Give the good reason for the extension" });
  }
  const d = computeDeadline(input.currentDue, { unit: "days", n: input.days }, cal);
  return { ...d, ruleBasis: citeSource("propertyInvestigation", "art 5 para 3"), courtSet: true };
}

/** The supplementary report is due 10 days after the change (art 7). */
export function supplementaryDeadline(changeDate: IsoDate, cal: StatutoryCalendar): ReportDeadline {
  parseIsoDate(changeDate, "changeDate");
  const d = computeDeadline(changeDate, SUPPLEMENTARY_REPORT_PERIOD, cal);
  return { ...d, ruleBasis: citeSource("propertyInvestigation", "art 7"), courtSet: false };
}

/**
 * Late when it reached the court after the due date — unless it was posted on or before it
 * (民诉法(2023) art 85 para 4). The due date is already shifted past any rest day.
 */
export function isLateReport(input: { submittedDate: IsoDate; due: IsoDate; postedDate?: IsoDate | null }): boolean {
  const { submittedDate, due, postedDate } = input;
  parseIsoDate(submittedDate, "submittedDate");
  parseIsoDate(due, "due");
  if (postedDate) {
    parseIsoDate(postedDate, "postedDate");
    if (compareIsoDates(postedDate, submittedDate) > 0) {
      throw invalidField("postedDate", { zh: "邮寄日期不能晚于收到日期", en: "The posting date cannot be after the date received" });
    }
    return compareIsoDates(postedDate, due) > 0;
  }
  return compareIsoDates(submittedDate, due) > 0;
}
