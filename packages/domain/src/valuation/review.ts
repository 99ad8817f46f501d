// The court's review of an appraisal report, and re-issued reports after validity lapsed (rules.md §9,
// 参考价规定(2018), all CONFIRMED-P).
//   art 20: the court reviews the appraisal report; on (1) wrong basic information, (2) beyond the
//     property or omitting some, (3) the agency chosen differs from the agency that sealed the report,
//     (4) the appraisers' qualification certificates differ from those who signed, or (5) another matter
//     that calls for a written explanation or correction, it orders the agency to explain or correct in
//     writing within 3 days.
//   art 19 para 3: an agency that does not deliver its report OR ITS EXPLANATION/CORRECTION in time (and
//     did not apply for an extension as required) returns the materials within 3 days, and the next
//     agency in order re-appraises.
//   art 21 para 1: 说明补正 reports are served like the others (within 3 days of receipt).
//   art 11 para 4: when the first auction notice was not published (nor a direct sale begun) within the
//     online inquiry's validity, the platforms re-issue within 3 days.
//   art 19 para 4: likewise for an appraisal, the ORIGINAL agency re-issues within 15 days.
//   art 27 para 3: the 6-month grace applies only when the first notice was within validity.
//
// DECISIONS
// - The art 20 period runs from the day of the court's order; an answer dated after the due day is a
//   default under art 19 para 3 (the same wording: "未在期限内出具…补正说明").
// - A correction replaces the report's result; an explanation leaves it as it was.
// - Days on which the court had suspended the appraisal (art 28) are added to the 3 days, as to the
//   report period (art 19 para 1; suspension.ts).
// - Re-issue is asked of the platforms whose results made the price (art 13) or of the agency whose
//   report did. The re-issued results replace the price as they stand — the online average of those
//   re-issued within the 3 days (art 13 para 1, "部分…平台在期限内出具" by analogy), or the agency's
//   result — valid until the earliest validity stated (art 27 para 1). The statute names no next step
//   when nobody re-issues in time: the price is then determined anew (the valuation is withdrawn and
//   started again).
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import type { StatutoryCalendar } from "../calendar/types";
import { compareIsoDates, parseIsoDate, type IsoDate } from "../dates/iso-date";
import { DomainError, invalidField, type Localized } from "../errors/domain-error";
import type { Fen } from "../money/fen";
import { appraisalCorrectionDeadline, suspendedDaysWithin, type Suspension } from "./appraisal";
import { isValuationMethod, type ValuationMethod } from "./methods";
import { averageFen } from "./online-inquiry";
import { canUseReferencePrice, maxValidUntil, reissueDeadline } from "./report";
import { valuationClock, type ValuationClock } from "./periods";

const P = (article: string): Citation => citeSource("referencePrice", article);

/** art 20 items 1–5. */
export const REVIEW_DEFECTS = ["basicInfoError", "outOfScope", "agencyMismatch", "appraiserMismatch", "other"] as const;
export type ReviewDefect = (typeof REVIEW_DEFECTS)[number];

export const REVIEW_DEFECT_INFO: Readonly<Record<ReviewDefect, { label: Localized; basis: Citation }>> = Object.freeze({
  basicInfoError: { label: { zh: "财产基本信息错误", en: "basic information about the property is wrong" }, basis: P("art 20 item 1") },
  outOfScope: { label: { zh: "超出财产范围或者遗漏财产", en: "beyond the property, or property omitted" }, basis: P("art 20 item 2") },
  agencyMismatch: { label: { zh: "选定的评估机构与评估报告上签章的评估机构不符", en: "the agency chosen is not the agency that sealed the report" }, basis: P("art 20 item 3") },
  appraiserMismatch: {
    label: { zh: "评估人员执业资格证明与评估报告上署名的人员不符", en: "the appraisers' qualification certificates do not match those who signed the report" },
    basis: P("art 20 item 4"),
  },
  other: { label: { zh: "其他应当书面说明或者补正的情形", en: "another matter that calls for a written explanation or correction" }, basis: P("art 20 item 5") },
});

function validateDefects(defects: readonly ReviewDefect[]): ReviewDefect[] {
  if (!Array.isArray(defects) || defects.length === 0) {
    throw invalidField("defects", { zh: "须至少载明第二十条所列的一种情形", en: "name at least one art 20 defect" });
  }
  const seen = new Set<string>();
  defects.forEach((d, i) => {
    if (!(REVIEW_DEFECTS as readonly string[]).includes(d) || seen.has(d)) {
      throw invalidField(`defects.${i}`, { zh: `未知或重复的情形：${String(d)}`, en: `unknown or repeated defect: ${String(d)}` });
    }
    seen.add(d);
  });
  return REVIEW_DEFECTS.filter((d) => seen.has(d));
}

