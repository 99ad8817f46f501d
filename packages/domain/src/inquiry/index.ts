export { PROVIDER_KEYS, PROVIDER_LABELS, PROVIDER_ASSET_TYPES, isProviderKey, type ProviderKey } from "./providers";
