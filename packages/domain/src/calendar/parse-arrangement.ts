// Validates an administrator-provided year arrangement (the State Council's notice for a year not in
// the official data), e.g. {"year":2027,"holidays":[{"date":"2027-01-01","name":"元旦"}],"workdays":[]}.
import { invalidField } from "../errors/domain-error";
import { isIsoDate, isWeekend, yearOf } from "../dates/iso-date";
import { assertCalendarYear, type NamedDate, type YearArrangement } from "./types";

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function parseEntries(input: unknown, year: number, list: "holidays" | "workdays"): NamedDate[] {
  if (!Array.isArray(input)) {
    throw invalidField(list, { zh: `${list} 必须是数组`, en: `${list} must be an array` });
  }
  const seen = new Set<string>();
  return input.map((entry, i) => {
    const field = `${list}.${i}`;
    if (!isRecord(entry)) {
      throw invalidField(field, { zh: `${field} 必须是含 date 和 name 的对象`, en: `${field} must be an object with date and name` });
    }
    const { date, name } = entry;
    if (!isIsoDate(date)) {
      throw invalidField(`${field}.date`, {
        zh: `${field}.date 必须是 YYYY-MM-DD 格式的有效日期`,
        en: `${field}.date must be a valid date in the form YYYY-MM-DD`,
      });
    }
    if (yearOf(date) !== year) {
      throw invalidField(`${field}.date`, {
        zh: `${field}.date（${date}）不在 ${year} 年内`,
        en: `${field}.date (${date}) is not in ${year}`,
      });
    }
    if (seen.has(date)) {
      throw invalidField(`${field}.date`, { zh: `${date} 在 ${list} 中重复`, en: `${date} appears twice in ${list}` });
    }
    seen.add(date);
    if (list === "workdays" && !isWeekend(date)) {
      throw invalidField(`${field}.date`, {
        zh: `调休上班日 ${date} 必须是星期六或星期日`,
        en: `adjusted workday ${date} must be a Saturday or Sunday`,
      });
    }
    if (typeof name !== "string" || name.trim() === "") {
      throw invalidField(`${field}.name`, { zh: `${field}.name 不能为空`, en: `${field}.name must not be empty` });
    }
    return { date, name: name.trim() };
  });
}

export function parseArrangement(input: unknown): YearArrangement {
  if (!isRecord(input)) {
    throw invalidField("arrangement", { zh: "放假安排必须是 JSON 对象", en: "the arrangement must be a JSON object" });
  }
  const { year } = input;
  if (typeof year !== "number" || !Number.isInteger(year)) {
    throw invalidField("year", { zh: "year 必须是整数年份", en: "year must be an integer year" });
  }
  try {
    assertCalendarYear(year);
  } catch {
    throw invalidField("year", { zh: `year 必须在 2004–2100 之间（收到 ${year}）`, en: `year must be within 2004–2100 (got ${year})` });
  }
  const holidays = parseEntries(input.holidays, year, "holidays");
  if (holidays.length === 0) {
    throw invalidField("holidays", { zh: "holidays 不能为空：每年都有法定节假日", en: "holidays must not be empty: every year has statutory holidays" });
  }
  const workdays = parseEntries(input.workdays ?? [], year, "workdays");
  const holidayDates = new Set(holidays.map((h) => h.date));
  const clash = workdays.find((w) => holidayDates.has(w.date));
  if (clash) {
    throw invalidField("workdays", {
      zh: `${clash.date} 不能既是放假日又是调休上班日`,
      en: `${clash.date} cannot be both a holiday and an adjusted workday`,
    });
  }
  const byDate = (a: NamedDate, b: NamedDate) => (a.date < b.date ? -1 : 1);
  return { year, holidays: holidays.sort(byDate), workdays: workdays.sort(byDate) };
}
