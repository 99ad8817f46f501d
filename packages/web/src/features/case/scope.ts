import type { CaseScope, Role } from "../../api/types";

/** Roles that may list the cases of the courts below their own (`scope=supervised`). */
const SUPERVISING_ROLES: readonly Role[] = ["supervisor", "president"];

/** The case-list scopes offered to a role, in display order. */
export function caseScopesFor(role: Role): CaseScope[] {
  return SUPERVISING_ROLES.includes(role) ? ["mine", "court", "supervised"] : ["mine", "court"];
}

/** A higher-court supervisor's own court has no enforcement cases, so they start with the lower courts. */
export function defaultCaseScope(role: Role): CaseScope {
  return role === "supervisor" ? "supervised" : "court";
}

/** The scope in the URL when the role may use it, otherwise the role's default. */
export function parseCaseScope(value: string | null, role: Role): CaseScope {
  const allowed = caseScopesFor(role);
  return allowed.find((s) => s === value) ?? defaultCaseScope(role);
}
