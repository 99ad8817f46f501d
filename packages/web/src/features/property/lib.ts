import dayjs from "dayjs";
import { citeSource, type Citation } from "@zhixing/domain";
import { todayShanghai } from "../../lib/format";

/** 财产调查规定 arts 9 (fine or detention) and 10 (listing as dishonest): what a breach of the order to report brings. */
export const REPORT_SANCTION_BASIS: { fine: Citation; listing: Citation } = {
  fine: citeSource("propertyInvestigation", "art 9"),
  listing: citeSource("propertyInvestigation", "art 10"),
};

/** Days from today (Beijing time) to a `YYYY-MM-DD` date; negative when past. */
export function daysUntil(date: string): number {
  return dayjs(date).startOf("day").diff(dayjs(todayShanghai()).startOf("day"), "day");
}

/** Drops empty strings and undefined values so optional fields are absent, as the API's strict schemas want. */
export function compact<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && v !== null && !(typeof v === "string" && v.trim() === "")),
  ) as T;
}
