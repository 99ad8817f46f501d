// 罚款, 拘留, 拘传 (rules.md §11): 民诉法(2023) arts 114, 118, 119; 民诉法解释(2022) arts 185, 186, 482, 503.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createStatutoryCalendar } from "../calendar";
import { formatCitation } from "../citation/citation";
import type { IsoDate } from "../dates/iso-date";
import { DomainError } from "../errors/domain-error";
import { expectDomainError } from "../testing/expect-domain-error";
import { orThrow } from "./decision";
import { DETENTION_MAX_DAYS, FINE_LIMITS_FEN, summonsQuestioningLimit } from "./limits";
import { COERCION_PERIODS, type CoercionPeriodKey } from "./periods";
import { advanceRefusalCrime, isRefusalCrimeFinal } from "./refusal-crime";
import {
  decideRepeatSanction,
  decideSanction,
  decideSanctionReconsiderationApplication,
  sanctionReconsiderationDecisionDue,
  urgentReversalWrittenDecisionDue,
  type SanctionRequest,
  type SanctionTarget,
} from "./sanctions";

const cal = createStatutoryCalendar();
const individual: SanctionTarget = { kind: "individual" };
const entity: SanctionTarget = { kind: "entity" };

describe("COERCION_PERIODS (all CONFIRMED-P)", () => {
  it.each<[CoercionPeriodKey, number, string]>([
    ["sanctionReconsiderationApplication", 3, "art 185"],
    ["sanctionReconsiderationDecision", 5, "art 185"],
    ["urgentReversalWrittenDecision", 3, "art 186"],
  ])("%s: %i days (民诉法解释 %s)", (key, n, article) => {
    expect(COERCION_PERIODS[key]).toMatchObject({ period: { unit: "days", n }, basis: { law: "民诉法解释(2022)", article }, confidence: "CONFIRMED-P" });
  });
});

describe("fine limits by party type (民诉法 art 118 para 1)", () => {
  it.each<[string, SanctionTarget, number, boolean]>([
    ["art 118 para 1: individual 1 fen", individual, 1, true],
    ["art 118 para 1: individual exactly 100,000 yuan", individual, 10_000_000, true],
    ["art 118 para 1: individual 100,000.01 yuan", individual, 10_000_001, false],
    ["art 118 para 1 + art 114 para 2: an entity's principal is fined as an individual", { kind: "individual", forEntity: "principal" }, 10_000_000, true],
    ["art 118 para 1: entity 49,999.99 yuan", entity, 4_999_999, false],
    ["art 118 para 1: entity exactly 50,000 yuan", entity, 5_000_000, true],
    ["art 118 para 1: entity exactly 1,000,000 yuan", entity, 100_000_000, true],
    ["art 118 para 1: entity 1,000,000.01 yuan", entity, 100_000_001, false],
  ])("%s", (_l, target, amountFen, ok) => {
    const d = decideSanction({ measure: "fine", target, ground: "refusalToPerform", amountFen, presidentApproved: true });
    expect(d.ok).toBe(ok);
    if (d.ok) {
      expect(d).toMatchObject({ amountFen, document: "decision", reconsideration: { court: "higherCourt", times: 1, staysEnforcement: false } });
      expect(d.basis.map((b) => b.article)).toEqual(expect.arrayContaining(["art 114(6)", "art 118 para 1", "art 119 para 1", "art 119 para 3"]));
    } else {
      expect(d).toMatchObject({ reason: "fineOutOfRange", field: "amountFen" });
      expect(d.explanation.zh).toContain("第一百一十八条");
    }
  });

  it("a fine is within the limits exactly when accepted (property, art 118 para 1)", () => {
    fc.assert(
      fc.property(fc.constantFrom("individual" as const, "entity" as const), fc.integer({ min: 1, max: 200_000_000 }), (kind, amountFen) => {
        const d = decideSanction({ measure: "fine", target: { kind }, ground: "refusalToPerform", amountFen, presidentApproved: true });
        const within = kind === "individual" ? amountFen <= FINE_LIMITS_FEN.individualMax : amountFen >= FINE_LIMITS_FEN.entityMin && amountFen <= FINE_LIMITS_FEN.entityMax;
        expect(d.ok).toBe(within);
      }),
    );
  });

  it.each([0, -1, 1.5, Number.NaN])("a malformed amount %s is a VALIDATION error, not a refusal", (amountFen) => {
    expectDomainError(() => decideSanction({ measure: "fine", target: individual, ground: "refusalToPerform", amountFen, presidentApproved: true }), "VALIDATION", "amountFen");
  });
});

describe("detention (民诉法 art 118 para 2, art 114 para 2)", () => {
  it.each<[string, SanctionTarget, number, string | null]>([
    ["art 118 para 2: 1 day", individual, 1, null],
    ["art 118 para 2: 15 days", individual, 15, null],
    ["art 118 para 2: 16 days", individual, 16, "detentionOutOfRange"],
    ["art 118 para 2: 0 days", individual, 0, "detentionOutOfRange"],
    ["art 114 para 2: the entity itself cannot be detained", entity, 5, "entityCannotBeDetained"],
    ["art 114 para 2: its directly responsible person can", { kind: "individual", forEntity: "directlyResponsible" }, 5, null],
  ])("%s", (_l, target, days, refusal) => {
    const d = decideSanction({ measure: "detention", target, ground: "obstructingOfficers", days, presidentApproved: true });
    if (refusal) expect(d).toMatchObject({ ok: false, reason: refusal });
    else expect(d).toMatchObject({ ok: true, days, custody: "publicSecurity", earlyReleaseOnCorrection: true });
  });
  it("the maximum is 15 days", () => expect(DETENTION_MAX_DAYS).toBe(15));
});

