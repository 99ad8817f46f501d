// The case-lifecycle periods in one table, each with its basis and the confidence rules.md gives it.
// Values read in the full text of the norm (CONFIRMED-P) are fixed; the others may be configured.
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import { DomainError, invalidField, type Localized } from "../errors/domain-error";
import { PERIOD_LIMITS, type Period } from "../calendar/compute-deadline";

export type Confidence = "CONFIRMED-P" | "CONFIRMED-S" | "PARTIAL" | "UNCONFIRMED";

export type StatutoryPeriodKey =
  | "registrationDecision"
  | "handlerAssignment"
  | "enforcementNotice"
  | "enforcementNoticeOuterLimit"
  | "enforcementTerm"
  | "termExtension"
  | "extensionRequestLeadTime"
  | "suspendedNoAssetsMinimum";

export type StatutoryPeriod = {
  key: StatutoryPeriodKey;
  period: Period;
  basis: Citation;
  confidence: Confidence;
  description: Localized;
};

export type StatutoryPeriods = Readonly<Record<StatutoryPeriodKey, StatutoryPeriod>>;

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

export const STATUTORY_PERIODS: StatutoryPeriods = Object.freeze(
  Object.fromEntries(table.map((p) => [p.key, Object.freeze(p)])) as Record<StatutoryPeriodKey, StatutoryPeriod>,
);

/**
 * The table with configured lengths for the periods not read in the norm's full text. Overriding a
 * CONFIRMED-P period is refused (VALIDATION, field = the key).
 */
export function withOverrides(overrides: Partial<Record<StatutoryPeriodKey, number>>): StatutoryPeriods {
  const result = { ...STATUTORY_PERIODS } as Record<StatutoryPeriodKey, StatutoryPeriod>;
  for (const [key, n] of Object.entries(overrides) as [StatutoryPeriodKey, number | undefined][]) {
    if (n === undefined) continue;
    const current = STATUTORY_PERIODS[key];
    if (!current) {
      throw invalidField(key, { zh: `未知的法定期间：${key}`, en: `unknown statutory period: ${key}` });
    }
    if (current.confidence === "CONFIRMED-P") {
      throw new DomainError(
        "VALIDATION",
        {
          zh: `${key} 的期间已由规范原文确认（${current.basis.law} ${current.basis.article}），不可配置`,
          en: `${key} is confirmed in the norm's full text (${current.basis.en}, ${current.basis.article}) and cannot be overridden`,
        },
        { field: key },
      );
    }
    const max = PERIOD_LIMITS[current.period.unit];
    if (!Number.isInteger(n) || n < 1 || n > max) {
      throw invalidField(key, {
        zh: `${key} 必须是 1 至 ${max} 之间的整数（收到 ${String(n)}）`,
        en: `${key} must be an integer from 1 to ${max} (got ${String(n)})`,
      });
    }
    result[key] = Object.freeze({ ...current, period: { ...current.period, n } });
  }
  return Object.freeze(result);
}
