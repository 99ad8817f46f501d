// 暂缓 and 撤回 of an online inquiry or an appraisal (rules.md §9, 参考价规定(2018), all CONFIRMED-P).
//   art 28: the court DECIDES to suspend (暂缓) an online inquiry or an appraisal when (1) the case's
//     enforcement is deferred or suspended (暂缓执行 / 中止执行), (2) the valuation materials seriously
//     contradict the facts and may affect the result, so they must be investigated again, or (3) in other
//     circumstances the court finds call for it.
//   art 19 para 1: the periods of 暂缓 or 中止 are deducted from the appraisal's 30 days.
//   art 29 para 1: the court WITHDRAWS (撤回) an online inquiry or an appraisal when (1) the applicant
//     withdraws the application for enforcement, (2) the obligations of the judgment have been fully
//     performed, (3) the judgment is set aside or its enforcement refused, or (4) in other circumstances
//     the court finds call for it.
//   art 29 para 2: after an online inquiry or appraisal was ordered, the court MAY withdraw it when the
//     parties agree a price (handled as the return to an agreement, methods.ts) or agree that the asset is
//     not to be sold at all.
//   art 31 para 2: a withdrawn online inquiry is not paid for; art 32 para 2: a withdrawn appraisal is
//     paid for the agency's reasonable actual costs.
//
// DECISIONS
// - A suspension is a range of whole days, both ends inclusive: from the day the court decided it to the
//   day before it resumed the work. Resumed on the day it was suspended, it deducts nothing.
// - Art 19 para 1 deducts suspended days from the appraisal period only. An online inquiry's 3 days (art
//   11) are treated the same way: a platform is not late for days on which the court told it to stop.
//   The deduction is counted like the appraisal's (appraisal.ts): days after the commission's receipt
//   that fall inside the lengthened period, each once.
// - Only one suspension at a time; only the running method is suspended, and only an online inquiry or
//   an appraisal (art 28 names those two; an agreement or a directed inquiry runs in a period the court
//   sets itself and moves that period instead).
// - Withdrawal ends the whole valuation: its step, every open clock, any suspension; the asset may be
//   valued again. An agreement or a directed inquiry in progress may be ended on the same grounds (the
//   statute speaks of online inquiry and appraisal because only those involve an outside body). A price
//   already fixed may be withdrawn while no first auction notice or direct sale has started from it
//   (afterwards the sale is the auction's to end). Closing the case ends its valuations on the same
//   footing (ground caseClosed: art 29 para 1 items 1–3 are the closure modes that make a sale moot).
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import { addDays } from "../dates/date-arithmetic";
import { compareIsoDates, parseIsoDate, type IsoDate } from "../dates/iso-date";
import { DomainError, invalidField, type Localized } from "../errors/domain-error";
import { isValuationMethod, VALUATION_METHOD_LABELS, type ValuationMethod } from "./methods";
import type { Suspension } from "./appraisal";

const P = (article: string): Citation => citeSource("referencePrice", article);

/** art 28 items 1–3. */
export const SUSPENSION_GROUNDS = ["caseSuspended", "materialsInaccurate", "other"] as const;
export type SuspensionGround = (typeof SUSPENSION_GROUNDS)[number];

export const SUSPENSION_GROUND_INFO: Readonly<Record<SuspensionGround, { label: Localized; basis: Citation }>> = Object.freeze({
  caseSuspended: { label: { zh: "案件暂缓执行或者中止执行", en: "enforcement of the case is deferred or suspended" }, basis: P("art 28 item 1") },
  materialsInaccurate: {
    label: { zh: "评估材料与事实严重不符，可能影响评估结果，需要重新调查核实", en: "the materials seriously contradict the facts and may affect the result: they must be checked again" },
    basis: P("art 28 item 2"),
  },
  other: { label: { zh: "人民法院认为应当暂缓的其他情形", en: "other circumstances in which the court finds a suspension called for" }, basis: P("art 28 item 3") },
});

/** art 29 para 1 items 1–4, art 29 para 2 (no sale), and the case's closure. */
export const WITHDRAWAL_GROUNDS = ["applicationWithdrawn", "obligationsPerformed", "titleRevoked", "other", "noSale", "caseClosed"] as const;
export type WithdrawalGround = (typeof WITHDRAWAL_GROUNDS)[number];

