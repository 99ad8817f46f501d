// What follows the end of bidding (rules.md §10): refunds, the way from a failed auction to a transfer
// in lieu of payment or a release, and the clocks after a sale.
//
// Failure path (the disposal ladder):
//   1st auction fails (no bid: 网拍规定 art 26 para 1 "竞价期间无人出价的，本次拍卖流拍")
//     → a creditor may take the property at that auction's starting (= reserve) price (拍卖变卖规定 arts
//       16, 23, through 网拍规定 art 37 para 3), otherwise
//     → re-auction on the same platform within 30 days, announced 7 / 15 days ahead, the starting price
//       cut by at most 20 % (网拍规定 art 26 para 1; parameters.ts, schedule.ts).
//   2nd auction fails
//     → transfer in lieu at the 2nd auction's starting price (拍卖变卖规定 art 16), otherwise
//     → fixed-price sale (网络变卖) on the same platform (网拍规定 art 26 para 2 "可以依法…变卖"; art 37
//       para 1 applies the online rules to it). Its period (60 days) and price (the 2nd auction's
//       starting price) are UNCONFIRMED (rules.md §10: SPC notice not seen): the period is configurable
//       (withAuctionOverrides({ fixedPriceSale })), the price defaults to the 2nd starting price and can
//       be given.
//   fixed-price sale ends unsold
//     → transfer in lieu at the sale price (拍卖变卖规定 art 32 para 3 → art 16), or — with the
//       applicant's consent — handed to the applicant to manage (民诉法解释(2022) art 490); if refused,
//       the measure is released and the property returned to the respondent (art 490; 拍卖变卖规定 arts
//       24, 32 para 3). 民诉法解释 art 489 (direct transfer with both parties' consent, no auction) is open
//       at any stage and is not a step of this ladder.
//
// After a sale:
//   网拍规定 art 23: the buyer's deposit counts toward the price; every other bidder's deposit (all of
//     them when unsold) is refunded or unfrozen within 24 hours after bidding ends. We count 24 hours
//     from the end instant, to the millisecond. (民诉法解释 art 125 would start an hour-period at the next
//     full hour, i.e. up to an hour later; the earlier instant satisfies both.)
//   art 25: the platform moves the buyer's frozen deposit to the court within 24 hours after the sale;
//     the buyer pays the rest within the time the announcement sets (no statutory number).
//   拍卖变卖规定 art 20: the ruling is served within 10 days after the price is paid in full.
//   网拍规定 art 22 para 2; 拍卖变卖规定 art 26; 民诉法解释 art 491: ownership passes when the ruling is
//     served on the buyer (or on the creditor taking it in lieu).
//   拍卖变卖规定 art 27: the property is handed over within 15 days after service.
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import { computeDeadline, type DeadlineResult, type Period } from "../calendar/compute-deadline";
import type { StatutoryCalendar } from "../calendar/types";
import type { Confidence } from "../config/period-table";
import { parseIsoDate, type IsoDate } from "../dates/iso-date";
import { invalidField, type Localized } from "../errors/domain-error";
import type { Fen } from "../money/fen";
import type { AssetType } from "../preservation/asset-types";
import { auctionAssetClass } from "./asset-class";
import type { LotResult } from "./bidding";
import { requireNonNegativeFen, requirePositiveFen } from "./fen-ratio";
import { minimumStartingPrice, type MinimumStartingPrice } from "./parameters";
import { AUCTION_DURATIONS, AUCTION_PERIODS, type AuctionPeriods } from "./periods";
import { earliestAuctionStart, reauctionDeadline, type ScheduleDate } from "./schedule";
import { TRANSFER_IN_LIEU_BASIS } from "./transfer-in-lieu";

export type DisposalStage = "auction1" | "auction2" | "fixedPriceSale";

export type FailedDisposal =
  | { stage: "auction1" | "auction2"; failedOn: IsoDate; startingPriceFen: Fen; assetType: AssetType; referencePriceFen: Fen }
  | { stage: "fixedPriceSale"; failedOn: IsoDate; salePriceFen: Fen; assetType: AssetType };

export type FixedPriceSalePhase = {
  priceFen: Fen;
  startsOn: IsoDate;
  /** The last day of the sale period. */
  endsOn: IsoDate;
  period: Period;
  confidence: Confidence;
  deadline: DeadlineResult;
  note: Localized;
  basis: Citation[];
};

