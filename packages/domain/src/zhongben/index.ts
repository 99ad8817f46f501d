// 终结本次执行程序 (终本): the checklist that feeds case/closure.ts, and the re-inquiry after it (rules.md §16).
export {
  INVESTIGATION_STEPS,
  INVESTIGATION_STEP_LABELS,
  ZHONGBEN_SETTINGS,
  ZHONGBEN_CONDITION_KEYS,
  evaluateZhongben,
  type InvestigationStep,
  type ZhongbenSettings,
  type ZhongbenFacts,
  type ZhongbenConditionKey,
  type ZhongbenCondition,
  type ZhongbenEvaluation,
} from "./checklist";
export { ZHONGBEN_PERIODS, withZhongbenOverrides, reinquirySchedule, reinquiryOutcome, type ZhongbenPeriodKey, type ZhongbenPeriods, type ReinquiryRun, type ReinquiryOutcome } from "./reinquiry";
