// Invariants of the bidding engine (网拍规定 arts 20–21): the price never falls, the end never moves
// earlier, every accepted bid leads and the last one wins, a serial replay of the accepted bids gives
// the same lot, and duplicates — in any interleaving — change nothing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closeLot, openLot, placeBid, replay, acceptedSubmissions, type BidSubmission, type LotState } from "./bidding";
import { END, INCREMENT, MINUTE, START, STARTING_PRICE, lotSetup } from "./test-helpers";

const BIDDERS = ["a", "b", "c", "p1", "p2", "p2b", "x", "d"] as const; // x: no deposit, d: barred
const RANKS: Record<string, number> = { p1: 1, p2: 2, p2b: 2 };

type Step = { bidder: number; kind: "match" | "raise" | "raiseMore" | "low" | "random"; k: number; dt: number; claim: "own" | "none" | "wrong" };

const step: fc.Arbitrary<Step> = fc.record({
  bidder: fc.integer({ min: 0, max: BIDDERS.length - 1 }),
  kind: fc.constantFrom("match", "raise", "raise", "raiseMore", "low", "random"),
  k: fc.integer({ min: 0, max: 5 * INCREMENT }),
  // Mostly seconds apart, sometimes long gaps that cross the end.
  dt: fc.oneof(fc.integer({ min: 0, max: 90_000 }), fc.integer({ min: 0, max: 6 * 3_600_000 })),
  claim: fc.constantFrom("own", "own", "own", "none", "wrong"),
});

/** Turn abstract steps into concrete submissions, reading the lot as it goes (deterministic). */
function concretise(steps: Step[], startOffset: number): BidSubmission[] {
  let s = openLot(lotSetup());
  let t = START + startOffset;
  return steps.map((st, i) => {
    t += st.dt;
    const bidderId = BIDDERS[st.bidder]!;
    const price = s.priceFen;
    const amountFen =
      st.kind === "random"
        ? STARTING_PRICE - INCREMENT + st.k * 3
        : price === null
          ? STARTING_PRICE + (st.kind === "low" ? -1 : st.kind === "raiseMore" ? st.k : 0)
          : st.kind === "match"
            ? price
            : st.kind === "raise"
              ? price + INCREMENT
              : st.kind === "raiseMore"
                ? price + INCREMENT + st.k
                : Math.max(1, price + INCREMENT - 1 - (st.k % INCREMENT));
    const rank = RANKS[bidderId];
    const priority = st.claim === "own" && rank !== undefined ? { rank } : st.claim === "wrong" ? { rank: 9 } : undefined;
    const sub: BidSubmission = { bidId: `bid-${i}`, bidderId, amountFen, at: t, ...(priority ? { priority } : {}) };
    s = placeBid(s, sub).state;
    return sub;
  });
}

const scenario = fc
  .tuple(fc.array(step, { minLength: 0, maxLength: 60 }), fc.integer({ min: -3_600_000, max: 24 * 3_600_000 }))
  .map(([steps, offset]) => concretise(steps, offset));

function core(s: LotState) {
  return { priceFen: s.priceFen, leader: s.leader, endAt: s.endAt, accepted: s.accepted };
}

