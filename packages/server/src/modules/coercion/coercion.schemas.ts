// Request and response schemas of fines, detention, their reconsideration and refusal-crime referrals.
// Strict: an unknown field is a 400 naming it. Money in integer fen, dates YYYY-MM-DD.
import { z } from "zod";
import { COERCION_GROUNDS, REFUSAL_CRIME_ROUTES, REFUSAL_CRIME_STATES } from "@zhixing/domain";
import { citationDto, fenBody, isoDate } from "../../http/schemas";

const text = (max: number) => z.string().trim().min(1).max(max);

export const idParams = z.strictObject({ id: z.uuid() });

export const sanctionBody = z.strictObject({
  measure: z.enum(["fine", "detention"]),
  /** The sanctioned party of the case; omitted for someone who is not a party (民诉法 art 114 para 1). */
  partyId: z.uuid().optional(),
  /** For an entity party: its principal or the directly responsible person is sanctioned (art 114 para 2). */
  forEntity: z.enum(["principal", "directlyResponsible"]).optional(),
  /** The person's name: required for a non-party and for an entity's principal / responsible person. */
  personName: text(100).optional(),
  ground: z.enum(COERCION_GROUNDS),
  facts: text(2000),
  amountFen: fenBody.optional(),
  days: z.number().int().optional(),
  /** conductDutyOnlyRespondent: the conduct duty, the court's finding on who can perform it, the new period (解释 art 503). */
  dutyId: z.uuid().optional(),
  performerFinding: z.enum(["respondentOnly", "substitutable"]).optional(),
  newPeriodDue: isoDate.optional(),
});
export type SanctionInput = z.infer<typeof sanctionBody>;

export const refuseBody = z.strictObject({ reason: text(1000) });
export const serveBody = z.strictObject({ servedOn: isoDate });
export const paymentBody = z.strictObject({ amountFen: fenBody.min(1), paidOn: isoDate });
export const detentionStartBody = z.strictObject({ startedOn: isoDate });
export const detentionEndBody = z.strictObject({ endedOn: isoDate, earlyRelease: z.boolean() });

export const reconsiderationBody = z.strictObject({
  grounds: text(2000),
  /** Staff recording a written application received: the date and the applicant's name. Parties file today as themselves. */
  filedOn: isoDate.optional(),
  applicantName: text(100).optional(),
});
export type ReconsiderationInput = z.infer<typeof reconsiderationBody>;

export const reconsiderationDecisionBody = z.strictObject({
  outcome: z.enum(["affirmed", "varied", "revoked"]),
  reasons: text(2000),
  amountFen: fenBody.optional(),
  days: z.number().int().optional(),
  /** 民诉法解释 art 186: urgent case: oral notice today, the written decision within 3 days. */
  urgentOral: z.boolean().optional(),
});
export type ReconsiderationDecisionInput = z.infer<typeof reconsiderationDecisionBody>;

export const referralBody = z.strictObject({
  route: z.enum(REFUSAL_CRIME_ROUTES),
  respondentPartyId: z.uuid(),
  recipient: text(200),
  facts: text(2000),
  referredOn: isoDate,
});
export type ReferralInput = z.infer<typeof referralBody>;

export const referralStepBody = z.strictObject({ to: z.enum(REFUSAL_CRIME_STATES), date: isoDate, note: z.string().trim().max(1000).optional() });

const reconsiderationDto = z.object({
  id: z.string(),
  higherCourtId: z.string(),
  applicantName: z.string(),
  filedOn: z.string(),
  grounds: z.string(),
  status: z.enum(["pending", "affirmed", "varied", "revoked"]),
  decisionDue: z.string().nullable(),
  decidedOn: z.string().nullable(),
  variedAmountFen: z.number().nullable(),
  variedDays: z.number().nullable(),
  reasons: z.string().nullable(),
  oralNoticeOn: z.string().nullable(),
  writtenDecisionDue: z.string().nullable(),
  writtenDecisionOn: z.string().nullable(),
});

export const sanctionDto = z.object({
  id: z.string(),
  caseId: z.string(),
  caseNumber: z.string().nullable(),
  measure: z.enum(["fine", "detention"]),
  targetKind: z.enum(["individual", "entity"]),
  forEntity: z.enum(["principal", "directlyResponsible"]).nullable(),
  partyId: z.string().nullable(),
  personName: z.string(),
  ground: z.string(),
  facts: z.string(),
  amountFen: z.number().nullable(),
  days: z.number().nullable(),
  dutyId: z.string().nullable(),
  newPeriodDue: z.string().nullable(),
  repetition: z.number(),
  status: z.enum(["proposed", "refused", "decided"]),
  proposedOn: z.string(),
  decidedOn: z.string().nullable(),
  refusalReason: z.string().nullable(),
  servedOn: z.string().nullable(),
  reconsiderationDue: z.string().nullable(),
  paidFen: z.number().nullable(),
  paidOn: z.string().nullable(),
  detentionStartedOn: z.string().nullable(),
  detentionEndedOn: z.string().nullable(),
  detentionEnd: z.enum(["completed", "earlyRelease"]).nullable(),
  /** In force after a reconsideration varied it (else as decided); revoked: nothing in force. */
  effectiveAmountFen: z.number().nullable(),
  effectiveDays: z.number().nullable(),
  revoked: z.boolean(),
  staysEnforcement: z.literal(false),
  basis: z.array(citationDto),
  reconsideration: reconsiderationDto.nullable(),
  /** Whether the viewer may apply for reconsideration now (the sanctioned party's user, served, none yet). */
  mayApply: z.boolean(),
});
export type SanctionDto = z.infer<typeof sanctionDto>;

export const referralDto = z.object({
  id: z.string(),
  caseId: z.string(),
  route: z.enum(REFUSAL_CRIME_ROUTES),
  respondentPartyId: z.string().nullable(),
  respondentName: z.string().nullable(),
  recipient: z.string(),
  facts: z.string(),
  state: z.enum(REFUSAL_CRIME_STATES),
  final: z.boolean(),
  next: z.array(z.enum(REFUSAL_CRIME_STATES)),
  referredOn: z.string(),
  steps: z.array(z.object({ from: z.string(), to: z.string(), date: z.string(), note: z.string().nullable(), by: z.string() })),
  basis: z.array(citationDto),
});
export type ReferralDto = z.infer<typeof referralDto>;

export const coercionViewDto = z.object({ sanctions: z.array(sanctionDto), referrals: z.array(referralDto) });
export type CoercionView = z.infer<typeof coercionViewDto>;

export const pendingApprovalDto = z.object({
  sanctionId: z.string(),
  caseId: z.string(),
  caseNumber: z.string().nullable(),
  measure: z.enum(["fine", "detention"]),
  personName: z.string(),
  ground: z.string(),
  amountFen: z.number().nullable(),
  days: z.number().nullable(),
  proposedOn: z.string(),
});
