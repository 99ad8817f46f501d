import { api } from "../../../api/client";
import type {
  CaseAction,
  CaseApplicationInput,
  CaseDetail,
  CaseList,
  CaseListQuery,
  PersonalData,
} from "../../../api/types";

export const fetchCases = (q: CaseListQuery, signal?: AbortSignal) => api.get<CaseList>("/api/v1/cases", q, signal);

export const fetchCase = (id: string, signal?: AbortSignal) =>
  api.get<CaseDetail>(`/api/v1/cases/${encodeURIComponent(id)}`, undefined, signal);

export const createCase = (input: CaseApplicationInput) => api.post<CaseDetail>("/api/v1/cases", input);

export const runCaseAction = (id: string, action: CaseAction, body: Record<string, unknown>) =>
  api.post<CaseDetail>(`/api/v1/cases/${encodeURIComponent(id)}/actions/${action}`, body);

/** Audited read of a party's unmasked identifiers (staff only). */
export const fetchPersonalData = (caseId: string, partyId: string) =>
  api.get<PersonalData>(
    `/api/v1/cases/${encodeURIComponent(caseId)}/parties/${encodeURIComponent(partyId)}/personal-data`,
  );
