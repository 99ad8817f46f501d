// Table-driven tests of the plan rules; each row names the article it applies.
import { describe, expect, it } from "vitest";
import { distributionOutcome } from "./objections";
import { checkPlanAmounts, planPayments, planReady } from "./distribution-plan";

describe("checkPlanAmounts (民诉法解释 art 508)", () => {
  it.each([
    { article: "art 508: lines add up, within the money", amount: 600, lines: [400, 200], available: 600, expected: { ok: true } },
    { article: "art 508: lines do not add up", amount: 600, lines: [400, 100], available: 600, expected: { ok: false, field: "lines" } },
    { article: "art 508: beyond the undistributed money", amount: 600, lines: [400, 200], available: 599, expected: { ok: false, field: "amountFen" } },
  ])("$article", ({ amount, lines, available, expected }) => {
    expect(checkPlanAmounts(amount, lines, available)).toMatchObject(expected);
  });
});

describe("planPayments (民诉法解释 arts 509–510)", () => {
  const lines = [
    { id: "a", amountFen: 400, revisedAmountFen: 300 },
    { id: "b", amountFen: 200, revisedAmountFen: 300 },
  ];
  it.each([
    { article: "art 509: no objection → as drafted", flags: [false, false, false], pay: [400, 200], deposited: 0 },
    { article: "art 510 para 2: no counter-objection → as revised", flags: [true, false, false], pay: [300, 300], deposited: 0 },
    { article: "art 510 para 2: counter-objection, no suit → as drafted", flags: [true, true, false], pay: [400, 200], deposited: 0 },
    { article: "art 510 para 3: suit → undisputed part paid, disputed amount deposited", flags: [true, true, true], pay: [300, 200], deposited: 100 },
  ])("$article", ({ flags, pay, deposited }) => {
    const o = distributionOutcome({ objectionFiled: flags[0]!, counterObjectionFiled: flags[1]!, suitFiled: flags[2]! });
    const r = planPayments(o.distribute, lines);
    expect(r.pay.map((p) => p.amountFen)).toEqual(pay);
    expect(r.depositedFen).toBe(deposited);
  });
});

describe("planReady (民诉法解释 arts 509–510)", () => {
  const base = { objectionDues: ["2025-11-18", "2025-11-20"], objectionFiled: false, counterDue: null, counterFiled: false, suitDue: null, suitFiled: false };
  it.each([
    { article: "art 509: the last objection period still runs", s: base, today: "2025-11-20", ok: false },
    { article: "art 509: every objection period has ended", s: base, today: "2025-11-21", ok: true },
    { article: "art 510 para 1: objection not yet notified", s: { ...base, objectionFiled: true }, today: "2026-01-01", ok: false },
    { article: "art 510 para 2: counter-objection period runs", s: { ...base, objectionFiled: true, counterDue: "2025-12-04" }, today: "2025-12-04", ok: false },
    { article: "art 510 para 2: counter-objection period ended", s: { ...base, objectionFiled: true, counterDue: "2025-12-04" }, today: "2025-12-05", ok: true },
    { article: "art 510 para 2: period to sue runs", s: { ...base, objectionFiled: true, counterFiled: true, counterDue: "2025-12-04", suitDue: "2025-12-20" }, today: "2025-12-20", ok: false },
    { article: "art 510 para 2: period to sue ended", s: { ...base, objectionFiled: true, counterFiled: true, counterDue: "2025-12-04", suitDue: "2025-12-20" }, today: "2025-12-21", ok: true },
    { article: "art 510 para 3: suit filed → carried out at once", s: { ...base, objectionFiled: true, counterFiled: true, suitDue: "2025-12-20", suitFiled: true }, today: "2025-12-01", ok: true },
  ])("$article", ({ s, today, ok }) => {
    expect(planReady(s, today).ok).toBe(ok);
  });
});
