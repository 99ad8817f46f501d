// The dates of an auction's schedule (rules.md §10, counted per §19).
//   网拍规定(2016) art 12 para 1: announce a first auction 15 (movables) / 30 (real estate, other property
//     rights) days before it; art 26 para 1: a re-auction 7 / 15 days before it, and held within 30 days
//     of the failure.
//   art 16 para 1: notify the parties and known priority holders 3 days before the announcement; who
//     cannot be notified is deemed notified once the platform posting has run 5 days.
//
// DECISION — how "在拍卖十五日前公告" (and "在拍卖公告发布三日前…通知") is counted. The period is counted
// forward from the announcement (notice) day, which is not counted (民诉法(2023) art 85 para 2; 民诉法解释
// art 125), through computeDeadline: it ends at 24:00 on its last day (民法典 art 203 para 2), moved to
// the next working day if that day is a rest day (art 85 para 3). The auction (the announcement) may
// take place on the day AFTER that last day, never on it: the whole period runs before the event it
// protects. A looser reading (announcement day and auction day N calendar days apart, rest days
// ignored) allows the auction one or more days earlier; ours never allows a date the stricter reading
// forbids, so a schedule computed here is valid under both.
//   Announced 2025-03-03 (Mon), movables: days 03-04 … 03-18 (Tue), auction from 2025-03-19.
// The "latest" dates are the inverse: the latest day from which the period still ends before the
// target day (searched downwards; the count is monotone in its start).
//
// The posting (公示满五日) is a period like any other: posted on day P, deemed notified at 24:00 on the
// period's last day, which then counts as the notice day for the 3-day rule.
// The re-auction deadline ("流拍后应当在三十日内…再次拍卖") is counted from the day the auction failed
// (the day bidding ended without a bid); the re-auction's bidding must START on or before the period's
// last day (after any rest-day shift: art 85 para 3). The text does not say whether the re-auction must
// also end within the 30 days; starting is what "再次拍卖" asks of the court, and bidding lasts at least
// 24 hours (art 20), so it may end after.
import type { Citation } from "../citation/citation";
import { computeDeadline, type DeadlineResult, type Period } from "../calendar/compute-deadline";
import type { StatutoryCalendar } from "../calendar/types";
import { addDays } from "../dates/date-arithmetic";
import { parseIsoDate, type IsoDate } from "../dates/iso-date";
import type { AuctionAssetClass } from "./asset-class";
import { AUCTION_PERIODS, type AuctionPeriodKey, type AuctionPeriods } from "./periods";

export type AuctionRound = 1 | 2;

/** A computed date with the period it came from and its legal basis. */
export type ScheduleDate = {
  date: IsoDate;
  key: AuctionPeriodKey;
  period: Period;
  /** The count behind it (from, nominal and shifted last day, calendar provenance). */
  deadline: DeadlineResult;
  provisional: boolean;
  basis: Citation[];
};

/** Longest run of consecutive rest days before we conclude the calendar is broken (as computeDeadline). */
const MAX_SEARCH = 70;

/** The announcement period's key: art 12 (first auction) or art 26 (re-auction), by asset class. */
export function announcementPeriodKey(assetClass: AuctionAssetClass, round: AuctionRound): AuctionPeriodKey {
  if (round === 1) return assetClass === "movables" ? "announcementMovables" : "announcementPropertyRights";
  return assetClass === "movables" ? "reauctionAnnouncementMovables" : "reauctionAnnouncementPropertyRights";
}

function scheduleDate(date: IsoDate, key: AuctionPeriodKey, deadline: DeadlineResult, periods: AuctionPeriods): ScheduleDate {
  const row = periods[key];
  return { date, key, period: { ...row.period }, deadline, provisional: deadline.provisional, basis: [row.basis, ...deadline.basis] };
}

/** The first day after the period counted from `from` has run (its last day, shifted, plus one). */
function dayAfterPeriod(from: IsoDate, key: AuctionPeriodKey, cal: StatutoryCalendar, periods: AuctionPeriods): ScheduleDate {
  const deadline = computeDeadline(from, periods[key].period, cal);
  return scheduleDate(addDays(deadline.due, 1), key, deadline, periods);
}

/**
 * The latest day X such that the period counted from X has run before `target` (its last day < target).
 * The returned ScheduleDate's `date` is X and its `deadline` the count from X.
 */
