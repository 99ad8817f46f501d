// The periods of fines, detention and summons (rules.md §11), in the shape of config/statutory-periods.ts.
//   民诉法解释(2022) art 185: a person fined or detained applies for reconsideration within 3 days of
//     receiving the decision; the higher court decides within 5 days of receiving the application.
//     CONFIRMED-P.
//   民诉法解释 art 186: a higher court reversing or varying in an urgent case gives oral notice first and
//     the written decision within 3 days. CONFIRMED-P.
// All read in the full text: none is configurable.
import { citeSource } from "../citation/sources";
import type { StatutoryCalendar } from "../calendar/types";
import { periodTable, type PeriodRow, type PeriodTable } from "../config/period-table";
import type { IsoDate } from "../dates/iso-date";
import { clockFrom, type StatutoryClock } from "./decision";

export type CoercionPeriodKey = "sanctionReconsiderationApplication" | "sanctionReconsiderationDecision" | "urgentReversalWrittenDecision";

export type CoercionPeriods = PeriodTable<CoercionPeriodKey>;

const table: PeriodRow<CoercionPeriodKey>[] = [
  {
    key: "sanctionReconsiderationApplication",
    period: { unit: "days", n: 3 },
    basis: citeSource("civilProcedureInterpretation", "art 185"),
    confidence: "CONFIRMED-P",
    description: {
      zh: "不服罚款、拘留决定申请复议的，应当自收到决定书之日起三日内提出",
      en: "reconsideration of a fine or detention is applied for within 3 days of receiving the decision",
    },
  },
  {
    key: "sanctionReconsiderationDecision",
    period: { unit: "days", n: 5 },
    basis: citeSource("civilProcedureInterpretation", "art 185"),
    confidence: "CONFIRMED-P",
    description: {
      zh: "上级人民法院应当在收到复议申请后五日内作出决定",
      en: "the higher court decides within 5 days of receiving the application",
    },
  },
  {
    key: "urgentReversalWrittenDecision",
    period: { unit: "days", n: 3 },
    basis: citeSource("civilProcedureInterpretation", "art 186"),
    confidence: "CONFIRMED-P",
    description: {
      zh: "情况紧急的，上级人民法院可以先口头通知，并在三日内发出决定书",
      en: "in an urgent case the higher court may notify orally first and issue the written decision within 3 days",
    },
  },
];

export const COERCION_PERIODS: CoercionPeriods = periodTable(table);

export type CoercionClock = StatutoryClock<CoercionPeriodKey>;

export function coercionClock(key: CoercionPeriodKey, from: IsoDate, cal: StatutoryCalendar): CoercionClock {
  return clockFrom(COERCION_PERIODS, key, from, cal);
}
