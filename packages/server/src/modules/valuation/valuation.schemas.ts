// Request and response schemas of the reference-price procedure (确定财产处置参考价, 参考价规定(2018)).
// Strict: an unknown field is a 400 naming it. Money in integer fen, dates YYYY-MM-DD.
import { z } from "zod";
import { ASSET_TYPES, OBJECTION_GROUNDS, REVIEW_DEFECTS, SUSPENSION_GROUNDS, VALUATION_METHODS, WITHDRAWAL_GROUNDS } from "@zhixing/domain";
import { citationDto, fenBody, isoDate } from "../../http/schemas";
import { msg } from "../../http/zod-messages";

const text = (max: number) => z.string().trim().min(1).max(max);
const note = (what: string, zh: string) => z.string().trim().min(2, msg(`${what} (at least 2 characters)`, `${zh}（至少 2 个字）`)).max(2000);

export const caseParams = z.strictObject({ id: z.uuid() });
export const valuationParams = z.strictObject({ id: z.uuid() });
export const reportParams = z.strictObject({ id: z.uuid(), reportId: z.uuid() });
export const objectionParams = z.strictObject({ id: z.uuid(), objectionId: z.uuid() });
export const emptyBody = z.strictObject({});

/** The facts the order of methods depends on (arts 4, 5, 7, 14). */
export const factsBody = z.strictObject({
  /** art 4 para 1: a party refuses to negotiate the price. */
  partyRefusesAgreement: z.boolean().optional(),
  /** art 4 para 1: a party cannot be found. */
  partyMissing: z.boolean().optional(),
  /** art 5: the asset has a 计税基准价, 政府定价 or 政府指导价. */
  hasGovernmentPrice: z.boolean(),
  /** art 7: professionals must inspect or examine the asset on site. */
  needsOnSiteInspection: z.boolean(),
  /** art 7: the listed platforms can price this kind of asset. */
  onlineInquiryAvailable: z.boolean(),
  /** art 14: a law or administrative regulation requires appraisal. */
  appraisalRequiredByLaw: z.boolean().optional(),
});
export type FactsInput = z.infer<typeof factsBody>;

/** What opening a method needs: the court-set period of an agreement (art 4) or a directed inquiry (art 6), and the institution asked. */
const methodSetup = {
  dueDate: isoDate.optional(),
  institution: text(200).optional(),
};

export const startBody = z.strictObject({
  assetId: z.uuid(),
  facts: factsBody,
  /** The method the court means to use; by default the first the order allows. */
  target: z.enum(VALUATION_METHODS).optional(),
  /** Both parties asked for `target` (arts 5 para 2, 7 para 2, 14). */
  bothPartiesAgree: z.boolean().optional(),
  ...methodSetup,
});
export type StartInput = z.infer<typeof startBody>;

export const nextBody = z.strictObject({
  /** How the running method ended, when it is still open: 不能 (impossible) or 不成 (failed). */
  outcome: z.enum(["impossible", "failed"]).optional(),
  note: note("State why", "须说明理由"),
  facts: factsBody.partial().optional(),
  target: z.enum(VALUATION_METHODS).optional(),
  bothPartiesAgree: z.boolean().optional(),
  ...methodSetup,
});
export type NextInput = z.infer<typeof nextBody>;

export const submissionBody = z.strictObject({
  partyId: z.uuid(),
  priceFen: fenBody.min(1),
  /** The day the party submitted its result (default today). */
  submittedDate: isoDate.optional(),
  /** The validity the party states (art 27 para 2), at most one year. */
  validUntil: isoDate.optional(),
});
export type SubmissionInput = z.infer<typeof submissionBody>;

export const evaluateBody = z.strictObject({
  /** art 4 para 2: the court found that the agreed result harms another's lawful rights. */
  harmsOthers: z.boolean().optional(),
});

export const directedResultBody = z.discriminatedUnion("outcome", [
  z.strictObject({
    outcome: z.literal("result"),
    resultFen: fenBody.min(1),
    /** The day the institution issued its result. */
    reportDate: isoDate,
    validUntil: isoDate.optional(),
    reportNo: text(100).optional(),
  }),
  z.strictObject({ outcome: z.literal("noResult"), note: note("State why there is no result", "须说明没有结果的原因") }),
]);
export type DirectedResultInput = z.infer<typeof directedResultBody>;

export const commissionBody = z.strictObject({ purpose: text(500).optional() });

