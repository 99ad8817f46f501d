// The four ways to fix a reference price, in their default order, and when the court moves on
// (rules.md §9, 参考价规定(2018), all CONFIRMED-P):
//   art 1: the procedure starts within 30 days after the property is sealed, seized or frozen.
//   art 2: 当事人议价 (agreed), 定向询价 (directedInquiry), 网络询价 (onlineInquiry), 委托评估 (appraisal).
//   art 4 para 1: the court organises the agreement "除一方当事人拒绝议价或者下落不明外" — unless a party
//     refuses or cannot be found, agreement comes first.
//   art 5 para 1: 议价不能或者不成, and the asset has a 计税基准价, 政府定价 or 政府指导价 → directed inquiry.
//   art 5 para 2: both parties may ask to go straight to directed inquiry when such a price exists.
//   art 7 para 1: 定向询价不能或者不成, no professional on-site inspection or examination is needed, and
//     online inquiry is possible (具备网络询价条件) → online inquiry.
//   art 7 para 2: both parties may ask (or one asks and the other agrees) to go straight to online
//     inquiry when those conditions hold.
//   art 14: appraisal when a law or administrative regulation requires it, when both parties ask for it,
//     or when online inquiry is impossible or fails (网络询价不能或不成).
//   art 29 para 2: after online inquiry or appraisal was ordered, the parties may still agree a price;
//     the court may withdraw the inquiry or appraisal.
//
// DECISIONS
// - A method whose condition does not hold is "impossible" (不能) and is passed over, so the default
//   next method is the first later one whose condition holds (art 5 → art 7 → art 14). Appraisal has no
//   condition and closes the order; when an appraisal fails the court goes to the next agency (art 19
//   para 3), not to another method.
// - Any move other than the default next one needs both parties: forward jumps under arts 5 para 2,
//   7 para 2 and 14, and the return to an agreement under art 29 para 2 (which names online inquiry and
//   appraisal; after a failed agreement or directed inquiry we read art 4 — agreement first — the same
//   way). Moving back to any other method is refused: it was tried or its condition did not hold.
// - A law that requires appraisal (art 14) overrides everything, including the parties' wishes.
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import type { StatutoryCalendar } from "../calendar/types";
import { parseIsoDate, type IsoDate } from "../dates/iso-date";
import { DomainError, invalidField, type Localized } from "../errors/domain-error";
import { valuationClock, type ValuationClock } from "./periods";

export const VALUATION_METHODS = ["agreed", "directedInquiry", "onlineInquiry", "appraisal"] as const;
export type ValuationMethod = (typeof VALUATION_METHODS)[number];

export const VALUATION_METHOD_LABELS: Readonly<Record<ValuationMethod, Localized>> = Object.freeze({
  agreed: { zh: "当事人议价", en: "Price agreed by the parties" },
  directedInquiry: { zh: "定向询价", en: "Directed price inquiry" },
  onlineInquiry: { zh: "网络询价", en: "Online price inquiry" },
  appraisal: { zh: "委托评估", en: "Commissioned appraisal" },
});

export function isValuationMethod(x: unknown): x is ValuationMethod {
  return typeof x === "string" && (VALUATION_METHODS as readonly string[]).includes(x);
}

/** art 1: start the reference-price procedure within 30 days after the property was controlled. */
export function procedureStartDeadline(input: { controlDate: IsoDate }, cal: StatutoryCalendar): ValuationClock {
  return valuationClock("procedureStart", parseIsoDate(input.controlDate, "controlDate"), cal);
}

/** The facts the order depends on. */
export type ValuationFacts = {
  /** art 4 para 1: a party refuses to negotiate the price. */
  partyRefusesAgreement?: boolean;
  /** art 4 para 1: a party cannot be found (下落不明). */
  partyMissing?: boolean;
  /** art 5: the asset has a 计税基准价, 政府定价 or 政府指导价. */
  hasGovernmentPrice: boolean;
  /** art 7: professionals must inspect the asset on site or examine it (需由专业人员现场勘验或者鉴定). */
  needsOnSiteInspection: boolean;
  /** art 7: 具备网络询价条件 — the listed platforms can price this kind of asset. */
  onlineInquiryAvailable: boolean;
  /** art 14: a law or administrative regulation requires appraisal. */
  appraisalRequiredByLaw?: boolean;
};