/** art 20: the order to explain or correct within 3 days of `noticeDate`, for the defects found. */
export function orderAppraisalReview(input: { defects: readonly ReviewDefect[]; noticeDate: IsoDate }, cal: StatutoryCalendar): { defects: ReviewDefect[]; deadline: ValuationClock; basis: Citation[] } {
  const defects = validateDefects(input.defects);
  const deadline = appraisalCorrectionDeadline({ noticeDate: input.noticeDate }, cal);
  return { defects, deadline, basis: [...defects.map((d) => REVIEW_DEFECT_INFO[d].basis), ...deadline.basis] };
}

export type ReviewOutcome =
  | { status: "waiting"; due: IsoDate; basis: Citation[] }
  | { status: "explained" | "corrected"; due: IsoDate; answerDate: IsoDate; explanation: Localized; basis: Citation[] }
  | { status: "defaulted"; due: IsoDate; explanation: Localized; basis: Citation[] };

/** art 20: the 3 days from the court's order, plus the days the appraisal was suspended in them (art 28). */
export function reviewDeadline(input: { noticeDate: IsoDate; suspensions?: readonly Suspension[] }, cal: StatutoryCalendar): ValuationClock {
  const suspended = suspendedDaysWithin(input.noticeDate, 3, input.suspensions ?? []);
  if (suspended === 0) return appraisalCorrectionDeadline({ noticeDate: input.noticeDate }, cal);
  const c = valuationClock("appraisalCorrection", parseIsoDate(input.noticeDate, "noticeDate"), cal, suspended);
  return { ...c, basis: [...c.basis, P("art 28")] };
}

/**
 * Where the art 20 order stands on `today`: waiting until the due day; answered in time (an explanation,
 * or a correction whose result replaces the report's); or, with no answer in time, the agency defaulted
 * (art 19 para 3: the next agency).
 */
export function appraisalReviewOutcome(
  input: { noticeDate: IsoDate; answer?: { kind: "explained" | "corrected"; date: IsoDate }; today: IsoDate; suspensions?: readonly Suspension[] },
  cal: StatutoryCalendar,
): ReviewOutcome {
  const clock = reviewDeadline({ noticeDate: input.noticeDate, ...(input.suspensions ? { suspensions: input.suspensions } : {}) }, cal);
  const today = parseIsoDate(input.today, "today");
  const answer = input.answer;
  if (answer) {
    const date = parseIsoDate(answer.date, "answer.date");
    if (compareIsoDates(date, input.noticeDate) < 0) {
      throw invalidField("answer.date", { zh: `答复日期（${date}）不能早于通知之日（${input.noticeDate}）`, en: `the answer (${date}) cannot precede the order (${input.noticeDate})` });
    }
    if (compareIsoDates(date, clock.due) <= 0) {
      return {
        status: answer.kind,
        due: clock.due,
        answerDate: date,
        explanation:
          answer.kind === "corrected"
            ? { zh: "评估机构已在三日内书面补正，以补正结果为准（第二十条、第二十六条）", en: "the agency corrected in writing within 3 days: the corrected result stands (arts 20, 26)" }
            : { zh: "评估机构已在三日内书面说明，评估结果不变（第二十条）", en: "the agency explained in writing within 3 days: the result stands (art 20)" },
        basis: [P("art 20"), ...(answer.kind === "corrected" ? [P("art 26")] : []), P("art 21 para 1")],
      };
    }
  }
  if (!answer && compareIsoDates(today, clock.due) <= 0) return { status: "waiting", due: clock.due, basis: [P("art 20")] };
  return {
    status: "defaulted",
    due: clock.due,
    explanation: {
      zh: `评估机构未在期限内（${clock.due} 前）书面说明或者补正：通知其三日内退回材料，另行委托下一顺序的评估机构（第十九条第三款）`,
      en: `the agency did not explain or correct by ${clock.due}: it returns the materials within 3 days and the next agency in order re-appraises (art 19 para 3)`,
    },
    basis: [P("art 20"), P("art 19 para 3")],
  };
}

/**
 * arts 11 para 4, 19 para 4: the request for a re-issued report on `today`. Refused while the price is
 * still usable (within validity, or within the 6-month grace after a notice published within validity,
 * art 27 para 3), and when the statute prescribes no re-issue (an agreed or directed price, or the grace
 * itself ran out: the price is determined anew).
 */
