// Following a lot live: the SSE stream, polling while it is down, a new stream after it closed for
// good, and polling from the start where there is no EventSource.
import { describe, expect, it, vi } from "vitest";
import type { LiveLot } from "../../api/types";
import { watchLot, type EventSourceLike } from "./live";
import { live } from "./test-support";

class FakeSource implements EventSourceLike {
  readyState = 0;
  closed = false;
  private listeners = new Map<string, ((e: { data?: unknown }) => void)[]>();
  constructor(readonly url: string) {}
  addEventListener(type: string, l: (e: { data?: unknown }) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), l]);
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
  emit(type: string, data?: unknown) {
    for (const l of this.listeners.get(type) ?? []) l({ data: data === undefined ? undefined : JSON.stringify(data) });
  }
}

function setup(opts: { eventSource?: boolean } = {}) {
  vi.useFakeTimers();
  const sources: FakeSource[] = [];
  const snapshots: LiveLot[] = [];
  const modes: string[] = [];
  let version = 10;
  const poll = vi.fn(async () => live({ version: ++version }));
  const stop = watchLot({
    url: "/api/v1/public/lots/x/events",
    onSnapshot: (s) => snapshots.push(s),
    onMode: (m) => modes.push(m),
    makeEventSource:
      opts.eventSource === false
        ? null
        : (u) => {
            const s = new FakeSource(u);
            sources.push(s);
            return s;
          },
    poll,
    pollMs: 5000,
    reconnectMs: 15_000,
  });
  return { sources, snapshots, modes, poll, stop };
}

describe("watchLot", () => {
  it("takes the live state from the stream's `lot` events", async () => {
    const w = setup();
    expect(w.sources[0]!.url).toBe("/api/v1/public/lots/x/events");
    w.sources[0]!.emit("lot", live({ version: 4, priceFen: 17_600_000 }));
    expect(w.snapshots.map((s) => s.priceFen)).toEqual([17_600_000]);
    expect(w.modes).toEqual(["connecting", "stream"]);
    expect(w.poll).not.toHaveBeenCalled();
    w.stop();
    expect(w.sources[0]!.closed).toBe(true);
    vi.useRealTimers();
  });

  it("polls while the stream is down and stops when it is back", async () => {
    const w = setup();
    w.sources[0]!.emit("lot", live());
    w.sources[0]!.readyState = 0; // the browser reconnects by itself
    w.sources[0]!.emit("error");
    expect(w.modes.at(-1)).toBe("polling");
    await vi.advanceTimersByTimeAsync(0);
    expect(w.poll).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(w.poll).toHaveBeenCalledTimes(3);
    expect(w.snapshots.length).toBe(4);
    w.sources[0]!.emit("lot", live({ version: 99 }));
    expect(w.modes.at(-1)).toBe("stream");
    await vi.advanceTimersByTimeAsync(20_000);
    expect(w.poll).toHaveBeenCalledTimes(3);
    w.stop();
    vi.useRealTimers();
  });

  it("opens a new stream after one closed for good, polling meanwhile", async () => {
    const w = setup();
    w.sources[0]!.readyState = 2;
    w.sources[0]!.emit("error");
    expect(w.sources[0]!.closed).toBe(true);
    await vi.advanceTimersByTimeAsync(14_999);
    expect(w.sources.length).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(w.sources.length).toBe(2);
    w.sources[1]!.emit("lot", live({ version: 200 }));
    expect(w.modes.at(-1)).toBe("stream");
    w.stop();
    vi.useRealTimers();
  });

  it("polls from the start without EventSource, and stops on demand", async () => {
    const w = setup({ eventSource: false });
    expect(w.modes).toEqual(["polling"]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(w.poll).toHaveBeenCalledTimes(2);
    w.stop();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(w.poll).toHaveBeenCalledTimes(2);
    vi.useRealTimers();
  });

  it("ignores a malformed event", () => {
    const w = setup();
    w.sources[0]!.emit("lot");
    expect(w.snapshots).toEqual([]);
    w.stop();
    vi.useRealTimers();
  });
});
