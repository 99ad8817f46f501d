import type { Role } from "../../api/types";

/** Who may load a year's official arrangement (the server answers 403 to anyone else). */
export const CALENDAR_LOADER_ROLES: readonly Role[] = ["admin", "president"];

export function canLoadCalendar(role: Role): boolean {
  return CALENDAR_LOADER_ROLES.includes(role);
}
