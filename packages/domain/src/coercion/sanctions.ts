// 罚款 and 拘留 (fines and detention), rules.md §11, and the repeatable sanction of 民诉法解释 art 503.
//   民诉法(2023) art 114 para 1: the acts that may be fined or detained (items 1–6; item 6: refusing to
//     perform an effective judgment or ruling). para 2: for an entity, its principal (主要负责人) or the
//     directly responsible person (直接责任人员) may be fined or detained. CONFIRMED-P.
//   art 118: the limits (limits.ts). CONFIRMED-P.
//   art 119 para 1: 拘传、罚款、拘留 need the president's (院长) approval. para 3: fines and detention are
//     made by 决定书; ONE reconsideration at the higher court; enforcement is not stayed meanwhile.
//     CONFIRMED-P.
//   民诉法解释(2022) art 185: 3 days to apply, 5 days to decide (periods.ts). CONFIRMED-P.
//   财产调查规定(2020) art 9: a breach of the property-report duty may be fined or detained. CONFIRMED-P.
//   限制消费规定 art 11: breaching a consumption restriction is treated as refusing to perform (2010 text
//     read; 2015 numbering assumed, rules.md §12).
//   民诉法解释 art 503: a conduct duty only the respondent can perform: sanction under 民诉法 art 114
//     para 1 item 6; para 2: AGAIN when the respondent still fails within the new period the court set.
//     CONFIRMED-P.
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import type { StatutoryCalendar } from "../calendar/types";
import { compareIsoDates, parseIsoDate, type IsoDate } from "../dates/iso-date";
import { invalidField, type Localized } from "../errors/domain-error";
import type { Fen } from "../money/fen";
import { type Decision, refuse } from "./decision";
import { DETENTION_BASIS, DETENTION_MAX_DAYS, FINE_LIMITS_BASIS, FINE_LIMITS_FEN } from "./limits";
import { coercionClock, type CoercionClock } from "./periods";

export const COERCION_GROUNDS = [
  "forgedEvidence",
  "witnessObstruction",
  "controlledPropertyDisposed",
  "retaliation",
  "obstructingOfficers",
  "refusalToPerform",
  "propertyReportBreach",
  "consumptionRestrictionBreach",
  "conductDutyOnlyRespondent",
] as const;
export type CoercionGround = (typeof COERCION_GROUNDS)[number];

export const COERCION_GROUND_INFO: Readonly<Record<CoercionGround, { basis: Citation[]; label: Localized }>> = Object.freeze({
  forgedEvidence: { basis: [citeSource("civilProcedureLaw", "art 114(1)")], label: { zh: "伪造、毁灭重要证据", en: "forging or destroying important evidence" } },
  witnessObstruction: { basis: [citeSource("civilProcedureLaw", "art 114(2)")], label: { zh: "阻止证人作证或者指使他人作伪证", en: "stopping a witness or procuring false testimony" } },
  controlledPropertyDisposed: {
    basis: [citeSource("civilProcedureLaw", "art 114(3)")],
    label: { zh: "隐藏、转移、变卖、毁损已被查封、扣押的财产，或者转移已被冻结的财产", en: "hiding, moving, selling or damaging sealed or seized property, or moving frozen property" },
  },
  retaliation: { basis: [citeSource("civilProcedureLaw", "art 114(4)")], label: { zh: "侮辱、诽谤、诬陷、殴打或者打击报复", en: "insulting, slandering, assaulting or retaliating" } },
  obstructingOfficers: { basis: [citeSource("civilProcedureLaw", "art 114(5)")], label: { zh: "以暴力、威胁或者其他方法阻碍司法工作人员执行职务", en: "obstructing judicial officers by violence, threats or otherwise" } },
  refusalToPerform: { basis: [citeSource("civilProcedureLaw", "art 114(6)")], label: { zh: "拒不履行人民法院已经发生法律效力的判决、裁定", en: "refusing to perform an effective judgment or ruling" } },
  propertyReportBreach: {
    basis: [citeSource("propertyInvestigation", "art 9")],
    label: { zh: "拒绝报告、虚假报告或者无正当理由逾期报告财产", en: "refusing to report property, reporting falsely or late without good reason" },
  },
  consumptionRestrictionBreach: {
    basis: [citeSource("consumptionRestriction", "art 11"), citeSource("civilProcedureLaw", "art 114(6)")],
    label: { zh: "违反限制消费令", en: "breaching the consumption restriction order" },
  },
  conductDutyOnlyRespondent: {
    basis: [citeSource("civilProcedureInterpretation", "art 503"), citeSource("civilProcedureLaw", "art 114(6)")],
    label: { zh: "不履行只能由被执行人完成的行为义务", en: "not performing a conduct duty only the respondent can perform" },
  },
});

