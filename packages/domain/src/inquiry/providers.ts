// 网络查控 (online inquiry and control, 财产调查规定(2020) arts 12–13; seed item 3): the outside systems
// the court queries through the 总对总/点对点 network, by the kind of property each one answers for. The
// vocabulary the server's adapters, the API, the CLI and the web share; the adapters are in
// packages/server/src/adapters/inquiry.
import type { Localized } from "../errors/domain-error";
import type { AssetType } from "../preservation/asset-types";

export const PROVIDER_KEYS = ["bankDeposit", "realEstate", "vehicle", "securities", "onlinePaymentFunds", "equity", "patentTrademark", "insurance"] as const;
export type ProviderKey = (typeof PROVIDER_KEYS)[number];

export const PROVIDER_LABELS: Readonly<Record<ProviderKey, Localized>> = Object.freeze({
  bankDeposit: { zh: "银行存款", en: "Bank deposits" },
  realEstate: { zh: "不动产", en: "Real estate" },
  vehicle: { zh: "机动车辆", en: "Motor vehicles" },
  securities: { zh: "证券", en: "Securities" },
  onlinePaymentFunds: { zh: "网络资金（支付宝、微信支付）", en: "Online payment funds (Alipay, WeChat Pay)" },
  equity: { zh: "股权", en: "Equity" },
  patentTrademark: { zh: "专利、商标（国家知识产权局）", en: "Patents and trademarks (CNIPA)" },
  insurance: { zh: "保险", en: "Insurance" },
});

/** The asset types each provider can find (what a found item of that provider is, in the register's vocabulary). */
export const PROVIDER_ASSET_TYPES: Readonly<Record<ProviderKey, readonly AssetType[]>> = Object.freeze({
  bankDeposit: ["bankDeposit"],
  realEstate: ["realEstate"],
  vehicle: ["vehicle"],
  securities: ["securities"],
  onlinePaymentFunds: ["onlinePaymentFunds"],
  equity: ["equity"],
  patentTrademark: ["patent", "trademark"],
  insurance: ["insurance"],
});

export function isProviderKey(s: unknown): s is ProviderKey {
  return typeof s === "string" && (PROVIDER_KEYS as readonly string[]).includes(s);
}
