export { type IsoDate, isIsoDate, parseIsoDate, compareIsoDates, lastDayOfMonth, weekdayOf, isWeekend } from "./iso-date";
export { addDays, daysBetween, addMonthsClamped } from "./date-arithmetic";
export { todayInShanghai } from "./today-in-shanghai";
