// The auction-parameters calculator and the checks of a chosen starting price and deposit (rules.md
// §10). It backs `zhixing calc auction --reference-price … --asset-type … [--round 2 --previous-start …]`.
//
//   网拍规定(2016) art 10 (CONFIRMED-P): the reserve price is the starting price (起拍价); it "不得低于评估价
//     或者市价的百分之七十" → minimum = 70 % of the reference price, rounded UP to the fen (a floor).
//   art 26 para 1 (CONFIRMED-P): "再次拍卖的起拍价降价幅度不得超过前次起拍价的百分之二十" → minimum =
//     previous starting price − at most 20 % of it = 80 % of it, rounded UP to the fen (the cut DOWN).
//   art 17 para 1 (CONFIRMED-P): the deposit is set "在起拍价的百分之五至百分之二十范围内" → the range
//     [5 % rounded UP, 20 % rounded DOWN] of the chosen starting price; a price under 5 fen has no
//     deposit in whole fen and is refused.
//   art 17 para 2 (CONFIRMED-P): an applicant who bids may bid without a deposit, "但债权数额小于保证金数额
//     的按差额部分交纳" (bidderDepositDue).
//
// DECISION — does art 10's 70 % floor also bind the second auction? We read it as binding the FIRST
// auction only, and art 26 as the rule for the second: (1) art 10 para 2 is about how the starting
// price is first set ("参照评估价确定；未作评估的，参照市价确定，并征询当事人意见"); (2) if 70 % of the
// reference price bound every round, a first auction at the 70 % floor — the usual case — could not be
// cut at all, and art 26's permitted cut of up to 20 % would be void exactly where it matters; (3) the
// classic rules read the same way (拍卖变卖规定 art 5: the first reserve is the appraisal, each
// re-auction may cut ≤ 20 % of the previous reserve). So the second auction's floor is 80 % of the first
// auction's starting price, i.e. as low as 56 % of the reference price. A court that reads art 10 as
// binding every round passes `round2Floor: "art26AndArt10"`: the floor is then the higher of the two.
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import type { StatutoryCalendar } from "../calendar/types";
import { compareIsoDates, parseIsoDate, type IsoDate } from "../dates/iso-date";
import { DomainError, invalidField, type Localized } from "../errors/domain-error";
import { formatYuan, type Fen } from "../money/fen";
import type { AssetType } from "../preservation/asset-types";
import { auctionAssetClass, type AuctionAssetClass } from "./asset-class";
import { PERCENT_20, PERCENT_5, PERCENT_70, PERCENT_80, formatRatio, fractionOfFen, requirePositiveFen, type Ratio, type Rounding } from "./fen-ratio";
import { AUCTION_DURATIONS, AUCTION_PERIODS, type AuctionPeriods } from "./periods";
import {
  earliestAuctionStart,
  latestAnnouncementDate,
  latestPartyNoticeDate,
  latestUnreachablePostingStart,
  reauctionDeadline,
  type AuctionRound,
  type ScheduleDate,
  type UnreachablePosting,
} from "./schedule";

export type Round2Floor = "art26" | "art26AndArt10";

export const STARTING_PRICE_BASIS: Readonly<Record<AuctionRound, Citation>> = Object.freeze({
  1: citeSource("onlineAuction", "art 10 para 2"),
  2: citeSource("onlineAuction", "art 26 para 1"),
});
export const DEPOSIT_BASIS: Citation = citeSource("onlineAuction", "art 17 para 1");

function requireRound(round: unknown): AuctionRound {
  if (round !== 1 && round !== 2) {
    throw invalidField("round", { zh: `拍卖轮次必须是 1 或 2（收到 ${String(round)}）`, en: `round must be 1 or 2 (got ${String(round)})` });
  }
  return round;
}

export type MinimumStartingPriceInput = {
  referencePriceFen: Fen;
  round: AuctionRound;
  /** Round 2: the failed first auction's starting price. */
  previousStartingPriceFen?: Fen;
  round2Floor?: Round2Floor;
};

