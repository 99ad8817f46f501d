// 申请法院调查财产: the applicant (or staff recording a written request) asks the court to investigate
// the respondent's property. Two clocks open: investigationStart, the investigation started within 10
// days of the request (若干期限规定 art 6; rules.md §2 CONFIRMED-S → configurable), met when the handler
// records the start, runs an online inquiry on the case, or records the result; and
// propertyInvestigation, completed "generally within 1 month" (若干期限规定; PARTIAL → configurable),
// met when the handler or division head records the result. Each change commits with its case event
// and audit record in one transaction, under the case lock.
import { randomUUID } from "node:crypto";
import {
  appendEvent,
  completeInvestigationRequest,
  findInvestigationRequest,
  insertClocks,
  insertInvestigationRequest,
  listInvestigationRequests,
  listSubjectClocks,
  meetSubjectClocks,
  writeAudit,
  type ClockRow,
  type Executor,
  type InvestigationRequestRow,
} from "@zhixing/db";
import { compareIsoDates, DomainError, investigationDeadline, investigationStartDeadline, type Citation, type Clock, type IsoDate } from "@zhixing/domain";
import { today, type AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import { caseAccess, caseNotFound } from "../cases/case-access";
import type { InvestigationCompleteInput, InvestigationRequestDto, InvestigationRequestInput } from "./investigation.schemas";
import { isCaseApplicant, lockCase, OPEN_CASE_STATUSES, type LockedCase } from "../cases/case-lock";
import { STAFF_RECEIVING } from "./clues.service";

export const INVESTIGATION_CLOCK = "propertyInvestigation";
export const INVESTIGATION_START_CLOCK = "investigationStart";


const forbidden = (zh: string, en: string) => new DomainError("FORBIDDEN", { zh, en });




function clockDto(clock: ClockRow | undefined, now: IsoDate): InvestigationRequestDto["clock"] {
  return clock
    ? {
        due: clock.due_date,
        status: clock.status,
        metDate: clock.met_date,
        overdue: clock.status === "open" && compareIsoDates(clock.due_date, now) < 0,
        provisional: clock.provisional,
        basis: clock.basis as Citation,
      }
    : null;
}

function dtoOf(r: InvestigationRequestRow, clock: ClockRow | undefined, user: AuthUser, now: IsoDate, start?: ClockRow): InvestigationRequestDto {
  return {
    startClock: clockDto(start, now),
    startedDate: start?.status === "met" ? start.met_date : null,
    id: r.id,
    scope: r.scope,
    requestedDate: r.requested_date,
    status: r.status,
    completedDate: r.completed_date,
    result: r.result,
    requestedByMe: r.requested_by === user.id,
    clock: clock
      ? {
          due: clock.due_date,
          status: clock.status,
          metDate: clock.met_date,
          overdue: clock.status === "open" && compareIsoDates(clock.due_date, now) < 0,
          provisional: clock.provisional,
          basis: clock.basis as Citation,
        }
      : null,
  };
}

async function record(
  tx: Executor,
  ctx: AppContext,
  c: Pick<LockedCase, "id" | "court_id">,
  user: AuthUser,
  type: "investigationRequested" | "investigationStarted" | "investigationCompleted",
  data: { requestId: string } & Record<string, unknown>,
  ip: string | null,
): Promise<void> {
  await appendEvent(tx, {
    id: randomUUID(),
    court_id: c.court_id,
    case_id: c.id,
    type,
    at: ctx.now(),
    event_date: today(ctx),
    actor_id: user.id,
    actor_name: user.displayName,
    actor_role: user.role,
    reason: null,
    data: JSON.stringify(data),
  });
  await writeAudit(tx, {
    courtId: c.court_id,
    actorId: user.id,
    actorRole: user.role,
    action: type === "investigationRequested" ? "investigation.request" : type === "investigationStarted" ? "investigation.start" : "investigation.complete",
    entityType: "investigationRequest",
    entityId: data.requestId,
    caseId: c.id,
    detail: data,
    ip,
  });
}

/** The applicant asks the court to investigate (or staff record a request received); the clock starts. */
export async function requestInvestigation(
  ctx: AppContext,
  user: AuthUser,
  caseId: string,
  input: InvestigationRequestInput,
  ip: string | null = null,
): Promise<InvestigationRequestDto> {
  const now = today(ctx);
  return ctx.database.db.transaction().execute(async (tx) => {
    const c = await lockCase(tx, caseId);
    const access = await caseAccess(tx, user, c);
    if (access === "supervise") throw forbidden("上级法院只能查看本案", "A supervising court may only read this case");
    if (access === "act" && !STAFF_RECEIVING.includes(user.role)) throw forbidden("您的角色不能登记财产调查申请", "Your role may not record investigation requests");
    if (access === "party" && !(await isCaseApplicant(tx, c.id, user.id))) {
      throw forbidden("只有申请执行人可以申请法院调查财产", "Only the applicant asks the court to investigate property");
    }
    if (!OPEN_CASE_STATUSES.includes(c.status)) {
      throw new DomainError("PRECONDITION_FAILED", { zh: "案件立案后、结案前方可申请调查财产", en: "Investigation requests are taken between registration and closure" });
    }
    const d = investigationDeadline({ investigationFrom: now }, ctx.calendar.get(), ctx.preservationPeriods);
    const start = investigationStartDeadline({ requestedDate: now }, ctx.calendar.get(), ctx.preservationPeriods);
    const id = randomUUID();
    await insertInvestigationRequest(tx, {
      id,
      court_id: c.court_id,
      case_id: c.id,
      requested_by: user.id,
      scope: input.scope,
      requested_date: now,
      status: "requested",
      completed_by: null,
      completed_date: null,
      result: null,
    });
    const clockRow = (kind: string, k: Clock) => ({
      id: randomUUID(),
      court_id: c.court_id,
      case_id: c.id,
      kind,
      subject_id: id,
      start_date: now,
      due_date: k.due,
      basis: JSON.stringify(k.basis[0]),
      provisional: k.provisional,
      counted_from: now,
      period_unit: k.period.unit,
      period_n: k.period.n,
      status: "open" as const,
      met_date: null,
      reminded_at: null,
      overdue_notified_at: null,
    });
    await insertClocks(tx, [clockRow(INVESTIGATION_START_CLOCK, start), clockRow(INVESTIGATION_CLOCK, d)]);
    await record(tx, ctx, c, user, "investigationRequested", { requestId: id, startDue: start.due, due: d.due }, ip);
    return (await dtosOf(tx, c.id, user, now, [id]))[0]!;
  });
}

/** Locks the case, lets only its handler or the division head through, and locks the request. */
async function lockRequestForHandler(tx: Executor, user: AuthUser, caseId: string, requestId: string, refusal: { zh: string; en: string }) {
  const c = await lockCase(tx, caseId);
  const access = await caseAccess(tx, user, c);
  const mayAct = access === "act" && (user.role === "divisionHead" || (user.role === "officer" && c.handler_id === user.id));
  if (!mayAct) throw forbidden(refusal.zh, refusal.en);
  const req = await findInvestigationRequest(tx, c.id, requestId, { forUpdate: true });
  if (!req) throw new DomainError("NOT_FOUND", { zh: "本案没有该财产调查申请", en: "No such investigation request in this case" }, { field: "requestId" });
  return { c, req };
}

/** The handler (or the division head) records the result of the investigation; the clock is met. */
export async function completeInvestigation(
  ctx: AppContext,
  user: AuthUser,
  caseId: string,
  requestId: string,
  input: InvestigationCompleteInput,
  ip: string | null = null,
): Promise<InvestigationRequestDto> {
  const now = today(ctx);
  return ctx.database.db.transaction().execute(async (tx) => {
    const { c, req } = await lockRequestForHandler(tx, user, caseId, requestId, { zh: "只有本案承办人或执行局负责人可以记录财产调查结果", en: "Only the case's handler or the division head records the investigation" });
    if (!(await completeInvestigationRequest(tx, req.id, { completedBy: user.id, completedDate: now, result: input.result }))) {
      throw new DomainError("CONFLICT", { zh: "该财产调查已经完成", en: "This investigation has already been completed" }, { field: "requestId" });
    }
    // Recording the result means it was started, if the start was not recorded before.
    await meetSubjectClocks(tx, c.id, INVESTIGATION_START_CLOCK, req.id, now);
    const met = await meetSubjectClocks(tx, c.id, INVESTIGATION_CLOCK, req.id, now);
    const late = met.some((k) => compareIsoDates(now, k.due_date) > 0);
    await record(tx, ctx, c, user, "investigationCompleted", { requestId: req.id, late }, ip);
    return (await dtosOf(tx, c.id, user, now, [req.id]))[0]!;
  });
}

/** Staff of the case and supervisors see every request; the applicant too (it is the one asking); a respondent none. */
export async function listCaseInvestigations(ctx: AppContext, user: AuthUser, caseId: string): Promise<InvestigationRequestDto[]> {
  const db = ctx.database.db;
  const c = await db.selectFrom("cases").select(["id", "court_id"]).where("id", "=", caseId).executeTakeFirst();
  if (!c) throw caseNotFound();
  const access = await caseAccess(db, user, c);
  if (access === "party" && !(await isCaseApplicant(db, c.id, user.id))) {
    throw forbidden("财产调查申请仅向法院和申请执行人公开", "Investigation requests are shown only to the court and the applicant");
  }
  return dtosOf(db, c.id, user, today(ctx));
}

/** The case's requests (or those named) with their two clocks. */
async function dtosOf(db: Executor, caseId: string, user: AuthUser, now: IsoDate, only?: string[]): Promise<InvestigationRequestDto[]> {
  const rows = (await listInvestigationRequests(db, caseId)).filter((r) => !only || only.includes(r.id));
  const ids = rows.map((r) => r.id);
  const [done, started] = await Promise.all([listSubjectClocks(db, caseId, INVESTIGATION_CLOCK, ids), listSubjectClocks(db, caseId, INVESTIGATION_START_CLOCK, ids)]);
  return rows.map((r) =>
    dtoOf(
      r,
      done.filter((k) => k.subject_id === r.id).at(-1),
      user,
      now,
      started.filter((k) => k.subject_id === r.id).at(-1),
    ),
  );
}

/**
 * The handler (or the division head) records that the investigation asked for has started (若干期限规定
 * art 6: within 10 days of the request); the start clock is met. `via` says how: by hand, or by an online
 * inquiry run on the case (inquiries.service calls startOpenInvestigations in its transaction).
 */
export async function startInvestigation(
  ctx: AppContext,
  user: AuthUser,
  caseId: string,
  requestId: string,
  ip: string | null = null,
): Promise<InvestigationRequestDto> {
  const now = today(ctx);
  return ctx.database.db.transaction().execute(async (tx) => {
    const { c, req } = await lockRequestForHandler(tx, user, caseId, requestId, { zh: "只有本案承办人或执行局负责人可以启动财产调查", en: "Only the case's handler or the division head starts the investigation" });
    if (req.status !== "requested") throw new DomainError("CONFLICT", { zh: "该财产调查已经完成", en: "This investigation has already been completed" }, { field: "requestId" });
    const met = await meetSubjectClocks(tx, c.id, INVESTIGATION_START_CLOCK, req.id, now);
    if (!met.length) throw new DomainError("CONFLICT", { zh: "该财产调查已经启动", en: "This investigation has already been started" }, { field: "requestId" });
    const late = met.some((k) => compareIsoDates(now, k.due_date) > 0);
    await record(tx, ctx, c, user, "investigationStarted", { requestId: req.id, via: "manual", late }, ip);
    return (await dtosOf(tx, c.id, user, now, [req.id]))[0]!;
  });
}

/**
 * An online inquiry run on the case starts every investigation asked for and not yet started: meets
 * their start clocks and records it, inside the inquiry's transaction. Returns the requests started.
 */
export async function startOpenInvestigations(tx: Executor, ctx: AppContext, c: LockedCase | { id: string; court_id: string }, user: AuthUser, inquiryId: string, ip: string | null): Promise<string[]> {
  const now = today(ctx);
  const open = await tx
    .selectFrom("clocks")
    .select(["subject_id", "due_date"])
    .where("case_id", "=", c.id)
    .where("kind", "=", INVESTIGATION_START_CLOCK)
    .where("status", "=", "open")
    .execute();
  const started: string[] = [];
  for (const k of open) {
    if (!k.subject_id) continue;
    const met = await meetSubjectClocks(tx, c.id, INVESTIGATION_START_CLOCK, k.subject_id, now);
    if (!met.length) continue;
    await record(tx, ctx, c, user, "investigationStarted", { requestId: k.subject_id, via: "inquiry", inquiryId, late: compareIsoDates(now, k.due_date) > 0 }, ip);
    started.push(k.subject_id);
  }
  return started;
}
