// Request and response shapes of 信用惩戒 (rules.md §§12–13). Dates YYYY-MM-DD; persons by name and role.
import { z } from "zod";
import { DELETION_CONDITIONS, DISHONEST_GROUNDS, LISTING_EVIDENCE_KINDS, LISTING_EXCLUSIONS } from "@zhixing/domain";
import { citationDto, isoDate } from "../../http/schemas";

const name = z.string().trim().min(1).max(100);
const text = (min: number, max: number) => z.string().trim().min(min).max(max);

export const caseParams = z.strictObject({ id: z.uuid() });
export const idParams = z.strictObject({ id: z.uuid() });

/** A person covered with an entity respondent: chosen from the case's data or entered. */
export const personBody = z.strictObject({ name, role: z.enum(["legalRepresentative", "principal", "directlyResponsible", "actualController", "shareholder", "employee"]) });

export const consumptionBody = z.strictObject({
  partyId: z.uuid(),
  initiatedBy: z.enum(["applicantWritten", "courtOwnMotion"]),
  /** The last day of the period the enforcement notice gave to perform (限制消费规定 art 1). */
  noticePeriodDue: isoDate,
  persons: z.array(personBody).max(20).optional(),
  recipients: z.array(text(2, 200)).min(1).max(30),
});
export type ConsumptionInput = z.infer<typeof consumptionBody>;

export const exitBody = z.strictObject({
  partyId: z.uuid(),
  initiatedBy: z.enum(["applicantWritten", "courtOwnMotion"]),
  persons: z.array(personBody).max(20).optional(),
  recipients: z.array(text(2, 200)).min(1).max(30),
});
export type ExitInput = z.infer<typeof exitBody>;

export const liftBody = z.strictObject({
  ground: z.enum(["fullPerformance", "security", "applicantConsent"]),
  securityEffective: z.boolean().optional(),
  courtAgrees: z.boolean().optional(),
  note: text(2, 2000).optional(),
});
export type LiftInput = z.infer<typeof liftBody>;

export const exceptionBody = z.strictObject({
  kind: z.enum(["necessaryLivingOrBusiness", "personalAssetsPersonalNeed"]),
  /** For personal spending: the covered person it is for (named in the order). */
  personName: name.optional(),
  content: text(4, 4000),
});
export type ExceptionInput = z.infer<typeof exceptionBody>;

export const applicationTextBody = z.strictObject({ content: text(4, 4000) });
export type ApplicationTextInput = z.infer<typeof applicationTextBody>;

export const decideExceptionBody = z.strictObject({ verified: z.boolean(), note: text(2, 2000) });
export type DecideExceptionInput = z.infer<typeof decideExceptionBody>;

export const decideReconsiderationBody = z.strictObject({ outcome: z.enum(["upheld", "revoked"]), note: text(2, 2000) });
export type DecideReconsiderationInput = z.infer<typeof decideReconsiderationBody>;

export const listingBody = z.strictObject({
  partyId: z.uuid(),
  ground: z.enum(DISHONEST_GROUNDS),
  evidence: z.array(z.enum(LISTING_EVIDENCE_KINDS)).max(LISTING_EVIDENCE_KINDS.length),
  exclusions: z.array(z.enum(LISTING_EXCLUSIONS)).max(LISTING_EXCLUSIONS.length).optional(),
  extension: z.strictObject({ years: z.number().int(), reason: z.enum(["violenceOrThreats", "repeatedBreaches"]) }).nullable().optional(),
  /** Listed on the applicant's application (not of the court's motion): the re-listing bar applies. */
  onApplicantRequest: z.boolean().optional(),
  /** An entity: the name of its legal representative or principal (art 6(1)); defaults to the covered person of a restriction. */
  representativeName: name.optional(),
  /** A natural person whose ID is not a resident ID: the birth date (art 4: minors). */
  birthDate: isoDate.optional(),
  /** A natural person whose ID is not a resident ID: the sex the public entry states (art 6(2)). */
  sex: z.enum(["male", "female"]).optional(),
  publish: z.boolean().optional(),
  /** 限制消费规定 art 1 para 2: the units notified of the consumption restriction a listing creates when none is in force. */
  consumptionRecipients: z.array(text(2, 200)).max(30).optional(),
});
export type ListingInputBody = z.infer<typeof listingBody>;

export const publishBody = z.strictObject({ published: z.boolean() });
export const extendBody = z.strictObject({ years: z.number().int(), reason: z.enum(["violenceOrThreats", "repeatedBreaches"]) });
export type ExtendInput = z.infer<typeof extendBody>;

export const deleteBody = z.strictObject({
  condition: z.enum(DELETION_CONDITIONS),
  occurredOn: isoDate,
  note: text(2, 2000),
  fruitlessSearchesAfterSuspension: z.number().int().min(0).max(100).optional(),
  clueProvided: z.boolean().optional(),
  applicantRequestApproved: z.boolean().optional(),
});
export type DeleteInput = z.infer<typeof deleteBody>;

export const decideCorrectionBody = z.strictObject({ wellFounded: z.boolean(), note: text(2, 2000) });
export type DecideCorrectionInput = z.infer<typeof decideCorrectionBody>;
export const applyCorrectionBody = z.strictObject({ revoke: z.boolean(), performanceStatus: text(2, 500).optional(), note: text(2, 2000) });
export type ApplyCorrectionInput = z.infer<typeof applyCorrectionBody>;

