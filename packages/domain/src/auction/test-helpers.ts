// Fixtures for the auction specs: the real statutory calendar, a lot (24 hours of bidding from
// 2025-03-19 10:00 in Shanghai), instants, and the DomainError expectation.
import { createStatutoryCalendar } from "../calendar";
import { openLot, type LotSetup, type LotState } from "./bidding";

export const cal = createStatutoryCalendar();

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** 2025-03-19T10:00:00+08:00 */
export const START = Date.parse("2025-03-19T02:00:00Z");
export const END = START + 24 * HOUR;

/** 100,000 yuan starting price, 1,000 yuan increment. */
export const STARTING_PRICE = 10_000_000;
export const INCREMENT = 100_000;

export function lotSetup(over: Partial<LotSetup> = {}): LotSetup {
  return {
    lotId: "lot-1",
    startingPriceFen: STARTING_PRICE,
    incrementFen: INCREMENT,
    startAt: START,
    endAt: END,
    eligibleBidderIds: ["a", "b", "c", "p1", "p2", "p2b"],
    barredBidderIds: ["d"],
    priorityRanks: { p1: 1, p2: 2, p2b: 2 },
    ...over,
  };
}

export function lot(over: Partial<LotSetup> = {}): LotState {
  return openLot(lotSetup(over));
}

export { expectDomainError } from "../testing/expect-domain-error";
