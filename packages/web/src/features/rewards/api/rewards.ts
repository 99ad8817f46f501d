import { api } from "../../../api/client";
import type { Citation } from "../../../api/types";
import { REWARD_CLOSE_REASONS, type RewardCloseReason } from "@zhixing/domain";

export { REWARD_CLOSE_REASONS, type RewardCloseReason };

export const REWARD_CHANNELS = ["nationalPlatform", "courtWeibo", "courtWeChat", "courtNoticeBoard", "respondentResidence", "otherMedia"] as const;
export type RewardChannel = (typeof REWARD_CHANNELS)[number];

export type RewardApplyInput = {
  written: true;
  amountFen?: number;
  formula?: string;
  promiseToPay: true;
  channels: RewardChannel[];
  applicantBearsOtherMediaCost?: boolean;
  otherMediaName?: string;
};

export type RewardDecideInput = { decision: "publish" } | { decision: "refuse"; reason: string };

/** The applicant who applied withdraws its notice (awaiting the decision, or published). */
export type RewardWithdrawInput = { reason: string };
/** The handler or the division head closes a published notice; "other" needs the note. */
export type RewardCloseInput = { reason: RewardCloseReason; note?: string };

export type RewardTip = {
  id: string;
  noticeId: string;
  seq: number;
  receivedDate: string;
  receivedAt: string;
  anonymous: boolean;
  /** The informant: shown to the case's handler only; "匿名/confidential" to everyone else. */
  informantName: string | null;
  informantContact: string | null;
  identityVisible: boolean;
  content: string;
  status: "received" | "verified" | "unfounded" | "rewarded";
  rewardPaidFen: number | null;
};

export type RewardNotice = {
  id: string;
  caseId: string;
  amountFen: number | null;
  formula: string | null;
  promiseToPay: boolean;
  channels: RewardChannel[];
  otherMediaName: string | null;
  status: "applied" | "published" | "refused" | "withdrawn" | "closed";
  applicationDate: string;
  decisionDue: string;
  decidedDate: string | null;
  decisionReason: string | null;
  publishedDate: string | null;
  /** How a withdrawn or closed notice ended. */
  ended: { kind: "withdrawn" | "closed"; date: string; byRole: string; closeReason: RewardCloseReason | null; note: string | null } | null;
  appliedByMe: boolean;
  tipCount: number;
  tips: RewardTip[] | null;
  clock: { due: string; status: "open" | "met" | "cancelled"; metDate: string | null; overdue: boolean; basis: Citation } | null;
};

/** Staff see the tips (the handler alone sees informants, audited); the applicant sees its notices without them. */
export const fetchRewardNotices = (caseId: string, signal?: AbortSignal) =>
  api.get<{ items: RewardNotice[] }>(`/api/v1/cases/${encodeURIComponent(caseId)}/reward-notices`, undefined, signal);

export const applyForReward = (caseId: string, input: RewardApplyInput) =>
  api.post<RewardNotice>(`/api/v1/cases/${encodeURIComponent(caseId)}/reward-notices`, input);

export const decideReward = (noticeId: string, input: RewardDecideInput) =>
  api.post<RewardNotice>(`/api/v1/reward-notices/${encodeURIComponent(noticeId)}/decide`, input);

export const withdrawReward = (caseId: string, noticeId: string, input: RewardWithdrawInput) =>
  api.post<RewardNotice>(`/api/v1/cases/${encodeURIComponent(caseId)}/reward-notices/${encodeURIComponent(noticeId)}/withdraw`, input);

export const closeReward = (caseId: string, noticeId: string, input: RewardCloseInput) =>
  api.post<RewardNotice>(`/api/v1/cases/${encodeURIComponent(caseId)}/reward-notices/${encodeURIComponent(noticeId)}/close`, input);

/** A published notice as anyone sees it: a natural person's name masked; no ID numbers or addresses. */
export type PublicRewardNotice = {
  id: string;
  caseNumber: string | null;
  court: { name: string; nameEn: string };
  respondents: { name: string; masked: boolean }[];
  amountFen: number | null;
  formula: string | null;
  publishedDate: string | null;
};

export type TipInput = { content: string; anonymous: boolean; informantName?: string; informantContact?: string };
export type TipReceipt = { id: string; noticeId: string; seq: number; receivedDate: string; anonymous: boolean };

export const fetchPublicRewards = (signal?: AbortSignal) => api.get<{ items: PublicRewardNotice[] }>(`/api/v1/public/reward-notices`, undefined, signal);

/** A tip through the protected channel: no account needed; anonymous unless a name is given. */
export const submitTip = (noticeId: string, input: TipInput) => api.post<TipReceipt>(`/api/v1/reward-notices/${encodeURIComponent(noticeId)}/tips`, input);
