// The ONE statutory calendar (rules.md §19). For each year, in order: an administrator-loaded
// arrangement; else the official arrangement in chinese-days (2004–2026); else the statutory fallback
// (全国年节及纪念日放假办法 arts 2, 6), which is provisional. Outside 2004–2100: CALENDAR_UNKNOWN_YEAR.
import { DomainError } from "../errors/domain-error";
import { isWeekend, parseIsoDate, yearOf, type IsoDate } from "../dates/iso-date";
import { fallbackArrangement } from "./fallback-arrangement";
import { officialArrangement } from "./official-arrangement";
import { parseArrangement } from "./parse-arrangement";
import {
  assertCalendarYear,
  type CalendarSource,
  type DayInfo,
  type StatutoryCalendar,
  type YearArrangement,
} from "./types";

type YearData = {
  arrangement: YearArrangement & { source: CalendarSource };
  holidays: Map<IsoDate, string>;
  workdays: Map<IsoDate, string>;
};

function indexYear(arrangement: YearArrangement, source: CalendarSource): YearData {
  return {
    arrangement: { ...arrangement, source },
    holidays: new Map(arrangement.holidays.map((h) => [h.date, h.name])),
    workdays: new Map(arrangement.workdays.map((w) => [w.date, w.name])),
  };
}

export function createStatutoryCalendar(opts: { loaded?: YearArrangement[] } = {}): StatutoryCalendar {
  const loaded = new Map<number, YearArrangement>();
  for (const a of opts.loaded ?? []) {
    const parsed = parseArrangement(a);
    if (loaded.has(parsed.year)) {
      throw new DomainError(
        "VALIDATION",
        { zh: `${parsed.year} 年的放假安排重复提供`, en: `the arrangement for ${parsed.year} was given twice` },
        { field: "loaded" },
      );
    }
    loaded.set(parsed.year, parsed);
  }
  const years = new Map<number, YearData>();

  function yearData(year: number): YearData {
    assertCalendarYear(year);
    let data = years.get(year);
    if (!data) {
      const fromLoaded = loaded.get(year);
      const official = fromLoaded ? null : officialArrangement(year);
      data = fromLoaded
        ? indexYear(fromLoaded, "loaded")
        : official
          ? indexYear(official, "official")
          : indexYear(fallbackArrangement(year), "fallback");
      years.set(year, data);
    }
    return data;
  }

  function dayInfo(date: IsoDate): DayInfo {
    parseIsoDate(date, "date");
    const data = yearData(yearOf(date));
    const source = data.arrangement.source;
    const workdayName = data.workdays.get(date);
    if (workdayName !== undefined) {
      return { date, kind: "adjustedWorkday", isWorkingDay: true, holidayName: workdayName, source };
    }
    const holidayName = data.holidays.get(date);
    if (holidayName !== undefined) return { date, kind: "holiday", isWorkingDay: false, holidayName, source };
    if (isWeekend(date)) return { date, kind: "weekend", isWorkingDay: false, source };
    return { date, kind: "workday", isWorkingDay: true, source };
  }

  return {
    dayInfo,
    isWorkingDay: (date) => dayInfo(date).isWorkingDay,
    yearSource: (year) => yearData(year).arrangement.source,
    arrangement: (year) => {
      const a = yearData(year).arrangement;
      return { ...a, holidays: [...a.holidays], workdays: [...a.workdays] };
    },
  };
}
