import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { caseKeys } from "../../case/hooks/useCases";
import { creditPost, fetchCaseCredit, fetchPublicDishonest, fetchPublicRestrictions } from "../api/credit";

export const creditKeys = { case: (caseId: string) => ["cases", "credit", caseId] as const };

export function useCaseCredit(caseId: string) {
  return useQuery({ queryKey: creditKeys.case(caseId), queryFn: ({ signal }) => fetchCaseCredit(caseId, signal) });
}

export function useCreditAction(caseId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { path: string; body: unknown }) => creditPost(v.path, v.body),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: creditKeys.case(caseId) });
      void qc.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
      void qc.invalidateQueries({ queryKey: ["cases", "audit", caseId] });
      void qc.invalidateQueries({ queryKey: ["public", "dishonest"] });
    },
  });
}

export function usePublicDishonest(q: { name?: string; idNumber?: string } | null) {
  return useQuery({ queryKey: ["public", "dishonest", q], queryFn: ({ signal }) => fetchPublicDishonest(q ?? {}, signal), enabled: q !== null });
}

export function usePublicRestrictions(name: string | null) {
  return useQuery({ queryKey: ["public", "consumption-restrictions", name], queryFn: ({ signal }) => fetchPublicRestrictions(name ?? "", signal), enabled: !!name });
}
