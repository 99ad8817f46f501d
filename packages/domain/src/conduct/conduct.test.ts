// Conduct duties (rules.md §§7, 15): 民诉法(2023) arts 114, 118, 263, 264; 民诉法解释(2022) arts 501–505.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONDUCT_CATEGORIES, type ConductCategory } from "../basis/vocabulary";
import { createStatutoryCalendar } from "../calendar";
import { fromDayNumber, toDayNumber, type IsoDate } from "../dates/iso-date";
import { expectDomainError } from "../testing/expect-domain-error";
import { CONDUCT_DUTY_INFO, performerClass, type PerformerClass } from "./duty-kinds";
import { assessComplianceCheck, complianceCheckSchedule, CONDUCT_SETTINGS, nextEscalation, withConductSettings } from "./compliance";
import { costListAccess, decideSubstitutePerformer, decideUnpaidCostEnforcement, fixSubstituteCost } from "./substitute";
import { conductDelayPenalty } from "./delay-penalty";

const cal = createStatutoryCalendar();

describe("who performs each IP conduct duty (民诉法 art 263; 解释 arts 501, 503)", () => {
  it.each<[string, ConductCategory, PerformerClass]>([
    ["解释 art 503: stop infringing — only the respondent", "ceaseInfringement", "respondentOnly"],
    ["民诉法 art 263 / 解释 art 501: destroy goods and tools — substitutable", "destroyGoods", "substitutable"],
    ["民诉法 art 263: apology — by publishing the judgment at the respondent's cost", "publishApology", "substitutable"],
    ["解释 art 503: change the enterprise name — only the respondent (by default)", "changeName", "respondentOnly"],
    ["民诉法 art 263: take down listings — the platform on an assistance notice", "takeDownListings", "substitutable"],
    ["民诉法 art 263: transfer a domain — the registrar on an assistance notice", "transferDomain", "substitutable"],
  ])("%s", (_l, category, performer) => {
    const r = performerClass(category);
    expect(r).toMatchObject({ performer, fromCourtFinding: false });
    expect(r.basis[r.basis.length - 1]!.law).toBe("民诉法解释(2022)");
    expect(r.basis.map((b) => b.article)).toContain(performer === "substitutable" ? "art 501" : "art 503");
  });
  it("the court's finding replaces the default; 'other' needs one", () => {
    expect(performerClass("changeName", "substitutable")).toMatchObject({ performer: "substitutable", fromCourtFinding: true });
    expectDomainError(() => performerClass("other"), "VALIDATION", "courtFinding");
  });
  it("every category has evidence kinds and a label", () => {
    for (const c of CONDUCT_CATEGORIES) {
      expect(CONDUCT_DUTY_INFO[c].evidenceKinds.length).toBeGreaterThan(0);
      expect(CONDUCT_DUTY_INFO[c].label.zh.length).toBeGreaterThan(0);
    }
  });
});

