// 执行异议 / 复议 / 案外人异议 (rules.md §14): 民诉法(2023) arts 236, 238; 执行程序解释(2020) arts 3, 6–9,
// 15–16; 异议复议规定(2020) arts 2–3, 6; 民诉法解释(2022) arts 313–314, 463, 509–510.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createStatutoryCalendar } from "../calendar";
import { fromDayNumber, toDayNumber, compareIsoDates, type IsoDate } from "../dates/iso-date";
import { OBJECTION_PERIODS, type ObjectionPeriodKey } from "./periods";
import {
  decideInactivityEscalation,
  decideJurisdictionObjection,
  decideObjectionDocketing,
  decideReconsiderationApplication,
  decideReleaseAfterNoSuit,
  disposalHold,
  distributionCounterObjectionDue,
  distributionObjectionDue,
  distributionOutcome,
  distributionSuitDue,
  docketingNoticeDue,
  fileTransmissionDue,
  linkedCaseType,
  materialsCompletionDue,
  reconsiderationDecisionDue,
  thirdPartySuitDue,
} from "./objections";

const cal = createStatutoryCalendar();

describe("OBJECTION_PERIODS (all CONFIRMED-P, calendar days)", () => {
  it.each<[ObjectionPeriodKey, number, string, string]>([
    ["docketing", 3, "异议复议规定(2020)", "art 2 para 1"],
    ["docketingNotice", 3, "异议复议规定(2020)", "art 2 para 1"],
    ["materialsCompletion", 3, "异议复议规定(2020)", "art 2 para 2"],
    ["higherCourtOrderedDocketing", 3, "异议复议规定(2020)", "art 3"],
    ["higherCourtOrderedRuling", 15, "异议复议规定(2020)", "art 3"],
    ["objectionDecision", 15, "民事诉讼法(2023)", "art 236"],
    ["reconsiderationApplication", 10, "民事诉讼法(2023)", "art 236"],
    ["fileTransmission", 5, "执行程序解释(2020)", "art 7 para 2"],
    ["reconsiderationDecision", 30, "执行程序解释(2020)", "art 8"],
    ["reconsiderationExtensionMax", 30, "执行程序解释(2020)", "art 8"],
    ["thirdPartyDecision", 15, "民事诉讼法(2023)", "art 238"],
    ["thirdPartySuit", 15, "民事诉讼法(2023)", "art 238"],
    ["noDisposalAfterRejection", 15, "民诉法解释(2022)", "art 463 para 2"],
    ["releaseAfterNoSuit", 7, "民诉法解释(2022)", "art 314"],
    ["distributionObjection", 15, "民诉法解释(2022)", "art 509"],
    ["distributionCounterObjection", 15, "民诉法解释(2022)", "art 510 para 2"],
    ["distributionSuit", 15, "民诉法解释(2022)", "art 510 para 2"],
    ["jurisdictionObjection", 10, "执行程序解释(2020)", "art 3"],
  ])("%s: %i days (%s %s)", (key, n, law, article) => {
    expect(OBJECTION_PERIODS[key]).toMatchObject({ period: { unit: "days", n }, basis: { law, article }, confidence: "CONFIRMED-P" });
  });
});

describe("linked case types (rules.md §18, type codes UNCONFIRMED)", () => {
  it.each<["objection" | "reconsideration" | "supervision", string]>([
    ["objection", "执异"],
    ["reconsideration", "执复"],
    ["supervision", "执监"],
  ])("%s → %s", (k, code) => expect(linkedCaseType(k).code).toBe(code));
});