export const WITHDRAWAL_GROUND_INFO: Readonly<Record<WithdrawalGround, { label: Localized; basis: Citation[] }>> = Object.freeze({
  applicationWithdrawn: { label: { zh: "申请执行人撤回执行申请", en: "the applicant withdrew the application for enforcement" }, basis: [P("art 29 para 1 item 1")] },
  obligationsPerformed: { label: { zh: "生效法律文书确定的义务已全部执行完毕", en: "the obligations of the judgment have been fully performed" }, basis: [P("art 29 para 1 item 2")] },
  titleRevoked: { label: { zh: "据以执行的生效法律文书被撤销或者被裁定不予执行", en: "the judgment enforced was set aside, or its enforcement refused" }, basis: [P("art 29 para 1 item 3")] },
  other: { label: { zh: "人民法院认为应当撤回的其他情形", en: "other circumstances in which the court finds a withdrawal called for" }, basis: [P("art 29 para 1 item 4")] },
  noSale: { label: { zh: "双方当事人协商不再对财产进行变价处理", en: "both parties agreed that the asset is not to be sold" }, basis: [P("art 29 para 2")] },
  caseClosed: { label: { zh: "案件已结案", en: "the case was closed" }, basis: [P("art 29 para 1")] },
});

const SUSPENDABLE: readonly ValuationMethod[] = ["onlineInquiry", "appraisal"];

function refuse(field: string, zh: string, en: string): DomainError {
  return new DomainError("PRECONDITION_FAILED", { zh, en }, { field });
}

/**
 * art 28: whether the running method may be suspended now, and the citation of the ground. Refused
 * (PRECONDITION_FAILED) when the valuation is not running an online inquiry or an appraisal, or is
 * already suspended; VALIDATION on an unknown ground.
 */
export function decideSuspension(input: {
  method: ValuationMethod;
  valuationStatus: "inProgress" | "priced" | "cancelled";
  stepOpen: boolean;
  alreadySuspended: boolean;
  ground: SuspensionGround;
  date: IsoDate;
}): { from: IsoDate; explanation: Localized; basis: Citation[] } {
  if (!(SUSPENSION_GROUNDS as readonly string[]).includes(input.ground)) {
    throw invalidField("ground", { zh: `未知的暂缓事由：${String(input.ground)}`, en: `unknown ground for a suspension: ${String(input.ground)}` });
  }
  if (!isValuationMethod(input.method)) throw invalidField("method", { zh: "未知的确定参考价方式", en: "unknown valuation method" });
  const from = parseIsoDate(input.date, "date");
  if (input.valuationStatus !== "inProgress" || !input.stepOpen) {
    throw refuse("status", "只有正在进行的网络询价或者委托评估可以暂缓（第二十八条）", "Only an online inquiry or an appraisal in progress can be suspended (art 28)");
  }
  if (!SUSPENDABLE.includes(input.method)) {
    throw refuse(
      "method",
      `第二十八条规定暂缓的是网络询价或者委托评估；${VALUATION_METHOD_LABELS[input.method].zh}的期限由人民法院指定`,
      `Art 28 suspends an online inquiry or an appraisal; the period of a ${VALUATION_METHOD_LABELS[input.method].en.toLowerCase()} is the court's own to set`,
    );
  }
  if (input.alreadySuspended) throw refuse("status", "确定参考价程序已经暂缓", "The valuation is already suspended");
  const g = SUSPENSION_GROUND_INFO[input.ground];
  return {
    from,
    explanation: {
      zh: `${g.label.zh}，决定暂缓${VALUATION_METHOD_LABELS[input.method].zh}（第二十八条）${input.method === "appraisal" ? "；暂缓期间从评估期限中扣除（第十九条第一款）" : ""}`,
      en: `${g.label.en}: the ${VALUATION_METHOD_LABELS[input.method].en.toLowerCase()} is suspended (art 28)${input.method === "appraisal" ? "; the days suspended are deducted from the appraisal period (art 19 para 1)" : ""}`,
    },
    basis: [P("art 28"), g.basis, ...(input.method === "appraisal" ? [P("art 19 para 1")] : [])],
  };
}

/**
 * The days a suspension covered, once the work resumes on `resumeDate`: from the day it was decided to
 * the day before the resumption (null when resumed the same day: nothing to deduct).
 */
