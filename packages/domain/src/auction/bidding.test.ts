// Rows cite 网拍规定 arts 17–21, 24 (rules.md §10); the bid-time decisions are in bidding.ts.
import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error";
import {
  admitBidder,
  closeLot,
  isBiddingOpen,
  minimumNextBidFen,
  openLot,
  placeBid,
  replay,
  type BidRefusalReason,
  type BidSubmission,
  type LotState,
} from "./bidding";
import { parseInstant } from "./instant";
import { END, HOUR, INCREMENT, MINUTE, START, STARTING_PRICE, expectDomainError, lot, lotSetup } from "./test-helpers";

let n = 0;
const bid = (bidderId: string, amountFen: number, at: number, rank?: number): BidSubmission => ({
  bidId: `b${++n}`,
  bidderId,
  amountFen,
  at,
  ...(rank !== undefined ? { priority: { rank } } : {}),
});

function run(state: LotState, bids: BidSubmission[]): LotState {
  return replay(state, bids).state;
}

const P = STARTING_PRICE;
const I = INCREMENT;

describe("bidding window (网拍规定 art 20 para 2): open on [start, end)", () => {
  it.each<[string, number, "accepted" | BidRefusalReason]>([
    ["art 20: one ms before the start", START - 1, "notOpen"],
    ["art 20: at the start", START, "accepted"],
    ["art 20: one ms before the end", END - 1, "accepted"],
    ["art 20: at the end instant", END, "closed"],
    ["art 20: after the end", END + HOUR, "closed"],
  ])("%s → %s", (_rule, at, expected) => {
    const { outcome } = placeBid(lot(), bid("a", P, at));
    expect(outcome.kind === "accepted" ? "accepted" : outcome.reason).toBe(expected);
  });
});

describe("extension (网拍规定 art 20 para 2): end := max(end, bid + 5 min)", () => {
  it.each<[string, number, number, boolean]>([
    ["art 20: 5 min 1 ms before the end: outside the window", END - 5 * MINUTE - 1, END, false],
    ["art 20: exactly 5 min before the end: inside, the end stays", END - 5 * MINUTE, END, false],
    ["art 20: 5 min − 1 ms before the end: the end moves 1 ms", END - 5 * MINUTE + 1, END + 1, true],
    ["art 20: 1 min before the end", END - MINUTE, END + 4 * MINUTE, true],
    ["art 20: 1 ms before the end", END - 1, END - 1 + 5 * MINUTE, true],
  ])("%s", (_rule, at, end, extended) => {
    const { state, outcome } = placeBid(lot(), bid("a", P, at));
    expect(outcome).toMatchObject({ kind: "accepted", endAt: end, extended });
    expect(state.endAt).toBe(end);
    expect(state.scheduledEndAt).toBe(END);
  });

  it("art 20: a chain of last-minute bids extends again and again; the old end is no longer the end", () => {
    let s = lot();
    let t = END - MINUTE;
    const bidders = ["a", "b"];
    for (let i = 0; i < 10; i++) {
      const r = placeBid(s, bid(bidders[i % 2]!, P + i * I, t));
      expect(r.outcome).toMatchObject({ kind: "accepted", endAt: t + 5 * MINUTE, extended: true });
      s = r.state;
      t = s.endAt - 30_000; // 30 s before the new end
    }
    expect(s.endAt).toBe(s.accepted.at(-1)!.at + 5 * MINUTE);
    expect(s.endAt).toBeGreaterThan(END + 30 * MINUTE);
    expect(isBiddingOpen(s, END)).toBe(true);
    expect(placeBid(s, bid("a", P + 20 * I, s.endAt)).outcome).toMatchObject({ kind: "refused", reason: "closed" });
    const closed = closeLot(s, s.endAt).result;
    expect(closed).toMatchObject({ kind: "sold", bidderId: "b", priceFen: P + 9 * I, endedAt: s.endAt, bidCount: 10 });
  });
});

