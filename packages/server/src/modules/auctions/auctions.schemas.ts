// Request and response schemas of online judicial auctions (网拍规定(2016)). Strict: an unknown field
// is a 400 naming it. Money in integer fen, dates YYYY-MM-DD, instants ISO 8601 with an offset
// (answers are given in Beijing time, "2025-10-20T10:00:00.000+08:00").
import { z } from "zod";
import { ASSET_TYPES, parseInstant } from "@zhixing/domain";
import { citationDto, fenBody, fenQuery, intQuery, isoDate } from "../../http/schemas";
import { msg } from "../../http/zod-messages";

const text = (max: number) => z.string().trim().min(1).max(max);
const note = (max: number) => z.string().trim().min(2, msg("At least 2 characters", "至少 2 个字")).max(max);

/** An instant with an explicit offset (the domain's parseInstant decides). */
export const instant = z
  .string()
  .max(40)
  .refine(
    (s) => {
      try {
        parseInstant(s, "instant");
        return true;
      } catch {
        return false;
      }
    },
    msg("Expected a time with an offset, e.g. 2025-10-20T10:00:00+08:00", "应为带时区的时间，如 2025-10-20T10:00:00+08:00"),
  );

export const lotParams = z.strictObject({ id: z.uuid() });
export const caseParams = z.strictObject({ id: z.uuid() });
export const registrationParams = z.strictObject({ id: z.uuid() });
export const disposalParams = z.strictObject({ id: z.uuid() });

export const DOCUMENT_KINDS = ["notice", "instrument", "valuationReport", "conditionReport", "photo", "other"] as const;

export const documentInput = z.strictObject({
  title: text(200),
  kind: z.enum(DOCUMENT_KINDS),
  url: z.url().max(500).optional(),
});

/** The reference price: a valuation row (参考价规定), or an officer's price with its source document. */
export const referencePriceInput = z
  .strictObject({
    valuationId: z.uuid().optional(),
    priceFen: fenBody.min(1).optional(),
    sourceDocument: text(500).optional(),
  })
  .superRefine((r, c) => {
    if (r.valuationId !== undefined) {
      if (r.priceFen !== undefined || r.sourceDocument !== undefined) {
        c.addIssue({ code: "custom", path: ["valuationId"], ...msg("Give a valuation, or a price with its source document, not both", "参考价应为一个确定参考价记录，或者价格及其依据文书，二者择一") });
      }
    } else if (r.priceFen === undefined) {
      c.addIssue({ code: "custom", path: ["priceFen"], ...msg("Give the valuation, or the price and its source document", "请提供确定参考价记录，或者参考价及其依据文书") });
    } else if (r.sourceDocument === undefined) {
      c.addIssue({ code: "custom", path: ["sourceDocument"], ...msg("Name the document the price comes from (report, inquiry result, agreement)", "请写明参考价的依据文书（报告、询价结果、议价记录）") });
    }
  });

export const lotBody = z.strictObject({
  assetId: z.uuid(),
  /** The measure that controls the asset; the first effective one when absent. */
  measureId: z.uuid().optional(),
  /** The failed (or defaulted) lot this one follows: a re-auction. */
  previousLotId: z.uuid().optional(),
  /** Required for a first auction; a re-auction takes the previous lot's when absent. */
  referencePrice: referencePriceInput.optional(),
  startingPriceFen: fenBody.min(1),
  depositFen: fenBody.min(1),
  incrementFen: fenBody.min(1),
  /** The day the announcement is planned (the party-notice clock counts back from it). */
  announcementDate: isoDate,
  startAt: instant,
  endAt: instant,
  title: text(200),
  /** The property as the public sees it: names and identity numbers in it are masked on the public pages. */
  description: text(5000),
  noticeText: text(20000),
  documents: z.array(documentInput).max(50).optional(),
});
export type LotInput = z.infer<typeof lotBody>;

export const notifyBody = z.strictObject({ notifiedOn: isoDate });
export const cancelBody = z.strictObject({ reason: note(2000) });
export const priorityBody = z.strictObject({ rank: z.number().int().min(1).max(99) });
export const balancePaidBody = z.strictObject({ paidOn: isoDate, paymentReference: text(200) });
export const rulingServedBody = z.strictObject({ servedOn: isoDate });
export const handedOverBody = z.strictObject({ handedOverOn: isoDate });
export const defaultBody = z.strictObject({ on: isoDate, auctionCostLossFen: fenBody, note: note(2000).optional() });
/**
 * 以物抵债: the creditors who applied or agreed, chosen from the case's creditor list
 * (GET /lots/:id/creditors): the applicant's claim is the case's outstanding claim (claimFen ignored);
 * another creditor's claim is given. The rank defaults to the list's (the order of the measures).
 */
