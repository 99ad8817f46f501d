// Over-seizure: 查封规定(2020) art 19 (limit = claim + execution costs; release the excess unless the
// asset is indivisible and other property is lacking); 民诉法(2023) art 253. No numeric threshold for
// "明显": any excess counts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { IsoDate } from "../dates/iso-date";
import { checkNewMeasure, claimPlusCostsToDate, controlLimitFen, excessToRelease, type ControlledMeasure, type NewMeasureCheck } from "./over-seizure";
import { expectDomainError } from "./test-helpers";

const YUAN = 100;

describe("controlLimitFen (art 19 para 1: 债权额及执行费用)", () => {
  it.each<[string, Parameters<typeof controlLimitFen>[0], number]>([
    ["claim + fee + delay interest", { claimFen: 100_000_000, enforcementFeeFen: 1_240_000, delayInterestFen: 525_000 }, 101_765_000],
    ["with other execution costs (appraisal, auction)", { claimFen: 100_000_000, enforcementFeeFen: 1_240_000, delayInterestFen: 0, otherCostsFen: 300_000 }, 101_540_000],
    ["all zero", { claimFen: 0, enforcementFeeFen: 0, delayInterestFen: 0 }, 0],
  ])("%s", (_l, input, limitFen) => {
    const r = controlLimitFen(input);
    expect(r.limitFen).toBe(limitFen);
    expect(r.basis.map((b) => `${b.law} ${b.article}`)).toEqual(["查封规定(2020) art 19 para 1", "民事诉讼法(2023) art 253 para 1"]);
  });

  it.each<[Partial<Parameters<typeof controlLimitFen>[0]>, string]>([
    [{ claimFen: -1 }, "claimFen"],
    [{ enforcementFeeFen: 1.5 }, "enforcementFeeFen"],
    [{ delayInterestFen: Number.NaN }, "delayInterestFen"],
    [{ otherCostsFen: -5 }, "otherCostsFen"],
    [{ claimFen: Number.MAX_SAFE_INTEGER, enforcementFeeFen: 10 }, "limitFen"],
  ])("%j → VALIDATION %s", (over, field) => {
    expectDomainError(() => controlLimitFen({ claimFen: 100, enforcementFeeFen: 0, delayInterestFen: 0, ...over }), "VALIDATION", field);
  });
});

describe("claimPlusCostsToDate (computeEnforcementFee, delayDays, computeDelayInterest)", () => {
  const principalFen = 1_000_000 * YUAN;
  it.each<[string, IsoDate, number, number]>([
    ["the performance period's last day itself: no delay yet", "2025-01-01", 0, 0],
    ["the day after: 1 day (175 yuan)", "2025-01-02", 1, 17_500],
    ["30 days: 5,250 yuan", "2025-01-31", 30, 525_000],
  ])("%s", (_l, today, days, interestFen) => {
    const r = claimPlusCostsToDate({ principalFen, delayFrom: "2025-01-01", today });
    expect(r).toMatchObject({ principalFen, enforcementFeeFen: 12_400 * YUAN, delayDays: days, delayInterestFen: interestFen, otherCostsFen: 0 });
    expect(r.limitFen).toBe(principalFen + 12_400 * YUAN + interestFen);
    expect(r.basis.map((b) => b.article)).toEqual(expect.arrayContaining(["art 19 para 1", "art 1 para 3", "art 264", "art 14(1)2"]));
  });

  it("takes a given fee and other costs as they are", () => {
    const r = claimPlusCostsToDate({ principalFen, enforcementFeeFen: 0, otherCostsFen: 50_000, delayFrom: "2025-01-01", today: "2025-01-02" });
    expect(r.limitFen).toBe(principalFen + 17_500 + 50_000);
    expect(r.basis.map((b) => b.article)).not.toContain("art 14(1)2");
  });

  it("a delay start after today counts no days", () => {
    expect(claimPlusCostsToDate({ principalFen, delayFrom: "2025-02-01", today: "2025-01-15" }).delayDays).toBe(0);
  });
});

