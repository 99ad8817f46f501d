import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error";
import { STATUTORY_PERIODS, withOverrides, type StatutoryPeriodKey } from "./statutory-periods";

describe("STATUTORY_PERIODS (rules.md §§2–3, 16)", () => {
  it.each<[StatutoryPeriodKey, string, number, string, string, string]>([
    ["registrationDecision", "days", 7, "执行工作规定（试行）(2020)", "item 16", "CONFIRMED-P"],
    ["handlerAssignment", "days", 7, "若干期限规定(2006)", "art 2", "CONFIRMED-S"],
    ["enforcementNotice", "days", 3, "若干期限规定(2006)", "art 4", "CONFIRMED-S"],
    ["enforcementNoticeOuterLimit", "days", 10, "执行工作规定（试行）(2020)", "item 22", "CONFIRMED-P"],
    ["enforcementTerm", "months", 6, "审限规定(2000)", "art 5", "CONFIRMED-P"],
    ["termExtension", "months", 3, "审限规定(2000)", "art 5", "CONFIRMED-P"],
    ["extensionRequestLeadTime", "days", 5, "若干期限规定(2006)", "art 1 paras 2–3", "CONFIRMED-S"],
    ["suspendedNoAssetsMinimum", "months", 3, "终本规定(2016)", "art 1(4)", "CONFIRMED-S"],
  ])("%s: %s %i (%s %s, %s)", (key, unit, n, law, article, confidence) => {
    const p = STATUTORY_PERIODS[key];
    expect(p).toMatchObject({ key, period: { unit, n }, basis: { law, article }, confidence });
    expect(p.description.zh.length).toBeGreaterThan(0);
  });
  it("is frozen", () => expect(Object.isFrozen(STATUTORY_PERIODS)).toBe(true));
});

describe("withOverrides", () => {
  it("overrides non-CONFIRMED-P values and leaves the defaults alone", () => {
    const t = withOverrides({ handlerAssignment: 5, suspendedNoAssetsMinimum: 4 });
    expect(t.handlerAssignment.period).toEqual({ unit: "days", n: 5 });
    expect(t.suspendedNoAssetsMinimum.period).toEqual({ unit: "months", n: 4 });
    expect(t.enforcementTerm.period.n).toBe(6);
    expect(STATUTORY_PERIODS.handlerAssignment.period.n).toBe(7);
  });
  it("with no overrides equals the defaults", () => expect(withOverrides({})).toEqual(STATUTORY_PERIODS));

  it.each<StatutoryPeriodKey>(["registrationDecision", "enforcementNoticeOuterLimit", "enforcementTerm", "termExtension"])(
    "refuses to override CONFIRMED-P %s",
    (key) => {
      try {
        withOverrides({ [key]: 8 });
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(DomainError);
        expect((e as DomainError).field).toBe(key);
        expect((e as DomainError).messages.en).toContain("cannot be overridden");
      }
    },
  );

  it.each<[StatutoryPeriodKey, number]>([
    ["handlerAssignment", 0],
    ["handlerAssignment", 2.5],
    ["suspendedNoAssetsMinimum", 121],
    ["noSuchPeriod" as StatutoryPeriodKey, 3],
  ])("rejects %s = %d", (key, n) => expect(() => withOverrides({ [key]: n })).toThrow(DomainError));
});
