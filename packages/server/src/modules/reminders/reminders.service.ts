// Reminders raised by the clock sweep: each staff member sees their own, and court-level roles also
// see those of cases not yet assigned to anyone.
import { listReminders, markReminderRead, writeAudit } from "@zhixing/db";
import { DomainError } from "@zhixing/domain";
import type { AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";

const COURT_LEVEL = new Set(["filingClerk", "divisionHead", "president"]);

export async function remindersFor(ctx: AppContext, user: AuthUser & { courtId: string }) {
  const rows = await listReminders(ctx.database.db, { userId: user.id, courtId: user.courtId, includeCourt: COURT_LEVEL.has(user.role) });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    clockKind: r.clock_kind,
    clockOpen: r.clock_status === "open",
    due: r.due_date,
    caseId: r.case_id,
    caseNumber: r.case_number,
    createdAt: new Date(r.created_at).toISOString(),
    read: r.read_at !== null,
  }));
}

export async function readReminder(ctx: AppContext, user: AuthUser & { courtId: string }, id: string): Promise<void> {
  const visible = (await remindersFor(ctx, user)).some((r) => r.id === id);
  if (!visible) throw new DomainError("NOT_FOUND", { zh: "提醒不存在", en: "No such reminder" });
  await ctx.database.db.transaction().execute(async (tx) => {
    await markReminderRead(tx, id, ctx.now());
    await writeAudit(tx, { courtId: user.courtId, actorId: user.id, actorRole: user.role, action: "reminder.read", entityType: "reminder", entityId: id });
  });
}
