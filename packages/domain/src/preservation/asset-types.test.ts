// The measures register's asset types and their term class (民诉法解释(2022) art 485 para 1: deposits 1
// year, movables 2, real estate and other property rights 3) and fitting measure kinds.
import { describe, expect, it } from "vitest";
import { ASSET_TYPES, ASSET_TYPE_INFO, MEASURE_KINDS, MEASURE_KIND_LABELS, TERM_CLASS_MAX, canTake, isAssetType, isMeasureKind, type AssetType, type MeasureKind, type TermClass } from "./asset-types";
import { PRESERVATION_PERIODS } from "./periods";

describe("ASSET_TYPE_INFO: term class and kinds (民诉法解释 art 485 para 1; 民诉法 arts 253, 255)", () => {
  it.each<[AssetType, TermClass, MeasureKind[], string]>([
    ["bankDeposit", "deposits", ["freeze", "deduct"], "art 485: 冻结银行存款 ≤ 1 year"],
    ["onlinePaymentFunds", "deposits", ["freeze", "deduct"], "interpretation: treated as deposits"],
    ["vehicle", "movables", ["seal", "seize"], "art 485: 查封、扣押动产 ≤ 2 years"],
    ["equipment", "movables", ["seal", "seize"], "art 485: movables"],
    ["infringingStock", "movables", ["seal", "seize"], "art 485: movables"],
    ["realEstate", "propertyRights", ["seal"], "art 485: 查封不动产 ≤ 3 years"],
    ["equity", "propertyRights", ["freeze"], "art 485: 冻结其他财产权 ≤ 3 years"],
    ["securities", "propertyRights", ["freeze"], "art 485: other property rights"],
    ["patent", "propertyRights", ["freeze"], "art 485: other property rights"],
    ["trademark", "propertyRights", ["freeze"], "art 485 (preservation: 注册商标权保全解释 art 2)"],
    ["copyright", "propertyRights", ["freeze"], "art 485: other property rights"],
    ["domainName", "propertyRights", ["freeze"], "art 485: other property rights"],
    ["receivable", "propertyRights", ["freeze"], "art 485: other property rights"],
    ["insurance", "propertyRights", ["freeze"], "interpretation: a policy's cash value is another property right"],
  ])("%s → %s, kinds %j (%s)", (type, termClass, kinds) => {
    const info = ASSET_TYPE_INFO[type];
    expect(info).toMatchObject({ type, termClass, kinds });
    expect(info.label.zh.length).toBeGreaterThan(0);
    expect(info.label.en.length).toBeGreaterThan(0);
    for (const k of MEASURE_KINDS) expect(canTake(k, type)).toBe(kinds.includes(k));
  });

  it("covers every asset type exactly once", () => {
    expect(Object.keys(ASSET_TYPE_INFO).sort()).toEqual([...ASSET_TYPES].sort());
    expect(ASSET_TYPES).toHaveLength(14);
  });

  it.each<[TermClass, number]>([
    ["deposits", 1],
    ["movables", 2],
    ["propertyRights", 3],
  ])("class %s: at most %i year(s), from PRESERVATION_PERIODS", (c, years) => {
    expect(PRESERVATION_PERIODS[TERM_CLASS_MAX[c].periodKey].period).toEqual({ unit: "years", n: years });
  });

  it("every kind fits at least one asset; deduct only deposits and online funds", () => {
    for (const k of MEASURE_KINDS) expect(ASSET_TYPES.some((t) => canTake(k, t))).toBe(true);
    expect(ASSET_TYPES.filter((t) => canTake("deduct", t))).toEqual(["bankDeposit", "onlinePaymentFunds"]);
    expect(MEASURE_KIND_LABELS).toEqual({
      seal: { zh: "查封", en: "seal-up" },
      freeze: { zh: "冻结", en: "freeze" },
      seize: { zh: "扣押", en: "seizure" },
      deduct: { zh: "扣划", en: "deduction" },
    });
  });

  it.each<[unknown, boolean, boolean]>([
    ["patent", true, false],
    ["freeze", false, true],
    ["Patent", false, false],
    [undefined, false, false],
  ])("guards: %s → asset %s, kind %s", (v, asset, kind) => {
    expect(isAssetType(v)).toBe(asset);
    expect(isMeasureKind(v)).toBe(kind);
  });
});
