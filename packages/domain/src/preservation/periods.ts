// The periods of the measures register (rules.md §§2, 4), in the shape of config/statutory-periods.ts:
// key, period, basis, confidence. Values read in the full text of the norm (CONFIRMED-P) are fixed;
// the others may be configured with withPreservationOverrides.
//   民诉法解释(2022) art 485 para 1: deposits frozen ≤ 1 year; movables sealed or seized ≤ 2 years; real
//     estate sealed, other property rights frozen ≤ 3 years. CONFIRMED-P.
//   注册商标权保全解释(2020) art 2: a registered trademark in property preservation ≤ 1 year each time,
//     counted from the day the trademark office receives the assistance notice. CONFIRMED-P.
//   财产调查规定(2020) art 2: a clear, specific clue is verified within 7 days; urgent cases within 3 days.
//     CONFIRMED-P.
//   若干期限规定(2006) art 6: when the applicant asks the court to investigate, the court starts the
//     investigation within 10 days of the request. rules.md §2: CONFIRMED-S (secondary sources) →
//     configurable, default 10.
//   若干期限规定(2006), probably art 7: the property investigation is completed "generally within 1
//     month". rules.md §2: PARTIAL (number CONFIRMED-S, article UNCONFIRMED) → configurable, default 1.
import { citeSource } from "../citation/sources";
import { overridePeriods, periodTable, type PeriodRow, type PeriodTable } from "../config/period-table";

export type PreservationPeriodKey =
  | "depositTermMax"
  | "movableTermMax"
  | "propertyRightTermMax"
  | "trademarkPreservationTermMax"
  | "clueVerification"
  | "clueVerificationUrgent"
  | "investigationStart"
  | "propertyInvestigation";

export type PreservationPeriod = PeriodRow<PreservationPeriodKey>;

export type PreservationPeriods = PeriodTable<PreservationPeriodKey>;

const table: PreservationPeriod[] = [
  {
    key: "depositTermMax",
    period: { unit: "years", n: 1 },
    basis: citeSource("civilProcedureInterpretation", "art 485 para 1"),
    confidence: "CONFIRMED-P",
    description: { zh: "冻结银行存款的期限不得超过一年", en: "a freeze of bank deposits lasts at most 1 year" },
  },
  {
    key: "movableTermMax",
    period: { unit: "years", n: 2 },
    basis: citeSource("civilProcedureInterpretation", "art 485 para 1"),
    confidence: "CONFIRMED-P",
    description: { zh: "查封、扣押动产的期限不得超过两年", en: "sealing or seizing movables lasts at most 2 years" },
  },
  {
    key: "propertyRightTermMax",
    period: { unit: "years", n: 3 },
    basis: citeSource("civilProcedureInterpretation", "art 485 para 1"),
    confidence: "CONFIRMED-P",
    description: {
      zh: "查封不动产、冻结其他财产权的期限不得超过三年",
      en: "sealing real estate or freezing other property rights lasts at most 3 years",
    },
  },
  {
    key: "trademarkPreservationTermMax",
    period: { unit: "years", n: 1 },
    basis: citeSource("trademarkPreservation", "art 2"),
    confidence: "CONFIRMED-P",
    description: {
      zh: "对注册商标权保全的期限一次不得超过一年，自商标局收到协助执行通知书之日起计算",
      en: "preservation of a registered trademark lasts at most 1 year each time, from the day the trademark office receives the assistance notice",
    },
  },
  {
    key: "clueVerification",
    period: { unit: "days", n: 7 },
    basis: citeSource("propertyInvestigation", "art 2 para 1"),
    confidence: "CONFIRMED-P",
    description: { zh: "财产线索明确、具体的，应当在七日内调查核实", en: "verify a clear and specific property clue within 7 days" },
  },
  {
    key: "clueVerificationUrgent",
    period: { unit: "days", n: 3 },
    basis: citeSource("propertyInvestigation", "art 2 para 1"),
    confidence: "CONFIRMED-P",
    description: { zh: "情况紧急的，应当在三日内调查核实", en: "in an urgent case, verify the clue within 3 days" },
  },
  {
    key: "investigationStart",
    period: { unit: "days", n: 10 },
    basis: citeSource("enforcementPeriods", "art 6"),
    confidence: "CONFIRMED-S",
    description: {
      zh: "申请执行人申请法院调查财产的，应当在申请之日起十日内启动调查（据二手资料核实，可配置）",
      en: "when the applicant asks the court to investigate, start the investigation within 10 days of the request (confirmed from secondary sources; configurable)",
    },
  },
  {
    key: "propertyInvestigation",
    period: { unit: "months", n: 1 },
    basis: citeSource("enforcementPeriods", "art 7 (believed)"),
    confidence: "PARTIAL",
    description: {
      zh: "财产调查一般应在一个月内完成（条文序号未核实，可配置）",
      en: "complete the property investigation, generally within 1 month (article number unconfirmed; configurable)",
    },
  },
];

export const PRESERVATION_PERIODS: PreservationPeriods = periodTable(table);

/** Configured lengths for the periods not read in the norm's full text (investigationStart, propertyInvestigation). */
export function withPreservationOverrides(overrides: Partial<Record<PreservationPeriodKey, number>>): PreservationPeriods {
  return overridePeriods(PRESERVATION_PERIODS, overrides, { zh: "保全期间", en: "preservation period" });
}
