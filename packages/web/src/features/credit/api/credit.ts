import { api } from "../../../api/client";
import type { Citation } from "../../../api/types";
import { DELETION_CONDITIONS, DISHONEST_GROUNDS, DISHONEST_GROUND_INFO, LISTING_EVIDENCE_KINDS, LISTING_EXCLUSIONS, type DeletionCondition, type DishonestGround } from "@zhixing/domain";

export { DELETION_CONDITIONS, DISHONEST_GROUNDS, DISHONEST_GROUND_INFO, LISTING_EVIDENCE_KINDS, LISTING_EXCLUSIONS, type DeletionCondition, type DishonestGround };

export const COVERED_ROLES = ["legalRepresentative", "principal", "directlyResponsible", "actualController"] as const;

export type CreditClock = { kind: string; due: string; status: string; metDate: string | null };
export type Restriction = {
  id: string;
  caseId: string;
  partyId: string;
  partyName: string;
  kind: "consumption" | "exit";
  status: "awaitingSignature" | "issued" | "lifted";
  initiatedBy: string;
  persons: { name: string; role: string }[];
  recipients: string[];
  mandatory: boolean;
  coversRespondent: boolean;
  proposedDate: string;
  signedDate: string | null;
  signedByName: string | null;
  issuedDate: string | null;
  liftingGround: string | null;
  liftingNote: string | null;
  liftedDate: string | null;
  mine: boolean;
  basis: Citation[];
  clocks: CreditClock[];
};
export type PublicEntry = {
  subject: { kind: "naturalPerson"; name: string; sex: "male" | "female"; age: number; idNumberMasked: string } | { kind: "entity"; name: string; creditCode: string; representativeName: string };
  obligation: string;
  performanceStatus: string;
  conduct: { zh: string; en: string };
  basisIssuer: string;
  basisNumber: string;
  caseNumber: string;
  registeredDate: string;
  court: string;
  publishedDate?: string;
  basis: Citation[];
};
export type Listing = {
  id: string;
  caseId: string;
  partyId: string;
  partyName: string;
  ground: DishonestGround;
  evidence: string[];
  decisionDate: string;
  termEnd: string | null;
  extensionYears: number;
  status: "listed" | "deleted";
  published: boolean;
  publishedDate: string | null;
  entry: PublicEntry;
  deletion: { condition: string | null; occurredOn: string | null; due: string | null; deletedDate: string; note: string | null; relistingBarredUntil: string | null; byJob: boolean } | null;
  mine: boolean;
  basis: Citation[];
};
export type CreditApplication = {
  id: string;
  caseId: string;
  kind: "consumptionException" | "exitReconsideration" | "correction" | "correctionReconsideration";
  /** A correction's reconsideration (失信规定 art 12): the higher court that decides it and the rejected request. */
  higherCourtId?: string | null;
  parentApplicationId?: string | null;
  /** The viewer is staff of that higher court and the reconsideration is pending. */
  mayDecide?: boolean;
  restrictionId: string | null;
  listingId: string | null;
  exceptionKind: string | null;
  content: string;
  filedDate: string;
  dueDate: string | null;
  status: "pending" | "granted" | "refused";
  decidedDate: string | null;
  decisionNote: string | null;
  correctBy: string | null;
  correctedDate: string | null;
  reconsiderationDue: string | null;
  mine: boolean;
};
export type CaseCredit = {
  restrictions: Restriction[];
  listings: Listing[];
  applications: CreditApplication[];
  respondents: { partyId: string; name: string; kind: string }[];
  canAct: boolean;
  canSign: boolean;
};

export const fetchCaseCredit = (caseId: string, signal?: AbortSignal) => api.get<CaseCredit>(`/api/v1/cases/${encodeURIComponent(caseId)}/credit`, undefined, signal);
export const fetchPublicDishonest = (q: { name?: string; idNumber?: string }, signal?: AbortSignal) => api.get<{ items: PublicEntry[] }>(`/api/v1/public/dishonest`, q, signal);
export const fetchPublicRestrictions = (name: string, signal?: AbortSignal) =>
  api.get<{ items: { name: string; caseNumber: string; court: string; issuedDate: string }[] }>(`/api/v1/public/consumption-restrictions`, { name }, signal);

/** Every credit action: the URL it posts to and its body. */
export const creditPost = (path: string, body: unknown) => api.post<{ id: string }>(`/api/v1${path}`, body);
export const documentUrl = (kind: "restriction" | "listing", id: string, lang: string) =>
  `/api/v1/${kind === "restriction" ? "credit-restrictions" : "dishonest-listings"}/${encodeURIComponent(id)}/document?lang=${lang.startsWith("zh") ? "zh" : "en"}`;