describe("docketing an objection (异议复议规定 arts 2, 6; 民诉法 arts 236, 238)", () => {
  it.each<[string, Parameters<typeof decideObjectionDocketing>[0], string | null, IsoDate | null, IsoDate | null]>([
    ["art 2 + 民诉法 art 236: docket by 03-13, decide by 03-25", { kind: "executionAct", receivedDate: "2025-03-10", materialsComplete: true, enforcementEnded: false }, null, "2025-03-13", "2025-03-25"],
    ["民诉法 art 238: third-party objection, 15 days", { kind: "thirdParty", receivedDate: "2025-03-10", materialsComplete: true, enforcementEnded: false }, null, "2025-03-13", "2025-03-25"],
    ["art 2 para 2: incomplete materials", { kind: "executionAct", receivedDate: "2025-03-10", materialsComplete: false, enforcementEnded: false }, "materialsIncomplete", null, null],
    ["art 6 para 1: after the procedure ended", { kind: "executionAct", receivedDate: "2025-03-10", materialsComplete: true, enforcementEnded: true }, "late", null, null],
    ["art 6 para 1: except against the terminating measure", { kind: "executionAct", receivedDate: "2025-03-10", materialsComplete: true, enforcementEnded: true, againstTerminationMeasure: true }, null, "2025-03-13", "2025-03-25"],
    ["art 6 para 2: third party after the object's enforcement ended", { kind: "thirdParty", receivedDate: "2025-03-10", materialsComplete: true, enforcementEnded: true }, "late", null, null],
  ])("%s", (_l, input, refusal, docketBy, decisionDue) => {
    const d = decideObjectionDocketing(input, cal);
    if (refusal) expect(d).toMatchObject({ ok: false, reason: refusal });
    else expect(d).toMatchObject({ ok: true, caseType: { code: "执异" }, docketBy: { due: docketBy }, decisionDue: { due: decisionDue }, staysEnforcement: false, disposalHeld: input.kind === "thirdParty" });
  });
  it("art 2: notice within 3 days of docketing; materials within 3 days (Friday → Monday)", () => {
    expect(docketingNoticeDue("2025-03-13", cal).due).toBe("2025-03-17"); // 03-16 Sunday
    expect(materialsCompletionDue("2025-03-10", cal).due).toBe("2025-03-13");
  });
  it.each<[string, Parameters<typeof decideInactivityEscalation>[0], "docketing" | "ruling" | null]>([
    ["art 3: neither docketed nor refused after 3 days", { kind: "executionAct", receivedDate: "2025-03-10", today: "2025-03-14", docketedOn: null, refused: false, ruledOn: null }, "docketing"],
    ["art 3: on the 3rd day, not yet", { kind: "executionAct", receivedDate: "2025-03-10", today: "2025-03-13", docketedOn: null, refused: false, ruledOn: null }, null],
    ["art 3: docketed, no ruling after 15 days", { kind: "executionAct", receivedDate: "2025-03-10", today: "2025-03-26", docketedOn: "2025-03-11", refused: false, ruledOn: null }, "ruling"],
    ["art 3: ruled in time", { kind: "executionAct", receivedDate: "2025-03-10", today: "2025-03-26", docketedOn: "2025-03-11", refused: false, ruledOn: "2025-03-20" }, null],
  ])("%s", (_l, input, stage) => {
    const d = decideInactivityEscalation(input, cal);
    if (stage) expect(d).toMatchObject({ ok: true, stage });
    else expect(d).toMatchObject({ ok: false, reason: "notOverdue" });
  });
});

describe("reconsideration (民诉法 art 236; 执行程序解释 arts 6–9)", () => {
  it.each<[string, Parameters<typeof decideReconsiderationApplication>[0], string | null]>([
    ["art 236: within 10 days (04-04 清明 → 04-07)", { objectionKind: "executionAct", rulingServedDate: "2025-03-25", filedDate: "2025-04-07", written: true }, null],
    ["art 236: on 04-08, late", { objectionKind: "executionAct", rulingServedDate: "2025-03-25", filedDate: "2025-04-08", written: true }, "late"],
    ["执行程序解释 art 6: in writing", { objectionKind: "executionAct", rulingServedDate: "2025-03-25", filedDate: "2025-03-26", written: false }, "notWritten"],
    ["民诉法 art 238: no reconsideration of a third-party ruling", { objectionKind: "thirdParty", rulingServedDate: "2025-03-25", filedDate: "2025-03-26", written: true }, "notReconsiderable"],
  ])("%s", (_l, input, refusal) => {
    const d = decideReconsiderationApplication(input, cal);
    if (refusal) expect(d).toMatchObject({ ok: false, reason: refusal });
    else expect(d).toMatchObject({ ok: true, caseType: { code: "执复" }, court: "higherCourt", staysEnforcement: false, applicationDue: { due: "2025-04-07" } });
  });
  it("art 7 para 2: the file goes up within 5 days (03-15 Saturday → 03-17)", () => expect(fileTransmissionDue("2025-03-10", cal).due).toBe("2025-03-17"));
  it.each<[string, number, boolean, IsoDate | string]>([
    ["art 8: 30 days", 0, false, "2025-04-09"],
    ["art 8: + 30 days with the president's approval", 30, true, "2025-05-09"],
    ["art 8: + 10 days lands on Saturday 04-19 → 04-21", 10, true, "2025-04-21"],
    ["art 8: extension without approval", 10, false, "extensionNeedsApproval"],
    ["art 8: extension over 30 days", 31, true, "extensionTooLong"],
  ])("%s", (_l, extensionDays, presidentApproved, expected) => {
    const d = reconsiderationDecisionDue({ receivedByHigherCourt: "2025-03-10", extensionDays, presidentApproved }, cal);
    if (expected.startsWith("2025")) expect(d).toMatchObject({ ok: true, due: { due: expected } });
    else expect(d).toMatchObject({ ok: false, reason: expected });
  });
});

