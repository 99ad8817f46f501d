// The statutory calendar's vocabulary (rules.md §19): which days are rest days under the State
// Council's holiday arrangement, and where each year's arrangement comes from.
import { DomainError } from "../errors/domain-error";
import type { IsoDate } from "../dates/iso-date";

export type DayKind = "workday" | "weekend" | "holiday" | "adjustedWorkday";

/** loaded: provided by an administrator; official: chinese-days data; fallback: computed from the statute. */
export type CalendarSource = "official" | "loaded" | "fallback";

export type NamedDate = { date: IsoDate; name: string };

/** `workdays` are the 调休 weekend days on which people work. */
export type YearArrangement = { year: number; holidays: NamedDate[]; workdays: NamedDate[] };

export type DayInfo = {
  date: IsoDate;
  kind: DayKind;
  isWorkingDay: boolean;
  /** For a holiday its name; for an adjusted workday the holiday it makes up for. */
  holidayName?: string;
  source: CalendarSource;
};

export type StatutoryCalendar = {
  dayInfo(date: IsoDate): DayInfo;
  isWorkingDay(date: IsoDate): boolean;
  yearSource(year: number): CalendarSource;
  arrangement(year: number): YearArrangement & { source: CalendarSource };
};

export const CALENDAR_MIN_YEAR = 2004;
export const CALENDAR_MAX_YEAR = 2100;

export function assertCalendarYear(year: number): void {
  if (!Number.isInteger(year) || year < CALENDAR_MIN_YEAR || year > CALENDAR_MAX_YEAR) {
    throw new DomainError("CALENDAR_UNKNOWN_YEAR", {
      zh: `法定日历仅支持 ${CALENDAR_MIN_YEAR}–${CALENDAR_MAX_YEAR} 年，${year} 年超出范围`,
      en: `The statutory calendar covers ${CALENDAR_MIN_YEAR}–${CALENDAR_MAX_YEAR}; ${year} is outside that range`,
    });
  }
}
