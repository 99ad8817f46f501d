import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createStatutoryCalendar } from "../calendar";
import { formatCitation } from "../citation/citation";
import { overridePeriods } from "../config/period-table";
import { fromDayNumber, toDayNumber } from "../dates/iso-date";
import { DomainError } from "../errors/domain-error";
import { APPRAISAL_MAX_EXTENSIONS, VALUATION_PERIODS, valuationClock, type ValuationPeriodKey } from "./periods";

const cal = createStatutoryCalendar();

describe("VALUATION_PERIODS (rules.md §9; 参考价规定(2018), every value read in the full text)", () => {
  it.each<[ValuationPeriodKey, string, number, string]>([
    ["procedureStart", "days", 30, "art 1"],
    ["onlineInquiryReport", "days", 3, "art 11 para 1"],
    ["onlineInquiryExtension", "days", 3, "art 11 para 2"],
    ["onlineInquiryCorrection", "days", 3, "art 12"],
    ["onlineInquiryReissue", "days", 3, "art 11 para 4"],
    ["appraisalReport", "days", 30, "art 19 para 1"],
    ["appraisalExtensionLead", "days", 5, "art 19 para 2"],
    ["appraisalExtensionMax", "days", 15, "art 19 para 2"],
    ["appraisalMaterialsReturn", "days", 3, "art 19 para 3"],
    ["appraisalCorrection", "days", 3, "art 20"],
    ["appraisalReissue", "days", 15, "art 19 para 4"],
    ["reportService", "days", 3, "art 21 para 1"],
    ["publicationDeemedReceipt", "days", 15, "art 21 para 2"],
    ["objection", "days", 5, "arts 22, 23"],
    ["objectionReferral", "days", 3, "art 23 para 1"],
    ["agencyExplanation", "days", 5, "art 23 para 1"],
    ["validityMax", "years", 1, "art 27 paras 1–2"],
    ["validityGrace", "months", 6, "art 27 para 3"],
    ["saleStart", "days", 10, "art 30"],
  ])("%s: %s %i (参考价规定 %s, CONFIRMED-P)", (key, unit, n, article) => {
    const p = VALUATION_PERIODS[key];
    expect(p).toMatchObject({ key, period: { unit, n }, basis: { law: "参考价规定(2018)", article }, confidence: "CONFIRMED-P" });
    expect(p.description.zh.length).toBeGreaterThan(0);
    expect(p.description.en.length).toBeGreaterThan(0);
  });

  it("has a row for every key, none in working days (the statute writes 日)", () => {
    expect(Object.keys(VALUATION_PERIODS)).toHaveLength(19);
    for (const p of Object.values(VALUATION_PERIODS)) expect(p.period.unit).not.toBe("workingDays");
  });
  it("art 19 para 2: at most two extensions", () => expect(APPRAISAL_MAX_EXTENSIONS).toBe(2));
  it("is frozen", () => expect(Object.isFrozen(VALUATION_PERIODS)).toBe(true));
  it("cites in Chinese as a reader writes it", () => {
    expect(formatCitation(VALUATION_PERIODS.onlineInquiryExtension.basis)).toBe("《参考价规定(2018)》第11条第2款");
    expect(formatCitation(VALUATION_PERIODS.objection.basis)).toBe("《参考价规定(2018)》第22、23条");
  });
  it("no row can be overridden: all are CONFIRMED-P", () => {
    for (const key of Object.keys(VALUATION_PERIODS) as ValuationPeriodKey[]) {
      expect(() => overridePeriods(VALUATION_PERIODS, { [key]: 7 }, { zh: "参考价期间", en: "valuation period" })).toThrow(DomainError);
    }
  });
});

describe("valuationClock (rules.md §19: start day not counted, rest-day shift)", () => {
  it.each<[ValuationPeriodKey, string, number, string, string]>([
    // 2025-03-10 is a Monday.
    ["procedureStart", "2025-03-10", 0, "2025-04-09", "2025-04-09"], // art 1: a Wednesday
    ["onlineInquiryReport", "2025-03-10", 0, "2025-03-13", "2025-03-13"], // art 11 para 1
    ["onlineInquiryReport", "2025-03-12", 0, "2025-03-15", "2025-03-17"], // Saturday → Monday
    ["onlineInquiryReport", "2025-03-10", 3, "2025-03-16", "2025-03-17"], // 3 + 3 (art 11 para 2): Sunday → Monday
    ["saleStart", "2025-09-26", 0, "2025-10-06", "2025-10-09"], // art 30: National Day holiday → 10-09
    ["objection", "2025-01-24", 0, "2025-01-29", "2025-02-05"], // Spring Festival 2025: 01-28 … 02-04
  ])("%s from %s (+%i) → nominal %s, due %s", (key, from, extra, nominal, due) => {
    const c = valuationClock(key, from, cal, extra);
    expect(c).toMatchObject({ key, from, nominalDue: nominal, due, confidence: "CONFIRMED-P", provisional: false });
    expect(c.basis[0]).toEqual(VALUATION_PERIODS[key].basis);
  });

  it("refuses extra days on a month or year period, and negative extra days", () => {
    expect(() => valuationClock("validityGrace", "2025-03-10", cal, 1)).toThrow(RangeError);
    expect(() => valuationClock("objection", "2025-03-10", cal, -1)).toThrow(RangeError);
  });
  it("refuses a malformed date", () => expect(() => valuationClock("objection", "2025-02-30", cal)).toThrow(DomainError));

  it("a deadline never ends on a rest day and never before the nominal day (property)", () => {
    const keys = Object.keys(VALUATION_PERIODS) as ValuationPeriodKey[];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.integer({ min: toDayNumber("2004-01-01"), max: toDayNumber("2026-11-30") }), (key, n) => {
        const c = valuationClock(key, fromDayNumber(n), cal);
        expect(cal.isWorkingDay(c.due)).toBe(true);
        expect(c.due >= c.nominalDue && c.nominalDue > c.from).toBe(true);
      }),
    );
  });
});
