// The standing freeze job (轮询冻结 / 持续冻结): once a day, each active order not yet run today asks
// the account's provider for new unfrozen funds and tops up its freeze (see
// modules/measures/standing-freezes.service). Bounded batches, one transaction per order, idempotent per
// day: an order already run today is not claimed again, and is re-checked under the case lock.
import { claimDueStandingFreezes } from "@zhixing/db";
import { today, type AppContext } from "../context";
import { runStandingFreeze, type StandingRunOutcome } from "../modules/measures/standing-freezes.service";

export const STANDING_FREEZE_QUEUE = "standing-freeze";

export type StandingFreezeJobResult = { date: string; batches: number; run: number; byOutcome: Partial<Record<StandingRunOutcome, number>>; ids: string[] };

export async function runStandingFreezes(ctx: AppContext, opts: { batchSize?: number; maxBatches?: number } = {}): Promise<StandingFreezeJobResult> {
  const batchSize = opts.batchSize ?? 100;
  const maxBatches = opts.maxBatches ?? 50;
  const now = today(ctx);
  const result: StandingFreezeJobResult = { date: now, batches: 0, run: 0, byOutcome: {}, ids: [] };
  const seen = new Set<string>();
  for (let i = 0; i < maxBatches; i++) {
    // Orders whose provider failed stay due; `seen` keeps one run from asking twice.
    const batch = (await claimDueStandingFreezes(ctx.database.db, { today: now, limit: batchSize + seen.size })).filter((o) => !seen.has(o.id)).slice(0, batchSize);
    if (!batch.length) break;
    result.batches++;
    for (const o of batch) {
      seen.add(o.id);
      const outcome = await runStandingFreeze(ctx, o.id);
      result.byOutcome[outcome] = (result.byOutcome[outcome] ?? 0) + 1;
      if (outcome !== "skipped" && outcome !== "error") {
        result.run++;
        result.ids.push(o.id);
      }
    }
    if (batch.length < batchSize) break;
  }
  return result;
}
