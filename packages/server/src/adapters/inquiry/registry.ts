// Which provider answers for each key. Only the simulator exists here; a deployment with a real
// connection passes its adapter in `overrides` and it replaces the simulator for that key.
import type { InquiryProvider, ProviderKey } from "./inquiry-provider";
import { createSimulatedProviders, simulatorOptionsFromEnv, type SimulatorOptions } from "./simulator";

export type InquiryProvidersConfig = {
  kind: "simulator";
  /** Simulator options; unset ones come from the environment (see simulator.ts). */
  simulator?: Partial<SimulatorOptions>;
  /** Real adapters that replace the simulator for their key. */
  overrides?: Partial<Record<ProviderKey, InquiryProvider>>;
};

/** The providers, one per key, in PROVIDER_KEYS order. */
export function createInquiryProviders(config: InquiryProvidersConfig = { kind: "simulator" }): InquiryProvider[] {
  const simulated = createSimulatedProviders({ ...simulatorOptionsFromEnv(), ...config.simulator });
  return simulated.map((p) => config.overrides?.[p.key] ?? p);
}