describe("bidding properties", () => {
  it("the price never decreases and the end never moves earlier; every accepted bid leads", () => {
    fc.assert(
      fc.property(scenario, (bids) => {
        let s = openLot(lotSetup());
        for (const b of bids) {
          const r = placeBid(s, b);
          if (s.priceFen !== null) expect(r.state.priceFen!).toBeGreaterThanOrEqual(s.priceFen);
          expect(r.state.endAt).toBeGreaterThanOrEqual(s.endAt);
          if (r.outcome.kind === "accepted") {
            expect(r.state.leader!.bidId).toBe(b.bidId);
            expect(r.state.priceFen).toBe(b.amountFen);
            expect(r.state.endAt).toBe(Math.max(s.endAt, r.outcome.at + 5 * MINUTE));
            expect(r.outcome.at).toBeGreaterThanOrEqual(START);
            expect(r.outcome.at).toBeLessThan(s.endAt);
          } else {
            expect(core(r.state)).toEqual(core(s));
          }
          s = r.state;
        }
      }),
    );
  });

  it("the winner is the last accepted leader, at its price; no bid → failed", () => {
    fc.assert(
      fc.property(scenario, (bids) => {
        const { state } = replay(openLot(lotSetup()), bids);
        const { result } = closeLot(state, Math.max(state.endAt, END));
        const last = state.accepted.at(-1);
        if (last === undefined) expect(result.kind).toBe("failed");
        else expect(result).toMatchObject({ kind: "sold", bidId: last.bidId, bidderId: last.bidderId, priceFen: last.amountFen, bidCount: state.accepted.length });
      }),
    );
  });

  it("art 21: at the final price the leader is the best by priority, rank, then time among the accepted bids at that price", () => {
    fc.assert(
      fc.property(scenario, (bids) => {
        const { state } = replay(openLot(lotSetup()), bids);
        if (!state.leader) return;
        const atPrice = state.accepted.filter((b) => b.amountFen === state.priceFen);
        const key = (b: { priorityRank: number | null; seq?: number }) => [b.priorityRank ?? Infinity, b.seq ?? 0];
        const best = [...atPrice].sort((x, y) => key(x)[0]! - key(y)[0]! || key(x)[1]! - key(y)[1]!)[0]!;
        // Among bids at the final price only the ordinary first one and strictly better priority matches are accepted.
        expect(state.leader.bidId).toBe(best.bidId);
      }),
    );
  });

  it("replaying the accepted bids in order gives the same lot (price, leader, end, accepted list)", () => {
    fc.assert(
      fc.property(scenario, (bids) => {
        const { state } = replay(openLot(lotSetup()), bids);
        const serial = replay(openLot(lotSetup()), acceptedSubmissions(state));
        expect(serial.outcomes.every((o) => o.kind === "accepted")).toBe(true);
        expect(core(serial.state)).toEqual(core(state));
      }),
    );
  });

  it("any interleaving of duplicate submissions is idempotent: the same as the first occurrences alone", () => {
    const withDuplicates = scenario.chain((bids) =>
      fc
        .array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: -3_600_000, max: 3_600_000 })), { maxLength: bids.length === 0 ? 0 : 40 })
        .map((dups) => {
          const seq = [...bids];
          for (const [i, j, shift] of dups) {
            const original = bids[i % bids.length]!;
            seq.splice(j % (seq.length + 1), 0, { ...original, at: Math.max(0, (original.at as number) + shift) });
          }
          return seq;
        }),
    );
    fc.assert(
      fc.property(withDuplicates, (seq) => {
        const seen = new Set<string>();
        const firsts = seq.filter((b) => !seen.has(b.bidId) && seen.add(b.bidId));
        const once = replay(openLot(lotSetup()), firsts);
        const many = replay(openLot(lotSetup()), seq);
        expect(many.state).toEqual(once.state);
        // every submission of a bidId got the outcome of its first arrival
        seq.forEach((b, i) => expect(many.outcomes[i]).toBe(many.state.outcomes.get(b.bidId)));
      }),
    );
  });

  it("the scenarios reach the interesting cases (extensions, priority matches, refusals of each kind)", () => {
    const seen = new Set<string>();
    for (const bids of fc.sample(scenario, { numRuns: 300, seed: 7 })) {
      for (const o of replay(openLot(lotSetup()), bids).outcomes) {
        seen.add(o.kind === "accepted" ? `accepted${o.extended ? "+extended" : ""}${o.matched ? "+matched" : ""}` : o.reason);
      }
    }
    for (const k of ["accepted", "accepted+extended", "accepted+matched", "closed", "notOpen", "notEligible", "barred", "belowIncrement", "belowStartingPrice", "tieNotPreferred", "priorityNotConfirmed", "alreadyLeading"]) {
      expect(seen, k).toContain(k);
    }
  });
});
