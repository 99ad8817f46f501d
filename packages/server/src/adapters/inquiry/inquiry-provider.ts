// 网络执行查控系统 (the online inquiry-and-control system), inquiry half: one provider per outside system
// that answers "what does this respondent hold with you?". Banks, the real-estate registries, the traffic
// police vehicle registries, 中国结算 (securities), payment institutions (支付宝, 财付通), the market
// regulators (equity), 国家知识产权局 (patents and trademarks) and insurers each sit behind this one
// interface. None of the real systems is reachable from here, so the registry (registry.ts) hands out
// the simulator (simulator.ts); a real adapter (say, a bank's 总对总 connection) implements
// InquiryProvider and is returned for its key instead, with no change to the service.
import type { Localized, ProviderKey } from "@zhixing/domain";

// The provider vocabulary lives in the domain (inquiry/providers.ts); re-exported for the adapters.
export { PROVIDER_KEYS, PROVIDER_LABELS, isProviderKey, type ProviderKey } from "@zhixing/domain";

/**
 * The asset type of a found item, in the measures register's vocabulary (domain `ASSET_TYPES`).
 */
export type InquiryAssetType =
  | "bankDeposit"
  | "realEstate"
  | "vehicle"
  | "securities"
  | "onlinePaymentFunds"
  | "equity"
  | "patent"
  | "trademark"
  | "insurance";

export type InquiryRequest = {
  caseId: string;
  respondent: { name: string; idType: string; idNumber: string };
  /** Why the court asks: every request to an outside system names its case and purpose. */
  purpose: string;
  /** The inquiry's id: one request id for all providers and respondents of one inquiry. */
  requestId: string;
  /** Aborted when the service stops waiting (timeout); a real adapter should cancel its call. */
  signal?: AbortSignal;
};

export type ProviderItem = {
  assetType: InquiryAssetType;
  /** Who holds or registers it: the bank branch, the registry, the broker, the insurer. */
  holder: string;
  /** Account, certificate, plate, registration or policy number. */
  identifier: string;
  description: string;
  /** A balance, market value or cash value in integer fen; null where the system gives no value. */
  amountFen: number | null;
};

export type ProviderResult = {
  status: "found" | "none" | "error";
  items: ProviderItem[];
  error?: string;
};

/**
 * 轮询冻结: what reached a frozen account after `since` up to and including `through` (Beijing calendar
 * days) and is not frozen by anyone yet — the funds a standing freeze order may freeze on top.
 */
export type IncomingFundsRequest = {
  caseId: string;
  /** The standing freeze order's id and the day: one request id per order per run. */
  requestId: string;
  purpose: string;
  holder: string;
  identifier: string;
  /** Exclusive. */
  since: string;
  /** Inclusive. */
  through: string;
};

export type IncomingFundsResult = { status: "ok"; availableFen: number } | { status: "error"; availableFen: 0; error: string };

export type InquiryProvider = {
  key: ProviderKey;
  label: Localized;
  query(req: InquiryRequest): Promise<ProviderResult>;
  /** Account providers only (bankDeposit, onlinePaymentFunds): new unfrozen funds over a span of days. */
  incomingFunds?(req: IncomingFundsRequest): Promise<IncomingFundsResult>;
};
