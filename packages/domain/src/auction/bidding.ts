// The bidding engine: a pure reducer over one lot (rules.md §10). The server serialises the bids of a
// lot (one transaction at a time under the lot's lock), stamps each with its own clock and folds it in
// with placeBid; replay folds a stored list again, which is how a serial replay is checked against what
// was acknowledged.
//
//   网拍规定(2016) art 17 para 2, art 18: only bidders whose deposit has been confirmed may bid
//     (eligibleBidderIds; admitBidder adds one before bidding ends).
//   art 19: a priority holder bids as such only once the court has confirmed it and its rank
//     (priorityRanks); a bid claiming a priority the court did not confirm is refused.
//   art 20 para 1: bidding rises from the starting price in increments the court sets; "竞买人以低于起拍价
//     出价的无效". The first bid must be ≥ the starting price; every later bid ≥ the current price + the
//     increment (any amount at or above it: the text sets a minimum step, not a grid).
//   art 20 para 2: bidding lasts ≥ 24 hours; "竞价程序结束前五分钟内无人出价的，最后出价即为成交价；有出价的，
//     竞价时间自该出价时点顺延五分钟"; the bid's time is the time it enters the platform's system (the
//     server's clock, `at`).
//   art 21: a priority holder may bid the SAME price as the current one; with no higher bid it wins.
//     At the same price a priority holder beats an ordinary bidder; of two priority holders the earlier
//     rank (smaller number) wins; of the same rank the earlier bid wins. So a priority holder's bid at
//     the current price is accepted — and leads — exactly when the leader is an ordinary bidder or a
//     priority holder of a later rank; every accepted bid becomes the leader.
//   art 24 para 2 (and 拍卖变卖规定 art 22 para 1): the buyer who defaulted may not bid in the re-auction
//     (barredBidderIds).
//
// DECISIONS — bid-time semantics, in milliseconds:
//   • Bidding is open on the half-open interval [startAt, endAt): a bid at startAt is in time, a bid AT
//     the end instant is refused (the period has ended: 民法典 art 203 para 2 ends a period at its end
//     point, and the platform must be able to name the winner at endAt).
//   • Every accepted bid moves the end to max(endAt, at + 5 min). A bid in the last five minutes
//     ("结束前五分钟内", at ∈ [endAt − 5 min, endAt)) extends the end to 5 minutes after it; repeated bids
//     extend it again and again. At exactly endAt − 5 min the bid is inside the window, and the new end
//     at + 5 min equals the old one: the end does not move (extended = false), so both readings of the
//     boundary give the same end. One millisecond later the end moves by one millisecond; one
//     millisecond earlier the bid is outside the window.
//   • A bid stamped earlier than the last accepted bid is refused (outOfOrder): the service must stamp
//     `at` after taking the lot's lock, so the order of acceptance is the order of entry (art 20 para 2).
//   • Idempotency by bidId: a bidId seen before returns its first outcome — accepted or refused — and
//     leaves the state unchanged; a new attempt needs a new bidId. The same bidId with a different
//     bidder, amount or priority is a CONFLICT (a client bug), never a silent overwrite.
//   • A leader may raise its own bid (the text does not forbid it); a priority holder matching its own
//     leading price changes nothing and is refused (alreadyLeading).
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import { DomainError, invalidField, type Localized } from "../errors/domain-error";
import { formatYuan, type Fen } from "../money/fen";
import { formatShanghaiInstant, parseInstant, type Instant } from "./instant";
import { AUCTION_DURATIONS } from "./periods";
import { requirePositiveFen } from "./fen-ratio";