describe("president's approval (民诉法 art 119 para 1)", () => {
  it.each<SanctionRequest>([
    { measure: "fine", target: individual, ground: "propertyReportBreach", amountFen: 100_000, presidentApproved: false },
    { measure: "detention", target: individual, ground: "consumptionRestrictionBreach", days: 3, presidentApproved: false },
  ])("art 119 para 1: %j without approval is refused", (req) => {
    const d = decideSanction(req);
    expect(d).toMatchObject({ ok: false, reason: "presidentApprovalMissing", field: "presidentApproved" });
    const err = expectDomainError(() => orThrow(d), "PRECONDITION_FAILED", "presidentApproved");
    expect(err).toBeInstanceOf(DomainError);
    expect(err.messages.en).toContain("art 119");
  });
});

describe("reconsideration of a fine or detention (民诉法 art 119 para 3; 民诉法解释 arts 185–186)", () => {
  // 2025-10-01..08 is the National Day holiday; 2025-10-11 (Sat) is an adjusted workday.
  it.each<[string, IsoDate, IsoDate, number, string | null, IsoDate]>([
    ["art 185: filed on the 3rd day", "2025-03-10", "2025-03-13", 0, null, "2025-03-13"],
    ["art 185: filed on the 4th day is late", "2025-03-10", "2025-03-14", 0, "late", "2025-03-13"],
    ["art 185 + 民诉法 art 85 para 3: last day on a Sunday moves to Monday", "2025-03-13", "2025-03-17", 0, null, "2025-03-17"],
    ["art 185 + art 85 para 3: the National Day holiday moves the last day to 2025-10-09", "2025-09-29", "2025-10-09", 0, null, "2025-10-09"],
    ["art 119 para 3: only one reconsideration", "2025-03-10", "2025-03-11", 1, "alreadyReconsidered", "2025-03-13"],
  ])("%s", (_l, decisionReceivedDate, filedDate, previousApplications, refusal, due) => {
    const d = decideSanctionReconsiderationApplication({ decisionReceivedDate, filedDate, previousApplications }, cal);
    if (refusal) expect(d).toMatchObject({ ok: false, reason: refusal });
    else {
      expect(d).toMatchObject({ ok: true, staysEnforcement: false, applicationDue: { due } });
      if (d.ok) expect(formatCitation(d.applicationDue.basis[0]!)).toBe("《民诉法解释(2022)》第185条");
    }
  });

  it.each<[string, IsoDate, IsoDate]>([
    ["art 185: decided within 5 days of the higher court's receipt", "2025-03-10", "2025-03-17"], // 03-15 is Saturday → Monday 03-17
    ["art 185: ordinary weekday end", "2025-03-11", "2025-03-17"],
  ])("%s", (_l, received, due) => {
    expect(sanctionReconsiderationDecisionDue(received, cal).due).toBe(due);
  });

  it("art 186: the written decision follows an urgent oral notice within 3 days", () => {
    expect(urgentReversalWrittenDecisionDue("2025-03-10", cal)).toMatchObject({ due: "2025-03-13", confidence: "CONFIRMED-P" });
  });
});

describe("repeatable sanction for a duty only the respondent can perform (民诉法解释 art 503)", () => {
  type RepeatInput = Parameters<typeof decideRepeatSanction>[0];
  const base: RepeatInput = { onlyRespondentCanPerform: true, earlierSanctions: 1, newPeriodDue: "2025-06-30", performed: false, today: "2025-07-01" };
  it.each<[string, Partial<RepeatInput>, string | null]>([
    ["art 503 para 1: the first sanction needs no new period", { earlierSanctions: 0, newPeriodDue: null }, null],
    ["art 503 para 2: again after the new period ran out", {}, null],
    ["art 503 para 2: not on the new period's last day", { today: "2025-06-30" }, "newPeriodRunning"],
    ["art 503 para 2: not without a new period", { newPeriodDue: null }, "noNewPeriod"],
    ["art 503: not after performance", { performed: true }, "performed"],
    ["民诉法 art 263, 解释 art 501: a substitutable duty goes to substitute performance", { onlyRespondentCanPerform: false }, "substitutable"],
  ])("%s", (_l, over, refusal) => {
    const d = decideRepeatSanction({ ...base, ...over });
    if (refusal) expect(d).toMatchObject({ ok: false, reason: refusal });
    else expect(d.ok).toBe(true);
  });
});

describe("summons questioning (民诉法解释 art 482 para 2)", () => {
  it.each<[string, boolean, number]>([
    ["art 482 para 2: ordinary, 8 hours", false, 8],
    ["art 482 para 2: complex, detention possible, 24 hours", true, 24],
  ])("%s", (_l, complex, hours) => {
    const start = Date.UTC(2025, 2, 10, 1, 0);
    expect(summonsQuestioningLimit(start, complex)).toMatchObject({ maxHours: hours, endsBy: start + hours * 3_600_000 });
  });
});

describe("refusal-to-enforce referral tracking (民诉法 art 114 para 1; 刑法 art 313, route UNCONFIRMED)", () => {
  it("follows referral → opened → prosecuted → convicted, and refuses a jump", () => {
    expect(advanceRefusalCrime("referred", "caseOpened").confidence).toBe("UNCONFIRMED");
    expect(advanceRefusalCrime("caseOpened", "prosecuted").to).toBe("prosecuted");
    expect(isRefusalCrimeFinal("convicted")).toBe(true);
    expect(isRefusalCrimeFinal("referred")).toBe(false);
    expectDomainError(() => advanceRefusalCrime("referred", "convicted"), "VALIDATION", "to");
  });
});
