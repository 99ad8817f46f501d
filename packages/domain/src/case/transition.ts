// The enforcement case as a pure state machine: transition(state, event, ctx) → { next, effects }.
// The service loads the case, calls this, persists `next`, runs the effects (clocks, case number) and
// appends the case event with its audit record, all in one transaction. Nothing here reads the clock:
// `ctx.today` and the calendar are given.
import type { Citation } from "../citation/citation";
import { addDays, compareIsoDates, type IsoDate } from "../dates";
import { DomainError } from "../errors/domain-error";
import type { StatutoryCalendar } from "../calendar/types";
import { computeDeadline } from "../calendar";
import type { StatutoryPeriodKey, StatutoryPeriods } from "../config/statutory-periods";
import { closureModesFor, PROCEDURE_CLOCK_KINDS, type Actor, type CaseEvent, type CaseEventType, type CaseState, type ClockKind, type Effect } from "./types";
import { checkClosure } from "./closure";

export type TransitionContext = {
  today: IsoDate;
  calendar: StatutoryCalendar;
  actor: Actor;
  periods: StatutoryPeriods;
};

export type TransitionResult = { next: CaseState; effects: Effect[] };

/** Who may send each event (besides the state guards below). */
const EVENT_ROLES: Record<CaseEventType, readonly string[]> = {
  register: ["filingClerk", "divisionHead"],
  refuse: ["filingClerk", "divisionHead"],
  assign: ["divisionHead", "president"],
  issueNotice: ["officer", "divisionHead"],
  requestExtension: ["officer", "divisionHead"],
  approveExtension: ["president"],
  rejectExtension: ["president"],
  reportFurtherExtension: ["president"],
  recordDutyDone: ["officer", "divisionHead"],
  close: ["officer", "divisionHead"],
};

/** Events an officer may only send on a case assigned to them. */
const HANDLER_ONLY: ReadonlySet<CaseEventType> = new Set(["issueNotice", "requestExtension", "recordDutyDone", "close"]);

function notAllowed(event: CaseEventType, state: CaseState): DomainError {
  return new DomainError("TRANSITION_NOT_ALLOWED", {
    zh: `案件当前状态（${STATUS_ZH[state.status]}）不允许执行“${EVENT_ZH[event]}”`,
    en: `The case is ${state.status}; "${event}" is not allowed now`,
  });
}

function precondition(zh: string, en: string, field?: string): DomainError {
  return new DomainError("PRECONDITION_FAILED", { zh, en }, field ? { field } : {});
}

export const STATUS_ZH: Record<CaseState["status"], string> = {
  applied: "待立案审查",
  registered: "已立案",
  refused: "不予受理",
  assigned: "已确定承办人",
  inProgress: "执行中",
  closed: "已结案",
};

export const EVENT_ZH: Record<CaseEventType, string> = {
  register: "立案",
  refuse: "不予受理",
  assign: "确定承办人",
  issueNotice: "发出执行通知书",
  requestExtension: "申请延长执行期限",
  approveExtension: "批准延长执行期限",
  rejectExtension: "不批准延长执行期限",
  reportFurtherExtension: "再次延长并报高级法院备案",
  recordDutyDone: "记录义务履行",
  close: "结案",
};

/** Events of the enforcement lifecycle that a 执保 case does not have. */
const PRESERVATION_EXCLUDED: ReadonlySet<CaseEventType> = new Set(["issueNotice", "requestExtension", "approveExtension", "rejectExtension", "reportFurtherExtension"]);

/** The state guard of each event: may it happen in this state at all (regardless of who asks)? */
function stateAllows(state: CaseState, type: CaseEventType): boolean {
  const open = state.status === "registered" || state.status === "assigned" || state.status === "inProgress";
  // A 执保 case executes the ruling at once: no enforcement notice, no 6-month term to extend.
  if (state.kind === "preservation" && PRESERVATION_EXCLUDED.has(type)) return false;
  switch (type) {
    case "register":
    case "refuse":
      return state.status === "applied";
    case "assign":
      return state.status === "registered" || state.status === "assigned";
    case "issueNotice":
      return state.status === "assigned";
    case "requestExtension":
      return (state.status === "assigned" || state.status === "inProgress") && !state.extensionPending;
    case "approveExtension":
      return state.extensionPending && state.extensionsGranted === 0 && state.status !== "closed";
    case "reportFurtherExtension":
      return state.extensionPending && state.extensionsGranted >= 1 && state.status !== "closed";
    case "rejectExtension":
      return state.extensionPending && state.status !== "closed";
    case "recordDutyDone":
      return (state.status === "assigned" || state.status === "inProgress") && state.duties.some((d) => !d.done);
    case "close":
      return open;
  }
}

