// The auction screens' pure rules: the server's clock and the phase by it, the countdown, the bidder's
// standing, bid ids, Beijing wall-clock times, and the lot form's checks (网拍规定 arts 10, 12, 17, 20, 26).
import { describe, expect, it } from "vitest";
import { auctionParameters, AUCTION_PERIODS, createStatutoryCalendar } from "@zhixing/domain";
import type { AuctionCalcResult } from "../../api/types";
import { bidderStanding, checkLotValues, countdownParts, mergeLive, newBidId, phaseAt, quickBids, serverOffsetMs, wallClockToInstant, instantToWallClock, addDaysWall, isTransient } from "./lib";
import { live, NOW } from "./test-support";

describe("the server's clock and the phase", () => {
  it("measures how far the server is ahead of the browser", () => {
    expect(serverOffsetMs("2026-12-28T10:00:00.000+08:00", Date.parse("2026-12-28T09:59:00+08:00"))).toBe(60_000);
    expect(serverOffsetMs("not a time", 5)).toBe(0);
  });

  it("opens an upcoming lot at its start and ends a bidding lot at its current (extended) end", () => {
    const l = live({ status: "upcoming" });
    expect(phaseAt(l, Date.parse(l.startAt) - 1)).toBe("upcoming");
    expect(phaseAt(l, Date.parse(l.startAt))).toBe("bidding");
    const b = live({ status: "bidding", endAt: "2026-12-28T10:04:00.000+08:00", extended: true });
    // The scheduled end has passed, the extended one not yet.
    expect(phaseAt(b, Date.parse("2026-12-28T10:02:00+08:00"))).toBe("bidding");
    expect(phaseAt(b, Date.parse("2026-12-28T10:04:00+08:00"))).toBe("ended");
    expect(phaseAt(live({ status: "sold" }), NOW + 10 ** 9)).toBe("sold");
  });

  it("keeps the newer snapshot when a late poll brings an older one", () => {
    const v3 = live({ version: 3, priceFen: 100 });
    const v4 = live({ version: 4, priceFen: 200 });
    expect(mergeLive(v4, v3)).toBe(v4);
    expect(mergeLive(v3, v4)).toBe(v4);
    expect(mergeLive(null, v3)).toBe(v3);
  });

  it("splits the time left into days, hours, minutes and seconds, never negative", () => {
    expect(countdownParts(((2 * 24 + 3) * 3600 + 4 * 60 + 5) * 1000 + 999)).toMatchObject({ days: 2, hours: 3, minutes: 4, seconds: 5 });
    expect(countdownParts(-5000)).toMatchObject({ days: 0, hours: 0, minutes: 0, seconds: 0, totalMs: 0 });
  });
});

describe("the bidder's standing", () => {
  const me = { alias: "竞买号ME0001" };
  const other = { alias: "竞买号OT0002" };
  it("leading, outbid or not yet bid while bidding runs", () => {
    expect(bidderStanding(me, { leaderAlias: me.alias, status: "bidding" }, [me])).toBe("leading");
    expect(bidderStanding(me, { leaderAlias: other.alias, status: "bidding" }, [other, me])).toBe("outbid");
    expect(bidderStanding(me, { leaderAlias: other.alias, status: "bidding" }, [other])).toBe("notBid");
    expect(bidderStanding(null, { leaderAlias: null, status: "bidding" }, [])).toBeNull();
  });
  it("won or lost once it is sold; a failed lot has no winner", () => {
    expect(bidderStanding(me, { leaderAlias: me.alias, status: "sold" }, [me], { kind: "sold", buyerAlias: me.alias })).toBe("won");
    expect(bidderStanding(me, { leaderAlias: other.alias, status: "sold" }, [other, me], { kind: "sold", buyerAlias: other.alias })).toBe("lost");
    expect(bidderStanding(me, { leaderAlias: null, status: "failed" }, [], { kind: "failed", buyerAlias: null })).toBe("notBid");
  });
});

describe("bids", () => {
  it("makes a fresh UUID v4 for each bid", () => {
    const a = newBidId();
    const b = newBidId();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
  });
  it("offers the minimum and one and two increments above it", () => {
    expect(quickBids(17_600_000, 100_000)).toEqual([17_600_000, 17_700_000, 17_800_000]);
  });
  it("retries only what may not have reached the server: network failures and 5xx", () => {
    expect(isTransient({ status: 0 })).toBe(true);
    expect(isTransient({ status: 503 })).toBe(true);
    expect(isTransient({ status: 422 })).toBe(false);
    expect(isTransient(new Error("x"))).toBe(false);
  });
});

