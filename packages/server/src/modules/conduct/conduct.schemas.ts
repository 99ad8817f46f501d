// Request and response schemas of conduct duties (行为义务, rules.md §15): compliance checks and their
// escalation, substitute performance (代履行) and its cost, 迟延履行金. Strict: an unknown field is a 400
// naming it. Money in integer fen, dates YYYY-MM-DD.
import { z } from "zod";
import { COMPLIANCE_EVIDENCE_KINDS, PERFORMER_SELECTION_METHODS } from "@zhixing/domain";
import { citationDto, fenBody, isoDate } from "../../http/schemas";

const text = (max: number) => z.string().trim().min(1).max(max);

export const idParams = z.strictObject({ id: z.uuid() });
export const caseDutyParams = z.strictObject({ id: z.uuid(), dutyId: z.uuid() });

/** An attachment described by its metadata (no upload: the file stays in the paper or e-file). */
const attachment = z.strictObject({ name: text(200), description: text(500).optional(), reference: text(300).optional() });

export const scheduleBody = z.strictObject({
  /** The end of the performance period the checks count from; default the basis's performance deadline. */
  performanceDue: isoDate.optional(),
  /** The court's finding on who can perform the duty (needed for "other"; 民诉法解释 arts 501, 503). */
  performerFinding: z.enum(["respondentOnly", "substitutable"]).optional(),
});

export const evidenceItem = z.strictObject({
  kind: z.enum(COMPLIANCE_EVIDENCE_KINDS),
  finding: z.enum(["compliant", "breach", "inconclusive"]),
  /** A marketplace listing or website checked. */
  url: z.url().max(500).optional(),
  note: text(1000).optional(),
  attachments: z.array(attachment).max(20).optional(),
});
export const recordCheckBody = z.strictObject({ checkDate: isoDate, evidence: z.array(evidenceItem).min(1).max(20) });
export type RecordCheckInput = z.infer<typeof recordCheckBody>;

export const escalateBody = z.strictObject({
  measure: z.enum(["fine", "detention"]),
  partyId: z.uuid(),
  forEntity: z.enum(["principal", "directlyResponsible"]).optional(),
  personName: text(100).optional(),
  facts: text(2000),
  amountFen: fenBody.optional(),
  days: z.number().int().optional(),
  /** A new performance period (民诉法解释 art 503 para 2): needed before a repeated sanction. */
  newPeriodDue: isoDate.optional(),
});
export type EscalateInput = z.infer<typeof escalateBody>;

export const appointBody = z.strictObject({
  method: z.enum(PERFORMER_SELECTION_METHODS),
  performerName: text(200),
  qualificationRequired: z.boolean(),
  performerQualified: z.boolean(),
  qualification: text(300).optional(),
  /** The court's decision on an applicant's recommendation or self-performance (解释 art 501 para 2). */
  courtApproved: z.boolean(),
});
export type AppointInput = z.infer<typeof appointBody>;

const voucher = z.strictObject({ kind: text(100), number: text(100).optional(), issuer: text(200).optional() });
export const costItem = z.strictObject({ description: text(300), amountFen: fenBody.min(1), voucher: voucher.optional() });
export const fixCostBody = z.strictObject({
  amountFen: fenBody.min(1),
  prepaymentDays: z.number().int().optional(),
  items: z.array(costItem).max(50).optional(),
});
export type FixCostInput = z.infer<typeof fixCostBody>;
export const prepaymentBody = z.strictObject({ amountFen: fenBody.min(1), paidOn: isoDate });

export const completeBody = z.strictObject({
  completedOn: isoDate,
  quantities: z.array(z.strictObject({ item: text(200), quantity: z.number().int().min(0).max(1e9), unit: text(20) })).max(50).optional(),
  note: text(2000).optional(),
  attachments: z.array(attachment).max(50).optional(),
  /** The officer's finding that the performance was only partial: the duty then stays open. Otherwise the completion record is the duty's evidence. */
  partial: z.boolean().optional(),
});
export type CompleteInput = z.infer<typeof completeBody>;

export const delayPenaltyBody = z.strictObject({
  until: isoDate,
  /** The applicant's loss already suffered (doubled, 解释 art 505). */
  lossFen: fenBody.optional(),
  /** Without loss: the amount the court decides (art 505). */
  courtDeterminedFen: fenBody.optional(),
  performanceDue: isoDate.optional(),
});
export type DelayPenaltyInput = z.infer<typeof delayPenaltyBody>;

