import type { Role } from "../../api/types";

/** Who may read a case's audit trail (the server answers 403 to anyone else). */
export const AUDIT_READER_ROLES: readonly Role[] = ["divisionHead", "president", "supervisor", "admin"];

export function canReadAudit(role: Role): boolean {
  return AUDIT_READER_ROLES.includes(role);
}

/** The audit actions the UI names; anything else is shown as sent. */
export const KNOWN_AUDIT_ACTIONS = [
  "case.submit",
  "case.register",
  "case.refuse",
  "case.assign",
  "case.issueNotice",
  "case.requestExtension",
  "case.approveExtension",
  "case.rejectExtension",
  "case.reportFurtherExtension",
  "case.recordDutyDone",
  "case.close",
  "personalData.read",
  "reminder.read",
  "propertyReport.file",
  "propertyReport.sanctionsTrigger",
  "propertyReport.extend",
  "propertyReport.read",
  "clue.submit",
  "clue.verify",
  "inquiry.run",
  "inquiry.discarded",
  "inquiry.viewResults",
  "asset.create",
  "measure.create",
  "measure.recordExternal",
  "measure.renew",
  "measure.release",
  "measure.releasePart",
  "measure.lapse",
  "measure.promote",
  "measure.deduct",
  "ledger.receipt",
  "ledger.distribute",
  "ledger.payout",
  "ledger.fee",
  "ledger.reverse",
  "measure.convertIn",
  "measure.convertOut",
  "investigation.request",
  "investigation.start",
  "investigation.complete",
  "standingFreeze.stop",
  "reward.withdraw",
  "reward.close",
] as const;

export const KNOWN_AUDIT_ENTITIES = [
  "case",
  "party",
  "reminder",
  "propertyReport",
  "assetClue",
  "clock",
  "inquiry",
  "asset",
  "measure",
  "ledgerEntry",
] as const;
