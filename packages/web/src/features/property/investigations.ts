// 申请法院调查财产: what the investigation card shows and offers. The server decides; these only pick the
// clock's label and hide the buttons it would refuse.
import type { CaseDetail, User } from "../../api/types";
import type { InvestigationClock, InvestigationRequest } from "./api/investigations";

/** Registration to closure: requests are taken only then (the server answers 422 otherwise). */
export const INVESTIGATION_OPEN_STATUSES: readonly string[] = ["registered", "assigned", "inProgress"];

/** Staff who record a written request received: the court's officers, division head and filing clerks. */
const STAFF_RECEIVING: readonly string[] = ["officer", "divisionHead", "filingClerk"];

export type InvestigationClockState = "running" | "overdue" | "done" | "doneLate" | "cancelled" | "none";

/** Where a clock stands: running, overdue, met in time or late, cancelled, or no clock. */
export function clockState(k: InvestigationClock | null): InvestigationClockState {
  if (!k) return "none";
  if (k.status === "cancelled") return "cancelled";
  if (k.status === "met") return k.metDate !== null && k.metDate > k.due ? "doneLate" : "done";
  return k.overdue ? "overdue" : "running";
}

/** Where a request's completion clock stands (generally within 1 month of the request). */
export function investigationClockState(r: Pick<InvestigationRequest, "clock">): InvestigationClockState {
  return clockState(r.clock);
}

/** Where a request's start clock stands (started within 10 days of the request, 若干期限规定 art 6). */
export function investigationStartState(r: Pick<InvestigationRequest, "startClock">): InvestigationClockState {
  return clockState(r.startClock);
}

/**
 * "Start investigation" is offered on a request still awaiting the investigation whose start clock is
 * open (the server answers 409 once started or completed); to the handler or the division head only.
 */
export function mayStartInvestigation(r: Pick<InvestigationRequest, "status" | "startClock">): boolean {
  return r.status === "requested" && r.startClock?.status === "open";
}

/** Staff of the case's own court who may record a request received, while the case is open. */
export function mayRecordInvestigation(user: Pick<User, "role" | "courtId">, detail: Pick<CaseDetail, "courtId" | "status">): boolean {
  return STAFF_RECEIVING.includes(user.role) && user.courtId === detail.courtId && INVESTIGATION_OPEN_STATUSES.includes(detail.status);
}
