import { api } from "../../../api/client";
import type { CaseDetail, ComplianceCheck, ComplianceCheckInput, PreservationCaseInput } from "../../../api/types";

export const createPreservationCase = (input: PreservationCaseInput) => api.post<CaseDetail>("/api/v1/preservation-cases", input);

export const fetchComplianceChecks = (caseId: string, signal?: AbortSignal) =>
  api.get<{ items: ComplianceCheck[] }>(`/api/v1/cases/${encodeURIComponent(caseId)}/compliance-checks`, undefined, signal);

export const recordComplianceCheck = (caseId: string, input: ComplianceCheckInput) =>
  api.post<ComplianceCheck>(`/api/v1/cases/${encodeURIComponent(caseId)}/compliance-checks`, input);