/**
 * Who is sanctioned. An individual (a natural-person respondent or anyone else, 民诉法 art 114 para 1)
 * or an entity; an entity's principal or directly responsible person is an individual acting for it
 * (art 114 para 2) and is fined and detained as an individual.
 */
export type SanctionTarget =
  | { kind: "individual"; forEntity?: "principal" | "directlyResponsible" }
  | { kind: "entity" };

export type SanctionRequest =
  | { measure: "fine"; target: SanctionTarget; ground: CoercionGround; amountFen: Fen; presidentApproved: boolean }
  | { measure: "detention"; target: SanctionTarget; ground: CoercionGround; days: number; presidentApproved: boolean };

export type SanctionRefusal = "presidentApprovalMissing" | "fineOutOfRange" | "detentionOutOfRange" | "entityCannotBeDetained";

export type SanctionDecision = Decision<
  {
    measure: "fine" | "detention";
    amountFen: Fen | null;
    days: number | null;
    /** 民诉法 art 119 para 3: made by a 决定书. */
    document: "decision";
    /** Detention only: custody by the public security organ; early release on admission (art 118 para 3). */
    custody: "publicSecurity" | null;
    earlyReleaseOnCorrection: boolean;
    reconsideration: { court: "higherCourt"; times: 1; staysEnforcement: false; basis: Citation[] };
  },
  SanctionRefusal
>;

const APPROVAL = citeSource("civilProcedureLaw", "art 119 para 1");
const FORM = citeSource("civilProcedureLaw", "art 119 para 3");
const yuan = (fen: number) => (fen / 100).toLocaleString("en-US");

/** Whether a fine or detention may be decided as requested (民诉法 arts 114, 118, 119). */
export function decideSanction(req: SanctionRequest): SanctionDecision {
  if (!(COERCION_GROUNDS as readonly string[]).includes(req.ground)) {
    throw invalidField("ground", { zh: `未知的强制措施事由：${String(req.ground)}`, en: `unknown sanction ground: ${String(req.ground)}` });
  }
  const groundBasis = COERCION_GROUND_INFO[req.ground].basis;
  if (!req.presidentApproved) {
    return refuse(
      "presidentApprovalMissing",
      "罚款、拘留必须经院长批准（《民事诉讼法》第一百一十九条第一款）",
      "A fine or detention needs the court president's approval (Civil Procedure Law art 119 para 1)",
      [APPROVAL],
      "presidentApproved",
    );
  }
  const reconsideration = {
    court: "higherCourt" as const,
    times: 1 as const,
    staysEnforcement: false as const,
    basis: [FORM, citeSource("civilProcedureInterpretation", "art 185")],
  };
  if (req.measure === "fine") {
    const a = req.amountFen;
    if (!Number.isSafeInteger(a) || a <= 0) {
      throw invalidField("amountFen", { zh: `罚款金额必须是正整数（分）（收到 ${String(a)}）`, en: `the fine must be a positive integer number of fen (got ${String(a)})` });
    }
    if (req.target.kind === "individual" && a > FINE_LIMITS_FEN.individualMax) {
      return refuse(
        "fineOutOfRange",
        `对个人的罚款金额为人民币十万元以下（收到 ${yuan(a)} 元）（《民事诉讼法》第一百一十八条第一款）`,
        `A fine on an individual is at most 100,000 yuan (got ${yuan(a)} yuan) (Civil Procedure Law art 118 para 1)`,
        [FINE_LIMITS_BASIS],
        "amountFen",
      );
    }
    if (req.target.kind === "entity" && (a < FINE_LIMITS_FEN.entityMin || a > FINE_LIMITS_FEN.entityMax)) {
      return refuse(
        "fineOutOfRange",
        `对单位的罚款金额为人民币五万元以上一百万元以下（收到 ${yuan(a)} 元）（《民事诉讼法》第一百一十八条第一款）`,
        `A fine on an entity is from 50,000 to 1,000,000 yuan (got ${yuan(a)} yuan) (Civil Procedure Law art 118 para 1)`,
        [FINE_LIMITS_BASIS],
        "amountFen",
      );
    }
    return {
      ok: true,
      measure: "fine",
      amountFen: a,
      days: null,
      document: "decision",
      custody: null,
      earlyReleaseOnCorrection: false,
      reconsideration,
      basis: [...groundBasis, FINE_LIMITS_BASIS, APPROVAL, FORM],
    };
  }
  const days = req.days;
  if (!Number.isSafeInteger(days)) {
    throw invalidField("days", { zh: `拘留期限必须是整数日（收到 ${String(days)}）`, en: `detention must be a whole number of days (got ${String(days)})` });
  }
  if (req.target.kind === "entity") {
    return refuse(
      "entityCannotBeDetained",
      "单位不能被拘留；可以对其主要负责人或者直接责任人员予以拘留（《民事诉讼法》第一百一十四条第二款）",
      "An entity cannot be detained; its principal or the directly responsible person can (Civil Procedure Law art 114 para 2)",
      [citeSource("civilProcedureLaw", "art 114 para 2")],
      "target",
    );
  }
  if (days < 1 || days > DETENTION_MAX_DAYS) {
    return refuse(
      "detentionOutOfRange",
      `拘留的期限为十五日以下（收到 ${days} 日）（《民事诉讼法》第一百一十八条第二款）`,
      `Detention lasts at most 15 days (got ${days}) (Civil Procedure Law art 118 para 2)`,
      [DETENTION_BASIS],
      "days",
    );
  }
  const entityBasis = req.target.forEntity ? [citeSource("civilProcedureLaw", "art 114 para 2")] : [];
  return {
    ok: true,
    measure: "detention",
    amountFen: null,
    days,
    document: "decision",
    custody: "publicSecurity",
    earlyReleaseOnCorrection: true,
    reconsideration,
    basis: [...groundBasis, ...entityBasis, DETENTION_BASIS, APPROVAL, FORM],
  };
}

