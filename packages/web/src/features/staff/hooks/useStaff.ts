import { useQuery } from "@tanstack/react-query";
import type { Role } from "../../../api/types";
import { fetchStaff } from "../api/staff";

export function useStaff(role: Role, enabled = true) {
  return useQuery({ queryKey: ["staff", role], queryFn: () => fetchStaff(role), enabled });
}
