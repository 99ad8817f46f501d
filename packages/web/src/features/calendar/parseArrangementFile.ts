import type { CalendarArrangementInput, NamedDate } from "../../api/types";

/** Why an uploaded file cannot be used; each reason has an i18n key `calendar.fileError.<reason>`. */
export type ArrangementFileError =
  | { reason: "notJson" }
  | { reason: "notObject" }
  | { reason: "noHolidays" }
  | { reason: "badList"; list: "holidays" | "workdays" }
  | { reason: "badEntry"; list: "holidays" | "workdays"; index: number }
  | { reason: "yearMismatch"; fileYear: string; year: number };

export type ArrangementFileResult = { ok: true; value: CalendarArrangementInput } | { ok: false; error: ArrangementFileError };

function entries(list: "holidays" | "workdays", input: unknown): NamedDate[] | ArrangementFileError {
  if (!Array.isArray(input)) return { reason: "badList", list };
  const out: NamedDate[] = [];
  for (const [index, e] of input.entries()) {
    if (typeof e !== "object" || e === null || Array.isArray(e)) return { reason: "badEntry", list, index };
    const { date, name } = e as Record<string, unknown>;
    if (typeof date !== "string" || typeof name !== "string") return { reason: "badEntry", list, index };
    out.push({ date: date.trim(), name: name.trim() });
  }
  return out;
}

/**
 * Reads `{ "year"?, "holidays": [{ "date", "name" }], "workdays"?: [...] }` as published for one year.
 * Only the shape is checked here; the server validates the dates (in the year, no duplicates,
 * 调休 days on weekends) and its errors are shown on the rows.
 */
export function parseArrangementFile(text: string, year: number): ArrangementFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, error: { reason: "notJson" } };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) return { ok: false, error: { reason: "notObject" } };
  const o = json as Record<string, unknown>;
  if (o.year !== undefined && Number(o.year) !== year) {
    return { ok: false, error: { reason: "yearMismatch", fileYear: String(o.year), year } };
  }
  if (o.holidays === undefined) return { ok: false, error: { reason: "noHolidays" } };
  const holidays = entries("holidays", o.holidays);
  if (!Array.isArray(holidays)) return { ok: false, error: holidays };
  const workdays = entries("workdays", o.workdays ?? []);
  if (!Array.isArray(workdays)) return { ok: false, error: workdays };
  return { ok: true, value: { holidays, workdays } };
}
