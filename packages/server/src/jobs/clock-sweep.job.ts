// The clock sweep: finds open statutory clocks that are due soon or overdue and records one reminder
// per clock and kind, in bounded batches. Idempotent: a clock already reminded is not picked again,
// and the reminders table is unique per (clock, kind), so a sweep that runs twice changes nothing.
import { claimClocksForReminder, recordReminder, writeAudit } from "@zhixing/db";
import { addDays } from "@zhixing/domain";
import { today, type AppContext } from "../context";

export type SweepResult = { dueSoon: number; overdue: number; batches: number };

export const CLOCK_SWEEP_QUEUE = "clock-sweep";

export async function sweepClocks(ctx: AppContext, opts: { batchSize?: number; leadDays?: number; maxBatches?: number } = {}): Promise<SweepResult> {
  const batchSize = opts.batchSize ?? 200;
  const maxBatches = opts.maxBatches ?? 50;
  const now = today(ctx);
  const until = addDays(now, opts.leadDays ?? 2);
  const result: SweepResult = { dueSoon: 0, overdue: 0, batches: 0 };
  for (const kind of ["dueSoon", "overdue"] as const) {
    for (let i = 0; i < maxBatches; i++) {
      const batch = await claimClocksForReminder(ctx.database.db, kind, { today: now, until, limit: batchSize });
      if (!batch.length) break;
      result.batches++;
      await ctx.database.db.transaction().execute(async (tx) => {
        for (const clock of batch) {
          if (await recordReminder(tx, clock, kind, clock.handler_id, ctx.now())) result[kind]++;
        }
        await writeAudit(tx, {
          courtId: null,
          actorId: null,
          actorRole: "system",
          action: `clock.${kind}`,
          entityType: "clockBatch",
          entityId: null,
          detail: { clocks: batch.map((c) => c.id) },
        });
      });
      if (batch.length < batchSize) break;
    }
  }
  return result;
}
