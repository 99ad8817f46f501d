// Request and response schemas of the measures register (查封、扣押、冻结、扣划). Strict: an unknown field
// is a 400 naming it. Money in integer fen, dates YYYY-MM-DD.
import { z } from "zod";
import { ASSET_TYPES, EXEMPT_CATEGORIES, MEASURE_CONTEXTS, MEASURE_KINDS, RELEASE_REASON_KEYS } from "@zhixing/domain";
import { citationDto, fenBody, isoDate } from "../../http/schemas";
import { msg } from "../../http/zod-messages";

const text = (max: number) => z.string().trim().min(1).max(max);

export const caseParams = z.strictObject({ id: z.uuid() });
export const measureParams = z.strictObject({ id: z.uuid() });
export const resultParams = z.strictObject({ resultId: z.uuid() });

export const assetBody = z.strictObject({
  type: z.enum(ASSET_TYPES),
  description: text(500),
  identifier: text(200),
  holder: text(200),
  valueFen: fenBody,
  indivisible: z.boolean(),
  exemptCategory: z.enum(EXEMPT_CATEGORIES).optional(),
  onlyHome: z.boolean().optional(),
  /** The respondent the asset belongs to (a party of the case). */
  ownerPartyId: z.uuid().optional(),
});
export type AssetInput = z.infer<typeof assetBody>;

/** Exception to the over-seizure limit (查封规定 art 19 para 2) and queue information, shared by both ways of taking a measure. */
const exceptionFields = {
  indivisible: z.boolean().optional(),
  noOtherProperty: z.boolean().optional(),
  justification: z.string().trim().min(2, msg("At least 2 characters", "至少 2 个字")).max(2000).optional(),
};

/**
 * Another court's measure already on the asset (or one of another case): recorded as an external
 * measure of that court, registered on `date`, so that this measure ranks behind it (查封规定 art 26).
 */
export const queuedBehindInput = z.strictObject({
  court: text(200),
  date: isoDate,
  /** The other measure's last day in force, if known; it lapses then and ours is promoted. */
  expires: isoDate.optional(),
});

export const measureBody = z.strictObject({
  assetId: z.uuid(),
  kind: z.enum(MEASURE_KINDS),
  amountFen: fenBody.min(1),
  executedBy: text(200),
  context: z.enum(MEASURE_CONTEXTS).optional(),
  registryReceiptDate: isoDate.optional(),
  requestedMonths: z.number().int().min(1).max(36).optional(),
  queuedBehind: queuedBehindInput.optional(),
  ...exceptionFields,
});
export type MeasureInput = z.infer<typeof measureBody>;

export const freezeBody = z.strictObject({
  amountFen: fenBody.min(1),
  executedBy: text(200).optional(),
  ...exceptionFields,
});
export type FreezeInput = z.infer<typeof freezeBody>;

export const renewBody = z.strictObject({
  requestedMonths: z.number().int().min(1).max(36).optional(),
  registryReceiptDate: isoDate.optional(),
});
export type RenewInput = z.infer<typeof renewBody>;

export const releaseBody = z.strictObject({
  reason: z.enum(RELEASE_REASON_KEYS),
  note: z.string().trim().min(2, msg("State the facts (at least 2 characters)", "须说明事实（至少 2 个字）")).max(2000),
  /** 查封规定 art 19 para 2: release only this part (less than what the measure controls) of a divisible asset; the measure stays active. */
  amountFen: fenBody.min(1).optional(),
});
export type ReleaseInput = z.infer<typeof releaseBody>;

/** 轮询冻结: top up an active freeze of an account daily until targetFen, for `days` (at most the configured maximum, 30 by default). */
export const standingBody = z.strictObject({
  targetFen: fenBody.min(1),
  days: z.number().int().min(1).max(366).optional(),
});
export type StandingFreezeInput = z.infer<typeof standingBody>;

export const stopStandingBody = z.strictObject({
  reason: z.string().trim().min(2, msg("State the reason (at least 2 characters)", "须说明理由（至少 2 个字）")).max(2000),
});
export type StopStandingFreezeInput = z.infer<typeof stopStandingBody>;

