// Calendar arithmetic on ISO dates, through day numbers (no local-time Dates).
import { formatIsoDate, fromDayNumber, isoParts, lastDayOfMonth, toDayNumber, type IsoDate } from "./iso-date";

export function addDays(d: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(d) + n);
}

/** b − a in days. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/**
 * The same day-of-month n months later (or earlier); if that day does not exist, the month's last
 * day (民法典 art 202: 没有对应日的，月末日为期间的最后一日).
 */
export function addMonthsClamped(d: IsoDate, n: number): IsoDate {
  const p = isoParts(d);
  const total = p.y * 12 + (p.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return formatIsoDate(y, m, Math.min(p.d, lastDayOfMonth(y, m)));
}
