// When the official holiday arrangement of a year is loaded, every open clock that was counted on the
// provisional (fallback) calendar is counted again from the same start on the new calendar (rules.md
// §19 through the one statutory calendar). A moved term also moves its extension-request deadline and
// the case's term; each case whose dates moved gets a case event and an audit record.
import { randomUUID } from "node:crypto";
import { appendEvent, listOpenProvisionalClocks, updateClockDue, writeAudit, type Executor } from "@zhixing/db";
import { computeDeadline, extensionRequestDeadline, todayInShanghai, type StatutoryCalendar, type StatutoryPeriods } from "@zhixing/domain";
import type { AuthUser } from "../../http/auth";

export type RecomputeResult = { clocks: number; casesMoved: number };

export async function recomputeProvisionalClocks(
  tx: Executor,
  calendar: StatutoryCalendar,
  periods: StatutoryPeriods,
  now: Date,
  actor: AuthUser | null,
): Promise<RecomputeResult> {
  const rows = await listOpenProvisionalClocks(tx);
  const byCase = new Map<string, typeof rows>();
  for (const r of rows) byCase.set(r.case_id, [...(byCase.get(r.case_id) ?? []), r]);
  const result: RecomputeResult = { clocks: 0, casesMoved: 0 };

  for (const [caseId, clocks] of byCase) {
    const moved: { kind: string; from: string; to: string }[] = [];
    let term: { due: string; provisional: boolean } | undefined;
    for (const c of clocks) {
      if (!c.counted_from || !c.period_unit || c.period_n === null) continue;
      const d = computeDeadline(c.counted_from, { unit: c.period_unit, n: c.period_n }, calendar);
      await updateClockDue(tx, c.id, d.due, d.provisional);
      result.clocks++;
      if (d.due !== c.due_date) moved.push({ kind: c.kind, from: c.due_date, to: d.due });
      if (c.kind === "term") term = { due: d.due, provisional: d.provisional };
    }
    const derived = clocks.find((c) => c.kind === "extensionRequest");
    if (derived && term) {
      const due = extensionRequestDeadline(term.due, periods);
      await updateClockDue(tx, derived.id, due, term.provisional);
      result.clocks++;
      if (due !== derived.due_date) moved.push({ kind: derived.kind, from: derived.due_date, to: due });
    }
    if (term) await tx.updateTable("cases").set((eb) => ({ term_due: term!.due, version: eb("version", "+", 1), updated_at: now })).where("id", "=", caseId).execute();
    if (!moved.length) continue;
    result.casesMoved++;
    const courtId = clocks[0]!.court_id;
    await appendEvent(tx, {
      id: randomUUID(),
      court_id: courtId,
      case_id: caseId,
      type: "recomputeClocks",
      at: now,
      event_date: todayInShanghai(now),
      actor_id: actor?.id ?? null,
      actor_name: actor?.displayName ?? "系统 system",
      actor_role: actor?.role ?? "system",
      reason: "法定节假日安排公布，期限按官方安排重新计算 / official holiday arrangement loaded; deadlines recounted",
      data: JSON.stringify({ moved }),
    });
    await writeAudit(tx, {
      courtId,
      actorId: actor?.id ?? null,
      actorRole: actor?.role ?? "system",
      action: "clock.recompute",
      entityType: "case",
      entityId: caseId,
      caseId,
      detail: { moved },
    });
  }
  return result;
}
