// 确定财产处置参考价 over HTTP (server modules/valuation/valuation.routes.ts). Every write answers with the
// valuation as the caller sees it; POST /cases/:id/valuations and POST …/objections answer 201.
import { api } from "../../../api/client";
import type { CaseValuations, Valuation, ValuationAgencyList, ValuationFactsInput, ValuationMethod } from "../../../api/types";

const v = (id: string) => `/api/v1/valuations/${encodeURIComponent(id)}`;

/** The case's valuations and, for staff, the controlled assets still to be valued (art 1). */
export const fetchCaseValuations = (caseId: string, signal?: AbortSignal) =>
  api.get<CaseValuations>(`/api/v1/cases/${encodeURIComponent(caseId)}/valuations`, undefined, signal);

export const fetchValuation = (id: string, signal?: AbortSignal) => api.get<Valuation>(v(id), undefined, signal);

/** The 名单分库 of appraisal agencies for an asset type (art 15) and the listed platforms (art 8). */
export const fetchValuationAgencies = (assetType: string, signal?: AbortSignal) =>
  api.get<ValuationAgencyList>("/api/v1/valuation-agencies", { assetType }, signal);

/** What opening a method needs: the court-set period (agreement, directed inquiry) and the institution asked. */
export type MethodSetup = { dueDate?: string; institution?: string };

export type StartValuationInput = MethodSetup & {
  assetId: string;
  facts: ValuationFactsInput;
  target?: ValuationMethod;
  bothPartiesAgree?: boolean;
};

export type NextMethodInput = MethodSetup & {
  outcome?: "impossible" | "failed";
  note: string;
  facts?: Partial<ValuationFactsInput>;
  target?: ValuationMethod;
  bothPartiesAgree?: boolean;
};

export type SubmissionInput = { partyId: string; priceFen: number; submittedDate?: string; validUntil?: string };

export type DirectedResultInput =
  | { outcome: "result"; resultFen: number; reportDate: string; validUntil?: string; reportNo?: string }
  | { outcome: "noResult"; note: string };

export type CorrectionInput = { platformId: string; resultFen: number; reportDate?: string };
export type AgenciesInput = { mode: "agreement"; chosen: string[] } | { mode: "lottery" };
export type ExtensionInput = { requestDate?: string; days?: number };
export type ObjectionInput = { reportId: string; grounds: string[]; target?: "report" | "correction" | "professionalReview"; statement: string };
export type DecideInput = { outcome: "dismissed" | "upheld" | "corrected"; correctedResultFen?: number; note: string };
export type ExplanationInput = { explainedDate?: string; objectorStillObjects?: boolean };

export const startValuation = (caseId: string, input: StartValuationInput) => api.post<Valuation>(`/api/v1/cases/${encodeURIComponent(caseId)}/valuations`, input);
export const moveToNextMethod = (id: string, input: NextMethodInput) => api.post<Valuation>(`${v(id)}/next`, input);
export const submitAgreement = (id: string, input: SubmissionInput) => api.post<Valuation>(`${v(id)}/agreement/submissions`, input);
export const evaluateAgreement = (id: string, input: { harmsOthers?: boolean }) => api.post<Valuation>(`${v(id)}/agreement/evaluate`, input);
export const recordDirectedResult = (id: string, input: DirectedResultInput) => api.post<Valuation>(`${v(id)}/directed-inquiry/result`, input);
export const commissionOnline = (id: string, input: { purpose?: string } = {}) => api.post<Valuation>(`${v(id)}/online/commission`, input);
export const collectOnline = (id: string) => api.post<Valuation>(`${v(id)}/online/collect`, {});
export const reviewOnline = (id: string, input: { defective?: string[] }) => api.post<Valuation>(`${v(id)}/online/review`, input);
export const recordOnlineCorrection = (id: string, input: CorrectionInput) => api.post<Valuation>(`${v(id)}/online/corrections`, input);
export const selectAgencies = (id: string, input: AgenciesInput) => api.post<Valuation>(`${v(id)}/appraisal/agencies`, input);
export const commissionNextAgency = (id: string) => api.post<Valuation>(`${v(id)}/appraisal/commission`, {});
export const collectAppraisal = (id: string) => api.post<Valuation>(`${v(id)}/appraisal/collect`, {});
export const grantExtension = (id: string, input: ExtensionInput) => api.post<Valuation>(`${v(id)}/appraisal/extension`, input);
export type InterestedPerson = { name: string; relation: "priorityHolder" | "otherCreditor" | "coOwner" | "other"; unreachable?: boolean };
export const serveReport = (id: string, reportId: string, input: { unreachable?: string[]; interested?: InterestedPerson[] }) =>
  api.post<Valuation>(`${v(id)}/reports/${encodeURIComponent(reportId)}/serve`, input);
export const fileObjection = (id: string, input: ObjectionInput) => api.post<Valuation>(`${v(id)}/objections`, input);
export const decideObjection = (id: string, objectionId: string, input: DecideInput) =>
  api.post<Valuation>(`${v(id)}/objections/${encodeURIComponent(objectionId)}/decide`, input);
export const referObjection = (id: string, objectionId: string) => api.post<Valuation>(`${v(id)}/objections/${encodeURIComponent(objectionId)}/refer`, {});
export const recordExplanation = (id: string, objectionId: string, input: ExplanationInput) =>
  api.post<Valuation>(`${v(id)}/objections/${encodeURIComponent(objectionId)}/explanation`, input);
export const fixReferencePrice = (id: string) => api.post<Valuation>(`${v(id)}/price`, {});

// 暂缓 and 撤回 (arts 28, 29), the court's review of an appraisal report (art 20), re-issue (arts 11 para 4, 19 para 4)
export type SuspendInput = { ground: "caseSuspended" | "materialsInaccurate" | "other"; note: string };
export type WithdrawInput = { ground: "applicationWithdrawn" | "obligationsPerformed" | "titleRevoked" | "other" | "noSale"; note: string };
export type ReviewOrderInput = { defects: string[]; note: string };
export const suspendValuation = (id: string, input: SuspendInput) => api.post<Valuation>(`${v(id)}/suspend`, input);
export const resumeValuation = (id: string, input: { note?: string } = {}) => api.post<Valuation>(`${v(id)}/resume`, input);
export const withdrawValuation = (id: string, input: WithdrawInput) => api.post<Valuation>(`${v(id)}/withdraw`, input);
export const orderReview = (id: string, input: ReviewOrderInput) => api.post<Valuation>(`${v(id)}/appraisal/review`, input);
export const collectReview = (id: string) => api.post<Valuation>(`${v(id)}/appraisal/review/collect`, {});
export const requestReissue = (id: string, input: { note?: string } = {}) => api.post<Valuation>(`${v(id)}/reissue`, input);
export const collectReissue = (id: string) => api.post<Valuation>(`${v(id)}/reissue/collect`, {});

/** The printable report (HTML, opened in a new tab with the session cookie): staff and the case's parties. */
export const reportDocumentUrl = (id: string, reportId: string, lang: "zh" | "en") => `${v(id)}/reports/${encodeURIComponent(reportId)}/document?lang=${lang}`;
export const recordSaleStart = (id: string, input: { firstNoticeDate: string }) => api.post<Valuation>(`${v(id)}/sale-start`, input);
