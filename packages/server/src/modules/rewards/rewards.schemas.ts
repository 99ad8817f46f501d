import { z } from "zod";
import { REWARD_CHANNELS, REWARD_CLOSE_REASONS } from "@zhixing/domain";
import { citationDto, fenBody, isoDate } from "../../http/schemas";

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

/**
 * Paying the reward for a tip (财产调查规定 art 24), out of the applicant's recovered money. The handler
 * answers the art 24 para 3 questions about the informant; a reward to the applicant's agent or to a
 * person obliged to report property is refused.
 */
export const payBody = z.strictObject({
  amountFen: fenBody.min(1),
  date: isoDate,
  payeeIsApplicantAgent: z.boolean(),
  payeeObligedToReport: z.boolean(),
  note: z.string().trim().min(2).max(500),
});
export type PayInput = z.infer<typeof payBody>;
export const tipParams = z.strictObject({ id: z.uuid(), tipId: z.uuid() });

export const caseParams = z.strictObject({ id: z.uuid() });
export const noticeParams = z.strictObject({ id: z.uuid() });
export const caseNoticeParams = z.strictObject({ id: z.uuid(), noticeId: z.uuid() });

/** The applicant who applied withdraws its notice (before the decision or after publication), saying why. */
export const withdrawBody = z.strictObject({ reason: z.string().trim().min(1).max(500) });
export type WithdrawInput = z.infer<typeof withdrawBody>;

/** The handler or the division head closes a published notice; "other" needs the note. */
export const closeBody = z.strictObject({ reason: z.enum(REWARD_CLOSE_REASONS), note: z.string().trim().max(500).optional() });
export type CloseInput = z.infer<typeof closeBody>;

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
  /** How a withdrawn or closed notice ended: when, by whom (role), why. */
  ended: z
    .object({
      kind: z.enum(["withdrawn", "closed"]),
      date: z.string(),
      byRole: z.string(),
      /** The closing reason code (closed only). */
      closeReason: z.enum(REWARD_CLOSE_REASONS).nullable(),
      /** The applicant's reason for withdrawing, or the note on closing. */
      note: z.string().nullable(),
    })
    .nullable(),
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

/** A published notice as the public sees it: no ID numbers, no addresses; a natural person's name masked. */
export const publicNoticeDto = z.object({
  id: z.string(),
  caseNumber: z.string().nullable(),
  court: z.object({ name: z.string(), nameEn: z.string() }),
  respondents: z.array(z.object({ name: z.string(), masked: z.boolean() })),
  amountFen: z.number().nullable(),
  formula: z.string().nullable(),
  publishedDate: z.string().nullable(),
});
export type PublicNoticeDto = z.infer<typeof publicNoticeDto>;

export const payResultDto = z.object({ tip: tipDto, ledgerEntryId: z.string() });
export type PayResultDto = z.infer<typeof payResultDto>;
