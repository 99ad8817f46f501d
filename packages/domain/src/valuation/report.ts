// After a report arrives: serving it, objections, validity, and the clock to start the sale
// (rules.md §9, 参考价规定(2018), all CONFIRMED-P).
//   art 21 para 1: the court sends every 定向询价, 网络询价, 委托评估 and 说明补正 report to the parties and
//     interested persons within 3 days of receiving it.
//   art 21 para 2: a party who cannot be found or has no valid address: the report is published on
//     中国执行信息公开网 and "公示满十五日即视为收到".
//   art 22 para 1: within 5 days of RECEIVING an online inquiry or appraisal report, a written objection
//     on four grounds: (1) basic information wrong, (2) beyond the property or omitting some, (3) the
//     agency or appraisers lack qualification, (4) a serious breach of the appraisal procedure.
//   art 22 para 2: such objections are handled as an objection to an enforcement act (民诉法 art 225 in
//     the text, which is art 236 of the 2023 law: rules.md article mapping).
//   art 23 para 1: an objection to an APPRAISAL's reference standards, calculation method or result
//     (substantive) within 5 days: the court passes it to the agency within 3 days; if the agency does
//     not explain within 5 days, or the objector still objects, the trade association organises a
//     professional technical review.
//   art 23 para 2: substantive + grounds (1)/(2): all handled under para 1; substantive + grounds
//     (3)/(4): (3)/(4) are reviewed first under art 22 para 2 — upheld: the agency returns the materials
//     within 3 days and the next agency re-appraises; not upheld: para 1.
//   art 24 para 1: objections after the periods of arts 22–23, and objections to a correction,
//     explanation or professional review conclusion, are not accepted (不予受理).
//   art 24 para 2: objections to an agreed price or a directed inquiry are not accepted. (art 25: fraud,
//     coercion, collusion or a false directed-inquiry result may be raised, with evidence, before the
//     first auction notice or direct sale, under the enforcement supervision procedure.)
//   art 27 paras 1–2: every result is valid for at most 1 year (an agreed one for what the parties
//     agree, capped likewise). Para 3: when the first auction notice is published, or the direct sale
//     begins, within validity, and the auction or sale takes place no more than 6 months past validity,
//     no new price is needed — "法律、行政法规、司法解释另有规定的除外".
//   art 11 para 4 / art 19 para 4: when validity ran out before the first auction notice or direct sale,
//     the platforms re-issue within 3 days / the ORIGINAL agency within 15 days.
//   art 30: the sale procedure starts within 10 days after the reference price is fixed.
//
// DECISIONS
// - Deemed receipt (art 21 para 2) is counted like every period (rules.md §19): the publication day is
//   not counted, and a 15th day on a rest day moves to the next working day. That only ever gives the
//   objector more time; the objection period then runs from the deemed-receipt day.
// - Validity and its 6-month grace are terms, not periods to act in: their last days are the nominal
//   days (民法典 art 202), never shifted to a working day — as measure terms (preservation/measure-term.ts).
//   Validity is counted from the day the report (or the agreed result) was issued.
// - "拍卖、变卖时" is the day an auction round starts or the sale is made; the caller checks every round.
// - Grounds (3) and (4) of art 22 name the appraisal agency and its procedure, and art 23 speaks only of
//   appraisal reports: for an online inquiry report only grounds (1) and (2) are available; the others
//   are listed as not available (and the objection is refused when nothing else remains).
// - When the 6 months of grace have also run out, the statute names no re-issue period: the price must
//   be determined anew.
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import type { StatutoryCalendar } from "../calendar/types";
import { addMonthsClamped } from "../dates/date-arithmetic";
import { compareIsoDates, parseIsoDate, type IsoDate } from "../dates/iso-date";
import { DomainError, invalidField, type Localized } from "../errors/domain-error";
import { isValuationMethod, VALUATION_METHOD_LABELS, type ValuationMethod } from "./methods";
import { valuationClock, type ValuationClock } from "./periods";

const P = (article: string): Citation => citeSource("referencePrice", article);

