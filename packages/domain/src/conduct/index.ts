// Conduct duties (行为义务): who performs, compliance checks, escalation, substitute performance, 迟延履行金 (rules.md §§7, 15).
export {
  COMPLIANCE_EVIDENCE_KINDS,
  COMPLIANCE_EVIDENCE_LABELS,
  CONDUCT_DUTY_INFO,
  performerClass,
  type PerformerClass,
  type ComplianceEvidenceKind,
  type ConductDutyInfo,
  type PerformerClassResult,
} from "./duty-kinds";
export {
  CONDUCT_SETTINGS,
  withConductSettings,
  complianceCheckSchedule,
  assessComplianceCheck,
  nextEscalation,
  type ConductSettings,
  type ComplianceCheck,
  type EvidenceFinding,
  type CheckAssessment,
  type EscalationStepKind,
  type EscalationStep,
  type Escalation,
} from "./compliance";
export {
  PERFORMER_SELECTION_METHODS,
  DEFAULT_PREPAYMENT_DAYS,
  decideSubstitutePerformer,
  fixSubstituteCost,
  decideUnpaidCostEnforcement,
  costListAccess,
  type PerformerSelectionMethod,
  type SubstituteCost,
  type CostDuty,
  type CostListAccess,
} from "./substitute";
export { conductDelayPenalty, type ConductDelayPenalty } from "./delay-penalty";
