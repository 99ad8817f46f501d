// The periods of the reference-price procedure (确定财产处置参考价, rules.md §9), in the shape of
// config/statutory-periods.ts: key, period, basis, confidence. Every row was read in the full text of
// 参考价规定(2018) (法释〔2018〕15号, rules.md source P11) and is CONFIRMED-P, so none is configurable.
// The statute writes every one of them in 日 (or 年 / 个月): calendar days, never working days.
//   art 1: the procedure starts within 30 days after 查封、扣押、冻结.
//   art 11 para 1: a platform's online inquiry report within 3 days of receiving the commission.
//   art 11 para 2: one 3-day extension, only when ALL platforms missed the first period.
//   art 11 para 4: re-issue within 3 days when the first auction was not announced within validity.
//   art 12: corrections of online reports within 3 days.
//   art 19 para 1: an appraisal report within 30 days (暂缓 / 中止 periods deducted).
//   art 19 para 2: an extension requested in writing 5 days before the period ends; at most 2
//     extensions of at most 15 days each.
//   art 19 para 3: on default, the agency returns the court's materials within 3 days (also art 23 para 2).
//   art 19 para 4: the original agency re-issues within 15 days when validity lapsed before the first
//     auction notice.
//   art 20: the agency explains or corrects in writing within 3 days.
//   art 21: reports sent to the parties within 3 days of receipt; published on 中国执行信息公开网 and
//     deemed received 15 days after publication when a party cannot be served.
//   art 22 para 1 / art 23 para 1: written objections within 5 days of receiving the report.
//   art 23 para 1: a substantive objection is passed to the agency within 3 days; it explains within 5.
//   art 27: validity at most 1 year; a sale announced within validity may run up to 6 months past it.
//   art 30: the sale procedure starts within 10 days after the reference price is fixed.
// 议价 (art 4) and 定向询价 (art 6) deadlines are "指定期限" set by the court: no number, no row here.
import { citeSource } from "../citation/sources";
import { computeDeadline, type Period } from "../calendar/compute-deadline";
import type { StatutoryCalendar } from "../calendar/types";
import type { Citation } from "../citation/citation";
import { periodTable, type Confidence, type PeriodRow, type PeriodTable } from "../config/period-table";
import { parseIsoDate, type IsoDate } from "../dates/iso-date";

export type ValuationPeriodKey =
  | "procedureStart"
  | "onlineInquiryReport"
  | "onlineInquiryExtension"
  | "onlineInquiryCorrection"
  | "onlineInquiryReissue"
  | "appraisalReport"
  | "appraisalExtensionLead"
  | "appraisalExtensionMax"
  | "appraisalMaterialsReturn"
  | "appraisalCorrection"
  | "appraisalReissue"
  | "reportService"
  | "publicationDeemedReceipt"
  | "objection"
  | "objectionReferral"
  | "agencyExplanation"
  | "validityMax"
  | "validityGrace"
  | "saleStart";

export type ValuationPeriod = PeriodRow<ValuationPeriodKey>;

export type ValuationPeriods = PeriodTable<ValuationPeriodKey>;

/** art 19 para 2: "延期次数不超过两次". */
export const APPRAISAL_MAX_EXTENSIONS = 2;

const days = (n: number): Period => ({ unit: "days", n });

