import { z } from "zod";
import { ALLOCATION_TARGETS, ENTRY_KINDS, PARTY_COMPONENTS, PAYOUT_PAYEES, RECEIPT_SOURCES, type PartyComponent } from "@zhixing/domain";
import { citationDto, fenBody, isoDate } from "../../http/schemas";
import { msg } from "../../http/zod-messages";

const amountFen = fenBody.min(1, msg("Must be at least 1 fen", "金额至少为 1 分"));
const note = z.string().trim().max(500);

export const receiptBody = z.strictObject({
  source: z.enum(["respondentPayment", "other"]),
  amountFen,
  date: isoDate,
  note: note.optional(),
});

export const deductionBody = z.strictObject({
  measureId: z.uuid(),
  amountFen,
  date: isoDate.optional(),
  note: note.optional(),
});

export const distributionBody = z.strictObject({
  agreedOrder: z
    .array(z.enum(PARTY_COMPONENTS as unknown as [PartyComponent, ...PartyComponent[]]))
    .length(PARTY_COMPONENTS.length)
    .optional(),
});

export const payoutBody = z.strictObject({
  payee: z.enum(PAYOUT_PAYEES as unknown as ["applicant", "respondent"]),
  amountFen,
  date: isoDate,
  reference: z.string().trim().min(1).max(200),
});

export const feeBody = z.strictObject({ amountFen, date: isoDate });

export const reversalBody = z.strictObject({
  entryId: z.uuid(),
  reason: z.string().trim().min(2).max(2000),
  date: isoDate.optional(),
});

const fen = z.number();
const fenBy = <K extends string>(keys: readonly K[]) => z.object(Object.fromEntries(keys.map((k) => [k, fen])) as Record<K, typeof fen>);

export const ledgerEntryDto = z.object({
  id: z.string(),
  seq: z.number(),
  date: z.string(),
  kind: z.enum(ENTRY_KINDS as unknown as [string, ...string[]]),
  source: z.enum(RECEIPT_SOURCES as unknown as [string, ...string[]]).nullable(),
  target: z.enum(ALLOCATION_TARGETS as unknown as [string, ...string[]]).nullable(),
  payee: z.enum(["applicant", "respondent", "court"]).nullable(),
  amountFen: fen,
  /** Staff only. For a reversal, its reason. */
  note: z.string().nullable(),
  /** A payout's reference (transfer number); staff and the payee. */
  reference: z.string().nullable(),
  reverses: z.string().nullable(),
  reversed: z.boolean(),
  measureId: z.string().nullable(),
  recordedBy: z.string().nullable(),
});

const payoutDeadlineDto = z.object({
  receiptId: z.string(),
  receivedOn: z.string(),
  amountFen: fen,
  undisbursedFen: fen,
  due: z.string(),
  overdue: z.boolean(),
  period: z.object({ unit: z.string(), n: z.number() }),
  confidence: z.string(),
  provisional: z.boolean(),
  note: z.object({ zh: z.string(), en: z.string() }),
  basis: z.array(citationDto),
});

const claimKeys = ["enforcementFeeFen", "costsFen", "principalFen", "generalInterestFen", "doubledInterestFen"] as const;

export const ledgerDto = z.object({
  caseId: z.string(),
  caseNumber: z.string().nullable(),
  /** Whose view this is: staff of the case and supervisors see everything; each party sees its own money. */
  view: z.enum(["staff", "applicant", "respondent"]),
  entries: z.array(ledgerEntryDto),
  summary: z.object({
    receivedFen: fen,
    undistributedFen: fen,
    /** Allocated per target; the applicant sees its own components, the respondent everything applied to its debt. */
    allocatedByTarget: z.partialRecord(z.enum(ALLOCATION_TARGETS as unknown as [string, ...string[]]), fen),
    paidToApplicantFen: fen.nullable(),
    heldForApplicantFen: fen.nullable(),
    refundedToRespondentFen: fen.nullable(),
    heldForRespondentFen: fen.nullable(),
    nextPayoutDue: z.string().nullable(),
  }),
  /** The full balances (staff). */
  balances: z
    .object({
      receivedFen: fen,
      undistributedFen: fen,
      allocatedFen: fen,
      paidOutFen: fen,
      heldForPayoutFen: fen,
      feeFen: fen,
      rewardFen: fen,
      receivedBySource: fenBy(RECEIPT_SOURCES),
      allocatedByTarget: fenBy(ALLOCATION_TARGETS),
      heldForPayoutByPayee: fenBy(["applicant", "court", "respondent"] as const),
      paidOutByPayee: fenBy(PAYOUT_PAYEES),
    })
    .nullable(),
  /** The claim as of today and what the ledger has satisfied of it (staff). */
  claim: z
    .object({
      asOf: z.string(),
      delayFrom: z.string(),
      claim: fenBy(claimKeys),
      satisfied: fenBy(claimKeys),
      outstandingFen: fen,
    })
    .nullable(),
  /** Money received and not yet paid out, each receipt with its payout deadline (UNCONFIRMED period). */
  payoutDeadlines: z.array(payoutDeadlineDto),
});
export type LedgerView = z.infer<typeof ledgerDto>;
