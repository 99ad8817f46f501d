import { api } from "../../../api/client";
import type {
  CaseAsset,
  ConversionCandidate,
  FreezeInput,
  Measure,
  MeasuresRegister,
  PreservationConversion,
  PreservationConversionResult,
  ReleaseInput,
  RenewInput,
  StandingFreeze,
  StandingInput,
  StopStandingInput,
} from "../../../api/types";

const c = (caseId: string) => `/api/v1/cases/${encodeURIComponent(caseId)}`;

export const fetchAssets = (caseId: string, signal?: AbortSignal) => api.get<{ items: CaseAsset[] }>(`${c(caseId)}/assets`, undefined, signal);

/** The register with the over-seizure figures and the release task (`excess`). */
export const fetchRegister = (caseId: string, signal?: AbortSignal) => api.get<MeasuresRegister>(`${c(caseId)}/measures`, undefined, signal);

/** POST /cases/:id/assets — an asset recorded by hand (handler or division head). */
export type AssetInput = {
  type: string;
  description: string;
  identifier: string;
  holder: string;
  valueFen: number;
  indivisible: boolean;
  exemptCategory?: string;
  onlyHome?: boolean;
  ownerPartyId?: string;
};

export const createAsset = (caseId: string, input: AssetInput) => api.post<CaseAsset>(`${c(caseId)}/assets`, input);

/** Another court's measure already on the asset: ours ranks behind it (查封规定 art 26). */
export type QueuedBehindInput = { court: string; date: string; expires?: string };

export type MeasureInput = {
  assetId: string;
  kind: string;
  amountFen: number;
  executedBy: string;
  requestedMonths?: number;
  registryReceiptDate?: string;
  indivisible?: boolean;
  noOtherProperty?: boolean;
  justification?: string;
  queuedBehind?: QueuedBehindInput;
};

export const createMeasure = (caseId: string, input: MeasureInput) => api.post<Measure>(`${c(caseId)}/measures`, input);

/** 查询→结果→冻结: the usual kind for the found asset's type, in one step. */
export const freezeInquiryResult = (resultId: string, input: FreezeInput) =>
  api.post<Measure>(`/api/v1/inquiry-results/${encodeURIComponent(resultId)}/freeze`, input);

export const renewMeasure = (measureId: string, input: RenewInput) => api.post<Measure>(`/api/v1/measures/${encodeURIComponent(measureId)}/renew`, input);

export const releaseMeasure = (measureId: string, input: ReleaseInput) =>
  api.post<Measure>(`/api/v1/measures/${encodeURIComponent(measureId)}/release`, input);

/** 轮询冻结: the case's standing freezes (court staff). */
export const fetchStandingFreezes = (caseId: string, signal?: AbortSignal) => api.get<{ items: StandingFreeze[] }>(`${c(caseId)}/standing-freezes`, undefined, signal);

export const startStandingFreeze = (measureId: string, input: StandingInput) =>
  api.post<StandingFreeze>(`/api/v1/measures/${encodeURIComponent(measureId)}/standing`, input);

export const stopStandingFreeze = (id: string, input: StopStandingInput) =>
  api.post<StandingFreeze>(`/api/v1/standing-freezes/${encodeURIComponent(id)}/stop`, input);

/** 保全措施转为执行措施: the conversions into or out of the case (whoever may read it, either side). */
export const fetchConversions = (caseId: string, signal?: AbortSignal) =>
  api.get<{ items: PreservationConversion[] }>(`${c(caseId)}/preservation-conversions`, undefined, signal);

/** The court's 执保 cases whose measures could carry into this enforcement case (staff of the court). */
export const fetchConversionCandidates = (caseId: string, signal?: AbortSignal) =>
  api.get<{ items: ConversionCandidate[] }>(`${c(caseId)}/preservation-candidates`, undefined, signal);

/** The enforcement case's handler or division head carries a 执保 case's measures over (民诉法解释 art 168). */
export const convertPreservation = (caseId: string, preservationCaseId: string) =>
  api.post<PreservationConversionResult>(`${c(caseId)}/preservation-conversions`, { preservationCaseId });