/** art 21 para 1: send the report to the parties and interested persons within 3 days of receiving it. */
export function reportServiceDeadline(input: { reportReceivedDate: IsoDate }, cal: StatutoryCalendar): ValuationClock {
  return valuationClock("reportService", parseIsoDate(input.reportReceivedDate, "reportReceivedDate"), cal);
}

/** art 21 para 2: published on 中国执行信息公开网, the report is deemed received on `due` (15 days). */
export function deemedReceiptDate(input: { publishedDate: IsoDate }, cal: StatutoryCalendar): ValuationClock {
  return valuationClock("publicationDeemedReceipt", parseIsoDate(input.publishedDate, "publishedDate"), cal);
}

/** arts 22–23: a written objection within 5 days of receiving (or being deemed to receive) the report. */
export function objectionDeadline(input: { receivedDate: IsoDate }, cal: StatutoryCalendar): ValuationClock {
  return valuationClock("objection", parseIsoDate(input.receivedDate, "receivedDate"), cal);
}

/** art 23 para 1: the court passes a substantive objection to the agency within 3 days. */
export function objectionReferralDeadline(input: { objectionFiledDate: IsoDate }, cal: StatutoryCalendar): ValuationClock {
  return valuationClock("objectionReferral", parseIsoDate(input.objectionFiledDate, "objectionFiledDate"), cal);
}

/** art 23 para 1: the agency explains in writing within 5 days of the referral. */
export function agencyExplanationDeadline(input: { referredDate: IsoDate }, cal: StatutoryCalendar): ValuationClock {
  return valuationClock("agencyExplanation", parseIsoDate(input.referredDate, "referredDate"), cal);
}

/** art 22 para 1 items 1–4, and art 23 para 1 (参照标准、计算方法或者评估结果). */
export const OBJECTION_GROUNDS = ["basicInfoError", "outOfScope", "agencyUnqualified", "seriousProceduralViolation", "substantive"] as const;
export type ObjectionGround = (typeof OBJECTION_GROUNDS)[number];

export const OBJECTION_GROUND_INFO: Readonly<Record<ObjectionGround, { label: Localized; basis: Citation }>> = Object.freeze({
  basicInfoError: { label: { zh: "财产基本信息错误", en: "basic information about the property is wrong" }, basis: P("art 22 para 1 item 1") },
  outOfScope: { label: { zh: "超出财产范围或者遗漏财产", en: "beyond the property, or property omitted" }, basis: P("art 22 para 1 item 2") },
  agencyUnqualified: {
    label: { zh: "评估机构或者评估人员不具备相应评估资质", en: "the agency or appraisers lack the required qualification" },
    basis: P("art 22 para 1 item 3"),
  },
  seriousProceduralViolation: { label: { zh: "评估程序严重违法", en: "the appraisal procedure seriously breached the law" }, basis: P("art 22 para 1 item 4") },
  substantive: {
    label: { zh: "参照标准、计算方法或者评估结果", en: "the reference standards, calculation method or appraised value" },
    basis: P("art 23 para 1"),
  },
});

/** What the objection is raised against: art 24 para 1 refuses objections to corrections and reviews. */
export type ObjectionTarget = "report" | "correction" | "professionalReview";

export type ObjectionInput = {
  method: ValuationMethod;
  target?: ObjectionTarget;
  grounds: readonly ObjectionGround[];
  /** The day this objector received the report, or was deemed to (deemedReceiptDate). */
  receivedDate: IsoDate;
  filedDate: IsoDate;
};

/**
 * enforcementObjection: handled as an objection to an enforcement act (art 22 para 2; 民诉法(2023) art 236).
 * agencyExplanation: passed to the agency within 3 days, explained within 5 (art 23 para 1).
 * enforcementObjectionThenAgencyExplanation: grounds (3)/(4) first (art 23 para 2), then para 1 if not upheld.
 */
export type ObjectionTrack = "enforcementObjection" | "agencyExplanation" | "enforcementObjectionThenAgencyExplanation";

export type ObjectionRefusal = "agreedOrDirectedInquiry" | "againstCorrectionOrReview" | "late" | "groundNotAvailable";

