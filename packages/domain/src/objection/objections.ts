// 执行异议, 复议, 案外人异议, objections to a distribution plan and to jurisdiction (rules.md §14).
// Periods and their articles: periods.ts (all CONFIRMED-P). Rules beyond the periods:
//   异议复议规定(2020) art 2: docketed if the conditions are met, otherwise 不予受理 by ruling; missing
//     materials completed within 3 days or not accepted. art 3: court inactivity → objection to the
//     higher court. art 6 para 1: an objection to an enforcement act comes before the enforcement
//     procedure ends (except against a measure ending enforcement); para 2: a third-party objection
//     before enforcement of that object ends (before the procedure ends if a party acquired it).
//   民诉法(2023) art 236: ruling on an enforcement-act objection; 复议 to the higher court. art 238: a
//     third-party objection ruling is NOT reconsidered: a suit (unrelated to the judgment) or 审判监督
//     (related to it).
//   执行程序解释(2020) art 9: no stay of enforcement while an objection or reconsideration is examined.
//     arts 15–16 and 民诉法解释 arts 313, 463: the object is not disposed of while a third-party objection
//     is examined, while the suit is pending (unless the applicant gives security and the court allows
//     continuing), or for 15 days after a rejection is served. 民诉法解释 art 314: release 7 days after
//     the applicant's filing period ends without a suit.
//   民诉法解释 art 510 paras 2–3: the distribution plan after objections.
// Linked case numbers: an objection is docketed as 执异, a reconsideration as 执复, supervision as 执监
// (case-number/case-types.ts; the type-code list is UNCONFIRMED in rules.md §18).
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import { computeDeadline } from "../calendar/compute-deadline";
import type { StatutoryCalendar } from "../calendar/types";
import { caseTypeByKey, type CaseType } from "../case-number/case-types";
import { compareIsoDates, parseIsoDate, type IsoDate } from "../dates/iso-date";
import { invalidField } from "../errors/domain-error";
import { type Decision, refuse } from "../coercion/decision";
import { OBJECTION_PERIODS, objectionClock, type ObjectionClock } from "./periods";

const R = (a: string) => citeSource("objectionReview", a);
const L = (a: string) => citeSource("civilProcedureLaw", a);
const I = (a: string) => citeSource("civilProcedureInterpretation", a);
const E = (a: string) => citeSource("enforcementProcedure", a);

export const OBJECTION_KINDS = ["executionAct", "thirdParty"] as const;
export type ObjectionKind = (typeof OBJECTION_KINDS)[number];

/** The linked review cases and their type codes (执异 / 执复 / 执监). */
export type LinkedCaseKind = "objection" | "reconsideration" | "supervision";
export function linkedCaseType(kind: LinkedCaseKind): CaseType {
  return caseTypeByKey(kind)!;
}

/** 执行程序解释 art 9: enforcement is not stayed while an objection or a reconsideration is examined. */
export const NO_STAY: Readonly<{ staysEnforcement: false; basis: Citation }> = Object.freeze({ staysEnforcement: false, basis: E("art 9") });

export type ObjectionDocketing = {
  kind: ObjectionKind;
  caseType: CaseType;
  docketBy: ObjectionClock;
  decisionDue: ObjectionClock;
  staysEnforcement: false;
  /** Third-party objection: no disposal of the object while it is examined (执行程序解释 art 15). */
  disposalHeld: boolean;
};

/**
 * Whether a written objection is docketed (异议复议规定 arts 2, 6), with its clocks: docket within 3
 * days of receipt, decide within 15 days of receipt (民诉法 arts 236, 238).
 */
