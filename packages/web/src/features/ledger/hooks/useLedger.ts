import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CaseLedger } from "../../../api/types";
import { caseKeys } from "../../case/hooks/useCases";
import { fetchLedger, ledgerWrites, type LedgerWrite } from "../api/ledger";

export const ledgerKey = (caseId: string) => ["cases", "ledger", caseId] as const;

export function useLedger(caseId: string, enabled = true) {
  return useQuery({ queryKey: ledgerKey(caseId), queryFn: ({ signal }) => fetchLedger(caseId, signal), enabled });
}

export function useLedgerWrite(caseId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, body }: { kind: LedgerWrite; body: Record<string, unknown> }) =>
      (ledgerWrites[kind] as (id: string, b: Record<string, unknown>) => Promise<CaseLedger>)(caseId, body),
    onSuccess: (ledger) => {
      qc.setQueryData(ledgerKey(caseId), ledger);
      void qc.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
      void qc.invalidateQueries({ queryKey: ["cases", "measures", caseId] });
      void qc.invalidateQueries({ queryKey: ["cases", "audit", caseId] });
    },
  });
}
