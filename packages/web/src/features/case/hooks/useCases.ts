import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CaseAction, CaseApplicationInput, CaseDetail, CaseListQuery } from "../../../api/types";
import { createCase, fetchCase, fetchCases, fetchPersonalData, runCaseAction } from "../api/cases";

export const caseKeys = {
  all: ["cases"] as const,
  list: (q: CaseListQuery) => ["cases", "list", q] as const,
  detail: (id: string) => ["cases", "detail", id] as const,
};

export function useCaseList(q: CaseListQuery) {
  return useQuery({
    queryKey: caseKeys.list(q),
    queryFn: ({ signal }) => fetchCases(q, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCase(id: string) {
  return useQuery({ queryKey: caseKeys.detail(id), queryFn: ({ signal }) => fetchCase(id, signal) });
}

export function useCreateCase() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CaseApplicationInput) => createCase(input),
    onSuccess: (detail) => {
      qc.setQueryData(caseKeys.detail(detail.id), detail);
      void qc.invalidateQueries({ queryKey: ["cases", "list"] });
      void qc.invalidateQueries({ queryKey: ["workbench"] });
    },
  });
}

export function useCaseAction(caseId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { action: CaseAction; body: Record<string, unknown> }) => runCaseAction(caseId, v.action, v.body),
    onSuccess: (detail: CaseDetail) => {
      qc.setQueryData(caseKeys.detail(caseId), detail);
      void qc.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
      void qc.invalidateQueries({ queryKey: ["cases", "audit", caseId] });
      void qc.invalidateQueries({ queryKey: ["cases", "list"] });
      void qc.invalidateQueries({ queryKey: ["workbench"] });
    },
  });
}

export function usePersonalData(caseId: string, partyId: string, enabled: boolean) {
  const qc = useQueryClient();
  return useQuery({
    queryKey: ["cases", "personal-data", caseId, partyId],
    queryFn: async () => {
      const data = await fetchPersonalData(caseId, partyId);
      // The read is audited: the case's audit trail has a new line.
      void qc.invalidateQueries({ queryKey: ["cases", "audit", caseId] });
      return data;
    },
    enabled,
    staleTime: 0,
    gcTime: 0,
  });
}