const table: ValuationPeriod[] = [
  {
    key: "procedureStart",
    period: days(30),
    basis: citeSource("referencePrice", "art 1"),
    confidence: "CONFIRMED-P",
    description: {
      zh: "查封、扣押、冻结财产后，对需要拍卖、变卖的财产，应当在三十日内启动确定财产处置参考价程序",
      en: "start the reference-price procedure within 30 days after sealing, seizing or freezing property that is to be auctioned or sold",
    },
  },
  {
    key: "onlineInquiryReport",
    period: days(3),
    basis: citeSource("referencePrice", "art 11 para 1"),
    confidence: "CONFIRMED-P",
    description: {
      zh: "司法网络询价平台应当在收到网络询价委托书之日起三日内出具网络询价报告",
      en: "a judicial online inquiry platform issues its report within 3 days of receiving the commission",
    },
  },
  {
    key: "onlineInquiryExtension",
    period: days(3),
    basis: citeSource("referencePrice", "art 11 para 2"),
    confidence: "CONFIRMED-P",
    description: {
      zh: "全部平台均未能在期限内出具询价结果的，根据各平台的延期申请延期三日（仅一次）",
      en: "when every platform missed the period, the platforms that asked are given one 3-day extension",
    },
  },
  {
    key: "onlineInquiryCorrection",
    period: days(3),
    basis: citeSource("referencePrice", "art 12"),
    confidence: "CONFIRMED-P",
    description: {
      zh: "网络询价报告均存在基本信息错误、超出财产范围或者遗漏财产的，通知平台在三日内补正",
      en: "when every online report has a basic-information error, exceeds the property or omits some, the platforms correct within 3 days",
    },
  },
  {
    key: "onlineInquiryReissue",
    period: days(3),
    basis: citeSource("referencePrice", "art 11 para 4"),
    confidence: "CONFIRMED-P",
    description: {
      zh: "未在网络询价结果有效期内发布一拍拍卖公告或者直接进入变卖程序的，通知平台在三日内重新出具报告",
      en: "when no first-auction notice or direct sale started within the result's validity, the platform re-issues its report within 3 days",
    },
  },
  {
    key: "appraisalReport",
    period: days(30),
    basis: citeSource("referencePrice", "art 19 para 1"),
    confidence: "CONFIRMED-P",
    description: {
      zh: "评估机构应当在三十日内出具评估报告；暂缓执行或中止执行的期间应当扣除",
      en: "the appraisal agency issues its report within 30 days; periods of deferral or suspension are deducted",
    },
  },
  {
    key: "appraisalExtensionLead",
    period: days(5),
    basis: citeSource("referencePrice", "art 19 para 2"),
    confidence: "CONFIRMED-P",
    description: {
      zh: "评估机构不能在期限内出具报告的，应当在期限届满五日前书面申请延长期限",
      en: "an agency that cannot report in time applies in writing for an extension at least 5 days before the period ends",
    },
  },
  {
    key: "appraisalExtensionMax",
    period: days(15),
    basis: citeSource("referencePrice", "art 19 para 2"),
    confidence: "CONFIRMED-P",
    description: {
      zh: "延长评估期限的，延期次数不超过两次，每次不超过十五日",
      en: "the appraisal period may be extended at most twice, by at most 15 days each time",
    },
  },
  {
    key: "appraisalMaterialsReturn",
    period: days(3),
    basis: citeSource("referencePrice", "art 19 para 3"),
    confidence: "CONFIRMED-P",
    description: {
      zh: "评估机构逾期未出具报告且未申请延期的（或资质、程序异议成立的，第二十三条第二款），通知其三日内退回移交的材料，另行委托下一顺序的评估机构",
      en: "an agency in default (or whose qualification or procedure objection was upheld, art 23 para 2) returns the court's materials within 3 days; the next agency in order is commissioned",
    },
  },
  {
    key: "appraisalCorrection",
    period: days(3),
    basis: citeSource("referencePrice", "art 20"),
    confidence: "CONFIRMED-P",
    description: {
      zh: "评估报告存在第二十条所列情形的，责令评估机构在三日内书面说明或者补正",
      en: "when the court's review finds an art 20 defect, the agency explains or corrects in writing within 3 days",
    },
  },
  {
    key: "appraisalReissue",
    period: days(15),
    basis: citeSource("referencePrice", "art 19 para 4"),
    confidence: "CONFIRMED-P",
    description: {
      zh: "未在评估结果有效期内发布一拍拍卖公告或者直接进入变卖程序的，通知原评估机构在十五日内重新出具评估报告",
      en: "when no first-auction notice or direct sale started within the appraisal's validity, the original agency re-issues within 15 days",
    },
  },
  {
    key: "reportService",
    period: days(3),
    basis: citeSource("referencePrice", "art 21 para 1"),
    confidence: "CONFIRMED-P",
    description: {
      zh: "收到定向询价、网络询价、委托评估、说明补正等报告后，应当在三日内发送给当事人及利害关系人",
      en: "send directed-inquiry, online-inquiry, appraisal and explanation or correction reports to the parties and interested persons within 3 days of receipt",
    },
  },
  {
    key: "publicationDeemedReceipt",
    period: days(15),
    basis: citeSource("referencePrice", "art 21 para 2"),
    confidence: "CONFIRMED-P",
    description: {
      zh: "当事人、利害关系人下落不明或者无法获取有效送达地址的，在中国执行信息公开网上公示，公示满十五日即视为收到",
      en: "when a party cannot be found or has no valid address, the report is published on the public enforcement information site and deemed received after 15 days",
    },
  },
  {
    key: "objection",
    period: days(5),
    basis: citeSource("referencePrice", "arts 22, 23"),
    confidence: "CONFIRMED-P",
    description: {
      zh: "当事人、利害关系人可以在收到网络询价报告或者评估报告后五日内提出书面异议",
      en: "parties and interested persons may object in writing within 5 days of receiving an online inquiry or appraisal report",
    },
  },
  {
    key: "objectionReferral",
    period: days(3),
    basis: citeSource("referencePrice", "art 23 para 1"),
    confidence: "CONFIRMED-P",
    description: {
      zh: "对评估报告的参照标准、计算方法或者评估结果提出书面异议的，人民法院应当在三日内交评估机构予以书面说明",
      en: "an objection to an appraisal's reference standards, method or result is passed to the agency within 3 days",
    },
  },
  {
    key: "agencyExplanation",
    period: days(5),
    basis: citeSource("referencePrice", "art 23 para 1"),
    confidence: "CONFIRMED-P",
    description: {
      zh: "评估机构在五日内未作说明或者当事人仍有异议的，交由相关行业协会组织专业技术评审",
      en: "the agency explains within 5 days; otherwise, or if the objection stands, the trade association organises a professional review",
    },
  },
  {
    key: "validityMax",
    period: { unit: "years", n: 1 },
    basis: citeSource("referencePrice", "art 27 paras 1–2"),
    confidence: "CONFIRMED-P",
    description: {
      zh: "网络询价、委托评估结果的有效期最长不得超过一年；议价结果、定向询价结果的有效期同样不得超过一年",
      en: "an online inquiry or appraisal result is valid for at most 1 year; an agreed or directed-inquiry result likewise",
    },
  },
  {
    key: "validityGrace",
    period: { unit: "months", n: 6 },
    basis: citeSource("referencePrice", "art 27 para 3"),
    confidence: "CONFIRMED-P",
    description: {
      zh: "在有效期内发布一拍拍卖公告或者直接进入变卖程序，拍卖、变卖时未超过有效期六个月的，无需重新确定参考价",
      en: "when the first auction was announced, or the direct sale began, within validity, the price may still be used up to 6 months past validity",
    },
  },
  {
    key: "saleStart",
    period: days(10),
    basis: citeSource("referencePrice", "art 30"),
    confidence: "CONFIRMED-P",
    description: {
      zh: "人民法院应当在参考价确定后十日内启动财产变价程序",
      en: "start the sale procedure within 10 days after the reference price is fixed",
    },
  },
];

