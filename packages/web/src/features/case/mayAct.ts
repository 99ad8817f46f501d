import type { CaseDetail, User } from "../../api/types";

/** The server decides; this only hides the buttons it would refuse. */
export function isHandler(user: User, detail: Pick<CaseDetail, "handlerId" | "courtId">): boolean {
  return user.role === "officer" && user.courtId === detail.courtId && detail.handlerId !== null && detail.handlerId === user.id;
}

/** Handler or the division head of the case's court: property orders, clues, inquiries, measures. */
export function mayHandle(user: User, detail: Pick<CaseDetail, "handlerId" | "courtId">): boolean {
  return isHandler(user, detail) || (user.role === "divisionHead" && user.courtId === detail.courtId);
}

/** The ledger also takes the president of the case's court. */
export function mayWriteLedger(user: User, detail: Pick<CaseDetail, "handlerId" | "courtId">): boolean {
  return mayHandle(user, detail) || (user.role === "president" && user.courtId === detail.courtId);
}

/** The case has been registered (the property, inquiry, measures and money tabs exist from then on). */
export function isRegistered(detail: Pick<CaseDetail, "status">): boolean {
  return detail.status !== "applied" && detail.status !== "refused";
}
