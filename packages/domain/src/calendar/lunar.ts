// Lunar-calendar dates and the 清明 solar term, as day numbers, for 1901–2100.
// Only chinese-days' pure table look-ups (monthDays, getYearLeapMonth) are used: its date-returning
// functions format through local time and are off by one day in time zones west of UTC.
import cd from "chinese-days";
import { formatIsoDate, fromDayNumber, toDayNumber, type IsoDate } from "../dates/iso-date";

/** Lunar 1900-01-01 fell on 1900-01-31. */
const LUNAR_EPOCH_DAY = toDayNumber("1900-01-31");
const newYearCache = new Map<number, number>();

function leapMonthOf(lunarYear: number): { month: number; days: number } {
  const info = cd.getYearLeapMonth(lunarYear);
  return { month: info.leapMonth ?? 0, days: info.days };
}

function lunarYearLength(lunarYear: number): number {
  let days = leapMonthOf(lunarYear).days;
  for (let m = 1; m <= 12; m++) days += cd.monthDays(lunarYear, m);
  return days;
}

function assertLunarYear(y: number): void {
  if (!Number.isInteger(y) || y < 1900 || y > 2100) throw new RangeError(`lunar year ${y} outside 1900–2100`);
}

/** Day number of 正月初一 of lunar year `y`. */
export function lunarNewYearDay(y: number): number {
  assertLunarYear(y);
  const cached = newYearCache.get(y);
  if (cached !== undefined) return cached;
  let day = LUNAR_EPOCH_DAY;
  for (let i = 1900; i < y; i++) day += lunarYearLength(i);
  newYearCache.set(y, day);
  return day;
}

/** Solar date of lunar `month`/`day` (ordinary, not leap month) of lunar year `y`. */
export function lunarToSolar(y: number, month: number, day: number): IsoDate {
  const leap = leapMonthOf(y);
  let offset = day - 1;
  for (let m = 1; m < month; m++) {
    offset += cd.monthDays(y, m);
    if (m === leap.month) offset += leap.days;
  }
  return fromDayNumber(lunarNewYearDay(y) + offset);
}

/** 除夕: the day before 正月初一 (so it is 腊月廿九 or 三十, whichever ends the year). */
export function lunarNewYearsEve(y: number): IsoDate {
  return fromDayNumber(lunarNewYearDay(y) - 1);
}

/**
 * 清明 by the standard formula [Y×0.2422 + C] − [Y/4] (C = 4.81 for 2001–2100, 5.59 for 1901–2000),
 * in integer arithmetic. chinese-days uses the same formula and has no correction entries for 清明.
 */
export function qingmingDate(year: number): IsoDate {
  if (!Number.isInteger(year) || year < 1901 || year > 2100) throw new RangeError(`year ${year} outside 1901–2100`);
  const y = year > 2000 ? year - 2000 : year - 1900;
  const c = year > 2000 ? 48_100 : 55_900;
  const day = Math.floor((y * 2422 + c) / 10_000) - Math.floor(y / 4);
  return formatIsoDate(year, 4, day);
}