describe("amounts (网拍规定 art 20 para 1)", () => {
  it.each<[string, number[], number, "accepted" | BidRefusalReason]>([
    ["art 20: a first bid one fen below the starting price is void", [], P - 1, "belowStartingPrice"],
    ["art 20: a first bid at the starting price", [], P, "accepted"],
    ["art 20: a first bid above it", [], P + 12_345, "accepted"],
    ["art 20: next bid one fen short of the increment", [P], P + I - 1, "belowIncrement"],
    ["art 20: next bid at price + increment", [P], P + I, "accepted"],
    ["art 20: next bid off the grid but above price + increment", [P], P + I + 7, "accepted"],
    ["art 20: an ordinary bidder may not match the price", [P], P, "belowIncrement"],
  ])("%s", (_rule, earlier, amount, expected) => {
    const s = run(lot(), earlier.map((a, i) => bid("a", a, START + i)));
    const { outcome } = placeBid(s, bid("b", amount, START + HOUR));
    expect(outcome.kind === "accepted" ? "accepted" : outcome.reason).toBe(expected);
  });

  it("minimumNextBidFen: the starting price, then price + increment", () => {
    const s = lot();
    expect(minimumNextBidFen(s)).toBe(P);
    expect(minimumNextBidFen(placeBid(s, bid("a", P + 5, START)).state)).toBe(P + 5 + I);
  });

  it("a leader may raise its own bid", () => {
    const s = run(lot(), [bid("a", P, START)]);
    expect(placeBid(s, bid("a", P + I, START + 1)).outcome.kind).toBe("accepted");
  });
});

describe("priority holders (网拍规定 arts 19, 21)", () => {
  // [rule, earlier bids [bidder, amount, rank?], the new bid, outcome, leader after]
  it.each<[string, [string, number, number?][], [string, number, number?], "accepted" | BidRefusalReason, string]>([
    ["art 21 para 1: a priority holder matches an ordinary leader and leads", [["a", P]], ["p2", P, 2], "accepted", "p2"],
    ["art 21 para 2: an earlier rank matches a later rank and leads", [["a", P], ["p2", P, 2]], ["p1", P, 1], "accepted", "p1"],
    ["art 21 para 2: a later rank cannot take an earlier rank's price", [["a", P], ["p1", P, 1]], ["p2", P, 2], "tieNotPreferred", "p1"],
    ["art 21 para 3: same rank, the earlier bid keeps the price", [["a", P], ["p2", P, 2]], ["p2b", P, 2], "tieNotPreferred", "p2"],
    ["art 21: matching its own lead changes nothing", [["a", P], ["p1", P, 1]], ["p1", P, 1], "alreadyLeading", "p1"],
    ["art 21 para 1: a higher ordinary bid beats the priority holder", [["a", P], ["p1", P, 1]], ["b", P + I, undefined], "accepted", "b"],
    ["art 21 para 1: the priority holder may match again", [["a", P], ["p1", P, 1], ["b", P + I]], ["p1", P + I, 1], "accepted", "p1"],
    ["art 20: a priority holder below price + increment but above the price", [["a", P]], ["p1", P + 1, 1], "belowIncrement", "a"],
    ["art 19: priority not confirmed for this bidder", [["a", P]], ["b", P, 1], "priorityNotConfirmed", "a"],
    ["art 19: a rank other than the confirmed one", [["a", P]], ["p2", P, 1], "priorityNotConfirmed", "a"],
    ["art 20: a first bid by a priority holder at the starting price", [], ["p1", P, 1], "accepted", "p1"],
    ["a priority holder bidding as an ordinary bidder does not win ties", [["a", P]], ["p1", P, undefined], "belowIncrement", "a"],
  ])("%s", (_rule, earlier, [who, amount, rank], expected, leader) => {
    const s = run(lot(), earlier.map(([b, a, r], i) => bid(b, a, START + i * MINUTE, r)));
    const r = placeBid(s, bid(who, amount, START + HOUR, rank));
    expect(r.outcome.kind === "accepted" ? "accepted" : r.outcome.reason).toBe(expected);
    expect(r.state.leader?.bidderId).toBe(leader);
    if (r.outcome.kind === "accepted") expect(r.state.priceFen).toBe(amount);
  });

  it("art 21: a matched sale closes to the priority holder at the same price", () => {
    const s = run(lot(), [bid("a", P + 3 * I, START), bid("p2", P + 3 * I, START + 1, 2)]);
    const { outcome } = placeBid(s, bid("p2", P + 3 * I, START + 2, 2));
    expect(outcome).toMatchObject({ kind: "refused", reason: "alreadyLeading" });
    expect(closeLot(s, END).result).toMatchObject({ kind: "sold", bidderId: "p2", priceFen: P + 3 * I, priorityRank: 2 });
    expect(closeLot(s, END).result.basis.map((b) => b.article)).toContain("art 21");
  });

  it("a match inside the last 5 minutes extends bidding too (art 20 para 2)", () => {
    const s = run(lot(), [bid("a", P, START)]);
    expect(placeBid(s, bid("p1", P, END - MINUTE, 1)).outcome).toMatchObject({ kind: "accepted", matched: true, extended: true, endAt: END + 4 * MINUTE });
  });
});