function roleAllows(state: CaseState, type: CaseEventType, actor: Actor): boolean {
  if (!EVENT_ROLES[type].includes(actor.role)) return false;
  if (actor.role === "officer" && HANDLER_ONLY.has(type)) return state.handlerId === actor.id;
  return true;
}

/** The events this actor may send now: what the UI shows as buttons. */
export function allowedEvents(state: CaseState, actor: Actor): CaseEventType[] {
  return (Object.keys(EVENT_ROLES) as CaseEventType[]).filter((t) => stateAllows(state, t) && roleAllows(state, t, actor));
}

function openClock(kind: ClockKind, key: StatutoryPeriodKey, from: IsoDate, ctx: TransitionContext): Effect {
  const rule = ctx.periods[key];
  const d = computeDeadline(from, rule.period, ctx.calendar);
  return { type: "openClock", kind, startDate: from, due: d.due, basis: rule.basis, provisional: d.provisional, counted: { from, period: rule.period } };
}

/**
 * The last day on which an extension may be requested: at least `extensionRequestLead` days before
 * the term expires (若干期限规定 art 1). Counted back in calendar days and never moved later.
 */
export function extensionRequestDeadline(termDue: IsoDate, periods: StatutoryPeriods): IsoDate {
  return addDays(termDue, -periods.extensionRequestLeadTime.period.n);
}

/** The extension-request deadline follows the term: provisional when the term is. */
function extensionRequestClock(termStart: IsoDate, term: { due: IsoDate; provisional: boolean }, ctx: TransitionContext): Effect {
  const rule: { basis: Citation } = ctx.periods.extensionRequestLeadTime;
  return {
    type: "openClock",
    kind: "extensionRequest",
    startDate: termStart,
    due: extensionRequestDeadline(term.due, ctx.periods),
    basis: rule.basis,
    provisional: term.provisional,
    counted: null,
  };
}

/** Clocks that start when an application is received (decision within 7 days; notice within 10). */
export function applicationClocks(applicationDate: IsoDate, ctx: Omit<TransitionContext, "actor">): Effect[] {
  const c = ctx as TransitionContext;
  return [openClock("decision", "registrationDecision", applicationDate, c), openClock("noticeOuter", "enforcementNoticeOuterLimit", applicationDate, c)];
}

