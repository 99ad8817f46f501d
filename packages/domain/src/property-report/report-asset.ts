// Which reported items become assets of the case (source "report", owned by the reporting party).
// An item identifies an asset when it names it (an account, a certificate or registration number) and
// its category fits one asset type of the measures register (preservation/asset-types.ts), or the
// reporter chose one of the category's types. Income and "other" are recorded in the report only.
// This is OUR product rule, not law: the report itself is the legal act (财产调查规定 art 5); the
// court verifies it (art 8 para 1) before taking measures.
import { invalidField } from "../errors/domain-error";
import type { AssetType } from "../preservation";
import type { ReportCategory } from "./scope";

export const CATEGORY_ASSET_TYPES: Readonly<Record<ReportCategory, readonly AssetType[]>> = Object.freeze({
  income: [],
  deposits: ["bankDeposit", "onlinePaymentFunds"],
  securities: ["securities"],
  realEstate: ["realEstate"],
  movables: ["vehicle", "equipment", "infringingStock"],
  claims: ["receivable"],
  equityAndInvestments: ["equity"],
  intellectualProperty: ["patent", "trademark", "copyright", "domainName"],
  other: [],
});

/** Without a chosen type: the category's only type, a deposit account, or none (ambiguous or not an asset). */
const DEFAULT_ASSET_TYPE: Readonly<Record<ReportCategory, AssetType | null>> = Object.freeze({
  income: null,
  deposits: "bankDeposit",
  securities: "securities",
  realEstate: "realEstate",
  movables: null,
  claims: "receivable",
  equityAndInvestments: "equity",
  intellectualProperty: null,
  other: null,
});

/**
 * The asset type a reported item creates, or null when it creates none. `field` names the item in
 * errors (e.g. "items.2").
 */
export function assetTypeForItem(
  item: { category: ReportCategory; identifier?: string | null; assetType?: string | null },
  field = "item",
): AssetType | null {
  const allowed = CATEGORY_ASSET_TYPES[item.category];
  if (item.assetType != null) {
    if (!(allowed as readonly string[]).includes(item.assetType)) {
      throw invalidField(`${field}.assetType`, {
        zh: `财产类别 ${item.category} 不能登记为 ${item.assetType}${allowed.length ? `（可选：${allowed.join("、")}）` : "（该类别不登记为可控制财产）"}`,
        en: `An item of category ${item.category} cannot be recorded as ${item.assetType}${allowed.length ? ` (choose one of: ${allowed.join(", ")})` : " (this category is not recorded as an asset)"}`,
      });
    }
  }
  if (!item.identifier?.trim()) return null;
  if (item.assetType != null) return item.assetType as AssetType;
  return DEFAULT_ASSET_TYPE[item.category];
}