export type DisposalOption =
  | { kind: "transferInLieu"; priceFen: Fen; basis: Citation[] }
  | {
      kind: "reauction";
      round: 2;
      /** The last day the re-auction's bidding may start (art 26). */
      latestStart: ScheduleDate;
      /** The first day it may start if announced on the day of the failure. */
      earliestStart: ScheduleDate;
      minimumStartingPrice: MinimumStartingPrice;
      basis: Citation[];
    }
  | { kind: "fixedPriceSale"; phase: FixedPriceSalePhase; basis: Citation[] }
  | { kind: "management"; basis: Citation[] }
  | { kind: "releaseAndReturn"; basis: Citation[] };

export type NextAfterFailure = {
  stage: DisposalStage;
  /** In the order the court considers them; `prescribed` is what follows when no creditor takes the property. */
  options: DisposalOption[];
  prescribed: DisposalOption["kind"];
};

export const FIXED_PRICE_SALE_NOTE: Localized = {
  zh: "网络变卖的期间（默认 60 日）和价格（第二次拍卖的起拍价）出自最高人民法院关于网拍与网络变卖衔接的通知，原文未核实（rules.md §10）；期间可配置",
  en: "The online sale's period (60 days by default) and price (the second auction's starting price) come from an SPC notice whose text was not seen (rules.md §10); the period is configurable",
};

/**
 * 网拍规定 art 26 para 2 (and the unconfirmed SPC notice): the fixed-price sale after a second failure, at
 * the second auction's starting price unless another price is given, for the configured period.
 */
export function fixedPriceSalePhase(
  input: { startsOn: IsoDate; secondStartingPriceFen: Fen; priceFen?: Fen },
  cal: StatutoryCalendar,
  periods: AuctionPeriods = AUCTION_PERIODS,
): FixedPriceSalePhase {
  const startsOn = parseIsoDate(input.startsOn, "startsOn");
  const second = requirePositiveFen(input.secondStartingPriceFen, "secondStartingPriceFen");
  const priceFen = input.priceFen === undefined ? second : requirePositiveFen(input.priceFen, "priceFen");
  const row = periods.fixedPriceSale;
  const deadline = computeDeadline(startsOn, row.period, cal);
  return {
    priceFen,
    startsOn,
    endsOn: deadline.due,
    period: { ...row.period },
    confidence: row.confidence,
    deadline,
    note: FIXED_PRICE_SALE_NOTE,
    basis: [citeSource("onlineAuction", "art 26 para 2"), citeSource("onlineAuction", "art 37 para 1"), row.basis, ...deadline.basis],
  };
}

const RELEASE_BASIS = [citeSource("civilProcedureInterpretation", "art 490"), citeSource("auctionAndSale", "art 32 para 3")];

/** The options after a failed auction or sale, in order, with the one the rules prescribe by default. */
export function nextAfterFailure(failure: FailedDisposal, cal: StatutoryCalendar, periods: AuctionPeriods = AUCTION_PERIODS): NextAfterFailure {
  const failedOn = parseIsoDate(failure.failedOn, "failedOn");
  const assetClass = auctionAssetClass(failure.assetType);
  if (failure.stage === "auction1") {
    const start = requirePositiveFen(failure.startingPriceFen, "startingPriceFen");
    const min = minimumStartingPrice({ referencePriceFen: failure.referencePriceFen, round: 2, previousStartingPriceFen: start });
    return {
      stage: "auction1",
      options: [
        { kind: "transferInLieu", priceFen: start, basis: [...TRANSFER_IN_LIEU_BASIS, citeSource("auctionAndSale", "art 23")] },
        {
          kind: "reauction",
          round: 2,
          latestStart: reauctionDeadline(failedOn, cal, periods),
          earliestStart: earliestAuctionStart(failedOn, assetClass, 2, cal, periods),
          minimumStartingPrice: min,
          basis: [citeSource("onlineAuction", "art 26 para 1")],
        },
      ],
      prescribed: "reauction",
    };
  }
  if (failure.stage === "auction2") {
    const start = requirePositiveFen(failure.startingPriceFen, "startingPriceFen");
    return {
      stage: "auction2",
      options: [
        { kind: "transferInLieu", priceFen: start, basis: [...TRANSFER_IN_LIEU_BASIS] },
        {
          kind: "fixedPriceSale",
          phase: fixedPriceSalePhase({ startsOn: failedOn, secondStartingPriceFen: start }, cal, periods),
          basis: [citeSource("onlineAuction", "art 26 para 2")],
        },
      ],
      prescribed: "fixedPriceSale",
    };
  }
  if (failure.stage === "fixedPriceSale") {
    const price = requirePositiveFen(failure.salePriceFen, "salePriceFen");
    return {
      stage: "fixedPriceSale",
      options: [
        { kind: "transferInLieu", priceFen: price, basis: [...TRANSFER_IN_LIEU_BASIS, citeSource("auctionAndSale", "art 32 para 3")] },
        { kind: "management", basis: [citeSource("civilProcedureInterpretation", "art 490")] },
        { kind: "releaseAndReturn", basis: [...RELEASE_BASIS] },
      ],
      prescribed: "releaseAndReturn",
    };
  }
  throw invalidField("stage", {
    zh: `未知的处置阶段：${String((failure as { stage: unknown }).stage)}`,
    en: `unknown disposal stage: ${String((failure as { stage: unknown }).stage)}`,
  });
}