export function requestReissue(
  input: { method: ValuationMethod; validUntil: IsoDate; firstNoticeDate?: IsoDate | null; today: IsoDate },
  cal: StatutoryCalendar,
): { deadline: ValuationClock; explanation: Localized; basis: Citation[] } {
  if (!isValuationMethod(input.method)) throw invalidField("method", { zh: "未知的确定参考价方式", en: "unknown valuation method" });
  const u = canUseReferencePrice({
    method: input.method,
    validUntil: input.validUntil,
    ...(input.firstNoticeDate ? { firstNoticeDate: input.firstNoticeDate } : {}),
    saleDate: input.today,
  });
  if (u.usable) {
    throw new DomainError("PRECONDITION_FAILED", { zh: `参考价仍可使用：${u.explanation.zh}`, en: `The price may still be used: ${u.explanation.en}` }, { field: "validUntil" });
  }
  if (u.renewal === "redetermine") {
    throw new DomainError(
      "PRECONDITION_FAILED",
      { zh: `${u.explanation.zh}；法律未规定重新出具报告，应当撤回并重新确定参考价`, en: `${u.explanation.en}; no re-issue is provided for: withdraw and determine the price anew` },
      { field: "method" },
    );
  }
  const deadline = reissueDeadline({ method: input.method, noticeDate: input.today }, cal);
  return { deadline, explanation: u.explanation, basis: [...u.basis, ...deadline.basis] };
}

export type ReissueAnswer = { sourceId: string; reportDate?: IsoDate; resultFen?: Fen; validUntil?: IsoDate };

export type ReissueOutcome =
  | { status: "waiting"; due: IsoDate; waitingFor: string[] }
  | { status: "received"; due: IsoDate; used: { sourceId: string; resultFen: Fen; validUntil: IsoDate }[]; late: string[]; priceFen: Fen; validUntil: IsoDate; basis: Citation[] }
  | { status: "failed"; due: IsoDate; explanation: Localized; basis: Citation[] };

/**
 * The re-issue on `today`: waiting until every source answered or the due day passed; then the new price
 * from the reports re-issued in time (online: their average, art 13; appraisal: the agency's result),
 * valid until the earliest validity stated (capped at one year, art 27 para 1); failed when none came in time.
 */
export function reissueOutcome(input: { method: "onlineInquiry" | "appraisal"; requestedDate: IsoDate; due: IsoDate; answers: readonly ReissueAnswer[]; today: IsoDate }): ReissueOutcome {
  const today = parseIsoDate(input.today, "today");
  const due = parseIsoDate(input.due, "due");
  if (input.answers.length === 0) throw invalidField("answers", { zh: "须有被通知重新出具报告的平台或者评估机构", en: "someone must have been asked to re-issue" });
  const inTime = input.answers.filter(
    (a) => a.reportDate !== undefined && a.resultFen !== undefined && compareIsoDates(a.reportDate, input.requestedDate) >= 0 && compareIsoDates(a.reportDate, due) <= 0,
  );
  const missing = input.answers.filter((a) => !inTime.includes(a)).map((a) => a.sourceId);
  if (missing.length > 0 && compareIsoDates(today, due) <= 0) return { status: "waiting", due, waitingFor: missing };
  const article = input.method === "onlineInquiry" ? "art 11 para 4" : "art 19 para 4";
  if (inTime.length === 0) {
    return {
      status: "failed",
      due,
      explanation: {
        zh: `未在期限内（${due} 前）重新出具报告（${input.method === "onlineInquiry" ? "第十一条第四款" : "第十九条第四款"}）：应当重新确定参考价`,
        en: `no report was re-issued by ${due} (${article}): the price must be determined anew`,
      },
      basis: [P(article)],
    };
  }
  const used = inTime.map((a) => {
    const max = maxValidUntil(a.reportDate!);
    const v = a.validUntil && compareIsoDates(a.validUntil, a.reportDate!) >= 0 && compareIsoDates(a.validUntil, max) <= 0 ? a.validUntil : max;
    return { sourceId: a.sourceId, resultFen: a.resultFen!, validUntil: v };
  });
  const priceFen = input.method === "onlineInquiry" ? averageFen(used.map((u) => u.resultFen)) : used[0]!.resultFen;
  return {
    status: "received",
    due,
    used,
    late: missing,
    priceFen,
    validUntil: used.map((u) => u.validUntil).sort()[0]!,
    basis: [P(article), ...(input.method === "onlineInquiry" ? [P("art 13 para 1")] : []), P("art 27 para 1")],
  };
}
