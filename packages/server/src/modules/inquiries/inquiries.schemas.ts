import { z } from "zod";
import { PROVIDER_KEYS, type ProviderKey } from "../../adapters/inquiry";
import { msg } from "../../http/zod-messages";

export const PURPOSE_MIN = 10;

export const providerKey = z.enum(PROVIDER_KEYS as unknown as [ProviderKey, ...ProviderKey[]]);

export const inquiryBody = z.strictObject({
  purpose: z
    .string()
    .trim()
    .min(PURPOSE_MIN, msg(`State the purpose of the inquiry in at least ${PURPOSE_MIN} characters`, `请写明查询事由，至少 ${PURPOSE_MIN} 个字`))
    .max(500),
  providers: z
    .array(providerKey)
    .min(1)
    .max(PROVIDER_KEYS.length)
    .refine((xs) => new Set(xs).size === xs.length, msg("Each provider at most once", "每个查询对象只能选择一次"))
    .optional(),
  supervisionReason: z
    .string()
    .trim()
    .min(PURPOSE_MIN, msg(`State the supervision reason in at least ${PURPOSE_MIN} characters`, `请写明监督查询理由，至少 ${PURPOSE_MIN} 个字`))
    .max(1000)
    .optional(),
});
export type InquiryInput = z.infer<typeof inquiryBody>;

export const caseInquiriesParams = z.strictObject({ id: z.uuid() });
export const inquiryParams = z.strictObject({ id: z.uuid() });

export const INQUIRY_STATUSES = ["pending", "done", "partial", "failed"] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];

export const inquirySummaryDto = z.object({
  id: z.string(),
  caseId: z.string(),
  status: z.enum(INQUIRY_STATUSES),
  purpose: z.string(),
  supervisionReason: z.string().nullable(),
  providers: z.array(providerKey),
  requestedBy: z.object({ id: z.string(), name: z.string(), role: z.string() }),
  createdAt: z.string(),
  completedAt: z.string().nullable(),
  counts: z.object({
    itemsFound: z.number().describe("result rows with something found"),
    none: z.number().describe("provider × respondent answers with nothing found"),
    errors: z.number().describe("provider × respondent calls that failed"),
  }),
});
export type InquirySummary = z.infer<typeof inquirySummaryDto>;

const localized = z.object({ zh: z.string(), en: z.string() });

export const inquiryDetailDto = inquirySummaryDto.extend({
  caseNumber: z.string().nullable(),
  masked: z.boolean().describe("identifiers are masked for everyone but the case's handler and the inquiry's requester"),
  providerOutcomes: z.array(
    z.object({
      provider: providerKey,
      label: localized,
      status: z.enum(["found", "none", "error"]),
      itemCount: z.number(),
      errors: z.array(z.string()),
    }),
  ),
  results: z.array(
    z.object({
      id: z.string(),
      provider: providerKey,
      respondent: z.object({ partyId: z.string(), name: z.string() }).nullable(),
      status: z.enum(["found", "none", "error"]),
      assetType: z.string().nullable(),
      holder: z.string().nullable(),
      identifier: z.string().nullable(),
      description: z.string().nullable(),
      amountFen: z.number().nullable(),
      error: z.string().nullable(),
      assetId: z.string().nullable(),
    }),
  ),
});
export type InquiryDetail = z.infer<typeof inquiryDetailDto>;