describe("who may bid (网拍规定 arts 17–18, 24)", () => {
  it.each<[string, string, BidRefusalReason]>([
    ["art 17 para 2: no deposit, no bid", "x", "notEligible"],
    ["art 24 para 2: the defaulting buyer is barred from the re-auction", "d", "barred"],
  ])("%s", (_rule, who, reason) => {
    expect(placeBid(lot(), bid(who, P, START)).outcome).toMatchObject({ kind: "refused", reason });
  });

  it("art 18: a deposit confirmed during bidding makes the bidder eligible; art 19: with a confirmed rank", () => {
    const s = admitBidder(lot(), { bidderId: "x", priorityRank: 3 });
    expect(placeBid(s, bid("x", P, START, 3)).outcome.kind).toBe("accepted");
    expect(admitBidder(s, { bidderId: "x", priorityRank: 3 })).toBe(s);
  });

  it("art 24 para 2: a barred bidder cannot be admitted", () => {
    expectDomainError(() => admitBidder(lot(), { bidderId: "d" }), "PRECONDITION_FAILED", "bidderId");
  });

  it("a closed lot admits nobody", () => {
    expectDomainError(() => admitBidder(closeLot(lot(), END).state, { bidderId: "x" }), "PRECONDITION_FAILED", "lotId");
  });
});

describe("order and idempotency", () => {
  it("art 20 para 2: a bid stamped before the last accepted bid is refused (stamp after locking the lot)", () => {
    const s = run(lot(), [bid("a", P, START + HOUR)]);
    expect(placeBid(s, bid("b", P + I, START + HOUR - 1)).outcome).toMatchObject({ kind: "refused", reason: "outOfOrder" });
    expect(placeBid(s, bid("b", P + I, START + HOUR)).outcome.kind).toBe("accepted");
  });

  it("the same bidId returns the first outcome and leaves the state as it was", () => {
    const first = placeBid(lot(), { bidId: "same", bidderId: "a", amountFen: P, at: START });
    const again = placeBid(first.state, { bidId: "same", bidderId: "a", amountFen: P, at: START + HOUR });
    expect(again).toEqual({ state: first.state, outcome: first.outcome, duplicate: true });
    expect(again.state).toBe(first.state);
  });

  it("a refused bid stays refused under its bidId, even once it would pass", () => {
    const first = placeBid(lot(), { bidId: "early", bidderId: "a", amountFen: P, at: START - 1 });
    expect(first.outcome).toMatchObject({ kind: "refused", reason: "notOpen" });
    const again = placeBid(first.state, { bidId: "early", bidderId: "a", amountFen: P, at: START });
    expect(again.outcome).toBe(first.outcome);
    expect(again.duplicate).toBe(true);
  });

  it("the same bidId for a different bid is a CONFLICT", () => {
    const first = placeBid(lot(), { bidId: "same", bidderId: "a", amountFen: P, at: START });
    expectDomainError(() => placeBid(first.state, { bidId: "same", bidderId: "a", amountFen: P + I, at: START + 1 }), "CONFLICT", "bidId");
    expectDomainError(() => placeBid(first.state, { bidId: "same", bidderId: "b", amountFen: P, at: START + 1 }), "CONFLICT", "bidId");
  });

  it("never mutates the state it is given", () => {
    const s = lot();
    const snapshot = { ...s, outcomes: new Map(s.outcomes), accepted: [...s.accepted] };
    placeBid(s, bid("a", P, START));
    expect(s).toEqual(snapshot);
  });
});

describe("closeLot (网拍规定 arts 11, 20, 26)", () => {
  it("art 11: one bidder at the starting price suffices", () => {
    const s = run(lot(), [bid("a", P, START)]);
    expect(closeLot(s, END).result).toMatchObject({ kind: "sold", bidderId: "a", priceFen: P, bidCount: 1, endedAt: END });
  });

  it("art 26: no bid → failed", () => {
    const { result, state } = closeLot(lot(), END + 1);
    expect(result).toMatchObject({ kind: "failed", endedAt: END, bidCount: 0, basis: [{ article: "art 26 para 1" }] });
    expect(closeLot(state, END + HOUR).result).toBe(result);
  });

  it("refused before the (extended) end; idempotent after", () => {
    const s = run(lot(), [bid("a", P, END - MINUTE)]);
    expectDomainError(() => closeLot(s, END), "PRECONDITION_FAILED", "now");
    const closed = closeLot(s, END + 4 * MINUTE);
    expect(closed.result.kind).toBe("sold");
    expect(closeLot(closed.state, END + HOUR)).toEqual(closed);
    expect(placeBid(closed.state, bid("b", P + I, END + 4 * MINUTE - 1)).outcome).toMatchObject({ kind: "refused", reason: "closed" });
  });
});