export type LotSetup = {
  lotId: string;
  startingPriceFen: Fen;
  incrementFen: Fen;
  startAt: Instant;
  /** The scheduled end, at least 24 hours after the start (art 20 para 2). */
  endAt: Instant;
  /** Bidders whose deposit has been confirmed (art 18). */
  eligibleBidderIds?: Iterable<string>;
  /** Bidders who may not bid, e.g. the defaulting buyer of the previous auction (art 24 para 2). */
  barredBidderIds?: Iterable<string>;
  /** Priority holders confirmed by the court, with their rank, 1 first (art 19). */
  priorityRanks?: Readonly<Record<string, number>> | ReadonlyMap<string, number>;
};

export type Leader = Readonly<{
  bidId: string;
  bidderId: string;
  amountFen: Fen;
  at: number;
  /** The confirmed priority rank the bid was made with; null for an ordinary bid. */
  priorityRank: number | null;
}>;

export type AcceptedBid = Leader &
  Readonly<{
    /** 1, 2, 3 … in order of acceptance. */
    seq: number;
    /** The end of bidding after this bid. */
    endAt: number;
    extended: boolean;
    /** A priority holder's bid at the current price that took the lead (art 21). */
    matched: boolean;
  }>;

export const BID_REFUSAL_REASONS = [
  "notOpen",
  "closed",
  "outOfOrder",
  "barred",
  "notEligible",
  "priorityNotConfirmed",
  "belowStartingPrice",
  "belowIncrement",
  "tieNotPreferred",
  "alreadyLeading",
] as const;
export type BidRefusalReason = (typeof BID_REFUSAL_REASONS)[number];

type OutcomeBase = Readonly<{ bidId: string; bidderId: string; amountFen: Fen; at: number; priorityRank: number | null }>;

export type AcceptedOutcome = OutcomeBase &
  Readonly<{ kind: "accepted"; seq: number; priceFen: Fen; endAt: number; extended: boolean; matched: boolean; basis: readonly Citation[] }>;

export type RefusedOutcome = OutcomeBase & Readonly<{ kind: "refused"; reason: BidRefusalReason; message: Localized; basis: readonly Citation[] }>;

export type BidOutcome = AcceptedOutcome | RefusedOutcome;

export type LotResult =
  | Readonly<{
      kind: "sold";
      bidId: string;
      bidderId: string;
      priceFen: Fen;
      priorityRank: number | null;
      /** When bidding ended (the last extended end). */
      endedAt: number;
      bidCount: number;
      basis: readonly Citation[];
    }>
  | Readonly<{ kind: "failed"; endedAt: number; bidCount: 0; basis: readonly Citation[] }>;

export type LotState = Readonly<{
  lotId: string;
  startingPriceFen: Fen;
  incrementFen: Fen;
  startAt: number;
  scheduledEndAt: number;
  /** The current end of bidding, after extensions. */
  endAt: number;
  eligibleBidderIds: ReadonlySet<string>;
  barredBidderIds: ReadonlySet<string>;
  priorityRanks: ReadonlyMap<string, number>;
  /** The current price: the leader's amount; null before the first accepted bid. */
  priceFen: Fen | null;
  leader: Leader | null;
  accepted: readonly AcceptedBid[];
  /** Every bidId seen, with its first outcome. */
  outcomes: ReadonlyMap<string, BidOutcome>;
  result: LotResult | null;
}>;

export type BidSubmission = {
  bidId: string;
  bidderId: string;
  amountFen: Fen;
  /** When the bid entered the platform's system, by the server's clock (art 20 para 2). */
  at: Instant;
  /** Bidding with the court-confirmed priority rank (art 19). */
  priority?: { rank: number };
};

export type PlaceBidResult = { state: LotState; outcome: BidOutcome; duplicate: boolean };

const ART = {
  eligible: [citeSource("onlineAuction", "art 17 para 2"), citeSource("onlineAuction", "art 18 para 1")],
  priorityConfirmed: [citeSource("onlineAuction", "art 19")],
  steps: [citeSource("onlineAuction", "art 20 para 1")],
  timing: [citeSource("onlineAuction", "art 20 para 2")],
  tie: [citeSource("onlineAuction", "art 21")],
  barred: [citeSource("onlineAuction", "art 24 para 2"), citeSource("auctionAndSale", "art 22 para 1")],
} as const;