const attachmentDto = z.object({ name: z.string(), description: z.string().optional(), reference: z.string().optional() });
const evidenceDto = z.object({ kind: z.string(), finding: z.string(), url: z.string().optional(), note: z.string().optional(), attachments: z.array(attachmentDto).optional() });
const stepDto = z.object({ kind: z.string(), target: z.string(), newPeriodDays: z.number().nullable(), suggestedOnly: z.boolean(), basis: z.array(citationDto) });

export const checkDto = z.object({
  id: z.string(),
  seq: z.number(),
  dueDate: z.string(),
  provisional: z.boolean(),
  performanceDue: z.string(),
  status: z.enum(["scheduled", "recorded"]),
  checkDate: z.string().nullable(),
  outcome: z.enum(["compliant", "breach", "inconclusive"]).nullable(),
  evidence: z.array(evidenceDto),
  escalation: z.object({ steps: z.array(stepDto), basis: z.array(citationDto) }).nullable(),
  sanctionId: z.string().nullable(),
  newPeriodDue: z.string().nullable(),
});
export type CheckDto = z.infer<typeof checkDto>;

export const substituteDto = z.object({
  id: z.string(),
  dutyId: z.string(),
  method: z.string(),
  performerName: z.string(),
  qualificationRequired: z.boolean(),
  performerQualified: z.boolean(),
  qualification: z.string().nullable(),
  courtApproved: z.boolean(),
  appointedOn: z.string(),
  costFen: z.number().nullable(),
  orderDate: z.string().nullable(),
  prepaymentDue: z.string().nullable(),
  prepaidFen: z.number(),
  costDutyId: z.string().nullable(),
  costConvertedOn: z.string().nullable(),
  completedOn: z.string().nullable(),
  completion: z
    .object({ quantities: z.array(z.object({ item: z.string(), quantity: z.number(), unit: z.string() })), note: z.string().nullable(), attachments: z.array(attachmentDto) })
    .nullable(),
  /** The cost list and its vouchers (民诉法解释 art 502 para 2); null when the viewer may not see it yet. */
  costList: z.array(z.object({ description: z.string(), amountFen: z.number(), voucher: voucher.nullable() })).nullable(),
  costListVisible: z.boolean(),
  /** What the handler may do now. */
  mayConvert: z.boolean(),
  basis: z.array(citationDto),
});
export type SubstituteDto = z.infer<typeof substituteDto>;

export const penaltyDto = z.object({
  id: z.string(),
  dutyId: z.string(),
  performanceDue: z.string(),
  until: z.string(),
  days: z.number(),
  method: z.enum(["doubleLoss", "courtDetermined"]),
  lossFen: z.number().nullable(),
  amountFen: z.number(),
  monetaryDutyId: z.string(),
  basis: z.array(citationDto),
});

export const conductDutyDto = z.object({
  id: z.string(),
  category: z.string(),
  description: z.string(),
  done: z.boolean(),
  doneDate: z.string().nullable(),
  /** The product default or null when the court must find it ("other"). */
  performer: z.enum(["respondentOnly", "substitutable"]).nullable(),
  evidenceKinds: z.array(z.string()),
  qualificationMayBeRequired: z.boolean(),
  checks: z.array(checkDto),
  substitute: substituteDto.nullable(),
  penalties: z.array(penaltyDto),
});
export type ConductDutyDto = z.infer<typeof conductDutyDto>;

export const conductViewDto = z.object({
  caseId: z.string(),
  caseNumber: z.string().nullable(),
  view: z.enum(["staff", "applicant", "respondent"]),
  mayAct: z.boolean(),
  today: z.string(),
  performanceDeadline: z.string().nullable(),
  duties: z.array(conductDutyDto),
  /** Monetary duties of the case added here: the unpaid substitute cost and 迟延履行金. */
  addedMonetaryDuties: z.array(z.object({ id: z.string(), category: z.string(), description: z.string(), amountFen: z.number() })),
  parties: z.array(z.object({ id: z.string(), role: z.string(), name: z.string(), kind: z.string() })),
});
export type ConductView = z.infer<typeof conductViewDto>;
