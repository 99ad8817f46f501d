// Objections (执异 / 执复 / 案外人异议): API calls and react-query hooks.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import { caseKeys } from "../case/hooks/useCases";
import { ledgerKey } from "../ledger/hooks/useLedger";
import type { DistributionPlanList, Objection } from "./types";

export const objectionsKey = (caseId: string) => ["cases", "objections", caseId] as const;

export function useObjections(caseId: string, enabled = true) {
  return useQuery({
    queryKey: objectionsKey(caseId),
    queryFn: ({ signal }) => api.get<{ items: Objection[] }>(`/api/v1/cases/${encodeURIComponent(caseId)}/objections`, undefined, signal),
    enabled,
  });
}

export const plansKey = (caseId: string) => ["cases", "distribution-plans", caseId] as const;

/** The case's distribution plans (分配方案), the money available to a new one, and the jurisdiction-objection deadline. */
export function useDistributionPlans(caseId: string, enabled = true) {
  return useQuery({
    queryKey: plansKey(caseId),
    queryFn: ({ signal }) => api.get<DistributionPlanList>(`/api/v1/cases/${encodeURIComponent(caseId)}/distribution-plans`, undefined, signal),
    enabled,
  });
}

export function useObjectionWrite(caseId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body }: { path: string; body: Record<string, unknown> }) => api.post<unknown>(path, body),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: objectionsKey(caseId) });
      void qc.invalidateQueries({ queryKey: plansKey(caseId) });
      void qc.invalidateQueries({ queryKey: ledgerKey(caseId) });
      void qc.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
    },
  });
}
