// 执行异议 / 复议 (执异 / 执复), third-party objections, distribution-plan and jurisdiction objections (rules.md §14).
export { OBJECTION_PERIODS, objectionClock, type ObjectionPeriodKey, type ObjectionPeriods, type ObjectionClock } from "./periods";
export {
  OBJECTION_KINDS,
  NO_STAY,
  linkedCaseType,
  decideObjectionDocketing,
  materialsCompletionDue,
  docketingNoticeDue,
  decideInactivityEscalation,
  decideReconsiderationApplication,
  fileTransmissionDue,
  reconsiderationDecisionDue,
  disposalHold,
  thirdPartySuitDue,
  decideReleaseAfterNoSuit,
  distributionOutcome,
  distributionObjectionDue,
  distributionCounterObjectionDue,
  distributionSuitDue,
  decideJurisdictionObjection,
  type ObjectionKind,
  type LinkedCaseKind,
  type ObjectionDocketing,
  type ReconsiderationApplication,
  type DisposalHold,
  type DistributionOutcome,
} from "./objections";
export { checkPlanAmounts, planPayments, planReady, type PlanLineAmounts } from "./distribution-plan";
