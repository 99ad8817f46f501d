// The auction close job (网拍规定 arts 20–23, 26): every minute, each announced lot whose (possibly
// extended) end has passed is closed — sold to the leader or failed — in its own transaction under the
// case and lot locks, then the deposits due are refunded through the payment adapter. Idempotent: a
// closed lot is not picked again, and closing one twice (the job and an officer at once) writes once;
// a lot a late bid extended after it was listed is left for a later run. A refund that failed is
// retried on the next run.
import type { AppContext } from "../context";
import { closeDueLots, type CloseDueRun } from "../modules/auctions/close.service";

export const AUCTION_CLOSE_QUEUE = "auction-close";

export async function runAuctionClose(ctx: AppContext, opts: { batchSize?: number; maxBatches?: number } = {}): Promise<CloseDueRun> {
  return closeDueLots(ctx, opts);
}