describe("third-party objection: the hold and the suit (执行程序解释 arts 15–16; 民诉法解释 arts 313, 314, 463)", () => {
  it.each<[string, Parameters<typeof disposalHold>[0], boolean, string | null]>([
    ["art 15: held while examined", { objectionPending: true, suitPending: false, today: "2025-03-10" }, true, "examination"],
    ["art 16: held during the suit", { objectionPending: false, suitPending: true, today: "2025-03-10" }, true, "suit"],
    ["art 16: continuing on the applicant's security", { objectionPending: false, suitPending: true, continuationAllowedOnSecurity: true, today: "2025-03-10" }, false, null],
    ["解释 art 463 para 2: 15th day after service still held", { objectionPending: false, suitPending: false, rejectionServedDate: "2025-03-10", today: "2025-03-25" }, true, "afterRejection"],
    ["解释 art 463 para 2: the 16th day free", { objectionPending: false, suitPending: false, rejectionServedDate: "2025-03-10", today: "2025-03-26" }, false, null],
  ])("%s", (_l, input, held, reason) => {
    expect(disposalHold(input, cal)).toMatchObject({ held, reason });
  });
  it("民诉法 art 238: 15 days to sue", () => expect(thirdPartySuitDue("2025-03-10", cal).due).toBe("2025-03-25"));
  it.each<[string, Parameters<typeof decideReleaseAfterNoSuit>[0], string | IsoDate]>([
    ["解释 art 314: no suit by 03-25 → release by 04-01", { suspensionRulingServedDate: "2025-03-10", suitFiled: false, today: "2025-03-26" }, "2025-04-01"],
    ["解释 art 314: period still running", { suspensionRulingServedDate: "2025-03-10", suitFiled: false, today: "2025-03-25" }, "suitPeriodRunning"],
    ["解释 art 313: suit filed", { suspensionRulingServedDate: "2025-03-10", suitFiled: true, today: "2025-04-30" }, "suitFiled"],
  ])("%s", (_l, input, expected) => {
    const d = decideReleaseAfterNoSuit(input, cal);
    if (expected.startsWith("2025")) expect(d).toMatchObject({ ok: true, suitDue: { due: "2025-03-25" }, releaseBy: { due: expected } });
    else expect(d).toMatchObject({ ok: false, reason: expected });
  });
  it("the hold after rejection never ends before the suit period (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber("2005-01-01"), max: toDayNumber("2090-12-01") }), (n) => {
        const served = fromDayNumber(n);
        const suit = thirdPartySuitDue(served, cal).due;
        expect(disposalHold({ objectionPending: false, suitPending: false, rejectionServedDate: served, today: suit }, cal).held).toBe(true);
        expect(compareIsoDates(suit, served)).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });
});

describe("distribution plan (民诉法解释 arts 509–510)", () => {
  it("15 / 15 / 15 days", () => {
    expect(distributionObjectionDue("2025-03-10", cal).due).toBe("2025-03-25");
    expect(distributionCounterObjectionDue("2025-03-10", cal).due).toBe("2025-03-25");
    expect(distributionSuitDue("2025-03-10", cal).due).toBe("2025-03-25");
  });
  it.each<[string, Parameters<typeof distributionOutcome>[0], string]>([
    ["art 509: no objection", { objectionFiled: false, counterObjectionFiled: false, suitFiled: false }, "asOriginalPlanNoObjection"],
    ["art 510 para 2: no counter-objection → revised", { objectionFiled: true, counterObjectionFiled: false, suitFiled: false }, "asRevisedPerObjection"],
    ["art 510 para 2: counter-objection, no suit → original", { objectionFiled: true, counterObjectionFiled: true, suitFiled: false }, "asOriginalPlan"],
    ["art 510 para 3: suit → disputed amount deposited", { objectionFiled: true, counterObjectionFiled: true, suitFiled: true }, "withDisputedAmountDeposited"],
  ])("%s", (_l, input, distribute) => expect(distributionOutcome(input).distribute).toBe(distribute));
});

describe("objection to jurisdiction (执行程序解释 art 3)", () => {
  it.each<[string, IsoDate, boolean]>([
    ["art 3: the 10th day", "2025-03-20", true],
    ["art 3: the 11th day", "2025-03-21", false],
  ])("%s", (_l, filedDate, ok) => expect(decideJurisdictionObjection({ noticeReceivedDate: "2025-03-10", filedDate }, cal).ok).toBe(ok));
});
