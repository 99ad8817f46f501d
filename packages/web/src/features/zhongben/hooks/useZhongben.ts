import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { caseKeys } from "../../case/hooks/useCases";
import { acknowledgeResumeFlag, fetchZhongben, zhongbenPost } from "../api/zhongben";

export const zhongbenKeys = { case: (caseId: string) => ["cases", "zhongben", caseId] as const };

export function useZhongben(caseId: string, enabled = true) {
  return useQuery({ queryKey: zhongbenKeys.case(caseId), queryFn: ({ signal }) => fetchZhongben(caseId, signal), enabled });
}

export function useZhongbenRecord(caseId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { what: "interviews" | "approvals" | "debtor-searches"; body: unknown }) => zhongbenPost(caseId, v.what, v.body),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: zhongbenKeys.case(caseId) });
      void qc.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
    },
  });
}

/** The resume flag acknowledged (终本规定 art 9): it leaves the workbench. */
export function useAcknowledgeResumeFlag(caseId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { note: string }) => acknowledgeResumeFlag(caseId, body),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: zhongbenKeys.case(caseId) });
      void qc.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
      void qc.invalidateQueries({ queryKey: ["workbench"] });
    },
  });
}
