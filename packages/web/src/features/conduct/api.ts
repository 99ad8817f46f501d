// Conduct duties: API calls and react-query hooks.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import { caseKeys } from "../case/hooks/useCases";
import { coercionKey } from "../coercion/api";
import type { ConductView } from "./types";

const enc = encodeURIComponent;
export const conductKey = (caseId: string) => ["cases", "conduct", caseId] as const;

export function useConduct(caseId: string, enabled = true) {
  return useQuery({ queryKey: conductKey(caseId), queryFn: ({ signal }) => api.get<ConductView>(`/api/v1/cases/${enc(caseId)}/conduct`, undefined, signal), enabled });
}

/** POST `path` with `body`; refreshes the conduct view, the case detail (duties, clocks, events), the sanctions and the ledger. */
export function useConductWrite(caseId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body }: { path: string; body: Record<string, unknown> }) => api.post<ConductView>(path, body),
    onSuccess: (data) => {
      if (data && typeof data === "object" && "duties" in data) qc.setQueryData(conductKey(caseId), data);
      void qc.invalidateQueries({ queryKey: conductKey(caseId) });
      void qc.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
      void qc.invalidateQueries({ queryKey: coercionKey(caseId) });
      void qc.invalidateQueries({ queryKey: ["cases", "ledger", caseId] });
    },
  });
}