export function endSuspension(input: { from: IsoDate; resumeDate: IsoDate }): { range: Suspension | null; days: number } {
  const from = parseIsoDate(input.from, "from");
  const resume = parseIsoDate(input.resumeDate, "resumeDate");
  if (compareIsoDates(resume, from) < 0) {
    throw invalidField("resumeDate", { zh: `恢复之日（${resume}）不能早于暂缓之日（${from}）`, en: `the work cannot resume (${resume}) before it was suspended (${from})` });
  }
  if (resume === from) return { range: null, days: 0 };
  const to = addDays(resume, -1);
  return { range: { from, to }, days: Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1 };
}

/** While a suspension runs, the days so far count as suspended through `today` (the clock stands still). */
export function suspensionsAsOf(closed: readonly Suspension[], open: { from: IsoDate } | null, today: IsoDate): Suspension[] {
  return open && compareIsoDates(today, open.from) >= 0 ? [...closed, { from: open.from, to: today }] : [...closed];
}

export type WithdrawalDecision = {
  ground: WithdrawalGround;
  explanation: Localized;
  /** What the outside bodies are paid (arts 31 para 2, 32 para 2). */
  fees: { platforms: "none" | null; agency: "reasonableActualCosts" | null };
  basis: Citation[];
};

/**
 * art 29: whether the valuation may be withdrawn now, and with what consequences for the fees. Refused
 * when it already ended, or its price is already used by a first auction notice or sale; para 2 (no
 * sale) only after an online inquiry or an appraisal was ordered.
 */
export function decideWithdrawal(input: {
  method: ValuationMethod;
  valuationStatus: "inProgress" | "priced" | "cancelled";
  firstNoticeDate: IsoDate | null;
  ground: WithdrawalGround;
  /** An agency was commissioned (it may claim its costs). */
  agencyCommissioned: boolean;
}): WithdrawalDecision {
  if (!(WITHDRAWAL_GROUNDS as readonly string[]).includes(input.ground)) {
    throw invalidField("ground", { zh: `未知的撤回事由：${String(input.ground)}`, en: `unknown ground for a withdrawal: ${String(input.ground)}` });
  }
  if (!isValuationMethod(input.method)) throw invalidField("method", { zh: "未知的确定参考价方式", en: "unknown valuation method" });
  if (input.valuationStatus === "cancelled") throw refuse("status", "确定参考价程序已经终止", "The valuation has already ended");
  if (input.valuationStatus === "priced" && input.firstNoticeDate) {
    throw refuse(
      "status",
      `已依参考价发布一拍拍卖公告或者进入变卖程序（${input.firstNoticeDate}），参考价不再撤回；变价程序按拍卖、变卖的规定终结`,
      `The first auction notice or sale started from this price (${input.firstNoticeDate}): the price is no longer withdrawn; the sale ends under the auction rules`,
    );
  }
  const outside = input.method === "onlineInquiry" || input.method === "appraisal";
  if (input.ground === "noSale" && !outside) {
    throw refuse("ground", "第二十九条第二款适用于已决定网络询价或者委托评估的情形", "Art 29 para 2 applies once an online inquiry or an appraisal was ordered");
  }
  const g = WITHDRAWAL_GROUND_INFO[input.ground];
  const fees: WithdrawalDecision["fees"] = {
    platforms: input.method === "onlineInquiry" && input.valuationStatus === "inProgress" ? "none" : null,
    agency: input.method === "appraisal" && input.valuationStatus === "inProgress" && input.agencyCommissioned ? "reasonableActualCosts" : null,
  };
  const feeBasis = [...(fees.platforms ? [P("art 31 para 2")] : []), ...(fees.agency ? [P("art 32 para 2")] : [])];
  const feeText = {
    zh: fees.platforms ? "；对司法网络询价平台不计付费用（第三十一条第二款）" : fees.agency ? "；按照评估机构合理的实际支出计付费用（第三十二条第二款）" : "",
    en: fees.platforms ? "; the platforms are not paid (art 31 para 2)" : fees.agency ? "; the agency is paid its reasonable actual costs (art 32 para 2)" : "",
  };
  return {
    ground: input.ground,
    explanation: {
      zh: `${g.label.zh}，撤回确定参考价（${VALUATION_METHOD_LABELS[input.method].zh}）（第二十九条）${feeText.zh}`,
      en: `${g.label.en}: the valuation (${VALUATION_METHOD_LABELS[input.method].en.toLowerCase()}) is withdrawn (art 29)${feeText.en}`,
    },
    fees,
    basis: [...g.basis, ...feeBasis],
  };
}
