// What every valuation operation shares: the adapters (per application context), loading a valuation
// under its case's lock, who may act, the clock rows, and the case event + audit record of a change.
import { randomUUID } from "node:crypto";
import { appendEvent, writeAudit, type Executor } from "@zhixing/db";
import { DomainError, type Citation, type IsoDate, type Period } from "@zhixing/domain";
import { createValuationAdapters, type ValuationAdapters } from "../../adapters/valuation";
import { today, type AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import { caseAccess, type CaseAccess } from "../cases/case-access";
import { lockCase, OPEN_CASE_STATUSES, type LockedCase } from "../cases/case-lock";

// ─── settings ────────────────────────────────────────────────────────────────────────────────────────

export type ValuationSettings = {
  adapters: ValuationAdapters;
  /** How long one call to a platform or agency may take before it counts as an error. */
  callTimeoutMs: number;
};

function envInt(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be a whole number from ${min} to ${max}; got ${JSON.stringify(raw)}`);
  return n;
}

export function valuationSettingsFromEnv(): ValuationSettings {
  return { adapters: createValuationAdapters(), callTimeoutMs: envInt("ZHIXING_VALUATION_TIMEOUT_MS", 10_000, 1, 600_000) };
}

// Settings belong to an application context (tests configure theirs; the server and CLI read the
// environment once), as for the online inquiries.
const SETTINGS = new WeakMap<object, ValuationSettings>();

export function valuationSettings(ctx: AppContext): ValuationSettings {
  let s = SETTINGS.get(ctx);
  if (!s) {
    s = valuationSettingsFromEnv();
    SETTINGS.set(ctx, s);
  }
  return s;
}

export function configureValuation(ctx: AppContext, patch: Partial<ValuationSettings>): ValuationSettings {
  const s = { ...valuationSettings(ctx), ...patch };
  SETTINGS.set(ctx, s);
  return s;
}

/** One outside call with the configured timeout; a timeout or a throw becomes an error reply. */
export async function withTimeout<T>(ms: number, fn: (signal: AbortSignal) => Promise<T>, onError: (message: string) => T): Promise<T> {
  const ac = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => {
      ac.abort();
      resolve(onError("未在规定时间内答复 / no answer in time"));
    }, ms);
  });
  try {
    return await Promise.race([fn(ac.signal).catch((e: unknown) => onError((e as Error).message ?? String(e))), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// ─── errors ──────────────────────────────────────────────────────────────────────────────────────────

export const forbidden = (zh: string, en: string) => new DomainError("FORBIDDEN", { zh, en });
export const refused = (field: string, zh: string, en: string) => new DomainError("PRECONDITION_FAILED", { zh, en }, { field });
export const conflict = (zh: string, en: string, field?: string) => new DomainError("CONFLICT", { zh, en }, field ? { field } : {});
export const valuationNotFound = () => new DomainError("NOT_FOUND", { zh: "确定参考价程序不存在或无权查看", en: "No such valuation, or you may not see it" });

// ─── actors and access ───────────────────────────────────────────────────────────────────────────────

/** Who acts: a signed-in user, or the system (a collection job). */
export type Actor = { id: string | null; name: string; role: string };
export const SYSTEM_ACTOR: Actor = { id: null, name: "系统 system", role: "system" };
export const actorOf = (u: AuthUser): Actor => ({ id: u.id, name: u.displayName, role: u.role });

/** The case's handler, or the head of its enforcement division; other staff of the court 403, everyone else 404. */
export async function assertMayAct(tx: Executor, user: AuthUser, c: LockedCase): Promise<void> {
  const access = await caseAccess(tx, user, c);
  if (access === "party") throw forbidden("当事人只能对询价、评估报告提出异议，其他事项由承办人办理", "Parties may only object to a report; the handler records everything else");
  if (access !== "act") throw forbidden("上级法院只能查看确定参考价程序", "A supervising court may only read the valuation");
  const isHandler = user.role === "officer" && c.handler_id === user.id;
  if (!isHandler && user.role !== "divisionHead") {
    throw forbidden("只有本案承办人或执行局负责人可以办理确定参考价", "Only the case's handler or the division head may act on the valuation");
  }
}

/** Valuation work happens in a registered case that is not closed. */
export function assertCaseOpen(c: LockedCase): void {
  if (!OPEN_CASE_STATUSES.includes(c.status)) {
    throw refused("caseStatus", `案件状态为 ${c.status}，只有已立案且未结案的案件可以确定参考价`, `The case is ${c.status}: a reference price is determined only in a registered case that is not closed`);
  }
}

export type ValuationRow = Awaited<ReturnType<typeof findValuation>> & {};

export async function findValuation(db: Executor, id: string) {
  return db.selectFrom("valuations").selectAll().where("id", "=", id).executeTakeFirst();
}

/** The valuation and its case, the case row locked first (every case-scoped write does so). */
export async function lockValuation(tx: Executor, valuationId: string, user: AuthUser | null): Promise<{ c: LockedCase; v: NonNullable<ValuationRow>; access: CaseAccess | "system" }> {
  const first = await tx.selectFrom("valuations").select(["case_id"]).where("id", "=", valuationId).executeTakeFirst();
  if (!first) throw valuationNotFound();
  const c = await lockCase(tx, first.case_id);
  let access: CaseAccess | "system" = "system";
  if (user) {
    try {
      access = await caseAccess(tx, user, c);
    } catch {
      throw valuationNotFound();
    }
  }
  const v = await tx.selectFrom("valuations").selectAll().where("id", "=", valuationId).forUpdate().executeTakeFirstOrThrow();
  return { c, v, access };
}

/** The valuation's latest step (the open one while a method runs). */
export async function latestStep(db: Executor, valuationId: string) {
  return db.selectFrom("valuation_steps").selectAll().where("valuation_id", "=", valuationId).orderBy("seq", "desc").limit(1).executeTakeFirstOrThrow();
}
export type StepRow = Awaited<ReturnType<typeof latestStep>>;

/** The open step of `method`, or a refusal naming what is running instead. */
export async function openStepOf(db: Executor, v: { id: string; status: string; method: string }, method: StepRow["method"]): Promise<StepRow> {
  if (v.status !== "inProgress") {
    throw refused("status", v.status === "priced" ? "参考价已经确定" : "确定参考价程序已终止", v.status === "priced" ? "The reference price has already been fixed" : "The valuation has ended");
  }
  const s = await latestStep(db, v.id);
  if (s.method !== method || s.status !== "open") {
    throw refused(
      "method",
      `当前${s.status === "open" ? "正在进行" : "已结束"}的方式是 ${s.method}，不是 ${method}`,
      `The current method is ${s.method} (${s.status}), not ${method}`,
    );
  }
  return s;
}

// ─── clocks ──────────────────────────────────────────────────────────────────────────────────────────

export type ClockSpec = { due: IsoDate; basis: Citation[] | Citation; from?: IsoDate | null; period?: Period | null; provisional?: boolean };

export function clockRow(c: { id: string; court_id: string }, kind: string, subjectId: string, k: ClockSpec, now: IsoDate, status: "open" | "met" = "open") {
  const basis = Array.isArray(k.basis) ? k.basis[0] : k.basis;
  return {
    id: randomUUID(),
    court_id: c.court_id,
    case_id: c.id,
    kind,
    subject_id: subjectId,
    start_date: now,
    due_date: k.due,
    basis: JSON.stringify(basis),
    provisional: k.provisional ?? false,
    counted_from: k.period ? (k.from ?? null) : null,
    period_unit: k.period?.unit ?? null,
    period_n: k.period?.n ?? null,
    status,
    met_date: status === "met" ? now : null,
    reminded_at: null,
    overdue_notified_at: null,
  };
}

/** Closes the open clocks of `kind` about `subjectId` (met, or cancelled when no longer needed). */
export async function closeClocks(tx: Executor, caseId: string, kinds: string[], subjectId: string, status: "met" | "cancelled", date: IsoDate): Promise<number> {
  const r = await tx
    .updateTable("clocks")
    .set({ status, met_date: status === "met" ? date : null })
    .where("case_id", "=", caseId)
    .where("kind", "in", kinds)
    .where("subject_id", "=", subjectId)
    .where("status", "=", "open")
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function openClockOf(tx: Executor, caseId: string, kind: string, subjectId: string) {
  return tx.selectFrom("clocks").selectAll().where("case_id", "=", caseId).where("kind", "=", kind).where("subject_id", "=", subjectId).where("status", "=", "open").executeTakeFirst();
}

// ─── the record of a change ──────────────────────────────────────────────────────────────────────────

/** The case event and the audit record of one change, in the caller's transaction. */
export async function record(
  tx: Executor,
  ctx: AppContext,
  actor: Actor,
  c: { id: string; court_id: string },
  e: { type: string; valuationId: string; entityType?: string; entityId?: string; data: Record<string, unknown>; reason?: string | null; ip?: string | null },
): Promise<void> {
  const data = { valuationId: e.valuationId, ...e.data };
  await appendEvent(tx, {
    id: randomUUID(),
    court_id: c.court_id,
    case_id: c.id,
    type: e.type,
    at: ctx.now(),
    event_date: today(ctx),
    actor_id: actor.id,
    actor_name: actor.name,
    actor_role: actor.role,
    reason: e.reason ?? null,
    data: JSON.stringify(data),
  });
  await writeAudit(tx, {
    courtId: c.court_id,
    actorId: actor.id,
    actorRole: actor.role,
    action: e.type,
    entityType: e.entityType ?? "valuation",
    entityId: e.entityId ?? e.valuationId,
    caseId: c.id,
    detail: data,
    ip: e.ip ?? null,
  });
}

export const json = (v: unknown) => JSON.stringify(v);

// ─── 暂缓 (art 28) ───────────────────────────────────────────────────────────────────────────────────

/** The valuation's suspension still in force, if any. */
export async function openSuspensionOf(db: Executor, valuationId: string) {
  return db.selectFrom("valuation_suspensions").selectAll().where("valuation_id", "=", valuationId).where("resumed_date", "is", null).executeTakeFirst();
}

/** While the court has suspended the work (art 28), nothing is sent to or collected from the platforms or agencies. */
export async function assertNotSuspended(db: Executor, valuationId: string): Promise<void> {
  const s = await openSuspensionOf(db, valuationId);
  if (s) {
    throw refused("suspension", `人民法院已于 ${s.from_date} 决定暂缓（第二十八条），恢复后方可继续`, `The court suspended the work on ${s.from_date} (art 28); resume it first`);
  }
}

/** The closed suspensions of a step, as whole-day ranges (the days to deduct). */
export async function stepSuspensions(db: Executor, stepId: string): Promise<{ from: IsoDate; to: IsoDate }[]> {
  const rows = await db
    .selectFrom("valuation_suspensions")
    .select(["from_date", "to_date"])
    .where("step_id", "=", stepId)
    .where("resumed_date", "is not", null)
    .where("to_date", "is not", null)
    .orderBy("from_date")
    .execute();
  return rows.map((r) => ({ from: r.from_date, to: r.to_date! }));
}
