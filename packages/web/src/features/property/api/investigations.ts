import { api } from "../../../api/client";
import type { Citation } from "../../../api/types";

/** One of a request's clocks: its due date, whether it was met (and when), overdue, and the rule. */
export type InvestigationClock = { due: string; status: "open" | "met" | "cancelled"; metDate: string | null; overdue: boolean; provisional: boolean; basis: Citation };

/**
 * 申请法院调查财产: one request, its two clocks — started within 10 days of the request (若干期限规定 art 6)
 * and completed, generally within 1 month — and the court's result.
 */
export type InvestigationRequest = {
  id: string;
  scope: string;
  requestedDate: string;
  status: "requested" | "completed";
  completedDate: string | null;
  result: string | null;
  requestedByMe: boolean;
  /** Completed, generally within 1 month of the request. */
  clock: InvestigationClock | null;
  /** Started within 10 days of the request: met by the handler's start, an online inquiry on the case, or the result. */
  startClock: InvestigationClock | null;
  /** When the investigation started (the start clock met), or null. */
  startedDate: string | null;
};

export type InvestigationRequestInput = { scope: string };
export type InvestigationCompleteInput = { result: string };

const base = (caseId: string) => `/api/v1/cases/${encodeURIComponent(caseId)}/investigation-requests`;

/** Staff of the case, supervisors and the applicant see the requests; a respondent is refused. */
export const fetchInvestigations = (caseId: string, signal?: AbortSignal) => api.get<{ items: InvestigationRequest[] }>(base(caseId), undefined, signal);

/** The applicant asks the court to investigate (or staff record a written request received); the clock starts. */
export const requestInvestigation = (caseId: string, input: InvestigationRequestInput) => api.post<InvestigationRequest>(base(caseId), input);

/** The handler or the division head records that the investigation started (no body; 409 once started or completed). */
export const startInvestigation = (caseId: string, requestId: string) => api.post<InvestigationRequest>(`${base(caseId)}/${encodeURIComponent(requestId)}/start`);

/** The handler or the division head records the result; the clock is met (late if after its due date). */
export const completeInvestigation = (caseId: string, requestId: string, input: InvestigationCompleteInput) =>
  api.post<InvestigationRequest>(`${base(caseId)}/${encodeURIComponent(requestId)}/complete`, input);