const MAX_ID_LENGTH = 200;

function requireId(value: unknown, field: string): string {
  if (typeof value !== "string" || value.trim().length === 0 || value.length > MAX_ID_LENGTH) {
    throw invalidField(field, {
      zh: `${field} 必须是 1 至 ${MAX_ID_LENGTH} 个字符的非空字符串`,
      en: `${field} must be a non-empty string of at most ${MAX_ID_LENGTH} characters`,
    });
  }
  return value;
}

function requireRank(value: unknown, field: string): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) {
    throw invalidField(field, {
      zh: `${field} 必须是正整数（1 为第一顺位；收到 ${String(value)}）`,
      en: `${field} must be a positive integer (1 is the first rank; got ${String(value)})`,
    });
  }
  return value;
}

function idSet(ids: Iterable<string> | undefined, field: string): Set<string> {
  const set = new Set<string>();
  let i = 0;
  for (const id of ids ?? []) set.add(requireId(id, `${field}.${i++}`));
  return set;
}

/** A lot ready for bidding, checked: prices in whole fen, bidding ≥ 24 hours (art 20 para 2). */
export function openLot(setup: LotSetup): LotState {
  const lotId = requireId(setup.lotId, "lotId");
  const startingPriceFen = requirePositiveFen(setup.startingPriceFen, "startingPriceFen");
  const incrementFen = requirePositiveFen(setup.incrementFen, "incrementFen");
  const startAt = parseInstant(setup.startAt, "startAt");
  const endAt = parseInstant(setup.endAt, "endAt");
  const minimum = AUCTION_DURATIONS.biddingMinimum;
  if (endAt - startAt < minimum.ms) {
    throw invalidField("endAt", {
      zh: `竞价时间应当不少于二十四小时（《网拍规定》第20条第2款）：${formatShanghaiInstant(startAt)} 开始的，最早于 ${formatShanghaiInstant(startAt + minimum.ms)} 结束`,
      en: `bidding must last at least 24 hours (网拍规定 art 20 para 2): starting at ${formatShanghaiInstant(startAt)}, it may end at ${formatShanghaiInstant(startAt + minimum.ms)} at the earliest`,
    });
  }
  const eligible = idSet(setup.eligibleBidderIds, "eligibleBidderIds");
  const barred = idSet(setup.barredBidderIds, "barredBidderIds");
  for (const id of barred) {
    if (eligible.has(id)) {
      throw invalidField("eligibleBidderIds", {
        zh: `竞买人 ${id} 已被禁止参加本次竞买（悔拍，《网拍规定》第24条第2款），不能取得竞买资格`,
        en: `bidder ${id} is barred from this auction (buyer default, 网拍规定 art 24 para 2) and cannot be eligible`,
      });
    }
  }
  const ranks = new Map<string, number>();
  const entries = setup.priorityRanks instanceof Map ? [...setup.priorityRanks.entries()] : Object.entries(setup.priorityRanks ?? {});
  for (const [id, rank] of entries) ranks.set(requireId(id, "priorityRanks"), requireRank(rank, `priorityRanks.${id}`));
  return Object.freeze({
    lotId,
    startingPriceFen,
    incrementFen,
    startAt,
    scheduledEndAt: endAt,
    endAt,
    eligibleBidderIds: eligible,
    barredBidderIds: barred,
    priorityRanks: ranks,
    priceFen: null,
    leader: null,
    accepted: Object.freeze([]),
    outcomes: new Map(),
    result: null,
  });
}

function closedError(state: LotState): DomainError {
  return new DomainError(
    "PRECONDITION_FAILED",
    { zh: `拍卖 ${state.lotId} 已结束`, en: `the auction ${state.lotId} has ended` },
    { field: "lotId" },
  );
}