export type FloorTerm = { of: "referencePrice" | "previousStartingPrice"; ofAmountFen: Fen; ratio: Ratio; percent: string; amountFen: Fen; basis: Citation };

export type MinimumStartingPrice = {
  round: AuctionRound;
  /** The lowest lawful starting price, in fen. */
  amountFen: Fen;
  rounding: Rounding;
  /** The floors considered; amountFen is the highest. */
  terms: FloorTerm[];
  /** Round 2: the largest lawful cut from the previous starting price. */
  maximumCutFen?: Fen;
  basis: Citation[];
  rule: Localized;
};

/** 网拍规定 art 10 (round 1: ≥ 70 % of the reference price) / art 26 (round 2: a cut of ≤ 20 %), rounded up. */
export function minimumStartingPrice(input: MinimumStartingPriceInput): MinimumStartingPrice {
  const round = requireRound(input.round);
  const referencePriceFen = requirePositiveFen(input.referencePriceFen, "referencePriceFen");
  const floorOfReference: FloorTerm = {
    of: "referencePrice",
    ofAmountFen: referencePriceFen,
    ratio: PERCENT_70,
    percent: formatRatio(PERCENT_70),
    amountFen: fractionOfFen(referencePriceFen, PERCENT_70, "up"),
    basis: STARTING_PRICE_BASIS[1],
  };
  if (round === 1) {
    if (input.previousStartingPriceFen !== undefined) {
      throw invalidField("previousStartingPriceFen", {
        zh: "第一次拍卖没有前次起拍价",
        en: "a first auction has no previous starting price",
      });
    }
    return {
      round,
      amountFen: floorOfReference.amountFen,
      rounding: "up",
      terms: [floorOfReference],
      basis: [STARTING_PRICE_BASIS[1]],
      rule: {
        zh: `起拍价不得低于参考价（评估价或者市价）的 70%，即不低于 ${formatYuan(floorOfReference.amountFen, "zh")}（向上取整到分）`,
        en: `the starting price may not be below 70% of the reference (appraised or market) price: at least ${formatYuan(floorOfReference.amountFen, "en")} (rounded up to the fen)`,
      },
    };
  }
  if (input.previousStartingPriceFen === undefined) {
    throw invalidField("previousStartingPriceFen", {
      zh: "再次拍卖须提供前次起拍价（降价幅度不得超过前次起拍价的 20%，《网拍规定》第26条）",
      en: "a re-auction needs the previous starting price (the cut may not exceed 20% of it, 网拍规定 art 26)",
    });
  }
  const previous = requirePositiveFen(input.previousStartingPriceFen, "previousStartingPriceFen");
  const floorOfPrevious: FloorTerm = {
    of: "previousStartingPrice",
    ofAmountFen: previous,
    ratio: PERCENT_80,
    percent: formatRatio(PERCENT_80),
    amountFen: fractionOfFen(previous, PERCENT_80, "up"),
    basis: STARTING_PRICE_BASIS[2],
  };
  const mode = input.round2Floor ?? "art26";
  if (mode !== "art26" && mode !== "art26AndArt10") {
    throw invalidField("round2Floor", { zh: `未知的第二次拍卖底价规则：${String(mode)}`, en: `unknown round-2 floor rule: ${String(mode)}` });
  }
  const terms = mode === "art26" ? [floorOfPrevious] : [floorOfPrevious, floorOfReference];
  const amountFen = Math.max(...terms.map((t) => t.amountFen));
  return {
    round,
    amountFen,
    rounding: "up",
    terms,
    maximumCutFen: previous - amountFen,
    basis: terms.map((t) => t.basis),
    rule:
      mode === "art26"
        ? {
            zh: `再次拍卖的起拍价降价幅度不得超过前次起拍价的 20%，即不低于 ${formatYuan(amountFen, "zh")}（向上取整到分）`,
            en: `a re-auction's starting price may be cut by at most 20% of the previous one: at least ${formatYuan(amountFen, "en")} (rounded up to the fen)`,
          }
        : {
            zh: `再次拍卖的起拍价既不得低于前次起拍价的 80%，也不得低于参考价的 70%，即不低于 ${formatYuan(amountFen, "zh")}`,
            en: `a re-auction's starting price may be neither below 80% of the previous one nor below 70% of the reference price: at least ${formatYuan(amountFen, "en")}`,
          },
  };
}

