import { api } from "../../../api/client";
import type { CalendarArrangementInput, CalendarYear } from "../../../api/types";

export const fetchCalendarYear = (year: number, signal?: AbortSignal) =>
  api.get<CalendarYear>(`/api/v1/calendar/years/${year}`, undefined, signal);

/** Loads the State Council's arrangement for a year (administrators and presidents; audited). */
export const putCalendarYear = (year: number, input: CalendarArrangementInput) =>
  api.put<CalendarYear>(`/api/v1/calendar/years/${year}`, input);
