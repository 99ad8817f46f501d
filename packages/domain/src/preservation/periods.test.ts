import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error";
import { PRESERVATION_PERIODS, withPreservationOverrides, type PreservationPeriodKey } from "./periods";

describe("PRESERVATION_PERIODS (rules.md §§2, 4)", () => {
  it.each<[PreservationPeriodKey, string, number, string, string, string]>([
    ["depositTermMax", "years", 1, "民诉法解释(2022)", "art 485 para 1", "CONFIRMED-P"],
    ["movableTermMax", "years", 2, "民诉法解释(2022)", "art 485 para 1", "CONFIRMED-P"],
    ["propertyRightTermMax", "years", 3, "民诉法解释(2022)", "art 485 para 1", "CONFIRMED-P"],
    ["trademarkPreservationTermMax", "years", 1, "注册商标权保全解释(2020)", "art 2", "CONFIRMED-P"],
    ["clueVerification", "days", 7, "财产调查规定(2020)", "art 2 para 1", "CONFIRMED-P"],
    ["clueVerificationUrgent", "days", 3, "财产调查规定(2020)", "art 2 para 1", "CONFIRMED-P"],
    ["investigationStart", "days", 10, "若干期限规定(2006)", "art 6", "CONFIRMED-S"],
    ["propertyInvestigation", "months", 1, "若干期限规定(2006)", "art 7 (believed)", "PARTIAL"],
  ])("%s: %s %i (%s %s, %s)", (key, unit, n, law, article, confidence) => {
    const p = PRESERVATION_PERIODS[key];
    expect(p).toMatchObject({ key, period: { unit, n }, basis: { law, article }, confidence });
    expect(p.description.zh.length).toBeGreaterThan(0);
    expect(p.description.en.length).toBeGreaterThan(0);
  });
  it("is frozen", () => expect(Object.isFrozen(PRESERVATION_PERIODS)).toBe(true));
});

describe("withPreservationOverrides", () => {
  it("configures the PARTIAL investigation period and leaves the defaults alone", () => {
    const t = withPreservationOverrides({ propertyInvestigation: 2 });
    expect(t.propertyInvestigation.period).toEqual({ unit: "months", n: 2 });
    expect(PRESERVATION_PERIODS.propertyInvestigation.period.n).toBe(1);
    expect(withPreservationOverrides({})).toEqual(PRESERVATION_PERIODS);
  });

  it.each<PreservationPeriodKey>(["depositTermMax", "movableTermMax", "propertyRightTermMax", "trademarkPreservationTermMax", "clueVerification", "clueVerificationUrgent"])(
    "refuses to override CONFIRMED-P %s",
    (key) => {
      try {
        withPreservationOverrides({ [key]: 2 });
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(DomainError);
        expect((e as DomainError).field).toBe(key);
        expect((e as DomainError).messages.en).toContain("cannot be overridden");
      }
    },
  );

  it.each<[PreservationPeriodKey, number]>([
    ["propertyInvestigation", 0],
    ["propertyInvestigation", 1.5],
    ["propertyInvestigation", 121],
    ["noSuchPeriod" as PreservationPeriodKey, 3],
  ])("rejects %s = %d", (key, n) => expect(() => withPreservationOverrides({ [key]: n })).toThrow(DomainError));
});
