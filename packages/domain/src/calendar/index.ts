export {
  type DayKind,
  type CalendarSource,
  type NamedDate,
  type YearArrangement,
  type DayInfo,
  type StatutoryCalendar,
  CALENDAR_MIN_YEAR,
  CALENDAR_MAX_YEAR,
} from "./types";
export { createStatutoryCalendar } from "./statutory-calendar";
export { fallbackArrangement } from "./fallback-arrangement";
export { parseArrangement } from "./parse-arrangement";
export { computeDeadline, PERIOD_LIMITS, type Period, type PeriodUnit, type DeadlineResult } from "./compute-deadline";
