// What the auctions services share: locking a lot (the case row first, then the lot row, always in
// that order; bids take the lot row only), rebuilding a lot's bidding state from the stored bids with
// the domain's reducer, the lot's clocks, and small conversions.
import { randomUUID } from "node:crypto";
import type { Selectable } from "kysely";
import { insertClocks, type AuctionLotsTable, type AuctionRegistrationsTable, type Executor } from "@zhixing/db";
import {
  DomainError,
  formatShanghaiInstant,
  isDomainError,
  openLot,
  replay,
  type BidSubmission,
  type Citation,
  type IsoDate,
  type LotState,
  type Period,
} from "@zhixing/domain";
import type { AuthUser } from "../../http/auth";
import { lockCase, type LockedCase } from "../cases/case-lock";
import { assertMayAct, type MeasureActor } from "../measures/measures.service";

export type LotRow = Selectable<AuctionLotsTable>;
export type RegistrationRow = Selectable<AuctionRegistrationsTable>;
export type Actor = MeasureActor;

export const actorOf = (u: AuthUser): Actor => ({ id: u.id, name: u.displayName, role: u.role });

export const lotNotFound = () => new DomainError("NOT_FOUND", { zh: "拍卖标的不存在或无权查看", en: "No such lot, or you may not see it" });
export const refused = (field: string, zh: string, en: string) => new DomainError("PRECONDITION_FAILED", { zh, en }, { field });

/** Milliseconds of a stored instant. */
export const ms = (d: Date | string | number): number => new Date(d).getTime();
/** A stored instant in Beijing time, "2025-10-20T10:00:00.000+08:00". */
export const iso = (d: Date | string | number): string => formatShanghaiInstant(ms(d));
export const isoOrNull = (d: Date | string | null | undefined): string | null => (d == null ? null : iso(d));

/** The users barred from bidding on a lot (a defaulting buyer of an earlier auction, 网拍规定 art 24 para 2). */
export function barredOf(lot: Pick<LotRow, "barred_user_ids">): string[] {
  const v = lot.barred_user_ids;
  return Array.isArray(v) ? v.map(String) : [];
}

export async function lockLot(tx: Executor, lotId: string): Promise<LotRow> {
  const lot = await tx.selectFrom("auction_lots").selectAll().where("id", "=", lotId).forUpdate().executeTakeFirst();
  if (!lot) throw lotNotFound();
  return lot;
}

/** The case row, then the lot row, locked until the end of the transaction. */
export async function lockLotOfCase(tx: Executor, lotId: string): Promise<{ c: LockedCase; lot: LotRow }> {
  const first = await tx.selectFrom("auction_lots").select("case_id").where("id", "=", lotId).executeTakeFirst();
  if (!first) throw lotNotFound();
  const c = await lockCase(tx, first.case_id);
  return { c, lot: await lockLot(tx, lotId) };
}

/** The case's handler or the division head (measures' rule); anyone without access to the case sees no lot. */
export async function assertMayActOnLot(tx: Executor, user: AuthUser, c: LockedCase): Promise<void> {
  try {
    await assertMayAct(tx, user, c);
  } catch (e) {
    if (isDomainError(e) && e.code === "NOT_FOUND") throw lotNotFound();
    if (isDomainError(e) && e.code === "FORBIDDEN") {
      throw new DomainError("FORBIDDEN", { zh: "只有本案承办人或执行局负责人可以办理拍卖", en: "Only the case's handler or the division head may run the case's auctions" });
    }
    throw e;
  }
}

/** Renames the field a domain error names (the domain's names → the API's). */
export function renameFields<T>(fn: () => T, names: Record<string, string>): T {
  try {
    return fn();
  } catch (e) {
    if (isDomainError(e) && e.field && names[e.field]) {
      const field = names[e.field]!;
      throw new DomainError(e.code, e.messages, { field, details: e.details.map((d) => (d.field && names[d.field] ? { ...d, field: names[d.field]! } : d)) });
    }
    throw e;
  }
}

