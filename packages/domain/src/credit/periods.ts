// The periods of credit discipline (rules.md §§12–13), in the shape of config/statutory-periods.ts.
// Values read in a norm's full text (CONFIRMED-P) are fixed; the 失信 periods were read only in the
// 2017 text as reproduced on third-party pages (CONFIRMED-S) or lack a confirmed article number
// (PARTIAL), so they can be configured with withCreditOverrides.
//   异议复议规定(2020) art 9: exit restriction — reconsideration within 10 days of receiving the decision,
//     decided within 15 days of receipt; not stayed. CONFIRMED-P.
//   失信规定(2017) art 2: listing term 2 years (situations 2–6). CONFIRMED-S.
//   失信规定(2017) art 10: deletion within 3 working days of a deletion condition or of the end of the
//     term; a re-listing request within 6 months after a deletion at the applicant's request is
//     refused. CONFIRMED-S.
//   失信规定 (believed art 9): a wrongful listing or inaccurate data is revoked or corrected within 3
//     working days. PARTIAL (number CONFIRMED-S, article UNCONFIRMED).
//   失信规定(2017) art 12: a correction request is examined within 15 days; if well founded corrected
//     within 3 working days; reconsideration within 10 days, decided within 15 days. CONFIRMED-S.
// The statute writes "三个工作日" for the deletion and correction periods: working days.
import { citeSource } from "../citation/sources";
import type { StatutoryCalendar } from "../calendar/types";
import { overridePeriods, periodTable, type PeriodRow, type PeriodTable } from "../config/period-table";
import type { IsoDate } from "../dates/iso-date";
import { clockFrom, type StatutoryClock } from "../coercion/decision";

export type CreditPeriodKey =
  | "exitReconsiderationApplication"
  | "exitReconsiderationDecision"
  | "listingTerm"
  | "deletion"
  | "relistingBar"
  | "wrongfulListingCorrection"
  | "correctionExamination"
  | "correctionExecution"
  | "correctionReconsiderationApplication"
  | "correctionReconsiderationDecision";

export type CreditPeriods = PeriodTable<CreditPeriodKey>;

const D = (article: string) => citeSource("dishonestList", article);

const table: PeriodRow<CreditPeriodKey>[] = [
  {
    key: "exitReconsiderationApplication",
    period: { unit: "days", n: 10 },
    basis: citeSource("objectionReview", "art 9"),
    confidence: "CONFIRMED-P",
    description: { zh: "被限制出境的人可以自收到限制出境决定之日起十日内向上一级人民法院申请复议", en: "a person restricted from leaving may apply to the higher court for reconsideration within 10 days of receiving the decision" },
  },
  {
    key: "exitReconsiderationDecision",
    period: { unit: "days", n: 15 },
    basis: citeSource("objectionReview", "art 9"),
    confidence: "CONFIRMED-P",
    description: { zh: "上一级人民法院应当自收到复议申请之日起十五日内作出决定；复议期间不停止原决定的执行", en: "the higher court decides within 15 days of receipt; the restriction stays in force meanwhile" },
  },
  {
    key: "listingTerm",
    period: { unit: "years", n: 2 },
    basis: D("art 2"),
    confidence: "CONFIRMED-S",
    description: { zh: "依第一条第二至六项纳入失信名单的，期限为二年（第一项无固定期限）", en: "a listing under situations 2–6 lasts 2 years (situation 1 has no fixed term)" },
  },
  {
    key: "deletion",
    period: { unit: "workingDays", n: 3 },
    basis: D("art 10"),
    confidence: "CONFIRMED-S",
    description: { zh: "具有删除情形或者纳入期限届满的，应当在三个工作日内删除失信信息", en: "delete the entry within 3 working days of a deletion condition or of the end of the term" },
  },
  {
    key: "relistingBar",
    period: { unit: "months", n: 6 },
    basis: D("art 10"),
    confidence: "CONFIRMED-S",
    description: { zh: "因申请执行人书面申请删除失信信息的，其在六个月内再次申请纳入的，人民法院不予支持", en: "after a deletion at the applicant's written request, its request to re-list within 6 months is refused" },
  },
  {
    key: "wrongfulListingCorrection",
    period: { unit: "workingDays", n: 3 },
    basis: D("art 9 (believed)"),
    confidence: "PARTIAL",
    description: { zh: "不应纳入而纳入或者记载信息不准确的，应当在三个工作日内撤销或者更正（条文序号未核实）", en: "a wrongful listing or inaccurate data is revoked or corrected within 3 working days (article number unconfirmed)" },
  },
  {
    key: "correctionExamination",
    period: { unit: "days", n: 15 },
    basis: D("art 12"),
    confidence: "CONFIRMED-S",
    description: { zh: "被执行人书面申请纠正的，人民法院应当自收到书面纠正申请之日起十五日内审查", en: "a written correction request is examined within 15 days of receipt" },
  },
  {
    key: "correctionExecution",
    period: { unit: "workingDays", n: 3 },
    basis: D("art 12"),
    confidence: "CONFIRMED-S",
    description: { zh: "理由成立的，应当在三个工作日内纠正", en: "a well-founded request is given effect within 3 working days" },
  },
  {
    key: "correctionReconsiderationApplication",
    period: { unit: "days", n: 10 },
    basis: D("art 12"),
    confidence: "CONFIRMED-S",
    description: { zh: "对驳回决定不服的，可以自决定书送达之日起十日内向上一级人民法院申请复议", en: "a rejection may be taken to the higher court within 10 days of service" },
  },
  {
    key: "correctionReconsiderationDecision",
    period: { unit: "days", n: 15 },
    basis: D("art 12"),
    confidence: "CONFIRMED-S",
    description: { zh: "上一级人民法院应当自收到复议申请之日起十五日内作出决定；复议期间不停止原决定的执行", en: "the higher court decides within 15 days of receipt; the listing stays meanwhile" },
  },
];

export const CREDIT_PERIODS: CreditPeriods = periodTable(table);

/** Configured lengths for the rows not read in a norm's full text (all but the exit reconsideration). */
export function withCreditOverrides(overrides: Partial<Record<CreditPeriodKey, number>>): CreditPeriods {
  return overridePeriods(CREDIT_PERIODS, overrides, { zh: "信用惩戒期间", en: "credit-discipline period" });
}

export type CreditClock = StatutoryClock<CreditPeriodKey>;

export function creditClock(key: CreditPeriodKey, from: IsoDate, cal: StatutoryCalendar, periods: CreditPeriods = CREDIT_PERIODS): CreditClock {
  return clockFrom(periods, key, from, cal);
}

/** 失信规定(2017) art 2: an extension of 1 to 3 years (CONFIRMED-S). */
export const LISTING_EXTENSION_YEARS = Object.freeze({ min: 1, max: 3, confidence: "CONFIRMED-S" as const, basis: D("art 2") });