export type ObjectionDecision =
  | {
      accepted: true;
      track: ObjectionTrack;
      grounds: ObjectionGround[];
      /** Grounds not open against this kind of report (online inquiry: items 3–4 and substantive). */
      groundsNotAvailable: ObjectionGround[];
      deadline: ValuationClock;
      /** The referral clock (art 23 para 1) for the tracks that reach the agency. */
      referral?: ValuationClock;
      explanation: Localized;
      basis: Citation[];
    }
  | { accepted: false; reason: ObjectionRefusal; explanation: Localized; basis: Citation[]; deadline?: ValuationClock };

function validateGrounds(grounds: readonly ObjectionGround[]): ObjectionGround[] {
  if (!Array.isArray(grounds) || grounds.length === 0) {
    throw invalidField("grounds", { zh: "异议须至少载明一项理由", en: "an objection must state at least one ground" });
  }
  const seen = new Set<ObjectionGround>();
  grounds.forEach((g, i) => {
    if (!(OBJECTION_GROUNDS as readonly string[]).includes(g) || seen.has(g)) {
      throw invalidField(`grounds.${i}`, { zh: `未知或重复的异议理由：${String(g)}`, en: `unknown or repeated objection ground: ${String(g)}` });
    }
    seen.add(g);
  });
  return OBJECTION_GROUNDS.filter((g) => seen.has(g));
}

/**
 * Whether the court accepts a written objection to a valuation report, and how it is handled
 * (arts 22–24). A refusal is a result (不予受理 is a decision the court records), not an error; malformed
 * input is a VALIDATION error.
 */