describe("compliance checks (product schedule, UNCONFIRMED / configurable)", () => {
  it("six checks every 30 days from the end of the performance period, on working days", () => {
    const s = complianceCheckSchedule("ceaseInfringement", "2025-03-10", cal);
    expect(s.map((c) => c.due)).toEqual(["2025-04-09", "2025-05-09", "2025-06-09", "2025-07-08", "2025-08-07", "2025-09-08"]);
    expect(s.every((c) => c.provisional)).toBe(true);
    expect(CONDUCT_SETTINGS).toMatchObject({ confidence: "UNCONFIRMED", provisional: true });
  });
  it("settings can be configured within bounds", () => {
    expect(complianceCheckSchedule("takeDownListings", "2025-03-10", cal, withConductSettings({ checkCount: 2, checkIntervalDays: 7 })).map((c) => c.due)).toEqual(["2025-03-17", "2025-03-24"]);
    expectDomainError(() => withConductSettings({ checkCount: 0 }), "VALIDATION", "checkCount");
  });
  it("every check falls on a working day (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber("2005-01-01"), max: toDayNumber("2090-01-01") }), fc.constantFrom(...CONDUCT_CATEGORIES), (n, c) => {
        for (const check of complianceCheckSchedule(c, fromDayNumber(n), cal)) expect(cal.isWorkingDay(check.due)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
  it.each<[string, ConductCategory, Parameters<typeof assessComplianceCheck>[1], string]>([
    ["a test purchase that bought infringing goods is a breach", "ceaseInfringement", [{ kind: "testPurchase", finding: "breach" }, { kind: "siteVisit", finding: "compliant" }], "breach"],
    ["all compliant", "takeDownListings", [{ kind: "marketplaceListing", finding: "compliant" }], "compliant"],
    ["inconclusive", "transferDomain", [{ kind: "domainStatus", finding: "inconclusive" }], "inconclusive"],
  ])("%s", (_l, c, evidence, outcome) => expect(assessComplianceCheck(c, evidence).outcome).toBe(outcome));
  it("evidence that does not fit the duty is refused", () => {
    expectDomainError(() => assessComplianceCheck("transferDomain", [{ kind: "testPurchase", finding: "breach" }]), "VALIDATION", "evidence.0.kind");
  });
});

describe("escalation on breach (民诉法 arts 114, 118, 263; 解释 arts 503, 505)", () => {
  type In = Parameters<typeof nextEscalation>[0];
  const base: In = { performer: "respondentOnly", respondentKind: "legalPerson", finesSoFar: 0, detentionsSoFar: 0, substitutePerformanceOrdered: false };
  it.each<[string, Partial<In>, string[], string | null]>([
    ["解释 art 503 para 1: first a fine", {}, ["fine"], null],
    ["解释 art 503 para 2 + 民诉法 art 114 para 2: then detention of the entity's principal", { finesSoFar: 1 }, ["detention"], "principalOrDirectlyResponsible"],
    ["art 118 para 2: a natural person is detained himself", { finesSoFar: 1, respondentKind: "naturalPerson" }, ["detention"], "respondent"],
    ["解释 art 503 para 2: repeated after a new period; referral suggested (刑法 art 313)", { finesSoFar: 1, detentionsSoFar: 1 }, ["repeatSanction", "refusalCrimeReferral"], null],
    ["民诉法 art 263: a substitutable duty goes to substitute performance", { performer: "substitutable" }, ["substitutePerformance", "fine"], null],
    ["民诉法 art 263: once ordered, a fine for the refusal", { performer: "substitutable", substitutePerformanceOrdered: true }, ["fine"], null],
  ])("%s", (_l, over, kinds, target) => {
    const e = nextEscalation({ ...base, ...over });
    expect(e.steps.map((s) => s.kind)).toEqual(kinds);
    expect(e.delayPenaltyAccrues).toBe(true);
    expect(e.basis[0]).toMatchObject({ article: "art 505" });
    if (target) expect(e.steps[0]!.target).toBe(target);
  });
});

describe("substitute performer and cost (民诉法解释 arts 501–502)", () => {
  it.each<[string, Parameters<typeof decideSubstitutePerformer>[0], string | null]>([
    ["art 501 para 1: the court selects", { method: "courtSelected", qualificationRequired: false, performerQualified: false, courtApproved: false }, null],
    ["art 501 para 1: by tender", { method: "tender", qualificationRequired: true, performerQualified: true, courtApproved: false }, null],
    ["art 501 para 1: qualification required and missing", { method: "tender", qualificationRequired: true, performerQualified: false, courtApproved: true }, "qualificationMissing"],
    ["art 501 para 2: the applicant's recommendation needs the court's decision", { method: "applicantRecommended", qualificationRequired: false, performerQualified: true, courtApproved: false }, "courtApprovalMissing"],
    ["art 501 para 2: the applicant performs itself, approved", { method: "applicantSelf", qualificationRequired: false, performerQualified: true, courtApproved: true }, null],
  ])("%s", (_l, input, refusal) => {
    const d = decideSubstitutePerformer(input);
    if (refusal) expect(d).toMatchObject({ ok: false, reason: refusal });
    else expect(d.ok).toBe(true);
  });

  it("art 502 para 1: cost fixed by the court, prepaid within the court-set period (default 10 days)", () => {
    const c = fixSubstituteCost({ amountFen: 1_250_000, orderDate: "2025-03-10" }, cal);
    expect(c).toMatchObject({ amountFen: 1_250_000, courtSet: true, prepaymentDue: { due: "2025-03-20" } });
    expect(c.basis[0]).toMatchObject({ article: "art 502 para 1" });
    expectDomainError(() => fixSubstituteCost({ amountFen: 0, orderDate: "2025-03-10" }, cal), "VALIDATION", "amountFen");
  });

  it.each<[string, Parameters<typeof decideUnpaidCostEnforcement>[0], string | number]>([
    ["art 502 para 1: unpaid after the period → a monetary duty for the unpaid part", { costFen: 1_250_000, paidFen: 250_000, prepaymentDue: "2025-03-20", today: "2025-03-21" }, 1_000_000],
    ["art 502 para 1: not on the last day", { costFen: 1_250_000, paidFen: 0, prepaymentDue: "2025-03-20", today: "2025-03-20" }, "prepaymentPeriodRunning"],
    ["art 502 para 1: prepaid in full", { costFen: 1_250_000, paidFen: 1_250_000, prepaymentDue: "2025-03-20", today: "2025-04-01" }, "paid"],
  ])("%s", (_l, input, expected) => {
    const d = decideUnpaidCostEnforcement(input);
    if (typeof expected === "number") expect(d).toMatchObject({ ok: true, duty: { kind: "monetary", category: "costs", amountFen: expected } });
    else expect(d).toMatchObject({ ok: false, reason: expected });
  });

  it.each<[string, "respondent" | "applicant" | "staff", boolean, boolean]>([
    ["art 502 para 2: the respondent after performance", "respondent", true, true],
    ["art 502 para 2: not before it ends", "respondent", false, false],
    ["staff always", "staff", false, true],
  ])("cost list — %s", (_l, role, performanceFinished, inspect) => {
    expect(costListAccess({ role, performanceFinished })).toMatchObject({ inspect, copy: inspect });
  });
});

describe("迟延履行金 for a non-monetary duty (民诉法 art 264; 解释 arts 504–505)", () => {
  it.each<[string, Parameters<typeof conductDelayPenalty>[0], string | [number, number, string]]>([
    ["art 505: with loss, double the loss", { performanceDue: "2025-03-10", until: "2025-04-09", lossFen: 300_000 }, [30, 600_000, "doubleLoss"]],
    ["art 505: without loss, the court's amount", { performanceDue: "2025-03-10", until: "2025-04-09", courtDeterminedFen: 50_000 }, [30, 50_000, "courtDetermined"]],
    ["art 505: zero loss falls to the court's amount", { performanceDue: "2025-03-10", until: "2025-03-11", lossFen: 0, courtDeterminedFen: 10_000 }, [1, 10_000, "courtDetermined"]],
    ["art 505: without loss the court must decide", { performanceDue: "2025-03-10", until: "2025-04-09" }, "amountNotDetermined"],
    ["art 504: performed on the last day — not late", { performanceDue: "2025-03-10", until: "2025-03-10", lossFen: 300_000 }, "notLate"],
    ["rules.md §7 (UNCONFIRMED): counting the expiry day", { performanceDue: "2025-03-10", until: "2025-03-10", lossFen: 1, countStartDay: true }, [1, 2, "doubleLoss"]],
  ])("%s", (_l, input, expected) => {
    const d = conductDelayPenalty(input);
    if (typeof expected === "string") expect(d).toMatchObject({ ok: false, reason: expected });
    else expect(d).toMatchObject({ ok: true, days: expected[0], amountFen: expected[1], method: expected[2] });
  });
});