/** 不能 (the method could not be used) or 不成 (it was used and gave no usable price). */
export type MethodOutcome = "impossible" | "failed";

export type NextMethodInput = {
  /** The method that ran without a price, and how it ended. Omitted at the start of the procedure. */
  after?: { method: ValuationMethod; outcome: MethodOutcome };
  facts: ValuationFacts;
  /** The method the court means to use; by default the next one the order allows. */
  target?: ValuationMethod;
  /** Both parties asked for `target` (art 7 para 2: or one asked and the other agreed). */
  bothPartiesAgree?: boolean;
};

export type MethodReason = "defaultOrder" | "requiredByLaw" | "jointRequest" | "returnToAgreement";
export type SkipReason = "agreementRefusedOrPartyMissing" | "noGovernmentPrice" | "onlineInquiryUnavailable" | "jointRequest" | "requiredByLaw";

export type SkippedMethod = { method: ValuationMethod; reason: SkipReason; explanation: Localized; basis: Citation };

export type MethodStep = {
  method: ValuationMethod;
  reason: MethodReason;
  /** Methods passed over on the way, each with why. */
  skipped: SkippedMethod[];
  explanation: Localized;
  basis: Citation[];
};

type Unmet = { reason: SkipReason; field: string; explanation: Localized; basis: Citation };

/** Why `method` cannot be used on these facts, or null when its condition holds. */
function unmetCondition(method: ValuationMethod, f: ValuationFacts): Unmet | null {
  switch (method) {
    case "agreed":
      if (f.partyRefusesAgreement || f.partyMissing) {
        return {
          reason: "agreementRefusedOrPartyMissing",
          field: f.partyRefusesAgreement ? "partyRefusesAgreement" : "partyMissing",
          explanation: {
            zh: "一方当事人拒绝议价或者下落不明，不进行议价（第四条第一款）",
            en: "a party refuses to negotiate or cannot be found, so there is no agreement (art 4 para 1)",
          },
          basis: citeSource("referencePrice", "art 4 para 1"),
        };
      }
      return null;
    case "directedInquiry":
      if (!f.hasGovernmentPrice) {
        return {
          reason: "noGovernmentPrice",
          field: "hasGovernmentPrice",
          explanation: {
            zh: "财产没有计税基准价、政府定价或者政府指导价，不能定向询价（第五条）",
            en: "the asset has no tax base price, government-set or government-guided price, so a directed inquiry is impossible (art 5)",
          },
          basis: citeSource("referencePrice", "art 5"),
        };
      }
      return null;
    case "onlineInquiry":
      if (f.needsOnSiteInspection || !f.onlineInquiryAvailable) {
        return {
          reason: "onlineInquiryUnavailable",
          field: f.needsOnSiteInspection ? "needsOnSiteInspection" : "onlineInquiryAvailable",
          explanation: f.needsOnSiteInspection
            ? {
                zh: "财产需由专业人员现场勘验或者鉴定，不能网络询价（第七条）",
                en: "the asset must be inspected or examined on site by professionals, so an online inquiry is impossible (art 7)",
              }
            : {
                zh: "财产不具备网络询价条件（第七条）",
                en: "the platforms cannot price this asset: online inquiry is not available (art 7)",
              },
          basis: citeSource("referencePrice", "art 7"),
        };
      }
      return null;
    case "appraisal":
      return null;
  }
}

const DEFAULT_BASIS: Readonly<Record<ValuationMethod, Citation[]>> = {
  agreed: [citeSource("referencePrice", "art 2"), citeSource("referencePrice", "art 4 para 1")],
  directedInquiry: [citeSource("referencePrice", "art 5 para 1")],
  onlineInquiry: [citeSource("referencePrice", "art 7 para 1")],
  appraisal: [citeSource("referencePrice", "art 14")],
};