export function classifyObjection(input: ObjectionInput, cal: StatutoryCalendar): ObjectionDecision {
  if (!isValuationMethod(input.method)) {
    throw invalidField("method", { zh: `未知的确定参考价方式：${String(input.method)}`, en: `unknown valuation method: ${String(input.method)}` });
  }
  const target = input.target ?? "report";
  if (!["report", "correction", "professionalReview"].includes(target)) {
    throw invalidField("target", { zh: `未知的异议对象：${String(target)}`, en: `unknown objection target: ${String(target)}` });
  }
  const grounds = validateGrounds(input.grounds);
  const receivedDate = parseIsoDate(input.receivedDate, "receivedDate");
  const filedDate = parseIsoDate(input.filedDate, "filedDate");

  if (input.method === "agreed" || input.method === "directedInquiry") {
    return {
      accepted: false,
      reason: "agreedOrDirectedInquiry",
      explanation: {
        zh: `对${VALUATION_METHOD_LABELS[input.method].zh}提出的异议，人民法院不予受理（第二十四条第二款）；有证据证明存在第二十五条情形的，可在发布一拍拍卖公告或者直接进入变卖程序之前申请执行监督`,
        en: `an objection to a ${VALUATION_METHOD_LABELS[input.method].en.toLowerCase()} is not accepted (art 24 para 2); with evidence of an art 25 ground it may be raised under enforcement supervision before the first auction notice or direct sale`,
      },
      basis: [P("art 24 para 2"), P("art 25")],
    };
  }
  if (target !== "report") {
    return {
      accepted: false,
      reason: "againstCorrectionOrReview",
      explanation: {
        zh: "对补正说明、专业技术评审结论提出的异议，人民法院不予受理（第二十四条第一款）",
        en: "an objection to a correction, explanation or professional review conclusion is not accepted (art 24 para 1)",
      },
      basis: [P("art 24 para 1")],
    };
  }
  const deadline = objectionDeadline({ receivedDate }, cal);
  if (compareIsoDates(filedDate, deadline.due) > 0) {
    return {
      accepted: false,
      reason: "late",
      explanation: {
        zh: `异议期间已于 ${deadline.due} 届满（收到报告后五日内），逾期提出的异议不予受理（第二十四条第一款）`,
        en: `the objection period ended on ${deadline.due} (5 days after receipt); a late objection is not accepted (art 24 para 1)`,
      },
      basis: [P("art 24 para 1"), ...deadline.basis],
      deadline,
    };
  }

  const available: ObjectionGround[] = input.method === "onlineInquiry" ? ["basicInfoError", "outOfScope"] : [...OBJECTION_GROUNDS];
  const open = grounds.filter((g) => available.includes(g));
  const groundsNotAvailable = grounds.filter((g) => !available.includes(g));
  if (open.length === 0) {
    return {
      accepted: false,
      reason: "groundNotAvailable",
      explanation: {
        zh: "对网络询价报告只能以财产基本信息错误、超出财产范围或者遗漏财产为由提出异议（第二十二条第一款第一、二项）",
        en: "an online inquiry report can be challenged only for wrong basic information or for exceeding or omitting property (art 22 para 1 items 1–2)",
      },
      basis: [P("art 22 para 1"), P("art 23 para 1")],
      deadline,
    };
  }
  const substantive = open.includes("substantive");
  const qualificationOrProcedure = open.some((g) => g === "agencyUnqualified" || g === "seriousProceduralViolation");
  const groundBasis = open.map((g) => OBJECTION_GROUND_INFO[g].basis);
  const enforcementObjection = citeSource("civilProcedureLaw", "art 236");
  if (!substantive) {
    return {
      accepted: true,
      track: "enforcementObjection",
      grounds: open,
      groundsNotAvailable,
      deadline,
      explanation: {
        zh: "参照民事诉讼法关于执行行为异议的规定审查处理（第二十二条第二款；民事诉讼法第二百三十六条，原第二百二十五条）",
        en: "handled as an objection to an enforcement act (art 22 para 2; Civil Procedure Law art 236, formerly art 225)",
      },
      basis: [...groundBasis, P("art 22 para 2"), enforcementObjection],
    };
  }
  const referral = objectionReferralDeadline({ objectionFiledDate: filedDate }, cal);
  if (qualificationOrProcedure) {
    return {
      accepted: true,
      track: "enforcementObjectionThenAgencyExplanation",
      grounds: open,
      groundsNotAvailable,
      deadline,
      referral,
      explanation: {
        zh: "先按执行行为异议审查资质或者程序问题；异议成立的，通知评估机构三日内退回材料并另行委托下一顺序的评估机构；不成立的，交评估机构书面说明（第二十三条第二款）",
        en: "the qualification or procedure grounds are reviewed first as an enforcement-act objection; if upheld the agency returns the materials within 3 days and the next agency re-appraises; if not, the agency explains in writing (art 23 para 2)",
      },
      basis: [...groundBasis, P("art 23 para 2"), P("art 22 para 2"), enforcementObjection],
    };
  }
  return {
    accepted: true,
    track: "agencyExplanation",
    grounds: open,
    groundsNotAvailable,
    deadline,
    referral,
    explanation: {
      zh: "人民法院应当在三日内交评估机构书面说明；评估机构五日内未作说明或者仍有异议的，交行业协会组织专业技术评审（第二十三条）",
      en: "the court passes the objection to the agency within 3 days; if it does not explain within 5 days, or the objection stands, the trade association organises a professional review (art 23)",
    },
    basis: [...groundBasis, P("art 23 para 1"), ...(open.length > 1 ? [P("art 23 para 2")] : [])],
  };
}

export type ExplanationOutcome = {
  next: "waiting" | "resolved" | "professionalReview";
  due: IsoDate;
  explanation: Localized;
  basis: Citation[];
};

/**
 * art 23 para 1 after the referral: waiting for the agency until the 5-day due date; resolved when it
 * explained in time and the objector accepts; otherwise (no explanation in time, or the objection
 * stands) a professional technical review by the trade association.
 */
