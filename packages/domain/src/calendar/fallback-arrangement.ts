// 全国年节及纪念日放假办法 (2024 revision, in force 2025-01-01) art 2: the holidays of all citizens;
// art 6: a holiday falling on a Saturday or Sunday is made up (补假) on a working day.
// Used for years the State Council has not (yet) arranged: no 调休 working weekends are invented.
import { addDays } from "../dates/date-arithmetic";
import { formatIsoDate, isWeekend, type IsoDate } from "../dates/iso-date";
import { lunarNewYearsEve, lunarToSolar, qingmingDate } from "./lunar";
import { assertCalendarYear, type NamedDate, type YearArrangement } from "./types";

type Festival = { name: string; dates: IsoDate[] };

function run(start: IsoDate, days: number): IsoDate[] {
  return Array.from({ length: days }, (_, i) => addDays(start, i));
}

/** The festivals of art 2, in calendar order. */
export function statutoryFestivals(year: number): Festival[] {
  const festivals: Festival[] = [
    { name: "元旦", dates: [formatIsoDate(year, 1, 1)] }, // art 2(1)
    { name: "春节", dates: run(lunarNewYearsEve(year), 4) }, // art 2(2): 除夕, 初一–初三
    { name: "清明节", dates: [qingmingDate(year)] }, // art 2(3)
    { name: "劳动节", dates: run(formatIsoDate(year, 5, 1), 2) }, // art 2(4)
    { name: "端午节", dates: [lunarToSolar(year, 5, 5)] }, // art 2(5)
    { name: "中秋节", dates: [lunarToSolar(year, 8, 15)] }, // art 2(6)
    { name: "国庆节", dates: run(formatIsoDate(year, 10, 1), 3) }, // art 2(7)
  ];
  return festivals.sort((a, b) => a.dates[0]!.localeCompare(b.dates[0]!)); // stable: ties keep art 2 order
}

export function fallbackArrangement(year: number): YearArrangement {
  assertCalendarYear(year);
  const festivals = statutoryFestivals(year);
  const names = new Map<IsoDate, string>();
  for (const f of festivals) {
    for (const d of f.dates) names.set(d, names.has(d) ? `${names.get(d)}、${f.name}` : f.name);
  }
  // art 6: for each festival day on a weekend, the next free weekday after the festival is a day off.
  for (const f of festivals) {
    let owed = f.dates.filter(isWeekend).length;
    let d = f.dates[f.dates.length - 1]!;
    while (owed > 0) {
      d = addDays(d, 1);
      if (!isWeekend(d) && !names.has(d)) {
        names.set(d, `${f.name}（补假）`);
        owed--;
      }
    }
  }
  const holidays: NamedDate[] = [...names.entries()]
    .map(([date, name]) => ({ date, name }))
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  return { year, holidays, workdays: [] };
}
