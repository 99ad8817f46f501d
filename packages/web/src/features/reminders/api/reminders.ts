import { api } from "../../../api/client";
import type { Reminder } from "../../../api/types";

export const fetchReminders = (signal?: AbortSignal) =>
  api.get<{ items: Reminder[] }>("/api/v1/reminders", undefined, signal);

export const markReminderRead = (id: string) =>
  api.post<{ ok: true }>(`/api/v1/reminders/${encodeURIComponent(id)}/read`);
