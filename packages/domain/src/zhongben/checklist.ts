// The 终本 checklist (终结本次执行程序, glossary `suspendedNoAssets`), rules.md §16, built from what the
// case's records show. It PLUGS INTO case/closure.ts: the lifecycle's `close` event with mode
// "suspendedNoAssets" carries a SuspensionChecklist and a SuspensionApproval, which checkClosure
// verifies (with the 3-month rule and the notice/report order from the case state). This module
// derives that checklist from the records, with every condition's basis, confidence and — when unmet —
// its bilingual reason, so the applicant and the handler see the same list the closure checks.
//   终本规定(2016) art 1 (CONFIRMED-S): (1) 执行通知 issued and the respondent ordered to report property;
//     (2) 限制消费令 issued, and listed as dishonest where the conditions are met; (3) property
//     investigation exhausted, nothing found or nothing disposable; (4) more than 3 months since 立案;
//     (5) a missing respondent searched for, and obstruction sanctioned (fine, detention, referral).
//   art 2 (CONFIRMED-S): "报告财产" complete means the order issued, the report verified, and refusal, a
//     false or late report sanctioned.
//   art 3 (PARTIAL: the list is from memory): "exhausted" means the given clues checked, network 查控,
//     on-site checks where the network cannot reach, search, audit or 悬赏 on application. The required
//     steps are therefore configurable (ZHONGBEN_SETTINGS.requiredInvestigationSteps).
//   art 5 (PARTIAL: article number unconfirmed): the applicant told the status and heard (约谈).
//   民诉法解释(2022) art 517 (CONFIRMED-P): the applicant's signed confirmation, or a collegial panel's
//     review approved by the president.
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import { computeDeadline } from "../calendar/compute-deadline";
import type { StatutoryCalendar } from "../calendar/types";
import type { SuspensionApproval, SuspensionChecklist } from "../case/types";
import { STATUTORY_PERIODS, type StatutoryPeriods } from "../config/statutory-periods";
import type { Confidence } from "../config/period-table";
import { addDays } from "../dates/date-arithmetic";
import { compareIsoDates, parseIsoDate, type IsoDate } from "../dates/iso-date";
import type { Localized } from "../errors/domain-error";

const Z = (a: string) => citeSource("suspendedNoAssets", a);

export const INVESTIGATION_STEPS = ["cluesChecked", "networkInquiry", "onSiteCheck", "search", "auditOrReward"] as const;
export type InvestigationStep = (typeof INVESTIGATION_STEPS)[number];

export const INVESTIGATION_STEP_LABELS: Readonly<Record<InvestigationStep, Localized>> = Object.freeze({
  cluesChecked: { zh: "核查申请执行人提供的财产线索", en: "the applicant's clues checked" },
  networkInquiry: { zh: "通过网络执行查控系统查询存款、车辆、不动产、有价证券等财产", en: "network inquiry for deposits, vehicles, real estate and securities" },
  onSiteCheck: { zh: "对网络查控无法覆盖的财产现场调查", en: "on-site checks where the network cannot reach" },
  search: { zh: "依法搜查", en: "search" },
  auditOrReward: { zh: "依申请审计或者悬赏", en: "audit or reward notice on application" },
});

export type ZhongbenSettings = {
  /** Steps always required before the investigation counts as exhausted (art 3, PARTIAL). */
  requiredInvestigationSteps: readonly InvestigationStep[];
  /** Periods: the 3-month minimum comes from the lifecycle table (configurable there, CONFIRMED-S). */
  periods: StatutoryPeriods;
  investigationConfidence: Confidence;
  provisional: true;
};

export const ZHONGBEN_SETTINGS: Readonly<ZhongbenSettings> = Object.freeze({
  requiredInvestigationSteps: Object.freeze(["cluesChecked", "networkInquiry"] as InvestigationStep[]),
  periods: STATUTORY_PERIODS,
  investigationConfidence: "PARTIAL",
  provisional: true,
});

/** What the records show, as the service loads it. */
export type ZhongbenFacts = {
  registeredDate: IsoDate;
  today: IsoDate;
  noticeIssued: boolean;
  reportOrderIssued: boolean;
  /** art 2: the report was verified (or no report came and the breach was sanctioned). */
  reportVerified: boolean;
  /** art 2: a refusal, false or late report occurred … */
  reportBreach: boolean;
  /** … and was sanctioned (fine, detention, listing). */
  reportBreachSanctioned: boolean;
  consumptionRestrictionIssued: boolean;
  /** Whether the 失信 listing conditions are met (失信规定 art 1), and whether the respondent is listed. */
  dishonestConditionsMet: boolean;
  dishonestListed: boolean;
  investigationStepsDone: readonly InvestigationStep[];
  /** Property exists that the network cannot reach (art 3: on-site checks then required). */
  propertyBeyondNetwork: boolean;
  /** The applicant applied for an audit or a reward notice (art 3: then required). */
  applicantAppliedForAuditOrReward: boolean;
  /** Nothing found, or nothing found can be disposed of. */
  noDisposableProperty: boolean;
  respondentMissing: boolean;
  respondentSearched: boolean;
  obstructionFound: boolean;
  obstructionSanctioned: boolean;
  applicantInterviewed: boolean;
  approval: SuspensionApproval | null;
};

