import { ASSET_TYPE_INFO, MEASURE_KIND_LABELS, type AssetType, type Localized, type MeasureKind } from "../../api/types";

/** The domain's label of an asset type, or null for a type it does not know (e.g. `insurance`). */
export function assetTypeLabel(type: string | null | undefined): Localized | null {
  return type && type in ASSET_TYPE_INFO ? ASSET_TYPE_INFO[type as AssetType].label : null;
}

export function measureKindLabel(kind: string): Localized | null {
  return kind in MEASURE_KIND_LABELS ? MEASURE_KIND_LABELS[kind as MeasureKind] : null;
}

/** The kinds of measure that fit an asset type, the usual one first. */
export function kindsFor(type: string): readonly MeasureKind[] {
  return type in ASSET_TYPE_INFO ? ASSET_TYPE_INFO[type as AssetType].kinds : [];
}
