// 申请法院调查财产: what the investigation card shows and offers. The server decides; these only pick the
// clock's label and hide the buttons it would refuse.
import type { CaseDetail, User } from "../../api/types";
import type { InvestigationRequest } from "./api/investigations";

/** Registration to closure: requests are taken only then (the server answers 422 otherwise). */
export const INVESTIGATION_OPEN_STATUSES: readonly string[] = ["registered", "assigned", "inProgress"];

/** Staff who record a written request received: the court's officers, division head and filing clerks. */
const STAFF_RECEIVING: readonly string[] = ["officer", "divisionHead", "filingClerk"];

export type InvestigationClockState = "running" | "overdue" | "done" | "doneLate" | "cancelled" | "none";

/** Where a request's clock stands: running, overdue, met in time or late, cancelled, or no clock. */
export function investigationClockState(r: Pick<InvestigationRequest, "clock">): InvestigationClockState {
  const k = r.clock;
  if (!k) return "none";
  if (k.status === "cancelled") return "cancelled";
  if (k.status === "met") return k.metDate !== null && k.metDate > k.due ? "doneLate" : "done";
  return k.overdue ? "overdue" : "running";
}

/** Staff of the case's own court who may record a request received, while the case is open. */
export function mayRecordInvestigation(user: Pick<User, "role" | "courtId">, detail: Pick<CaseDetail, "courtId" | "status">): boolean {
  return STAFF_RECEIVING.includes(user.role) && user.courtId === detail.courtId && INVESTIGATION_OPEN_STATUSES.includes(detail.status);
}
