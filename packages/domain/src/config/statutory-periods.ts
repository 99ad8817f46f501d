// The case-lifecycle periods in one table, each with its basis and the confidence rules.md gives it.
// Values read in the full text of the norm (CONFIRMED-P) are fixed; the others may be configured.
import { citeSource } from "../citation/sources";
import { overridePeriods, periodTable, type PeriodRow, type PeriodTable } from "./period-table";

export type { Confidence } from "./period-table";

export type StatutoryPeriodKey =
  | "registrationDecision"
  | "handlerAssignment"
  | "enforcementNotice"
  | "enforcementNoticeOuterLimit"
  | "enforcementTerm"
  | "termExtension"
  | "extensionRequestLeadTime"
  | "suspendedNoAssetsMinimum";

export type StatutoryPeriod = PeriodRow<StatutoryPeriodKey>;
export type StatutoryPeriods = PeriodTable<StatutoryPeriodKey>;

const table: StatutoryPeriod[] = [
  {
    key: "registrationDecision", // 立案 or 不予受理 within 7 days of the application
    period: { unit: "days", n: 7 },
    basis: citeSource("enforcementWork", "item 16"),
    confidence: "CONFIRMED-P",
    description: { zh: "收到申请后 7 日内立案或裁定不予受理", en: "register or refuse within 7 days of the application" },
  },
  {
    key: "handlerAssignment",
    period: { unit: "days", n: 7 },
    basis: citeSource("enforcementPeriods", "art 2"),
    confidence: "CONFIRMED-S",
    description: { zh: "立案后 7 日内确定承办人", en: "assign a handler within 7 days of registration" },
  },
  {
    key: "enforcementNotice",
    period: { unit: "days", n: 3 },
    basis: citeSource("enforcementPeriods", "art 4"),
    confidence: "CONFIRMED-S",
    description: { zh: "承办人收到案卷后 3 日内发出执行通知书", en: "issue the enforcement notice within 3 days of the handler receiving the file" },
  },
  {
    key: "enforcementNoticeOuterLimit",
    period: { unit: "days", n: 10 },
    basis: citeSource("enforcementWork", "item 22"),
    confidence: "CONFIRMED-P",
    description: { zh: "收到申请执行书后 10 日内发出执行通知", en: "issue the enforcement notice within 10 days of receiving the application" },
  },
  {
    key: "enforcementTerm",
    period: { unit: "months", n: 6 },
    basis: citeSource("caseDuration", "art 5"),
    confidence: "CONFIRMED-P",
    description: { zh: "执行案件自立案之日起 6 个月内执结", en: "conclude the case within 6 months of registration" },
  },
  {
    key: "termExtension",
    period: { unit: "months", n: 3 },
    basis: citeSource("caseDuration", "art 5"),
    confidence: "CONFIRMED-P",
    description: { zh: "经院长批准可延长 3 个月", en: "extendable by 3 months with the president's approval" },
  },
  {
    key: "extensionRequestLeadTime",
    period: { unit: "days", n: 5 },
    basis: citeSource("enforcementPeriods", "art 1 paras 2–3"),
    confidence: "CONFIRMED-S",
    description: { zh: "应在期限届满 5 日前申请延长", en: "request the extension at least 5 days before the term expires" },
  },
  {
    key: "suspendedNoAssetsMinimum",
    period: { unit: "months", n: 3 },
    basis: citeSource("suspendedNoAssets", "art 1(4)"),
    confidence: "CONFIRMED-S",
    description: { zh: "终结本次执行程序须自立案之日起超过 3 个月", en: "terminating the current procedure requires more than 3 months since registration" },
  },
];

export const STATUTORY_PERIODS: StatutoryPeriods = periodTable(table);

/** The table with configured lengths for the periods not read in the norm's full text. */
export function withOverrides(overrides: Partial<Record<StatutoryPeriodKey, number>>): StatutoryPeriods {
  return overridePeriods(STATUTORY_PERIODS, overrides, { zh: "法定期间", en: "statutory period" });
}
