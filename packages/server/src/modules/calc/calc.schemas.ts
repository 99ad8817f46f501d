import { z } from "zod";
import { msg } from "../../http/zod-messages";
import { citationDto, fenQuery, intQuery, isoDate } from "../../http/schemas";

export const feeQuery = z.strictObject({ amountFen: fenQuery });

const bracketDto = z.object({
  fromFen: z.number(),
  toFen: z.number().nullable(),
  rate: z.string(),
  portionFen: z.number(),
  feeFen: z.number(),
});

export const feeDto = z.object({
  amountFen: z.number(),
  feeFen: z.number(),
  brackets: z.array(bracketDto),
  basis: z.array(citationDto),
});
export const preservationFeeDto = feeDto.extend({ capped: z.boolean() });

export const interestQuery = z
  .strictObject({
    principalFen: fenQuery,
    days: intQuery(0, 36500).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .superRefine((q, c) => {
    const byDays = q.days !== undefined;
    const byDates = q.from !== undefined || q.to !== undefined;
    if (byDays === byDates) {
      c.addIssue({ code: "custom", path: ["days"], ...msg("Give either days, or from and to", "请提供天数，或起止日期（二选一）") });
    } else if (byDates && (q.from === undefined || q.to === undefined)) {
      c.addIssue({ code: "custom", path: [q.from === undefined ? "from" : "to"], ...msg("Give both from and to", "起止日期须同时提供") });
    } else if (byDates && q.from! > q.to!) {
      c.addIssue({ code: "custom", path: ["to"], ...msg("to must not be before from", "截止日期不能早于起始日期") });
    }
  });

export const interestDto = z.object({
  principalFen: z.number(),
  days: z.number(),
  from: z.string().optional(),
  to: z.string().optional(),
  interestFen: z.number(),
  dailyRate: z.string(),
  basis: z.array(citationDto),
});

const UNITS = ["days", "months", "years", "workingDays"] as const;

export const deadlineQuery = z
  .strictObject({
    from: isoDate,
    days: intQuery(0, 3650).optional(),
    months: intQuery(0, 120).optional(),
    years: intQuery(0, 10).optional(),
    workingDays: intQuery(0, 1000).optional(),
  })
  .superRefine((q, c) => {
    const given = UNITS.filter((u) => q[u] !== undefined);
    if (given.length !== 1) {
      c.addIssue({
        code: "custom",
        path: ["days"],
        ...msg("Give exactly one of days, months, years, workingDays", "请在天数、月数、年数、工作日数中选择且仅选择一项"),
      });
    }
  });

export const deadlineDto = z.object({
  from: z.string(),
  unit: z.enum(UNITS),
  n: z.number(),
  due: z.string(),
  nominalDue: z.string(),
  shifted: z.boolean(),
  provisional: z.boolean(),
  provisionalYears: z.array(z.number()),
  basis: z.array(citationDto),
});

export function deadlinePeriod(q: z.infer<typeof deadlineQuery>): { unit: (typeof UNITS)[number]; n: number } {
  const unit = UNITS.find((u) => q[u] !== undefined)!;
  return { unit, n: q[unit]! };
}
