// The measures register's vocabulary (glossary.md "Preservation and property"): asset types, their
// term class, and the measure kinds that fit each.
//
// 民诉法解释(2022) art 485 para 1 (CONFIRMED-P): "冻结被执行人的银行存款的期限不得超过一年，查封、扣押
// 动产的期限不得超过两年，查封不动产、冻结其他财产权的期限不得超过三年". Three term classes:
//   deposits            ≤ 1 year  bankDeposit, onlinePaymentFunds
//   movables            ≤ 2 years vehicle, equipment, infringingStock
//   propertyRights      ≤ 3 years realEstate and the "other property rights": equity, securities,
//                                 patent, trademark, copyright, domainName, receivable, insurance
// Treating online payment funds (支付宝/微信 balances held by a payment institution) as deposits is OUR
// INTERPRETATION: art 485 names only 银行存款. A payment-account balance is a claim on the institution,
// frozen and debited like a deposit through the same online inquiry-and-control system, so we give it
// the deposit class; the stricter 1-year class also makes renewals fall due earlier, never later.
// Treating an insurance policy's property interest (人身保险产品的现金价值等财产性权益, found by the
// insurance inquiry) as an "other property right" (3 years, frozen) is likewise OUR INTERPRETATION:
// art 485 does not name it; it is a claim on the insurer, not a deposit.
//
// Kinds (民诉法(2023) arts 253, 255; 民诉法解释 arts 484–485): seal 查封 (real estate, movables), seize 扣押
// (movables taken into custody), freeze 冻结 (deposits, equity, securities, IP rights, receivables,
// online funds), deduct 扣划/划拨 (a one-off transfer of deposits or online funds; no term — 民诉法解释
// art 484 gives a deduct ruling the effect of a freeze at the same time).
import type { Localized } from "../errors/domain-error";
import type { PreservationPeriodKey } from "./periods";

export const ASSET_TYPES = [
  "bankDeposit",
  "realEstate",
  "vehicle",
  "equipment",
  "infringingStock",
  "equity",
  "securities",
  "onlinePaymentFunds",
  "patent",
  "trademark",
  "copyright",
  "domainName",
  "receivable",
  "insurance",
] as const;
export type AssetType = (typeof ASSET_TYPES)[number];

export const MEASURE_KINDS = ["seal", "freeze", "seize", "deduct"] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

export const TERM_CLASSES = ["deposits", "movables", "propertyRights"] as const;
export type TermClass = (typeof TERM_CLASSES)[number];

export const MEASURE_KIND_LABELS: Record<MeasureKind, Localized> = {
  seal: { zh: "查封", en: "seal-up" },
  freeze: { zh: "冻结", en: "freeze" },
  seize: { zh: "扣押", en: "seizure" },
  deduct: { zh: "扣划", en: "deduction" },
};

/** The art 485 para 1 class of each term class, and the key of its maximum in PRESERVATION_PERIODS. */
export const TERM_CLASS_MAX: Record<TermClass, { periodKey: PreservationPeriodKey; label: Localized }> = {
  deposits: { periodKey: "depositTermMax", label: { zh: "银行存款类（不超过一年）", en: "deposits (at most 1 year)" } },
  movables: { periodKey: "movableTermMax", label: { zh: "动产类（不超过两年）", en: "movables (at most 2 years)" } },
  propertyRights: {
    periodKey: "propertyRightTermMax",
    label: { zh: "不动产及其他财产权类（不超过三年）", en: "real estate and other property rights (at most 3 years)" },
  },
};

export type AssetTypeInfo = {
  type: AssetType;
  label: Localized;
  termClass: TermClass;
  /** The kinds of measure that fit this asset, the usual one first. */
  kinds: readonly MeasureKind[];
};

const info = (type: AssetType, zh: string, en: string, termClass: TermClass, kinds: MeasureKind[]): AssetTypeInfo =>
  Object.freeze({ type, label: { zh, en }, termClass, kinds: Object.freeze(kinds) });

export const ASSET_TYPE_INFO: Readonly<Record<AssetType, AssetTypeInfo>> = Object.freeze({
  bankDeposit: info("bankDeposit", "银行存款", "bank deposit", "deposits", ["freeze", "deduct"]),
  // Interpretation (see the header): online payment funds take the deposit class and kinds.
  onlinePaymentFunds: info("onlinePaymentFunds", "网络支付账户资金", "online payment account funds", "deposits", ["freeze", "deduct"]),
  vehicle: info("vehicle", "机动车辆", "motor vehicle", "movables", ["seal", "seize"]),
  equipment: info("equipment", "机器设备", "machinery and equipment", "movables", ["seal", "seize"]),
  infringingStock: info("infringingStock", "侵权产品库存", "stock of infringing goods", "movables", ["seal", "seize"]),
  realEstate: info("realEstate", "不动产", "real estate", "propertyRights", ["seal"]),
  equity: info("equity", "股权", "equity interest", "propertyRights", ["freeze"]),
  securities: info("securities", "证券", "securities", "propertyRights", ["freeze"]),
  patent: info("patent", "专利权", "patent", "propertyRights", ["freeze"]),
  trademark: info("trademark", "注册商标专用权", "registered trademark", "propertyRights", ["freeze"]),
  copyright: info("copyright", "著作权", "copyright", "propertyRights", ["freeze"]),
  domainName: info("domainName", "域名", "domain name", "propertyRights", ["freeze"]),
  receivable: info("receivable", "到期债权", "receivable (claim due)", "propertyRights", ["freeze"]),
  // Interpretation (see the header): a policy's cash value is frozen as another property right.
  insurance: info("insurance", "保险产品的现金价值等财产性权益", "insurance policy (cash value and other property interests)", "propertyRights", ["freeze"]),
});

export function isAssetType(s: unknown): s is AssetType {
  return typeof s === "string" && (ASSET_TYPES as readonly string[]).includes(s);
}

export function isMeasureKind(s: unknown): s is MeasureKind {
  return typeof s === "string" && (MEASURE_KINDS as readonly string[]).includes(s);
}

/** Whether a measure of `kind` may be taken against an asset of `type` (e.g. canTake("freeze", "patent")). */
export function canTake(kind: MeasureKind, type: AssetType): boolean {
  return ASSET_TYPE_INFO[type].kinds.includes(kind);
}
