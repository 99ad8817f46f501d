// Credit discipline (rules.md §§12–13): 限制消费规定(2015), 执行程序解释(2020) arts 23–25, 异议复议规定 art 9,
// 失信规定(2017) arts 1–6, 9, 10, 12.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createStatutoryCalendar } from "../calendar";
import { fromDayNumber, toDayNumber, type IsoDate } from "../dates/iso-date";
import { daysBetween } from "../dates/date-arithmetic";
import { expectDomainError } from "../testing/expect-domain-error";
import { CREDIT_PERIODS, withCreditOverrides, type CreditPeriodKey } from "./periods";
import {
  RESTRICTED_ACTS,
  decideConsumptionException,
  decideConsumptionLifting,
  decideConsumptionRestriction,
  decideExitLifting,
  decideExitReconsiderationApplication,
  decideExitRestriction,
  exitReconsiderationDecisionDue,
  type EntityPerson,
} from "./restrictions";
import {
  DELETION_CONDITIONS,
  DISHONEST_GROUNDS,
  DISHONEST_GROUND_INFO,
  correctionExaminationDue,
  correctionOutcome,
  correctionReconsiderationDecisionDue,
  decideDeletion,
  decideDishonestListing,
  decideRelistingRequest,
  termDeletionDue,
  wrongfulListingCorrectionDue,
  type DeletionInput,
  type DishonestGround,
  type ListingInput,
} from "./dishonest-list";
import { publicDishonestEntry, type DishonestEntryRecord } from "./public-entry";

const cal = createStatutoryCalendar();

describe("CREDIT_PERIODS (rules.md §§12–13)", () => {
  it.each<[CreditPeriodKey, string, number, string, string, string]>([
    ["exitReconsiderationApplication", "days", 10, "异议复议规定(2020)", "art 9", "CONFIRMED-P"],
    ["exitReconsiderationDecision", "days", 15, "异议复议规定(2020)", "art 9", "CONFIRMED-P"],
    ["listingTerm", "years", 2, "失信规定(2017)", "art 2", "CONFIRMED-S"],
    ["deletion", "workingDays", 3, "失信规定(2017)", "art 10", "CONFIRMED-S"],
    ["relistingBar", "months", 6, "失信规定(2017)", "art 10", "CONFIRMED-S"],
    ["wrongfulListingCorrection", "workingDays", 3, "失信规定(2017)", "art 9 (believed)", "PARTIAL"],
    ["correctionExamination", "days", 15, "失信规定(2017)", "art 12", "CONFIRMED-S"],
    ["correctionExecution", "workingDays", 3, "失信规定(2017)", "art 12", "CONFIRMED-S"],
    ["correctionReconsiderationApplication", "days", 10, "失信规定(2017)", "art 12", "CONFIRMED-S"],
    ["correctionReconsiderationDecision", "days", 15, "失信规定(2017)", "art 12", "CONFIRMED-S"],
  ])("%s: %s %i (%s %s, %s)", (key, unit, n, law, article, confidence) => {
    expect(CREDIT_PERIODS[key]).toMatchObject({ period: { unit, n }, basis: { law, article }, confidence });
  });

  it("unconfirmed-in-full-text rows can be configured; the exit reconsideration (CONFIRMED-P) cannot", () => {
    expect(withCreditOverrides({ relistingBar: 12 }).relistingBar.period.n).toBe(12);
    expectDomainError(() => withCreditOverrides({ exitReconsiderationApplication: 20 }), "VALIDATION", "exitReconsiderationApplication");
  });
});

