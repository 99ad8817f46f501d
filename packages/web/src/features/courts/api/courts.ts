import { api } from "../../../api/client";
import type { Court } from "../../../api/types";

export const fetchCourts = () => api.get<{ items: Court[] }>("/api/v1/courts");