export const reviewBody = z.strictObject({
  /** art 12: the platforms whose reports have wrong basic information, exceed the property or omit some. */
  defective: z.array(text(100)).max(20).optional(),
});
export type ReviewInput = z.infer<typeof reviewBody>;

export const correctionBody = z.strictObject({
  platformId: text(100),
  resultFen: fenBody.min(1),
  /** The day of the corrected report (default today). */
  reportDate: isoDate.optional(),
});
export type CorrectionInput = z.infer<typeof correctionBody>;

export const agenciesBody = z.discriminatedUnion("mode", [
  z.strictObject({ mode: z.literal("agreement"), chosen: z.array(text(100)).length(3, msg("Name exactly three agencies, in order", "须按顺序列明三家评估机构")) }),
  z.strictObject({ mode: z.literal("lottery") }),
]);
export type AgenciesInput = z.infer<typeof agenciesBody>;

export const extensionBody = z.strictObject({
  /** The day the agency applied in writing (default: the application collected from the agency). */
  requestDate: isoDate.optional(),
  /** Days granted, at most 15 (default: what the agency asked for). */
  days: z.number().int().min(1).max(15).optional(),
});
export type ExtensionInput = z.infer<typeof extensionBody>;

/** 利害关系人 (art 21 para 1): known priority holders, other creditors with measures on the asset, co-owners, others. */
export const INTERESTED_RELATIONS = ["priorityHolder", "otherCreditor", "coOwner", "other"] as const;

export const serveBody = z.strictObject({
  /** Parties who cannot be found or have no valid address: the report is published and deemed received after 15 days (art 21 para 2). */
  unreachable: z.array(z.uuid()).max(50).optional(),
  /** Interested persons the report also goes to (art 21 para 1); `unreachable`: published, deemed received after 15 days. */
  interested: z
    .array(z.strictObject({ name: text(100), relation: z.enum(INTERESTED_RELATIONS), unreachable: z.boolean().optional() }))
    .max(20)
    .optional(),
});
export type ServeInput = z.infer<typeof serveBody>;

export const objectionBody = z.strictObject({
  reportId: z.uuid(),
  grounds: z.array(z.enum(OBJECTION_GROUNDS)).min(1).max(OBJECTION_GROUNDS.length),
  target: z.enum(["report", "correction", "professionalReview"]).optional(),
  statement: z.string().trim().min(2, msg("State the objection (at least 2 characters)", "须写明异议内容（至少 2 个字）")).max(5000),
});
export type ObjectionInput = z.infer<typeof objectionBody>;

export const decideBody = z.strictObject({
  outcome: z.enum(["dismissed", "upheld", "corrected"]),
  /** The corrected result, when the outcome is a correction. */
  correctedResultFen: fenBody.min(1).optional(),
  note: note("State the reasons", "须写明理由"),
});
export type DecideInput = z.infer<typeof decideBody>;

export const explanationBody = z.strictObject({
  /** The day the agency explained in writing; omit when it has not (after its 5 days: professional review). */
  explainedDate: isoDate.optional(),
  /** The objector still objects after the explanation. */
  objectorStillObjects: z.boolean().optional(),
});
export type ExplanationInput = z.infer<typeof explanationBody>;

export const saleStartBody = z.strictObject({
  /** The day the first auction notice was published, or the direct sale began. */
  firstNoticeDate: isoDate,
});

export const agenciesQuery = z.strictObject({ assetType: z.enum(ASSET_TYPES) });

/** art 28: 暂缓 on one of its grounds, with the court's reasons. */
export const suspendBody = z.strictObject({ ground: z.enum(SUSPENSION_GROUNDS), note: note("State the reasons", "须写明理由") });
export type SuspendInput = z.infer<typeof suspendBody>;
export const resumeBody = z.strictObject({ note: z.string().trim().min(2).max(2000).optional() });
export type ResumeInput = z.infer<typeof resumeBody>;
/** art 29: 撤回 on one of its grounds (caseClosed is the closure's own). */
export const withdrawBody = z.strictObject({ ground: z.enum(WITHDRAWAL_GROUNDS), note: note("State the reasons", "须写明理由") });
export type WithdrawInput = z.infer<typeof withdrawBody>;
/** art 20: the defects the court found in the appraisal report. */
export const reviewOrderBody = z.strictObject({ defects: z.array(z.enum(REVIEW_DEFECTS)).min(1).max(REVIEW_DEFECTS.length), note: note("State what must be explained or corrected", "须写明需要说明或者补正的内容") });
export type ReviewOrderInput = z.infer<typeof reviewOrderBody>;
export const reissueBody = z.strictObject({ note: z.string().trim().min(2).max(2000).optional() });
export type ReissueInput = z.infer<typeof reissueBody>;
export const documentQuery = z.strictObject({ lang: z.enum(["zh", "en"]).optional() });