export const transferBody = z.strictObject({
  on: isoDate,
  applicants: z
    .array(z.strictObject({ creditorId: text(200), rank: z.number().int().min(1).max(99).optional(), claimFen: fenBody.optional() }))
    .min(1)
    .max(20),
  drawnCreditorId: text(200).optional(),
});
export type TransferInput = z.infer<typeof transferBody>;
export const fixedSaleBody = z.strictObject({ startsOn: isoDate, priceFen: fenBody.min(1).optional() });
export const fixedSaleOutcomeBody = z
  .strictObject({
    outcome: z.enum(["sold", "unsold"]),
    on: isoDate,
    buyerName: text(200).optional(),
    paymentReference: text(200).optional(),
  })
  .superRefine((b, c) => {
    if (b.outcome === "sold" && b.buyerName === undefined) c.addIssue({ code: "custom", path: ["buyerName"], ...msg("Name the buyer", "请填写买受人") });
    if (b.outcome === "sold" && b.paymentReference === undefined) c.addIssue({ code: "custom", path: ["paymentReference"], ...msg("Give the payment reference", "请填写付款凭证号") });
  });
export type FixedSaleOutcomeInput = z.infer<typeof fixedSaleOutcomeBody>;
export const endDisposalBody = z.strictObject({ kind: z.enum(["management", "releaseAndReturn"]), on: isoDate, note: note(2000) });

export const bidBody = z.strictObject({
  /** The client's id for this bid (a UUID it makes): sending it again returns the first answer. */
  bidId: z.uuid(),
  amountFen: fenBody.min(1),
  /** Bid as a priority holder with the rank the court confirmed (网拍规定 art 19). */
  priorityRank: z.number().int().min(1).max(99).optional(),
});
export type BidInput = z.infer<typeof bidBody>;

export const PUBLIC_STATUSES = ["upcoming", "bidding", "ended", "suspended", "sold", "failed", "cancelled", "defaulted"] as const;
export const LOT_STATUSES = ["draft", "announced", "suspended", "sold", "failed", "cancelled", "defaulted"] as const;

/** 网拍规定 art 28: 暂缓 (postpone) or 中止 (stay) with the reason announced on the platform. */
export const suspendBody = z.strictObject({ kind: z.enum(["postpone", "stay"]), reason: note(2000), on: isoDate });
/** Art 28 para 4: the postponement ended or the stay's cause lapsed on this day (opens the 5-day clock). */
export const causeEndedBody = z.strictObject({ causeEndedOn: isoDate, note: note(2000).optional() });
/** Art 28 para 4 with arts 12, 20, 26: resumed and re-announced today, on a new schedule. */
export const resumeBody = z.strictObject({ startAt: instant, endAt: instant });
/** Art 16 para 1: posting on the platform for who cannot be notified, with the reason. */
export const postingBody = z.strictObject({ postedOn: isoDate, reason: note(2000) });
export const differencePaidBody = z.strictObject({ paidOn: isoDate, paymentReference: text(200) });
export const staffListQuery = z.strictObject({ status: z.enum([...LOT_STATUSES, "all"]).optional(), page: intQuery(1, 10_000).optional(), pageSize: intQuery(1, 100).optional() });

export const creditorDto = z.object({
  creditorId: z.string(),
  kind: z.enum(["applicant", "otherCreditor"]),
  name: z.string(),
  /** The rank the measures' order suggests (1 is paid first). */
  rank: z.number(),
  /** The applicant's outstanding claim between the parties; null for another court's creditor (given by the officer). */
  claimFen: z.number().nullable(),
  measureId: z.string().nullable(),
  measureDate: z.string().nullable(),
  court: z.string().nullable(),
});
export type CreditorDto = z.infer<typeof creditorDto>;
export const publicListQuery = z.strictObject({
  status: z.enum([...PUBLIC_STATUSES, "all"]).optional(),
  page: intQuery(1, 10_000).optional(),
  pageSize: intQuery(1, 100).optional(),
});