export function decideObjectionDocketing(
  input: {
    kind: ObjectionKind;
    receivedDate: IsoDate;
    materialsComplete: boolean;
    /** executionAct: the enforcement procedure has ended. thirdParty: enforcement of the object has ended. */
    enforcementEnded: boolean;
    /** executionAct: the objection is against the measure that ended enforcement (allowed after the end). */
    againstTerminationMeasure?: boolean;
  },
  cal: StatutoryCalendar,
): Decision<ObjectionDocketing, "late" | "materialsIncomplete"> {
  if (!(OBJECTION_KINDS as readonly string[]).includes(input.kind)) {
    throw invalidField("kind", { zh: `未知的异议类型：${String(input.kind)}`, en: `unknown objection kind: ${String(input.kind)}` });
  }
  const received = parseIsoDate(input.receivedDate, "receivedDate");
  if (input.enforcementEnded && !(input.kind === "executionAct" && input.againstTerminationMeasure)) {
    return input.kind === "executionAct"
      ? refuse("late", "执行行为异议应当在执行程序终结之前提出（《异议复议规定》第六条第一款）", "An objection to an enforcement act must come before the procedure ends (异议复议规定 art 6 para 1)", [R("art 6 para 1")], "enforcementEnded")
      : refuse("late", "案外人异议应当在异议指向的执行标的执行终结之前提出（《异议复议规定》第六条第二款）", "A third-party objection must come before enforcement of the object ends (异议复议规定 art 6 para 2)", [R("art 6 para 2"), I("art 462")], "enforcementEnded");
  }
  if (!input.materialsComplete) {
    return refuse(
      "materialsIncomplete",
      "异议申请材料不齐备，应一次性告知异议人在三日内补足，逾期未补足的不予受理（《异议复议规定》第二条第二款）",
      "Incomplete materials: tell the objector once to complete them within 3 days; otherwise not accepted (异议复议规定 art 2 para 2)",
      [R("art 2 para 2")],
      "materialsComplete",
    );
  }
  const docketBy = objectionClock("docketing", received, cal);
  const decisionDue = objectionClock(input.kind === "executionAct" ? "objectionDecision" : "thirdPartyDecision", received, cal);
  return {
    ok: true,
    kind: input.kind,
    caseType: linkedCaseType("objection"),
    docketBy,
    decisionDue,
    staysEnforcement: false,
    disposalHeld: input.kind === "thirdParty",
    basis: [R("art 2 para 1"), input.kind === "executionAct" ? L("art 236") : L("art 238"), NO_STAY.basis, ...(input.kind === "thirdParty" ? [E("art 15")] : [])],
  };
}

/** Missing materials: 3 days from the day the objector was told (异议复议规定 art 2 para 2). */
export function materialsCompletionDue(toldDate: IsoDate, cal: StatutoryCalendar): ObjectionClock {
  return objectionClock("materialsCompletion", toldDate, cal);
}

/** The objector and the parties are told within 3 days of docketing (异议复议规定 art 2 para 1). */
export function docketingNoticeDue(docketDate: IsoDate, cal: StatutoryCalendar): ObjectionClock {
  return objectionClock("docketingNotice", docketDate, cal);
}

/**
 * 异议复议规定 art 3: when the court has, 3 days after receipt, neither docketed nor refused (or has
 * overrun the ruling period without good reason), the objector may go to the higher court, which may
 * order docketing within 3 days or a ruling within 15 days.
 */
export function decideInactivityEscalation(
  input: { receivedDate: IsoDate; today: IsoDate; docketedOn: IsoDate | null; refused: boolean; ruledOn: IsoDate | null; kind: ObjectionKind },
  cal: StatutoryCalendar,
): Decision<{ stage: "docketing" | "ruling" }, "notOverdue"> {
  const received = parseIsoDate(input.receivedDate, "receivedDate");
  const today = parseIsoDate(input.today, "today");
  if (!input.docketedOn && !input.refused) {
    const docketBy = objectionClock("docketing", received, cal);
    if (compareIsoDates(today, docketBy.due) > 0) return { ok: true, stage: "docketing", basis: [R("art 3"), ...docketBy.basis] };
    return refuse("notOverdue", `立案期限至 ${docketBy.due} 届满，尚未超期`, `The docketing period runs until ${docketBy.due}; not overdue`, [R("art 3")], "today");
  }
  if (input.docketedOn && !input.ruledOn) {
    const due = objectionClock(input.kind === "executionAct" ? "objectionDecision" : "thirdPartyDecision", received, cal);
    if (compareIsoDates(today, due.due) > 0) return { ok: true, stage: "ruling", basis: [R("art 3"), ...due.basis] };
    return refuse("notOverdue", `异议审查期限至 ${due.due} 届满，尚未超期`, `The examination period runs until ${due.due}; not overdue`, [R("art 3")], "today");
  }
  return refuse("notOverdue", "执行法院已依法处理该异议", "The executing court has acted on the objection", [R("art 3")]);
}

export type ReconsiderationApplication = { caseType: CaseType; court: "higherCourt"; applicationDue: ObjectionClock; staysEnforcement: false };

/**
 * 复议 of an enforcement-act ruling: in writing, within 10 days of service, to the higher court
 * (民诉法 art 236; 执行程序解释 arts 6–7). A third-party objection ruling is not reconsidered (art 238).
 */
