import { api } from "../../../api/client";
import type { Role, StaffMember } from "../../../api/types";

export const fetchStaff = (role: Role) => api.get<{ items: StaffMember[] }>("/api/v1/staff", { role });