describe("consumption restriction (限制消费规定 2015)", () => {
  const base = {
    respondentKind: "legalPerson" as const,
    noticePeriodDue: "2025-03-10" as IsoDate,
    today: "2025-03-11" as IsoDate,
    performedInFull: false,
    listedDishonest: false,
    initiatedBy: "applicantWritten" as const,
    presidentSigned: true,
  };
  it.each<[string, Partial<typeof base> & { persons?: EntityPerson[] }, string | null]>([
    ["art 1: after the notice period, may restrict", {}, null],
    ["art 1: not on the notice period's last day", { today: "2025-03-10" }, "noticePeriodRunning"],
    ["art 1: not after full performance", { performedInFull: true }, "performed"],
    ["art 5: the order is signed by the president", { presidentSigned: false }, "presidentSignatureMissing"],
    [
      "art 3 para 2: an entity's legal representative, principal, directly responsible person and actual controller",
      { persons: [{ id: "p1", role: "legalRepresentative" }, { id: "p2", role: "principal" }, { id: "p3", role: "directlyResponsible" }, { id: "p4", role: "actualController" }] },
      null,
    ],
    ["art 3 para 2: not a mere shareholder", { persons: [{ id: "p5", role: "shareholder" }] }, "roleNotCovered"],
    ["art 3 para 2: persons only with an entity", { respondentKind: "naturalPerson", persons: [{ id: "p1", role: "principal" }] } as never, "personsOnlyForEntity"],
  ])("%s", (_l, over, refusal) => {
    const d = decideConsumptionRestriction({ ...base, ...over });
    if (refusal) expect(d).toMatchObject({ ok: false, reason: refusal });
    else {
      expect(d).toMatchObject({ ok: true, mandatory: false, coversRespondent: true, acts: RESTRICTED_ACTS });
      if (d.ok) expect(d.persons.every((p) => p.basis.article === "art 3 para 2")).toBe(true);
    }
  });

  it("art 1: a listed respondent SHALL be restricted", () => {
    expect(decideConsumptionRestriction({ ...base, listedDishonest: true })).toMatchObject({ ok: true, mandatory: true });
  });
  it("art 3 para 1: nine restricted acts, including every seat on a G-train (item 9)", () => {
    expect(RESTRICTED_ACTS).toHaveLength(9);
    expect(RESTRICTED_ACTS[8]).toBe("highSpeedRailAndFirstClass");
  });

  it.each<[string, Parameters<typeof decideConsumptionException>[0], string | null]>([
    ["art 8: necessary living spending, verified", { kind: "necessaryLivingOrBusiness", applicantIsCoveredPerson: false, verified: true }, null],
    ["art 8: not verified", { kind: "necessaryLivingOrBusiness", applicantIsCoveredPerson: false, verified: false }, "notVerified"],
    ["art 3 para 3: personal assets for personal needs, by a covered person", { kind: "personalAssetsPersonalNeed", applicantIsCoveredPerson: true, verified: true }, null],
    ["art 3 para 3: only a covered person may ask", { kind: "personalAssetsPersonalNeed", applicantIsCoveredPerson: false, verified: true }, "notACoveredPerson"],
  ])("exception — %s", (_l, input, refusal) => {
    const d = decideConsumptionException(input);
    if (refusal) expect(d).toMatchObject({ ok: false, reason: refusal });
    else expect(d.ok).toBe(true);
  });

  const recipients = ["中国铁路总公司", "民航局", "中国铁路总公司"];
  it.each<[string, "fullPerformance" | "security" | "applicantConsent", { securityEffective?: boolean; courtAgrees?: boolean }, boolean | string]>([
    ["art 9: shall lift on full performance", "fullPerformance", {}, true],
    ["art 9: may lift on effective security", "security", { securityEffective: true, courtAgrees: true }, false],
    ["art 9: security must be effective", "security", { securityEffective: false, courtAgrees: true }, "securityNotEffective"],
    ["art 9: may lift on the applicant's consent", "applicantConsent", { courtAgrees: true }, false],
    ["art 9: 'may' — the court can decline", "applicantConsent", { courtAgrees: false }, "courtDeclined"],
  ])("lifting — %s", (_l, ground, opts, expected) => {
    const d = decideConsumptionLifting(ground, { ...opts, originalRecipients: recipients });
    if (typeof expected === "string") expect(d).toMatchObject({ ok: false, reason: expected });
    else expect(d).toMatchObject({ ok: true, mandatory: expected, noticeRecipients: ["中国铁路总公司", "民航局"] });
  });
});

