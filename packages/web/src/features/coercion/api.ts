// Fines, detention, reconsideration and referrals: API calls and react-query hooks.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import { caseKeys } from "../case/hooks/useCases";
import type { CoercionView, PendingApproval } from "./types";

const enc = encodeURIComponent;
export const coercionKey = (caseId: string) => ["cases", "coercion", caseId] as const;

export function useCoercion(caseId: string, enabled = true) {
  return useQuery({ queryKey: coercionKey(caseId), queryFn: ({ signal }) => api.get<CoercionView>(`/api/v1/cases/${enc(caseId)}/coercion`, undefined, signal), enabled });
}

export function usePendingSanctionApprovals(enabled = true) {
  return useQuery({ queryKey: ["coercion", "approvals"], queryFn: ({ signal }) => api.get<{ items: PendingApproval[] }>("/api/v1/coercion/approvals", undefined, signal), enabled });
}

/** POST `path` with `body`; refreshes the case's coercion view, its detail (clocks, events) and the president's queue. */
export function useCoercionWrite(caseId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body }: { path: string; body: Record<string, unknown> }) => api.post<unknown>(path, body),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: coercionKey(caseId) });
      void qc.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
      void qc.invalidateQueries({ queryKey: ["coercion", "approvals"] });
    },
  });
}

export const sanctionDocumentUrl = (id: string, lang: "zh" | "en") => `/api/v1/sanctions/${enc(id)}/document?lang=${lang}`;
