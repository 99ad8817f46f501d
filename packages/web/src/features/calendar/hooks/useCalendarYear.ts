import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CalendarArrangementInput } from "../../../api/types";
import { fetchCalendarYear, putCalendarYear } from "../api/calendar";

export const calendarKeys = { year: (year: number) => ["calendar", "year", year] as const };

export function useCalendarYear(year: number) {
  return useQuery({ queryKey: calendarKeys.year(year), queryFn: ({ signal }) => fetchCalendarYear(year, signal) });
}

export function useLoadCalendarYear(year: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CalendarArrangementInput) => putCalendarYear(year, input),
    onSuccess: (data) => {
      qc.setQueryData(calendarKeys.year(year), data);
      // Every deadline falling in that year may move: clocks, the workbench and the calculator.
      void qc.invalidateQueries({ queryKey: ["cases"] });
      void qc.invalidateQueries({ queryKey: ["workbench"] });
      void qc.invalidateQueries({ queryKey: ["calc"] });
    },
  });
}
