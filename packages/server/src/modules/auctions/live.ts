// Live updates of a lot to its watchers (Server-Sent Events, GET /api/v1/public/lots/:id/events).
//
// One broadcaster per application context, keyed by lot. A service publishes a lot's new state AFTER
// its transaction commits (an accepted bid, an extension, the close, a cancellation), so a watcher
// never sees a bid that was rolled back. With several server processes on one database, a bid taken
// by process A must also reach watchers connected to process B: each process polls, for every lot
// that has watchers in it, the lot row's `version` (a primary-key read of one integer, every
// ZHIXING_AUCTION_SSE_POLL_MS, default 1 s) and publishes when it changed. We chose polling over
// PostgreSQL LISTEN/NOTIFY because it works the same on the embedded database (PGlite has no
// cross-process notifications) and on the server, needs no dedicated connection per process, and its
// cost grows with the lots being watched, not with the bids; the price is up to one poll interval of
// delay for watchers of another process (watchers of the process that took the bid get it at once).
// Every lot write bumps `version`, so the poll misses nothing; an SSE event's id is that version.
import type { Executor } from "@zhixing/db";
import type { LiveLotDto } from "./auctions.schemas";

type Listener = (snapshot: LiveLotDto) => void;
type Entry = { listeners: Set<Listener>; lastVersion: number; timer: NodeJS.Timeout | null; polling: boolean };

export type LiveSource = {
  /** The lot's version, or undefined when it is gone. */
  version: (lotId: string) => Promise<number | undefined>;
  /** The snapshot watchers receive. */
  snapshot: (lotId: string) => Promise<LiveLotDto | undefined>;
};

export class LotBroadcaster {
  private readonly lots = new Map<string, Entry>();
  private readonly streams = new Set<() => void>();

  constructor(
    private readonly source: LiveSource,
    private readonly pollMs: () => number,
  ) {}

  /** Watches a lot; returns the function that stops watching. */
  subscribe(lotId: string, listener: Listener, knownVersion: number): () => void {
    let e = this.lots.get(lotId);
    if (!e) {
      e = { listeners: new Set(), lastVersion: knownVersion, timer: null, polling: false };
      this.lots.set(lotId, e);
    }
    e.listeners.add(listener);
    if (!e.timer) {
      const entry = e;
      entry.timer = setInterval(() => void this.poll(lotId, entry), this.pollMs());
      entry.timer.unref();
    }
    return () => {
      const cur = this.lots.get(lotId);
      if (!cur) return;
      cur.listeners.delete(listener);
      if (cur.listeners.size === 0) {
        if (cur.timer) clearInterval(cur.timer);
        this.lots.delete(lotId);
      }
    };
  }

  /** Sends a lot's state to its watchers in this process (call after the commit). */
  publish(snapshot: LiveLotDto): void {
    const e = this.lots.get(snapshot.lotId);
    if (!e || snapshot.version < e.lastVersion) return;
    e.lastVersion = snapshot.version;
    for (const l of e.listeners) {
      try {
        l(snapshot);
      } catch {
        // a broken stream unsubscribes itself on close
      }
    }
  }

  /** Loads the lot's current state and publishes it, if anyone watches it here. */
  async refresh(lotId: string): Promise<void> {
    if (!this.lots.has(lotId)) return;
    const snap = await this.source.snapshot(lotId);
    if (snap) this.publish(snap);
  }

  watching(lotId: string): number {
    return this.lots.get(lotId)?.listeners.size ?? 0;
  }

  /** Registers an open stream so that closeAll can end it (the server's shutdown). */
  track(end: () => void): () => void {
    this.streams.add(end);
    return () => this.streams.delete(end);
  }

  closeAll(): void {
    for (const end of [...this.streams]) end();
    this.streams.clear();
    for (const e of this.lots.values()) if (e.timer) clearInterval(e.timer);
    this.lots.clear();
  }

  private async poll(lotId: string, e: Entry): Promise<void> {
    if (e.polling) return;
    e.polling = true;
    try {
      const v = await this.source.version(lotId);
      if (v !== undefined && v > e.lastVersion) {
        const snap = await this.source.snapshot(lotId);
        if (snap) this.publish(snap);
      }
    } catch {
      // the next poll tries again (e.g. the database restarted)
    } finally {
      e.polling = false;
    }
  }
}

const BROADCASTERS = new WeakMap<object, LotBroadcaster>();

export function lotBroadcaster(ctx: object, make: () => LotBroadcaster): LotBroadcaster {
  let b = BROADCASTERS.get(ctx);
  if (!b) {
    b = make();
    BROADCASTERS.set(ctx, b);
  }
  return b;
}

export async function lotVersion(db: Executor, lotId: string): Promise<number | undefined> {
  const r = await db.selectFrom("auction_lots").select("version").where("id", "=", lotId).where("status", "!=", "draft").executeTakeFirst();
  return r?.version;
}
