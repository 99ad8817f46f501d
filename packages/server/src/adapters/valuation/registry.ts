// Which platforms and agencies answer. Only the simulator exists here; a deployment with real
// connections passes them in `platforms` / `agencies` and they replace the simulated ones.
import { createSimulatedAgencies, createSimulatedPlatforms, valuationSimulatorOptionsFromEnv, type ValuationSimulatorOptions } from "./simulator";
import type { AppraisalAgencies, PricePlatform, ValuationAdapters } from "./valuation-provider";

export type ValuationAdaptersConfig = {
  /** Simulator options; unset ones come from the environment (simulator.ts). */
  simulator?: Partial<ValuationSimulatorOptions>;
  /** Real platform connections: the list that replaces the simulated platforms. */
  platforms?: PricePlatform[];
  /** A real agency directory and connection. */
  agencies?: AppraisalAgencies;
};

export function createValuationAdapters(config: ValuationAdaptersConfig = {}): ValuationAdapters {
  const opts = { ...valuationSimulatorOptionsFromEnv(), ...config.simulator };
  return {
    platforms: config.platforms ?? createSimulatedPlatforms(opts),
    agencies: config.agencies ?? createSimulatedAgencies(opts),
  };
}
