// Request and response schemas of distribution plans (分配方案) and their objections (民诉法解释 arts
// 509–510). Strict: an unknown field is a 400 naming it. Money in integer fen; dates YYYY-MM-DD.
import { z } from "zod";
import { isoDate } from "../../http/schemas";

const text = (max: number) => z.string().trim().min(1).max(max);
const fen = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const planLineBody = z.strictObject({
  /** The case's applicant (case_parties id); or another creditor by name with its basis and claim. */
  partyId: z.uuid().optional(),
  creditorName: text(200).optional(),
  basis: text(500).optional(),
  claimFen: fen.min(1).optional(),
  amountFen: fen,
});
export const planBody = z.strictObject({ amountFen: fen.min(1), note: text(1000).optional(), lines: z.array(planLineBody).min(2).max(50) });
export type PlanInput = z.infer<typeof planBody>;

export const serveBodyPlan = z.strictObject({
  recipients: z.array(z.strictObject({ lineId: z.uuid().optional(), respondentName: text(200).optional(), receivedOn: isoDate })).min(2).max(60),
});
export type PlanServiceInput = z.infer<typeof serveBodyPlan>;

export const planObjectionBody = z.strictObject({
  grounds: text(4000),
  /** The amounts the objector says each line should get (lines not named keep their amount); they add up to the plan's amount. */
  revised: z.array(z.strictObject({ lineId: z.uuid(), amountFen: fen })).min(1).max(50),
  /** Staff recording a written objection: who objects (a creditor or the respondent served with the plan) and when it was received. */
  objectorName: text(200).optional(),
  filedOn: isoDate.optional(),
});
export type PlanObjectionInput = z.infer<typeof planObjectionBody>;
export const noticeBody = z.strictObject({ receivedOn: isoDate });
export const counterBody = z.strictObject({ grounds: text(4000), counterByName: text(200).optional(), filedOn: isoDate.optional() });
export type CounterInput = z.infer<typeof counterBody>;
export const planSuitBody = z.strictObject({ filedOn: isoDate });
export const carryOutBody = z.strictObject({ reference: text(200) });

const clockDto = z.object({ kind: z.string(), due: z.string(), status: z.enum(["open", "met", "cancelled"]) });
export const planDto = z.object({
  id: z.string(),
  caseId: z.string(),
  amountFen: z.number(),
  note: z.string().nullable(),
  status: z.enum(["draft", "served", "carriedOut", "withdrawn"]),
  draftedOn: z.string(),
  servedOn: z.string().nullable(),
  outcome: z.enum(["asOriginalPlanNoObjection", "asRevisedPerObjection", "asOriginalPlan", "withDisputedAmountDeposited"]).nullable(),
  carriedOutOn: z.string().nullable(),
  depositedFen: z.number(),
  lines: z.array(
    z.object({
      id: z.string(),
      seq: z.number(),
      creditorKind: z.enum(["applicant", "other"]),
      partyId: z.string().nullable(),
      creditorName: z.string(),
      basis: z.string().nullable(),
      claimFen: z.number().nullable(),
      amountFen: z.number(),
      revisedAmountFen: z.number().nullable(),
      paidFen: z.number().nullable(),
      paidOn: z.string().nullable(),
      payoutReference: z.string().nullable(),
    }),
  ),
  recipients: z.array(z.object({ id: z.string(), name: z.string(), role: z.enum(["creditor", "respondent"]), lineId: z.string().nullable(), receivedOn: z.string(), objectionDue: z.string() })),
  objection: z
    .object({
      id: z.string(),
      objectorName: z.string(),
      filedOn: z.string(),
      grounds: z.string(),
      revised: z.array(z.object({ lineId: z.string(), amountFen: z.number() })),
      othersNotifiedOn: z.string().nullable(),
      counterFiledOn: z.string().nullable(),
      counterByName: z.string().nullable(),
      counterGrounds: z.string().nullable(),
      counterNoticeReceivedOn: z.string().nullable(),
      suitFiledOn: z.string().nullable(),
    })
    .nullable(),
  clocks: z.array(clockDto),
  /** The domain's outcome if the plan were carried out now (民诉法解释 arts 509–510). */
  prospectiveOutcome: z.string(),
  /** Whether the viewer (a party) may object now / counter-object now. */
  mayObject: z.boolean(),
  mayCounter: z.boolean(),
});
export type PlanDto = z.infer<typeof planDto>;
export const planListDto = z.object({
  items: z.array(planDto),
  /** Staff: undistributed money in the ledger less what plans reserve; null for a party. */
  availableFen: z.number().nullable(),
  /** 执行程序解释 art 3: the last day for the respondent's objection to jurisdiction (10 days from the notice), null before the notice. */
  jurisdictionObjectionDue: z.string().nullable(),
});
