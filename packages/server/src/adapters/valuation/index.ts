export * from "./valuation-provider";
export * from "./registry";
export {
  SIMULATED_AGENCIES,
  SIMULATED_PLATFORMS,
  agencyBehaviour,
  createSimulatedAgencies,
  createSimulatedPlatforms,
  platformBehaviour,
  reissueBehaviour,
  reviewBehaviour,
  simulatedTrueValueFen,
  valuationSimulatorOptionsFromEnv,
  type AgencyScript,
  type PlatformScript,
  type ValuationSimulatorOptions,
} from "./simulator";
