import type { CaseAction } from "../../../api/types";

/** Actions that change a case's legal position: they need a reason and show their article first. */
export const REASON_REQUIRED: ReadonlySet<CaseAction> = new Set<CaseAction>([
  "refuse",
  "close",
  "requestExtension",
  "rejectExtension",
  "reportFurtherExtension",
]);

export const DANGER_ACTIONS: ReadonlySet<CaseAction> = new Set<CaseAction>(["refuse", "rejectExtension", "close"]);

/** Display order of the action buttons. */
export const ACTION_ORDER: readonly CaseAction[] = [
  "register",
  "assign",
  "issueNotice",
  "recordDutyDone",
  "requestExtension",
  "approveExtension",
  "reportFurtherExtension",
  "rejectExtension",
  "refuse",
  "close",
];
