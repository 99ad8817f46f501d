// What the order to report property covers (rules.md §8).
//   民诉法(2023) art 252: the respondent reports its current property and its property over the one year
//     before the day it received the enforcement notice. CONFIRMED-P.
//   财产调查规定(2020) art 5 para 1: the categories to report, items (1)–(5); para 2: encumbrances,
//     co-ownership, disputed title and property held by or registered to a third party go with them.
//     CONFIRMED-P.
//   财产调查规定 art 6: changes from one year before receiving the notice up to the report — items (1)–(5).
//     CONFIRMED-P.
// The one-year look-back is a window, not a period for acting: it is counted back by the calendar
// (民法典 art 202, the corresponding day, or the month's last day) and never moved for a rest day.
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import { addMonthsClamped, parseIsoDate, type IsoDate } from "../dates";
import type { Localized } from "../errors/domain-error";

/** Art 5 para 1, with item (1) and item (4) split so that an IP right is reported as such. */
export const REPORT_CATEGORIES = [
  "income",
  "deposits",
  "securities",
  "realEstate",
  "movables",
  "claims",
  "equityAndInvestments",
  "intellectualProperty",
  "other",
] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];

/** Art 6 items (1)–(5). */
export const CHANGE_KINDS = ["transferOrLease", "encumbrance", "claimWaivedOrExtended", "largeExpenditure", "other"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export type Labelled<K extends string> = { key: K; label: Localized; basis: Citation };

const art = (a: string) => citeSource("propertyInvestigation", a);

export const REPORT_CATEGORY_INFO: Readonly<Record<ReportCategory, Labelled<ReportCategory>>> = Object.freeze({
  income: { key: "income", label: { zh: "收入", en: "income" }, basis: art("art 5(1)") },
  deposits: { key: "deposits", label: { zh: "银行存款、现金、理财产品", en: "bank deposits, cash, wealth-management products" }, basis: art("art 5(1)") },
  securities: { key: "securities", label: { zh: "有价证券", en: "securities" }, basis: art("art 5(1)") },
  realEstate: { key: "realEstate", label: { zh: "土地使用权、房屋等不动产", en: "land use rights, buildings and other real estate" }, basis: art("art 5(2)") },
  movables: {
    key: "movables",
    label: { zh: "交通运输工具、机器设备、产品、原材料等动产", en: "vehicles, machinery and equipment, products, raw materials and other movables" },
    basis: art("art 5(3)"),
  },
  claims: { key: "claims", label: { zh: "债权", en: "claims (receivables)" }, basis: art("art 5(4)") },
  equityAndInvestments: {
    key: "equityAndInvestments",
    label: { zh: "股权、投资权益、基金份额、信托受益权", en: "equity, investment interests, fund shares, trust beneficial interests" },
    basis: art("art 5(4)"),
  },
  intellectualProperty: { key: "intellectualProperty", label: { zh: "知识产权", en: "intellectual property rights" }, basis: art("art 5(4)") },
  other: { key: "other", label: { zh: "其他应当报告的财产", en: "other property to be reported" }, basis: art("art 5(5)") },
});

export const CHANGE_KIND_INFO: Readonly<Record<ChangeKind, Labelled<ChangeKind>>> = Object.freeze({
  transferOrLease: { key: "transferOrLease", label: { zh: "转让、出租财产", en: "property transferred or leased" }, basis: art("art 6(1)") },
  encumbrance: { key: "encumbrance", label: { zh: "在财产上设立担保物权等权利负担", en: "a security interest or other encumbrance created" }, basis: art("art 6(2)") },
  claimWaivedOrExtended: { key: "claimWaivedOrExtended", label: { zh: "放弃债权或延长债权清偿期", en: "a claim waived or its due date extended" }, basis: art("art 6(3)") },
  largeExpenditure: { key: "largeExpenditure", label: { zh: "支出大额资金", en: "a large expenditure" }, basis: art("art 6(4)") },
  other: { key: "other", label: { zh: "其他影响债权实现的财产变动", en: "another change affecting recovery of the claim" }, basis: art("art 6(5)") },
});

export function isReportCategory(v: unknown): v is ReportCategory {
  return typeof v === "string" && (REPORT_CATEGORIES as readonly string[]).includes(v);
}

export function isChangeKind(v: unknown): v is ChangeKind {
  return typeof v === "string" && (CHANGE_KINDS as readonly string[]).includes(v);
}

export type ReportScope = {
  /** The first day whose changes must be reported: one year before the notice was received. */
  changesFrom: IsoDate;
  categories: Labelled<ReportCategory>[];
  changeKinds: Labelled<ChangeKind>[];
  /** Also to report with each item (art 5 para 2). */
  alsoReport: Localized;
  basis: Citation[];
};

export function reportScope(noticeReceivedDate: IsoDate): ReportScope {
  parseIsoDate(noticeReceivedDate, "noticeReceivedDate");
  return {
    changesFrom: addMonthsClamped(noticeReceivedDate, -12),
    categories: REPORT_CATEGORIES.map((k) => REPORT_CATEGORY_INFO[k]),
    changeKinds: CHANGE_KINDS.map((k) => CHANGE_KIND_INFO[k]),
    alsoReport: {
      zh: "财产已出租、已设立担保物权等权利负担，或者存在共有、权属争议的，应一并报告；由第三人占有或登记在第三人名下的财产也应一并报告",
      en: "Also report leases, security interests and other encumbrances, co-ownership and disputed title, and property held by or registered to a third party",
    },
    basis: [citeSource("civilProcedureLaw", "art 252"), art("art 5"), art("art 6"), citeSource("civilCode", "art 202")],
  };
}