// ─── calculator ──────────────────────────────────────────────────────────────────────────────────────

const calcFields = {
  assetType: z.enum(ASSET_TYPES),
  announcementDate: isoDate.optional(),
  auctionStartDate: isoDate.optional(),
  failedOn: isoDate.optional(),
  round2Floor: z.enum(["art26", "art26AndArt10"]).optional(),
};
export const calcAuctionQuery = z.strictObject({
  referencePriceFen: fenQuery,
  round: z.enum(["1", "2"]).optional(),
  previousStartingPriceFen: fenQuery.optional(),
  startingPriceFen: fenQuery.optional(),
  ...calcFields,
});
export const calcAuctionBody = z.strictObject({
  referencePriceFen: fenBody.min(1),
  round: z.union([z.literal(1), z.literal(2)]).optional(),
  previousStartingPriceFen: fenBody.min(1).optional(),
  startingPriceFen: fenBody.min(1).optional(),
  ...calcFields,
});

// ─── answers ─────────────────────────────────────────────────────────────────────────────────────────

const localized = z.object({ zh: z.string(), en: z.string() });
const scheduleDateDto = z.object({ date: z.string(), key: z.string(), period: z.object({ unit: z.string(), n: z.number() }), provisional: z.boolean(), basis: z.array(citationDto) });

export const calcAuctionDto = z.object({
  round: z.number(),
  assetType: z.string(),
  assetClass: z.string(),
  referencePriceFen: z.number(),
  minimumStartingPrice: z.object({
    round: z.number(),
    amountFen: z.number(),
    rounding: z.string(),
    terms: z.array(z.object({ of: z.string(), ofAmountFen: z.number(), percent: z.string(), amountFen: z.number(), basis: citationDto })),
    maximumCutFen: z.number().optional(),
    basis: z.array(citationDto),
    rule: localized,
  }),
  startingPriceFen: z.number(),
  deposit: z.object({ startingPriceFen: z.number(), minFen: z.number(), maxFen: z.number(), basis: z.array(citationDto) }),
  schedule: z
    .object({
      given: z.string(),
      announcementDate: z.string(),
      auctionStartDate: z.string(),
      announcement: scheduleDateDto,
      notifyPartiesBy: scheduleDateDto,
      postUnreachableBy: scheduleDateDto.extend({ deemedNotifiedOn: z.string(), notifyBy: z.string() }),
      reauctionBy: scheduleDateDto.optional(),
      biddingMinimumHours: z.number(),
      provisional: z.boolean(),
      basis: z.array(citationDto),
    })
    .optional(),
});

export const liveLotDto = z.object({
  lotId: z.string(),
  status: z.enum(PUBLIC_STATUSES),
  startAt: z.string(),
  scheduledEndAt: z.string(),
  /** The current end: later than scheduledEndAt once a late bid extended it (网拍规定 art 20 para 2). */
  endAt: z.string(),
  extended: z.boolean(),
  startingPriceFen: z.number(),
  incrementFen: z.number(),
  priceFen: z.number().nullable(),
  leaderAlias: z.string().nullable(),
  bidCount: z.number(),
  lastSeq: z.number(),
  /** The lowest amount the next ordinary bid may have; null once bidding has closed. */
  minimumNextBidFen: z.number().nullable(),
  serverNow: z.string(),
  version: z.number(),
  /** 网拍规定 art 28 para 3: while suspended, the kind, the reason announced and the day; bids are refused. */
  suspension: z.object({ kind: z.enum(["postpone", "stay"]), reason: z.string(), on: z.string() }).nullable(),
});
export type LiveLotDto = z.infer<typeof liveLotDto>;

const courtDto = z.object({ id: z.string(), name: z.string(), nameEn: z.string() });

export const publicLotSummaryDto = z.object({
  id: z.string(),
  title: z.string(),
  court: courtDto,
  caseNumber: z.string().nullable(),
  assetType: z.string(),
  assetTypeLabel: localized,
  round: z.number(),
  startingPriceFen: z.number(),
  depositFen: z.number(),
  priceFen: z.number().nullable(),
  status: z.enum(PUBLIC_STATUSES),
  announcementDate: z.string(),
  startAt: z.string(),
  endAt: z.string(),
  bidCount: z.number(),
});
export type PublicLotSummaryDto = z.infer<typeof publicLotSummaryDto>;

