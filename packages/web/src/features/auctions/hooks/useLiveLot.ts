import { useEffect, useRef, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import type { LiveLot } from "../../../api/types";
import { fetchPublicLot, lotEventsUrl } from "../api/auctions";
import { mergeLive, serverOffsetMs } from "../lib";
import { watchLot, type LiveMode } from "../live";
import { auctionKeys } from "./useAuctions";

/**
 * The lot's live state (SSE, polling while the stream is down), the offset of the server's clock, and
 * the mode. A new accepted bid refreshes the history; a change of status refreshes the lot's page (its
 * result) and the bidder's registration (deposit refunds).
 */
export function useLiveLot(lotId: string, initial: LiveLot | undefined): { live: LiveLot | null; offsetMs: number; mode: LiveMode; push: (s: LiveLot) => void } {
  const qc = useQueryClient();
  const [live, setLive] = useState<LiveLot | null>(initial ?? null);
  const [offsetMs, setOffset] = useState(() => (initial ? serverOffsetMs(initial.serverNow) : 0));
  const [mode, setMode] = useState<LiveMode>("connecting");
  const last = useRef<LiveLot | null>(initial ?? null);

  const accept = (s: LiveLot) => {
    const prev = last.current;
    const next = mergeLive(prev, s);
    if (next !== s) return;
    last.current = next;
    setLive(next);
    setOffset(serverOffsetMs(next.serverNow));
    if (prev && prev.lastSeq !== next.lastSeq) void qc.invalidateQueries({ queryKey: auctionKeys.bids(lotId) });
    if (prev && prev.status !== next.status) {
      void qc.invalidateQueries({ queryKey: auctionKeys.publicLot(lotId) });
      void qc.invalidateQueries({ queryKey: auctionKeys.registration(lotId) });
      void qc.invalidateQueries({ queryKey: auctionKeys.bids(lotId) });
    }
  };
  const acceptRef = useRef(accept);
  acceptRef.current = accept;

  // A refetched page (e.g. after a bid) carries a snapshot too.
  useEffect(() => {
    if (initial) acceptRef.current(initial);
  }, [initial]);

  useEffect(() => {
    const stop = watchLot({
      url: lotEventsUrl(lotId),
      onSnapshot: (s) => acceptRef.current(s),
      onMode: setMode,
      makeEventSource: typeof EventSource === "undefined" ? null : (u) => new EventSource(u),
      poll: () => fetchPublicLot(lotId).then((l) => l.live),
    });
    return stop;
  }, [lotId]);

  // A bid's answer carries the live state too.
  const push = (s: LiveLot) => acceptRef.current(s);
  return { live: live ?? initial ?? null, offsetMs, mode, push };
}

/** Date.now() on the server's clock, re-rendered every `ms`. */
export function useServerNow(offsetMs: number, ms = 1000): number {
  const [now, setNow] = useState(() => Date.now() + offsetMs);
  useEffect(() => {
    setNow(Date.now() + offsetMs);
    const h = setInterval(() => setNow(Date.now() + offsetMs), ms);
    return () => clearInterval(h);
  }, [offsetMs, ms]);
  return now;
}