describe("Beijing wall-clock times", () => {
  it("typed in Beijing time, sent with +08:00, whatever the browser's zone", () => {
    expect(wallClockToInstant("2026-12-27 10:00")).toBe("2026-12-27T10:00:00+08:00");
    expect(wallClockToInstant("2026-12-27 24:00")).toBeNull();
    expect(wallClockToInstant("27/12/2026")).toBeNull();
    expect(instantToWallClock("2026-12-27T02:00:00Z")).toBe("2026-12-27 10:00");
    expect(addDaysWall("2026-12-31 10:00", 1)).toBe("2027-01-01 10:00");
  });
});

describe("the lot form's checks (the server decides; these catch the obvious before it)", () => {
  const today = "2026-11-26";
  const nowMs = Date.parse("2026-11-26T09:00:00+08:00");
  // The calculator's answer as the server gives it (GET /calc/auction is the domain's auctionParameters).
  const calc = auctionParameters({ referencePriceFen: 25_000_000, assetType: "patent", round: 1, announcementDate: today }, createStatutoryCalendar(), AUCTION_PERIODS) as unknown as AuctionCalcResult;
  const earliest = calc.schedule!.announcement.date;
  const ok = {
    referenceMode: "manual" as const,
    referencePriceFen: 25_000_000,
    sourceDocument: "评估报告",
    startingPriceFen: 17_500_000,
    depositFen: 2_000_000,
    incrementFen: 100_000,
    announcementDate: today,
    startAt: `${earliest} 10:00`,
    endAt: addDaysWall(`${earliest} 10:00`, 1),
  };
  const fields = (v: Partial<typeof ok>) => checkLotValues({ ...ok, ...v }, calc, { nowMs, today }).map((i) => `${i.field}:${i.key}`);

  it("the minimum starting price is 70 % of the reference price (网拍规定 art 10)", () => {
    expect(calc.minimumStartingPrice.amountFen).toBe(17_500_000);
    expect(fields({})).toEqual([]);
    expect(fields({ startingPriceFen: 17_499_999 })).toEqual(["startingPriceFen:belowMinimum"]);
  });

  it("the deposit is 5–20 % of the starting price (art 17), rounded in the lawful direction", () => {
    expect(fields({ depositFen: 875_000 })).toEqual([]);
    expect(fields({ depositFen: 874_999 })).toEqual(["depositFen:depositRange"]);
    expect(fields({ depositFen: 3_500_000 })).toEqual([]);
    expect(fields({ depositFen: 3_500_001 })).toEqual(["depositFen:depositRange"]);
    const issue = checkLotValues({ ...ok, depositFen: 1 }, calc, { nowMs, today })[0]!;
    expect(issue.values).toEqual({ min: 875_000, max: 3_500_000 });
  });

  it("the announcement is not in the past; bidding starts in the future, after the announcement period, and lasts 24 hours", () => {
    expect(fields({ announcementDate: "2026-11-25" })).toEqual(["announcementDate:announcementPast"]);
    expect(fields({ startAt: "2026-11-26 08:00", endAt: "2026-11-27 08:00" })).toEqual(["startAt:startPast"]);
    // 30 full days of announcement for a patent (art 12): the calculator's earliest start, not a day before.
    expect(earliest > "2026-12-26").toBe(true);
    expect(fields({ startAt: `${earliest} 00:00`, endAt: "2027-01-30 10:00" })).toEqual([]);
    expect(fields({ startAt: "2026-12-25 10:00", endAt: "2026-12-26 10:00" })).toEqual(["startAt:startTooEarly"]);
    expect(fields({ endAt: addDaysWall(`${earliest} 09:59`, 1) })).toEqual(["endAt:tooShort"]);
    expect(fields({ endAt: addDaysWall(`${earliest} 10:00`, 1) })).toEqual([]);
    expect(fields({ startAt: "2026/12/28" })).toEqual(["startAt:badTime"]);
  });

  it("a price typed by hand needs its source document", () => {
    expect(fields({ sourceDocument: " " })).toEqual(["sourceDocument:sourceDocument"]);
  });
});