export const standingFreezeDto = z.object({
  id: z.string(),
  caseId: z.string(),
  assetId: z.string(),
  measureId: z.string(),
  targetFen: z.number(),
  frozenFen: z.number(),
  remainingFen: z.number(),
  startedDate: z.string(),
  endsDate: z.string(),
  status: z.enum(["active", "met", "stopped", "expired"]),
  stoppedReason: z.string().nullable(),
  endedDate: z.string().nullable(),
  lastRunDate: z.string().nullable(),
  runs: z.number(),
});

export const assetDto = z.object({
  id: z.string(),
  caseId: z.string(),
  type: z.string(),
  description: z.string(),
  identifier: z.string().nullable(),
  identifierMasked: z.boolean(),
  holder: z.string().nullable(),
  valueFen: z.number().nullable(),
  indivisible: z.boolean(),
  exemptCategory: z.string().nullable(),
  onlyHome: z.boolean(),
  ownerPartyId: z.string().nullable(),
  source: z.enum(["inquiry", "clue", "report", "manual"]),
  createdAt: z.string(),
});
export type AssetDto = z.infer<typeof assetDto>;

export const measureDto = z.object({
  id: z.string(),
  caseId: z.string(),
  asset: z.object({ id: z.string(), type: z.string(), description: z.string(), identifier: z.string().nullable(), holder: z.string().nullable() }),
  kind: z.enum(MEASURE_KINDS),
  context: z.enum(MEASURE_CONTEXTS),
  external: z.boolean(),
  executedBy: z.string().nullable(),
  amountFen: z.number(),
  /** What the measure still holds for this case: the amount less what was deducted under it; 0 unless active and our own. */
  controlledFen: z.number(),
  rank: z.enum(["first", "queued"]),
  registeredAt: z.string(),
  start: z.string(),
  countsFrom: z.string().nullable(),
  expires: z.string().nullable(),
  status: z.enum(["active", "lapsed", "released", "completed"]),
  renewals: z.number(),
  daysLeft: z.number().nullable(),
  registryReceiptDate: z.string().nullable(),
  basis: z.array(citationDto),
  justification: z.string().nullable(),
  exceptionApplied: z.boolean(),
  releasedDate: z.string().nullable(),
  releaseReason: z.string().nullable(),
  releaseNote: z.string().nullable(),
  lapsedDate: z.string().nullable(),
  /** The 执保 case it was carried over from (民诉法解释 art 168), if any. */
  convertedFromCaseId: z.string().nullable(),
});
export type MeasureDto = z.infer<typeof measureDto>;

export const registerDto = z.object({
  caseId: z.string(),
  asOf: z.string(),
  measures: z.array(measureDto),
  /** The over-seizure figures (查封规定 art 19); null when the case has no money claim. */
  control: z
    .object({
      claimFen: z.number(),
      enforcementFeeFen: z.number(),
      delayInterestFen: z.number(),
      receivedFen: z.number(),
      limitFen: z.number(),
      controlledFen: z.number(),
      basis: z.array(citationDto),
    })
    .nullable(),
  /** The release task when the case is over-controlled (e.g. after a payment): latest measures first. */
  excess: z
    .object({
      excessFen: z.number(),
      releaseFen: z.number(),
      retainedFen: z.number(),
      lines: z.array(z.object({ measureId: z.string(), valueFen: z.number(), releaseFen: z.number(), whole: z.boolean() })),
      retained: z.array(z.object({ measureId: z.string(), valueFen: z.number(), reason: z.string() })),
      basis: z.array(citationDto),
    })
    .nullable(),
});
export type RegisterDto = z.infer<typeof registerDto>;

// ─── 民诉法解释 art 168: preservation measures carried into enforcement ──────────────────────────────

export const conversionBody = z.strictObject({ preservationCaseId: z.uuid() });

export const conversionDto = z.object({
  id: z.uuid(),
  preservationCaseId: z.uuid(),
  preservationCaseNumber: z.string().nullable(),
  enforcementCaseId: z.uuid(),
  enforcementCaseNumber: z.string().nullable(),
  convertedDate: isoDate,
  measures: z.number().int(),
  assets: z.number().int(),
  basis: citationDto,
});

export const conversionResultDto = conversionDto.extend({
  skipped: z.array(z.object({ measureId: z.uuid(), reason: z.enum(["termEnded", "notInForce"]) })),
  excessFen: z.number().int().nullable(),
});

export const conversionCandidateDto = z.object({
  caseId: z.uuid(),
  caseNumber: z.string().nullable(),
  status: z.string(),
  rulingDocumentNumber: z.string(),
  measuresInForce: z.number().int(),
});