/**
 * Art 18: a bidder whose deposit the court or platform confirmed before bidding ends becomes eligible;
 * with `priorityRank`, the court's confirmation of a priority holder and its rank (art 19).
 */
export function admitBidder(state: LotState, input: { bidderId: string; priorityRank?: number }): LotState {
  const bidderId = requireId(input.bidderId, "bidderId");
  const rank = input.priorityRank === undefined ? undefined : requireRank(input.priorityRank, "priorityRank");
  if (state.result) throw closedError(state);
  if (state.barredBidderIds.has(bidderId)) {
    throw new DomainError(
      "PRECONDITION_FAILED",
      {
        zh: `原买受人悔拍后重新拍卖的，不得参加竞买（《网拍规定》第24条第2款）：${bidderId}`,
        en: `a buyer who defaulted may not bid in the re-auction (网拍规定 art 24 para 2): ${bidderId}`,
      },
      { field: "bidderId" },
    );
  }
  const sameRank = rank === undefined || state.priorityRanks.get(bidderId) === rank;
  if (state.eligibleBidderIds.has(bidderId) && sameRank) return state;
  const eligibleBidderIds = new Set(state.eligibleBidderIds).add(bidderId);
  const priorityRanks = rank === undefined ? state.priorityRanks : new Map(state.priorityRanks).set(bidderId, rank);
  return Object.freeze({ ...state, eligibleBidderIds, priorityRanks });
}

/** Whether a bid stamped `at` falls within bidding: [startAt, endAt), lot not closed. */
export function isBiddingOpen(state: LotState, at: Instant): boolean {
  const t = parseInstant(at, "at");
  return state.result === null && t >= state.startAt && t < state.endAt;
}

/** The lowest amount the next bid may have: the starting price, then the current price + the increment. */
export function minimumNextBidFen(state: LotState): Fen {
  return state.priceFen === null ? state.startingPriceFen : state.priceFen + state.incrementFen;
}

type Refusal = { reason: BidRefusalReason; message: Localized; basis: readonly Citation[] };

function refusal(reason: BidRefusalReason, zh: string, en: string, basis: readonly Citation[]): Refusal {
  return { reason, message: { zh, en }, basis };
}

/** Art 21: does a priority bid of `rank` at the current price take the lead from `leader`? */
function beatsAtSamePrice(rank: number, leader: Leader): boolean {
  return leader.priorityRank === null || rank < leader.priorityRank;
}

