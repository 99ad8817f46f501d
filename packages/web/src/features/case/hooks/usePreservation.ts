import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ComplianceCheckInput, PreservationCaseInput } from "../../../api/types";
import { createPreservationCase, fetchComplianceChecks, recordComplianceCheck } from "../api/preservation";
import { caseKeys } from "./useCases";

export const complianceKeys = { list: (caseId: string) => ["cases", "compliance", caseId] as const };

export function useCreatePreservationCase() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: PreservationCaseInput) => createPreservationCase(input),
    onSuccess: (detail) => {
      qc.setQueryData(caseKeys.detail(detail.id), detail);
      void qc.invalidateQueries({ queryKey: ["cases", "list"] });
      void qc.invalidateQueries({ queryKey: ["workbench"] });
    },
  });
}

export function useComplianceChecks(caseId: string, enabled = true) {
  return useQuery({
    queryKey: complianceKeys.list(caseId),
    queryFn: ({ signal }) => fetchComplianceChecks(caseId, signal),
    enabled,
  });
}

export function useRecordComplianceCheck(caseId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: ComplianceCheckInput) => recordComplianceCheck(caseId, input),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: complianceKeys.list(caseId) });
      // The check appends a case event (timeline).
      void qc.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
    },
  });
}
