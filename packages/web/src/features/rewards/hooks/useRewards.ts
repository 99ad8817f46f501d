import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { caseKeys } from "../../case/hooks/useCases";
import {
  applyForReward,
  closeReward,
  decideReward,
  fetchPublicRewards,
  fetchRewardNotices,
  submitTip,
  withdrawReward,
  type RewardApplyInput,
  type RewardCloseInput,
  type RewardDecideInput,
  type TipInput,
} from "../api/rewards";

export const rewardKeys = { list: (caseId: string) => ["cases", "reward-notices", caseId] as const };

export function useRewardNotices(caseId: string, enabled = true) {
  return useQuery({ queryKey: rewardKeys.list(caseId), queryFn: ({ signal }) => fetchRewardNotices(caseId, signal), enabled });
}

function useInvalidate(caseId: string) {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: rewardKeys.list(caseId) });
    void qc.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
    void qc.invalidateQueries({ queryKey: ["cases", "audit", caseId] });
    void qc.invalidateQueries({ queryKey: ["workbench"] });
    void qc.invalidateQueries({ queryKey: ["public", "reward-notices"] });
  };
}

export function useApplyForReward(caseId: string) {
  const invalidate = useInvalidate(caseId);
  return useMutation({ mutationFn: (input: RewardApplyInput) => applyForReward(caseId, input), onSuccess: invalidate });
}

export function useDecideReward(caseId: string) {
  const invalidate = useInvalidate(caseId);
  return useMutation({ mutationFn: (v: { noticeId: string } & RewardDecideInput) => decideReward(v.noticeId, v.decision === "publish" ? { decision: "publish" } : { decision: "refuse", reason: v.reason }), onSuccess: invalidate });
}

export function useWithdrawReward(caseId: string) {
  const invalidate = useInvalidate(caseId);
  return useMutation({ mutationFn: (v: { noticeId: string; reason: string }) => withdrawReward(caseId, v.noticeId, { reason: v.reason }), onSuccess: invalidate });
}

export function useCloseReward(caseId: string) {
  const invalidate = useInvalidate(caseId);
  return useMutation({
    mutationFn: (v: { noticeId: string } & RewardCloseInput) => closeReward(caseId, v.noticeId, { reason: v.reason, ...(v.note ? { note: v.note } : {}) }),
    onSuccess: invalidate,
  });
}

export function usePublicRewards() {
  return useQuery({ queryKey: ["public", "reward-notices"], queryFn: ({ signal }) => fetchPublicRewards(signal) });
}

export function useSubmitTip() {
  return useMutation({ mutationFn: (v: { noticeId: string } & TipInput) => submitTip(v.noticeId, { content: v.content, anonymous: v.anonymous, ...(v.informantName ? { informantName: v.informantName } : {}), ...(v.informantContact ? { informantContact: v.informantContact } : {}) }) });
}
