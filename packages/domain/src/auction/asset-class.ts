// Which announcement periods an asset takes (rules.md §10).
// 网拍规定(2016) art 12 para 1 and art 26 para 1 (CONFIRMED-P): "拍卖动产的…；拍卖不动产或者其他财产权的…" —
// two classes, movables and "real estate or other property rights". They are the measures register's
// term classes (preservation/asset-types.ts, 民诉法解释 art 485): movables = "movables", real estate and
// the other property rights (patents, trademarks, copyrights, equity …) = "propertyRights".
// Deposits (bank deposits, online payment funds) are money: they are deducted (扣划), never auctioned
// (民诉法(2023) art 253; 拍卖变卖规定 art 1 speaks of 变价 of property, which money does not need).
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import { invalidField, type Localized } from "../errors/domain-error";
import { ASSET_TYPE_INFO, isAssetType, type AssetType } from "../preservation/asset-types";

export const AUCTION_ASSET_CLASSES = ["movables", "propertyRights"] as const;
export type AuctionAssetClass = (typeof AUCTION_ASSET_CLASSES)[number];

export const AUCTION_ASSET_CLASS_LABELS: Readonly<Record<AuctionAssetClass, Localized>> = Object.freeze({
  movables: { zh: "动产", en: "movables" },
  propertyRights: { zh: "不动产或者其他财产权", en: "real estate or other property rights" },
});

export const AUCTION_ASSET_CLASS_BASIS: Citation = citeSource("onlineAuction", "art 12 para 1");

/** Whether an asset of this type can be put up for auction (everything but deposits). */
export function isAuctionable(type: AssetType): boolean {
  return ASSET_TYPE_INFO[type].termClass !== "deposits";
}

/** The art 12 class of an asset type; refuses unknown types and deposits (field `assetType`). */
export function auctionAssetClass(type: unknown, field = "assetType"): AuctionAssetClass {
  if (!isAssetType(type)) {
    throw invalidField(field, { zh: `未知的财产类型：${String(type)}`, en: `unknown asset type: ${String(type)}` });
  }
  const termClass = ASSET_TYPE_INFO[type].termClass;
  if (termClass === "deposits") {
    const label = ASSET_TYPE_INFO[type].label;
    throw invalidField(field, {
      zh: `${label.zh}是金钱，应当扣划，不予拍卖`,
      en: `${label.en} is money: it is deducted, not auctioned`,
    });
  }
  return termClass;
}