describe("exit restriction (执行程序解释 arts 23–25; 异议复议规定 art 9)", () => {
  it.each<[string, EntityPerson["role"], boolean]>([
    ["art 24: legal representative", "legalRepresentative", true],
    ["art 24: principal", "principal", true],
    ["art 24: directly responsible person", "directlyResponsible", true],
    ["art 24: NOT the actual controller (unlike 限制消费)", "actualController", false],
  ])("%s", (_l, role, ok) => {
    expect(decideExitRestriction({ respondentKind: "legalPerson", persons: [{ id: "x", role }], initiatedBy: "courtOwnMotion" }).ok).toBe(ok);
  });
  it("art 25: shall lift on full performance, may on security", () => {
    expect(decideExitLifting("fullPerformance", { originalRecipients: ["出入境管理机关"] })).toMatchObject({ ok: true, mandatory: true });
    expect(decideExitLifting("security", { securityEffective: true, courtAgrees: true, originalRecipients: [] })).toMatchObject({ ok: true, mandatory: false });
  });
  it.each<[string, IsoDate, IsoDate, boolean, IsoDate]>([
    ["art 9: filed on the 10th day", "2025-03-10", "2025-03-20", true, "2025-03-20"],
    ["art 9: filed on the 11th day", "2025-03-10", "2025-03-21", false, "2025-03-20"],
  ])("%s", (_l, decisionReceivedDate, filedDate, ok, due) => {
    const d = decideExitReconsiderationApplication({ decisionReceivedDate, filedDate }, cal);
    expect(d.ok).toBe(ok);
    if (d.ok) expect(d).toMatchObject({ staysRestriction: false, applicationDue: { due } });
  });
  it("art 9: decided in 15 days; 2025-04-04 (清明) moves to Monday 2025-04-07", () => {
    expect(exitReconsiderationDecisionDue("2025-03-20", cal).due).toBe("2025-04-07");
  });
});

