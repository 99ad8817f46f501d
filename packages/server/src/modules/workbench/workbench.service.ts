// The officer's workbench: what is overdue, due today, due this week; my cases by state; the
// registration queue with the days left out of the 7 allowed for a decision.
import { countCasesByStatus, listOpenClocksDue } from "@zhixing/db";
import { addDays, compareIsoDates, daysBetween, type Citation } from "@zhixing/domain";
import { today, type AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";

export type ClockItem = { clockId: string; caseId: string; caseNumber: string | null; kind: string; due: string; daysLeft: number; basis: Citation };

export async function workbench(ctx: AppContext, user: AuthUser & { courtId: string }) {
  const db = ctx.database.db;
  const now = today(ctx);
  const weekEnd = addDays(now, 7);
  const mine = user.role === "officer" ? { handlerId: user.id } : {};
  const due = await listOpenClocksDue(db, { courtIds: [user.courtId], until: weekEnd, ...mine, limit: 500 });
  const items: ClockItem[] = due.map((c) => ({
    clockId: c.id,
    caseId: c.case_id,
    caseNumber: c.case_number,
    kind: c.kind,
    due: c.due_date,
    daysLeft: daysBetween(now, c.due_date),
    basis: c.basis as Citation,
  }));
  const queueRows = await db
    .selectFrom("cases")
    .innerJoin("clocks", (j) => j.onRef("clocks.case_id", "=", "cases.id").on("clocks.kind", "=", "decision").on("clocks.status", "=", "open"))
    .select(["cases.id", "cases.application_date", "clocks.due_date"])
    .where("cases.court_id", "=", user.courtId)
    .where("cases.status", "=", "applied")
    .orderBy("clocks.due_date")
    .limit(200)
    .execute();
  const parties = queueRows.length
    ? await db
        .selectFrom("case_parties")
        .select(["case_id", "name"])
        .where("role", "=", "applicant")
        .where("case_id", "in", queueRows.map((r) => r.id))
        .orderBy("position")
        .execute()
    : [];
  // The president's queue: extension requests waiting for approval (审限规定 art 5).
  const pendingApprovals =
    user.role === "president" || user.role === "divisionHead"
      ? await db
          .selectFrom("cases")
          .select(["id", "case_number", "term_due", "extensions_granted"])
          .where("court_id", "=", user.courtId)
          .where("extension_pending", "=", true)
          .orderBy("term_due")
          .limit(200)
          .execute()
      : [];
  // 终本规定 art 9: a re-inquiry after 终本 found property — the flag stays until the court acknowledges it
  // (the lifecycle has no 恢复执行 action yet; zhongben.service acknowledgeResumeFlag).
  const resumeFlags = await resumeFlagsFor(ctx, user);
  return {
    resumeFlags,
    pendingApprovals: pendingApprovals.map((c) => ({
      caseId: c.id,
      caseNumber: c.case_number,
      termDue: c.term_due!,
      furtherExtension: c.extensions_granted >= 1,
    })),
    overdue: items.filter((i) => compareIsoDates(i.due, now) < 0),
    dueToday: items.filter((i) => i.due === now),
    dueThisWeek: items.filter((i) => compareIsoDates(i.due, now) > 0),
    myCasesByStatus: await countCasesByStatus(db, { courtIds: [user.courtId], ...mine }),
    registrationQueue: queueRows.map((r) => ({
      caseId: r.id,
      applicantNames: parties.filter((p) => p.case_id === r.id).map((p) => p.name),
      applicationDate: r.application_date,
      decisionDue: r.due_date,
      daysLeft: daysBetween(now, r.due_date),
    })),
  };
}

/** The 终本 cases of the caller's court (an officer: its own) whose re-inquiry found property and is not yet acknowledged. */
export async function resumeFlagsFor(ctx: AppContext, user: AuthUser & { courtId: string }) {
  let q = ctx.database.db
    .selectFrom("zhongben_reinquiries as r")
    .innerJoin("cases", "cases.id", "r.case_id")
    .select(["cases.id as caseId", "cases.case_number as caseNumber", "r.seq", "r.run_date as runDate", "r.items_found as itemsFound"])
    .where("cases.court_id", "=", user.courtId)
    .where("cases.status", "=", "closed")
    .where("cases.closure_mode", "=", "suspendedNoAssets")
    .where("r.resume_flag", "=", true)
    .where("r.resume_acknowledged_date", "is", null);
  if (user.role === "officer") q = q.where("cases.handler_id", "=", user.id);
  const rows = await q.orderBy("r.run_date").orderBy("cases.id").limit(200).execute();
  return rows.map((r) => ({ caseId: r.caseId, caseNumber: r.caseNumber, seq: r.seq, runDate: r.runDate, itemsFound: r.itemsFound }));
}
