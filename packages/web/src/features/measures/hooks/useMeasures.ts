import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { FreezeInput, ReleaseInput, RenewInput, StandingInput, StopStandingInput } from "../../../api/types";
import { caseKeys } from "../../case/hooks/useCases";
import {
  convertPreservation,
  createAsset,
  createMeasure,
  fetchAssets,
  fetchConversionCandidates,
  fetchConversions,
  fetchRegister,
  fetchStandingFreezes,
  freezeInquiryResult,
  releaseMeasure,
  renewMeasure,
  startStandingFreeze,
  stopStandingFreeze,
  type AssetInput,
  type MeasureInput,
} from "../api/measures";

export const measureKeys = {
  assets: (caseId: string) => ["cases", "assets", caseId] as const,
  register: (caseId: string) => ["cases", "measures", caseId] as const,
  standing: (caseId: string) => ["cases", "standing-freezes", caseId] as const,
  conversions: (caseId: string) => ["cases", "preservation-conversions", caseId] as const,
  candidates: (caseId: string) => ["cases", "preservation-candidates", caseId] as const,
};

export function useAssets(caseId: string) {
  return useQuery({ queryKey: measureKeys.assets(caseId), queryFn: ({ signal }) => fetchAssets(caseId, signal) });
}

export function useRegister(caseId: string) {
  return useQuery({ queryKey: measureKeys.register(caseId), queryFn: ({ signal }) => fetchRegister(caseId, signal) });
}

function useAfterMeasure(caseId: string) {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: measureKeys.register(caseId) });
    void qc.invalidateQueries({ queryKey: measureKeys.standing(caseId) });
    void qc.invalidateQueries({ queryKey: measureKeys.assets(caseId) });
    void qc.invalidateQueries({ queryKey: ["cases", "ledger", caseId] });
    void qc.invalidateQueries({ queryKey: ["cases", "inquiries", caseId] });
    void qc.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
    void qc.invalidateQueries({ queryKey: ["cases", "audit", caseId] });
    void qc.invalidateQueries({ queryKey: ["workbench"] });
  };
}

export function useCreateAsset(caseId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: AssetInput) => createAsset(caseId, input),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: measureKeys.assets(caseId) });
      void qc.invalidateQueries({ queryKey: ["cases", "audit", caseId] });
    },
  });
}

export function useCreateMeasure(caseId: string) {
  const after = useAfterMeasure(caseId);
  return useMutation({ mutationFn: (input: MeasureInput) => createMeasure(caseId, input), onSuccess: after });
}

export function useFreezeResult(caseId: string) {
  const after = useAfterMeasure(caseId);
  return useMutation({ mutationFn: ({ resultId, ...body }: { resultId: string } & FreezeInput) => freezeInquiryResult(resultId, body), onSuccess: after });
}

export function useRenewMeasure(caseId: string) {
  const after = useAfterMeasure(caseId);
  return useMutation({ mutationFn: (v: { measureId: string } & RenewInput) => renewMeasure(v.measureId, { requestedMonths: v.requestedMonths, registryReceiptDate: v.registryReceiptDate }), onSuccess: after });
}

export function useReleaseMeasure(caseId: string) {
  const after = useAfterMeasure(caseId);
  return useMutation({ mutationFn: (v: { measureId: string } & ReleaseInput) => releaseMeasure(v.measureId, { reason: v.reason, note: v.note, ...(v.amountFen !== undefined ? { amountFen: v.amountFen } : {}) }), onSuccess: after });
}

/** 轮询冻结 orders of the case; only fetched for those who may act on them. */
export function useStandingFreezes(caseId: string, enabled = true) {
  return useQuery({ queryKey: measureKeys.standing(caseId), queryFn: ({ signal }) => fetchStandingFreezes(caseId, signal), enabled });
}

export function useStartStanding(caseId: string) {
  const after = useAfterMeasure(caseId);
  return useMutation({ mutationFn: ({ measureId, ...body }: { measureId: string } & StandingInput) => startStandingFreeze(measureId, body), onSuccess: after });
}

export function useStopStanding(caseId: string) {
  const after = useAfterMeasure(caseId);
  return useMutation({ mutationFn: ({ id, ...body }: { id: string } & StopStandingInput) => stopStandingFreeze(id, body), onSuccess: after });
}

/** The preservation conversions into or out of the case. */
export function useConversions(caseId: string, enabled = true) {
  return useQuery({ queryKey: measureKeys.conversions(caseId), queryFn: ({ signal }) => fetchConversions(caseId, signal), enabled });
}

/** The 执保 cases that could carry into this case; only fetched for those who may convert (others get 403). */
export function useConversionCandidates(caseId: string, enabled = true) {
  return useQuery({ queryKey: measureKeys.candidates(caseId), queryFn: ({ signal }) => fetchConversionCandidates(caseId, signal), enabled });
}

/** 保全措施转为执行措施: afterwards the register, the case (its clocks and timeline) and both lists are stale. */
export function useConvertPreservation(caseId: string) {
  const qc = useQueryClient();
  const after = useAfterMeasure(caseId);
  return useMutation({
    mutationFn: (preservationCaseId: string) => convertPreservation(caseId, preservationCaseId),
    onSuccess: (r) => {
      after();
      void qc.invalidateQueries({ queryKey: measureKeys.conversions(caseId) });
      void qc.invalidateQueries({ queryKey: measureKeys.candidates(caseId) });
      // The 执保 case's register and page changed too.
      void qc.invalidateQueries({ queryKey: measureKeys.register(r.preservationCaseId) });
      void qc.invalidateQueries({ queryKey: measureKeys.conversions(r.preservationCaseId) });
      void qc.invalidateQueries({ queryKey: caseKeys.detail(r.preservationCaseId) });
    },
  });
}