export function afterAgencyExplanation(
  input: { referredDate: IsoDate; explainedDate?: IsoDate; objectorStillObjects?: boolean; today: IsoDate },
  cal: StatutoryCalendar,
): ExplanationOutcome {
  const clock = agencyExplanationDeadline({ referredDate: input.referredDate }, cal);
  const today = parseIsoDate(input.today, "today");
  const explained = input.explainedDate === undefined ? undefined : parseIsoDate(input.explainedDate, "explainedDate");
  const basis = [P("art 23 para 1")];
  const review = (zh: string, en: string): ExplanationOutcome => ({ next: "professionalReview", due: clock.due, explanation: { zh, en }, basis });
  if (explained !== undefined && compareIsoDates(explained, clock.due) <= 0) {
    return input.objectorStillObjects
      ? review("对评估机构的说明仍有异议，交由相关行业协会组织专业技术评审（第二十三条第一款）", "the objection stands after the explanation: professional review by the trade association (art 23 para 1)")
      : { next: "resolved", due: clock.due, explanation: { zh: "评估机构已按期书面说明", en: "the agency explained in time" }, basis };
  }
  if (explained !== undefined || compareIsoDates(today, clock.due) > 0) {
    return review(`评估机构未在五日内（${clock.due} 前）作出说明，交由相关行业协会组织专业技术评审（第二十三条第一款）`, `the agency did not explain within 5 days (by ${clock.due}): professional review by the trade association (art 23 para 1)`);
  }
  return { next: "waiting", due: clock.due, explanation: { zh: `等待评估机构在 ${clock.due} 前说明`, en: `waiting for the agency's explanation, due ${clock.due}` }, basis };
}

/** art 27 paras 1–2: the last day a result issued on `issuedDate` may be valid (one year, nominal). */
export function maxValidUntil(issuedDate: IsoDate): IsoDate {
  return addMonthsClamped(parseIsoDate(issuedDate, "issuedDate"), 12);
}

/** The validity a report states, checked against art 27's cap; VALIDATION (field validUntil) beyond it. */
export function checkValidity(input: { issuedDate: IsoDate; validUntil: IsoDate }): { validUntil: IsoDate; maxValidUntil: IsoDate; basis: Citation[] } {
  const max = maxValidUntil(input.issuedDate);
  const validUntil = parseIsoDate(input.validUntil, "validUntil");
  if (compareIsoDates(validUntil, input.issuedDate) < 0 || compareIsoDates(validUntil, max) > 0) {
    throw invalidField("validUntil", {
      zh: `有效期须在 ${input.issuedDate} 至 ${max} 之间，最长不得超过一年（第二十七条）（收到 ${validUntil}）`,
      en: `validity must end between ${input.issuedDate} and ${max}: at most one year (art 27) (got ${validUntil})`,
    });
  }
  return { validUntil, maxValidUntil: max, basis: [P("art 27 paras 1–2")] };
}

export type PriceUsability =
  | { usable: true; via: "withinValidity" | "grace"; validUntil: IsoDate; graceUntil?: IsoDate; explanation: Localized; basis: Citation[] }
  | {
      usable: false;
      reason: "notAnnouncedWithinValidity" | "graceExpired";
      validUntil: IsoDate;
      graceUntil?: IsoDate;
      /** How the price is renewed: re-issued by the platforms (3 days) or the original agency (15 days), or determined anew. */
      renewal: "onlineInquiryReissue" | "appraisalReissue" | "redetermine";
      explanation: Localized;
      basis: Citation[];
    };

/**
 * Whether an auction round or sale on `saleDate` may use the price (art 27 para 3): within validity; or
 * up to 6 months past it when the first auction notice was published, or the direct sale began, within
 * validity (`firstNoticeDate`). Otherwise the renewal the statute prescribes (arts 11 para 4, 19 para 4).
 * Laws, regulations and judicial interpretations may provide otherwise (art 27 para 3, last clause).
 */