const documentDto = z.object({ title: z.string(), kind: z.string(), url: z.string().optional() });

export const publicLotDto = publicLotSummaryDto.extend({
  incrementFen: z.number(),
  referencePriceFen: z.number(),
  /** Where the reference price comes from (网拍规定 art 13(3)): the valuation, or the officer's source document. */
  referenceSource: z.enum(["valuation", "manual"]),
  referenceDocument: z.string().nullable(),
  description: z.string(),
  noticeText: z.string(),
  asset: z.object({ type: z.string(), label: localized, identifier: z.string().nullable(), holder: z.string().nullable() }),
  respondents: z.array(z.object({ name: z.string(), masked: z.boolean() })),
  documents: z.array(documentDto),
  live: liveLotDto,
  result: z.object({ kind: z.enum(["sold", "failed"]), priceFen: z.number().nullable(), buyerAlias: z.string().nullable(), buyerName: z.string().nullable(), endedAt: z.string() }).nullable(),
  rules: z.object({ biddingMinimumHours: z.number(), extensionMinutes: z.number(), basis: z.array(citationDto) }),
});
export type PublicLotDto = z.infer<typeof publicLotDto>;

export const bidHistoryDto = z.object({
  items: z.array(
    z.object({
      seq: z.number(),
      alias: z.string(),
      amountFen: z.number(),
      at: z.string(),
      priority: z.boolean(),
      priorityRank: z.number().nullable(),
      extended: z.boolean(),
      endAt: z.string(),
    }),
  ),
});

export const registrationDto = z.object({
  id: z.string(),
  lotId: z.string(),
  alias: z.string(),
  isApplicant: z.boolean(),
  depositDueFen: z.number(),
  exempt: z.boolean(),
  depositStatus: z.enum(["pending", "paid", "exempt", "applied", "refunded", "forfeited"]),
  paymentReference: z.string().nullable(),
  paymentError: z.string().nullable(),
  priorityRank: z.number().nullable(),
  refundDueAt: z.string().nullable(),
  refundedAt: z.string().nullable(),
  basis: z.array(citationDto),
});
export type RegistrationDto = z.infer<typeof registrationDto>;

export const bidResultDto = z.object({
  bidId: z.string(),
  kind: z.enum(["accepted", "refused"]),
  /** The rule that refused the bid (domain BID_REFUSAL_REASONS); null when accepted. */
  reason: z.string().nullable(),
  message: localized.nullable(),
  seq: z.number().nullable(),
  amountFen: z.number(),
  at: z.string(),
  extended: z.boolean(),
  /** A bid id sent before: this is its first answer, and nothing new was stored. */
  duplicate: z.boolean(),
  live: liveLotDto,
  basis: z.array(citationDto),
});
export type BidResultDto = z.infer<typeof bidResultDto>;

const optionDto = z.object({
  kind: z.string(),
  priceFen: z.number().optional(),
  latestStart: z.string().optional(),
  earliestStart: z.string().optional(),
  minimumStartingPriceFen: z.number().optional(),
  phase: z.object({ priceFen: z.number(), startsOn: z.string(), endsOn: z.string(), confidence: z.string(), note: localized }).optional(),
  basis: z.array(citationDto),
});

