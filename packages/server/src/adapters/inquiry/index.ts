export * from "./inquiry-provider";
export * from "./registry";
export { ACCOUNT_PROVIDER_KEYS, createSimulatedProviders, simulatedDailyInflowFen, simulatedHoldings, simulatorOptionsFromEnv, type SimulatorOptions } from "./simulator";