// ─── responses ──────────────────────────────────────────────────────────────────────────────────────

const localized = z.object({ zh: z.string(), en: z.string() });
const method = z.enum(VALUATION_METHODS);

export const clockDto = z.object({
  id: z.string(),
  kind: z.string(),
  subjectId: z.string().nullable(),
  start: z.string(),
  due: z.string(),
  status: z.enum(["open", "met", "cancelled"]),
  metDate: z.string().nullable(),
  overdue: z.boolean(),
  daysLeft: z.number().nullable(),
  provisional: z.boolean(),
  basis: citationDto,
});

export const stepDto = z.object({
  id: z.string(),
  seq: z.number(),
  method,
  label: localized,
  reason: z.string(),
  explanation: localized,
  basis: z.array(citationDto),
  skipped: z.array(z.object({ method, reason: z.string(), explanation: localized, basis: citationDto })),
  startedDate: z.string(),
  dueDate: z.string().nullable(),
  institution: z.string().nullable(),
  status: z.enum(["open", "priced", "impossible", "failed", "withdrawn"]),
  endedDate: z.string().nullable(),
  outcomeExplanation: localized.nullable(),
  outcomeNote: z.string().nullable(),
});

const partyDto = z.object({ partyId: z.string(), name: z.string(), side: z.enum(["applicant", "respondent"]) });

export const agreementDto = z.object({
  dueDate: z.string().nullable(),
  parties: z.array(partyDto),
  submissions: z.array(z.object({ partyId: z.string(), priceFen: z.number(), submittedDate: z.string(), validUntil: z.string().nullable() })),
  /** evaluateAgreement as of today (art 4). */
  evaluation: z.object({
    status: z.enum(["pending", "agreed", "failed"]),
    waitingFor: z.array(z.string()),
    reason: z.string().nullable(),
    explanation: localized.nullable(),
    basis: z.array(citationDto),
  }),
});

export const onlineDto = z.object({
  commissionDate: z.string().nullable(),
  extended: z.boolean(),
  due: z.string().nullable(),
  /** assessOnlineDelivery's last answer: waiting, delivered, or failed (appraisal). */
  delivery: z.string().nullable(),
  review: z.string().nullable(),
  correctionNoticeDate: z.string().nullable(),
  platforms: z.array(
    z.object({
      platformId: z.string(),
      name: z.string(),
      receivedDate: z.string().nullable(),
      sendError: z.string().nullable(),
      extensionRequestDate: z.string().nullable(),
      reportDate: z.string().nullable(),
      resultFen: z.number().nullable(),
      validUntil: z.string().nullable(),
      reportNo: z.string().nullable(),
      onTime: z.boolean().nullable(),
      defective: z.boolean(),
      correctedDate: z.string().nullable(),
      correctedResultFen: z.number().nullable(),
      lastError: z.string().nullable(),
      lastPolledDate: z.string().nullable(),
    }),
  ),
});

export const selectionDto = z.object({
  id: z.string(),
  round: z.number(),
  mode: z.enum(["agreement", "lottery"]),
  candidates: z.array(z.string()),
  /** Lottery only: the seed, what it was derived from, and the algorithm — re-run with `zhixing valuation draw`. */
  seed: z.string().nullable(),
  seedInputs: z.record(z.string(), z.unknown()).nullable(),
  algorithm: z.object({ version: z.string(), description: localized }).nullable(),
  order: z.array(z.object({ agencyId: z.string(), name: z.string() })),
  selectedDate: z.string(),
});

