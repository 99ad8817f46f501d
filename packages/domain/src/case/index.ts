export * from "./types";
export { transition, allowedEvents, applicationClocks, extensionRequestDeadline, STATUS_ZH, EVENT_ZH, type TransitionContext, type TransitionResult } from "./transition";
export { checkClosure, checkMeasuresOnClosure, mustReleaseBeforeClosure, SUSPENSION_CHECKLIST_ITEMS } from "./closure";
export { TERMINATION_GROUNDS, NON_ENFORCEMENT_GROUNDS, type ClosureGround } from "./closure-grounds";