function latestStartBefore(target: IsoDate, key: AuctionPeriodKey, cal: StatutoryCalendar, periods: AuctionPeriods): ScheduleDate {
  const period = periods[key].period;
  let x = addDays(target, -period.n - 1);
  for (let i = 0; i <= MAX_SEARCH; i++, x = addDays(x, -1)) {
    const deadline = computeDeadline(x, period, cal);
    if (deadline.due < target) return scheduleDate(x, key, deadline, periods);
  }
  throw new Error(`calendar has more than ${MAX_SEARCH} consecutive rest days before ${target}`);
}

/** 网拍规定 arts 12, 26: the first day bidding may start after an announcement on `announcementDate`. */
export function earliestAuctionStart(
  announcementDate: IsoDate,
  assetClass: AuctionAssetClass,
  round: AuctionRound,
  cal: StatutoryCalendar,
  periods: AuctionPeriods = AUCTION_PERIODS,
): ScheduleDate {
  parseIsoDate(announcementDate, "announcementDate");
  return dayAfterPeriod(announcementDate, announcementPeriodKey(assetClass, round), cal, periods);
}

/** 网拍规定 arts 12, 26: the last day the announcement may be published for bidding starting on `auctionStartDate`. */
export function latestAnnouncementDate(
  auctionStartDate: IsoDate,
  assetClass: AuctionAssetClass,
  round: AuctionRound,
  cal: StatutoryCalendar,
  periods: AuctionPeriods = AUCTION_PERIODS,
): ScheduleDate {
  parseIsoDate(auctionStartDate, "auctionStartDate");
  return latestStartBefore(auctionStartDate, announcementPeriodKey(assetClass, round), cal, periods);
}

/** 网拍规定 art 16 para 1: the last day to notify the parties and known priority holders. */
export function latestPartyNoticeDate(announcementDate: IsoDate, cal: StatutoryCalendar, periods: AuctionPeriods = AUCTION_PERIODS): ScheduleDate {
  parseIsoDate(announcementDate, "announcementDate");
  return latestStartBefore(announcementDate, "partyNotice", cal, periods);
}

export type UnreachablePosting = ScheduleDate & {
  /** The day the posting has run its 5 days (deemed notified at 24:00), on or before the notice deadline. */
  deemedNotifiedOn: IsoDate;
  /** The notice deadline it must meet. */
  notifyBy: IsoDate;
};

/**
 * 网拍规定 art 16 para 1: the last day to start the platform posting for a party who cannot be notified,
 * so that the 5 days have run by the notice deadline.
 */
export function latestUnreachablePostingStart(
  announcementDate: IsoDate,
  cal: StatutoryCalendar,
  periods: AuctionPeriods = AUCTION_PERIODS,
): UnreachablePosting {
  const notice = latestPartyNoticeDate(announcementDate, cal, periods);
  // Deemed notified on day D (its posting's last day) must be ≤ the notice deadline: the latest start
  // whose period ends before the day after the notice deadline.
  const posting = latestStartBefore(addDays(notice.date, 1), "unreachableNoticePosting", cal, periods);
  return { ...posting, basis: [...posting.basis], deemedNotifiedOn: posting.deadline.due, notifyBy: notice.date };
}

/** 网拍规定 art 16 para 1: the day a posting started on `postedOn` counts as notice (the 5th day, shifted). */
export function deemedNotifiedOn(postedOn: IsoDate, cal: StatutoryCalendar, periods: AuctionPeriods = AUCTION_PERIODS): ScheduleDate {
  parseIsoDate(postedOn, "postedOn");
  const deadline = computeDeadline(postedOn, periods.unreachableNoticePosting.period, cal);
  return scheduleDate(deadline.due, "unreachableNoticePosting", deadline, periods);
}

/** 网拍规定 art 26 para 1: the last day the re-auction's bidding may start after a failure on `failedOn`. */
export function reauctionDeadline(failedOn: IsoDate, cal: StatutoryCalendar, periods: AuctionPeriods = AUCTION_PERIODS): ScheduleDate {
  parseIsoDate(failedOn, "failedOn");
  const deadline = computeDeadline(failedOn, periods.reauctionWithin.period, cal);
  return scheduleDate(deadline.due, "reauctionWithin", deadline, periods);
}