describe("checkNewMeasure: total within the limit (boundaries: limit − 1, limit, limit + 1)", () => {
  const limitFen = 1_000_000;
  const plain = (newValueFen: number): NewMeasureCheck => ({ existingControlledFen: 400_000, newValueFen, limitFen, indivisible: false, noOtherProperty: false });
  it.each<[string, number, boolean]>([
    ["one fen under the limit", 599_999, true],
    ["exactly the limit", 600_000, true],
    ["one fen over: over-seizure (no 明显 threshold)", 600_001, false],
  ])("%s → allowed %s", (_l, newValueFen, ok) => {
    const act = () => checkNewMeasure(plain(newValueFen));
    if (ok) {
      expect(act()).toMatchObject({ ok: true, totalFen: 400_000 + newValueFen, excessFen: 0, exceptionApplied: false });
      return;
    }
    const err = expectDomainError(act, "PRECONDITION_FAILED", "valueFen");
    expect(err.messages.zh).toContain("第十九条");
    expect(err.messages.zh).toContain("0.01元");
  });

  it.each<[boolean, boolean, string | undefined, boolean]>([
    [true, true, "整栋厂房不可分，别无财产", true],
    [true, true, "理由", true],
    [true, true, "理", false],
    [true, true, "   ", false],
    [true, true, undefined, false],
    [true, false, "整栋厂房不可分", false],
    [false, true, "别无财产", false],
    [false, false, "理由充分", false],
  ])("over the limit: indivisible %s, no other property %s, justification %j → allowed %s (art 19 para 2)", (indivisible, noOtherProperty, justification, ok) => {
    const input: NewMeasureCheck = { existingControlledFen: 0, newValueFen: 3_000_000, limitFen, indivisible, noOtherProperty, ...(justification === undefined ? {} : { justification }) };
    if (ok) {
      const r = checkNewMeasure(input);
      expect(r).toMatchObject({ ok: true, totalFen: 3_000_000, excessFen: 2_000_000, exceptionApplied: true, justification: justification!.trim() });
      expect(r.basis.map((b) => b.article)).toContain("art 19 para 2");
    } else {
      const err = expectDomainError(() => checkNewMeasure(input), "PRECONDITION_FAILED", "valueFen");
      expect(err.messages.en).toContain("exception also needs");
    }
  });

  it.each<[Partial<NewMeasureCheck>, string]>([
    [{ newValueFen: -1 }, "newValueFen"],
    [{ existingControlledFen: 0.5 }, "existingControlledFen"],
    [{ limitFen: -1 }, "limitFen"],
  ])("%j → VALIDATION %s", (over, field) => {
    expectDomainError(() => checkNewMeasure({ ...plain(1), ...over }), "VALIDATION", field);
  });

  it("never accepts a total above the limit without the exception (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.integer({ min: 0, max: 1e12 }),
        fc.integer({ min: 0, max: 2e12 }),
        fc.boolean(),
        fc.boolean(),
        fc.option(fc.string({ maxLength: 4 }), { nil: undefined }),
        (existing, value, limit, indivisible, noOther, justification) => {
          const input = { existingControlledFen: existing, newValueFen: value, limitFen: limit, indivisible, noOtherProperty: noOther, ...(justification === undefined ? {} : { justification }) };
          let accepted: ReturnType<typeof checkNewMeasure> | null = null;
          try {
            accepted = checkNewMeasure(input);
          } catch {
            accepted = null;
          }
          const exception = indivisible && noOther && [...(justification ?? "").trim()].length >= 2;
          if (existing + value <= limit) expect(accepted?.exceptionApplied).toBe(false);
          else if (exception) expect(accepted?.exceptionApplied).toBe(true);
          else expect(accepted).toBeNull();
        },
      ),
    );
  });
});

