import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ClueInput, ClueVerifyInput, PropertyReportInput, ReportExtensionInput } from "../../../api/types";
import { caseKeys } from "../../case/hooks/useCases";
import { extendReportPeriod, fetchClues, fetchPropertyReports, fileReport, submitClue, verifyClue } from "../api/property";

export const propertyKeys = {
  reports: (caseId: string) => ["cases", "property-reports", caseId] as const,
  clues: (caseId: string) => ["cases", "clues", caseId] as const,
};

/** A case's property reports. `enabled: false` until the reader asks (the applicant's reading is audited). */
export function usePropertyReports(caseId: string, enabled = true) {
  return useQuery({
    queryKey: propertyKeys.reports(caseId),
    queryFn: ({ signal }) => fetchPropertyReports(caseId, signal),
    enabled,
  });
}

function useInvalidateCase(caseId: string) {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
    void qc.invalidateQueries({ queryKey: ["cases", "audit", caseId] });
    void qc.invalidateQueries({ queryKey: ["cases", "assets", caseId] });
    void qc.invalidateQueries({ queryKey: ["workbench"] });
  };
}

export function useFileReport(caseId: string) {
  const qc = useQueryClient();
  const invalidate = useInvalidateCase(caseId);
  return useMutation({
    mutationFn: (input: PropertyReportInput) => fileReport(caseId, input),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: propertyKeys.reports(caseId) });
      invalidate();
    },
  });
}

export function useExtendReportPeriod(caseId: string) {
  const qc = useQueryClient();
  const invalidate = useInvalidateCase(caseId);
  return useMutation({
    mutationFn: (input: ReportExtensionInput) => extendReportPeriod(caseId, input),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: propertyKeys.reports(caseId) });
      invalidate();
    },
  });
}

export function useClues(caseId: string, enabled = true) {
  return useQuery({ queryKey: propertyKeys.clues(caseId), queryFn: ({ signal }) => fetchClues(caseId, signal), enabled });
}

export function useSubmitClue(caseId: string) {
  const qc = useQueryClient();
  const invalidate = useInvalidateCase(caseId);
  return useMutation({
    mutationFn: (input: ClueInput) => submitClue(caseId, input),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: propertyKeys.clues(caseId) });
      invalidate();
    },
  });
}

export function useVerifyClue(caseId: string) {
  const qc = useQueryClient();
  const invalidate = useInvalidateCase(caseId);
  return useMutation({
    mutationFn: (v: { clueId: string } & ClueVerifyInput) => verifyClue(caseId, v.clueId, { result: v.result, note: v.note }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: propertyKeys.clues(caseId) });
      invalidate();
    },
  });
}