export const agencyCommissionDto = z.object({
  id: z.string(),
  agencyId: z.string(),
  name: z.string(),
  position: z.number(),
  commissionDate: z.string(),
  /** appraisalDeadline: 30 days + extensions + suspended days (art 19). */
  due: z.string(),
  extensions: z.array(z.object({ requestDate: z.string(), days: z.number() })),
  extensionsLeft: z.number(),
  latestExtensionRequest: z.string().nullable(),
  pendingExtension: z.object({ requestDate: z.string(), days: z.number() }).nullable(),
  status: z.enum(["commissioned", "reported", "defaulted", "replaced", "withdrawn"]),
  /** 暂缓 days deducted (art 19 para 1), including a suspension still in force (counted through today). */
  suspensions: z.array(z.object({ from: z.string(), to: z.string() })),
  suspendedDays: z.number(),
  /** The court's review of the report (art 20). */
  review: z
    .object({
      noticeDate: z.string(),
      defects: z.array(z.string()),
      note: z.string().nullable(),
      due: z.string().nullable(),
      status: z.enum(["waiting", "explained", "corrected", "defaulted"]),
      answer: z.record(z.string(), z.unknown()).nullable(),
    })
    .nullable(),
  reportDate: z.string().nullable(),
  resultFen: z.number().nullable(),
  validUntil: z.string().nullable(),
  reportNo: z.string().nullable(),
  endedDate: z.string().nullable(),
  endReason: z.string().nullable(),
  lastError: z.string().nullable(),
});

export const reportDto = z.object({
  id: z.string(),
  kind: z.enum(["directedInquiry", "onlineInquiry", "appraisal"]),
  sourceName: z.string(),
  reportDate: z.string(),
  receivedDate: z.string(),
  resultFen: z.number(),
  validUntil: z.string(),
  /** art 21 para 1: served within 3 days of receipt. */
  serviceDue: z.string(),
  servedDate: z.string().nullable(),
  /** Parties and interested persons (art 21 para 1); an interested person's name is the court's, masked for parties. */
  receipts: z.array(
    z.object({
      partyId: z.string(),
      receivedDate: z.string(),
      via: z.enum(["served", "published"]),
      objectionDue: z.string().nullable(),
      person: z.enum(["party", "interested"]),
      name: z.string().nullable(),
      relation: z.string().nullable(),
    }),
  ),
  /** original, or re-issued after validity lapsed (arts 11 para 4, 19 para 4). */
  origin: z.enum(["original", "reissue"]),
  reportNo: z.string().nullable(),
  /** The last day any party may object (arts 22–23); null for a directed inquiry (art 24 para 2) or before service. */
  objectionDue: z.string().nullable(),
});

export const objectionDto = z.object({
  id: z.string(),
  reportId: z.string(),
  partyId: z.string(),
  side: z.enum(["applicant", "respondent"]).nullable(),
  grounds: z.array(z.string()),
  target: z.string(),
  statement: z.string(),
  receivedDate: z.string(),
  filedDate: z.string(),
  accepted: z.boolean(),
  refusalReason: z.string().nullable(),
  track: z.string().nullable(),
  groundsNotAvailable: z.array(z.string()),
  deadline: z.string().nullable(),
  explanation: localized,
  basis: z.array(citationDto),
  status: z.enum(["refused", "pending", "referred", "professionalReview", "resolved"]),
  enforcementOutcome: z.string().nullable(),
  referredDate: z.string().nullable(),
  explainedDate: z.string().nullable(),
  outcome: z.string().nullable(),
  correctedResultFen: z.number().nullable(),
  outcomeNote: z.string().nullable(),
  outcomeDate: z.string().nullable(),
});

export const priceDto = z.object({
  priceFen: z.number(),
  fixedDate: z.string(),
  validUntil: z.string(),
  method,
  detail: z.record(z.string(), z.unknown()),
  basis: z.array(citationDto),
  firstNoticeDate: z.string().nullable(),
  /** canUseReferencePrice for a sale today (art 27). */
  usableToday: z.object({ usable: z.boolean(), via: z.string().nullable(), reason: z.string().nullable(), renewal: z.string().nullable(), graceUntil: z.string().nullable(), explanation: localized }),
  /** art 30: the sale procedure starts within 10 days. */
  saleStartDue: z.string().nullable(),
});

