// Rows cite 网拍规定 arts 12, 16, 26 counted per rules.md §19 (see schedule.ts for the reading).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeDeadline } from "../calendar/compute-deadline";
import { addDays } from "../dates/date-arithmetic";
import { fromDayNumber, toDayNumber } from "../dates/iso-date";
import type { AuctionAssetClass } from "./asset-class";
import {
  deemedNotifiedOn,
  earliestAuctionStart,
  latestAnnouncementDate,
  latestPartyNoticeDate,
  latestUnreachablePostingStart,
  reauctionDeadline,
  type AuctionRound,
} from "./schedule";
import { cal, expectDomainError } from "./test-helpers";

describe("earliestAuctionStart: the whole announcement period runs first (网拍规定 arts 12, 26)", () => {
  it.each<[string, AuctionAssetClass, AuctionRound, string, string, string]>([
    ["art 12: movables, 15 days from Mon 03-03 → last day Tue 03-18", "movables", 1, "2025-03-03", "2025-03-18", "2025-03-19"],
    ["art 12: property rights, 30 days from 03-03 → last day Wed 04-02", "propertyRights", 1, "2025-03-03", "2025-04-02", "2025-04-03"],
    ["art 12 + 民诉法 art 85 para 3: 15th day Sat 03-22 → Mon 03-24", "movables", 1, "2025-03-07", "2025-03-24", "2025-03-25"],
    ["art 12 + art 85 para 3: 15th day 10-01 (National Day) → Thu 10-09", "movables", 1, "2025-09-16", "2025-10-09", "2025-10-10"],
    ["art 26: re-auction of movables, 7 days from Mon 03-03 → Mon 03-10", "movables", 2, "2025-03-03", "2025-03-10", "2025-03-11"],
    ["art 26: re-auction of property rights, 15 days", "propertyRights", 2, "2025-03-03", "2025-03-18", "2025-03-19"],
  ])("%s", (_rule, cls, round, announced, lastDay, start) => {
    const r = earliestAuctionStart(announced, cls, round, cal);
    expect(r.deadline.due).toBe(lastDay);
    expect(r.date).toBe(start);
    expect(r.basis[0]).toMatchObject({ law: "网拍规定(2016)", article: round === 1 ? "art 12 para 1" : "art 26 para 1" });
  });

  it("reports the shift it applied (民诉法 art 85 para 3)", () => {
    const r = earliestAuctionStart("2025-03-07", "movables", 1, cal);
    expect(r.deadline).toMatchObject({ nominalDue: "2025-03-22", due: "2025-03-24", shifted: true });
    expect(r.basis.map((b) => b.article)).toContain("art 85 para 3");
  });

  it("refuses a malformed date", () => expectDomainError(() => earliestAuctionStart("2025-02-30", "movables", 1, cal), "VALIDATION", "announcementDate"));
});

describe("latestAnnouncementDate: the inverse (网拍规定 arts 12, 26)", () => {
  it.each<[string, AuctionAssetClass, AuctionRound, string, string]>([
    ["art 12: start Wed 03-19 → announce by Mon 03-03 (03-04 + 15 = 03-19 is too late)", "movables", 1, "2025-03-19", "2025-03-03"],
    ["art 12: start Tue 03-25 → Sun 03-09 (its 15th day Mon 03-24)", "movables", 1, "2025-03-25", "2025-03-09"],
    ["art 12 + art 85 para 3: start Mon 03-24 → Thu 03-06 (03-07 and 03-08 end on the weekend → Mon 03-24)", "movables", 1, "2025-03-24", "2025-03-06"],
    ["art 12: property rights, start Thu 04-03 → 03-03", "propertyRights", 1, "2025-04-03", "2025-03-03"],
    ["art 26: re-auction of movables, start Tue 03-11 → 03-03", "movables", 2, "2025-03-11", "2025-03-03"],
  ])("%s", (_rule, cls, round, start, latest) => {
    expect(latestAnnouncementDate(start, cls, round, cal).date).toBe(latest);
  });
});

