// Following a lot live: Server-Sent Events from GET /public/lots/:id/events (`event: lot`, the live
// state on connecting and after every change), and polling the lot's page while the stream is down —
// a dropped connection, a proxy that buffers event streams, or a browser without EventSource. The
// browser reconnects an EventSource by itself (the server asks for 3 s); one that is closed for good
// is opened again after `reconnectMs`. The first event after a drop stops the polling.
import type { LiveLot } from "../../api/types";

/** The part of EventSource we use (so tests can hand in a fake). */
export type EventSourceLike = {
  readonly readyState: number;
  addEventListener(type: string, listener: (e: { data?: unknown }) => void): void;
  close(): void;
};

export type LiveMode = "connecting" | "stream" | "polling";

export type WatchOptions = {
  url: string;
  onSnapshot: (s: LiveLot) => void;
  onMode?: (m: LiveMode) => void;
  /** null: no EventSource here — poll from the start. */
  makeEventSource: ((url: string) => EventSourceLike) | null;
  poll: () => Promise<LiveLot>;
  pollMs?: number;
  reconnectMs?: number;
  timers?: Pick<typeof globalThis, "setInterval" | "clearInterval" | "setTimeout" | "clearTimeout">;
};

const CLOSED = 2;

/** Starts watching; returns the function that stops (closes the stream, ends polling). */
export function watchLot(o: WatchOptions): () => void {
  const timers = o.timers ?? globalThis;
  const pollMs = o.pollMs ?? 5000;
  const reconnectMs = o.reconnectMs ?? 15_000;
  let stopped = false;
  let es: EventSourceLike | null = null;
  let pollTimer: ReturnType<typeof setInterval> | null = null;
  let reconnectTimer: ReturnType<typeof setTimeout> | null = null;
  let mode: LiveMode | null = null;
  const setMode = (m: LiveMode) => {
    if (m !== mode) {
      mode = m;
      o.onMode?.(m);
    }
  };

  const pollOnce = () => {
    o.poll().then(
      (s) => {
        if (!stopped && pollTimer !== null) o.onSnapshot(s);
      },
      () => undefined, // the next poll tries again
    );
  };
  const startPolling = () => {
    if (stopped || pollTimer !== null) return;
    setMode("polling");
    pollTimer = timers.setInterval(pollOnce, pollMs);
    pollOnce();
  };
  const stopPolling = () => {
    if (pollTimer !== null) timers.clearInterval(pollTimer);
    pollTimer = null;
  };

  const open = () => {
    if (stopped || !o.makeEventSource) return;
    let source: EventSourceLike;
    try {
      source = o.makeEventSource(o.url);
    } catch {
      startPolling();
      return;
    }
    es = source;
    source.addEventListener("lot", (e) => {
      if (stopped || es !== source) return;
      let s: LiveLot;
      try {
        s = JSON.parse(String(e.data)) as LiveLot;
      } catch {
        return;
      }
      stopPolling();
      setMode("stream");
      o.onSnapshot(s);
    });
    source.addEventListener("error", () => {
      if (stopped || es !== source) return;
      startPolling();
      if (source.readyState === CLOSED && reconnectTimer === null) {
        // Closed for good (e.g. an answer that is not an event stream): try a new stream later.
        source.close();
        es = null;
        reconnectTimer = timers.setTimeout(() => {
          reconnectTimer = null;
          open();
        }, reconnectMs);
      }
    });
  };

  if (o.makeEventSource) {
    setMode("connecting");
    open();
  } else {
    startPolling();
  }

  return () => {
    stopped = true;
    stopPolling();
    if (reconnectTimer !== null) timers.clearTimeout(reconnectTimer);
    es?.close();
    es = null;
  };
}
