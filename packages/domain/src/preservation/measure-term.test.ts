// The term of a measure: 民诉法解释(2022) art 485 para 1 (1/2/3 years by class), counted through
// computeDeadline (民法典 arts 201–202) and ending on the nominal day; 注册商标权保全解释 art 2 (a trademark
// in preservation: 1 year from the office's receipt of the notice); a deduct has no term.
import { describe, expect, it } from "vitest";
import type { IsoDate } from "../dates/iso-date";
import type { AssetType, MeasureKind } from "./asset-types";
import { measureTerm, type MeasureTermInput } from "./measure-term";
import { cal, expectDomainError } from "./test-helpers";

const base = (over: Partial<MeasureTermInput> = {}): MeasureTermInput => ({
  assetType: "bankDeposit",
  kind: "freeze",
  context: "enforcement",
  startDate: "2025-03-10",
  ...over,
});

describe("maximum term by class (民诉法解释 art 485 para 1), made 2025-03-10", () => {
  it.each<[AssetType, MeasureKind, IsoDate, number]>([
    ["bankDeposit", "freeze", "2026-03-10", 1],
    ["onlinePaymentFunds", "freeze", "2026-03-10", 1],
    ["vehicle", "seal", "2027-03-10", 2],
    ["vehicle", "seize", "2027-03-10", 2],
    ["equipment", "seize", "2027-03-10", 2],
    ["infringingStock", "seal", "2027-03-10", 2],
    ["realEstate", "seal", "2028-03-10", 3],
    ["equity", "freeze", "2028-03-10", 3],
    ["securities", "freeze", "2028-03-10", 3],
    ["patent", "freeze", "2028-03-10", 3],
    ["copyright", "freeze", "2028-03-10", 3],
    ["domainName", "freeze", "2028-03-10", 3],
    ["receivable", "freeze", "2028-03-10", 3],
  ])("%s (%s) → last day %s (%i year(s))", (assetType, kind, expires, years) => {
    const t = measureTerm(base({ assetType, kind }), cal);
    expect(t).toMatchObject({ countsFrom: "2025-03-10", expires, maxPeriod: { unit: "years", n: years }, period: { unit: "years", n: years } });
    expect(t.basis[0]).toMatchObject({ law: "民诉法解释(2022)", article: "art 485 para 1" });
    expect(t.basis).toContainEqual(expect.objectContaining({ law: "民法典", article: "art 202" }));
    expect(t.caveat).toBeUndefined();
  });

  it.each<[string, IsoDate, IsoDate, string]>([
    ["start day not counted: the corresponding day one year on", "2025-03-10", "2026-03-10", "民法典 art 201–202"],
    ["29 Feb + 1 year has no 29 Feb → 28 Feb", "2024-02-29", "2025-02-28", "民法典 art 202"],
    ["nominal last day on National Day is NOT shifted (term of effect)", "2025-10-01", "2026-10-01", "choice; 民法典 art 203 para 2"],
    ["nominal last day on a Saturday is not shifted", "2025-03-14", "2026-03-14", "choice"],
  ])("%s: %s → %s (%s)", (_l, startDate, expires) => {
    const t = measureTerm(base({ startDate }), cal);
    expect(t.expires).toBe(expires);
    expect(t.basis.map((b) => b.article)).not.toContain("art 85 para 3");
  });
});

describe("a shorter requested term is allowed, a longer one refused (art 485 para 1 '不得超过')", () => {
  it.each<[AssetType, MeasureKind, number, IsoDate | null]>([
    ["bankDeposit", "freeze", 11, "2026-02-10"],
    ["bankDeposit", "freeze", 12, "2026-03-10"],
    ["bankDeposit", "freeze", 13, null],
    ["vehicle", "seize", 23, "2027-02-10"],
    ["vehicle", "seize", 24, "2027-03-10"],
    ["vehicle", "seize", 25, null],
    ["realEstate", "seal", 35, "2028-02-10"],
    ["realEstate", "seal", 36, "2028-03-10"],
    ["realEstate", "seal", 37, null],
    ["patent", "freeze", 1, "2025-04-10"],
    ["patent", "freeze", 0, null],
    ["patent", "freeze", 6.5, null],
  ])("%s %s, %d months → %s", (assetType, kind, requestedMonths, expires) => {
    const act = () => measureTerm(base({ assetType, kind, requestedMonths }), cal);
    if (expires === null) {
      const err = expectDomainError(act, "VALIDATION", "requestedMonths");
      expect(err.messages.zh).toContain("不得超过");
      return;
    }
    expect(act().expires).toBe(expires);
  });

  it("31 Jan + 1 month → 28 Feb (民法典 art 202)", () => {
    expect(measureTerm(base({ startDate: "2025-01-31", requestedMonths: 1 }), cal)).toMatchObject({ expires: "2025-02-28", period: { unit: "months", n: 1 } });
  });
});

