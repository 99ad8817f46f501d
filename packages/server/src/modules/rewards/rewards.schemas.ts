import { z } from "zod";
import { REWARD_CHANNELS } from "@zhixing/domain";
import { citationDto } from "../../http/schemas";

/** The written application (财产调查规定 art 21 para 1). Exactly one of amountFen and formula. */
export const applyBody = z.strictObject({
  written: z.literal(true),
  amountFen: z.number().int().min(1).max(10_000_000_000).optional(),
  formula: z.string().trim().min(4).max(500).optional(),
  promiseToPay: z.literal(true),
  channels: z.array(z.enum(REWARD_CHANNELS)).min(1).max(REWARD_CHANNELS.length),
  applicantBearsOtherMediaCost: z.boolean().optional(),
  otherMediaName: z.string().trim().min(2).max(200).optional(),
});
export type ApplyInput = z.infer<typeof applyBody>;

export const decideBody = z.discriminatedUnion("decision", [
  z.strictObject({ decision: z.literal("publish") }),
  z.strictObject({ decision: z.literal("refuse"), reason: z.string().trim().min(2).max(2000) }),
]);
export type DecideInput = z.infer<typeof decideBody>;

/** A tip on a published notice. Anonymous: no name or contact is taken. */
export const tipBody = z.strictObject({
  content: z.string().trim().min(4).max(4000),
  anonymous: z.boolean().optional(),
  informantName: z.string().trim().min(1).max(100).optional(),
  informantContact: z.string().trim().min(3).max(200).optional(),
});
export type TipInput = z.infer<typeof tipBody>;

export const caseParams = z.strictObject({ id: z.uuid() });
export const noticeParams = z.strictObject({ id: z.uuid() });

export const CONFIDENTIAL = "匿名/confidential";

export const tipDto = z.object({
  id: z.string(),
  noticeId: z.string(),
  seq: z.number(),
  receivedDate: z.string(),
  receivedAt: z.string(),
  anonymous: z.boolean(),
  /** The informant's name and contact: shown to the case's handler only; "匿名/confidential" to everyone else. */
  informantName: z.string().nullable(),
  informantContact: z.string().nullable(),
  identityVisible: z.boolean(),
  content: z.string(),
  status: z.enum(["received", "verified", "unfounded", "rewarded"]),
  rewardPaidFen: z.number().nullable(),
});
export type TipDto = z.infer<typeof tipDto>;

export const noticeDto = z.object({
  id: z.string(),
  caseId: z.string(),
  amountFen: z.number().nullable(),
  formula: z.string().nullable(),
  promiseToPay: z.boolean(),
  channels: z.array(z.enum(REWARD_CHANNELS)),
  otherMediaName: z.string().nullable(),
  status: z.enum(["applied", "published", "refused", "withdrawn", "closed"]),
  applicationDate: z.string(),
  decisionDue: z.string(),
  decidedDate: z.string().nullable(),
  decisionReason: z.string().nullable(),
  publishedDate: z.string().nullable(),
  appliedByMe: z.boolean(),
  tipCount: z.number(),
  /** The tips, to court staff only (null for the applicant). */
  tips: z.array(tipDto).nullable(),
  clock: z
    .object({ due: z.string(), status: z.enum(["open", "met", "cancelled"]), metDate: z.string().nullable(), overdue: z.boolean(), basis: citationDto })
    .nullable(),
});
export type NoticeDto = z.infer<typeof noticeDto>;

export const tipReceiptDto = z.object({ id: z.string(), noticeId: z.string(), seq: z.number(), receivedDate: z.string(), anonymous: z.boolean() });
export type TipReceiptDto = z.infer<typeof tipReceiptDto>;
