import { useQuery } from "@tanstack/react-query";
import { fetchCaseAudit } from "../api/audit";

export function useCaseAudit(caseId: string, enabled = true) {
  return useQuery({
    queryKey: ["cases", "audit", caseId],
    queryFn: ({ signal }) => fetchCaseAudit(caseId, signal),
    enabled,
    // Never retry a 403: it will not change.
    retry: false,
  });
}