describe("listing as a dishonest debtor (失信规定 arts 1–5)", () => {
  const adult = { kind: "naturalPerson" as const, birthDate: "1990-03-07" as IsoDate };
  const evidenceFor = (g: DishonestGround) => [...DISHONEST_GROUND_INFO[g].requiredEvidence];
  const input = (over: Partial<ListingInput> = {}): ListingInput => ({
    ground: "obstruction",
    respondent: adult,
    decisionDate: "2025-03-10",
    performedInFull: false,
    evidence: evidenceFor(over.ground ?? "obstruction"),
    ...over,
  });

  it.each<[string, Partial<ListingInput>, string | null, IsoDate | null]>([
    ["art 2: situation 2 — 2 years", {}, null, "2027-03-10"],
    ["art 2: situation 3 — 2 years", { ground: "evasion" }, null, "2027-03-10"],
    ["art 2: situation 4 — 2 years (also 财产调查规定 art 10)", { ground: "reportBreach" }, null, "2027-03-10"],
    ["art 2: situation 5 — 2 years", { ground: "consumptionRestrictionBreach" }, null, "2027-03-10"],
    ["art 2: situation 6 — 2 years", { ground: "settlementBreach" }, null, "2027-03-10"],
    ["art 2: situation 1 — no fixed term", { ground: "ableButRefuses" }, null, null],
    ["art 2 + 民法典 art 202: from 29 Feb, the term ends on 28 Feb", { decisionDate: "2024-02-29" }, null, "2026-02-28"],
    ["art 2: extended by 1 year", { extension: { years: 1, reason: "violenceOrThreats" } }, null, "2028-03-10"],
    ["art 2: extended by 3 years", { extension: { years: 3, reason: "repeatedBreaches" } }, null, "2030-03-10"],
    ["art 2: not by 4 years", { extension: { years: 4, reason: "repeatedBreaches" } }, "extensionOutOfRange", null],
    ["art 2: no extension of a situation-1 listing", { ground: "ableButRefuses", extension: { years: 1, reason: "repeatedBreaches" } }, "extensionNotAllowed", null],
    ["art 4: a minor (17 on the decision day) is never listed", { respondent: { kind: "naturalPerson", birthDate: "2007-03-11" } }, "minor", null],
    ["art 4: 18 on the decision day may be listed", { respondent: { kind: "naturalPerson", birthDate: "2007-03-10" } }, null, "2027-03-10"],
    ["art 1: not after full performance", { performedInFull: true }, "performed", null],
    ["art 3(1): situation 1 excluded by adequate security", { ground: "ableButRefuses", exclusions: ["adequateSecurity"] }, "excluded", null],
    ["art 3(2): situation 1 excluded when seized property suffices", { ground: "ableButRefuses", exclusions: ["seizedPropertySufficient"] }, "excluded", null],
    ["art 3(3): situation 1 excluded when later in the order of performance", { ground: "ableButRefuses", exclusions: ["laterInOrderOfPerformance"] }, "excluded", null],
    ["art 3 applies to situation 1 only", { ground: "obstruction", exclusions: ["adequateSecurity"] }, null, "2027-03-10"],
    ["art 1(4): report breach needs the order and the breach record", { ground: "reportBreach", evidence: ["enforcementNoticeServed", "reportOrderServed"] }, "evidenceMissing", null],
    ["art 1(1): ability to perform must be shown", { ground: "ableButRefuses", evidence: ["enforcementNoticeServed"] }, "evidenceMissing", null],
    ["art 4 does not concern entities", { respondent: { kind: "legalPerson" } }, null, "2027-03-10"],
  ])("%s", (_l, over, refusal, termEnd) => {
    const d = decideDishonestListing(input(over), cal);
    if (refusal) {
      expect(d).toMatchObject({ ok: false, reason: refusal });
      if (!d.ok) expect(d.explanation.zh.length).toBeGreaterThan(0);
    } else expect(d).toMatchObject({ ok: true, termEnd, document: "decision", consumptionRestrictionRequired: true, publication: { spcDatabase: true, basis: { article: "art 7" } } });
  });

  it("a natural person's birth date is required (art 4)", () => {
    expectDomainError(() => decideDishonestListing(input({ respondent: { kind: "naturalPerson" } }), cal), "VALIDATION", "respondent.birthDate");
  });

  it("every ground lists its required evidence and cites art 1(n)", () => {
    DISHONEST_GROUNDS.forEach((g, i) => {
      expect(DISHONEST_GROUND_INFO[g].basis[0]!.article).toBe(`art 1(${i + 1})`);
      expect(DISHONEST_GROUND_INFO[g].requiredEvidence.length).toBeGreaterThan(1);
    });
  });

  it("a fixed term is at least 2 years and at most 5 (property, art 2)", () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber("2005-01-01"), max: toDayNumber("2090-12-31") }), fc.integer({ min: 0, max: 3 }), (n, ext) => {
        const decisionDate = fromDayNumber(n);
        const d = decideDishonestListing(input({ decisionDate, respondent: { kind: "legalPerson" }, extension: ext ? { years: ext, reason: "repeatedBreaches" } : null }), cal);
        expect(d.ok).toBe(true);
        if (d.ok) {
          const days = daysBetween(decisionDate, d.termEnd!);
          expect(days).toBeGreaterThanOrEqual(365 * (2 + ext));
          expect(days).toBeLessThanOrEqual(366 * (2 + ext));
        }
      }),
    );
  });
});

