import { z } from "zod";
import { msg } from "../../http/zod-messages";
import {
  CASE_STATUSES,
  CLOCK_KINDS,
  CLOSURE_MODES,
  CONDUCT_CATEGORIES,
  ID_TYPES,
  MAX_REPORT_DAYS,
  MONETARY_CATEGORIES,
  PARTY_KINDS,
  RIGHT_TYPES,
  type IdType,
} from "@zhixing/domain";
import { citationDto, fenBody, intQuery, isoDate } from "../../http/schemas";

const text = (max: number) => z.string().trim().min(1).max(max);

export const partyInput = z.strictObject({
  kind: z.enum(PARTY_KINDS),
  name: text(200),
  idType: z.enum(ID_TYPES as [IdType, ...IdType[]]),
  idNumber: text(64),
  phone: z.string().trim().regex(/^\+?[0-9 -]{5,20}$/, msg("Not a phone number", "电话号码格式不正确")).optional(),
  address: z.string().trim().max(300).optional(),
  country: z.string().trim().max(100).optional(),
});

export const dutyInput = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("monetary"), category: z.enum(MONETARY_CATEGORIES), description: text(500), amountFen: fenBody.min(1) }),
  z.strictObject({ kind: z.literal("conduct"), category: z.enum(CONDUCT_CATEGORIES), description: text(500), proofRequired: text(500) }),
]);

export type DutyInput = z.infer<typeof dutyInput>;

export const basisInput = z.strictObject({
  issuingCourt: text(200),
  documentNumber: text(100),
  effectiveDate: isoDate,
  performanceDeadline: isoDate.optional(),
  instalments: z.array(z.strictObject({ dueDate: isoDate, amountFen: fenBody.min(1) })).max(120).optional(),
  rightType: z.enum(RIGHT_TYPES),
});

export const applicationBody = z.strictObject({
  courtId: text(64),
  applicants: z.array(partyInput).min(1).max(20).optional(),
  respondents: z.array(partyInput).min(1).max(50),
  basis: basisInput,
  duties: z.array(dutyInput).min(1).max(50),
  applicationDate: isoDate.optional(),
  note: z.string().trim().max(2000).optional(),
});
export type ApplicationInput = z.infer<typeof applicationBody>;

export const PRESERVATION_KINDS = ["property", "evidence", "conduct"] as const;
export const PRESERVATION_STAGES = ["preSuit", "inSuit"] as const;

/** The preservation ruling and what it orders, stored on the case (cases.preservation). */
export const preservationDto = z.object({
  kind: z.enum(PRESERVATION_KINDS),
  stage: z.enum(PRESERVATION_STAGES),
  ruling: z.object({ court: z.string(), documentNumber: z.string(), date: z.string() }),
  securityFen: z.number().optional(),
  ceaseOrder: z.string().optional(),
});
export type PreservationInfo = z.infer<typeof preservationDto>;

/**
 * 执保: a preservation ruling (诉前 / 诉中; property, evidence or conduct) entered by the filing division.
 * A conduct preservation carries the cease order; the duties, if any, are conduct duties (nothing to pay).
 */
export const preservationCaseBody = z.strictObject({
  courtId: text(64),
  applicants: z.array(partyInput).min(1).max(20).optional(),
  respondents: z.array(partyInput).min(1).max(50),
  kind: z.enum(PRESERVATION_KINDS),
  stage: z.enum(PRESERVATION_STAGES),
  ruling: z.strictObject({ court: text(200), documentNumber: text(100), date: isoDate }),
  rightType: z.enum(RIGHT_TYPES),
  securityFen: fenBody.optional(),
  ceaseOrder: text(2000).optional(),
  duties: z.array(dutyInput.options[1]).max(50).optional(),
  note: z.string().trim().max(2000).optional(),
});
export type PreservationCaseInput = z.infer<typeof preservationCaseBody>;