export const ZHONGBEN_CONDITION_KEYS = [
  "notifiedAndReportOrdered",
  "consumptionRestricted",
  "dishonestListedWhereApplicable",
  "investigationExhausted",
  "moreThanThreeMonths",
  "debtorSearchedAndSanctioned",
  "applicantInterviewed",
  "approval",
] as const;
export type ZhongbenConditionKey = (typeof ZHONGBEN_CONDITION_KEYS)[number];

export type ZhongbenCondition = {
  key: ZhongbenConditionKey;
  met: boolean;
  label: Localized;
  /** Why it is not met (null when met). */
  reason: Localized | null;
  basis: Citation[];
  confidence: Confidence;
  /** Whether the condition's content can be configured (PARTIAL / UNCONFIRMED parts). */
  configurable: boolean;
};

export type ZhongbenEvaluation = {
  ready: boolean;
  conditions: ZhongbenCondition[];
  unmet: ZhongbenCondition[];
  /** For the lifecycle's close event (case/closure.ts). */
  checklist: SuspensionChecklist;
  approval: SuspensionApproval | null;
  /** The first day closure by 终本 is possible on the 3-month rule. */
  earliestDate: IsoDate;
};

const cond = (
  key: ZhongbenConditionKey,
  met: boolean,
  label: Localized,
  reason: Localized,
  basis: Citation[],
  confidence: Confidence,
  configurable = false,
): ZhongbenCondition => ({ key, met, label, reason: met ? null : reason, basis, confidence, configurable });

