import { z } from "zod";
import { citationDto } from "../../http/schemas";

export const investigationRequestBody = z.strictObject({
  scope: z.string().trim().min(2).max(1000),
});
export type InvestigationRequestInput = z.infer<typeof investigationRequestBody>;

export const investigationCompleteBody = z.strictObject({
  result: z.string().trim().min(2).max(2000),
});
export type InvestigationCompleteInput = z.infer<typeof investigationCompleteBody>;

export const investigationParams = z.strictObject({ id: z.uuid(), requestId: z.uuid() });

const clockDto = z.object({
  due: z.string(),
  status: z.enum(["open", "met", "cancelled"]),
  metDate: z.string().nullable(),
  overdue: z.boolean(),
  provisional: z.boolean(),
  basis: citationDto,
});

export const investigationRequestDto = z.object({
  id: z.string(),
  scope: z.string(),
  requestedDate: z.string(),
  status: z.enum(["requested", "completed"]),
  completedDate: z.string().nullable(),
  result: z.string().nullable(),
  requestedByMe: z.boolean(),
  /** Completed, generally within 1 month (若干期限规定; configurable). */
  clock: clockDto.nullable(),
  /** Started within 10 days of the request (若干期限规定 art 6; configurable): met by the start, an online inquiry or the result. */
  startClock: clockDto.nullable(),
  startedDate: z.string().nullable(),
});
export type InvestigationRequestDto = z.infer<typeof investigationRequestDto>;
