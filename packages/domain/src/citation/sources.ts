// The norms this package cites, by one short name each (as used in rules.md), so every rule cites
// them the same way. Articles are written "art 85 para 2" as in rules.md.
import { cite, type Citation } from "./citation";

export const SOURCES = {
  civilProcedureLaw: { law: "民事诉讼法(2023)", en: "Civil Procedure Law (2023)" },
  civilProcedureInterpretation: { law: "民诉法解释(2022)", en: "SPC Interpretation of the Civil Procedure Law (2022)" },
  civilCode: { law: "民法典", en: "Civil Code" },
  litigationFees: { law: "诉讼费用交纳办法", en: "Measures on the Payment of Litigation Costs (2006)" },
  delayInterest: { law: "迟延履行利息解释", en: "SPC Interpretation on Interest for Delayed Performance (2014)" },
  enforcementProcedure: { law: "执行程序解释(2020)", en: "SPC Interpretation on the Enforcement Procedure (2020)" },
  enforcementWork: { law: "执行工作规定（试行）(2020)", en: "SPC Provisions on Enforcement Work (Trial) (2020)" },
  enforcementPeriods: { law: "若干期限规定(2006)", en: "SPC Provisions on Time Limits in Enforcement Cases (2006)" },
  caseDuration: { law: "审限规定(2000)", en: "SPC Provisions on Case Duration Limits (2000)" },
  suspendedNoAssets: { law: "终本规定(2016)", en: "SPC Provisions on Terminating the Current Enforcement Procedure (2016)" },
  caseNumbers: { law: "最高人民法院关于人民法院案件案号的若干规定", en: "SPC Provisions on Case Numbers (2015)" },
  publicHolidays: { law: "全国年节及纪念日放假办法(2024)", en: "Measures on National Holidays (2024)" },
  judgmentsOnline: { law: "裁判文书上网规定(2016)", en: "SPC Provisions on Publishing Judgments Online (2016)" },
  dishonestList: { law: "失信规定(2017)", en: "SPC Provisions on the List of Dishonest Judgment Debtors (2017)" },
  residentIdStandard: { law: "GB 11643-1999 公民身份号码", en: "GB 11643-1999 Citizen identification number" },
  creditCodeStandard: { law: "GB 32100-2015 法人和其他组织统一社会信用代码编码规则", en: "GB 32100-2015 Unified social credit code" },
  seizureProvisions: { law: "查封规定(2020)", en: "SPC Provisions on Sealing, Seizing and Freezing Property in Civil Enforcement (2020)" },
  trademarkPreservation: { law: "注册商标权保全解释(2020)", en: "SPC Interpretation on Property Preservation of Registered Trademark Rights (2020)" },
  propertyInvestigation: { law: "财产调查规定(2020)", en: "SPC Provisions on Property Investigation in Civil Enforcement (2020)" },
  referencePrice: { law: "参考价规定(2018)", en: "SPC Provisions on Determining the Reference Price for Disposing of Property (2018)" },
  onlineAuction: { law: "网拍规定(2016)", en: "SPC Provisions on Online Judicial Auctions (2016)" },
  auctionAndSale: { law: "拍卖变卖规定(2020)", en: "SPC Provisions on Auctions and Sales of Property in Civil Enforcement (2020)" },
  onlineSaleNotice: { law: "网拍与网络变卖衔接通知（法明传〔2017〕455号，未核实）", en: "SPC notice on linking online auctions and online sales (believed 2017, unconfirmed)" },
  // Issue 5: coercion, credit discipline, objections, conduct duties, 终本.
  consumptionRestriction: { law: "限制消费规定(2015)", en: "SPC Provisions on Restricting High and Related Consumption by Judgment Debtors (2015)" },
  objectionReview: { law: "异议复议规定(2020)", en: "SPC Provisions on Handling Enforcement Objection and Reconsideration Cases (2020)" },
  criminalLaw: { law: "刑法", en: "Criminal Law" },
} as const;

export type SourceKey = keyof typeof SOURCES;

/** `citeSource("civilCode", "art 202")` → a Citation with the shared law names. */
export function citeSource(key: SourceKey, article: string): Citation {
  const s = SOURCES[key];
  return cite(s.law, article, s.en);
}
