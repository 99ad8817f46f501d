// Compliance checks of a conduct duty and the escalation on breach.
// No norm fixes how often a conduct duty is checked: the schedule is a court practice the product
// proposes (CONDUCT_SETTINGS, marked provisional / UNCONFIRMED, configurable). The escalation uses the
// sanctions the law provides:
//   民诉法(2023) art 114 para 1 item 6 (refusal to perform: fine, detention), art 118 (limits), art 263
//   (substitute performance); 民诉法解释(2022) art 503 (respondent-only duties: sanction, again after a
//   new period), art 505 (迟延履行金 owed whether or not loss occurred). CONFIRMED-P.
//   Referral for the refusal crime (民诉法 art 114 "构成犯罪的"; 刑法 art 313): when the court refers is
//   its judgment; the product suggests it after `referralAfterSanctions` sanctions (UNCONFIRMED).
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import { computeDeadline } from "../calendar/compute-deadline";
import type { StatutoryCalendar } from "../calendar/types";
import type { Confidence } from "../config/period-table";
import type { ConductCategory } from "../basis/vocabulary";
import { parseIsoDate, type IsoDate } from "../dates/iso-date";
import { invalidField } from "../errors/domain-error";
import type { PartyKind } from "../identity/party-kind";
import { CONDUCT_DUTY_INFO, type ComplianceEvidenceKind, type PerformerClass } from "./duty-kinds";

export type ConductSettings = {
  /** Days between compliance checks. */
  checkIntervalDays: number;
  /** How many checks are scheduled after the performance period. */
  checkCount: number;
  /** Sanctions after which a refusal-crime referral is suggested to the handler. */
  referralAfterSanctions: number;
  /** Days the court gives for a new performance period before a repeated sanction (解释 art 503 para 2). */
  newPeriodDays: number;
  confidence: Confidence;
  provisional: true;
};

/** Product defaults, not law (no norm fixes these numbers): configurable. */
export const CONDUCT_SETTINGS: Readonly<ConductSettings> = Object.freeze({
  checkIntervalDays: 30,
  checkCount: 6,
  referralAfterSanctions: 2,
  newPeriodDays: 10,
  confidence: "UNCONFIRMED",
  provisional: true,
});

export function withConductSettings(over: Partial<Omit<ConductSettings, "confidence" | "provisional">>): Readonly<ConductSettings> {
  const s = { ...CONDUCT_SETTINGS, ...over };
  for (const [k, max] of [["checkIntervalDays", 365], ["checkCount", 60], ["referralAfterSanctions", 20], ["newPeriodDays", 365]] as const) {
    const v = s[k];
    if (!Number.isInteger(v) || v < 1 || v > max) {
      throw invalidField(k, { zh: `${k} 必须是 1 至 ${max} 之间的整数（收到 ${String(v)}）`, en: `${k} must be an integer from 1 to ${max} (got ${String(v)})` });
    }
  }
  return Object.freeze(s);
}

export type ComplianceCheck = { seq: number; due: IsoDate; provisional: boolean; evidenceKinds: readonly ComplianceEvidenceKind[]; basis: Citation[] };

/**
 * The compliance checks of a duty, from the day its performance period ends: every
 * `checkIntervalDays`, `checkCount` times, each moved off rest days (site visits and test purchases
 * are done on working days).
 */
export function complianceCheckSchedule(category: ConductCategory, performanceDue: IsoDate, cal: StatutoryCalendar, settings: Readonly<ConductSettings> = CONDUCT_SETTINGS): ComplianceCheck[] {
  const from = parseIsoDate(performanceDue, "performanceDue");
  const evidenceKinds = CONDUCT_DUTY_INFO[category].evidenceKinds;
  return Array.from({ length: settings.checkCount }, (_v, i) => {
    const d = computeDeadline(from, { unit: "days", n: settings.checkIntervalDays * (i + 1) }, cal);
    return { seq: i + 1, due: d.due, provisional: true, evidenceKinds, basis: [citeSource("civilProcedureLaw", "art 263"), ...d.basis] };
  });
}

export type EvidenceFinding = { kind: ComplianceEvidenceKind; finding: "compliant" | "breach" | "inconclusive" };

export type CheckAssessment = { outcome: "compliant" | "breach" | "inconclusive"; breaches: ComplianceEvidenceKind[] };