export type StartingPriceCheck = MinimumStartingPriceInput & { startingPriceFen: Fen };

/** Refuses a chosen starting price below the floor (VALIDATION, field startingPriceFen); returns the floor. */
export function validateStartingPrice(input: StartingPriceCheck): MinimumStartingPrice {
  const chosen = requirePositiveFen(input.startingPriceFen, "startingPriceFen");
  const min = minimumStartingPrice(input);
  if (chosen < min.amountFen) {
    const article = input.round === 1 ? "第10条" : "第26条";
    throw new DomainError(
      "VALIDATION",
      {
        zh: `起拍价 ${formatYuan(chosen, "zh")} 低于法定最低起拍价 ${formatYuan(min.amountFen, "zh")}（《网拍规定》${article}：${min.rule.zh}）`,
        en: `the starting price ${formatYuan(chosen, "en")} is below the lawful minimum ${formatYuan(min.amountFen, "en")} (网拍规定 art ${input.round === 1 ? 10 : 26}: ${min.rule.en})`,
      },
      { field: "startingPriceFen" },
    );
  }
  return min;
}

export type DepositRange = {
  startingPriceFen: Fen;
  /** 5 % of the starting price, rounded up. */
  minFen: Fen;
  /** 20 % of the starting price, rounded down. */
  maxFen: Fen;
  rounding: { min: "up"; max: "down" };
  basis: Citation[];
};

/** 网拍规定 art 17 para 1: the deposit range [ceil(5 %), floor(20 %)] of the starting price. */
export function depositRange(startingPriceFen: Fen, field = "startingPriceFen"): DepositRange {
  const start = requirePositiveFen(startingPriceFen, field);
  const minFen = fractionOfFen(start, PERCENT_5, "up");
  const maxFen = fractionOfFen(start, PERCENT_20, "down");
  if (minFen > maxFen) {
    throw invalidField(field, {
      zh: `起拍价 ${formatYuan(start, "zh")} 过低，无法在其 5%–20% 范围内以整分确定保证金（《网拍规定》第17条）`,
      en: `the starting price ${formatYuan(start, "en")} is too low to set a deposit of whole fen within 5%–20% of it (网拍规定 art 17)`,
    });
  }
  return { startingPriceFen: start, minFen, maxFen, rounding: { min: "up", max: "down" }, basis: [DEPOSIT_BASIS] };
}

/** Refuses a deposit outside 5 %–20 % of the starting price (VALIDATION, field depositFen); returns the range. */
export function validateDeposit(input: { depositFen: Fen; startingPriceFen: Fen }): DepositRange {
  const range = depositRange(input.startingPriceFen);
  const deposit = requirePositiveFen(input.depositFen, "depositFen");
  if (deposit < range.minFen || deposit > range.maxFen) {
    throw invalidField("depositFen", {
      zh: `保证金 ${formatYuan(deposit, "zh")} 不在起拍价的 5%–20% 范围内（${formatYuan(range.minFen, "zh")} 至 ${formatYuan(range.maxFen, "zh")}，《网拍规定》第17条）`,
      en: `the deposit ${formatYuan(deposit, "en")} is outside 5%–20% of the starting price (${formatYuan(range.minFen, "en")} to ${formatYuan(range.maxFen, "en")}, 网拍规定 art 17)`,
    });
  }
  return range;
}

export type BidderDepositDue = { dueFen: Fen; exempt: boolean; basis: Citation[] };

/**
 * 网拍规定 art 17 para 2: what a bidder must pay before bidding. Anyone but the applicant pays the lot's
 * deposit; the applicant pays nothing unless its claim is smaller than the deposit, then the difference.
 */