export const VALUATION_PERIODS: ValuationPeriods = periodTable(table);

/** A deadline of the procedure, ready to be stored as a clock row. */
export type ValuationClock = {
  key: ValuationPeriodKey;
  from: IsoDate;
  period: Period;
  /** The last day to act, after any rest-day shift (民诉法(2023) art 85 para 3). */
  due: IsoDate;
  /** The last day before the shift. */
  nominalDue: IsoDate;
  provisional: boolean;
  confidence: Confidence;
  basis: Citation[];
};

/**
 * The clock for row `key` counted from `from` through computeDeadline (rules.md §19: the start day is not
 * counted; a last day on a rest day moves to the next working day). `extraDays` lengthens a day period
 * (an extension, deducted suspension days) so that the rest-day shift applies once, to the final day.
 */
export function valuationClock(key: ValuationPeriodKey, from: IsoDate, cal: StatutoryCalendar, extraDays = 0): ValuationClock {
  const row = VALUATION_PERIODS[key];
  parseIsoDate(from, "from");
  if (!Number.isInteger(extraDays) || extraDays < 0 || (extraDays > 0 && row.period.unit !== "days")) {
    throw new RangeError(`extraDays must be a non-negative integer on a day period (got ${extraDays} on ${key})`);
  }
  const period: Period = extraDays === 0 ? row.period : { unit: row.period.unit, n: row.period.n + extraDays };
  const d = computeDeadline(from, period, cal);
  return {
    key,
    from,
    period,
    due: d.due,
    nominalDue: d.nominalDue,
    provisional: d.provisional,
    confidence: row.confidence,
    basis: [row.basis, ...d.basis],
  };
}
