// 续行 and lapse: 民诉法解释(2022) art 485 paras 2–3 (before expiry; each renewal ≤ the same maximum;
// unlimited; also of the court's own motion); 查封规定 art 27 para 1 (lapse); 注册商标权保全解释 art 2
// (a trademark in preservation: a new notice before expiry, ≤ 1 year from its receipt).
// Decision under test: the last day itself is still "before expiry" (民法典 art 203 para 2: it ends at 24:00).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addMonthsClamped } from "../dates/date-arithmetic";
import { fromDayNumber, toDayNumber, type IsoDate } from "../dates/iso-date";
import { ASSET_TYPES, ASSET_TYPE_INFO } from "./asset-types";
import { maxMonths, termRule } from "./measure-term";
import { lapse, measureStatus, renewMeasure } from "./renewal";
import { cal, expectDomainError, measure } from "./test-helpers";
import type { Measure, MeasureStatus } from "./types";

describe("renewal must be made before expiry — the last day counts (art 485 para 2; 民法典 art 203 para 2)", () => {
  it.each<[string, IsoDate, boolean]>([
    ["the day before the last day", "2026-03-09", true],
    ["on the last day itself (until 24:00)", "2026-03-10", true],
    ["the day after: lapsed (查封规定 art 27)", "2026-03-11", false],
    ["long after", "2026-06-01", false],
    ["a month early: still counted from the old expiry", "2026-02-10", true],
  ])("last day 2026-03-10, renewed on %s (%s) → allowed %s", (_l, requestDate, ok) => {
    const act = () => renewMeasure(measure(), { requestDate }, cal);
    if (!ok) {
      const err = expectDomainError(act, "PRECONDITION_FAILED", "requestDate");
      expect(err.messages.zh).toContain("第二十七条");
      expect(err.messages.en).toContain("2026-03-10");
      return;
    }
    const r = act();
    expect(r).toMatchObject({ previousExpires: "2026-03-10", countsFrom: "2026-03-10", expires: "2027-03-10", continuous: true });
    expect(r.measure).toMatchObject({ expires: "2027-03-10", renewals: 1 });
    expect(r.basis[0]).toMatchObject({ article: "art 485 paras 2–3" });
  });
});