describe("party notice and posting (网拍规定 art 16 para 1)", () => {
  it.each<[string, string, string]>([
    ["announce Mon 03-03: notify by Tue 02-25 (02-26 + 3 = Sat 03-01 → Mon 03-03, not before it)", "2025-03-03", "2025-02-25"],
    ["announce Fri 03-07: notify by Mon 03-03 (its 3rd day Thu 03-06; from 03-04 it would be 03-07 itself)", "2025-03-07", "2025-03-03"],
    ["announce Thu 03-20: notify by Sun 03-16 (its 3rd day Wed 03-19)", "2025-03-20", "2025-03-16"],
  ])("%s", (_rule, announced, notifyBy) => {
    const r = latestPartyNoticeDate(announced, cal);
    expect(r.date).toBe(notifyBy);
    expect(r.deadline.due < announced).toBe(true);
    expect(latestPartyNoticeDate(announced, cal).basis[0]).toMatchObject({ article: "art 16 para 1" });
  });

  it("posting for the unreachable: 5 days run by the notice deadline", () => {
    const r = latestUnreachablePostingStart("2025-03-03", cal);
    expect(r.notifyBy).toBe("2025-02-25");
    expect(r.date).toBe("2025-02-20");
    expect(r.deemedNotifiedOn).toBe("2025-02-25");
    expect(deemedNotifiedOn("2025-02-20", cal).date).toBe("2025-02-25");
    // one day later is too late: posted 02-21, deemed notified Wed 02-26, after the notice deadline.
    expect(deemedNotifiedOn("2025-02-21", cal).date).toBe("2025-02-26");
  });
});

describe("reauctionDeadline: within 30 days of the failure (网拍规定 art 26 para 1)", () => {
  it.each<[string, string, string]>([
    ["failed Mon 03-10 → start by Wed 04-09", "2025-03-10", "2025-04-09"],
    ["failed Fri 09-05 → 30th day Sun 10-05 (National Day) → Thu 10-09", "2025-09-05", "2025-10-09"],
  ])("%s", (_rule, failedOn, latest) => {
    const r = reauctionDeadline(failedOn, cal);
    expect(r.date).toBe(latest);
    expect(r.basis[0]).toMatchObject({ law: "网拍规定(2016)", article: "art 26 para 1" });
  });
});

const day = fc.integer({ min: toDayNumber("2005-01-01"), max: toDayNumber("2035-12-31") }).map(fromDayNumber);
const cls = fc.constantFrom<AuctionAssetClass>("movables", "propertyRights");
const round = fc.constantFrom<AuctionRound>(1, 2);

describe("schedule properties", () => {
  it("latestAnnouncementDate is the latest announcement whose earliest start is on or before the start", () => {
    fc.assert(
      fc.property(day, cls, round, (start, c, r) => {
        const latest = latestAnnouncementDate(start, c, r, cal).date;
        expect(earliestAuctionStart(latest, c, r, cal).date <= start).toBe(true);
        expect(earliestAuctionStart(addDays(latest, 1), c, r, cal).date > start).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("never looser than the literal reading: announcement and start at least N + 1 days apart", () => {
    fc.assert(
      fc.property(day, cls, round, (announced, c, r) => {
        const e = earliestAuctionStart(announced, c, r, cal);
        expect(toDayNumber(e.date) - toDayNumber(announced)).toBeGreaterThanOrEqual(e.period.n + 1);
      }),
      { numRuns: 200 },
    );
  });

  it("the party notice's 3 days end before the announcement, and from the next day they would not", () => {
    fc.assert(
      fc.property(day, (announced) => {
        const n = latestPartyNoticeDate(announced, cal);
        expect(n.deadline.due < announced).toBe(true);
        expect(computeDeadline(addDays(n.date, 1), { unit: "days", n: 3 }, cal).due >= announced).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("the unreachable posting is deemed notice on or before the notice deadline, and one day later it would not be", () => {
    fc.assert(
      fc.property(day, (announced) => {
        const p = latestUnreachablePostingStart(announced, cal);
        expect(p.deemedNotifiedOn <= p.notifyBy).toBe(true);
        expect(deemedNotifiedOn(addDays(p.date, 1), cal).date > p.notifyBy).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
