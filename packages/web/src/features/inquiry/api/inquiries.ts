import { api } from "../../../api/client";
import type { InquiryDetail, InquiryInput, InquirySummary } from "../../../api/types";

export const fetchInquiries = (caseId: string, signal?: AbortSignal) =>
  api.get<{ items: InquirySummary[] }>(`/api/v1/cases/${encodeURIComponent(caseId)}/inquiries`, undefined, signal);

/** Runs the inquiry on all the case's respondents; answers with the results (that response is not a "view"). */
export const runInquiry = (caseId: string, input: InquiryInput) =>
  api.post<InquiryDetail>(`/api/v1/cases/${encodeURIComponent(caseId)}/inquiries`, input);

/** Every call is an audited view of the results. */
export const fetchInquiry = (id: string, signal?: AbortSignal) => api.get<InquiryDetail>(`/api/v1/inquiries/${encodeURIComponent(id)}`, undefined, signal);
