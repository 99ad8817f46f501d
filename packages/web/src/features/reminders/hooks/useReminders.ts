import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Reminder } from "../../../api/types";
import { fetchReminders, markReminderRead } from "../api/reminders";

const KEY = ["reminders"] as const;

export function useReminders() {
  return useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => fetchReminders(signal),
    refetchInterval: 60_000,
  });
}

/** Marks a reminder read, optimistically; rolls back if the server refuses. */
export function useMarkReminderRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => markReminderRead(id),
    onMutate: async (id) => {
      await qc.cancelQueries({ queryKey: KEY });
      const previous = qc.getQueryData<{ items: Reminder[] }>(KEY);
      if (previous) {
        qc.setQueryData<{ items: Reminder[] }>(KEY, {
          items: previous.items.map((r) => (r.id === id ? { ...r, read: true } : r)),
        });
      }
      return { previous };
    },
    onError: (_err, _id, context) => {
      if (context?.previous) qc.setQueryData(KEY, context.previous);
    },
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: KEY });
    },
  });
}
