import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Valuation } from "../../../api/types";
import { caseKeys } from "../../case/hooks/useCases";
import { fetchCaseValuations, fetchValuation, fetchValuationAgencies, startValuation, type StartValuationInput } from "../api/valuations";

export const valuationKeys = {
  list: (caseId: string) => ["cases", "valuations", caseId] as const,
  detail: (id: string) => ["valuations", "detail", id] as const,
  agencies: (assetType: string) => ["valuations", "agencies", assetType] as const,
};

export function useCaseValuations(caseId: string, enabled = true) {
  return useQuery({ queryKey: valuationKeys.list(caseId), queryFn: ({ signal }) => fetchCaseValuations(caseId, signal), enabled });
}

export function useValuation(id: string | null) {
  return useQuery({ queryKey: valuationKeys.detail(id ?? ""), queryFn: ({ signal }) => fetchValuation(id!, signal), enabled: id !== null });
}

/** The agencies of the asset type's library: names for the lottery's candidates and the agreed choice. */
export function useValuationAgencies(assetType: string, enabled = true) {
  return useQuery({ queryKey: valuationKeys.agencies(assetType), queryFn: ({ signal }) => fetchValuationAgencies(assetType, signal), enabled, staleTime: 10 * 60_000 });
}

/** After any write: the valuation as answered, and the list, the case's clocks and timeline, the audit and the workbench are stale. */
function useAfterValuation(caseId: string) {
  const qc = useQueryClient();
  return (v: Valuation) => {
    qc.setQueryData(valuationKeys.detail(v.id), v);
    void qc.invalidateQueries({ queryKey: valuationKeys.list(caseId) });
    void qc.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
    void qc.invalidateQueries({ queryKey: ["cases", "audit", caseId] });
    void qc.invalidateQueries({ queryKey: ["workbench"] });
    void qc.invalidateQueries({ queryKey: ["reminders"] });
  };
}

export function useStartValuation(caseId: string) {
  const after = useAfterValuation(caseId);
  return useMutation({ mutationFn: (input: StartValuationInput) => startValuation(caseId, input), onSuccess: after });
}

/** Any write on /valuations/:id: pass the call; the answer replaces the cached valuation. */
export function useValuationAction(caseId: string) {
  const after = useAfterValuation(caseId);
  return useMutation({ mutationFn: (call: () => Promise<Valuation>) => call(), onSuccess: after });
}