export type DepositHolding = { bidderId: string; depositFen: Fen };

export type DepositSettlement = {
  /** Deposits to refund or unfreeze, each due within 24 hours after bidding ended (art 23). */
  refunds: { bidderId: string; amountFen: Fen; dueAt: number }[];
  /** Sold: the buyer's deposit, credited to the price (art 23), moved to the court by `transferDueAt` (art 25). */
  buyer?: { bidderId: string; depositFen: Fen; creditedFen: Fen; balanceDueFen: Fen; transferDueAt: number };
  basis: Citation[];
};

/** 网拍规定 arts 23, 25: who gets a deposit back, by when, and how much of the price the buyer still owes. */
export function settleDeposits(result: LotResult, deposits: readonly DepositHolding[]): DepositSettlement {
  const seen = new Set<string>();
  deposits.forEach((d, i) => {
    if (seen.has(d.bidderId)) {
      throw invalidField(`deposits.${i}.bidderId`, { zh: `竞买人 ${d.bidderId} 重复`, en: `bidder ${d.bidderId} is listed twice` });
    }
    seen.add(d.bidderId);
    requireNonNegativeFen(d.depositFen, `deposits.${i}.depositFen`);
  });
  const refundDueAt = result.endedAt + AUCTION_DURATIONS.depositRefund.ms;
  const basis = [AUCTION_DURATIONS.depositRefund.basis];
  const losers = result.kind === "sold" ? deposits.filter((d) => d.bidderId !== result.bidderId) : deposits;
  const refunds = losers.filter((d) => d.depositFen > 0).map((d) => ({ bidderId: d.bidderId, amountFen: d.depositFen, dueAt: refundDueAt }));
  if (result.kind === "failed") return { refunds, basis };
  const own = deposits.find((d) => d.bidderId === result.bidderId)?.depositFen ?? 0;
  const creditedFen = Math.min(own, result.priceFen);
  return {
    refunds,
    buyer: {
      bidderId: result.bidderId,
      depositFen: own,
      creditedFen,
      balanceDueFen: result.priceFen - creditedFen,
      transferDueAt: result.endedAt + AUCTION_DURATIONS.buyerDepositTransfer.ms,
    },
    basis: [...basis, AUCTION_DURATIONS.buyerDepositTransfer.basis],
  };
}

export type AuctionClock = { key: "rulingService" | "handOver"; from: IsoDate; period: Period; due: IsoDate; provisional: boolean; confidence: Confidence; basis: Citation[] };

function clock(key: AuctionClock["key"], from: IsoDate, cal: StatutoryCalendar, periods: AuctionPeriods): AuctionClock {
  const row = periods[key];
  const d = computeDeadline(from, row.period, cal);
  return { key, from, period: { ...row.period }, due: d.due, provisional: d.provisional, confidence: row.confidence, basis: [row.basis, ...d.basis] };
}

/** 拍卖变卖规定 art 20: serve the sale (or transfer-in-lieu) ruling within 10 days after full payment. */
export function rulingServiceDeadline(paidInFullOn: IsoDate, cal: StatutoryCalendar, periods: AuctionPeriods = AUCTION_PERIODS): AuctionClock {
  return clock("rulingService", parseIsoDate(paidInFullOn, "paidInFullOn"), cal, periods);
}

export type OwnershipTransfer = {
  /** Ownership passes on the day the ruling is served on the buyer or transferee. */
  passesOn: IsoDate;
  handOver: AuctionClock;
  basis: Citation[];
};

/** 网拍规定 art 22 para 2; 拍卖变卖规定 arts 26–27; 民诉法解释 art 491: ownership on service, hand-over within 15 days. */
export function ownershipTransfer(rulingServedOn: IsoDate, cal: StatutoryCalendar, periods: AuctionPeriods = AUCTION_PERIODS): OwnershipTransfer {
  const served = parseIsoDate(rulingServedOn, "rulingServedOn");
  return {
    passesOn: served,
    handOver: clock("handOver", served, cal, periods),
    basis: [citeSource("onlineAuction", "art 22 para 2"), citeSource("auctionAndSale", "art 26"), citeSource("civilProcedureInterpretation", "art 491")],
  };
}
