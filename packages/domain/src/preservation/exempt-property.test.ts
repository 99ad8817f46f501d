// Exempt property: 查封规定(2020) art 3 items (1)–(8); the only home may be sealed but not sold (art 4).
import { describe, expect, it } from "vitest";
import { EXEMPT_CATEGORIES, EXEMPT_CATEGORY_INFO, checkControllable, type ExemptCategory } from "./exempt-property";
import type { MeasureKind } from "./asset-types";
import { expectDomainError } from "./test-helpers";

describe("art 3: categories that may not be sealed, seized or frozen", () => {
  it.each<[ExemptCategory, string, string]>([
    ["necessities", "art 3(1)", "第3条第1项"],
    ["minimumLivingCosts", "art 3(2)", "第3条第2项"],
    ["compulsoryEducation", "art 3(3)", "第3条第3项"],
    ["unpublishedInventionOrWork", "art 3(4)", "第3条第4项"],
    ["disabilityAids", "art 3(5)", "第3条第5项"],
    ["medalsAndHonours", "art 3(6)", "第3条第6项"],
    ["treatyExempt", "art 3(7)", "第3条第7项"],
    ["other", "art 3(8)", "第3条第8项"],
  ])("%s (查封规定 %s) → PRECONDITION_FAILED exemptCategory", (exemptCategory, article, zhArticle) => {
    expect(EXEMPT_CATEGORY_INFO[exemptCategory].basis).toMatchObject({ law: "查封规定(2020)", article });
    const err = expectDomainError(() => checkControllable({ exemptCategory }), "PRECONDITION_FAILED", "exemptCategory");
    expect(err.messages.zh).toContain(zhArticle);
    expect(err.messages.zh).toContain(EXEMPT_CATEGORY_INFO[exemptCategory].label.zh);
  });

  it("the IP item reads as the statute: 未公开的发明或者未发表的著作", () => {
    expect(EXEMPT_CATEGORY_INFO.unpublishedInventionOrWork.label.zh).toBe("未公开的发明或者未发表的著作");
    expect(EXEMPT_CATEGORIES).toHaveLength(8);
  });

  it("exemption wins over the only-home flag", () => {
    expectDomainError(() => checkControllable({ exemptCategory: "necessities", onlyHome: true, kind: "seal" }), "PRECONDITION_FAILED", "exemptCategory");
  });

  it("an unknown category is refused, naming the field", () => {
    expectDomainError(() => checkControllable({ exemptCategory: "pets" as ExemptCategory }), "PRECONDITION_FAILED", "exemptCategory");
  });
});

describe("art 4: the only home may be sealed, not sold", () => {
  it.each<[MeasureKind | undefined, boolean]>([
    [undefined, true],
    ["seal", true],
    ["freeze", false],
    ["seize", false],
    ["deduct", false],
  ])("kind %s → allowed %s", (kind, ok) => {
    const act = () => checkControllable(kind === undefined ? { onlyHome: true } : { onlyHome: true, kind });
    if (!ok) {
      expectDomainError(act, "PRECONDITION_FAILED", "kind");
      return;
    }
    const r = act();
    expect(r).toMatchObject({ controllable: true, sellable: false });
    expect(r.basis[0]).toMatchObject({ article: "art 4" });
    expect(r.note?.zh).toContain("不得拍卖、变卖或者抵债");
  });

  it("ordinary property: controllable and sellable", () => {
    expect(checkControllable({})).toMatchObject({ controllable: true, sellable: true });
    expect(checkControllable({ onlyHome: false, kind: "freeze" })).toMatchObject({ controllable: true, sellable: true });
  });
});
