import { api } from "../../../api/client";
import type { AuditTrail } from "../../../api/types";

/** The case's audit trail: 403 for roles other than division heads, presidents, supervisors and administrators. */
export const fetchCaseAudit = (caseId: string, signal?: AbortSignal) =>
  api.get<AuditTrail>(`/api/v1/cases/${encodeURIComponent(caseId)}/audit`, undefined, signal);