export function decideReconsiderationApplication(
  input: { objectionKind: ObjectionKind; rulingServedDate: IsoDate; filedDate: IsoDate; written: boolean },
  cal: StatutoryCalendar,
): Decision<ReconsiderationApplication, "notReconsiderable" | "notWritten" | "late"> {
  const served = parseIsoDate(input.rulingServedDate, "rulingServedDate");
  const filed = parseIsoDate(input.filedDate, "filedDate");
  if (input.objectionKind === "thirdParty") {
    return refuse(
      "notReconsiderable",
      "案外人异议裁定不适用复议：与原判决、裁定无关的，自裁定送达之日起十五日内提起执行异议之诉；认为原判决、裁定错误的，依照审判监督程序办理（《民事诉讼法》第二百三十八条）",
      "A third-party objection ruling is not reconsidered: sue within 15 days of service, or seek retrial if the judgment itself is wrong (Civil Procedure Law art 238)",
      [L("art 238")],
      "objectionKind",
    );
  }
  if (!input.written) {
    return refuse("notWritten", "申请复议应当采取书面形式（《执行程序解释》第六条）", "Reconsideration is applied for in writing (执行程序解释 art 6)", [E("art 6")], "written");
  }
  const applicationDue = objectionClock("reconsiderationApplication", served, cal);
  if (compareIsoDates(filed, applicationDue.due) > 0) {
    return refuse(
      "late",
      `复议应当自裁定送达之日起十日内申请，期间已于 ${applicationDue.due} 届满（《民事诉讼法》第二百三十六条）`,
      `Reconsideration must be sought within 10 days of service; the period ended on ${applicationDue.due} (Civil Procedure Law art 236)`,
      applicationDue.basis,
      "filedDate",
    );
  }
  return { ok: true, caseType: linkedCaseType("reconsideration"), court: "higherCourt", applicationDue, staysEnforcement: false, basis: [L("art 236"), E("art 6"), E("art 7"), NO_STAY.basis] };
}

/** The executing court sends the file up within 5 days of receiving the application (执行程序解释 art 7 para 2). */
export function fileTransmissionDue(applicationReceivedDate: IsoDate, cal: StatutoryCalendar): ObjectionClock {
  return objectionClock("fileTransmission", applicationReceivedDate, cal);
}

/**
 * The higher court's deadline: 30 days from receipt, plus an extension of at most 30 days with the
 * president's approval (执行程序解释 art 8). The extension lengthens the one period, so the rest-day
 * shift applies once, to the final day.
 */
export function reconsiderationDecisionDue(
  input: { receivedByHigherCourt: IsoDate; extensionDays?: number; presidentApproved?: boolean },
  cal: StatutoryCalendar,
): Decision<{ due: ObjectionClock; extensionDays: number }, "extensionNeedsApproval" | "extensionTooLong"> {
  const received = parseIsoDate(input.receivedByHigherCourt, "receivedByHigherCourt");
  const ext = input.extensionDays ?? 0;
  if (!Number.isInteger(ext) || ext < 0) throw invalidField("extensionDays", { zh: "延长天数必须是非负整数", en: "extensionDays must be a non-negative integer" });
  const max = OBJECTION_PERIODS.reconsiderationExtensionMax;
  if (ext > max.period.n) {
    return refuse("extensionTooLong", `复议审查期限延长不得超过三十日（收到 ${ext} 日）（《执行程序解释》第八条）`, `The extension may not exceed 30 days (got ${ext}) (执行程序解释 art 8)`, [max.basis], "extensionDays");
  }
  if (ext > 0 && !input.presidentApproved) {
    return refuse("extensionNeedsApproval", "延长复议审查期限须经本院院长批准（《执行程序解释》第八条）", "Extending the reconsideration period needs the president's approval (执行程序解释 art 8)", [max.basis], "presidentApproved");
  }
  const base = OBJECTION_PERIODS.reconsiderationDecision;
  const period = { unit: "days" as const, n: base.period.n + ext };
  const d = computeDeadline(received, period, cal);
  const due: ObjectionClock = { key: "reconsiderationDecision", from: received, period, due: d.due, nominalDue: d.nominalDue, provisional: d.provisional, confidence: base.confidence, basis: [base.basis, ...d.basis] };
  return { ok: true, due, extensionDays: ext, basis: due.basis };
}

export type DisposalHold = { held: boolean; until: IsoDate | null; reason: "examination" | "suit" | "afterRejection" | null; basis: Citation[] };

/**
 * Whether the object of a third-party objection may be disposed of on `today`: not while the objection
 * is examined (执行程序解释 art 15), not while the suit is pending unless the applicant gave security
 * and the court allowed continuing (art 16; 民诉法解释 art 313), not for 15 days after a rejection ruling
 * is served on the third party (民诉法解释 art 463 para 2; the hold runs to the shifted last day, the
 * same day the third party's suit period ends).
 */
export function disposalHold(
  input: { objectionPending: boolean; suitPending: boolean; continuationAllowedOnSecurity?: boolean; rejectionServedDate?: IsoDate | null; today: IsoDate },
  cal: StatutoryCalendar,
): DisposalHold {
  const today = parseIsoDate(input.today, "today");
  if (input.objectionPending) return { held: true, until: null, reason: "examination", basis: [E("art 15")] };
  if (input.suitPending && !input.continuationAllowedOnSecurity) return { held: true, until: null, reason: "suit", basis: [E("art 16"), I("art 313")] };
  if (input.rejectionServedDate) {
    const hold = objectionClock("noDisposalAfterRejection", parseIsoDate(input.rejectionServedDate, "rejectionServedDate"), cal);
    if (compareIsoDates(today, hold.due) <= 0) return { held: true, until: hold.due, reason: "afterRejection", basis: hold.basis };
  }
  return { held: false, until: null, reason: null, basis: [E("arts 15–16"), I("art 463 para 2")] };
}