function check(state: LotState, bid: { bidderId: string; amountFen: Fen; at: number; rank: number | null }): Refusal | { matched: boolean } {
  const fmt = formatShanghaiInstant;
  if (state.result !== null || bid.at >= state.endAt) {
    return refusal("closed", `竞价已于 ${fmt(state.endAt)} 结束`, `bidding ended at ${fmt(state.endAt)}`, ART.timing);
  }
  const last = state.accepted[state.accepted.length - 1];
  if (last !== undefined && bid.at < last.at) {
    return refusal(
      "outOfOrder",
      `出价时间 ${fmt(bid.at)} 早于已接受的上一出价（${fmt(last.at)}）；出价时间以进入平台系统的时间为准，须在锁定拍卖后取时`,
      `the bid's time ${fmt(bid.at)} precedes the last accepted bid (${fmt(last.at)}); a bid's time is when it enters the platform, stamped after locking the lot`,
      ART.timing,
    );
  }
  if (bid.at < state.startAt) {
    return refusal("notOpen", `竞价于 ${fmt(state.startAt)} 开始`, `bidding starts at ${fmt(state.startAt)}`, ART.timing);
  }
  if (state.barredBidderIds.has(bid.bidderId)) {
    return refusal("barred", "悔拍后重新拍卖的，原买受人不得参加竞买", "the buyer who defaulted may not bid in the re-auction", ART.barred);
  }
  if (!state.eligibleBidderIds.has(bid.bidderId)) {
    return refusal("notEligible", "未交纳保证金（或未经确认）的，不得参加竞买", "a bidder whose deposit has not been paid and confirmed may not bid", ART.eligible);
  }
  if (bid.rank !== null && state.priorityRanks.get(bid.bidderId) !== bid.rank) {
    return refusal(
      "priorityNotConfirmed",
      `未经法院确认为第 ${bid.rank} 顺位优先购买权人的，不得以优先购买权人身份竞买`,
      `the court has not confirmed this bidder as a priority holder of rank ${bid.rank}; it may not bid as one`,
      ART.priorityConfirmed,
    );
  }
  if (state.priceFen === null || state.leader === null) {
    if (bid.amountFen < state.startingPriceFen) {
      return refusal(
        "belowStartingPrice",
        `出价低于起拍价 ${formatYuan(state.startingPriceFen, "zh")}，无效`,
        `a bid below the starting price ${formatYuan(state.startingPriceFen, "en")} is void`,
        ART.steps,
      );
    }
    return { matched: false };
  }
  const next = state.priceFen + state.incrementFen;
  if (bid.amountFen >= next) return { matched: false };
  if (bid.amountFen === state.priceFen && bid.rank !== null) {
    if (state.leader.bidderId === bid.bidderId) {
      return refusal("alreadyLeading", "您已是当前最高出价人", "you already lead at this price", ART.tie);
    }
    if (beatsAtSamePrice(bid.rank, state.leader)) return { matched: true };
    return refusal(
      "tieNotPreferred",
      state.leader.priorityRank === bid.rank
        ? "顺序相同的优先购买权人以相同价格出价的，出价在先者竞得；须高于当前价格加价"
        : "顺序在先的优先购买权人已以相同价格出价；须高于当前价格加价",
      state.leader.priorityRank === bid.rank
        ? "a priority holder of the same rank bid this price first and keeps it; bid higher"
        : "a priority holder of an earlier rank holds this price; bid higher",
      ART.tie,
    );
  }
  return refusal(
    "belowIncrement",
    `出价须不低于 ${formatYuan(next, "zh")}（当前价 ${formatYuan(state.priceFen, "zh")} 加增价幅度 ${formatYuan(state.incrementFen, "zh")}）`,
    `a bid must be at least ${formatYuan(next, "en")} (the current price ${formatYuan(state.priceFen, "en")} plus the increment ${formatYuan(state.incrementFen, "en")})`,
    ART.steps,
  );
}

function sameSubmission(a: BidOutcome, b: { bidderId: string; amountFen: Fen; rank: number | null }): boolean {
  return a.bidderId === b.bidderId && a.amountFen === b.amountFen && a.priorityRank === b.rank;
}

