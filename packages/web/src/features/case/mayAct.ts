import type { CaseDetail, User } from "../../api/types";

/**
 * The case detail names its handler but not the handler's id, so "is this user the handler" is read from
 * the display name (unique per court in practice). The server decides; this only hides buttons it would refuse.
 */
export function isHandler(user: User, detail: Pick<CaseDetail, "handlerName" | "courtId">): boolean {
  return user.role === "officer" && user.courtId === detail.courtId && detail.handlerName !== null && detail.handlerName === user.displayName;
}

/** Handler or the division head of the case's court: property orders, clues, inquiries, measures. */
export function mayHandle(user: User, detail: Pick<CaseDetail, "handlerName" | "courtId">): boolean {
  return isHandler(user, detail) || (user.role === "divisionHead" && user.courtId === detail.courtId);
}

/** The ledger also takes the president of the case's court. */
export function mayWriteLedger(user: User, detail: Pick<CaseDetail, "handlerName" | "courtId">): boolean {
  return mayHandle(user, detail) || (user.role === "president" && user.courtId === detail.courtId);
}

/** The case has been registered (the property, inquiry, measures and money tabs exist from then on). */
export function isRegistered(detail: Pick<CaseDetail, "status">): boolean {
  return detail.status !== "applied" && detail.status !== "refused";
}