/** One breach finding is a breach; otherwise any inconclusive item leaves the check inconclusive. */
export function assessComplianceCheck(category: ConductCategory, evidence: readonly EvidenceFinding[]): CheckAssessment {
  const allowed = CONDUCT_DUTY_INFO[category].evidenceKinds;
  if (evidence.length === 0) throw invalidField("evidence", { zh: "合规检查须至少记录一项证据", en: "a compliance check records at least one item of evidence" });
  evidence.forEach((e, i) => {
    if (!allowed.includes(e.kind)) {
      throw invalidField(`evidence.${i}.kind`, { zh: `该行为义务不适用此类证据：${String(e.kind)}`, en: `this kind of evidence does not fit the duty: ${String(e.kind)}` });
    }
  });
  const breaches = evidence.filter((e) => e.finding === "breach").map((e) => e.kind);
  if (breaches.length > 0) return { outcome: "breach", breaches };
  return { outcome: evidence.some((e) => e.finding === "inconclusive") ? "inconclusive" : "compliant", breaches: [] };
}

export type EscalationStepKind = "substitutePerformance" | "fine" | "detention" | "repeatSanction" | "refusalCrimeReferral";

export type EscalationStep = {
  kind: EscalationStepKind;
  /** Who: the respondent, or for an entity its principal or directly responsible person (detention). */
  target: "respondent" | "principalOrDirectlyResponsible";
  /** The court-set period to give before a repeated sanction (解释 art 503 para 2). */
  newPeriodDays: number | null;
  suggestedOnly: boolean;
  basis: Citation[];
};

export type Escalation = { steps: EscalationStep[]; delayPenaltyAccrues: true; basis: Citation[] };

/**
 * What the handler does next after a breach: for a substitutable duty, substitute performance (and a
 * fine for the refusal); for a respondent-only duty the ladder fine → detention → repeated sanction
 * after a new period. A referral for the refusal crime is suggested after enough sanctions. The
 * 迟延履行金 accrues throughout (解释 art 505).
 */
export function nextEscalation(
  input: { performer: PerformerClass; respondentKind: PartyKind; finesSoFar: number; detentionsSoFar: number; substitutePerformanceOrdered: boolean },
  settings: Readonly<ConductSettings> = CONDUCT_SETTINGS,
): Escalation {
  for (const k of ["finesSoFar", "detentionsSoFar"] as const) {
    if (!Number.isSafeInteger(input[k]) || input[k] < 0) throw invalidField(k, { zh: `${k} 必须是非负整数`, en: `${k} must be a non-negative integer` });
  }
  const entity = input.respondentKind === "legalPerson" || input.respondentKind === "otherOrganization";
  const detentionTarget = entity ? ("principalOrDirectlyResponsible" as const) : ("respondent" as const);
  const fine114 = [citeSource("civilProcedureLaw", "art 114(6)"), citeSource("civilProcedureLaw", "art 118 para 1")];
  const steps: EscalationStep[] = [];
  const sanctions = input.finesSoFar + input.detentionsSoFar;
  if (input.performer === "substitutable") {
    if (!input.substitutePerformanceOrdered) {
      steps.push({ kind: "substitutePerformance", target: "respondent", newPeriodDays: null, suggestedOnly: false, basis: [citeSource("civilProcedureLaw", "art 263"), citeSource("civilProcedureInterpretation", "art 501")] });
    }
    steps.push({ kind: "fine", target: "respondent", newPeriodDays: null, suggestedOnly: false, basis: fine114 });
  } else if (sanctions === 0) {
    steps.push({ kind: "fine", target: "respondent", newPeriodDays: null, suggestedOnly: false, basis: [citeSource("civilProcedureInterpretation", "art 503 para 1"), ...fine114] });
  } else if (input.detentionsSoFar === 0) {
    steps.push({
      kind: "detention",
      target: detentionTarget,
      newPeriodDays: settings.newPeriodDays,
      suggestedOnly: false,
      basis: [citeSource("civilProcedureInterpretation", "art 503 para 2"), citeSource("civilProcedureLaw", "art 114 para 2"), citeSource("civilProcedureLaw", "art 118 para 2")],
    });
  } else {
    steps.push({ kind: "repeatSanction", target: detentionTarget, newPeriodDays: settings.newPeriodDays, suggestedOnly: false, basis: [citeSource("civilProcedureInterpretation", "art 503 para 2"), ...fine114] });
  }
  if (sanctions >= settings.referralAfterSanctions) {
    steps.push({ kind: "refusalCrimeReferral", target: "respondent", newPeriodDays: null, suggestedOnly: true, basis: [citeSource("civilProcedureLaw", "art 114 para 1"), citeSource("criminalLaw", "art 313")] });
  }
  return { steps, delayPenaltyAccrues: true, basis: [citeSource("civilProcedureInterpretation", "art 505"), citeSource("civilProcedureLaw", "art 264")] };
}