/** Fold one bid into the lot. Never throws for a bid the rules refuse (that is an outcome); throws for malformed input. */
export function placeBid(state: LotState, submission: BidSubmission): PlaceBidResult {
  const bidId = requireId(submission.bidId, "bidId");
  const bidderId = requireId(submission.bidderId, "bidderId");
  const amountFen = requirePositiveFen(submission.amountFen, "amountFen");
  const at = parseInstant(submission.at, "at");
  const rank = submission.priority === undefined ? null : requireRank(submission.priority.rank, "priority.rank");

  const earlier = state.outcomes.get(bidId);
  if (earlier !== undefined) {
    if (!sameSubmission(earlier, { bidderId, amountFen, rank })) {
      throw new DomainError(
        "CONFLICT",
        {
          zh: `出价编号 ${bidId} 已用于另一出价（竞买人、金额或优先顺位不同）`,
          en: `the bid id ${bidId} was already used for a different bid (bidder, amount or priority differ)`,
        },
        { field: "bidId" },
      );
    }
    return { state, outcome: earlier, duplicate: true };
  }

  const base = { bidId, bidderId, amountFen, at, priorityRank: rank };
  const verdict = check(state, { bidderId, amountFen, at, rank });
  if ("reason" in verdict) {
    const outcome: RefusedOutcome = Object.freeze({ ...base, kind: "refused", ...verdict });
    return { state: Object.freeze({ ...state, outcomes: new Map(state.outcomes).set(bidId, outcome) }), outcome, duplicate: false };
  }

  const endAt = Math.max(state.endAt, at + AUCTION_DURATIONS.extension.ms);
  const extended = endAt > state.endAt;
  const seq = state.accepted.length + 1;
  const leader: Leader = Object.freeze({ ...base });
  const acceptedBid: AcceptedBid = Object.freeze({ ...base, seq, endAt, extended, matched: verdict.matched });
  const basis = [...ART.steps, ...(extended ? ART.timing : []), ...(verdict.matched ? ART.tie : [])];
  const outcome: AcceptedOutcome = Object.freeze({ ...base, kind: "accepted", seq, priceFen: amountFen, endAt, extended, matched: verdict.matched, basis });
  const next: LotState = Object.freeze({
    ...state,
    endAt,
    priceFen: amountFen,
    leader,
    accepted: Object.freeze([...state.accepted, acceptedBid]),
    outcomes: new Map(state.outcomes).set(bidId, outcome),
  });
  return { state: next, outcome, duplicate: false };
}

/**
 * Close bidding at `now` ≥ the (extended) end: sold to the leader at its price — one bidder at or
 * above the starting price suffices (art 11), the last bid is the price (art 20 para 2), a priority
 * holder wins at the same price (art 21) — or failed (流拍) with no bid (art 26 para 1). Idempotent: a
 * closed lot returns its result.
 */
export function closeLot(state: LotState, now: Instant): { state: LotState; result: LotResult } {
  const t = parseInstant(now, "now");
  if (state.result !== null) return { state, result: state.result };
  if (t < state.endAt) {
    throw new DomainError(
      "PRECONDITION_FAILED",
      {
        zh: `竞价尚未结束，将于 ${formatShanghaiInstant(state.endAt)} 结束（可能因延时继续顺延）`,
        en: `bidding has not ended; it ends at ${formatShanghaiInstant(state.endAt)} (later if extended)`,
      },
      { field: "now" },
    );
  }
  const leader = state.leader;
  const result: LotResult = leader
    ? Object.freeze({
        kind: "sold" as const,
        bidId: leader.bidId,
        bidderId: leader.bidderId,
        priceFen: leader.amountFen,
        priorityRank: leader.priorityRank,
        endedAt: state.endAt,
        bidCount: state.accepted.length,
        basis: [
          citeSource("onlineAuction", "art 11"),
          citeSource("onlineAuction", "art 20 para 2"),
          ...(leader.priorityRank !== null ? ART.tie : []),
        ],
      })
    : Object.freeze({ kind: "failed" as const, endedAt: state.endAt, bidCount: 0 as const, basis: [citeSource("onlineAuction", "art 26 para 1")] });
  return { state: Object.freeze({ ...state, result }), result };
}

/** Fold bids in order from `initial` (the serial replay): the final state and every outcome in order. */
export function replay(initial: LotState, bids: readonly BidSubmission[]): { state: LotState; outcomes: BidOutcome[] } {
  let state = initial;
  const outcomes: BidOutcome[] = [];
  for (const bid of bids) {
    const r = placeBid(state, bid);
    state = r.state;
    outcomes.push(r.outcome);
  }
  return { state, outcomes };
}

/** The accepted bids as submissions, in order (what a serial replay re-applies). */
export function acceptedSubmissions(state: LotState): BidSubmission[] {
  return state.accepted.map((b) => ({
    bidId: b.bidId,
    bidderId: b.bidderId,
    amountFen: b.amountFen,
    at: b.at,
    ...(b.priorityRank !== null ? { priority: { rank: b.priorityRank } } : {}),
  }));
}