export const lotDto = z.object({
  id: z.string(),
  caseId: z.string(),
  courtId: z.string(),
  caseNumber: z.string().nullable(),
  assetId: z.string(),
  assetType: z.string(),
  measureId: z.string().nullable(),
  round: z.number(),
  reason: z.enum(["first", "afterFailure", "afterDefault"]),
  previousLotId: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  noticeText: z.string(),
  documents: z.array(documentDto),
  referencePriceFen: z.number(),
  referenceSource: z.enum(["valuation", "manual"]),
  valuationId: z.string().nullable(),
  referenceDocument: z.string().nullable(),
  startingPriceFen: z.number(),
  minimumStartingPriceFen: z.number(),
  depositFen: z.number(),
  depositRange: z.object({ minFen: z.number(), maxFen: z.number() }),
  incrementFen: z.number(),
  announcementDate: z.string(),
  notifyPartiesBy: z.string(),
  partiesNotifiedOn: z.string().nullable(),
  /** 网拍规定 art 16 para 1: the platform posting for who cannot be notified, and the day it counts as notice. */
  posting: z.object({ startedOn: z.string(), reason: z.string(), deemedNotifiedOn: z.string() }).nullable(),
  /** 网拍规定 art 28: the current (or last) suspension. */
  suspension: z
    .object({ kind: z.enum(["postpone", "stay"]), reason: z.string(), on: z.string(), causeEndedOn: z.string().nullable(), resumeBy: z.string().nullable(), resumedOn: z.string().nullable() })
    .nullable(),
  announcedAt: z.string().nullable(),
  startAt: z.string(),
  scheduledEndAt: z.string(),
  endAt: z.string(),
  status: z.enum(LOT_STATUSES),
  phase: z.enum(["draft", ...PUBLIC_STATUSES]),
  priceFen: z.number().nullable(),
  leaderAlias: z.string().nullable(),
  bidCount: z.number(),
  barredBidders: z.array(z.object({ userId: z.string(), name: z.string() })),
  cancelReason: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  registrations: z.array(
    z.object({
      id: z.string(),
      alias: z.string(),
      userId: z.string(),
      name: z.string(),
      isApplicant: z.boolean(),
      depositDueFen: z.number(),
      depositStatus: z.string(),
      paymentReference: z.string().nullable(),
      priorityRank: z.number().nullable(),
      refundDueAt: z.string().nullable(),
      refundedAt: z.string().nullable(),
    }),
  ),
  result: z
    .object({
      kind: z.enum(["sold", "failed"]),
      endedAt: z.string(),
      bidCount: z.number(),
      buyerAlias: z.string().nullable(),
      buyerUserId: z.string().nullable(),
      buyerName: z.string().nullable(),
      priceFen: z.number().nullable(),
      depositCreditedFen: z.number().nullable(),
      balanceDueFen: z.number().nullable(),
      depositTransferDueAt: z.string().nullable(),
      /** 网拍规定 art 25 para 2: when the platform moved the deposit into the court's account, and its reference. */
      depositTransferredAt: z.string().nullable(),
      depositTransferReference: z.string().nullable(),
      depositEntryId: z.string().nullable(),
      forfeitureEntryIds: z.array(z.string()),
      refundDueAt: z.string(),
      balancePaidOn: z.string().nullable(),
      paymentReference: z.string().nullable(),
      proceedsEntryId: z.string().nullable(),
      rulingServedOn: z.string().nullable(),
      ownershipPassedOn: z.string().nullable(),
      handedOverOn: z.string().nullable(),
      defaultedOn: z.string().nullable(),
      forfeiture: z.unknown().nullable(),
      basis: z.array(citationDto),
    })
    .nullable(),
  disposals: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      status: z.string(),
      priceFen: z.number().nullable(),
      startsOn: z.string().nullable(),
      endsOn: z.string().nullable(),
      transferee: z.unknown().nullable(),
      outcome: z.unknown().nullable(),
      decidedOn: z.string(),
      rulingServedOn: z.string().nullable(),
      handedOverOn: z.string().nullable(),
      differencePaidOn: z.string().nullable(),
      setOffEntryIds: z.array(z.string()),
      basis: z.array(citationDto),
    }),
  ),
  clocks: z.array(z.object({ id: z.string(), kind: z.string(), startDate: z.string(), dueDate: z.string(), status: z.string(), metDate: z.string().nullable() })),
  /** After a failure (or an unsold fixed-price sale): what may follow, in order, and what the rules prescribe (nextAfterFailure). */
  next: z.object({ stage: z.string(), options: z.array(optionDto), prescribed: z.string() }).nullable(),
  laterLotId: z.string().nullable(),
});
export type LotDto = z.infer<typeof lotDto>;

export const lotSummaryDto = lotDto.pick({
  id: true,
  caseId: true,
  caseNumber: true,
  assetId: true,
  assetType: true,
  round: true,
  reason: true,
  previousLotId: true,
  title: true,
  startingPriceFen: true,
  depositFen: true,
  announcementDate: true,
  startAt: true,
  endAt: true,
  status: true,
  phase: true,
  priceFen: true,
  leaderAlias: true,
  bidCount: true,
});
export type LotSummaryDto = z.infer<typeof lotSummaryDto>;

export const staffListDto = z.object({ items: z.array(lotSummaryDto), total: z.number(), page: z.number(), pageSize: z.number(), serverNow: z.string() });

export const closeResultDto = z.object({ lot: lotDto, closedNow: z.boolean() });