export function bidderDepositDue(input: { depositFen: Fen; isApplicant: boolean; applicantClaimFen?: Fen }): BidderDepositDue {
  const deposit = requirePositiveFen(input.depositFen, "depositFen");
  const basis = [citeSource("onlineAuction", "art 17 para 2")];
  if (!input.isApplicant) return { dueFen: deposit, exempt: false, basis };
  const claim = input.applicantClaimFen;
  if (claim === undefined || !Number.isSafeInteger(claim) || claim < 0) {
    throw invalidField("applicantClaimFen", {
      zh: "申请执行人参加竞买的，须提供其债权数额（以分计的非负整数）以确定应交差额",
      en: "an applicant who bids must give its claim (a non-negative whole number of fen) to fix any difference due",
    });
  }
  const dueFen = Math.max(0, deposit - claim);
  return { dueFen, exempt: dueFen === 0, basis };
}

export type AuctionParametersInput = {
  referencePriceFen: Fen;
  assetType: AssetType;
  round: AuctionRound;
  /** Round 2: the failed auction's starting price. */
  previousStartingPriceFen?: Fen;
  /** The starting price chosen by the court (checked); the minimum when absent. */
  startingPriceFen?: Fen;
  /** Give the announcement date to get the earliest start, or the start to get the latest announcement, or both to check them. */
  announcementDate?: IsoDate;
  auctionStartDate?: IsoDate;
  /** Round 2: the day the previous auction failed (bidding ended with no bid). */
  failedOn?: IsoDate;
  round2Floor?: Round2Floor;
};

export type AuctionSchedule = {
  given: "announcementDate" | "auctionStartDate" | "both" | "failedOn";
  announcementDate: IsoDate;
  auctionStartDate: IsoDate;
  /** The announcement period behind the pair (its count from announcementDate). */
  announcement: ScheduleDate;
  /** The last day to notify the parties and known priority holders (art 16). */
  notifyPartiesBy: ScheduleDate;
  /** The last day to start the 5-day platform posting for anyone who cannot be notified (art 16). */
  postUnreachableBy: UnreachablePosting;
  /** Round 2 with failedOn: the last day the re-auction may start (art 26). */
  reauctionBy?: ScheduleDate;
  /** Bidding lasts at least this long from its start (art 20 para 2). */
  biddingMinimumHours: number;
  provisional: boolean;
  basis: Citation[];
};

export type AuctionParameters = {
  round: AuctionRound;
  assetType: AssetType;
  assetClass: AuctionAssetClass;
  referencePriceFen: Fen;
  minimumStartingPrice: MinimumStartingPrice;
  startingPriceFen: Fen;
  deposit: DepositRange;
  schedule?: AuctionSchedule;
};

function failedSchedule(field: string, zh: string, en: string): DomainError {
  return invalidField(field, { zh, en });
}