export type SanctionReconsiderationRefusal = "late" | "alreadyReconsidered" | "filedBeforeReceipt";

/**
 * Whether an application to reconsider a fine or detention is accepted: one application only
 * (民诉法 art 119 para 3), within 3 days of receiving the decision (民诉法解释 art 185). Enforcement of
 * the decision is not stayed either way. The higher court's 5-day clock starts when IT receives the
 * application: `sanctionReconsiderationDecisionDue`.
 */
export function decideSanctionReconsiderationApplication(
  input: { decisionReceivedDate: IsoDate; filedDate: IsoDate; previousApplications: number },
  cal: StatutoryCalendar,
): Decision<{ applicationDue: CoercionClock; staysEnforcement: false }, SanctionReconsiderationRefusal> {
  const received = parseIsoDate(input.decisionReceivedDate, "decisionReceivedDate");
  const filed = parseIsoDate(input.filedDate, "filedDate");
  if (!Number.isSafeInteger(input.previousApplications) || input.previousApplications < 0) {
    throw invalidField("previousApplications", { zh: "此前复议申请次数必须是非负整数", en: "previousApplications must be a non-negative integer" });
  }
  const applicationDue = coercionClock("sanctionReconsiderationApplication", received, cal);
  if (input.previousApplications > 0) {
    return refuse(
      "alreadyReconsidered",
      "对罚款、拘留决定只能向上一级人民法院申请复议一次（《民事诉讼法》第一百一十九条第三款）",
      "A fine or detention may be reconsidered by the higher court only once (Civil Procedure Law art 119 para 3)",
      [FORM],
      "previousApplications",
    );
  }
  if (compareIsoDates(filed, received) < 0) {
    throw invalidField("filedDate", { zh: "复议申请日期不能早于收到决定书之日", en: "the application cannot precede receipt of the decision" });
  }
  if (compareIsoDates(filed, applicationDue.due) > 0) {
    return refuse(
      "late",
      `复议申请应当自收到决定书之日起三日内提出，期间已于 ${applicationDue.due} 届满（《民诉法解释》第一百八十五条）`,
      `Reconsideration must be applied for within 3 days of receiving the decision; the period ended on ${applicationDue.due} (民诉法解释 art 185)`,
      applicationDue.basis,
      "filedDate",
    );
  }
  return { ok: true, applicationDue, staysEnforcement: false, basis: [FORM, ...applicationDue.basis] };
}

