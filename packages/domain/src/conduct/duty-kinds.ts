// Conduct duties (行为义务) of IP judgments and who can perform them (rules.md §15).
//   民诉法(2023) art 263: for an act the judgment orders, the court may enforce it or entrust a unit or
//     person to do it, at the respondent's cost. CONFIRMED-P.
//   民诉法解释(2022) art 501: when the duty CAN be done by others, the court chooses a substitute
//     performer (from qualified people where law requires a qualification; by tender when needed).
//     art 503: when ONLY the respondent can do it, sanction under 民诉法 art 114 para 1 item 6, and again
//     after a new period. CONFIRMED-P.
// Whether a duty can be done by others is a finding of fact in each case. The defaults below are the
// product's classification of the typical IP duties (the glossary's CONDUCT_CATEGORIES); the court's
// finding, when recorded, replaces them (`performerClass`).
//   ceaseInfringement — a duty to refrain: nobody else can stop the respondent's acts → respondentOnly.
//   destroyGoods — goods and tools can be destroyed by the court or an entrusted unit → substitutable;
//     disposal of some goods (chemicals, medicines) needs a licensed unit → qualification may apply.
//   publishApology — the apology itself is personal, but its effect is achieved by publishing the
//     judgment's content in the media at the respondent's cost → substitutable (by publication).
//   changeName — the enterprise's registration change is the enterprise's act; the market regulator may
//     be asked to assist, but by default → respondentOnly.
//   takeDownListings — the platform can take listings down on an assistance notice → substitutable.
//   transferDomain — the registrar can transfer on an assistance notice → substitutable.
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import type { ConductCategory } from "../basis/vocabulary";
import { invalidField, type Localized } from "../errors/domain-error";

export type PerformerClass = "respondentOnly" | "substitutable";

/** The kinds of evidence a compliance check collects. */
export const COMPLIANCE_EVIDENCE_KINDS = [
  "testPurchase",
  "marketplaceListing",
  "domainStatus",
  "siteVisit",
  "registryRecord",
  "publicationProof",
  "destructionRecord",
] as const;
export type ComplianceEvidenceKind = (typeof COMPLIANCE_EVIDENCE_KINDS)[number];

export const COMPLIANCE_EVIDENCE_LABELS: Readonly<Record<ComplianceEvidenceKind, Localized>> = Object.freeze({
  testPurchase: { zh: "公证购买/试购", en: "test purchase" },
  marketplaceListing: { zh: "电商平台商品链接检查", en: "marketplace listing check" },
  domainStatus: { zh: "域名注册与解析状态", en: "domain registration and resolution status" },
  siteVisit: { zh: "现场检查", en: "site visit" },
  registryRecord: { zh: "市场主体登记信息", en: "business registry record" },
  publicationProof: { zh: "刊登证明", en: "proof of publication" },
  destructionRecord: { zh: "销毁记录（笔录、照片、视频）", en: "destruction record (minutes, photos, video)" },
});

export type ConductDutyInfo = {
  category: ConductCategory;
  defaultPerformer: PerformerClass | "courtDecides";
  /** How a substitute performs it, when substitutable. */
  substituteForm: Localized | null;
  /** Evidence a compliance check of this duty may rely on. */
  evidenceKinds: readonly ComplianceEvidenceKind[];
  /** Whether law may require the substitute to hold a qualification (民诉法解释 art 501). */
  qualificationMayBeRequired: boolean;
  /** The assisting agency usually asked to help. */
  assistingAgency: "platform" | "domainRegistrar" | "marketRegulation" | "media" | null;
  label: Localized;
};

const info = (i: ConductDutyInfo): ConductDutyInfo => Object.freeze(i);

