import { useQuery } from "@tanstack/react-query";
import { fetchCourts } from "../api/courts";

export function useCourts() {
  return useQuery({ queryKey: ["courts"], queryFn: fetchCourts, staleTime: 60 * 60_000 });
}
