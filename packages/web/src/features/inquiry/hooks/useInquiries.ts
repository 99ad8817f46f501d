import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { InquiryInput } from "../../../api/types";
import { fetchInquiries, fetchInquiry, runInquiry } from "../api/inquiries";

export const inquiryKeys = {
  list: (caseId: string) => ["cases", "inquiries", caseId] as const,
  detail: (id: string) => ["inquiries", id] as const,
};

export function useInquiries(caseId: string) {
  return useQuery({ queryKey: inquiryKeys.list(caseId), queryFn: ({ signal }) => fetchInquiries(caseId, signal) });
}

/** An audited view: fetched only when opened, never kept or refetched in the background. */
export function useInquiry(id: string | null) {
  return useQuery({
    queryKey: inquiryKeys.detail(id ?? ""),
    queryFn: ({ signal }) => fetchInquiry(id!, signal),
    enabled: !!id,
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
}

export function useRunInquiry(caseId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: InquiryInput) => runInquiry(caseId, input),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: inquiryKeys.list(caseId) });
      void qc.invalidateQueries({ queryKey: ["cases", "assets", caseId] });
      void qc.invalidateQueries({ queryKey: ["cases", "audit", caseId] });
    },
  });
}
