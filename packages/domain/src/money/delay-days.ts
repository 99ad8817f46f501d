// Days of delay for 迟延履行利息 (迟延履行利息解释 arts 2–3: from the expiry of the performance period
// to performance).
import { daysBetween } from "../dates/date-arithmetic";
import { parseIsoDate, type IsoDate } from "../dates/iso-date";

/**
 * Days of delay between `from` (the expiry day of the performance period) and `to` (the day of
 * performance). Default: the days strictly after `from` up to and including `to`, i.e. daysBetween.
 *
 * rules.md §7 marks as UNCONFIRMED whether the expiry day itself counts: 迟延履行利息解释 says only
 * "自…届满之日起计算". The default follows 民法典 art 201 (the starting day is not counted); pass
 * `{ countStartDay: true }` to count it. Returns 0 when `to` is not after `from` (or, with
 * countStartDay, before it).
 */
export function delayDays(from: IsoDate, to: IsoDate, opts: { countStartDay?: boolean } = {}): number {
  parseIsoDate(from, "from");
  parseIsoDate(to, "to");
  const days = daysBetween(from, to) + (opts.countStartDay ? 1 : 0);
  return Math.max(0, days);
}
