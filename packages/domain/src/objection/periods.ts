// The periods of objections and reconsideration (rules.md §14), in the shape of
// config/statutory-periods.ts. Every row was read in the full text (CONFIRMED-P): none is configurable.
//   异议复议规定(2020) art 2: an objection is docketed within 3 days; the objector and parties are notified
//     within 3 days of docketing; missing materials are completed within 3 days.
//   art 3: when the court neither dockets nor refuses within 3 days, the higher court may order it to
//     docket within 3 days or rule within 15 days.
//   民诉法(2023) art 236: an objection to an enforcement act is examined within 15 days of receipt; 复议
//     to the higher court within 10 days of service of the ruling.
//   执行程序解释(2020) art 7 para 2: the executing court sends the file up within 5 days.
//   art 8: the higher court decides within 30 days of receipt, extendable by ≤ 30 days with the
//     president's approval. art 9: no stay while an objection or a reconsideration is examined.
//   民诉法(2023) art 238: a third-party objection is examined within 15 days; a suit (执行异议之诉) within
//     15 days of service of the ruling.
//   民诉法解释(2022) art 463 para 2: no disposal for 15 days after a rejection ruling is served on the third
//     party. art 314: after a 中止 ruling, if the applicant does not sue in time, measures are released
//     within 7 days after the filing period ends.
//   民诉法解释 arts 509–510 (执行程序解释 arts 17–18): distribution-plan objection 15 days from receipt,
//     counter-objection 15 days from the notice, suit 15 days from the notice of the counter-objection.
//   执行程序解释 art 3: an objection to jurisdiction within 10 days of receiving the enforcement notice.
import { citeSource } from "../citation/sources";
import type { StatutoryCalendar } from "../calendar/types";
import { periodTable, type PeriodRow, type PeriodTable } from "../config/period-table";
import type { IsoDate } from "../dates/iso-date";
import { clockFrom, type StatutoryClock } from "../coercion/decision";

export type ObjectionPeriodKey =
  | "docketing"
  | "docketingNotice"
  | "materialsCompletion"
  | "higherCourtOrderedDocketing"
  | "higherCourtOrderedRuling"
  | "objectionDecision"
  | "reconsiderationApplication"
  | "fileTransmission"
  | "reconsiderationDecision"
  | "reconsiderationExtensionMax"
  | "thirdPartyDecision"
  | "thirdPartySuit"
  | "noDisposalAfterRejection"
  | "releaseAfterNoSuit"
  | "distributionObjection"
  | "distributionCounterObjection"
  | "distributionSuit"
  | "jurisdictionObjection";

export type ObjectionPeriods = PeriodTable<ObjectionPeriodKey>;

const row = (key: ObjectionPeriodKey, n: number, basis: ReturnType<typeof citeSource>, zh: string, en: string): PeriodRow<ObjectionPeriodKey> => ({
  key,
  period: { unit: "days", n },
  basis,
  confidence: "CONFIRMED-P",
  description: { zh, en },
});
const R = (a: string) => citeSource("objectionReview", a);
const L = (a: string) => citeSource("civilProcedureLaw", a);
const I = (a: string) => citeSource("civilProcedureInterpretation", a);
const E = (a: string) => citeSource("enforcementProcedure", a);

const table: PeriodRow<ObjectionPeriodKey>[] = [
  row("docketing", 3, R("art 2 para 1"), "执行异议符合条件的，应当在三日内立案", "an objection meeting the conditions is docketed within 3 days"),
  row("docketingNotice", 3, R("art 2 para 1"), "立案后三日内通知异议人和相关当事人", "the objector and the parties are notified within 3 days of docketing"),
  row("materialsCompletion", 3, R("art 2 para 2"), "申请材料不齐备的，一次性告知异议人在三日内补足", "incomplete materials are completed within 3 days of being told"),
  row("higherCourtOrderedDocketing", 3, R("art 3"), "上一级人民法院指令执行法院在三日内立案", "the higher court orders docketing within 3 days"),
  row("higherCourtOrderedRuling", 15, R("art 3"), "上一级人民法院指令执行法院在十五日内作出异议裁定", "the higher court orders a ruling within 15 days"),
  row("objectionDecision", 15, L("art 236"), "自收到书面异议之日起十五日内审查", "an objection is examined within 15 days of receipt"),
  row("reconsiderationApplication", 10, L("art 236"), "自裁定送达之日起十日内向上一级人民法院申请复议", "reconsideration is sought from the higher court within 10 days of service"),
  row("fileTransmission", 5, E("art 7 para 2"), "执行法院收到复议申请后五日内将案卷材料报送上一级人民法院", "the file goes up within 5 days of the application"),
  row("reconsiderationDecision", 30, E("art 8"), "上一级人民法院自收到复议申请之日起三十日内审查完毕并作出裁定", "the higher court decides within 30 days of receipt"),
  row("reconsiderationExtensionMax", 30, E("art 8"), "有特殊情况需要延长的，经本院院长批准，延长不超过三十日", "extendable by at most 30 days with the president's approval"),
  row("thirdPartyDecision", 15, L("art 238"), "案外人异议自收到书面异议之日起十五日内审查", "a third-party objection is examined within 15 days of receipt"),
  row("thirdPartySuit", 15, L("art 238"), "对裁定不服、与原判决裁定无关的，可以自裁定送达之日起十五日内提起诉讼", "a suit may be filed within 15 days of service of the ruling"),
  row("noDisposalAfterRejection", 15, I("art 463 para 2"), "驳回案外人执行异议裁定送达案外人之日起十五日内，不得对执行标的进行处分", "no disposal of the object for 15 days after a rejection is served"),
  row("releaseAfterNoSuit", 7, I("art 314"), "裁定中止执行后申请执行人未在期间内起诉的，自起诉期限届满之日起七日内解除执行措施", "after a 中止 ruling and no suit, measures are released within 7 days after the filing period"),
  row("distributionObjection", 15, I("art 509"), "对分配方案有异议的，应当自收到分配方案之日起十五日内提出书面异议", "a distribution plan is objected to within 15 days of receipt"),
  row("distributionCounterObjection", 15, I("art 510 para 2"), "未提出异议的债权人、被执行人自收到通知之日起十五日内可提出反对意见", "the others may counter-object within 15 days of the notice"),
  row("distributionSuit", 15, I("art 510 para 2"), "异议人可以自收到反对意见通知之日起十五日内提起诉讼", "the objector may sue within 15 days of the counter-objection notice"),
  row("jurisdictionObjection", 10, E("art 3"), "对管辖权有异议的，应当自收到执行通知书之日起十日内提出", "jurisdiction is objected to within 10 days of receiving the enforcement notice"),
];

export const OBJECTION_PERIODS: ObjectionPeriods = periodTable(table);

export type ObjectionClock = StatutoryClock<ObjectionPeriodKey>;

export function objectionClock(key: ObjectionPeriodKey, from: IsoDate, cal: StatutoryCalendar): ObjectionClock {
  return clockFrom(OBJECTION_PERIODS, key, from, cal);
}