export const documentQuery = z.strictObject({ lang: z.enum(["zh", "en"]).optional() });
export const publicQuery = z.strictObject({ name: text(2, 100).optional(), idNumber: text(4, 30).optional() });

const clockDto = z.object({ kind: z.string(), due: z.string(), status: z.string(), metDate: z.string().nullable() });

export const restrictionDto = z.object({
  id: z.string(),
  caseId: z.string(),
  partyId: z.string(),
  partyName: z.string(),
  kind: z.enum(["consumption", "exit"]),
  status: z.enum(["awaitingSignature", "issued", "lifted"]),
  initiatedBy: z.string(),
  persons: z.array(z.object({ name: z.string(), role: z.string() })),
  recipients: z.array(z.string()),
  mandatory: z.boolean(),
  coversRespondent: z.boolean(),
  proposedDate: z.string(),
  signedDate: z.string().nullable(),
  signedByName: z.string().nullable(),
  issuedDate: z.string().nullable(),
  liftingGround: z.string().nullable(),
  liftingNote: z.string().nullable(),
  liftedDate: z.string().nullable(),
  mine: z.boolean(),
  basis: z.array(citationDto),
  clocks: z.array(clockDto),
});
export type RestrictionDto = z.infer<typeof restrictionDto>;

export const listingDto = z.object({
  id: z.string(),
  caseId: z.string(),
  partyId: z.string(),
  partyName: z.string(),
  ground: z.string(),
  evidence: z.array(z.string()),
  decisionDate: z.string(),
  termEnd: z.string().nullable(),
  extensionYears: z.number(),
  status: z.enum(["listed", "deleted"]),
  published: z.boolean(),
  publishedDate: z.string().nullable(),
  /** The art 6 public form (ID masked): what staff and the party see too. */
  entry: z.unknown(),
  deletion: z
    .object({ condition: z.string().nullable(), occurredOn: z.string().nullable(), due: z.string().nullable(), deletedDate: z.string(), note: z.string().nullable(), relistingBarredUntil: z.string().nullable(), byJob: z.boolean() })
    .nullable(),
  mine: z.boolean(),
  basis: z.array(citationDto),
});
export type ListingDto = z.infer<typeof listingDto>;

export const applicationDto = z.object({
  id: z.string(),
  caseId: z.string(),
  kind: z.enum(["consumptionException", "exitReconsideration", "correction", "correctionReconsideration"]),
  /** A correction's reconsideration (失信规定 art 12): the higher court that decides it, and the refused request it is against. */
  higherCourtId: z.string().nullable(),
  parentApplicationId: z.string().nullable(),
  /** The viewer is staff of the higher court that decides this pending correction's reconsideration (失信规定 art 12). */
  mayDecide: z.boolean(),
  restrictionId: z.string().nullable(),
  listingId: z.string().nullable(),
  exceptionKind: z.string().nullable(),
  content: z.string(),
  filedDate: z.string(),
  dueDate: z.string().nullable(),
  status: z.enum(["pending", "granted", "refused"]),
  decidedDate: z.string().nullable(),
  decisionNote: z.string().nullable(),
  correctBy: z.string().nullable(),
  correctedDate: z.string().nullable(),
  reconsiderationDue: z.string().nullable(),
  mine: z.boolean(),
});
export type ApplicationDto = z.infer<typeof applicationDto>;

export const caseCreditDto = z.object({
  restrictions: z.array(restrictionDto),
  listings: z.array(listingDto),
  applications: z.array(applicationDto),
  /** Who may be restricted or listed: the case's respondents (name, kind). */
  respondents: z.array(z.object({ partyId: z.string(), name: z.string(), kind: z.string() })),
  canAct: z.boolean(),
  canSign: z.boolean(),
});
export type CaseCreditDto = z.infer<typeof caseCreditDto>;

export const publicEntryDto = z.object({
  subject: z.union([
    z.object({ kind: z.literal("naturalPerson"), name: z.string(), sex: z.enum(["male", "female"]), age: z.number(), idNumberMasked: z.string() }),
    z.object({ kind: z.literal("entity"), name: z.string(), creditCode: z.string(), representativeName: z.string() }),
  ]),
  obligation: z.string(),
  performanceStatus: z.string(),
  conduct: z.object({ zh: z.string(), en: z.string() }),
  basisIssuer: z.string(),
  basisNumber: z.string(),
  caseNumber: z.string(),
  registeredDate: z.string(),
  court: z.string(),
  publishedDate: z.string(),
  basis: z.array(citationDto),
});
export type PublicEntryDto = z.infer<typeof publicEntryDto>;

export const publicRestrictionDto = z.object({ name: z.string(), caseNumber: z.string(), court: z.string(), issuedDate: z.string() });

export const sweepDto = z.object({ checked: z.number(), deleted: z.number(), entries: z.array(z.object({ listingId: z.string(), caseId: z.string(), condition: z.string(), occurredOn: z.string(), due: z.string() })) });
export type SweepResult = z.infer<typeof sweepDto>;
