import { useQuery } from "@tanstack/react-query";
import { fetchWorkbench } from "../api/workbench";

export function useWorkbench() {
  return useQuery({ queryKey: ["workbench"], queryFn: ({ signal }) => fetchWorkbench(signal), refetchInterval: 5 * 60_000 });
}