describe("deletion within 3 working days (失信规定 art 10)", () => {
  const listing = { termEnd: "2027-03-10" as IsoDate };
  it.each<[string, Partial<DeletionInput>, string | null, IsoDate | null]>([
    ["art 10(1): performed — Friday 2025-03-14 → Wednesday 2025-03-19", { condition: "performed" }, null, "2025-03-19"],
    ["art 10(2): settlement performed", { condition: "settlementPerformed" }, null, "2025-03-19"],
    ["art 10(3): applicant's request approved", { condition: "applicantRequest", applicantRequestApproved: true }, null, "2025-03-19"],
    ["art 10(3): not without approval", { condition: "applicantRequest" }, "conditionNotMet", null],
    ["art 10(4): two fruitless searches after 终本, no clue", { condition: "fruitlessSearchesAfterSuspension", fruitlessSearchesAfterSuspension: 2 }, null, "2025-03-19"],
    ["art 10(4): one search is not enough", { condition: "fruitlessSearchesAfterSuspension", fruitlessSearchesAfterSuspension: 1 }, "conditionNotMet", null],
    ["art 10(4): a clue given blocks it", { condition: "fruitlessSearchesAfterSuspension", fruitlessSearchesAfterSuspension: 3, clueProvided: true }, "conditionNotMet", null],
    ["art 10(5): suspended for retrial or bankruptcy", { condition: "suspendedForRetrialOrBankruptcy" }, null, "2025-03-19"],
    ["art 10(6): not enforced", { condition: "notEnforced" }, null, "2025-03-19"],
    ["art 10(7): terminated", { condition: "terminated" }, null, "2025-03-19"],
    ["art 10 + 国庆: 2025-09-30 → 10-09, 10-10, 10-11 (adjusted Saturday)", { condition: "performed", occurredOn: "2025-09-30" }, null, "2025-10-11"],
    ["art 10 para 2: term ended", { condition: "termEnded", occurredOn: "2027-03-10" }, null, "2027-03-15"],
    ["art 10 para 2: term still running", { condition: "termEnded", occurredOn: "2027-03-09" }, "termRunning", null],
    ["arts 2, 10: a situation-1 listing has no term to end", { condition: "termEnded", listing: { termEnd: null } }, "noFixedTerm", null],
  ])("%s", (_l, over, refusal, deleteBy) => {
    const d = decideDeletion({ condition: "performed", occurredOn: "2025-03-14", listing, ...over }, cal);
    if (refusal) expect(d).toMatchObject({ ok: false, reason: refusal });
    else {
      expect(d).toMatchObject({ ok: true, deleteBy: { due: deleteBy, period: { unit: "workingDays", n: 3 }, confidence: "CONFIRMED-S" } });
      if (d.ok) expect(d.basis.some((b) => b.law === "失信规定(2017)" && b.article.startsWith("art 10"))).toBe(true);
    }
  });

  it("covers every deletion condition", () => expect(DELETION_CONDITIONS).toHaveLength(8));

  it("the job: a term deletion falls due the day after the last day", () => {
    expect(termDeletionDue(listing, "2027-03-10", cal)).toBeNull();
    expect(termDeletionDue(listing, "2027-03-11", cal)?.deleteBy.due).toBe("2027-03-15");
    expect(termDeletionDue({ termEnd: null }, "2040-01-01", cal)).toBeNull();
  });

  it("deleteBy is a working day, after the condition, with exactly 3 working days in between (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber("2005-01-01"), max: toDayNumber("2090-12-31") }), (n) => {
        const occurredOn = fromDayNumber(n);
        const d = decideDeletion({ condition: "performed", occurredOn, listing }, cal);
        expect(d.ok).toBe(true);
        if (!d.ok) return;
        const due = d.deleteBy.due;
        expect(cal.isWorkingDay(due)).toBe(true);
        let working = 0;
        for (let k = n + 1; k <= toDayNumber(due); k++) if (cal.isWorkingDay(fromDayNumber(k))) working++;
        expect(working).toBe(3);
      }),
      { numRuns: 200 },
    );
  });
});

describe("re-listing after a deletion the applicant asked for (失信规定 art 10, 6 months, CONFIRMED-S)", () => {
  const prev = { condition: "applicantRequest" as const, deletedOn: "2025-03-10" as IsoDate, requestedBy: "a1" };
  it.each<[string, IsoDate, string, typeof prev | null, boolean]>([
    ["art 10: within 6 months (last day 2025-09-10) refused", "2025-09-10", "a1", prev, false],
    ["art 10: the day after the 6 months, allowed", "2025-09-11", "a1", prev, true],
    ["art 10: another applicant is not barred", "2025-04-01", "a2", prev, true],
    ["art 10: a deletion on another condition bars nothing", "2025-04-01", "a1", { ...prev, condition: "performed" as never }, true],
    ["art 1: no previous deletion", "2025-04-01", "a1", null, true],
  ])("%s", (_l, requestDate, requesterId, previousDeletion, ok) => {
    const d = decideRelistingRequest({ requestDate, requesterId, previousDeletion }, cal);
    expect(d.ok).toBe(ok);
    if (!d.ok) expect(d.reason).toBe("relistingBarred");
  });
  it("the bar is configurable (CONFIRMED-S): 3 months", () => {
    expect(decideRelistingRequest({ requestDate: "2025-06-11", requesterId: "a1", previousDeletion: prev }, cal, withCreditOverrides({ relistingBar: 3 })).ok).toBe(true);
  });
  it("a deletion at the applicant's request records the bar's end", () => {
    const d = decideDeletion({ condition: "applicantRequest", applicantRequestApproved: true, occurredOn: "2025-03-10", listing: { termEnd: null } }, cal);
    expect(d).toMatchObject({ ok: true, relistingBarredUntil: "2025-09-10" });
  });
});

