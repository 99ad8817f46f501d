// The scope of the order to report (民诉法(2023) art 252; 财产调查规定 arts 5–6): one year back from
// receiving the notice, the art 5 categories and the art 6 change kinds.
import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error";
import { assetTypeForItem, CATEGORY_ASSET_TYPES } from "./report-asset";
import { CHANGE_KINDS, REPORT_CATEGORIES, reportScope, type ReportCategory } from "./scope";

describe("reportScope: changes from one year before the notice was received (民诉法 art 252; 财产调查规定 art 6)", () => {
  it.each([
    ["an ordinary day", "2025-09-15", "2024-09-15", "民诉法 art 252"],
    ["a rest day is not shifted: a look-back window, not a period for acting", "2025-10-01", "2024-10-01", "财产调查规定 art 6"],
    ["29 February back to a common year: the month's last day", "2024-02-29", "2023-02-28", "民法典 art 202"],
    ["1 March after a leap day", "2025-03-01", "2024-03-01", "民法典 art 202"],
    ["1 January", "2026-01-01", "2025-01-01", "民诉法 art 252"],
  ])("%s: received %s → changes from %s (%s)", (_l, received, from) => {
    expect(reportScope(received).changesFrom).toBe(from);
  });

  it("lists the art 5 categories, IP rights among them, and the art 6 change kinds, each labelled and cited", () => {
    const s = reportScope("2025-09-15");
    expect(s.categories.map((c) => c.key)).toEqual([...REPORT_CATEGORIES]);
    expect(s.changeKinds.map((c) => c.key)).toEqual([...CHANGE_KINDS]);
    const ip = s.categories.find((c) => c.key === "intellectualProperty")!;
    expect(ip.label.zh).toBe("知识产权");
    expect(ip.basis).toMatchObject({ law: "财产调查规定(2020)", article: "art 5(4)" });
    for (const c of [...s.categories, ...s.changeKinds]) {
      expect(c.label.zh.length).toBeGreaterThan(0);
      expect(c.label.en.length).toBeGreaterThan(0);
      expect(c.basis.article).toMatch(/^art [56]\(\d\)$/);
    }
    expect(s.basis.map((b) => `${b.law} ${b.article}`)).toContain("民事诉讼法(2023) art 252");
    expect(s.alsoReport.zh).toContain("第三人");
  });

  it("refuses a date that is not a date, naming the field", () => {
    expect(() => reportScope("2025-02-30")).toThrow(DomainError);
    try {
      reportScope("x");
    } catch (e) {
      expect((e as DomainError).field).toBe("noticeReceivedDate");
    }
  });
});

describe("assetTypeForItem: reported items that identify an asset become assets of the case (our rule)", () => {
  it.each<[string, ReportCategory, string | undefined, string | undefined, string | null]>([
    ["a bank account", "deposits", "6222 0000 1111", undefined, "bankDeposit"],
    ["an online payment balance, chosen", "deposits", "alipay:zs@example.com", "onlinePaymentFunds", "onlinePaymentFunds"],
    ["a building with its certificate", "realEstate", "京(2020)海淀区不动产权第0000001号", undefined, "realEstate"],
    ["a patent", "intellectualProperty", "ZL202010000001.X", "patent", "patent"],
    ["an IP right without a chosen type: ambiguous, none", "intellectualProperty", "ZL202010000001.X", undefined, null],
    ["a vehicle, chosen", "movables", "京A12345", "vehicle", "vehicle"],
    ["equity in a company", "equityAndInvestments", "91110108MA01ABCD2", undefined, "equity"],
    ["a receivable", "claims", "合同 2024-001", undefined, "receivable"],
    ["income is reported, not an asset", "income", "工资", undefined, null],
    ["no identifier: nothing to seize yet", "realEstate", undefined, undefined, null],
    ["blank identifier", "securities", "  ", undefined, null],
  ])("%s", (_l, category, identifier, assetType, expected) => {
    expect(assetTypeForItem({ category, identifier, assetType })).toBe(expected);
  });

  it("refuses a type that does not fit the category, naming the item's field", () => {
    try {
      assetTypeForItem({ category: "realEstate", identifier: "x", assetType: "patent" }, "items.3");
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).field).toBe("items.3.assetType");
      expect((e as DomainError).messages.zh).toContain("realEstate");
    }
    expect(() => assetTypeForItem({ category: "income", identifier: "x", assetType: "bankDeposit" })).toThrow(DomainError);
  });

  it("every asset type offered exists for exactly the categories that list it", () => {
    for (const c of REPORT_CATEGORIES) for (const t of CATEGORY_ASSET_TYPES[c]) expect(assetTypeForItem({ category: c, identifier: "x", assetType: t })).toBe(t);
  });
});