export const CONDUCT_DUTY_INFO: Readonly<Record<ConductCategory, ConductDutyInfo>> = Object.freeze({
  ceaseInfringement: info({
    category: "ceaseInfringement",
    defaultPerformer: "respondentOnly",
    substituteForm: null,
    evidenceKinds: ["testPurchase", "marketplaceListing", "siteVisit", "domainStatus"],
    qualificationMayBeRequired: false,
    assistingAgency: null,
    label: { zh: "停止侵权", en: "stop infringing" },
  }),
  destroyGoods: info({
    category: "destroyGoods",
    defaultPerformer: "substitutable",
    substituteForm: { zh: "由法院或受托单位销毁侵权产品及专用工具", en: "the court or an entrusted unit destroys the goods and tools" },
    evidenceKinds: ["destructionRecord", "siteVisit"],
    qualificationMayBeRequired: true,
    assistingAgency: null,
    label: { zh: "销毁侵权产品及工具", en: "destroy infringing goods and tools" },
  }),
  publishApology: info({
    category: "publishApology",
    defaultPerformer: "substitutable",
    substituteForm: { zh: "在媒体上刊登判决主要内容，费用由被执行人负担", en: "publish the judgment's main content in the media at the respondent's cost" },
    evidenceKinds: ["publicationProof"],
    qualificationMayBeRequired: false,
    assistingAgency: "media",
    label: { zh: "赔礼道歉、消除影响（刊登声明或判决）", en: "publish an apology or the judgment" },
  }),
  changeName: info({
    category: "changeName",
    defaultPerformer: "respondentOnly",
    substituteForm: null,
    evidenceKinds: ["registryRecord"],
    qualificationMayBeRequired: false,
    assistingAgency: "marketRegulation",
    label: { zh: "变更企业名称", en: "change the enterprise name" },
  }),
  takeDownListings: info({
    category: "takeDownListings",
    defaultPerformer: "substitutable",
    substituteForm: { zh: "向电商平台发出协助执行通知书删除链接", en: "an assistance notice to the platform to take the listings down" },
    evidenceKinds: ["marketplaceListing", "testPurchase"],
    qualificationMayBeRequired: false,
    assistingAgency: "platform",
    label: { zh: "删除侵权链接", en: "take down listings" },
  }),
  transferDomain: info({
    category: "transferDomain",
    defaultPerformer: "substitutable",
    substituteForm: { zh: "向域名注册服务机构发出协助执行通知书办理转移", en: "an assistance notice to the registrar to transfer the domain" },
    evidenceKinds: ["domainStatus"],
    qualificationMayBeRequired: false,
    assistingAgency: "domainRegistrar",
    label: { zh: "转移域名", en: "transfer the domain name" },
  }),
  other: info({
    category: "other",
    defaultPerformer: "courtDecides",
    substituteForm: null,
    evidenceKinds: COMPLIANCE_EVIDENCE_KINDS,
    qualificationMayBeRequired: true,
    assistingAgency: null,
    label: { zh: "其他行为义务", en: "other conduct duty" },
  }),
});

export type PerformerClassResult = { performer: PerformerClass; fromCourtFinding: boolean; basis: Citation[] };

/**
 * Whether the duty is done by a substitute (民诉法 art 263; 解释 arts 501–502) or only by the respondent
 * (解释 art 503). The court's recorded finding wins; otherwise the product default; "other" needs a finding.
 */
export function performerClass(category: ConductCategory, courtFinding?: PerformerClass | null): PerformerClassResult {
  const i = CONDUCT_DUTY_INFO[category];
  if (!i) throw invalidField("category", { zh: `未知的行为义务类型：${String(category)}`, en: `unknown conduct duty: ${String(category)}` });
  const performer = courtFinding ?? (i.defaultPerformer === "courtDecides" ? null : i.defaultPerformer);
  if (performer === null) {
    throw invalidField("courtFinding", {
      zh: "该行为义务能否由他人完成须由法院认定（《民诉法解释》第五百零一条、第五百零三条）",
      en: "Whether others can perform this duty must be found by the court (民诉法解释 arts 501, 503)",
    });
  }
  const basis =
    performer === "substitutable"
      ? [citeSource("civilProcedureLaw", "art 263"), citeSource("civilProcedureInterpretation", "art 501")]
      : [citeSource("civilProcedureInterpretation", "art 503")];
  return { performer, fromCourtFinding: courtFinding != null, basis };
}

