import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { caseKeys } from "../../case/hooks/useCases";
import { completeInvestigation, fetchInvestigations, requestInvestigation, startInvestigation, type InvestigationCompleteInput, type InvestigationRequestInput } from "../api/investigations";

export const investigationKeys = { list: (caseId: string) => ["cases", "investigation-requests", caseId] as const };

export function useInvestigations(caseId: string, enabled = true) {
  return useQuery({ queryKey: investigationKeys.list(caseId), queryFn: ({ signal }) => fetchInvestigations(caseId, signal), enabled });
}

function useInvalidate(caseId: string) {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: investigationKeys.list(caseId) });
    void qc.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
    void qc.invalidateQueries({ queryKey: ["cases", "audit", caseId] });
    void qc.invalidateQueries({ queryKey: ["workbench"] });
  };
}

export function useRequestInvestigation(caseId: string) {
  const invalidate = useInvalidate(caseId);
  return useMutation({ mutationFn: (input: InvestigationRequestInput) => requestInvestigation(caseId, input), onSuccess: invalidate });
}

export function useStartInvestigation(caseId: string) {
  const invalidate = useInvalidate(caseId);
  return useMutation({ mutationFn: (requestId: string) => startInvestigation(caseId, requestId), onSuccess: invalidate });
}

export function useCompleteInvestigation(caseId: string) {
  const invalidate = useInvalidate(caseId);
  return useMutation({ mutationFn: (v: { requestId: string } & InvestigationCompleteInput) => completeInvestigation(caseId, v.requestId, { result: v.result }), onSuccess: invalidate });
}