export const COMPLIANCE_RESULTS = ["compliant", "violation"] as const;
export const complianceCheckBody = z.strictObject({
  checkDate: isoDate,
  result: z.enum(COMPLIANCE_RESULTS),
  evidence: z.string().trim().min(2).max(4000),
});
export type ComplianceCheckInput = z.infer<typeof complianceCheckBody>;
export const complianceCheckDto = z.object({
  id: z.string(),
  checkDate: z.string(),
  result: z.enum(COMPLIANCE_RESULTS),
  evidence: z.string(),
  checkedBy: z.string().nullable(),
  checkedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type ComplianceCheckDto = z.infer<typeof complianceCheckDto>;

const reason = z.string().trim().min(2).max(2000);
const checklist = z.strictObject({
  notifiedAndReportOrdered: z.boolean(),
  consumptionRestricted: z.boolean(),
  dishonestListedWhereApplicable: z.boolean(),
  investigationExhausted: z.boolean(),
  debtorSearchedAndSanctioned: z.boolean(),
  applicantInterviewed: z.boolean(),
});

/** The body of each lifecycle action, by action name. */
export const actionBodies = {
  register: z.strictObject({}),
  refuse: z.strictObject({ reason }),
  assign: z.strictObject({ handlerId: z.uuid() }),
  issueNotice: z.strictObject({ withReportOrder: z.boolean(), reportDays: z.number().int().min(1).max(MAX_REPORT_DAYS).optional() }),
  requestExtension: z.strictObject({ reason }),
  approveExtension: z.strictObject({}),
  rejectExtension: z.strictObject({ reason }),
  reportFurtherExtension: z.strictObject({ reason }),
  recordDutyDone: z.strictObject({ dutyId: z.uuid(), evidence: reason }),
  close: z.strictObject({
    mode: z.enum(CLOSURE_MODES),
    reason,
    checklist: checklist.optional(),
    approval: z.enum(["applicantConfirmed", "collegialPanelApproved"]).optional(),
    ground: z.string().trim().max(64).optional(),
  }),
} as const;
export type ActionName = keyof typeof actionBodies;
export const ACTION_NAMES = Object.keys(actionBodies) as ActionName[];

export const caseIdParams = z.strictObject({ id: z.uuid() });
export const actionParams = z.strictObject({ id: z.uuid(), action: z.enum(ACTION_NAMES as [ActionName, ...ActionName[]]) });
export const personalDataParams = z.strictObject({ id: z.uuid(), partyId: z.uuid() });

export const listQuery = z.strictObject({
  status: z.enum(CASE_STATUSES).optional(),
  scope: z.enum(["mine", "court", "supervised"]).optional(),
  q: z.string().trim().max(100).optional(),
  page: intQuery(1, 100000).optional(),
  pageSize: intQuery(1, 100).optional(),
});

const nextClockDto = z.object({ kind: z.string(), due: z.string(), overdue: z.boolean() }).nullable();

export const caseSummaryDto = z.object({
  id: z.string(),
  caseNumber: z.string().nullable(),
  status: z.enum(CASE_STATUSES),
  courtId: z.string(),
  courtName: z.string(),
  applicantNames: z.array(z.string()),
  respondentNames: z.array(z.string()),
  handlerId: z.string().nullable(),
  handlerName: z.string().nullable(),
  applicationDate: z.string(),
  registeredDate: z.string().nullable(),
  rightType: z.string(),
  lateApplication: z.boolean(),
  nextClock: nextClockDto,
});

export const caseDetailDto = caseSummaryDto.extend({
  /** 执 (enforcement) or 执保 (preservation). */
  typeCode: z.string(),
  /** The preservation ruling, for 执保 cases; null for 执 cases. */
  preservation: preservationDto.nullable(),
  parties: z.array(
    z.object({
      id: z.string(),
      role: z.enum(["applicant", "respondent"]),
      kind: z.string(),
      name: z.string(),
      idType: z.string(),
      idNumberMasked: z.string(),
      phoneMasked: z.string().nullable(),
      addressMasked: z.string().nullable(),
    }),
  ),
  basis: z.object({
    issuingCourt: z.string(),
    documentNumber: z.string(),
    effectiveDate: z.string(),
    performanceDeadline: z.string().nullable(),
    instalments: z.array(z.object({ dueDate: z.string(), amountFen: z.number() })),
    rightType: z.string(),
    limitationExpires: z.string().nullable(),
  }),
  duties: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(["monetary", "conduct"]),
      category: z.string(),
      description: z.string(),
      amountFen: z.number().nullable(),
      proofRequired: z.string().nullable(),
      done: z.boolean(),
      doneDate: z.string().nullable(),
      evidence: z.string().nullable(),
    }),
  ),
  clocks: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(CLOCK_KINDS),
      startDate: z.string(),
      due: z.string(),
      status: z.enum(["open", "met", "cancelled"]),
      basis: citationDto,
      provisional: z.boolean(),
      metDate: z.string().nullable(),
      overdue: z.boolean(),
      daysLeft: z.number().nullable(),
    }),
  ),
  events: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      at: z.string(),
      actorName: z.string(),
      actorRole: z.string(),
      reason: z.string().nullable(),
      data: z.record(z.string(), z.unknown()),
    }),
  ),
  allowedActions: z.array(z.string()),
  term: z.object({ start: z.string(), due: z.string(), daysUsed: z.number(), daysTotal: z.number(), extensions: z.number(), extensionPending: z.boolean() }).nullable(),
  closure: z.object({ mode: z.string(), date: z.string(), reason: z.string(), ground: z.string().nullable() }).nullable(),
  refusal: z.object({ date: z.string(), reason: z.string() }).nullable(),
  milestones: z.array(z.object({ key: z.string(), date: z.string().nullable(), done: z.boolean() })),
  note: z.string().nullable(),
  /** The case's money (its ledger) for staff and the applicant; null for the respondent or while nothing was received. */
  money: z
    .object({ receivedFen: z.number(), paidToApplicantFen: z.number(), heldForApplicantFen: z.number(), nextPayoutDue: z.string().nullable() })
    .nullable()
    .optional(),
});
export type CaseDetail = z.infer<typeof caseDetailDto>;
export type CaseSummary = z.infer<typeof caseSummaryDto>;

export const personalDataDto = z.object({ idNumber: z.string(), phone: z.string().nullable(), address: z.string().nullable() });
