import { api } from "../../../api/client";
import type { Workbench } from "../../../api/types";

export const fetchWorkbench = (signal?: AbortSignal) => api.get<Workbench>("/api/v1/workbench", undefined, signal);