export function canUseReferencePrice(input: {
  method: ValuationMethod;
  validUntil: IsoDate;
  firstNoticeDate?: IsoDate;
  saleDate: IsoDate;
}): PriceUsability {
  if (!isValuationMethod(input.method)) {
    throw invalidField("method", { zh: `未知的确定参考价方式：${String(input.method)}`, en: `unknown valuation method: ${String(input.method)}` });
  }
  const validUntil = parseIsoDate(input.validUntil, "validUntil");
  const saleDate = parseIsoDate(input.saleDate, "saleDate");
  const notice = input.firstNoticeDate === undefined ? undefined : parseIsoDate(input.firstNoticeDate, "firstNoticeDate");
  if (notice !== undefined && compareIsoDates(notice, saleDate) > 0) {
    throw invalidField("firstNoticeDate", {
      zh: `一拍公告或者进入变卖程序之日（${notice}）不能晚于拍卖、变卖之日（${saleDate}）`,
      en: `the first notice or start of the sale (${notice}) cannot be after the auction or sale (${saleDate})`,
    });
  }
  if (compareIsoDates(saleDate, validUntil) <= 0) {
    return {
      usable: true,
      via: "withinValidity",
      validUntil,
      explanation: { zh: `参考价在有效期内（至 ${validUntil}）`, en: `the price is valid (until ${validUntil})` },
      basis: [P("art 27")],
    };
  }
  if (notice !== undefined && compareIsoDates(notice, validUntil) <= 0) {
    const graceUntil = addMonthsClamped(validUntil, 6);
    if (compareIsoDates(saleDate, graceUntil) <= 0) {
      return {
        usable: true,
        via: "grace",
        validUntil,
        graceUntil,
        explanation: {
          zh: `一拍公告或者变卖在有效期内启动，拍卖、变卖时未超过有效期六个月（至 ${graceUntil}），无需重新确定参考价（第二十七条第三款）`,
          en: `the first notice or sale began within validity and the sale is no more than 6 months past it (until ${graceUntil}): no new price is needed (art 27 para 3)`,
        },
        basis: [P("art 27 para 3")],
      };
    }
    return {
      usable: false,
      reason: "graceExpired",
      validUntil,
      graceUntil,
      renewal: "redetermine",
      explanation: {
        zh: `拍卖、变卖时已超过有效期六个月（${graceUntil} 后），应当重新确定参考价（第二十七条第三款）`,
        en: `the sale is more than 6 months past validity (after ${graceUntil}): the price must be determined anew (art 27 para 3)`,
      },
      basis: [P("art 27 para 3")],
    };
  }
  const renewal = input.method === "onlineInquiry" ? "onlineInquiryReissue" : input.method === "appraisal" ? "appraisalReissue" : "redetermine";
  const how: Record<typeof renewal, Localized & { basis: Citation }> = {
    onlineInquiryReissue: { zh: "通知司法网络询价平台在三日内重新出具网络询价报告（第十一条第四款）", en: "the platforms re-issue their reports within 3 days (art 11 para 4)", basis: P("art 11 para 4") },
    appraisalReissue: { zh: "通知原评估机构在十五日内重新出具评估报告（第十九条第四款）", en: "the original agency re-issues its report within 15 days (art 19 para 4)", basis: P("art 19 para 4") },
    redetermine: { zh: "重新确定参考价", en: "the price must be determined anew", basis: P("art 27") },
  };
  return {
    usable: false,
    reason: "notAnnouncedWithinValidity",
    validUntil,
    renewal,
    explanation: {
      zh: `未在有效期内（至 ${validUntil}）发布一拍拍卖公告或者直接进入变卖程序：${how[renewal].zh}`,
      en: `no first auction notice or direct sale within validity (until ${validUntil}): ${how[renewal].en}`,
    },
    basis: [P("art 27 para 3"), how[renewal].basis],
  };
}

/** arts 11 para 4, 19 para 4: the re-issue clock after validity lapsed before the first auction notice. */
export function reissueDeadline(input: { method: ValuationMethod; noticeDate: IsoDate }, cal: StatutoryCalendar): ValuationClock {
  const noticeDate = parseIsoDate(input.noticeDate, "noticeDate");
  if (input.method === "onlineInquiry") return valuationClock("onlineInquiryReissue", noticeDate, cal);
  if (input.method === "appraisal") return valuationClock("appraisalReissue", noticeDate, cal);
  throw new DomainError(
    "PRECONDITION_FAILED",
    {
      zh: "只有网络询价（第十一条第四款）和委托评估（第十九条第四款）可以重新出具报告；议价、定向询价结果过期的，应当重新确定参考价",
      en: "only online inquiry (art 11 para 4) and appraisal (art 19 para 4) reports are re-issued; an expired agreed or directed-inquiry price is determined anew",
    },
    { field: "method" },
  );
}

/** art 30: start the sale procedure within 10 days after the reference price is fixed. */
export function saleStartDeadline(input: { priceFixedDate: IsoDate }, cal: StatutoryCalendar): ValuationClock {
  return valuationClock("saleStart", parseIsoDate(input.priceFixedDate, "priceFixedDate"), cal);
}