describe("excessToRelease: latest first; divisible in part, indivisible whole or kept (art 19 para 2)", () => {
  const m = (id: string, valueFen: number, registeredAt: string, indivisible: boolean): ControlledMeasure => ({ id, valueFen, registeredAt, indivisible });
  const A = m("A-deposit", 400, "2025-01-10T09:00", false);
  const B = m("B-house", 500, "2025-02-10T09:00", true);
  const C = m("C-car", 450, "2025-03-10T09:00", true);

  it.each<[string, ControlledMeasure[], number, [string, number, boolean][], number, string[]]>([
    ["within the limit: nothing to release", [A, B], 1000, [], 0, []],
    ["exactly at the limit", [A, B], 900, [], 0, []],
    ["one fen over: release one fen of the latest divisible", [A, m("D-deposit", 100, "2025-04-01T09:00", false)], 499, [["D-deposit", 1, false]], 0, []],
    ["latest car fits the excess: released whole", [A, B, C], 900, [["C-car", 450, true]], 0, []],
    ["car too big to release whole: kept; the deposit released in part", [A, B, C], 1000, [["A-deposit", 350, false]], 0, []],
    ["only indivisible assets, none fits: all kept under the exception", [B, C], 900, [], 50, ["C-car", "B-house"]],
    ["a later deposit goes before an earlier one", [A, m("E-funds", 300, "2025-05-01T09:00", false)], 500, [["E-funds", 200, false]], 0, []],
  ])("%s", (_l, measures, limitFen, lines, retainedFen, retained) => {
    const controlledFen = measures.reduce((s, x) => s + x.valueFen, 0);
    const r = excessToRelease({ controlledFen, limitFen, measures });
    expect(r.lines.map((l) => [l.id, l.releaseFen, l.whole])).toEqual(lines);
    expect(r.retainedFen).toBe(retainedFen);
    expect(r.retained.map((x) => x.id)).toEqual(retained);
    expect(r.releaseFen + r.retainedFen).toBe(r.excessFen);
    expect(r.basis[0]).toMatchObject({ law: "查封规定(2020)", article: "art 19 para 2" });
  });

  it("controlledFen must equal the measures' total", () => {
    expectDomainError(() => excessToRelease({ controlledFen: 901, limitFen: 100, measures: [B, A] }), "VALIDATION", "controlledFen");
  });

  const measuresArb = fc.array(
    fc.record({
      id: fc.uuid(),
      valueFen: fc.integer({ min: 0, max: 1e9 }),
      registeredAt: fc.integer({ min: 0, max: 50_000 }).map((k) => `2025-01-${String(1 + Math.floor(k / 1440) % 28).padStart(2, "0")}T${String(Math.floor(k / 60) % 24).padStart(2, "0")}:${String(k % 60).padStart(2, "0")}`),
      indivisible: fc.boolean(),
    }),
    { maxLength: 8 },
  );

  it("covers exactly the excess: released + kept-under-exception = excess; never releases below the limit (property)", () => {
    fc.assert(
      fc.property(measuresArb, fc.integer({ min: 0, max: 8e9 }), (measures, limitFen) => {
        const controlledFen = measures.reduce((s, x) => s + x.valueFen, 0);
        const r = excessToRelease({ controlledFen, limitFen, measures });
        expect(r.excessFen).toBe(Math.max(0, controlledFen - limitFen));
        expect(r.releaseFen + r.retainedFen).toBe(r.excessFen);
        expect(r.lines.reduce((s, l) => s + l.releaseFen, 0)).toBe(r.releaseFen);
        expect(controlledFen - r.releaseFen).toBeGreaterThanOrEqual(Math.min(limitFen, controlledFen));
        for (const l of r.lines) expect(l.releaseFen).toBeLessThanOrEqual(l.valueFen);
        // kept only under the exception: every retained asset is indivisible and bigger than what was left
        for (const x of r.retained) expect(measures.find((y) => y.id === x.id)?.indivisible).toBe(true);
      }),
    );
  });

  it("with only divisible assets the release equals the excess exactly (property)", () => {
    fc.assert(
      fc.property(measuresArb, fc.integer({ min: 0, max: 8e9 }), (ms, limitFen) => {
        const measures = ms.map((x) => ({ ...x, indivisible: false }));
        const controlledFen = measures.reduce((s, x) => s + x.valueFen, 0);
        const r = excessToRelease({ controlledFen, limitFen, measures });
        expect(r.releaseFen).toBe(Math.max(0, controlledFen - limitFen));
        expect(r.retained).toEqual([]);
      }),
    );
  });
});
