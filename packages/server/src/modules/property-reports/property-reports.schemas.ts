import { z } from "zod";
import { ASSET_TYPES, CHANGE_KINDS, MAX_REPORT_DAYS, REPORT_BREACHES, REPORT_CATEGORIES } from "@zhixing/domain";
import { citationDto, fenBody, isoDate } from "../../http/schemas";
import { msg } from "../../http/zod-messages";

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().min(1).max(max).optional();

/** One line of the 财产调查表 (财产调查规定 art 5). */
export const reportItemInput = z.strictObject({
  category: z.enum(REPORT_CATEGORIES),
  description: text(500),
  holder: optionalText(200),
  identifier: optionalText(200),
  valueFen: fenBody.optional(),
  /** Which asset of the measures register the item is, when its category has several (e.g. a patent). */
  assetType: z.enum(ASSET_TYPES).optional(),
});

/** A change of the art 6 kinds. */
export const reportTransferInput = z.strictObject({
  kind: z.enum(CHANGE_KINDS),
  date: isoDate,
  description: text(500),
  amountFen: fenBody.optional(),
});

export const reportBody = z.strictObject({
  /** The reporting respondent party; required when staff enter a paper report. */
  partyId: z.uuid(msg("Expected a party id", "应为当事人编号")).optional(),
  kind: z.enum(["initial", "supplementary"]),
  /** The day of the change (supplementary reports, art 7). */
  changeDate: isoDate.optional(),
  /** A paper report posted before the deadline is not late (民诉法 art 85 para 4); staff only. */
  postedDate: isoDate.optional(),
  items: z.array(reportItemInput).max(200),
  transfers: z.array(reportTransferInput).max(200).optional(),
});
export type ReportInput = z.infer<typeof reportBody>;

export const caseParams = z.strictObject({ id: z.uuid() });

const groundDto = z.object({
  key: z.enum(["fineOrDetention", "dishonestListing"]),
  breach: z.enum(REPORT_BREACHES),
  mandatory: z.boolean(),
  label: z.object({ zh: z.string(), en: z.string() }),
  target: z.object({ zh: z.string(), en: z.string() }),
  basis: z.array(citationDto),
});

export const reportDto = z.object({
  id: z.string(),
  partyId: z.string(),
  partyName: z.string(),
  kind: z.enum(["initial", "supplementary"]),
  submittedDate: z.string(),
  submittedAt: z.string(),
  enteredByStaff: z.boolean(),
  changeDate: z.string().nullable(),
  due: z.string().nullable(),
  late: z.boolean(),
  items: z.array(
    z.object({
      category: z.string(),
      description: z.string(),
      holder: z.string().nullable(),
      identifier: z.string().nullable(),
      valueFen: z.number().nullable(),
      assetType: z.string().nullable(),
      assetId: z.string().nullable(),
    }),
  ),
  transfers: z.array(z.object({ kind: z.string(), date: z.string(), description: z.string(), amountFen: z.number().nullable() })),
});
export type ReportDto = z.infer<typeof reportDto>;

/** Where each respondent stands with the order to report: the clock, the report, and any breach. */
export const obligationDto = z.object({
  partyId: z.string(),
  partyName: z.string(),
  due: z.string().nullable(),
  clockStatus: z.enum(["open", "met", "cancelled"]).nullable(),
  overdue: z.boolean(),
  reportedDate: z.string().nullable(),
  late: z.boolean(),
  breach: z.enum(REPORT_BREACHES).nullable(),
  sanctionGrounds: z.array(groundDto),
});

export const reportListDto = z.object({
  items: z.array(reportDto),
  obligations: z.array(obligationDto),
  /** The period whose changes are reported (民诉法 art 252; 财产调查规定 art 6), from the notice date. */
  scope: z.object({ noticeDate: z.string(), changesFrom: z.string() }).nullable(),
  /** Shown to the applicant: what it learns from the report is confidential (财产调查规定 art 8 para 2). */
  confidentiality: z.object({ zh: z.string(), en: z.string(), basis: citationDto }).nullable(),
});
export type ReportList = z.infer<typeof reportListDto>;

/** The court grants the respondent's written application to extend the reporting deadline (art 5 para 3). */
export const extensionBody = z.strictObject({
  partyId: z.uuid(msg("Expected a party id", "应为当事人编号")),
  applicationDate: isoDate,
  days: z.number().int().min(1).max(MAX_REPORT_DAYS),
  reason: z.string().trim().min(2).max(2000),
});
export type ExtensionInput = z.infer<typeof extensionBody>;