const JOINT_BASIS: Readonly<Record<ValuationMethod, Citation>> = {
  agreed: citeSource("referencePrice", "art 29 para 2"),
  directedInquiry: citeSource("referencePrice", "art 5 para 2"),
  onlineInquiry: citeSource("referencePrice", "art 7 para 2"),
  appraisal: citeSource("referencePrice", "art 14"),
};

function refuse(field: string, zh: string, en: string): DomainError {
  return new DomainError("PRECONDITION_FAILED", { zh, en }, { field });
}

const label = (m: ValuationMethod) => VALUATION_METHOD_LABELS[m];

/**
 * The method to use next: at the start (no `after`), or after `after.method` could not be used or
 * failed. With `target`, checks that the court may use it now; a move other than the default next one
 * needs both parties (arts 5 para 2, 7 para 2, 14, 29 para 2) and the target's own conditions.
 * Refusals are PRECONDITION_FAILED naming the fact that blocks them.
 */
export function nextValuationMethod(input: NextMethodInput): MethodStep {
  const { after, facts, target } = input;
  if (after !== undefined && !isValuationMethod(after.method)) {
    throw invalidField("after.method", { zh: `未知的确定参考价方式：${String(after.method)}`, en: `unknown valuation method: ${String(after.method)}` });
  }
  if (after !== undefined && after.outcome !== "impossible" && after.outcome !== "failed") {
    throw invalidField("after.outcome", {
      zh: `结果必须是 impossible（不能）或 failed（不成）（收到 ${String(after.outcome)}）`,
      en: `the outcome must be impossible or failed (got ${String(after.outcome)})`,
    });
  }
  if (target !== undefined && !isValuationMethod(target)) {
    throw invalidField("target", { zh: `未知的确定参考价方式：${String(target)}`, en: `unknown valuation method: ${String(target)}` });
  }
  const from = after ? VALUATION_METHODS.indexOf(after.method) + 1 : 0;

  // art 14: required by law — nothing else may be used.
  if (facts.appraisalRequiredByLaw) {
    if (target !== undefined && target !== "appraisal") {
      throw refuse(
        "appraisalRequiredByLaw",
        `法律、行政法规规定必须委托评估，不能采用${label(target).zh}（第十四条）`,
        `a law or administrative regulation requires appraisal; ${label(target).en} cannot be used (art 14)`,
      );
    }
    if (after?.method === "appraisal") throw appraisalIsLast();
    const skipped = VALUATION_METHODS.slice(from, 3).map((method) => ({
      method,
      reason: "requiredByLaw" as const,
      explanation: { zh: "法律、行政法规规定必须委托评估（第十四条）", en: "a law or administrative regulation requires appraisal (art 14)" },
      basis: citeSource("referencePrice", "art 14"),
    }));
    return {
      method: "appraisal",
      reason: "requiredByLaw",
      skipped,
      explanation: { zh: "法律、行政法规规定必须委托评估（第十四条）", en: "appraisal is required by law or administrative regulation (art 14)" },
      basis: [citeSource("referencePrice", "art 14")],
    };
  }

  // Back to an agreement (art 29 para 2); any other step back is refused.
  if (target !== undefined && after !== undefined && VALUATION_METHODS.indexOf(target) < from) {
    if (target !== "agreed") {
      throw refuse(
        "target",
        `已经进行或者已被跳过的${label(target).zh}不能再次采用；当前可采用的是其后的方式`,
        `${label(target).en} was already tried or passed over; only a later method can be used now`,
      );
    }
    if (!input.bothPartiesAgree) {
      throw refuse("bothPartiesAgree", "议价须由双方当事人协商一致（第四条、第二十九条第二款）", "an agreed price needs both parties (arts 4, 29 para 2)");
    }
    const blocked = unmetCondition("agreed", facts);
    if (blocked) throw refuse(blocked.field, blocked.explanation.zh, blocked.explanation.en);
    const withdraws = after.method === "onlineInquiry" || after.method === "appraisal";
    return {
      method: "agreed",
      reason: "returnToAgreement",
      skipped: [],
      explanation: withdraws
        ? {
            zh: `双方当事人议价确定参考价，人民法院可以撤回${label(after.method).zh}（第二十九条第二款）`,
            en: `the parties agree a price; the court may withdraw the ${label(after.method).en.toLowerCase()} (art 29 para 2)`,
          }
        : { zh: "双方当事人协商一致，重新议价（第四条）", en: "both parties ask to negotiate the price again (art 4)" },
      basis: withdraws ? [JOINT_BASIS.agreed] : [citeSource("referencePrice", "art 4")],
    };
  }
  if (after?.method === "appraisal") throw appraisalIsLast();

  // The default next method: the first later one whose condition holds (appraisal always does).
  const skipped: SkippedMethod[] = [];
  let next: ValuationMethod = "appraisal";
  for (const method of VALUATION_METHODS.slice(from)) {
    const u = unmetCondition(method, facts);
    if (!u) {
      next = method;
      break;
    }
    skipped.push({ method, reason: u.reason, explanation: u.explanation, basis: u.basis });
  }
  if (target === undefined || target === next) {
    return {
      method: next,
      reason: "defaultOrder",
      skipped,
      explanation: defaultExplanation(next, after),
      basis: [...DEFAULT_BASIS[next]],
    };
  }

  const ti = VALUATION_METHODS.indexOf(target);
  const blocked = unmetCondition(target, facts);
  if (ti < VALUATION_METHODS.indexOf(next)) {
    // The target lies between the current method and the default: it was passed over for its condition.
    throw refuse(blocked!.field, blocked!.explanation.zh, blocked!.explanation.en);
  }
  // A jump past the default next method.
  if (!input.bothPartiesAgree) {
    throw refuse(
      "bothPartiesAgree",
      `跳过${label(next).zh}直接进行${label(target).zh}，须双方当事人一致要求（第五条第二款、第七条第二款、第十四条）`,
      `skipping ${label(next).en} for ${label(target).en} needs both parties to ask for it (arts 5 para 2, 7 para 2, 14)`,
    );
  }
  if (blocked) throw refuse(blocked.field, blocked.explanation.zh, blocked.explanation.en);
  for (const method of VALUATION_METHODS.slice(VALUATION_METHODS.indexOf(next), ti)) {
    skipped.push({
      method,
      reason: "jointRequest",
      explanation: { zh: `双方当事人一致要求直接进行${label(target).zh}`, en: `both parties asked to go straight to ${label(target).en}` },
      basis: JOINT_BASIS[target],
    });
  }
  return {
    method: target,
    reason: "jointRequest",
    skipped,
    explanation: {
      zh: `双方当事人一致要求直接进行${label(target).zh}，且条件具备`,
      en: `both parties asked to go straight to ${label(target).en}, and its conditions hold`,
    },
    basis: [JOINT_BASIS[target]],
  };
}

