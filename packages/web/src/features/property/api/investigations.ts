import { api } from "../../../api/client";
import type { Citation } from "../../../api/types";

/** 申请法院调查财产: one request, its clock (若干期限规定, generally 1 month) and the court's result. */
export type InvestigationRequest = {
  id: string;
  scope: string;
  requestedDate: string;
  status: "requested" | "completed";
  completedDate: string | null;
  result: string | null;
  requestedByMe: boolean;
  clock: { due: string; status: "open" | "met" | "cancelled"; metDate: string | null; overdue: boolean; provisional: boolean; basis: Citation } | null;
};

export type InvestigationRequestInput = { scope: string };
export type InvestigationCompleteInput = { result: string };

const base = (caseId: string) => `/api/v1/cases/${encodeURIComponent(caseId)}/investigation-requests`;

/** Staff of the case, supervisors and the applicant see the requests; a respondent is refused. */
export const fetchInvestigations = (caseId: string, signal?: AbortSignal) => api.get<{ items: InvestigationRequest[] }>(base(caseId), undefined, signal);

/** The applicant asks the court to investigate (or staff record a written request received); the clock starts. */
export const requestInvestigation = (caseId: string, input: InvestigationRequestInput) => api.post<InvestigationRequest>(base(caseId), input);

/** The handler or the division head records the result; the clock is met (late if after its due date). */
export const completeInvestigation = (caseId: string, requestId: string, input: InvestigationCompleteInput) =>
  api.post<InvestigationRequest>(`${base(caseId)}/${encodeURIComponent(requestId)}/complete`, input);
