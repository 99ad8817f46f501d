// The providers of the online inquiry: every one has labels in both languages, and every asset type it
// finds is one the register can control (so that 查询→冻结 works for each find).
import { describe, expect, it } from "vitest";
import { ASSET_TYPE_INFO } from "../preservation/asset-types";
import { PROVIDER_ASSET_TYPES, PROVIDER_KEYS, PROVIDER_LABELS, isProviderKey } from "./providers";

describe("PROVIDER_KEYS", () => {
  it.each(PROVIDER_KEYS.map((k) => [k]))("%s has labels and finds controllable assets", (k) => {
    expect(PROVIDER_LABELS[k].zh.length).toBeGreaterThan(0);
    expect(PROVIDER_LABELS[k].en.length).toBeGreaterThan(0);
    expect(PROVIDER_ASSET_TYPES[k].length).toBeGreaterThan(0);
    for (const t of PROVIDER_ASSET_TYPES[k]) expect(ASSET_TYPE_INFO[t].kinds.length).toBeGreaterThan(0);
  });
  it.each<[unknown, boolean]>([
    ["insurance", true],
    ["patentTrademark", true],
    ["patent", false],
    [3, false],
  ])("isProviderKey(%s) → %s", (v, ok) => expect(isProviderKey(v)).toBe(ok));
});
