// The measure lapse job (查封规定 art 27): measures whose last day in force has passed without renewal
// lapse; their open clocks close; the next queued measure on the asset takes effect (art 26, see
// measures.service promoteOnAsset). Bounded batches, one transaction per measure (the case row locked,
// then a case event and an audit record), idempotent: a measure already lapsed, released or renewed is
// not picked again or is left alone. It also meets the renewal-reminder clocks whose day has come, so
// that the clock sweep does not report them overdue.
import { claimLapsingMeasures, meetPastMeasureReminders, writeAudit } from "@zhixing/db";
import { today, type AppContext } from "../context";
import { lapseMeasure, MEASURE_REMINDER_CLOCK } from "../modules/measures/measures.service";

export const MEASURE_LAPSE_QUEUE = "measure-lapse";

export type MeasureLapseResult = { lapsed: number; batches: number; remindersMet: number; measureIds: string[] };

export async function lapseMeasures(ctx: AppContext, opts: { batchSize?: number; maxBatches?: number } = {}): Promise<MeasureLapseResult> {
  const batchSize = opts.batchSize ?? 100;
  const maxBatches = opts.maxBatches ?? 50;
  const now = today(ctx);
  const result: MeasureLapseResult = { lapsed: 0, batches: 0, remindersMet: 0, measureIds: [] };
  const seen = new Set<string>();
  for (let i = 0; i < maxBatches; i++) {
    const batch = (await claimLapsingMeasures(ctx.database.db, { today: now, limit: batchSize })).filter((m) => !seen.has(m.id));
    if (!batch.length) break;
    result.batches++;
    for (const m of batch) {
      seen.add(m.id);
      if (await lapseMeasure(ctx, m.id)) {
        result.lapsed++;
        result.measureIds.push(m.id);
      }
    }
    if (batch.length < batchSize) break;
  }
  await ctx.database.db.transaction().execute(async (tx) => {
    result.remindersMet = await meetPastMeasureReminders(tx, MEASURE_REMINDER_CLOCK, now);
    if (result.remindersMet > 0) {
      await writeAudit(tx, {
        courtId: null,
        actorId: null,
        actorRole: "system",
        action: "measure.remindersMet",
        entityType: "clockBatch",
        entityId: null,
        detail: { count: result.remindersMet, through: now },
      });
    }
  });
  return result;
}
