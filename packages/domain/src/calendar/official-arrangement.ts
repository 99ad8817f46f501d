// The State Council's published arrangements (holidays and 调休 working weekends) as carried by
// chinese-days (2004–2026 in 1.5.7). A year is covered when it has at least one holiday entry.
// The data is read from the package's static JSON, not from its functions: chinese-days builds its
// in-memory tables through host-local time, which shifts every date by one day west of UTC.
import data from "chinese-days/dist/chinese-days.json" with { type: "json" };
import { isWeekend, type IsoDate } from "../dates/iso-date";
import type { NamedDate, YearArrangement } from "./types";

type RawTable = Record<IsoDate, string>;
const holidaysTable = data.holidays as RawTable;
const workdaysTable = data.workdays as RawTable;

/** chinese-days names look like "Spring Festival,春节,4": the Chinese name is the second part. */
function zhName(raw: string): string {
  return raw.split(",")[1]?.trim() || raw;
}

function entriesOf(table: RawTable, year: number): NamedDate[] {
  const prefix = `${year}-`;
  return Object.entries(table)
    .filter(([date]) => date.startsWith(prefix))
    .map(([date, raw]) => ({ date, name: zhName(raw) }))
    .sort((a, b) => (a.date < b.date ? -1 : 1));
}

const cache = new Map<number, YearArrangement | null>();

export function officialArrangement(year: number): YearArrangement | null {
  if (cache.has(year)) return cache.get(year)!;
  const holidays = entriesOf(holidaysTable, year);
  // Only weekend days can be 调休 workdays; anything else in the table would be meaningless.
  const workdays = entriesOf(workdaysTable, year).filter((w) => isWeekend(w.date));
  const result = holidays.length > 0 ? { year, holidays, workdays } : null;
  cache.set(year, result);
  return result;
}
