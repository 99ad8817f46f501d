// 失信被执行人名单 (dishonestList), rules.md §13. The repository holds only the 2013 text; the 2017 text
// (法释〔2017〕7号) was read on third-party pages: CONFIRMED-S unless noted. Periods in periods.ts.
//   art 1: the six situations (a respondent who did not perform AND …). CONFIRMED-S.
//   art 2: 2 years for situations 2–6; extendable by 1–3 years for violence or threats, or several
//     breaches; situation 1 has no fixed term. CONFIRMED-S.
//   art 3: situation 1 is NOT listed when (1) adequate and effective security was given, (2) seized or
//     frozen property suffices, (3) the respondent is later in the order of performance, (4) other cases
//     without ability to perform. CONFIRMED-S.
//   art 4: minors are never listed. CONFIRMED-S.
//   art 5: a 决定书, effective when made. PARTIAL (content confirmed, 2017 number inferred).
//   art 7: entered into and published through the SPC's database; other media optional. CONFIRMED-S.
//   art 10: deletion within 3 working days of (1) full performance, (2) a performed settlement, (3) the
//     applicant's approved written request, (4) after 终本 at least 2 fruitless network searches and no
//     clue from the applicant, (5) 中止 for retrial or bankruptcy, (6) 不予执行, (7) 终结执行; and of the
//     end of a fixed term. A re-listing request within 6 months after a deletion at the applicant's
//     request is refused. CONFIRMED-S.
//   限制消费规定(2015) art 1: a listed respondent SHALL be restricted in consumption.
//   财产调查规定(2020) art 10: a report breach SHALL be listed (situation 4). CONFIRMED-P.
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import { computeDeadline, type Period } from "../calendar/compute-deadline";
import type { StatutoryCalendar } from "../calendar/types";
import { compareIsoDates, parseIsoDate, type IsoDate } from "../dates/iso-date";
import { invalidField, type Localized } from "../errors/domain-error";
import type { PartyKind } from "../identity/party-kind";
import { type Decision, refuse } from "../coercion/decision";
import { CREDIT_PERIODS, creditClock, LISTING_EXTENSION_YEARS, type CreditClock, type CreditPeriods } from "./periods";

const D = (article: string) => citeSource("dishonestList", article);

export const DISHONEST_GROUNDS = [
  "ableButRefuses",
  "obstruction",
  "evasion",
  "reportBreach",
  "consumptionRestrictionBreach",
  "settlementBreach",
] as const;
export type DishonestGround = (typeof DISHONEST_GROUNDS)[number];

/** What the file must hold before a listing on each ground. */
export const LISTING_EVIDENCE_KINDS = [
  "enforcementNoticeServed",
  "abilityToPerform",
  "obstructionFinding",
  "evasionFinding",
  "reportOrderServed",
  "reportBreachRecord",
  "restrictionOrderServed",
  "restrictionBreachRecord",
  "settlementAgreement",
  "settlementBreachRecord",
] as const;
export type ListingEvidenceKind = (typeof LISTING_EVIDENCE_KINDS)[number];

export type DishonestGroundInfo = {
  key: DishonestGround;
  /** 1–6 as in art 1. */
  item: number;
  basis: Citation[];
  label: Localized;
  requiredEvidence: readonly ListingEvidenceKind[];
  /** Situation 1 has no fixed term (art 2). */
  fixedTerm: boolean;
};

const ground = (key: DishonestGround, item: number, zh: string, en: string, evidence: ListingEvidenceKind[], extra: Citation[] = []): DishonestGroundInfo =>
  Object.freeze({
    key,
    item,
    basis: [D(`art 1(${item})`), ...extra],
    label: { zh, en },
    requiredEvidence: Object.freeze(["enforcementNoticeServed" as const, ...evidence]),
    fixedTerm: item !== 1,
  });

export const DISHONEST_GROUND_INFO: Readonly<Record<DishonestGround, DishonestGroundInfo>> = Object.freeze({
  ableButRefuses: ground("ableButRefuses", 1, "有履行能力而拒不履行生效法律文书确定义务", "able to perform but refuses", ["abilityToPerform"]),
  obstruction: ground("obstruction", 2, "以伪造证据、暴力、威胁等方法妨碍、抗拒执行", "obstructs or resists enforcement by forged evidence, violence or threats", ["obstructionFinding"]),
  evasion: ground("evasion", 3, "以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行", "evades enforcement by sham litigation or arbitration, or by hiding or moving assets", ["evasionFinding"]),
  reportBreach: ground("reportBreach", 4, "违反财产报告制度", "breached the property-report duty", ["reportOrderServed", "reportBreachRecord"], [citeSource("propertyInvestigation", "art 10")]),
  consumptionRestrictionBreach: ground("consumptionRestrictionBreach", 5, "违反限制消费令", "breached the consumption restriction order", ["restrictionOrderServed", "restrictionBreachRecord"]),
  settlementBreach: ground("settlementBreach", 6, "无正当理由拒不履行执行和解协议", "refuses without good reason to perform a settlement in enforcement", ["settlementAgreement", "settlementBreachRecord"]),
});