export function transition(state: CaseState, event: CaseEvent, ctx: TransitionContext): TransitionResult {
  if (!stateAllows(state, event.type)) throw notAllowed(event.type, state);
  if (!roleAllows(state, event.type, ctx.actor)) {
    throw new DomainError("FORBIDDEN", {
      zh: `您的角色无权对本案执行“${EVENT_ZH[event.type]}”`,
      en: `Your role may not "${event.type}" on this case`,
    });
  }
  const today = ctx.today;
  if (compareIsoDates(today, state.applicationDate) < 0) {
    throw precondition("操作日期不能早于申请日期", "The action date cannot precede the application date");
  }

  switch (event.type) {
    case "register": {
      // 执行工作规定（试行）item 16: docket within 7 days; the number is given in this transaction.
      if (state.kind === "preservation") {
        // 民诉法(2023) arts 103–104: a preservation ruling "shall be executed at once". No enforcement
        // term runs (rules.md §18 leaves 执保 durations UNCONFIRMED); each measure carries its own term.
        return {
          next: { ...state, status: "registered", registeredDate: today },
          effects: [{ type: "assignCaseNumber" }, { type: "meetClocks", kinds: ["decision"] }, openClock("assignment", "handlerAssignment", today, ctx)],
        };
      }
      const term = computeDeadline(today, ctx.periods.enforcementTerm.period, ctx.calendar);
      const next: CaseState = { ...state, status: "registered", registeredDate: today, termStart: today, termDue: term.due };
      return {
        next,
        effects: [
          { type: "assignCaseNumber" },
          { type: "meetClocks", kinds: ["decision"] },
          openClock("assignment", "handlerAssignment", today, ctx),
          {
            type: "openClock",
            kind: "term",
            startDate: today,
            due: term.due,
            basis: ctx.periods.enforcementTerm.basis,
            provisional: term.provisional,
            counted: { from: today, period: ctx.periods.enforcementTerm.period },
          },
          extensionRequestClock(today, term, ctx),
        ],
      };
    }
    case "refuse": {
      requireReason(event.reason);
      return {
        next: { ...state, status: "refused", closureDate: today },
        effects: [{ type: "meetClocks", kinds: ["decision"] }, { type: "cancelClocks" }],
      };
    }
    case "assign": {
      // 若干期限规定 art 2: handler within 7 days; art 4: notice within 3 days of the handler receiving the file.
      const reassign = state.status === "assigned";
      return {
        next: { ...state, status: "assigned", handlerId: event.handlerId, assignedDate: reassign ? state.assignedDate : today },
        effects: reassign
          ? []
          : state.kind === "preservation"
            ? [{ type: "meetClocks", kinds: ["assignment"] }]
            : [
              { type: "meetClocks", kinds: ["assignment"] },
              openClock("notice", "enforcementNotice", today, ctx),
            ],
      };
    }
    case "issueNotice": {
      // 执行工作规定 item 22; 财产调查规定 art 3: the report order goes with the notice in money cases.
      const hasMoney = state.duties.some((d) => d.kind === "monetary");
      if (hasMoney && !event.withReportOrder) {
        throw precondition(
          "金钱给付案件应当与执行通知书一同发出报告财产令（《财产调查规定》第三条）",
          "In a money case the order to report property issues with the enforcement notice (财产调查规定 art 3)",
          "withReportOrder",
        );
      }
      return {
        next: { ...state, status: "inProgress", noticeDate: today, reportOrderIssued: event.withReportOrder },
        effects: [{ type: "meetClocks", kinds: ["notice", "noticeOuter"] }],
      };
    }
    case "requestExtension": {
      requireReason(event.reason);
      const last = extensionRequestDeadline(state.termDue!, ctx.periods);
      if (compareIsoDates(today, last) > 0) {
        throw precondition(
          `延长执行期限应在期限届满${ctx.periods.extensionRequestLeadTime.period.n}日前提出（最迟 ${last}）`,
          `An extension must be requested at least ${ctx.periods.extensionRequestLeadTime.period.n} days before the term expires (by ${last})`,
        );
      }
      return {
        next: { ...state, extensionPending: true },
        effects: [{ type: "meetClocks", kinds: ["extensionRequest"] }],
      };
    }
    case "approveExtension":
    case "reportFurtherExtension": {
      // 审限规定 art 5: 3 months with the president's approval; any further extension is reported to the high court.
      if (event.type === "reportFurtherExtension") requireReason(event.reason);
      const ext = computeDeadline(state.termDue!, ctx.periods.termExtension.period, ctx.calendar);
      return {
        next: { ...state, termDue: ext.due, extensionPending: false, extensionsGranted: state.extensionsGranted + 1 },
        effects: [
          { type: "cancelClocks", kinds: ["term", "extensionRequest"] },
          {
            type: "openClock",
            kind: "term",
            startDate: state.termStart!,
            due: ext.due,
            basis: ctx.periods.termExtension.basis,
            provisional: ext.provisional,
            counted: { from: state.termDue!, period: ctx.periods.termExtension.period },
          },
          extensionRequestClock(state.termStart!, ext, ctx),
        ],
      };
    }
    case "rejectExtension": {
      requireReason(event.reason);
      return { next: { ...state, extensionPending: false }, effects: [] };
    }
    case "recordDutyDone": {
      requireReason(event.evidence, "evidence");
      const duty = state.duties.find((d) => d.id === event.dutyId);
      if (!duty) throw new DomainError("NOT_FOUND", { zh: "本案没有该项义务", en: "No such duty in this case" }, { field: "dutyId" });
      if (duty.done) throw precondition("该项义务已记录为履行完毕", "That duty is already recorded as done", "dutyId");
      return {
        next: { ...state, duties: state.duties.map((d) => (d.id === duty.id ? { ...d, done: true } : d)) },
        effects: [{ type: "markDutyDone", dutyId: duty.id, evidence: event.evidence }],
      };
    }
    case "close": {
      requireReason(event.reason);
      if (!closureModesFor(state.kind).includes(event.mode)) {
        throw new DomainError(
          "PRECONDITION_FAILED",
          {
            zh: state.kind === "preservation" ? "保全案件只能以保全完毕、解除保全或撤回（撤销）结案" : "执行案件不能以保全案件的结案方式结案",
            en:
              state.kind === "preservation"
                ? `A preservation case closes as ${closureModesFor("preservation").join(", ")}`
                : `An enforcement case cannot close as ${event.mode}`,
          },
          { field: "mode" },
        );
      }
      checkClosure(state, event, today, ctx);
      return {
        next: { ...state, status: "closed", closureMode: event.mode, closureDate: today, extensionPending: false },
        // The procedure's clocks end; the measures' term clocks run on (types.ts MEASURE_CLOCK_KINDS).
        effects: [
          { type: "meetClocks", kinds: ["term"] },
          { type: "cancelClocks", kinds: [...PROCEDURE_CLOCK_KINDS] },
        ],
      };
    }
  }
}

function requireReason(reason: string, field = "reason"): void {
  if (!reason || reason.trim().length < 2) {
    throw new DomainError(
      "VALIDATION",
      { zh: "请填写理由（至少 2 个字）", en: "Give a reason (at least 2 characters)" },
      { field },
    );
  }
}
