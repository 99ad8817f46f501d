// Property clues (财产调查规定 art 2): the applicant (or staff receiving one) gives a clue; a
// clueVerification clock runs 7 days, 3 when urgent; the handler records the result and meets it.
// Each change commits with its case event and audit record in one transaction.
import { randomUUID } from "node:crypto";
import {
  appendEvent,
  findClue,
  insertClocks,
  insertClue,
  listClues as listClueRows,
  listSubjectClocks,
  meetSubjectClocks,
  recordClueResult,
  writeAudit,
  type AssetClueRow,
  type ClockRow,
  type Executor,
} from "@zhixing/db";
import { clueVerificationDeadline, compareIsoDates, DomainError, type Citation, type IsoDate } from "@zhixing/domain";
import { today, type AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import { caseAccess, caseNotFound } from "../cases/case-access";
import type { ClueDto, ClueInput, VerifyInput } from "./clues.schemas";
import { isCaseApplicant, lockCase, OPEN_CASE_STATUSES, type LockedCase } from "../cases/case-lock";

export const CLUE_CLOCK = "clueVerification";

/** Staff who may receive a clue or a request from an applicant. */
export const STAFF_RECEIVING = ["officer", "divisionHead", "filingClerk"];

const forbidden = (zh: string, en: string) => new DomainError("FORBIDDEN", { zh, en });




function dtoOf(r: AssetClueRow, clock: ClockRow | undefined, user: AuthUser, now: IsoDate): ClueDto {
  return {
    id: r.id,
    description: r.description,
    urgent: r.urgent,
    anonymous: r.anonymous,
    receivedDate: r.received_date,
    status: r.status,
    verifiedDate: r.verified_date,
    result: r.result,
    submittedByMe: r.submitted_by === user.id,
    clock: clock
      ? {
          due: clock.due_date,
          status: clock.status,
          metDate: clock.met_date,
          overdue: clock.status === "open" && compareIsoDates(clock.due_date, now) < 0,
          basis: clock.basis as Citation,
        }
      : null,
  };
}

async function event(tx: Executor, ctx: AppContext, c: LockedCase, user: AuthUser, type: string, data: Record<string, unknown>, ip: string | null): Promise<void> {
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
    action: type === "clueSubmitted" ? "clue.submit" : "clue.verify",
    entityType: "assetClue",
    entityId: String(data.clueId),
    caseId: c.id,
    detail: data,
    ip,
  });
}

/** The applicant gives a clue (or staff record one received); the verification clock starts. */
export async function submitClue(ctx: AppContext, user: AuthUser, caseId: string, input: ClueInput, ip: string | null = null): Promise<ClueDto> {
  const now = today(ctx);
  return ctx.database.db.transaction().execute(async (tx) => {
    const c = await lockCase(tx, caseId);
    const access = await caseAccess(tx, user, c);
    if (access === "supervise") throw forbidden("上级法院只能查看本案", "A supervising court may only read this case");
    if (access === "act" && !STAFF_RECEIVING.includes(user.role)) throw forbidden("您的角色不能登记财产线索", "Your role may not record property clues");
    if (access === "party" && !(await isCaseApplicant(tx, c.id, user.id))) {
      throw forbidden("只有申请执行人可以提供财产线索", "Only the applicant gives property clues");
    }
    if (!OPEN_CASE_STATUSES.includes(c.status)) {
      throw new DomainError("PRECONDITION_FAILED", { zh: "案件立案后、结案前方可提供财产线索", en: "Clues are taken between registration and closure" });
    }
    const urgent = input.urgent ?? false;
    const d = clueVerificationDeadline({ clueReceivedDate: now, urgent }, ctx.calendar.get(), ctx.preservationPeriods);
    const id = randomUUID();
    await insertClue(tx, {
      id,
      court_id: c.court_id,
      case_id: c.id,
      submitted_by: user.id,
      anonymous: false,
      informant_contact: null,
      description: input.description,
      urgent,
      received_date: now,
      status: "received",
      verified_date: null,
      result: null,
    });
    const clockId = randomUUID();
    await insertClocks(tx, [
      {
        id: clockId,
        court_id: c.court_id,
        case_id: c.id,
        kind: CLUE_CLOCK,
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
    await event(tx, ctx, c, user, "clueSubmitted", { clueId: id, urgent, due: d.due }, ip);
    const row = await findClue(tx, c.id, id);
    const [clock] = await listSubjectClocks(tx, c.id, CLUE_CLOCK, [id]);
    return dtoOf(row!, clock, user, now);
  });
}

/** The handler (or the division head) records whether the clue was verified; the clock is met. */
export async function verifyClue(ctx: AppContext, user: AuthUser, caseId: string, clueId: string, input: VerifyInput, ip: string | null = null): Promise<ClueDto> {
  const now = today(ctx);
  return ctx.database.db.transaction().execute(async (tx) => {
    const c = await lockCase(tx, caseId);
    const access = await caseAccess(tx, user, c);
    const mayVerify = access === "act" && (user.role === "divisionHead" || (user.role === "officer" && c.handler_id === user.id));
    if (!mayVerify) throw forbidden("只有本案承办人或执行局负责人可以核实财产线索", "Only the case's handler or the division head verifies clues");
    const clue = await findClue(tx, c.id, clueId, { forUpdate: true });
    if (!clue) throw new DomainError("NOT_FOUND", { zh: "本案没有该财产线索", en: "No such clue in this case" }, { field: "clueId" });
    if (!(await recordClueResult(tx, clue.id, { status: input.result, verifiedDate: now, result: input.note }))) {
      throw new DomainError("CONFLICT", { zh: "该线索已有核实结果", en: "This clue has already been decided" }, { field: "clueId" });
    }
    const met = await meetSubjectClocks(tx, c.id, CLUE_CLOCK, clue.id, now);
    const late = met.some((k) => compareIsoDates(now, k.due_date) > 0);
    await event(tx, ctx, c, user, "clueVerified", { clueId: clue.id, result: input.result, late }, ip);
    const updated = (await findClue(tx, c.id, clue.id))!;
    const [clock] = await listSubjectClocks(tx, c.id, CLUE_CLOCK, [clue.id]);
    return dtoOf(updated, clock, user, now);
  });
}

/** Staff of the case and supervisors see every clue; the applicant the clues it gave; a respondent none. */
export async function listCaseClues(ctx: AppContext, user: AuthUser, caseId: string): Promise<ClueDto[]> {
  const db = ctx.database.db;
  const c = await db.selectFrom("cases").select(["id", "court_id"]).where("id", "=", caseId).executeTakeFirst();
  if (!c) throw caseNotFound();
  const access = await caseAccess(db, user, c);
  let rows: AssetClueRow[];
  if (access === "party") {
    if (!(await isCaseApplicant(db, c.id, user.id))) throw forbidden("财产线索仅向法院和提供线索的申请执行人公开", "Clues are shown only to the court and the applicant who gave them");
    rows = await listClueRows(db, c.id, user.id);
  } else {
    rows = await listClueRows(db, c.id);
  }
  const clocks = await listSubjectClocks(db, c.id, CLUE_CLOCK, rows.map((r) => r.id));
  const now = today(ctx);
  return rows.map((r) => dtoOf(r, clocks.filter((k) => k.subject_id === r.id).at(-1), user, now));
}