/** art 3: why a respondent able-but-refusing (situation 1) is nevertheless not listed. */
export const LISTING_EXCLUSIONS = ["adequateSecurity", "seizedPropertySufficient", "laterInOrderOfPerformance", "otherNoAbility"] as const;
export type ListingExclusion = (typeof LISTING_EXCLUSIONS)[number];

export const LISTING_EXCLUSION_INFO: Readonly<Record<ListingExclusion, { basis: Citation; label: Localized }>> = Object.freeze({
  adequateSecurity: { basis: D("art 3(1)"), label: { zh: "提供了充分有效担保", en: "adequate and effective security was given" } },
  seizedPropertySufficient: { basis: D("art 3(2)"), label: { zh: "已被采取查封、扣押、冻结等措施的财产足以清偿生效法律文书确定债务", en: "sealed, seized or frozen property suffices to pay the debt" } },
  laterInOrderOfPerformance: { basis: D("art 3(3)"), label: { zh: "被执行人履行顺序在后，对其依法不应强制执行", en: "the respondent is later in the order of performance and cannot yet be enforced against" } },
  otherNoAbility: { basis: D("art 3(4)"), label: { zh: "其他不属于有履行能力而拒不履行的情形", en: "another case of no ability to perform" } },
});

export type ListingRespondent = { kind: PartyKind; /** Required for a natural person (art 4: minors). */ birthDate?: IsoDate | null };

export type ListingExtension = { years: number; reason: "violenceOrThreats" | "repeatedBreaches" };

export type ListingInput = {
  ground: DishonestGround;
  respondent: ListingRespondent;
  decisionDate: IsoDate;
  performedInFull: boolean;
  exclusions?: readonly ListingExclusion[];
  evidence: readonly ListingEvidenceKind[];
  extension?: ListingExtension | null;
};

export type ListingRefusal = "minor" | "performed" | "excluded" | "evidenceMissing" | "extensionNotAllowed" | "extensionOutOfRange";

export type Listing = {
  ground: DishonestGround;
  decisionDate: IsoDate;
  /** Listed by a 决定书, effective when made (art 5). */
  document: "decision";
  effectiveFrom: IsoDate;
  /** null for situation 1 (no fixed term, art 2). */
  term: Period | null;
  /** The last day of the term (nominal, like a measure's term; no rest-day shift), or null. */
  termEnd: IsoDate | null;
  extensionYears: number;
  provisional: boolean;
  /** 限制消费规定 art 1: a listed respondent SHALL be restricted. */
  consumptionRestrictionRequired: true;
  /** art 7: entered into the SPC's national database and published through it; other media optional. */
  publication: { spcDatabase: true; otherMediaOptional: true; basis: Citation };
};

/** Age in whole years on `on` (a birthday on 29 Feb is reached on 1 Mar in common years). */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const [by, bm, bd] = parseIsoDate(birthDate, "birthDate").split("-").map(Number) as [number, number, number];
  const [y, m, d] = parseIsoDate(on, "on").split("-").map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Whether a respondent may be listed on this ground now, and the term if so (失信规定 arts 1–5). */