describe("registered trademark in property preservation (注册商标权保全解释 art 2)", () => {
  const tm = (over: Partial<MeasureTermInput> = {}) => base({ assetType: "trademark", context: "preservation", ...over });

  it("requires registryReceiptDate (VALIDATION naming it)", () => {
    const err = expectDomainError(() => measureTerm(tm(), cal), "VALIDATION", "registryReceiptDate");
    expect(err.messages.zh).toContain("第二条");
  });

  it.each<[IsoDate, IsoDate, string]>([
    ["2025-03-10", "2026-03-10", "received the day the measure was made"],
    ["2025-03-14", "2026-03-14", "received four days later: counted from receipt, not from the ruling"],
  ])("received %s → last day %s (%s)", (registryReceiptDate, expires) => {
    const t = measureTerm(tm({ registryReceiptDate }), cal);
    expect(t).toMatchObject({ countsFrom: registryReceiptDate, expires, maxPeriod: { unit: "years", n: 1 } });
    expect(t.basis[0]).toMatchObject({ law: "注册商标权保全解释(2020)", article: "art 2" });
  });

  it.each<[number, boolean]>([
    [11, true],
    [12, true],
    [13, false],
  ])("at most 1 year each time: %d months → allowed %s", (requestedMonths, ok) => {
    const act = () => measureTerm(tm({ registryReceiptDate: "2025-03-12", requestedMonths }), cal);
    if (ok) expect(act().expires).toBe(requestedMonths === 12 ? "2026-03-12" : "2026-02-12");
    else expectDomainError(act, "VALIDATION", "requestedMonths");
  });

  it("receipt before the measure was made is refused", () => {
    expectDomainError(() => measureTerm(tm({ registryReceiptDate: "2025-03-09" }), cal), "VALIDATION", "registryReceiptDate");
  });

  it("a trademark frozen in ENFORCEMENT takes art 485's 3 years, with a caveat (rules.md §4: UNCONFIRMED)", () => {
    const t = measureTerm(base({ assetType: "trademark" }), cal);
    expect(t).toMatchObject({ expires: "2028-03-10", maxPeriod: { unit: "years", n: 3 } });
    expect(t.caveat?.en).toContain("unconfirmed");
  });
});

describe("preservation of other assets uses art 485 (民诉法解释 art 156; 查封规定 art 29)", () => {
  it("a patent frozen in preservation: 3 years, with both bridging citations", () => {
    const t = measureTerm(base({ assetType: "patent", context: "preservation" }), cal);
    expect(t.expires).toBe("2028-03-10");
    expect(t.basis.map((b) => `${b.law} ${b.article}`)).toEqual(
      expect.arrayContaining(["民诉法解释(2022) art 485 para 1", "民诉法解释(2022) art 156", "查封规定(2020) art 29"]),
    );
  });
});

describe("deduct (扣划) has no term (民诉法解释 art 484)", () => {
  it("returns no expiry", () => {
    expect(measureTerm(base({ kind: "deduct" }), cal)).toMatchObject({ countsFrom: null, expires: null, maxPeriod: null, period: null });
  });
  it("refuses a requested term", () => {
    expectDomainError(() => measureTerm(base({ kind: "deduct", requestedMonths: 3 }), cal), "VALIDATION", "requestedMonths");
  });
});

describe("shape checks", () => {
  it.each<[Partial<MeasureTermInput>, string]>([
    [{ assetType: "realEstate", kind: "freeze" }, "kind"],
    [{ assetType: "bankDeposit", kind: "seal" }, "kind"],
    [{ assetType: "patent", kind: "deduct" }, "kind"],
    [{ assetType: "vehicle", kind: "freeze" }, "kind"],
    [{ assetType: "ship" as AssetType }, "assetType"],
    [{ kind: "attach" as MeasureKind }, "kind"],
    [{ context: "trial" as "enforcement" }, "context"],
    [{ startDate: "2025-02-30" }, "startDate"],
  ])("%j → VALIDATION %s", (over, field) => {
    expectDomainError(() => measureTerm(base(over), cal), "VALIDATION", field);
  });

  it("names the fitting kinds in both languages", () => {
    const err = expectDomainError(() => measureTerm(base({ assetType: "realEstate", kind: "freeze" }), cal), "VALIDATION", "kind");
    expect(err.messages.zh).toContain("查封");
    expect(err.messages.en).toContain("seal");
  });
});