function appraisalIsLast(): DomainError {
  return refuse(
    "after",
    "委托评估是最后一种方式；评估机构逾期的，另行委托下一顺序的评估机构（第十九条第三款）",
    "appraisal is the last method; when an agency defaults, the next agency in order is commissioned (art 19 para 3)",
  );
}

function defaultExplanation(next: ValuationMethod, after: NextMethodInput["after"]): Localized {
  const prior = after
    ? { zh: `${label(after.method).zh}${after.outcome === "impossible" ? "不能" : "不成"}，`, en: `${label(after.method).en} ${after.outcome === "impossible" ? "was impossible" : "failed"}; ` }
    : { zh: "", en: "" };
  switch (next) {
    case "agreed":
      return { zh: "首先组织当事人议价（第二条、第四条）", en: "the parties are first asked to agree a price (arts 2, 4)" };
    case "directedInquiry":
      return { zh: `${prior.zh}财产有计税基准价、政府定价或者政府指导价，进行定向询价（第五条第一款）`, en: `${prior.en}the asset has a tax base, government-set or guided price: directed inquiry (art 5 para 1)` };
    case "onlineInquiry":
      return { zh: `${prior.zh}财产无需现场勘验且具备网络询价条件，进行网络询价（第七条第一款）`, en: `${prior.en}no on-site inspection is needed and the platforms can price it: online inquiry (art 7 para 1)` };
    case "appraisal":
      return { zh: `${prior.zh}委托评估机构进行评估（第十四条）`, en: `${prior.en}an appraisal agency is commissioned (art 14)` };
  }
}
