import { api } from "../../../api/client";
import type { Citation } from "../../../api/types";

export type ZhongbenCondition = {
  key: string;
  met: boolean;
  label: { zh: string; en: string };
  reason: { zh: string; en: string } | null;
  basis: Citation[];
  confidence: string;
  configurable: boolean;
};

export type Zhongben = {
  caseId: string;
  status: string;
  closureMode: string | null;
  closureDate: string | null;
  ready: boolean;
  earliestDate: string;
  approval: "applicantConfirmed" | "collegialPanelApproved" | null;
  conditions: ZhongbenCondition[];
  records: Record<string, number | boolean | string | null>;
  interviews: { id: string; interviewDate: string; told: string; applicantOpinion: string | null; signed: boolean }[];
  approvals: { id: string; panel: string; opinion: string; approvedDate: string }[];
  debtorSearches: { id: string; partyId: string; searchDate: string; measures: string; found: boolean }[];
  reinquiry: {
    schedule: { seq: number; due: string; run: { runDate: string; status: string; itemsFound: number; propertyFound: boolean; resumeFlag: boolean; deletionTriggered: boolean } | null }[];
    resumeFlag: boolean;
    /** Raised and not yet acknowledged by the court: on the handler's workbench. */
    resumePending: boolean;
    acknowledgements: { seq: number; date: string; note: string | null }[];
    fruitlessSearches: number;
  };
};

export const fetchZhongben = (caseId: string, signal?: AbortSignal) => api.get<Zhongben>(`/api/v1/cases/${encodeURIComponent(caseId)}/zhongben`, undefined, signal);
export const zhongbenPost = (caseId: string, what: "interviews" | "approvals" | "debtor-searches", body: unknown) =>
  api.post<{ id: string }>(`/api/v1/cases/${encodeURIComponent(caseId)}/zhongben/${what}`, body);
export const acknowledgeResumeFlag = (caseId: string, body: { note: string }) =>
  api.post<{ seqs: number[] }>(`/api/v1/cases/${encodeURIComponent(caseId)}/zhongben/resume-flag/acknowledge`, body);
