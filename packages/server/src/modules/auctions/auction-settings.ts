// Settings of the auctions module, read once per application context from the environment:
//   ZHIXING_AUCTION_PERIODS   JSON of the configurable auction periods, e.g. {"fixedPriceSale": 90}:
//                             only values rules.md does not mark CONFIRMED-P (today the fixed-price
//                             sale's 60 days, UNCONFIRMED) may be changed (domain withAuctionOverrides)
//   ZHIXING_AUCTION_SSE_POLL_MS (1000)  how often a server process re-reads a lot that has live
//                             listeners, so that bids taken by another process reach its listeners
// Kept beside the context (a WeakMap), like the inquiry settings, so AppContext does not grow.
import { AUCTION_PERIODS, DomainError, withAuctionOverrides, type AuctionPeriods } from "@zhixing/domain";

export type AuctionSettings = { periods: AuctionPeriods; ssePollMs: number };

export function auctionSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): AuctionSettings {
  let periods = AUCTION_PERIODS;
  const raw = env.ZHIXING_AUCTION_PERIODS;
  if (raw) {
    try {
      const parsed = JSON.parse(raw) as unknown;
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new Error("expected a JSON object of period lengths");
      periods = withAuctionOverrides(parsed as Record<string, number>);
    } catch (e) {
      throw new Error(`ZHIXING_AUCTION_PERIODS is invalid: ${e instanceof DomainError ? e.messages.en : (e as Error).message}`);
    }
  }
  const poll = env.ZHIXING_AUCTION_SSE_POLL_MS;
  const ssePollMs = poll === undefined || poll === "" ? 1000 : Number(poll);
  if (!Number.isInteger(ssePollMs) || ssePollMs < 50 || ssePollMs > 60_000) throw new Error(`ZHIXING_AUCTION_SSE_POLL_MS must be a whole number from 50 to 60000; got ${JSON.stringify(poll)}`);
  return { periods, ssePollMs };
}

const SETTINGS = new WeakMap<object, AuctionSettings>();

export function auctionSettings(ctx: object): AuctionSettings {
  let s = SETTINGS.get(ctx);
  if (!s) {
    s = auctionSettingsFromEnv();
    SETTINGS.set(ctx, s);
  }
  return s;
}

/** For tests and deployments that configure the module in code. */
export function setAuctionSettings(ctx: object, settings: Partial<AuctionSettings>): void {
  SETTINGS.set(ctx, { ...auctionSettings(ctx), ...settings });
}
