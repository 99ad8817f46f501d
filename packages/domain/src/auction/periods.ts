// The periods of online judicial auctions and what follows them (rules.md §10), in the shape of
// config/statutory-periods.ts: key, period, basis, confidence. Values read in the full text of the norm
// (CONFIRMED-P) are fixed; the others may be configured with withAuctionOverrides.
//   网拍规定(2016) art 12 para 1: announce a first auction of movables 15 days, of real estate or other
//     property rights 30 days before it. CONFIRMED-P.
//   art 16 para 1: notify the parties and known priority holders 3 days before the announcement; if they
//     cannot be notified, posting on the platform for 5 days counts as notice. CONFIRMED-P.
//   art 26 para 1: after a failure, auction again within 30 days, announced 7 (movables) / 15 (real
//     estate, other property rights) days before. CONFIRMED-P.
//   art 28 para 4: resume within 5 days after a postponement ends or a suspension's cause lapses.
//     CONFIRMED-P.
//   拍卖变卖规定(2020) art 20: serve the confirmation (or transfer-in-lieu) ruling within 10 days after the
//     price (or the difference) is paid in full. Read in P13's full text; rules.md §10 does not list it.
//   拍卖变卖规定(2020) art 27: hand the property over within 15 days after the ruling is served.
//     CONFIRMED-P.
//   Fixed-price sale (网络变卖) after a second failure: 60 days at the second auction's starting price.
//     网拍规定 art 26 para 2 only says "可以依法…变卖"; the period comes from an SPC notice rules.md could not
//     read (法明传〔2017〕455号, believed): UNCONFIRMED → configurable, default 60.
// Durations in hours and minutes (bidding, extension, refunds) are instants, not calendar periods: see
// AUCTION_DURATIONS below; all are CONFIRMED-P and fixed.
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import { overridePeriods, periodTable, type Confidence, type PeriodRow, type PeriodTable } from "../config/period-table";
import type { Localized } from "../errors/domain-error";

export type AuctionPeriodKey =
  | "announcementMovables"
  | "announcementPropertyRights"
  | "partyNotice"
  | "unreachableNoticePosting"
  | "reauctionWithin"
  | "reauctionAnnouncementMovables"
  | "reauctionAnnouncementPropertyRights"
  | "resumeAfterSuspension"
  | "rulingService"
  | "handOver"
  | "fixedPriceSale";

export type AuctionPeriod = PeriodRow<AuctionPeriodKey>;
export type AuctionPeriods = PeriodTable<AuctionPeriodKey>;

