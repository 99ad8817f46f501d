// Request and response schemas of objections (执异), their reconsideration (执复) and third-party
// objections (案外人异议). Strict: an unknown field is a 400 naming it. Dates YYYY-MM-DD.
import { z } from "zod";
import { OBJECTION_KINDS } from "@zhixing/domain";
import { citationDto, isoDate } from "../../http/schemas";

const text = (max: number) => z.string().trim().min(1).max(max);

/** The domain's objection kinds and 执行管辖异议 (执行程序解释 art 3), which shares the objections table and the 执复 path. */
export const OBJECTION_KINDS_WITH_JURISDICTION = [...OBJECTION_KINDS, "jurisdiction"] as const;

export const idParams = z.strictObject({ id: z.uuid() });

export const objectionBody = z.strictObject({
  kind: z.enum(OBJECTION_KINDS_WITH_JURISDICTION),
  request: text(1000),
  grounds: text(4000),
  /** thirdParty: the asset the third party claims (required); executionAct: the asset the act concerns, if any. */
  assetId: z.uuid().optional(),
  /** Staff recording a written objection received: who objects and when it was received. A party files as itself, today. */
  objectorName: text(200).optional(),
  receivedOn: isoDate.optional(),
});
export type ObjectionInput = z.infer<typeof objectionBody>;

export const docketBody = z.strictObject({ materialsComplete: z.boolean() });
export const notAcceptBody = z.strictObject({ reason: text(1000) });
export const ruleBody = z.strictObject({ ruling: z.enum(["upheld", "rejected", "suspended"]), reasons: text(4000) });
export const serveBody = z.strictObject({ servedOn: isoDate });
export const suitBody = z.strictObject({ filedOn: isoDate });
export const reconsiderationBody = z.strictObject({ grounds: text(4000), filedOn: isoDate.optional(), applicantName: text(200).optional() });
export type ObjectionReconsiderationInput = z.infer<typeof reconsiderationBody>;
export const extendBody = z.strictObject({ extensionDays: z.number().int() });
export const decideBody = z.strictObject({ outcome: z.enum(["affirmed", "revoked", "varied"]), reasons: text(4000) });

const clockDto = z.object({ kind: z.string(), due: z.string(), status: z.enum(["open", "met", "cancelled"]) });
export const holdDto = z.object({ held: z.literal(true), until: z.string().nullable(), reason: z.enum(["examination", "suit", "afterRejection"]), objectionId: z.string(), basis: z.array(citationDto) });
export type AssetHold = z.infer<typeof holdDto>;

export const objectionDto = z.object({
  id: z.string(),
  caseId: z.string(),
  kind: z.enum(OBJECTION_KINDS_WITH_JURISDICTION),
  objectorName: z.string(),
  assetId: z.string().nullable(),
  assetDescription: z.string().nullable(),
  request: z.string(),
  grounds: z.string(),
  receivedOn: z.string(),
  status: z.enum(["received", "notAccepted", "docketed", "ruled"]),
  linkedCaseId: z.string().nullable(),
  linkedCaseNumber: z.string().nullable(),
  docketedOn: z.string().nullable(),
  notAcceptedReason: z.string().nullable(),
  ruling: z.enum(["upheld", "rejected", "suspended"]).nullable(),
  rulingReasons: z.string().nullable(),
  ruledOn: z.string().nullable(),
  rulingServedOn: z.string().nullable(),
  suitFiledOn: z.string().nullable(),
  measuresReleasedOn: z.string().nullable(),
  clocks: z.array(clockDto),
  hold: holdDto.nullable(),
  staysEnforcement: z.literal(false),
  reconsideration: z
    .object({
      id: z.string(),
      higherCourtId: z.string(),
      linkedCaseId: z.string().nullable(),
      linkedCaseNumber: z.string().nullable(),
      applicantName: z.string(),
      filedOn: z.string(),
      grounds: z.string(),
      fileSentOn: z.string().nullable(),
      status: z.enum(["pending", "affirmed", "revoked", "varied"]),
      extensionDays: z.number(),
      decisionDue: z.string().nullable(),
      decidedOn: z.string().nullable(),
      reasons: z.string().nullable(),
      clocks: z.array(clockDto),
    })
    .nullable(),
  /** Whether the viewer (a party) may apply for reconsideration now. */
  mayApplyReconsideration: z.boolean(),
});
export type ObjectionDto = z.infer<typeof objectionDto>;