export function decideDishonestListing(input: ListingInput, cal: StatutoryCalendar, periods: CreditPeriods = CREDIT_PERIODS): Decision<Listing, ListingRefusal> {
  const info = DISHONEST_GROUND_INFO[input.ground];
  if (!info) throw invalidField("ground", { zh: `未知的失信情形：${String(input.ground)}`, en: `unknown listing ground: ${String(input.ground)}` });
  const decisionDate = parseIsoDate(input.decisionDate, "decisionDate");
  if (input.respondent.kind === "naturalPerson") {
    if (!input.respondent.birthDate) {
      throw invalidField("respondent.birthDate", { zh: "自然人被执行人须提供出生日期，以确认其不是未成年人（《失信规定》第四条）", en: "a natural person's birth date is needed to rule out a minor (失信规定 art 4)" });
    }
    if (ageOn(input.respondent.birthDate, decisionDate) < 18) {
      return refuse("minor", "不得将未成年人纳入失信被执行人名单（《失信规定》第四条）", "A minor is never listed as a dishonest debtor (失信规定 art 4)", [D("art 4")], "respondent.birthDate");
    }
  }
  if (input.performedInFull) {
    return refuse("performed", "被执行人已履行完毕，不得纳入失信名单（《失信规定》第一条）", "The respondent has performed; it cannot be listed (失信规定 art 1)", [D("art 1")], "performedInFull");
  }
  const exclusions = input.exclusions ?? [];
  if (input.ground === "ableButRefuses" && exclusions.length > 0) {
    const first = LISTING_EXCLUSION_INFO[exclusions[0]!];
    if (!first) throw invalidField("exclusions.0", { zh: `未知的不予纳入情形：${String(exclusions[0])}`, en: `unknown exclusion: ${String(exclusions[0])}` });
    return refuse(
      "excluded",
      `${first.label.zh}，不得依第一条第一项纳入失信名单（《失信规定》第三条）`,
      `${first.label.en}: no listing under situation 1 (失信规定 art 3)`,
      exclusions.map((e) => LISTING_EXCLUSION_INFO[e].basis),
      "exclusions",
    );
  }
  const missing = info.requiredEvidence.filter((e) => !input.evidence.includes(e));
  if (missing.length > 0) {
    return refuse(
      "evidenceMissing",
      `纳入失信名单（${info.label.zh}）所需的材料不全：${missing.join("、")}`,
      `Evidence missing for listing on situation ${info.item}: ${missing.join(", ")}`,
      info.basis,
      "evidence",
    );
  }
  const ext = input.extension ?? null;
  if (ext && !info.fixedTerm) {
    return refuse("extensionNotAllowed", "依第一条第一项纳入的没有固定期限，不适用延长（《失信规定》第二条）", "A situation-1 listing has no fixed term and cannot be extended (失信规定 art 2)", [D("art 2")], "extension");
  }
  if (ext && (!Number.isInteger(ext.years) || ext.years < LISTING_EXTENSION_YEARS.min || ext.years > LISTING_EXTENSION_YEARS.max)) {
    return refuse("extensionOutOfRange", `失信期限可以延长一至三年（收到 ${String(ext.years)} 年）（《失信规定》第二条）`, `A listing may be extended by 1 to 3 years (got ${String(ext.years)}) (失信规定 art 2)`, [D("art 2")], "extension.years");
  }
  const basis = [...info.basis, D("art 5"), citeSource("consumptionRestriction", "art 1")];
  const publication = { spcDatabase: true as const, otherMediaOptional: true as const, basis: D("art 7") };
  if (!info.fixedTerm) {
    return { ok: true, ground: input.ground, decisionDate, document: "decision", effectiveFrom: decisionDate, term: null, termEnd: null, extensionYears: 0, provisional: false, consumptionRestrictionRequired: true, publication, basis };
  }
  const extensionYears = ext?.years ?? 0;
  const term: Period = { unit: "years", n: periods.listingTerm.period.n + extensionYears };
  const end = computeDeadline(decisionDate, term, cal);
  return {
    ok: true,
    ground: input.ground,
    decisionDate,
    document: "decision",
    effectiveFrom: decisionDate,
    term,
    termEnd: end.nominalDue,
    extensionYears,
    provisional: false,
    consumptionRestrictionRequired: true,
    publication,
    basis: [...basis, periods.listingTerm.basis, citeSource("civilCode", "art 202")],
  };
}

export const DELETION_CONDITIONS = [
  "performed",
  "settlementPerformed",
  "applicantRequest",
  "fruitlessSearchesAfterSuspension",
  "suspendedForRetrialOrBankruptcy",
  "notEnforced",
  "terminated",
  "termEnded",
] as const;
export type DeletionCondition = (typeof DELETION_CONDITIONS)[number];

