import { useQuery } from "@tanstack/react-query";
import { fetchDeadline, fetchFee, fetchInterest, fetchPreservationFee, type DeadlineParams, type InterestParams } from "../api/calc";

export function useFee(kind: "fee" | "preservation", amountFen: number | null) {
  return useQuery({
    queryKey: ["calc", kind, amountFen],
    queryFn: () => (kind === "fee" ? fetchFee(amountFen ?? 0) : fetchPreservationFee(amountFen ?? 0)),
    enabled: amountFen !== null,
  });
}

export function useInterest(params: InterestParams | null) {
  return useQuery({
    queryKey: ["calc", "interest", params],
    queryFn: () => fetchInterest(params!),
    enabled: params !== null,
  });
}

export function useDeadline(params: DeadlineParams | null) {
  return useQuery({
    queryKey: ["calc", "deadline", params],
    queryFn: () => fetchDeadline(params!),
    enabled: params !== null,
  });
}
