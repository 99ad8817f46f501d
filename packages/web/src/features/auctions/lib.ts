// Pure helpers of the auction screens: the server's clock, the phase a lot is in by that clock, the
// countdown, the bidder's standing, bid ids, Beijing wall-clock times, and the lot form's checks.
import { ASSET_TYPE_INFO, depositRange, isAuctionable, type AssetType } from "@zhixing/domain";
import type { AuctionCalcResult, BidHistoryItem, BidderRegistration, CaseAsset, LiveLot, LotPublicStatus, Measure } from "../../api/types";
import { formatShanghaiDateTime } from "../../lib/format";

/** How far the server's clock is ahead of this browser's (ms): the server's clock decides (网拍规定 art 20). */
export function serverOffsetMs(serverNow: string, clientNowMs: number = Date.now()): number {
  const s = Date.parse(serverNow);
  return Number.isNaN(s) ? 0 : s - clientNowMs;
}

/** A newer snapshot replaces an older one; an older one (a late poll) is ignored. */
export function mergeLive(prev: LiveLot | null | undefined, next: LiveLot): LiveLot {
  if (!prev || prev.lotId !== next.lotId || next.version >= prev.version) return next;
  return prev;
}

/** The status by the clock: an upcoming lot opens at its start, a bidding lot ends at its (extended) end. */
export function phaseAt(live: Pick<LiveLot, "status" | "startAt" | "endAt">, nowMs: number): LotPublicStatus {
  if (live.status === "upcoming" && nowMs >= Date.parse(live.startAt)) return nowMs >= Date.parse(live.endAt) ? "ended" : "bidding";
  if (live.status === "bidding" && nowMs >= Date.parse(live.endAt)) return "ended";
  return live.status;
}

export const isOpenPhase = (s: LotPublicStatus) => s === "upcoming" || s === "bidding";

/** What the countdown counts to: the start of an upcoming lot, the (extended) end of a bidding one. */
export function countdownTarget(live: Pick<LiveLot, "startAt" | "endAt">, phase: LotPublicStatus): { to: "start" | "end"; atMs: number } | null {
  if (phase === "upcoming") return { to: "start", atMs: Date.parse(live.startAt) };
  if (phase === "bidding") return { to: "end", atMs: Date.parse(live.endAt) };
  return null;
}

export type CountdownParts = { days: number; hours: number; minutes: number; seconds: number; totalMs: number };

export function countdownParts(ms: number): CountdownParts {
  const total = Math.max(0, ms);
  const s = Math.floor(total / 1000);
  return { days: Math.floor(s / 86_400), hours: Math.floor((s % 86_400) / 3600), minutes: Math.floor((s % 3600) / 60), seconds: s % 60, totalMs: total };
}

const pad = (n: number) => String(n).padStart(2, "0");
/** "03:04:05" — the clock part of a countdown. */
export const clockText = (p: CountdownParts) => `${pad(p.hours)}:${pad(p.minutes)}:${pad(p.seconds)}`;

/** The last 5 minutes: a bid now extends the end to 5 minutes after it (网拍规定 art 20 para 2). */
export const EXTENSION_WINDOW_MS = 5 * 60_000;

export type Standing = "leading" | "outbid" | "notBid" | "won" | "lost";

/** The bidder's own standing, from the live state, the history by alias and the lot's result. */
export function bidderStanding(
  reg: Pick<BidderRegistration, "alias"> | null | undefined,
  live: Pick<LiveLot, "leaderAlias" | "status">,
  history: readonly Pick<BidHistoryItem, "alias">[],
  result?: { kind: "sold" | "failed"; buyerAlias: string | null } | null,
): Standing | null {
  if (!reg) return null;
  const finished = live.status === "sold" || live.status === "failed" || live.status === "defaulted" || !!result;
  const bid = history.some((b) => b.alias === reg.alias);
  if (finished) {
    if (result?.kind === "sold" || live.status === "sold" || live.status === "defaulted") {
      const buyer = result?.buyerAlias ?? live.leaderAlias;
      return buyer === reg.alias ? "won" : bid ? "lost" : "notBid";
    }
    return bid ? "lost" : "notBid";
  }
  if (live.leaderAlias === reg.alias) return "leading";
  return bid ? "outbid" : "notBid";
}

/** A fresh id for one bid (a UUID, as the API wants): a retry of the same bid re-sends it. */
export function newBidId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === "function") return c.randomUUID();
  const b = new Uint8Array(16);
  if (c && typeof c.getRandomValues === "function") c.getRandomValues(b);
  else for (let i = 0; i < 16; i++) b[i] = Math.floor(Math.random() * 256);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Quick amounts: the minimum, then one and two increments above it. */
export function quickBids(minimumFen: number, incrementFen: number): number[] {
  return [minimumFen, minimumFen + incrementFen, minimumFen + 2 * incrementFen];
}

/** Errors a retry may cure (the request may or may not have reached the server): network and 5xx. */
export function isTransient(e: unknown): boolean {
  const status = (e as { status?: unknown } | null)?.status;
  return typeof status === "number" && (status === 0 || status >= 500);
}

// ─── Beijing wall-clock times ──────────────────────────────────────────────────────────────────────
const WALL = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})$/;