/** The higher court decides within 5 days of receiving the application (民诉法解释 art 185). */
export function sanctionReconsiderationDecisionDue(receivedByHigherCourt: IsoDate, cal: StatutoryCalendar): CoercionClock {
  return coercionClock("sanctionReconsiderationDecision", receivedByHigherCourt, cal);
}

/** After an urgent oral reversal, the written decision follows within 3 days (民诉法解释 art 186). */
export function urgentReversalWrittenDecisionDue(oralNoticeDate: IsoDate, cal: StatutoryCalendar): CoercionClock {
  return coercionClock("urgentReversalWrittenDecision", oralNoticeDate, cal);
}

export type RepeatSanctionRefusal = "substitutable" | "noEarlierSanction" | "noNewPeriod" | "newPeriodRunning" | "performed";

/**
 * 民诉法解释 art 503: for a conduct duty ONLY the respondent can perform, the court may sanction under
 * 民诉法 art 114 para 1 item 6, and again each time the respondent still fails within a new period the
 * court set. A duty others can perform goes to substitute performance instead (民诉法 art 263; 解释
 * art 501). The first sanction needs no earlier one; a repetition needs an earlier sanction and a new
 * court-set period that has run out (the period's last day ends at 24:00, 民法典 art 203 para 2).
 */
export function decideRepeatSanction(input: {
  onlyRespondentCanPerform: boolean;
  earlierSanctions: number;
  newPeriodDue: IsoDate | null;
  performed: boolean;
  today: IsoDate;
}): Decision<{ repetition: number }, RepeatSanctionRefusal> {
  const today = parseIsoDate(input.today, "today");
  const art503 = citeSource("civilProcedureInterpretation", "art 503");
  if (!input.onlyRespondentCanPerform) {
    return refuse(
      "substitutable",
      "该行为义务可由他人完成，应当选定代履行人代为履行，费用由被执行人负担（《民事诉讼法》第二百六十三条、《民诉法解释》第五百零一条）",
      "Others can perform this duty: appoint a substitute performer at the respondent's cost (Civil Procedure Law art 263; 民诉法解释 art 501)",
      [citeSource("civilProcedureLaw", "art 263"), citeSource("civilProcedureInterpretation", "art 501")],
      "onlyRespondentCanPerform",
    );
  }
  if (input.performed) {
    return refuse("performed", "被执行人已履行该行为义务，不得再行处罚", "The respondent has performed the duty; no further sanction", [art503], "performed");
  }
  if (!Number.isSafeInteger(input.earlierSanctions) || input.earlierSanctions < 0) {
    throw invalidField("earlierSanctions", { zh: "此前处罚次数必须是非负整数", en: "earlierSanctions must be a non-negative integer" });
  }
  if (input.earlierSanctions === 0) {
    return { ok: true, repetition: 0, basis: [art503, citeSource("civilProcedureLaw", "art 114(6)")] };
  }
  if (input.newPeriodDue === null) {
    return refuse(
      "noNewPeriod",
      "再次处罚须先确定新的履行期间，被执行人在该期间内仍不履行（《民诉法解释》第五百零三条第二款）",
      "A repeated sanction needs a new performance period set by the court that the respondent let pass (民诉法解释 art 503 para 2)",
      [citeSource("civilProcedureInterpretation", "art 503 para 2")],
      "newPeriodDue",
    );
  }
  const due = parseIsoDate(input.newPeriodDue, "newPeriodDue");
  if (compareIsoDates(today, due) <= 0) {
    return refuse(
      "newPeriodRunning",
      `人民法院确定的履行期间至 ${due} 届满，届满前不得再次处罚（《民诉法解释》第五百零三条第二款）`,
      `The court-set period runs until ${due}; no repeated sanction before it ends (民诉法解释 art 503 para 2)`,
      [citeSource("civilProcedureInterpretation", "art 503 para 2")],
      "today",
    );
  }
  return {
    ok: true,
    repetition: input.earlierSanctions,
    basis: [citeSource("civilProcedureInterpretation", "art 503 para 2"), citeSource("civilProcedureLaw", "art 114(6)")],
  };
}