describe("each renewal is capped at the class maximum, counted from the old expiry (art 485 para 2)", () => {
  it.each<[Partial<Measure>, number | undefined, IsoDate | null]>([
    [{}, undefined, "2027-03-10"],
    [{}, 6, "2026-09-10"],
    [{}, 12, "2027-03-10"],
    [{}, 13, null],
    [{ assetType: "vehicle", kind: "seize", expires: "2027-03-10" }, undefined, "2029-03-10"],
    [{ assetType: "vehicle", kind: "seize", expires: "2027-03-10" }, 24, "2029-03-10"],
    [{ assetType: "vehicle", kind: "seize", expires: "2027-03-10" }, 25, null],
    [{ assetType: "realEstate", kind: "seal", expires: "2028-03-10" }, undefined, "2031-03-10"],
    [{ assetType: "realEstate", kind: "seal", expires: "2028-03-10" }, 36, "2031-03-10"],
    [{ assetType: "realEstate", kind: "seal", expires: "2028-03-10" }, 37, null],
    [{ assetType: "patent", context: "preservation", expires: "2028-02-29" }, undefined, "2031-02-28"],
  ])("%j, %s months → %s", (over, requestedMonths, expires) => {
    const m = measure(over);
    const req = requestedMonths === undefined ? { requestDate: m.expires! } : { requestDate: m.expires!, requestedMonths };
    const act = () => renewMeasure(m, req, cal);
    if (expires === null) expectDomainError(act, "VALIDATION", "requestedMonths");
    else expect(act().expires).toBe(expires);
  });

  it("renewals are unlimited (art 485 paras 2–3 set no number)", () => {
    let m = measure();
    for (let i = 0; i < 12; i++) m = renewMeasure(m, { requestDate: m.expires! }, cal).measure;
    expect(m).toMatchObject({ renewals: 12, expires: "2038-03-10" });
  });

  it("the renewed term never exceeds the class cap from the old expiry (property)", () => {
    const assetType = fc.constantFrom(...ASSET_TYPES.filter((t) => t !== "trademark"), "trademark" as const);
    fc.assert(
      fc.property(
        assetType,
        fc.constantFrom("enforcement" as const, "preservation" as const),
        fc.integer({ min: toDayNumber("2005-01-01"), max: toDayNumber("2080-12-31") }),
        fc.integer({ min: 0, max: 1200 }),
        fc.integer({ min: 0, max: 400 }),
        fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
        fc.integer({ min: 0, max: 30 }),
        (type, context, startN, termDays, earlyBy, requestedMonths, receiptLag) => {
          const startDate = fromDayNumber(startN);
          const expires = fromDayNumber(startN + termDays);
          const requestDate = fromDayNumber(Math.max(startN, startN + termDays - earlyBy));
          const kind = ASSET_TYPE_INFO[type].kinds[0]!;
          const m = measure({ assetType: type, kind, context, startDate, expires });
          const cap = maxMonths(termRule(m).maxPeriod);
          const trademark = type === "trademark" && context === "preservation";
          const registryReceiptDate = addDays(requestDate, receiptLag);
          const req = { requestDate, ...(requestedMonths === undefined ? {} : { requestedMonths }), ...(trademark ? { registryReceiptDate } : {}) };
          if (requestedMonths !== undefined && requestedMonths > cap) {
            expectDomainError(() => renewMeasure(m, req, cal), "VALIDATION", "requestedMonths");
            return;
          }
          const r = renewMeasure(m, req, cal);
          const anchor = trademark ? registryReceiptDate : expires;
          expect(r.countsFrom).toBe(anchor);
          expect(r.expires <= addMonthsClamped(anchor, cap)).toBe(true);
          expect(r.expires > anchor).toBe(true);
          if (!trademark) expect(r.expires > expires).toBe(true);
        },
      ),
    );
  });
});

describe("what cannot be renewed", () => {
  it.each<[string, Partial<Measure>, IsoDate, "PRECONDITION_FAILED" | "VALIDATION", string]>([
    ["a deduct has no term", { kind: "deduct", expires: null }, "2025-06-01", "PRECONDITION_FAILED", "kind"],
    ["a queued measure whose term has not begun", { position: "queued", expires: null }, "2025-06-01", "PRECONDITION_FAILED", "expires"],
    ["a measure released on the day of the renewal", { releasedOn: "2025-06-01" }, "2025-06-01", "PRECONDITION_FAILED", "releasedOn"],
    ["a measure released earlier", { releasedOn: "2025-05-01" }, "2025-06-01", "PRECONDITION_FAILED", "releasedOn"],
    ["a renewal dated before the measure was made", {}, "2025-03-09", "VALIDATION", "requestDate"],
    ["a malformed date", {}, "2025-13-01", "VALIDATION", "requestDate"],
  ])("%s → %s %s", (_l, over, requestDate, code, field) => {
    expectDomainError(() => renewMeasure(measure(over), { requestDate }, cal), code, field);
  });

  it("a release dated after the renewal does not block it", () => {
    expect(renewMeasure(measure({ releasedOn: "2026-03-20" }), { requestDate: "2026-03-01" }, cal).expires).toBe("2027-03-10");
  });
});