/**
 * The lot's bidding state, rebuilt with the domain's reducer from its setup and its accepted bids in
 * order (the serial replay). Every stored accepted bid must be accepted again: anything else means the
 * stored bids were changed, which is a fault, not a user error.
 */
export async function lotState(tx: Executor, lot: LotRow): Promise<{ state: LotState; registrations: RegistrationRow[] }> {
  const registrations = await tx.selectFrom("auction_registrations").selectAll().where("lot_id", "=", lot.id).orderBy("created_at").orderBy("id").execute();
  const initial = openLot({
    lotId: lot.id,
    startingPriceFen: lot.starting_price_fen,
    incrementFen: lot.increment_fen,
    startAt: ms(lot.start_at),
    endAt: ms(lot.scheduled_end_at),
    // 网拍规定 art 18: a bidder whose deposit was confirmed (or who owes none, art 17 para 2) may bid.
    eligibleBidderIds: registrations.filter((r) => r.deposit_status !== "pending").map((r) => r.user_id),
    barredBidderIds: barredOf(lot),
    priorityRanks: Object.fromEntries(registrations.filter((r) => r.priority_rank !== null).map((r) => [r.user_id, r.priority_rank!])),
  });
  const bids = await tx
    .selectFrom("auction_bids")
    .select(["id", "user_id", "amount_fen", "at", "priority_rank"])
    .where("lot_id", "=", lot.id)
    .where("status", "=", "accepted")
    .orderBy("seq")
    .execute();
  const submissions: BidSubmission[] = bids.map((b) => ({
    bidId: b.id,
    bidderId: b.user_id,
    amountFen: b.amount_fen,
    at: ms(b.at),
    ...(b.priority_rank !== null ? { priority: { rank: b.priority_rank } } : {}),
  }));
  const { state, outcomes } = replay(initial, submissions);
  const bad = outcomes.findIndex((o) => o.kind !== "accepted");
  if (bad >= 0) {
    const o = outcomes[bad]!;
    throw new Error(`lot ${lot.id}: the stored accepted bid ${o.bidId} is refused on replay (${o.kind === "refused" ? o.reason : ""})`);
  }
  return { state, registrations };
}

export type LotClockKind =
  | "auctionPartyNotice"
  | "auctionDepositRefund"
  | "auctionReauction"
  | "auctionRulingService"
  | "auctionHandOver"
  | "auctionFixedPriceSale"
  | "auctionPostingNotice"
  | "auctionResume";

/** Opens one clock of the lot (subject_id = the lot), with its basis and the period it was counted from. */
export async function openLotClock(
  tx: Executor,
  lot: { id: string; court_id: string; case_id: string },
  clock: { kind: LotClockKind; start: IsoDate; due: IsoDate; basis: Citation; countedFrom?: IsoDate | null; period?: Period | null; provisional?: boolean },
): Promise<void> {
  await insertClocks(tx, [
    {
      id: randomUUID(),
      court_id: lot.court_id,
      case_id: lot.case_id,
      kind: clock.kind,
      start_date: clock.start,
      due_date: clock.due,
      basis: JSON.stringify(clock.basis),
      provisional: clock.provisional ?? false,
      counted_from: clock.countedFrom ?? null,
      period_unit: clock.period?.unit ?? null,
      period_n: clock.period?.n ?? null,
      subject_id: lot.id,
      status: "open",
      met_date: null,
      reminded_at: null,
      overdue_notified_at: null,
    },
  ]);
}

/** Meets or cancels the lot's open clocks of these kinds. */
export async function closeLotClocks(tx: Executor, lotId: string, kinds: LotClockKind[], status: "met" | "cancelled", date: IsoDate): Promise<number> {
  const r = await tx
    .updateTable("clocks")
    .set({ status, met_date: status === "met" ? date : null })
    .where("subject_id", "=", lotId)
    .where("kind", "in", kinds)
    .where("status", "=", "open")
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
