export { type LimitationInput, type Limitation, APPLICATION_PERIOD, computeLimitation, isLateApplication } from "./limitation";
