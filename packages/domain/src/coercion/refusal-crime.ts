// 拒不执行判决、裁定罪 (refusalCrime): referral and tracking to an outcome.
//   民诉法(2023) art 114 para 1 item 6 with the closing words "构成犯罪的，依法追究刑事责任": refusing to
//     perform an effective judgment may be a crime. CONFIRMED-P.
//   刑法 art 313 defines the crime; the route by which the court refers the case to the public security
//     organ, or the applicant brings a private prosecution when the police or procuratorate do not act,
//     comes from an SPC interpretation on the crime that is NOT among rules.md's stored sources:
//     UNCONFIRMED. The product only tracks the route and the outcome the court records; it decides
//     nothing the law leaves to the criminal process.
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import { invalidField, type Localized } from "../errors/domain-error";
import type { Confidence } from "../config/period-table";

export const REFUSAL_CRIME_ROUTES = ["publicSecurityReferral", "privateProsecution"] as const;
export type RefusalCrimeRoute = (typeof REFUSAL_CRIME_ROUTES)[number];

export const REFUSAL_CRIME_STATES = [
  "referred", // sent to the public security organ (or the private prosecution filed)
  "caseOpened", // 立案侦查 / 自诉受理
  "notOpened", // 不予立案 / 不予受理
  "prosecuted", // 提起公诉 (or the private prosecution heard)
  "convicted",
  "acquitted",
  "withdrawn", // referral withdrawn or private prosecution withdrawn
] as const;
export type RefusalCrimeState = (typeof REFUSAL_CRIME_STATES)[number];

export const REFUSAL_CRIME_STATE_LABELS: Readonly<Record<RefusalCrimeState, Localized>> = Object.freeze({
  referred: { zh: "已移送/已提起自诉", en: "referred / private prosecution filed" },
  caseOpened: { zh: "已立案", en: "case opened" },
  notOpened: { zh: "不予立案/不予受理", en: "not opened" },
  prosecuted: { zh: "已起诉/审理中", en: "prosecuted / being tried" },
  convicted: { zh: "判决有罪", en: "convicted" },
  acquitted: { zh: "判决无罪", en: "acquitted" },
  withdrawn: { zh: "已撤回", en: "withdrawn" },
});

const NEXT: Readonly<Record<RefusalCrimeState, readonly RefusalCrimeState[]>> = Object.freeze({
  referred: ["caseOpened", "notOpened", "withdrawn"],
  caseOpened: ["prosecuted", "withdrawn"],
  notOpened: [],
  prosecuted: ["convicted", "acquitted", "withdrawn"],
  convicted: [],
  acquitted: [],
  withdrawn: [],
});

/** The outcomes that end the tracking. */
export function isRefusalCrimeFinal(state: RefusalCrimeState): boolean {
  return NEXT[state].length === 0;
}

export type RefusalCrimeStep = { from: RefusalCrimeState; to: RefusalCrimeState; confidence: Confidence; basis: Citation[] };

/** One recorded step of a referral; refused (VALIDATION, field "to") when it does not follow. */
export function advanceRefusalCrime(from: RefusalCrimeState, to: RefusalCrimeState): RefusalCrimeStep {
  if (!NEXT[from]?.includes(to)) {
    throw invalidField("to", {
      zh: `拒执罪追踪不能从“${REFUSAL_CRIME_STATE_LABELS[from]?.zh ?? String(from)}”转为“${REFUSAL_CRIME_STATE_LABELS[to]?.zh ?? String(to)}”`,
      en: `a refusal-crime referral cannot go from ${String(from)} to ${String(to)}`,
    });
  }
  return { from, to, confidence: "UNCONFIRMED", basis: refusalCrimeBasis() };
}

export function refusalCrimeBasis(): Citation[] {
  return [citeSource("civilProcedureLaw", "art 114 para 1"), citeSource("criminalLaw", "art 313")];
}