function buildSchedule(input: AuctionParametersInput, assetClass: AuctionAssetClass, round: AuctionRound, cal: StatutoryCalendar, periods: AuctionPeriods): AuctionSchedule | undefined {
  const a = input.announcementDate === undefined ? undefined : parseIsoDate(input.announcementDate, "announcementDate");
  const d = input.auctionStartDate === undefined ? undefined : parseIsoDate(input.auctionStartDate, "auctionStartDate");
  const failedOn = input.failedOn === undefined ? undefined : parseIsoDate(input.failedOn, "failedOn");
  if (failedOn !== undefined && round === 1) {
    throw invalidField("failedOn", { zh: "第一次拍卖没有流拍日期", en: "a first auction has no failure date" });
  }
  if (a === undefined && d === undefined && failedOn === undefined) return undefined;

  const reauctionBy = failedOn === undefined ? undefined : reauctionDeadline(failedOn, cal, periods);
  let announcementDate: IsoDate;
  let auctionStartDate: IsoDate;
  let announcement: ScheduleDate;
  let given: AuctionSchedule["given"];
  if (a !== undefined) {
    announcement = earliestAuctionStart(a, assetClass, round, cal, periods);
    announcementDate = a;
    if (d !== undefined && compareIsoDates(d, announcement.date) < 0) {
      throw failedSchedule(
        "auctionStartDate",
        `${a} 公告的，拍卖最早于 ${announcement.date} 开始（公告期 ${announcement.period.n} 日须届满，《网拍规定》第${round === 1 ? 12 : 26}条）；${d} 过早`,
        `announced on ${a}, bidding can start on ${announcement.date} at the earliest (the ${announcement.period.n}-day announcement period must run in full, 网拍规定 art ${round === 1 ? 12 : 26}); ${d} is too early`,
      );
    }
    auctionStartDate = d ?? announcement.date;
    given = d === undefined ? "announcementDate" : "both";
  } else if (d !== undefined) {
    const latest = latestAnnouncementDate(d, assetClass, round, cal, periods);
    announcementDate = latest.date;
    auctionStartDate = d;
    announcement = latest;
    given = "auctionStartDate";
  } else {
    // Round 2 with only the failure date: announce at once, start as early as allowed.
    announcement = earliestAuctionStart(failedOn!, assetClass, round, cal, periods);
    announcementDate = failedOn!;
    auctionStartDate = announcement.date;
    given = "failedOn";
  }
  if (failedOn !== undefined) {
    if (compareIsoDates(announcementDate, failedOn) < 0) {
      throw failedSchedule(
        a !== undefined ? "announcementDate" : "auctionStartDate",
        `再次拍卖的公告（最晚 ${announcementDate}）不能早于流拍之日 ${failedOn}；请推后拍卖开始日期`,
        `the re-auction's announcement (at the latest ${announcementDate}) cannot precede the failure on ${failedOn}; choose a later start`,
      );
    }
    if (compareIsoDates(auctionStartDate, reauctionBy!.date) > 0) {
      throw failedSchedule(
        a !== undefined && d === undefined ? "announcementDate" : "auctionStartDate",
        `流拍后应当在三十日内再次拍卖，最迟于 ${reauctionBy!.date} 开始（《网拍规定》第26条）；${auctionStartDate} 过晚`,
        `after a failure the re-auction must start within 30 days, by ${reauctionBy!.date} (网拍规定 art 26); ${auctionStartDate} is too late`,
      );
    }
  }
  const notifyPartiesBy = latestPartyNoticeDate(announcementDate, cal, periods);
  const postUnreachableBy = latestUnreachablePostingStart(announcementDate, cal, periods);
  const parts: ScheduleDate[] = [announcement, notifyPartiesBy, postUnreachableBy, ...(reauctionBy ? [reauctionBy] : [])];
  return {
    given,
    announcementDate,
    auctionStartDate,
    announcement,
    notifyPartiesBy,
    postUnreachableBy,
    ...(reauctionBy ? { reauctionBy } : {}),
    biddingMinimumHours: AUCTION_DURATIONS.biddingMinimum.ms / 3_600_000,
    provisional: parts.some((p) => p.provisional),
    basis: [...parts.map((p) => p.basis[0]!), AUCTION_DURATIONS.biddingMinimum.basis],
  };
}

/**
 * The calculator: minimum starting price (art 10 / art 26), the chosen price checked, the deposit range
 * on it (art 17), and — when a date is given — the announcement, auction and notice dates (arts 12, 16,
 * 26), each with its citation.
 */
export function auctionParameters(input: AuctionParametersInput, cal: StatutoryCalendar, periods: AuctionPeriods = AUCTION_PERIODS): AuctionParameters {
  const round = requireRound(input.round);
  const assetClass = auctionAssetClass(input.assetType);
  const min =
    input.startingPriceFen === undefined
      ? minimumStartingPrice(input)
      : validateStartingPrice({ ...input, startingPriceFen: input.startingPriceFen });
  const startingPriceFen = input.startingPriceFen ?? min.amountFen;
  const deposit = depositRange(startingPriceFen);
  const schedule = buildSchedule(input, assetClass, round, cal, periods);
  return {
    round,
    assetType: input.assetType,
    assetClass,
    referencePriceFen: input.referencePriceFen,
    minimumStartingPrice: min,
    startingPriceFen,
    deposit,
    ...(schedule ? { schedule } : {}),
  };
}
