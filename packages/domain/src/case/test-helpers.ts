// Fixtures for the case-lifecycle specs: the real statutory calendar, the real period table, one
// actor per role, and cases brought to each status by running the lifecycle itself (no hand-made
// states unless a test needs one the lifecycle cannot reach cheaply).
import { createStatutoryCalendar } from "../calendar";
import { STATUTORY_PERIODS } from "../config/statutory-periods";
import type { IsoDate } from "../dates";
import { transition, type TransitionContext } from "./transition";
import type { Actor, CaseEvent, CaseState, DutyState, SuspensionChecklist } from "./types";

export const cal = createStatutoryCalendar();
export const periods = STATUTORY_PERIODS;

export const HANDLER_ID = "officer-handler";

export const actors = {
  filingClerk: { id: "clerk-1", role: "filingClerk", name: "立案庭书记员" },
  handler: { id: HANDLER_ID, role: "officer", name: "承办法官" },
  otherOfficer: { id: "officer-other", role: "officer", name: "其他执行员" },
  divisionHead: { id: "head-1", role: "divisionHead", name: "执行局局长" },
  president: { id: "president-1", role: "president", name: "院长" },
  supervisor: { id: "supervisor-1", role: "supervisor", name: "监督员" },
  admin: { id: "admin-1", role: "admin", name: "管理员" },
  applicant: { id: "applicant-1", role: "applicant", name: "申请执行人" },
  respondent: { id: "respondent-1", role: "respondent", name: "被执行人" },
  agencyLiaison: { id: "agency-1", role: "agencyLiaison", name: "协助单位联络员" },
} as const satisfies Record<string, Actor>;
export type ActorName = keyof typeof actors;
export const ACTOR_NAMES = Object.keys(actors) as ActorName[];

export function ctx(today: IsoDate, actor: Actor): TransitionContext {
  return { today, calendar: cal, actor, periods };
}

/** The default timeline: an ordinary March 2025 with no holidays near any deadline. */
export const T = {
  application: "2025-03-03", // Mon
  registration: "2025-03-05", // Wed; term 6 months → 2025-09-05 (Fri)
  assignment: "2025-03-07", // Fri; notice 3 days → 2025-03-10 (Mon)
  notice: "2025-03-10",
  termDue: "2025-09-05",
} as const;

/** An IP judgment: pay damages (monetary) and stop infringing (conduct). */
export function defaultDuties(): DutyState[] {
  return [
    { id: "duty-pay", kind: "monetary", done: false },
    { id: "duty-stop", kind: "conduct", done: false },
  ];
}

export function appliedCase(over: Partial<CaseState> = {}): CaseState {
  return {
    kind: "enforcement",
    status: "applied",
    applicationDate: T.application,
    registeredDate: null,
    handlerId: null,
    assignedDate: null,
    noticeDate: null,
    reportOrderIssued: false,
    termStart: null,
    termDue: null,
    extensionsGranted: 0,
    extensionPending: false,
    duties: defaultDuties(),
    closureMode: null,
    closureDate: null,
    lateApplication: false,
    ...over,
  };
}

export type Step = [CaseEvent, Actor, IsoDate];

/** Applies the steps in order; any refusal fails the fixture loudly. */
export function run(state: CaseState, steps: Step[]): CaseState {
  return steps.reduce((s, [event, actor, today]) => transition(s, event, ctx(today, actor)).next, state);
}

export function registeredCase(over: Partial<CaseState> = {}, registration: IsoDate = T.registration): CaseState {
  return run(appliedCase(over), [[{ type: "register" }, actors.filingClerk, registration]]);
}

export function assignedCase(over: Partial<CaseState> = {}): CaseState {
  return run(registeredCase(over), [[{ type: "assign", handlerId: HANDLER_ID }, actors.divisionHead, T.assignment]]);
}

export function inProgressCase(over: Partial<CaseState> = {}, withReportOrder = true): CaseState {
  return run(assignedCase(over), [[{ type: "issueNotice", withReportOrder }, actors.handler, T.notice]]);
}

/** In progress with an extension request awaiting the president; `granted` extensions already given. */
export function pendingExtensionCase(granted: 0 | 1, over: Partial<CaseState> = {}): CaseState {
  let s = inProgressCase(over);
  if (granted === 1) {
    s = run(s, [
      [{ type: "requestExtension", reason: "财产处置未完成" }, actors.handler, "2025-08-20"],
      [{ type: "approveExtension" }, actors.president, "2025-08-25"],
    ]);
  }
  const requestDay = granted === 1 ? "2025-11-20" : "2025-08-20";
  return run(s, [[{ type: "requestExtension", reason: "财产处置未完成" }, actors.handler, requestDay]]);
}

export function closedCase(): CaseState {
  return run(inProgressCase(), [[{ type: "close", mode: "terminated", reason: "申请执行人撤回申请", ground: "applicationWithdrawn" }, actors.handler, "2025-04-01"]]);
}

export function refusedCase(): CaseState {
  return run(appliedCase(), [[{ type: "refuse", reason: "执行依据尚未生效" }, actors.filingClerk, "2025-03-05"]]);
}

export const FULL_CHECKLIST: SuspensionChecklist = {
  notifiedAndReportOrdered: true,
  consumptionRestricted: true,
  dishonestListedWhereApplicable: true,
  investigationExhausted: true,
  debtorSearchedAndSanctioned: true,
  applicantInterviewed: true,
};

export { expectDomainError } from "../testing/expect-domain-error";
