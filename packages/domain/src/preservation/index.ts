// 查封、扣押、冻结 and 保全: the measures register's rules (rules.md §§4–5, §2 for clue clocks).
export * from "./types";
export {
  PRESERVATION_PERIODS,
  withPreservationOverrides,
  type PreservationPeriod,
  type PreservationPeriodKey,
  type PreservationPeriods,
} from "./periods";
export {
  ASSET_TYPES,
  ASSET_TYPE_INFO,
  MEASURE_KINDS,
  MEASURE_KIND_LABELS,
  TERM_CLASSES,
  TERM_CLASS_MAX,
  canTake,
  isAssetType,
  isMeasureKind,
  type AssetType,
  type AssetTypeInfo,
  type MeasureKind,
  type TermClass,
} from "./asset-types";
export { measureTerm, type MeasureTerm, type MeasureTermInput } from "./measure-term";
export {
  renewMeasure,
  measureStatus,
  lapse,
  type RenewableMeasure,
  type RenewalRequest,
  type RenewalResult,
  type StatusMeasure,
  type LapseResult,
} from "./renewal";
export {
  queuePosition,
  promoteQueue,
  registrationKey,
  QUEUE_TERM_STARTS,
  DEFAULT_QUEUE_TERM_START,
  type QueueTermStart,
  type QueueMeasure,
  type QueueOptions,
  type QueueResult,
  type QueueSkip,
  type Promotion,
} from "./queue";
export {
  RELEASE_REASONS,
  RELEASE_REASON_KEYS,
  releaseReasons,
  requireReleaseReason,
  MIN_RELEASE_NOTE_LENGTH,
  type ReleaseReason,
  type ReleaseReasonInfo,
  type ReleaseGround,
} from "./release";
export {
  EXEMPT_CATEGORIES,
  EXEMPT_CATEGORY_INFO,
  checkControllable,
  type ExemptCategory,
  type ControllableInput,
  type Controllable,
} from "./exempt-property";
export {
  controlLimitFen,
  claimPlusCostsToDate,
  checkNewMeasure,
  excessToRelease,
  MIN_JUSTIFICATION_LENGTH,
  type ControlLimitInput,
  type ControlLimit,
  type ClaimToDateInput,
  type ClaimToDate,
  type NewMeasureCheck,
  type NewMeasureResult,
  type ControlledMeasure,
  type ReleaseLine,
  type RetainedLine,
  type ExcessRelease,
} from "./over-seizure";
export {
  EXPIRY_REMINDER_OFFSETS,
  DEFAULT_EXPIRY_REMINDER_DAYS,
  expiryReminders,
  clueVerificationDeadline,
  investigationDeadline,
  investigationStartDeadline,
  type ReminderOffset,
  type Reminder,
  type ExpiryReminders,
  type Clock,
} from "./expiry-reminders";
export { planConversion, checkConversionParties, CONVERSION_BASIS, type ConvertibleMeasure, type ConversionPlan, type ConversionSkip } from "./conversion";
