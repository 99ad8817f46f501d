import { z } from "zod";
import { citationDto } from "../../http/schemas";

export const clueBody = z.strictObject({
  description: z.string().trim().min(2).max(2000),
  urgent: z.boolean().optional(),
});
export type ClueInput = z.infer<typeof clueBody>;

export const verifyBody = z.strictObject({
  result: z.enum(["verified", "unfounded"]),
  note: z.string().trim().min(2).max(2000),
});
export type VerifyInput = z.infer<typeof verifyBody>;

export const caseParams = z.strictObject({ id: z.uuid() });
export const clueParams = z.strictObject({ id: z.uuid(), clueId: z.uuid() });

export const clueDto = z.object({
  id: z.string(),
  description: z.string(),
  urgent: z.boolean(),
  anonymous: z.boolean(),
  receivedDate: z.string(),
  status: z.enum(["received", "verified", "unfounded"]),
  verifiedDate: z.string().nullable(),
  result: z.string().nullable(),
  submittedByMe: z.boolean(),
  clock: z
    .object({
      due: z.string(),
      status: z.enum(["open", "met", "cancelled"]),
      metDate: z.string().nullable(),
      overdue: z.boolean(),
      basis: citationDto,
    })
    .nullable(),
});
export type ClueDto = z.infer<typeof clueDto>;
