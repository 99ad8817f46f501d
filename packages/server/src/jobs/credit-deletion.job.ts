// The 失信 deletion job (失信规定(2017) art 10): once a day it finds listed entries with a deletion
// condition the records show — the case closed by full performance (completed), 终结执行 (terminated),
// 不予执行 (notEnforced), the ledger showing the claim paid with every conduct duty done, or the fixed term
// ended — and deletes them at once, recording the condition, the day it occurred and the 3-working-day
// deadline the domain gives (decideDeletion / termDeletionDue). Conditions the records do not show
// (settlement performed, the applicant's approved request, …) are deleted by the handler. One
// transaction per entry (the case row locked, then the entry re-read), with a case event and an audit
// record; idempotent: a deleted entry is never picked again.
import { termDeletionDue, type DeletionCondition, type IsoDate } from "@zhixing/domain";
import { creditPeriods } from "../modules/credit/credit-settings";
import { today, type AppContext } from "../context";
import { lockCase } from "../modules/cases/case-lock";
import { deleteListingIn, performedInFull, SYSTEM } from "../modules/credit/credit.service";
import type { SweepResult } from "../modules/credit/credit.schemas";

export const CREDIT_DELETION_QUEUE = "credit-deletion";

const CLOSURE_CONDITIONS: Record<string, DeletionCondition> = { completed: "performed", terminated: "terminated", notEnforced: "notEnforced" };

export async function runCreditDeletion(ctx: AppContext, opts: { limit?: number } = {}): Promise<SweepResult> {
  const now = today(ctx);
  const listed = await ctx.database.db.selectFrom("dishonest_listings").select(["id", "case_id"]).where("status", "=", "listed").orderBy("created_at").limit(opts.limit ?? 5000).execute();
  const result: SweepResult = { checked: listed.length, deleted: 0, entries: [] };
  for (const { id, case_id } of listed) {
    await ctx.database.db.transaction().execute(async (tx) => {
      const c = await lockCase(tx, case_id);
      const l = await tx.selectFrom("dishonest_listings").select(["id", "case_id", "term_end", "status"]).where("id", "=", id).forUpdate().executeTakeFirst();
      if (!l || l.status !== "listed") return;
      let found: { condition: DeletionCondition; occurredOn: IsoDate } | null = null;
      const closure = c.closure_mode ? CLOSURE_CONDITIONS[c.closure_mode] : undefined;
      if (closure && c.status === "closed") {
        const cd = await tx.selectFrom("cases").select("closure_date").where("id", "=", c.id).executeTakeFirstOrThrow();
        found = { condition: closure, occurredOn: (cd.closure_date ?? now) as IsoDate };
      }
      if (!found) {
        const perf = await performedInFull(tx, c.id, now);
        if (perf.performed) found = { condition: "performed", occurredOn: perf.on ?? now };
      }
      if (!found) {
        const term = termDeletionDue({ termEnd: l.term_end as IsoDate | null }, now, ctx.calendar.get(), creditPeriods(ctx));
        if (term) found = { condition: term.condition, occurredOn: term.deleteBy.from };
      }
      if (!found) return;
      const done = await deleteListingIn(tx, ctx, SYSTEM, l, c, { ...found, note: null }, null);
      result.deleted++;
      result.entries.push({ listingId: l.id, caseId: c.id, condition: found.condition, occurredOn: found.occurredOn, due: done.due });
    });
  }
  return result;
}
