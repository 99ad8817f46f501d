export * from "./inquiry-provider";
export * from "./registry";
export { createSimulatedProviders, simulatedHoldings, simulatorOptionsFromEnv, type SimulatorOptions } from "./simulator";