const table: AuctionPeriod[] = [
  {
    key: "announcementMovables",
    period: { unit: "days", n: 15 },
    basis: citeSource("onlineAuction", "art 12 para 1"),
    confidence: "CONFIRMED-P",
    description: { zh: "拍卖动产的，应当在拍卖十五日前公告", en: "announce an auction of movables 15 days before it" },
  },
  {
    key: "announcementPropertyRights",
    period: { unit: "days", n: 30 },
    basis: citeSource("onlineAuction", "art 12 para 1"),
    confidence: "CONFIRMED-P",
    description: {
      zh: "拍卖不动产或者其他财产权的，应当在拍卖三十日前公告",
      en: "announce an auction of real estate or other property rights 30 days before it",
    },
  },
  {
    key: "partyNotice",
    period: { unit: "days", n: 3 },
    basis: citeSource("onlineAuction", "art 16 para 1"),
    confidence: "CONFIRMED-P",
    description: {
      zh: "拍卖公告发布三日前通知当事人、已知优先购买权人",
      en: "notify the parties and known priority holders 3 days before the announcement",
    },
  },
  {
    key: "unreachableNoticePosting",
    period: { unit: "days", n: 5 },
    basis: citeSource("onlineAuction", "art 16 para 1"),
    confidence: "CONFIRMED-P",
    description: {
      zh: "无法通知的，在网络司法拍卖平台公示并说明理由，公示满五日视为已经通知",
      en: "who cannot be notified is deemed notified after 5 days of posting on the platform, with the reason",
    },
  },
  {
    key: "reauctionWithin",
    period: { unit: "days", n: 30 },
    basis: citeSource("onlineAuction", "art 26 para 1"),
    confidence: "CONFIRMED-P",
    description: { zh: "流拍后应当在三十日内在同一平台再次拍卖", en: "after a failed auction, auction again on the same platform within 30 days" },
  },
  {
    key: "reauctionAnnouncementMovables",
    period: { unit: "days", n: 7 },
    basis: citeSource("onlineAuction", "art 26 para 1"),
    confidence: "CONFIRMED-P",
    description: { zh: "再次拍卖动产的，应当在拍卖七日前公告", en: "announce a re-auction of movables 7 days before it" },
  },
  {
    key: "reauctionAnnouncementPropertyRights",
    period: { unit: "days", n: 15 },
    basis: citeSource("onlineAuction", "art 26 para 1"),
    confidence: "CONFIRMED-P",
    description: {
      zh: "再次拍卖不动产或者其他财产权的，应当在拍卖十五日前公告",
      en: "announce a re-auction of real estate or other property rights 15 days before it",
    },
  },
  {
    key: "resumeAfterSuspension",
    period: { unit: "days", n: 5 },
    basis: citeSource("onlineAuction", "art 28 para 4"),
    confidence: "CONFIRMED-P",
    description: {
      zh: "暂缓期限届满或者中止事由消失后需要继续拍卖的，应当在五日内恢复拍卖",
      en: "resume within 5 days after a postponement ends or a suspension's cause lapses",
    },
  },
  {
    key: "rulingService",
    period: { unit: "days", n: 10 },
    basis: citeSource("auctionAndSale", "art 20"),
    confidence: "CONFIRMED-P",
    description: {
      zh: "拍卖成交或者以流拍的财产抵债的裁定，于价款或者差价全额交付后十日内送达",
      en: "serve the sale or transfer-in-lieu ruling within 10 days after the price or the difference is paid in full",
    },
  },
  {
    key: "handOver",
    period: { unit: "days", n: 15 },
    basis: citeSource("auctionAndSale", "art 27"),
    confidence: "CONFIRMED-P",
    description: { zh: "裁定送达后十五日内将拍卖的财产移交买受人或者承受人", en: "hand the property over within 15 days after the ruling is served" },
  },
  {
    key: "fixedPriceSale",
    period: { unit: "days", n: 60 },
    basis: citeSource("onlineSaleNotice", "(text not seen)"),
    confidence: "UNCONFIRMED",
    description: {
      zh: "再次拍卖流拍后网络变卖，变卖期六十日，变卖价为第二次拍卖的起拍价（未核实，可配置）",
      en: "after a second failure, a fixed-price online sale for 60 days at the second auction's starting price (unconfirmed; configurable)",
    },
  },
];

export const AUCTION_PERIODS: AuctionPeriods = periodTable(table);

/** Configured lengths for the periods not read in the norm's full text (today only fixedPriceSale). */
export function withAuctionOverrides(overrides: Partial<Record<AuctionPeriodKey, number>>): AuctionPeriods {
  return overridePeriods(AUCTION_PERIODS, overrides, { zh: "拍卖期间", en: "auction period" });
}

// ---------------------------------------------------------------------------------------------------
// Durations measured between instants (milliseconds), all CONFIRMED-P, fixed.

export type AuctionDurationKey = "biddingMinimum" | "extensionWindow" | "extension" | "depositRefund" | "buyerDepositTransfer";

export type AuctionDuration = Readonly<{
  key: AuctionDurationKey;
  ms: number;
  basis: Citation;
  confidence: Confidence;
  description: Localized;
}>;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const duration = (key: AuctionDurationKey, ms: number, article: string, zh: string, en: string): AuctionDuration =>
  Object.freeze({ key, ms, basis: citeSource("onlineAuction", article), confidence: "CONFIRMED-P" as const, description: { zh, en } });

export const AUCTION_DURATIONS: Readonly<Record<AuctionDurationKey, AuctionDuration>> = Object.freeze({
  biddingMinimum: duration("biddingMinimum", 24 * HOUR, "art 20 para 2", "竞价时间应当不少于二十四小时", "bidding lasts at least 24 hours"),
  extensionWindow: duration(
    "extensionWindow",
    5 * MINUTE,
    "art 20 para 2",
    "竞价程序结束前五分钟内有出价的，竞价时间顺延",
    "a bid within the last 5 minutes before the end extends bidding",
  ),
  extension: duration("extension", 5 * MINUTE, "art 20 para 2", "竞价时间自该出价时点顺延五分钟", "bidding is extended to 5 minutes after that bid"),
  depositRefund: duration(
    "depositRefund",
    24 * HOUR,
    "art 23",
    "其他竞买人（及未成交时全部竞买人）的保证金在竞价程序结束后二十四小时内退还或者解冻",
    "other bidders' deposits (all, when unsold) are refunded or unfrozen within 24 hours after bidding ends",
  ),
  buyerDepositTransfer: duration(
    "buyerDepositTransfer",
    24 * HOUR,
    "art 25",
    "拍卖成交后二十四小时内，平台将冻结的买受人保证金划入法院指定账户",
    "within 24 hours after the sale the platform transfers the buyer's frozen deposit to the court's account",
  ),
});
