// 替代履行 (substitute performance), rules.md §15.
//   民诉法(2023) art 263: the court may entrust a unit or person to perform, at the respondent's cost.
//   民诉法解释(2022) art 501 para 1: the court chooses the substitute performer; where law or regulation
//     requires a qualification, from the qualified; by tender when necessary. para 2: the applicant may
//     recommend a qualified performer or apply to perform itself; the court decides.
//   art 502 para 1: the court fixes the cost; the respondent prepays it within the period the court sets;
//     unpaid, the court may enforce it. para 2: after performance the respondent may inspect and copy the
//     cost list and the main vouchers. All CONFIRMED-P.
// The prepayment period is set by the court ("指定期限"): no statutory number; the product proposes
// DEFAULT_PREPAYMENT_DAYS (a court practice, not law).
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import { computeDeadline, type DeadlineResult } from "../calendar/compute-deadline";
import type { StatutoryCalendar } from "../calendar/types";
import { compareIsoDates, parseIsoDate, type IsoDate } from "../dates/iso-date";
import { invalidField } from "../errors/domain-error";
import type { Fen } from "../money/fen";
import { type Decision, refuse } from "../coercion/decision";

const I = (a: string) => citeSource("civilProcedureInterpretation", a);

export const PERFORMER_SELECTION_METHODS = ["courtSelected", "applicantRecommended", "applicantSelf", "tender"] as const;
export type PerformerSelectionMethod = (typeof PERFORMER_SELECTION_METHODS)[number];

/** Whether this substitute performer may be appointed (民诉法解释 art 501). */
export function decideSubstitutePerformer(input: {
  method: PerformerSelectionMethod;
  qualificationRequired: boolean;
  performerQualified: boolean;
  /** The court's decision on an applicant's recommendation or self-performance (art 501 para 2). */
  courtApproved: boolean;
}): Decision<{ method: PerformerSelectionMethod }, "qualificationMissing" | "courtApprovalMissing"> {
  if (!(PERFORMER_SELECTION_METHODS as readonly string[]).includes(input.method)) {
    throw invalidField("method", { zh: `未知的代履行人选定方式：${String(input.method)}`, en: `unknown selection method: ${String(input.method)}` });
  }
  if (input.qualificationRequired && !input.performerQualified) {
    return refuse(
      "qualificationMissing",
      "法律、行政法规对履行该行为义务有资格限制的，应当从有资格的人中选定代履行人（《民诉法解释》第五百零一条第一款）",
      "Where law requires a qualification, the substitute performer must hold it (民诉法解释 art 501 para 1)",
      [I("art 501 para 1")],
      "performerQualified",
    );
  }
  if ((input.method === "applicantRecommended" || input.method === "applicantSelf") && !input.courtApproved) {
    return refuse(
      "courtApprovalMissing",
      "申请执行人推荐代履行人或者申请自己代为履行的，是否准许由人民法院决定（《民诉法解释》第五百零一条第二款）",
      "The applicant's recommendation or self-performance needs the court's decision (民诉法解释 art 501 para 2)",
      [I("art 501 para 2")],
      "courtApproved",
    );
  }
  const basis = [citeSource("civilProcedureLaw", "art 263"), I(input.method === "courtSelected" || input.method === "tender" ? "art 501 para 1" : "art 501 para 2")];
  return { ok: true, method: input.method, basis };
}

/** Product default for the court-set prepayment period (court practice, not law). */
export const DEFAULT_PREPAYMENT_DAYS = 10;

export type SubstituteCost = { amountFen: Fen; prepaymentDue: DeadlineResult; courtSet: true; basis: Citation[] };

/** The cost the court fixes and the day by which the respondent prepays it (art 502 para 1). */
export function fixSubstituteCost(input: { amountFen: Fen; orderDate: IsoDate; prepaymentDays?: number }, cal: StatutoryCalendar): SubstituteCost {
  if (!Number.isSafeInteger(input.amountFen) || input.amountFen <= 0) {
    throw invalidField("amountFen", { zh: "代履行费用必须是正整数（分）", en: "the substitute-performance cost must be a positive integer number of fen" });
  }
  const days = input.prepaymentDays ?? DEFAULT_PREPAYMENT_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > 365) {
    throw invalidField("prepaymentDays", { zh: "预付期限应为 1 至 365 日", en: "the prepayment period must be 1 to 365 days" });
  }
  const prepaymentDue = computeDeadline(parseIsoDate(input.orderDate, "orderDate"), { unit: "days", n: days }, cal);
  return { amountFen: input.amountFen, prepaymentDue, courtSet: true, basis: [I("art 502 para 1"), citeSource("civilProcedureLaw", "art 263"), ...prepaymentDue.basis] };
}

export type CostDuty = { kind: "monetary"; category: "costs"; amountFen: Fen; description: { zh: string; en: string } };

/**
 * The unpaid part of the cost after the prepayment period becomes a monetary duty the court enforces
 * (art 502 para 1 "被执行人未预付的，人民法院可以对该费用强制执行").
 */
export function decideUnpaidCostEnforcement(input: { costFen: Fen; paidFen: Fen; prepaymentDue: IsoDate; today: IsoDate }): Decision<{ duty: CostDuty }, "paid" | "prepaymentPeriodRunning"> {
  for (const k of ["costFen", "paidFen"] as const) {
    if (!Number.isSafeInteger(input[k]) || input[k] < 0) throw invalidField(k, { zh: `${k} 必须是非负整数（分）`, en: `${k} must be a non-negative integer number of fen` });
  }
  const unpaid = input.costFen - input.paidFen;
  if (unpaid <= 0) return refuse("paid", "代履行费用已全部预付", "The cost has been prepaid in full", [I("art 502 para 1")], "paidFen");
  const due = parseIsoDate(input.prepaymentDue, "prepaymentDue");
  if (compareIsoDates(parseIsoDate(input.today, "today"), due) <= 0) {
    return refuse("prepaymentPeriodRunning", `预付期限至 ${due} 届满`, `The prepayment period runs until ${due}`, [I("art 502 para 1")], "today");
  }
  return {
    ok: true,
    duty: { kind: "monetary", category: "costs", amountFen: unpaid, description: { zh: "未预付的代履行费用", en: "unpaid substitute-performance cost" } },
    basis: [I("art 502 para 1"), citeSource("civilProcedureLaw", "art 263")],
  };
}

export type CostListAccess = { inspect: boolean; copy: boolean; basis: Citation[] };

/** art 502 para 2: after performance ends the respondent may inspect and copy the cost list and main vouchers. */
export function costListAccess(input: { role: "respondent" | "applicant" | "staff"; performanceFinished: boolean }): CostListAccess {
  const basis = [I("art 502 para 2")];
  if (input.role === "staff") return { inspect: true, copy: true, basis };
  if (input.role === "respondent" && input.performanceFinished) return { inspect: true, copy: true, basis };
  return { inspect: false, copy: false, basis };
}