export const valuationDto = z.object({
  id: z.string(),
  caseId: z.string(),
  caseNumber: z.string().nullable(),
  asset: z.object({ id: z.string(), type: z.string(), description: z.string() }),
  measureId: z.string().nullable(),
  controlDate: z.string(),
  /** art 1: started within 30 days of control. */
  startDue: z.string(),
  startedDate: z.string(),
  startedLate: z.boolean(),
  status: z.enum(["inProgress", "priced", "cancelled"]),
  method,
  methodLabel: localized,
  facts: z.record(z.string(), z.unknown()),
  referencePrice: priceDto.nullable(),
  steps: z.array(stepDto),
  agreement: agreementDto.nullable(),
  directedInquiry: z.object({ institution: z.string().nullable(), dueDate: z.string().nullable() }).nullable(),
  online: onlineDto.nullable(),
  appraisal: z.object({ selections: z.array(selectionDto), agencies: z.array(agencyCommissionDto) }).nullable(),
  reports: z.array(reportDto),
  objections: z.array(objectionDto),
  /** Staff only (empty for parties). */
  clocks: z.array(clockDto),
  /** Staff only (empty for parties): the case events of this valuation, oldest first. */
  timeline: z.array(z.object({ id: z.string(), type: z.string(), at: z.string(), date: z.string(), actorName: z.string(), actorRole: z.string(), reason: z.string().nullable(), data: z.record(z.string(), z.unknown()) })),
  citations: z.array(citationDto),
  /** What the viewer may do: act (handler, division head), read (other staff, supervisors), party (may object). */
  viewer: z.enum(["act", "read", "party"]),
  /**
   * Staff only: the other measures in force on the asset (queued, or another court's recorded here) — whose
   * applicants are interested persons the reports go to (art 21 para 1). Empty for parties.
   */
  otherMeasures: z.array(
    z.object({ id: z.string(), kind: z.string(), rank: z.enum(["first", "queued"]), external: z.boolean(), executedBy: z.string().nullable(), startDate: z.string(), queueSeq: z.number().nullable() }),
  ),
  /** A party viewer's own party records in the case (whose receipts and objections are theirs); empty for staff. */
  viewerParties: z.array(z.object({ partyId: z.string(), side: z.enum(["applicant", "respondent"]), name: z.string() })),
  /** How the valuation ended without a sale: withdrawn (art 29) or with its case. */
  ended: z.object({ date: z.string(), ground: z.string(), label: localized, note: z.string().nullable() }).nullable(),
  /** 暂缓 (art 28): the one in force, and all of them. */
  suspensions: z.array(
    z.object({
      id: z.string(),
      stepId: z.string(),
      ground: z.string(),
      label: localized,
      basis: citationDto,
      note: z.string().nullable(),
      from: z.string(),
      to: z.string().nullable(),
      resumedDate: z.string().nullable(),
      open: z.boolean(),
    }),
  ),
  /** Re-issued reports requested after validity lapsed (arts 11 para 4, 19 para 4). */
  reissues: z.array(
    z.object({
      id: z.string(),
      method: method,
      requestedDate: z.string(),
      due: z.string(),
      status: z.enum(["requested", "received", "failed", "cancelled"]),
      sources: z.array(z.object({ sourceId: z.string(), name: z.string() })),
      results: z.array(z.object({ sourceId: z.string(), reportDate: z.string().nullable(), resultFen: z.number().nullable(), validUntil: z.string().nullable(), error: z.string().nullable() })),
      previous: z.object({ priceFen: z.number(), validUntil: z.string(), fixedDate: z.string().nullable() }),
      priceFen: z.number().nullable(),
      validUntil: z.string().nullable(),
      endedDate: z.string().nullable(),
    }),
  ),
});
export type ValuationDto = z.infer<typeof valuationDto>;

export const valuationSummaryDto = z.object({
  id: z.string(),
  asset: z.object({ id: z.string(), type: z.string(), description: z.string() }),
  status: z.enum(["inProgress", "priced", "cancelled"]),
  method,
  methodLabel: localized,
  controlDate: z.string(),
  startedDate: z.string(),
  referencePriceFen: z.number().nullable(),
  priceFixedDate: z.string().nullable(),
  validUntil: z.string().nullable(),
});

export const caseValuationsDto = z.object({
  caseId: z.string(),
  asOf: z.string(),
  items: z.array(valuationSummaryDto),
  /** Staff only: controlled assets still to be valued, with the art 1 start deadline (30 days from control). */
  pending: z.array(
    z.object({
      assetId: z.string(),
      assetType: z.string(),
      description: z.string(),
      measureId: z.string(),
      controlDate: z.string(),
      startDue: z.string(),
      overdue: z.boolean(),
      daysLeft: z.number(),
      basis: z.array(citationDto),
    }),
  ),
});

export type CaseValuationsDto = z.infer<typeof caseValuationsDto>;

export const agencyListDto = z.object({
  library: z.string(),
  agencies: z.array(z.object({ id: z.string(), name: z.string(), region: z.string() })),
  platforms: z.array(z.object({ id: z.string(), name: localized })),
});