/** Every condition of 终本规定 art 1 (and the approval of 民诉法解释 art 517) against the records. */
export function evaluateZhongben(facts: ZhongbenFacts, cal: StatutoryCalendar, settings: Readonly<ZhongbenSettings> = ZHONGBEN_SETTINGS): ZhongbenEvaluation {
  const registered = parseIsoDate(facts.registeredDate, "registeredDate");
  const today = parseIsoDate(facts.today, "today");
  const conditions: ZhongbenCondition[] = [];

  // art 1(1), art 2.
  const reportOk = facts.reportVerified && (!facts.reportBreach || facts.reportBreachSanctioned);
  conditions.push(
    cond(
      "notifiedAndReportOrdered",
      facts.noticeIssued && facts.reportOrderIssued && reportOk,
      { zh: "已发出执行通知并责令报告财产", en: "enforcement notice issued and property report ordered" },
      !facts.noticeIssued || !facts.reportOrderIssued
        ? { zh: "尚未发出执行通知书或报告财产令（《终本规定》第一条第一项）", en: "The enforcement notice or the order to report property has not been issued (终本规定 art 1(1))" }
        : !facts.reportVerified
          ? { zh: "被执行人报告的财产尚未核实（《终本规定》第二条）", en: "The respondent's report has not been verified (终本规定 art 2)" }
          : { zh: "拒绝报告、虚假报告或逾期报告尚未依法处理（《终本规定》第二条）", en: "A refused, false or late report has not been sanctioned (终本规定 art 2)" },
      [Z("art 1(1)"), Z("art 2")],
      "CONFIRMED-S",
    ),
  );
  // art 1(2).
  conditions.push(
    cond(
      "consumptionRestricted",
      facts.consumptionRestrictionIssued,
      { zh: "已发出限制消费令", en: "consumption restriction order issued" },
      { zh: "尚未发出限制消费令（《终本规定》第一条第二项）", en: "No consumption restriction order has been issued (终本规定 art 1(2))" },
      [Z("art 1(2)")],
      "CONFIRMED-S",
    ),
  );
  conditions.push(
    cond(
      "dishonestListedWhereApplicable",
      !facts.dishonestConditionsMet || facts.dishonestListed,
      { zh: "符合条件的已纳入失信被执行人名单", en: "listed as dishonest where the conditions are met" },
      { zh: "被执行人符合纳入失信名单的条件，但尚未纳入（《终本规定》第一条第二项）", en: "The respondent meets the listing conditions but is not listed (终本规定 art 1(2))" },
      [Z("art 1(2)"), citeSource("dishonestList", "art 1")],
      "CONFIRMED-S",
    ),
  );
  // art 1(3), art 3 (PARTIAL → configurable).
  const required = new Set<InvestigationStep>(settings.requiredInvestigationSteps);
  if (facts.propertyBeyondNetwork) required.add("onSiteCheck");
  if (facts.applicantAppliedForAuditOrReward) required.add("auditOrReward");
  const missingSteps = INVESTIGATION_STEPS.filter((s) => required.has(s) && !facts.investigationStepsDone.includes(s));
  conditions.push(
    cond(
      "investigationExhausted",
      missingSteps.length === 0 && facts.noDisposableProperty,
      { zh: "已穷尽财产调查措施，未发现可供执行的财产或者财产不能处置", en: "property investigation exhausted; nothing found or nothing disposable" },
      missingSteps.length > 0
        ? {
            zh: `财产调查措施尚未穷尽：${missingSteps.map((s) => INVESTIGATION_STEP_LABELS[s].zh).join("；")}（《终本规定》第一条第三项、第三条）`,
            en: `Investigation not exhausted: ${missingSteps.map((s) => INVESTIGATION_STEP_LABELS[s].en).join("; ")} (终本规定 arts 1(3), 3)`,
          }
        : { zh: "已发现可供执行的财产，应当处置（《终本规定》第一条第三项）", en: "Disposable property has been found; it must be disposed of (终本规定 art 1(3))" },
      [Z("art 1(3)"), Z("art 3")],
      settings.investigationConfidence,
      true,
    ),
  );
  // art 1(4): counted like case/closure.ts — elapsed to the nominal day, "more than" = after it.
  const min = computeDeadline(registered, settings.periods.suspendedNoAssetsMinimum.period, cal);
  conditions.push(
    cond(
      "moreThanThreeMonths",
      compareIsoDates(today, min.nominalDue) > 0,
      { zh: "自立案之日起已超过三个月", en: "more than three months since registration" },
      { zh: `自立案之日起须超过三个月（${min.nominalDue} 之后）（《终本规定》第一条第四项）`, en: `More than three months must pass since registration (after ${min.nominalDue}) (终本规定 art 1(4))` },
      [settings.periods.suspendedNoAssetsMinimum.basis, citeSource("civilCode", "art 202")],
      settings.periods.suspendedNoAssetsMinimum.confidence,
      true,
    ),
  );
  // art 1(5).
  const searchedOk = !facts.respondentMissing || facts.respondentSearched;
  const sanctionedOk = !facts.obstructionFound || facts.obstructionSanctioned;
  conditions.push(
    cond(
      "debtorSearchedAndSanctioned",
      searchedOk && sanctionedOk,
      { zh: "已查找下落不明的被执行人并对妨害执行行为依法处理", en: "missing respondent searched for and obstruction sanctioned" },
      !searchedOk
        ? { zh: "被执行人下落不明，尚未依法查找（《终本规定》第一条第五项）", en: "The respondent is missing and has not been searched for (终本规定 art 1(5))" }
        : { zh: "妨害执行行为尚未依法采取罚款、拘留或移送追究刑事责任（《终本规定》第一条第五项）", en: "Obstruction has not been sanctioned by fine, detention or criminal referral (终本规定 art 1(5))" },
      [Z("art 1(5)")],
      "CONFIRMED-S",
    ),
  );
  // art 5 (PARTIAL).
  conditions.push(
    cond(
      "applicantInterviewed",
      facts.applicantInterviewed,
      { zh: "已约谈申请执行人并听取意见", en: "applicant told of the status and heard" },
      { zh: "终本前应告知申请执行人执行情况、措施、财产情况、终本依据及后果，并听取其意见（《终本规定》第五条，条文序号未核实）", en: "Before 终本 the applicant must be told the status, measures, property, basis and consequences, and heard (终本规定 art 5, article number unconfirmed)" },
      [Z("art 5 (believed)")],
      "PARTIAL",
    ),
  );
  // 民诉法解释 art 517.
  conditions.push(
    cond(
      "approval",
      facts.approval === "applicantConfirmed" || facts.approval === "collegialPanelApproved",
      { zh: "申请执行人签字确认或合议庭审查并经院长批准", en: "applicant's signed confirmation or collegial panel approved by the president" },
      { zh: "须有申请执行人签字确认，或者执行法院组成合议庭审查核实并经院长批准（《民诉法解释》第五百一十七条）", en: "Requires the applicant's signed confirmation or a collegial panel's review approved by the president (民诉法解释 art 517)" },
      [citeSource("civilProcedureInterpretation", "art 517")],
      "CONFIRMED-P",
    ),
  );

  const byKey = (k: ZhongbenConditionKey) => conditions.find((c) => c.key === k)!.met;
  const checklist: SuspensionChecklist = {
    notifiedAndReportOrdered: byKey("notifiedAndReportOrdered"),
    consumptionRestricted: byKey("consumptionRestricted"),
    dishonestListedWhereApplicable: byKey("dishonestListedWhereApplicable"),
    investigationExhausted: byKey("investigationExhausted"),
    debtorSearchedAndSanctioned: byKey("debtorSearchedAndSanctioned"),
    applicantInterviewed: byKey("applicantInterviewed"),
  };
  const unmet = conditions.filter((c) => !c.met);
  return {
    ready: unmet.length === 0,
    conditions,
    unmet,
    checklist,
    approval: byKey("approval") ? facts.approval : null,
    earliestDate: addDays(min.nominalDue, 1),
  };
}
