// Request and response shapes of 终本 (终结本次执行程序, rules.md §16). Dates YYYY-MM-DD.
import { z } from "zod";
import { ZHONGBEN_CONDITION_KEYS } from "@zhixing/domain";
import { citationDto, isoDate } from "../../http/schemas";

const text = (min: number, max: number) => z.string().trim().min(min).max(max);
const localized = z.object({ zh: z.string(), en: z.string() });

export const caseParams = z.strictObject({ id: z.uuid() });

/** 约谈: what the applicant was told, its opinion, and whether it signed a confirmation (终本规定 art 5; 民诉法解释 art 517). */
export const interviewBody = z.strictObject({
  interviewDate: isoDate,
  told: text(10, 4000),
  applicantOpinion: text(2, 4000),
  signed: z.boolean(),
});
export type InterviewInput = z.infer<typeof interviewBody>;

/** 民诉法解释 art 517: the collegial panel's review, approved by the president. */
export const approvalBody = z.strictObject({ panel: text(2, 500), opinion: text(2, 4000) });
export type ApprovalInput = z.infer<typeof approvalBody>;

/** 终本规定 art 1(5): a respondent whose whereabouts are unknown, and the search made for it. */
export const debtorSearchBody = z.strictObject({ partyId: z.uuid(), searchDate: isoDate, measures: text(4, 4000), found: z.boolean() });
export type DebtorSearchInput = z.infer<typeof debtorSearchBody>;

/**
 * The resume flag acknowledged: the case lifecycle has no 恢复执行 action, so the officer records what is
 * being done about the property found (终本规定 art 9); the flag then leaves the workbench.
 */
export const resumeAckBody = z.strictObject({ note: text(4, 2000) });
export type ResumeAckInput = z.infer<typeof resumeAckBody>;

export const zhongbenConditionDto = z.object({
  key: z.enum(ZHONGBEN_CONDITION_KEYS),
  met: z.boolean(),
  label: localized,
  reason: localized.nullable(),
  basis: z.array(citationDto),
  confidence: z.string(),
  configurable: z.boolean(),
});

export const zhongbenDto = z.object({
  caseId: z.string(),
  status: z.string(),
  closureMode: z.string().nullable(),
  closureDate: z.string().nullable(),
  ready: z.boolean(),
  earliestDate: z.string(),
  approval: z.enum(["applicantConfirmed", "collegialPanelApproved"]).nullable(),
  conditions: z.array(zhongbenConditionDto),
  /** What the records show, condition by condition (counts and dates, no personal data). */
  records: z.object({
    noticeDate: z.string().nullable(),
    reportOrderIssued: z.boolean(),
    reportsFiled: z.number(),
    respondents: z.number(),
    reportBreach: z.boolean(),
    consumptionRestrictionIssuedDate: z.string().nullable(),
    dishonestListedDate: z.string().nullable(),
    dishonestConditionsMet: z.boolean(),
    inquiriesRun: z.number(),
    lastInquiryDate: z.string().nullable(),
    clues: z.number(),
    cluesUnchecked: z.number(),
    investigations: z.number(),
    investigationsOpen: z.number(),
    rewardNotices: z.number(),
    disposableAssets: z.number(),
    sanctionsDecided: z.number(),
    sanctionsPending: z.number(),
    crimeReferrals: z.number(),
  }),
  interviews: z.array(z.object({ id: z.string(), interviewDate: z.string(), told: z.string(), applicantOpinion: z.string().nullable(), signed: z.boolean() })),
  approvals: z.array(z.object({ id: z.string(), panel: z.string(), opinion: z.string(), approvedDate: z.string() })),
  debtorSearches: z.array(z.object({ id: z.string(), partyId: z.string(), searchDate: z.string(), measures: z.string(), found: z.boolean() })),
  reinquiry: z.object({
    schedule: z.array(z.object({ seq: z.number(), due: z.string(), run: z.object({ runDate: z.string(), status: z.string(), itemsFound: z.number(), propertyFound: z.boolean(), resumeFlag: z.boolean(), deletionTriggered: z.boolean() }).nullable() })),
    resumeFlag: z.boolean(),
    /** The flag raised and not yet acknowledged by the court (shown on the handler's workbench). */
    resumePending: z.boolean(),
    acknowledgements: z.array(z.object({ seq: z.number(), date: z.string(), note: z.string().nullable() })),
    fruitlessSearches: z.number(),
  }),
});
export type ZhongbenDto = z.infer<typeof zhongbenDto>;

export const reinquiryResultDto = z.object({
  checked: z.number(),
  ran: z.number(),
  runs: z.array(z.object({ caseId: z.string(), seq: z.number(), due: z.string(), status: z.string(), itemsFound: z.number(), resumeFlag: z.boolean(), deletionTriggered: z.boolean(), note: z.string().nullable() })),
});
export type ReinquiryResult = z.infer<typeof reinquiryResultDto>;
