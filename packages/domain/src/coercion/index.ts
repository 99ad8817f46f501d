// 罚款, 拘留, 拘传 and the refusal-to-enforce referral (rules.md §11; 民诉法(2023) arts 114, 118–119;
// 民诉法解释(2022) arts 185–186, 482, 503). Also the decision shape every issue-5 module returns.
export { type Refusal, type Granted, type Decision, type StatutoryClock, refuse, orThrow, clockFrom } from "./decision";
export { COERCION_PERIODS, coercionClock, type CoercionPeriodKey, type CoercionPeriods, type CoercionClock } from "./periods";
export {
  FINE_LIMITS_FEN,
  FINE_LIMITS_BASIS,
  DETENTION_MAX_DAYS,
  DETENTION_BASIS,
  SUMMONS_QUESTIONING_MAX_HOURS,
  SUMMONS_BASIS,
  summonsQuestioningLimit,
  type SummonsLimit,
} from "./limits";
export {
  COERCION_GROUNDS,
  COERCION_GROUND_INFO,
  decideSanction,
  decideSanctionReconsiderationApplication,
  sanctionReconsiderationDecisionDue,
  urgentReversalWrittenDecisionDue,
  decideRepeatSanction,
  type CoercionGround,
  type SanctionTarget,
  type SanctionRequest,
  type SanctionRefusal,
  type SanctionDecision,
  type SanctionReconsiderationRefusal,
  type RepeatSanctionRefusal,
} from "./sanctions";
export {
  REFUSAL_CRIME_ROUTES,
  REFUSAL_CRIME_STATES,
  REFUSAL_CRIME_STATE_LABELS,
  isRefusalCrimeFinal,
  advanceRefusalCrime,
  refusalCrimeBasis,
  type RefusalCrimeRoute,
  type RefusalCrimeState,
  type RefusalCrimeStep,
} from "./refusal-crime";