describe("trademark in preservation: a new notice before expiry, ≤ 1 year from its receipt (注册商标权保全解释 art 2)", () => {
  const tm = (over: Partial<Measure> = {}) =>
    measure({ assetType: "trademark", context: "preservation", registryReceiptDate: "2025-03-12", expires: "2026-03-12", ...over });

  it.each<[string, IsoDate, IsoDate, IsoDate | null, boolean]>([
    ["sent the day before, received on the last day", "2026-03-11", "2026-03-12", "2027-03-12", true],
    ["sent and received on the last day", "2026-03-12", "2026-03-12", "2027-03-12", true],
    ["sent a month early: the new year runs from receipt, not from the old expiry", "2026-02-10", "2026-02-12", "2027-02-12", true],
    ["sent on the last day, received two days later: a gap", "2026-03-12", "2026-03-14", "2027-03-14", false],
    ["sent the day after: deemed released", "2026-03-13", "2026-03-16", null, false],
  ])("%s (sent %s, received %s) → %s", (_l, requestDate, registryReceiptDate, expires, continuous) => {
    const act = () => renewMeasure(tm(), { requestDate, registryReceiptDate }, cal);
    if (expires === null) {
      const err = expectDomainError(act, "PRECONDITION_FAILED", "requestDate");
      expect(err.messages.zh).toContain("视为自动解除");
      return;
    }
    const r = act();
    expect(r).toMatchObject({ countsFrom: registryReceiptDate, expires, continuous });
    expect(r.measure.registryReceiptDate).toBe(registryReceiptDate);
    expect(r.basis[0]).toMatchObject({ law: "注册商标权保全解释(2020)", article: "art 2" });
  });

  it("requires the new receipt date", () => {
    expectDomainError(() => renewMeasure(tm(), { requestDate: "2026-03-01" }, cal), "VALIDATION", "registryReceiptDate");
  });
  it("a receipt before the notice was sent is refused", () => {
    expectDomainError(() => renewMeasure(tm(), { requestDate: "2026-03-01", registryReceiptDate: "2026-02-28" }, cal), "VALIDATION", "registryReceiptDate");
  });
  it("13 months is refused", () => {
    expectDomainError(() => renewMeasure(tm(), { requestDate: "2026-03-01", registryReceiptDate: "2026-03-02", requestedMonths: 13 }, cal), "VALIDATION", "requestedMonths");
  });
});

describe("measureStatus (查封规定 art 27 para 1; release rulings)", () => {
  it.each<[string, Partial<Measure>, IsoDate, MeasureStatus]>([
    ["the day before the last day", {}, "2026-03-09", "active"],
    ["on the last day", {}, "2026-03-10", "active"],
    ["the day after the last day", {}, "2026-03-11", "lapsed"],
    ["the day before a release", { releasedOn: "2025-06-01" }, "2025-05-31", "active"],
    ["on the release day", { releasedOn: "2025-06-01" }, "2025-06-01", "released"],
    ["released, and later past the old last day", { releasedOn: "2025-06-01" }, "2026-04-01", "released"],
    ["released on the last day", { releasedOn: "2026-03-10" }, "2026-03-10", "released"],
    ["a release dated the first day without effect: the lapse came first", { releasedOn: "2026-03-11" }, "2026-03-11", "lapsed"],
    ["a release long after the lapse", { releasedOn: "2026-05-01" }, "2026-05-02", "lapsed"],
    ["a deduct never lapses", { kind: "deduct", expires: null }, "2040-01-01", "active"],
    ["a queued measure before its term begins", { position: "queued", expires: null }, "2040-01-01", "active"],
  ])("%s → %s", (_l, over, today, status) => {
    expect(measureStatus(measure(over), today)).toBe(status);
  });
});

describe("lapse (查封规定 art 27 para 1; 注册商标权保全解释 art 2)", () => {
  it.each<[IsoDate, boolean]>([
    ["2026-03-10", false],
    ["2026-03-11", true],
  ])("on %s → lapsed %s", (today, lapsed) => {
    const r = lapse(measure(), today);
    expect(r.lapsed).toBe(lapsed);
    if (r.lapsed) {
      expect(r).toMatchObject({ lastDayInForce: "2026-03-10", lapsedOn: "2026-03-11" });
      expect(r.basis[0]).toMatchObject({ law: "查封规定(2020)", article: "art 27 para 1" });
    }
  });

  it("a released measure has not lapsed", () => expect(lapse(measure({ releasedOn: "2025-06-01" }), "2027-01-01")).toEqual({ lapsed: false }));

  it("a trademark in preservation is 'deemed released' under its own rule", () => {
    const r = lapse(measure({ assetType: "trademark", context: "preservation", expires: "2026-03-12" }), "2026-03-13");
    expect(r.lapsed && r.basis[0]).toMatchObject({ law: "注册商标权保全解释(2020)", article: "art 2" });
  });
});