/** "2026-12-27 10:00" (Beijing time, as typed) → "2026-12-27T10:00:00+08:00" (what the API wants). */
export function wallClockToInstant(wall: string | undefined | null): string | null {
  const m = wall ? WALL.exec(wall.trim()) : null;
  if (!m) return null;
  const [, d, h, mi] = m;
  if (Number(h) > 23 || Number(mi) > 59) return null;
  return `${d}T${h}:${mi}:00+08:00`;
}

/** An instant → "2026-12-27 10:00" in Beijing time. */
export function instantToWallClock(iso: string): string {
  return formatShanghaiDateTime(iso).slice(0, 16);
}

/** An instant's Beijing date. */
export const wallDate = (wall: string | undefined | null) => (wall && WALL.test(wall.trim()) ? wall.trim().slice(0, 10) : null);

/** Adds whole days to a wall-clock time ("2026-12-27 10:00" + 1 → "2026-12-28 10:00"). */
export function addDaysWall(wall: string, days: number): string {
  const m = WALL.exec(wall)!;
  const d = new Date(`${m[1]}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return `${d.toISOString().slice(0, 10)} ${m[2]}:${m[3]}`;
}

// ─── the lot form ──────────────────────────────────────────────────────────────────────────────────
/** Seal, seizure or freeze of this court, in force and first in rank: what controls an asset for sale (拍卖变卖规定 art 1). */
export function controllingMeasure(measures: readonly Measure[], assetId: string): Measure | undefined {
  return measures.find((m) => m.asset.id === assetId && m.status === "active" && m.rank === "first" && !m.external && (m.kind === "seal" || m.kind === "seize" || m.kind === "freeze"));
}

export function auctionable(type: string): boolean {
  return type in ASSET_TYPE_INFO && isAuctionable(type as AssetType);
}

/** The case's assets that may be put up for auction: auctionable (not money) and controlled. */
export function auctionableAssets(assets: readonly CaseAsset[], measures: readonly Measure[]): { asset: CaseAsset; measure: Measure }[] {
  return assets.flatMap((a) => {
    const m = auctionable(a.type) ? controllingMeasure(measures, a.id) : undefined;
    return m ? [{ asset: a, measure: m }] : [];
  });
}

export type LotFormValues = {
  assetId?: string;
  previousLotId?: string;
  referenceMode: "valuation" | "manual" | "previous";
  valuationId?: string;
  referencePriceFen?: number;
  sourceDocument?: string;
  startingPriceFen?: number;
  depositFen?: number;
  incrementFen?: number;
  announcementDate?: string;
  startAt?: string;
  endAt?: string;
  title?: string;
  description?: string;
  noticeText?: string;
  documents?: { title?: string; kind?: string; url?: string }[];
};

/** One problem with the form: the field and the i18n key (under auction.form.errors) with its values. */
export type LotFormIssue = { field: keyof LotFormValues; key: string; values?: Record<string, string | number> };

const DAY_MS = 86_400_000;

/**
 * The checks the form can make before the server does (the server decides): the starting price at
 * least the calculator's minimum (网拍规定 art 10 / 26), the deposit within 5–20 % (art 17), the
 * announcement not in the past, bidding starting in the future and no earlier than the announcement
 * period allows (arts 12, 26), and lasting at least 24 hours (art 20).
 */
export function checkLotValues(v: LotFormValues, calc: AuctionCalcResult | null | undefined, ctx: { nowMs: number; today: string }): LotFormIssue[] {
  const out: LotFormIssue[] = [];
  if (v.referenceMode === "manual" && v.referencePriceFen !== undefined && !v.sourceDocument?.trim()) out.push({ field: "sourceDocument", key: "sourceDocument" });
  if (calc && v.startingPriceFen !== undefined && v.startingPriceFen < calc.minimumStartingPrice.amountFen) {
    out.push({ field: "startingPriceFen", key: "belowMinimum", values: { min: calc.minimumStartingPrice.amountFen } });
  }
  if (v.startingPriceFen !== undefined && v.startingPriceFen > 0 && v.depositFen !== undefined) {
    // The domain's rounding: at least 5 % rounded up, at most 20 % rounded down.
    const { minFen, maxFen } = depositRange(v.startingPriceFen);
    if (v.depositFen < minFen || v.depositFen > maxFen) out.push({ field: "depositFen", key: "depositRange", values: { min: minFen, max: maxFen } });
  }
  if (v.announcementDate && v.announcementDate < ctx.today) out.push({ field: "announcementDate", key: "announcementPast" });
  const start = wallClockToInstant(v.startAt);
  const end = wallClockToInstant(v.endAt);
  if (v.startAt && !start) out.push({ field: "startAt", key: "badTime" });
  if (v.endAt && !end) out.push({ field: "endAt", key: "badTime" });
  if (start) {
    const s = Date.parse(start);
    if (s <= ctx.nowMs) out.push({ field: "startAt", key: "startPast" });
    else if (calc?.schedule && calc.schedule.announcement.date > start.slice(0, 10)) {
      out.push({ field: "startAt", key: "startTooEarly", values: { date: calc.schedule.announcement.date } });
    } else if (calc?.schedule?.reauctionBy && calc.schedule.reauctionBy.date < start.slice(0, 10)) {
      // 网拍规定 art 26: a re-auction starts within 30 days of the failure.
      out.push({ field: "startAt", key: "startTooLate", values: { date: calc.schedule.reauctionBy.date } });
    }
    if (end && Date.parse(end) - s < DAY_MS) out.push({ field: "endAt", key: "tooShort" });
  }
  return out;
}