describe("correction requests (失信规定 art 12; wrongful listing: believed art 9)", () => {
  it("art 12: examined within 15 days", () => expect(correctionExaminationDue("2025-03-10", cal).due).toBe("2025-03-25"));
  it("art 12: well founded — corrected within 3 working days", () => {
    expect(correctionOutcome({ decisionDate: "2025-03-25", wellFounded: true }, cal)).toMatchObject({ wellFounded: true, correctBy: { due: "2025-03-28" } });
  });
  it("art 12: rejected — 10 days to seek reconsideration (清明 moves 04-04 to 04-07), listing not stayed", () => {
    expect(correctionOutcome({ decisionDate: "2025-03-25", wellFounded: false }, cal)).toMatchObject({
      wellFounded: false,
      staysListing: false,
      reconsiderationApplicationDue: { due: "2025-04-07" },
    });
  });
  it("art 12: the higher court decides within 15 days", () => expect(correctionReconsiderationDecisionDue("2025-03-03", cal).due).toBe("2025-03-18"));
  it("art 9 (believed, PARTIAL): wrongful listing corrected in 3 working days", () => {
    expect(wrongfulListingCorrectionDue("2025-03-14", cal)).toMatchObject({ due: "2025-03-19", confidence: "PARTIAL" });
  });
});

describe("the public entry (失信规定 art 6) with the ID masked", () => {
  const person: DishonestEntryRecord = {
    subject: { kind: "naturalPerson", name: "张三", sex: "male", birthDate: "1990-03-07", idNumber: "110101199003071234", address: "北京市朝阳区某路1号", phone: "13800000000" },
    obligation: "停止侵权并赔偿 100,000 元",
    performanceStatus: "全部未履行",
    ground: "ableButRefuses",
    basisIssuer: "北京知识产权法院",
    basisNumber: "(2024)京73民初1号",
    caseNumber: "(2025)京73执1号",
    registeredDate: "2025-01-02",
    court: "北京知识产权法院",
  };
  it.each<[string, IsoDate, number]>([
    ["art 6(2): age the day before the birthday", "2025-03-06", 34],
    ["art 6(2): age on the birthday", "2025-03-07", 35],
  ])("%s", (_l, on, age) => {
    const e = publicDishonestEntry(person, on);
    expect(e.subject).toEqual({ kind: "naturalPerson", name: "张三", sex: "male", age, idNumberMasked: "1101**********1234" });
    expect(JSON.stringify(e)).not.toContain("110101199003071234");
    expect(JSON.stringify(e)).not.toContain("13800000000");
    expect(JSON.stringify(e)).not.toContain("朝阳区");
    expect(e.conduct.zh).toContain("有履行能力");
    expect(e.basis[0]).toMatchObject({ article: "art 6" });
  });
  it("art 6(1): an entity shows name, credit code and representative", () => {
    const e = publicDishonestEntry({ ...person, subject: { kind: "entity", name: "某科技有限公司", creditCode: "91110000600037341L", representativeName: "李四", phone: "010-1" } }, "2025-03-07");
    expect(e.subject).toEqual({ kind: "entity", name: "某科技有限公司", creditCode: "91110000600037341L", representativeName: "李四" });
  });
});