export const DELETION_CONDITION_INFO: Readonly<Record<DeletionCondition, { basis: Citation; label: Localized }>> = Object.freeze({
  performed: { basis: D("art 10(1)"), label: { zh: "被执行人已履行生效法律文书确定的义务或人民法院已执行完毕", en: "the respondent performed, or enforcement is complete" } },
  settlementPerformed: { basis: D("art 10(2)"), label: { zh: "当事人达成执行和解协议且已履行完毕", en: "a settlement was reached and performed in full" } },
  applicantRequest: { basis: D("art 10(3)"), label: { zh: "申请执行人书面申请删除失信信息，人民法院审查同意", en: "the applicant asked in writing and the court approved" } },
  fruitlessSearchesAfterSuspension: {
    basis: D("art 10(4)"),
    label: { zh: "终结本次执行程序后，通过网络执行查控系统查询被执行人财产两次以上，未发现有可供执行财产，且申请执行人或者其他人未提供有效财产线索", en: "after 终本, two or more network searches found nothing and nobody gave a valid clue" },
  },
  suspendedForRetrialOrBankruptcy: { basis: D("art 10(5)"), label: { zh: "因审判监督或破产程序，人民法院依法裁定对失信被执行人中止执行", en: "enforcement suspended for retrial or bankruptcy" } },
  notEnforced: { basis: D("art 10(6)"), label: { zh: "人民法院依法裁定不予执行", en: "the court ruled not to enforce" } },
  terminated: { basis: D("art 10(7)"), label: { zh: "人民法院依法裁定终结执行", en: "the court ruled to terminate enforcement" } },
  termEnded: { basis: D("art 10 para 2"), label: { zh: "有纳入期限的，纳入期限届满", en: "the fixed listing term ended" } },
});

/** art 10(4): at least two fruitless searches after 终本. */
export const MIN_FRUITLESS_SEARCHES = 2;

export type DeletionInput = {
  condition: DeletionCondition;
  /** The day the condition occurred; for termEnded, the term's last day. */
  occurredOn: IsoDate;
  /** The listing: its term end (null for situation 1). */
  listing: { termEnd: IsoDate | null };
  fruitlessSearchesAfterSuspension?: number;
  clueProvided?: boolean;
  applicantRequestApproved?: boolean;
};

export type Deletion = {
  condition: DeletionCondition;
  /** Delete by this day: 3 working days after the condition (art 10). */
  deleteBy: CreditClock;
  /** art 10: after a deletion at the applicant's request, that applicant's re-listing request is refused until this day (inclusive). */
  relistingBarredUntil: IsoDate | null;
};

/** Whether a deletion condition holds, and by when the entry must go (失信规定 art 10). */
export function decideDeletion(input: DeletionInput, cal: StatutoryCalendar, periods: CreditPeriods = CREDIT_PERIODS): Decision<Deletion, "conditionNotMet" | "noFixedTerm" | "termRunning"> {
  const info = DELETION_CONDITION_INFO[input.condition];
  if (!info) throw invalidField("condition", { zh: `未知的删除情形：${String(input.condition)}`, en: `unknown deletion condition: ${String(input.condition)}` });
  const occurredOn = parseIsoDate(input.occurredOn, "occurredOn");
  if (input.condition === "termEnded") {
    if (input.listing.termEnd === null) {
      return refuse("noFixedTerm", "依第一条第一项纳入的没有固定期限，须有其他删除情形（《失信规定》第二条、第十条）", "A situation-1 listing has no term; another deletion condition is needed (失信规定 arts 2, 10)", [D("art 2"), D("art 10")], "condition");
    }
    if (compareIsoDates(occurredOn, parseIsoDate(input.listing.termEnd, "listing.termEnd")) < 0) {
      return refuse("termRunning", `纳入期限至 ${input.listing.termEnd} 届满`, `The listing term runs until ${input.listing.termEnd}`, [D("art 2")], "occurredOn");
    }
  }
  if (input.condition === "fruitlessSearchesAfterSuspension") {
    const n = input.fruitlessSearchesAfterSuspension ?? 0;
    if (n < MIN_FRUITLESS_SEARCHES || input.clueProvided) {
      return refuse(
        "conditionNotMet",
        `终本后须经网络查控两次以上未发现财产，且无人提供有效财产线索（已查询 ${n} 次${input.clueProvided ? "，已有线索" : ""}）（《失信规定》第十条第四项）`,
        `After 终本 at least two fruitless network searches and no valid clue are needed (searches: ${n}${input.clueProvided ? "; a clue was given" : ""}) (失信规定 art 10(4))`,
        [info.basis],
        "fruitlessSearchesAfterSuspension",
      );
    }
  }
  if (input.condition === "applicantRequest" && !input.applicantRequestApproved) {
    return refuse("conditionNotMet", "申请执行人书面申请删除的，须经人民法院审查同意（《失信规定》第十条第三项）", "The applicant's written request must be approved by the court (失信规定 art 10(3))", [info.basis], "applicantRequestApproved");
  }
  // The term's last day is still a day of listing; the 3 working days count from it (art 10 para 2).
  const deleteBy = creditClock("deletion", occurredOn, cal, periods);
  const relistingBarredUntil =
    input.condition === "applicantRequest" ? computeDeadline(occurredOn, periods.relistingBar.period, cal).nominalDue : null;
  return { ok: true, condition: input.condition, deleteBy, relistingBarredUntil, basis: [info.basis, ...deleteBy.basis] };
}