/** The third party's (after rejection) or the applicant's (after 中止) 15 days to sue (民诉法 art 238). */
export function thirdPartySuitDue(rulingServedDate: IsoDate, cal: StatutoryCalendar): ObjectionClock {
  return objectionClock("thirdPartySuit", rulingServedDate, cal);
}

/**
 * After a 中止 ruling on a third-party objection, when the applicant did not sue within 15 days of
 * service, the measures on the object are released within 7 days after that period ends (民诉法解释
 * art 314). Refused while the period runs or when a suit was filed.
 */
export function decideReleaseAfterNoSuit(
  input: { suspensionRulingServedDate: IsoDate; suitFiled: boolean; today: IsoDate },
  cal: StatutoryCalendar,
): Decision<{ suitDue: ObjectionClock; releaseBy: ObjectionClock }, "suitFiled" | "suitPeriodRunning"> {
  const today = parseIsoDate(input.today, "today");
  const suitDue = thirdPartySuitDue(parseIsoDate(input.suspensionRulingServedDate, "suspensionRulingServedDate"), cal);
  if (input.suitFiled) {
    return refuse("suitFiled", "申请执行人已提起执行异议之诉，诉讼期间不得处分执行标的", "The applicant sued; the object stays held during the suit", [E("art 16"), I("art 313")], "suitFiled");
  }
  if (compareIsoDates(today, suitDue.due) <= 0) {
    return refuse("suitPeriodRunning", `申请执行人的起诉期限至 ${suitDue.due} 届满`, `The applicant's period to sue runs until ${suitDue.due}`, suitDue.basis, "today");
  }
  const releaseBy = objectionClock("releaseAfterNoSuit", suitDue.due, cal);
  return { ok: true, suitDue, releaseBy, basis: [I("art 314"), ...releaseBy.basis] };
}

export type DistributionOutcome = {
  distribute: "asRevisedPerObjection" | "asOriginalPlan" | "withDisputedAmountDeposited" | "asOriginalPlanNoObjection";
  basis: Citation[];
};

/** 民诉法解释 arts 509–510: what happens to the plan after the objection rounds. */
export function distributionOutcome(input: { objectionFiled: boolean; counterObjectionFiled: boolean; suitFiled: boolean }): DistributionOutcome {
  if (!input.objectionFiled) return { distribute: "asOriginalPlanNoObjection", basis: [I("art 509")] };
  if (!input.counterObjectionFiled) return { distribute: "asRevisedPerObjection", basis: [I("art 510 para 2")] };
  if (!input.suitFiled) return { distribute: "asOriginalPlan", basis: [I("art 510 para 2")] };
  return { distribute: "withDisputedAmountDeposited", basis: [I("art 510 para 3")] };
}

export function distributionObjectionDue(planReceivedDate: IsoDate, cal: StatutoryCalendar): ObjectionClock {
  return objectionClock("distributionObjection", planReceivedDate, cal);
}
export function distributionCounterObjectionDue(noticeReceivedDate: IsoDate, cal: StatutoryCalendar): ObjectionClock {
  return objectionClock("distributionCounterObjection", noticeReceivedDate, cal);
}
export function distributionSuitDue(counterNoticeReceivedDate: IsoDate, cal: StatutoryCalendar): ObjectionClock {
  return objectionClock("distributionSuit", counterNoticeReceivedDate, cal);
}

/** 执行程序解释 art 3: an objection to jurisdiction within 10 days of receiving the enforcement notice. */
export function decideJurisdictionObjection(input: { noticeReceivedDate: IsoDate; filedDate: IsoDate }, cal: StatutoryCalendar): Decision<{ due: ObjectionClock }, "late"> {
  const due = objectionClock("jurisdictionObjection", parseIsoDate(input.noticeReceivedDate, "noticeReceivedDate"), cal);
  if (compareIsoDates(parseIsoDate(input.filedDate, "filedDate"), due.due) > 0) {
    return refuse("late", `管辖权异议应当自收到执行通知书之日起十日内提出，期间已于 ${due.due} 届满（《执行程序解释》第三条）`, `Jurisdiction must be challenged within 10 days of the enforcement notice; the period ended on ${due.due} (执行程序解释 art 3)`, due.basis, "filedDate");
  }
  return { ok: true, due, basis: due.basis };
}
