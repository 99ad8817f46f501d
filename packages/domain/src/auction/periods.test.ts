import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error";
import { AUCTION_DURATIONS, AUCTION_PERIODS, withAuctionOverrides, type AuctionDurationKey, type AuctionPeriodKey } from "./periods";

describe("AUCTION_PERIODS (rules.md §10)", () => {
  it.each<[AuctionPeriodKey, number, string, string, string]>([
    ["announcementMovables", 15, "网拍规定(2016)", "art 12 para 1", "CONFIRMED-P"],
    ["announcementPropertyRights", 30, "网拍规定(2016)", "art 12 para 1", "CONFIRMED-P"],
    ["partyNotice", 3, "网拍规定(2016)", "art 16 para 1", "CONFIRMED-P"],
    ["unreachableNoticePosting", 5, "网拍规定(2016)", "art 16 para 1", "CONFIRMED-P"],
    ["reauctionWithin", 30, "网拍规定(2016)", "art 26 para 1", "CONFIRMED-P"],
    ["reauctionAnnouncementMovables", 7, "网拍规定(2016)", "art 26 para 1", "CONFIRMED-P"],
    ["reauctionAnnouncementPropertyRights", 15, "网拍规定(2016)", "art 26 para 1", "CONFIRMED-P"],
    ["resumeAfterSuspension", 5, "网拍规定(2016)", "art 28 para 4", "CONFIRMED-P"],
    ["rulingService", 10, "拍卖变卖规定(2020)", "art 20", "CONFIRMED-P"],
    ["handOver", 15, "拍卖变卖规定(2020)", "art 27", "CONFIRMED-P"],
    ["fixedPriceSale", 60, "网拍与网络变卖衔接通知（法明传〔2017〕455号，未核实）", "(text not seen)", "UNCONFIRMED"],
  ])("%s: %i days (%s %s, %s)", (key, n, law, article, confidence) => {
    const p = AUCTION_PERIODS[key];
    expect(p).toMatchObject({ key, period: { unit: "days", n }, basis: { law, article }, confidence });
    expect(p.description.zh.length).toBeGreaterThan(0);
    expect(p.description.en.length).toBeGreaterThan(0);
  });
  it("is frozen", () => expect(Object.isFrozen(AUCTION_PERIODS)).toBe(true));
});

describe("AUCTION_DURATIONS (网拍规定 arts 20, 23, 25)", () => {
  it.each<[AuctionDurationKey, number, string]>([
    ["biddingMinimum", 24 * 3_600_000, "art 20 para 2"],
    ["extensionWindow", 5 * 60_000, "art 20 para 2"],
    ["extension", 5 * 60_000, "art 20 para 2"],
    ["depositRefund", 24 * 3_600_000, "art 23"],
    ["buyerDepositTransfer", 24 * 3_600_000, "art 25"],
  ])("%s: %i ms (%s)", (key, ms, article) => {
    expect(AUCTION_DURATIONS[key]).toMatchObject({ key, ms, basis: { law: "网拍规定(2016)", article }, confidence: "CONFIRMED-P" });
  });
});

describe("withAuctionOverrides", () => {
  it("configures the UNCONFIRMED fixed-price sale period and leaves the defaults alone", () => {
    expect(withAuctionOverrides({ fixedPriceSale: 30 }).fixedPriceSale.period).toEqual({ unit: "days", n: 30 });
    expect(AUCTION_PERIODS.fixedPriceSale.period.n).toBe(60);
    expect(withAuctionOverrides({})).toEqual(AUCTION_PERIODS);
  });

  it.each<AuctionPeriodKey>(["announcementMovables", "announcementPropertyRights", "partyNotice", "reauctionWithin", "handOver", "rulingService"])(
    "refuses to override CONFIRMED-P %s",
    (key) => {
      try {
        withAuctionOverrides({ [key]: 10 });
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(DomainError);
        expect((e as DomainError).field).toBe(key);
        expect((e as DomainError).messages.en).toContain("cannot be overridden");
      }
    },
  );

  it.each<[string, number]>([
    ["fixedPriceSale", 0],
    ["fixedPriceSale", 2.5],
    ["noSuchPeriod", 3],
  ])("rejects %s = %d", (key, n) => expect(() => withAuctionOverrides({ [key]: n })).toThrow(DomainError));
});