/**
 * The deletion the job makes on `today` for an entry: due when its fixed term has ended (the day after
 * the last day); null when nothing is due. Other conditions are recorded events: decideDeletion.
 */
export function termDeletionDue(listing: { termEnd: IsoDate | null }, today: IsoDate, cal: StatutoryCalendar, periods: CreditPeriods = CREDIT_PERIODS): Deletion | null {
  parseIsoDate(today, "today");
  if (listing.termEnd === null || compareIsoDates(today, listing.termEnd) <= 0) return null;
  const d = decideDeletion({ condition: "termEnded", occurredOn: listing.termEnd, listing }, cal, periods);
  return d.ok ? { condition: d.condition, deleteBy: d.deleteBy, relistingBarredUntil: null } : null;
}

/**
 * A request to list again. Refused when the same applicant asks within 6 months after a deletion it
 * requested (art 10); allowed otherwise (a new listing still needs decideDishonestListing).
 */
export function decideRelistingRequest(
  input: { requestDate: IsoDate; requesterId: string; previousDeletion: { condition: DeletionCondition; deletedOn: IsoDate; requestedBy?: string | null } | null },
  cal: StatutoryCalendar,
  periods: CreditPeriods = CREDIT_PERIODS,
): Decision<{ barEnded: IsoDate | null }, "relistingBarred"> {
  const requestDate = parseIsoDate(input.requestDate, "requestDate");
  const prev = input.previousDeletion;
  if (!prev || prev.condition !== "applicantRequest" || (prev.requestedBy != null && prev.requestedBy !== input.requesterId)) {
    return { ok: true, barEnded: null, basis: [D("art 1")] };
  }
  const until = computeDeadline(parseIsoDate(prev.deletedOn, "previousDeletion.deletedOn"), periods.relistingBar.period, cal).nominalDue;
  if (compareIsoDates(requestDate, until) <= 0) {
    return refuse(
      "relistingBarred",
      `失信信息系依申请执行人书面申请删除，其在六个月内（至 ${until}）再次申请纳入的，不予支持（《失信规定》第十条）`,
      `The entry was deleted at this applicant's request; a request to re-list within 6 months (until ${until}) is refused (失信规定 art 10)`,
      [periods.relistingBar.basis],
      "requestDate",
    );
  }
  return { ok: true, barEnded: until, basis: [periods.relistingBar.basis] };
}

/** The correction-request clocks (art 12; a wrongful listing found by the court: believed art 9). */
export function correctionExaminationDue(receivedDate: IsoDate, cal: StatutoryCalendar, periods: CreditPeriods = CREDIT_PERIODS): CreditClock {
  return creditClock("correctionExamination", receivedDate, cal, periods);
}

export type CorrectionOutcome =
  | { wellFounded: true; correctBy: CreditClock; basis: Citation[] }
  | { wellFounded: false; reconsiderationApplicationDue: CreditClock; staysListing: false; basis: Citation[] };

/** After the examination: correct within 3 working days, or reject with 10 days to seek reconsideration. */
export function correctionOutcome(input: { decisionDate: IsoDate; wellFounded: boolean; servedDate?: IsoDate }, cal: StatutoryCalendar, periods: CreditPeriods = CREDIT_PERIODS): CorrectionOutcome {
  if (input.wellFounded) {
    const correctBy = creditClock("correctionExecution", input.decisionDate, cal, periods);
    return { wellFounded: true, correctBy, basis: correctBy.basis };
  }
  const due = creditClock("correctionReconsiderationApplication", input.servedDate ?? input.decisionDate, cal, periods);
  return { wellFounded: false, reconsiderationApplicationDue: due, staysListing: false, basis: due.basis };
}

export function correctionReconsiderationDecisionDue(receivedByHigherCourt: IsoDate, cal: StatutoryCalendar, periods: CreditPeriods = CREDIT_PERIODS): CreditClock {
  return creditClock("correctionReconsiderationDecision", receivedByHigherCourt, cal, periods);
}

export function wrongfulListingCorrectionDue(foundDate: IsoDate, cal: StatutoryCalendar, periods: CreditPeriods = CREDIT_PERIODS): CreditClock {
  return creditClock("wrongfulListingCorrection", foundDate, cal, periods);
}
