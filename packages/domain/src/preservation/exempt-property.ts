// Property that may not be sealed, seized or frozen, and the only home (rules.md §5).
// 查封规定(2020) art 3 (CONFIRMED-P): "人民法院对被执行人的下列财产不得查封、扣押、冻结":
//   (1) necessities of the respondent and dependants (clothes, furniture, kitchenware, tableware …);
//   (2) their necessary living costs (at the local 最低生活保障 standard where there is one);
//   (3) items needed for their compulsory education;
//   (4) 未公开的发明或者未发表的著作 — unpublished inventions or unpublished works. For IP this matters: a
//       granted patent or a published work is ordinary property (asset types patent, copyright); an
//       invention not yet made public (e.g. an unpublished patent application or know-how not
//       disclosed) or a work not yet published is exempt;
//   (5) disability aids and medical items;
//   (6) medals and honours;
//   (7) property exempt under a treaty concluded under the 缔结条约程序法;
//   (8) other property exempt under law or judicial interpretation.
// art 4: the home necessary for the respondent's and dependants' living "可以查封，但不得拍卖、变卖或者
//   抵债" — may be sealed, not sold. art 5: housing beyond that need may be enforced on the applicant's
//   application after the minimum housing is secured (a disposal question, not a control one).
// Also 民诉法(2023) art 255: the court keeps the necessities of the respondent and dependants.
import { formatCitation, type Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import { DomainError, type Localized } from "../errors/domain-error";
import { MEASURE_KIND_LABELS, type MeasureKind } from "./asset-types";

export const EXEMPT_CATEGORIES = [
  "necessities",
  "minimumLivingCosts",
  "compulsoryEducation",
  "unpublishedInventionOrWork",
  "disabilityAids",
  "medalsAndHonours",
  "treatyExempt",
  "other",
] as const;
export type ExemptCategory = (typeof EXEMPT_CATEGORIES)[number];

export const EXEMPT_CATEGORY_INFO: Readonly<Record<ExemptCategory, { basis: Citation; label: Localized }>> = Object.freeze({
  necessities: { basis: citeSource("seizureProvisions", "art 3(1)"), label: { zh: "被执行人及其所扶养家属生活所必需的物品", en: "necessities of the respondent and dependants" } },
  minimumLivingCosts: { basis: citeSource("seizureProvisions", "art 3(2)"), label: { zh: "被执行人及其所扶养家属所必需的生活费用", en: "necessary living costs of the respondent and dependants" } },
  compulsoryEducation: { basis: citeSource("seizureProvisions", "art 3(3)"), label: { zh: "完成义务教育所必需的物品", en: "items needed for compulsory education" } },
  unpublishedInventionOrWork: { basis: citeSource("seizureProvisions", "art 3(4)"), label: { zh: "未公开的发明或者未发表的著作", en: "an unpublished invention or an unpublished work" } },
  disabilityAids: { basis: citeSource("seizureProvisions", "art 3(5)"), label: { zh: "用于身体缺陷所必需的辅助工具、医疗物品", en: "disability aids and necessary medical items" } },
  medalsAndHonours: { basis: citeSource("seizureProvisions", "art 3(6)"), label: { zh: "勋章及其他荣誉表彰的物品", en: "medals and other honours" } },
  treatyExempt: { basis: citeSource("seizureProvisions", "art 3(7)"), label: { zh: "条约、协定规定免于查封、扣押、冻结的财产", en: "property exempt under a treaty or agreement" } },
  other: { basis: citeSource("seizureProvisions", "art 3(8)"), label: { zh: "法律或者司法解释规定的其他不得查封、扣押、冻结的财产", en: "other property exempt under law or judicial interpretation" } },
});

export type ControllableInput = {
  /** Set when the asset falls in an art 3 category. */
  exemptCategory?: ExemptCategory;
  /** The home necessary for the respondent's and dependants' living (art 4). */
  onlyHome?: boolean;
  /** The measure intended; for the only home only a seal fits (it is real estate). */
  kind?: MeasureKind;
};

export type Controllable = {
  controllable: true;
  /** False for the only home: it may be sealed, never auctioned, sold or transferred in lieu (art 4). */
  sellable: boolean;
  basis: Citation[];
  note?: Localized;
};

function refused(field: string, zh: string, en: string): DomainError {
  return new DomainError("PRECONDITION_FAILED", { zh, en }, { field });
}

export function checkControllable(input: ControllableInput): Controllable {
  if (input.exemptCategory !== undefined) {
    const info = EXEMPT_CATEGORY_INFO[input.exemptCategory];
    if (!info) {
      throw refused("exemptCategory", `未知的豁免财产类别：${String(input.exemptCategory)}`, `unknown exempt category: ${String(input.exemptCategory)}`);
    }
    throw refused(
      "exemptCategory",
      `不得查封、扣押、冻结：${info.label.zh}（${formatCitation(info.basis, "zh")}）`,
      `May not be sealed, seized or frozen: ${info.label.en} (${formatCitation(info.basis, "en")})`,
    );
  }
  if (input.onlyHome) {
    if (input.kind !== undefined && input.kind !== "seal") {
      throw refused(
        "kind",
        `被执行人及其所扶养家属生活所必需的居住房屋只能查封，不能${MEASURE_KIND_LABELS[input.kind].zh}（《查封规定》第四条）`,
        `The home necessary for the respondent and dependants may only be sealed, not subjected to a ${MEASURE_KIND_LABELS[input.kind].en} (查封规定 art 4)`,
      );
    }
    return {
      controllable: true,
      sellable: false,
      basis: [citeSource("seizureProvisions", "art 4")],
      note: {
        zh: "生活所必需的居住房屋可以查封，但不得拍卖、变卖或者抵债",
        en: "the necessary home may be sealed but not auctioned, sold or transferred in lieu",
      },
    };
  }
  return { controllable: true, sellable: true, basis: [citeSource("seizureProvisions", "art 3")] };
}
