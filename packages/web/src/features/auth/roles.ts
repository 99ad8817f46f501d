import { PARTY_ROLES, STAFF_ROLES, type Role } from "../../api/types";

export function isStaff(role: Role): boolean {
  return STAFF_ROLES.includes(role);
}

export function isParty(role: Role): boolean {
  return PARTY_ROLES.includes(role);
}

/** Where a user lands after signing in. */
export function homeFor(role: Role): string {
  if (isStaff(role)) return "/staff/workbench";
  if (isParty(role)) return "/my/cases";
  return "/no-area";
}