describe("openLot and input checks", () => {
  it.each<[string, Parameters<typeof lotSetup>[0], string]>([
    ["art 20 para 2: bidding shorter than 24 hours", { endAt: START + 24 * HOUR - 1 }, "endAt"],
    ["a zero starting price", { startingPriceFen: 0 }, "startingPriceFen"],
    ["a fractional increment", { incrementFen: 0.5 }, "incrementFen"],
    ["a start without an offset", { startAt: "2025-03-19T10:00:00" }, "startAt"],
    ["a barred bidder listed as eligible (art 24)", { eligibleBidderIds: ["a", "d"] }, "eligibleBidderIds"],
    ["a priority rank of 0", { priorityRanks: { p1: 0 } }, "priorityRanks.p1"],
    ["an empty lot id", { lotId: "" }, "lotId"],
  ])("refuses %s", (_rule, over, field) => {
    expectDomainError(() => openLot(lotSetup(over)), "VALIDATION", field);
  });

  it("art 20 para 2: exactly 24 hours is enough; ISO instants with an offset are read exactly", () => {
    const s = openLot(lotSetup({ startAt: "2025-03-19T10:00:00+08:00", endAt: "2025-03-20T02:00:00Z" }));
    expect([s.startAt, s.endAt]).toEqual([START, END]);
  });

  it.each<[unknown]>([["2025-02-30T10:00:00Z"], ["2025-03-19T24:00:00Z"], ["2025-03-19 10:00:00+08:00"], [-1], [1.5], [null]])("parseInstant refuses %s", (v) => {
    expectDomainError(() => parseInstant(v, "at"), "VALIDATION", "at");
  });

  it.each<[string, Partial<BidSubmission>, string]>([
    ["no bid id", { bidId: "" }, "bidId"],
    ["a fractional amount", { amountFen: 100.5 }, "amountFen"],
    ["a negative amount", { amountFen: -1 }, "amountFen"],
    ["a rank of 0", { priority: { rank: 0 } }, "priority.rank"],
    ["a malformed time", { at: "yesterday" }, "at"],
  ])("placeBid throws on malformed input: %s", (_what, over, field) => {
    const e = expectDomainError(() => placeBid(lot(), { ...bid("a", P, START), ...over }), "VALIDATION", field);
    expect(e).toBeInstanceOf(DomainError);
  });
});

describe("a storm: 50 bidders × 20 bids (issue 4)", () => {
  it("the final price and winner equal a serial replay of the accepted bids", () => {
    const bidders = Array.from({ length: 50 }, (_, i) => `u${i}`);
    let s = openLot(lotSetup({ eligibleBidderIds: bidders, priorityRanks: { u0: 1, u1: 2 }, barredBidderIds: [] }));
    let seed = 42;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const submissions: BidSubmission[] = [];
    let t = END - 10 * MINUTE;
    for (let round = 0; round < 20; round++) {
      for (const b of bidders) {
        t += Math.floor(rnd() * 20_000);
        const current = s.priceFen ?? P - I;
        const amount = b === "u0" || b === "u1" ? (rnd() < 0.5 ? current : current + I) : current + I * (rnd() < 0.7 ? 1 : 0);
        const sub = { bidId: `${b}-${round}`, bidderId: b, amountFen: amount, at: t, ...(b === "u0" ? { priority: { rank: 1 } } : b === "u1" ? { priority: { rank: 2 } } : {}) };
        submissions.push(sub);
        s = placeBid(s, sub).state;
      }
    }
    const accepted = submissions.filter((x) => s.outcomes.get(x.bidId)!.kind === "accepted");
    const serial = replay(openLot(lotSetup({ eligibleBidderIds: bidders, priorityRanks: { u0: 1, u1: 2 }, barredBidderIds: [] })), accepted).state;
    expect(accepted.length).toBeGreaterThan(100);
    expect([serial.priceFen, serial.leader, serial.endAt]).toEqual([s.priceFen, s.leader, s.endAt]);
    expect(closeLot(serial, serial.endAt).result).toEqual(closeLot(s, s.endAt).result);
  });
});
