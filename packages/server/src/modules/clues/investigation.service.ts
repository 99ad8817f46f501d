// 申请法院调查财产: the applicant (or staff recording a written request) asks the court to investigate
// the respondent's property. A propertyInvestigation clock opens, due "generally within 1 month"
// (若干期限规定; rules.md §2 PARTIAL → PRESERVATION_PERIODS.propertyInvestigation, configurable); the
// handler or division head records the result and meets it. Each change commits with its case event
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
import { compareIsoDates, DomainError, investigationDeadline, type Citation, type IsoDate } from "@zhixing/domain";
import { today, type AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import { caseAccess, caseNotFound } from "../cases/case-access";
import type { InvestigationCompleteInput, InvestigationRequestDto, InvestigationRequestInput } from "./investigation.schemas";
import { isCaseApplicant, lockCase, OPEN_CASE_STATUSES, type LockedCase } from "../cases/case-lock";
import { STAFF_RECEIVING } from "./clues.service";

export const INVESTIGATION_CLOCK = "propertyInvestigation";


const forbidden = (zh: string, en: string) => new DomainError("FORBIDDEN", { zh, en });




function dtoOf(r: InvestigationRequestRow, clock: ClockRow | undefined, user: AuthUser, now: IsoDate): InvestigationRequestDto {
  return {
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
  c: LockedCase,
  user: AuthUser,
  type: "investigationRequested" | "investigationCompleted",
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
    action: type === "investigationRequested" ? "investigation.request" : "investigation.complete",
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
    const d = investigationDeadline({ investigationFrom: now }, ctx.calendar.get());
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
    await insertClocks(tx, [
      {
        id: randomUUID(),
        court_id: c.court_id,
        case_id: c.id,
        kind: INVESTIGATION_CLOCK,
        subject_id: id,
        start_date: now,
        due_date: d.due,
        basis: JSON.stringify(d.basis[0]),
        provisional: d.provisional,
        counted_from: now,
        period_unit: d.period.unit,
        period_n: d.period.n,
        status: "open",
        met_date: null,
        reminded_at: null,
        overdue_notified_at: null,
      },
    ]);
    await record(tx, ctx, c, user, "investigationRequested", { requestId: id, due: d.due }, ip);
    const row = (await findInvestigationRequest(tx, c.id, id))!;
    const [clock] = await listSubjectClocks(tx, c.id, INVESTIGATION_CLOCK, [id]);
    return dtoOf(row, clock, user, now);
  });
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
    const c = await lockCase(tx, caseId);
    const access = await caseAccess(tx, user, c);
    const mayComplete = access === "act" && (user.role === "divisionHead" || (user.role === "officer" && c.handler_id === user.id));
    if (!mayComplete) throw forbidden("只有本案承办人或执行局负责人可以记录财产调查结果", "Only the case's handler or the division head records the investigation");
    const req = await findInvestigationRequest(tx, c.id, requestId, { forUpdate: true });
    if (!req) throw new DomainError("NOT_FOUND", { zh: "本案没有该财产调查申请", en: "No such investigation request in this case" }, { field: "requestId" });
    if (!(await completeInvestigationRequest(tx, req.id, { completedBy: user.id, completedDate: now, result: input.result }))) {
      throw new DomainError("CONFLICT", { zh: "该财产调查已经完成", en: "This investigation has already been completed" }, { field: "requestId" });
    }
    const met = await meetSubjectClocks(tx, c.id, INVESTIGATION_CLOCK, req.id, now);
    const late = met.some((k) => compareIsoDates(now, k.due_date) > 0);
    await record(tx, ctx, c, user, "investigationCompleted", { requestId: req.id, late }, ip);
    const updated = (await findInvestigationRequest(tx, c.id, req.id))!;
    const [clock] = await listSubjectClocks(tx, c.id, INVESTIGATION_CLOCK, [req.id]);
    return dtoOf(updated, clock, user, now);
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
  const rows = await listInvestigationRequests(db, c.id);
  const clocks = await listSubjectClocks(db, c.id, INVESTIGATION_CLOCK, rows.map((r) => r.id));
  const now = today(ctx);
  return rows.map((r) => dtoOf(r, clocks.filter((k) => k.subject_id === r.id).at(-1), user, now));
}
