import { randomUUID } from "node:crypto";
import type { Insertable } from "kysely";
import type { Executor } from "../database";
import type { ClocksTable } from "../schema";

export async function insertClocks(db: Executor, clocks: Insertable<ClocksTable>[]): Promise<void> {
  if (clocks.length) await db.insertInto("clocks").values(clocks).execute();
}

export async function meetClocks(db: Executor, caseId: string, kinds: string[], date: string): Promise<void> {
  if (!kinds.length) return;
  await db
    .updateTable("clocks")
    .set({ status: "met", met_date: date })
    .where("case_id", "=", caseId)
    .where("kind", "in", kinds)
    .where("status", "=", "open")
    .execute();
}

export async function cancelOpenClocks(db: Executor, caseId: string, kinds?: string[]): Promise<void> {
  let q = db.updateTable("clocks").set({ status: "cancelled" }).where("case_id", "=", caseId).where("status", "=", "open");
  if (kinds) q = q.where("kind", "in", kinds.length ? kinds : ["-"]);
  await q.execute();
}

export type ClockWithCase = {
  id: string;
  court_id: string;
  case_id: string;
  kind: string;
  due_date: string;
  basis: unknown;
  case_number: string | null;
  handler_id: string | null;
};

function openClocksWithCase(db: Executor) {
  return db
    .selectFrom("clocks")
    .innerJoin("cases", "cases.id", "clocks.case_id")
    .select([
      "clocks.id",
      "clocks.court_id",
      "clocks.case_id",
      "clocks.kind",
      "clocks.due_date",
      "clocks.basis",
      "cases.case_number",
      "cases.handler_id",
    ])
    .where("clocks.status", "=", "open");
}

/** Open clocks due on or before `until`, for the workbench (court-scoped, optionally one handler's). */
export async function listOpenClocksDue(
  db: Executor,
  f: { courtIds: string[]; until: string; handlerId?: string; kinds?: string[]; limit?: number },
): Promise<ClockWithCase[]> {
  let q = openClocksWithCase(db)
    .where("clocks.court_id", "in", f.courtIds.length ? f.courtIds : ["-"])
    .where("clocks.due_date", "<=", f.until);
  if (f.handlerId) q = q.where("cases.handler_id", "=", f.handlerId);
  if (f.kinds) q = q.where("clocks.kind", "in", f.kinds);
  return q.orderBy("clocks.due_date").limit(f.limit ?? 200).execute();
}

/**
 * One bounded batch for the sweep: open clocks that need a reminder of `kind` and have none yet.
 * `dueSoon` covers clocks due on or before `until`; `overdue` those due before `today`.
 */
export async function claimClocksForReminder(
  db: Executor,
  kind: "dueSoon" | "overdue",
  f: { today: string; until: string; limit: number },
): Promise<ClockWithCase[]> {
  let q = openClocksWithCase(db);
  q =
    kind === "dueSoon"
      ? q.where("clocks.due_date", "<=", f.until).where("clocks.reminded_at", "is", null)
      : q.where("clocks.due_date", "<", f.today).where("clocks.overdue_notified_at", "is", null);
  return q.orderBy("clocks.due_date").orderBy("clocks.id").limit(f.limit).execute();
}

/** Records a reminder once per clock and kind (idempotent) and stamps the clock. */
export async function recordReminder(
  db: Executor,
  clock: ClockWithCase,
  kind: "dueSoon" | "overdue",
  userId: string | null,
  at: Date,
): Promise<boolean> {
  const r = await db
    .insertInto("reminders")
    .values({
      id: randomUUID(),
      court_id: clock.court_id,
      case_id: clock.case_id,
      clock_id: clock.id,
      user_id: userId,
      kind,
      due_date: clock.due_date,
    })
    .onConflict((oc) => oc.columns(["clock_id", "kind"]).doNothing())
    .executeTakeFirst();
  await db
    .updateTable("clocks")
    .set(kind === "dueSoon" ? { reminded_at: at } : { overdue_notified_at: at })
    .where("id", "=", clock.id)
    .execute();
  return Number(r.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/** A user's reminders, and for court-level roles also the court's unaddressed ones (no handler yet). */
export async function listReminders(db: Executor, f: { userId: string; courtId?: string | null; includeCourt: boolean; limit?: number }) {
  return db
    .selectFrom("reminders")
    .innerJoin("cases", "cases.id", "reminders.case_id")
    .innerJoin("clocks", "clocks.id", "reminders.clock_id")
    .select([
      "reminders.id",
      "reminders.kind",
      "reminders.due_date",
      "reminders.created_at",
      "reminders.read_at",
      "reminders.case_id",
      "cases.case_number",
      "clocks.kind as clock_kind",
      "clocks.status as clock_status",
    ])
    .where((eb) =>
      f.includeCourt && f.courtId
        ? eb.or([eb("reminders.user_id", "=", f.userId), eb.and([eb("reminders.user_id", "is", null), eb("reminders.court_id", "=", f.courtId)])])
        : eb("reminders.user_id", "=", f.userId),
    )
    .orderBy("reminders.created_at", "desc")
    .orderBy("reminders.id")
    .limit(f.limit ?? 50)
    .execute();
}

export async function markReminderRead(db: Executor, id: string, at: Date): Promise<void> {
  await db.updateTable("reminders").set({ read_at: at }).where("id", "=", id).where("read_at", "is", null).execute();
}

export const newId = (): string => randomUUID();

/** Open clocks whose due date was computed on a provisional (fallback) calendar year. */
export async function listOpenProvisionalClocks(db: Executor) {
  return db
    .selectFrom("clocks")
    .select(["id", "court_id", "case_id", "kind", "due_date", "counted_from", "period_unit", "period_n"])
    .where("status", "=", "open")
    .where("provisional", "=", true)
    .orderBy("case_id")
    .orderBy("kind")
    .execute();
}

export async function updateClockDue(db: Executor, id: string, due: string, provisional: boolean): Promise<void> {
  await db.updateTable("clocks").set({ due_date: due, provisional }).where("id", "=", id).execute();
}
