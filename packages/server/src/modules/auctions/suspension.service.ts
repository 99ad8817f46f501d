// 暂缓 / 中止 and resumption of a lot (网拍规定(2016) art 28), and the platform posting that counts as
// notice for who cannot be notified (art 16 para 1). Same pattern as lots.service: the case row, then
// the lot row locked; the domain decides; lot, clocks, case event and audit in one transaction; the
// lot's watchers told after the commit (the SSE stream shows the suspension and its reason).
import { compareIsoDates, assertSuspendable, auctionAssetClass, deemedNotifiedOn, DomainError, parseInstant, resumeDeadline, resumedSchedule, SUSPENSION_LABELS, type IsoDate } from "@zhixing/domain";
import { today, type AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import { assertCaseOpenFor, record } from "../measures/measures.service";
import { assertNoDisposalHold } from "../objections/objections.service";
import { auctionSettings } from "./auction-settings";
import { publishLot, type StoredSuspension } from "./auctions.queries";
import { actorOf, assertMayActOnLot, closeLotClocks, iso, lockLotOfCase, openLotClock, refused, renameFields, type LotRow } from "./auctions.shared";
import type { Executor } from "@zhixing/db";
import type { LockedCase } from "../cases/case-lock";

async function withLot(ctx: AppContext, user: AuthUser, lotId: string, fn: (tx: Executor, c: LockedCase, lot: LotRow) => Promise<void>): Promise<void> {
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, lot } = await lockLotOfCase(tx, lotId);
    await assertMayActOnLot(tx, user, c);
    await fn(tx, c, lot);
  });
  await publishLot(ctx, lotId);
}

const notFuture = (date: IsoDate, on: IsoDate, field: string) => {
  if (compareIsoDates(date, on) > 0) throw new DomainError("VALIDATION", { zh: "日期不能晚于今天", en: "The date cannot be in the future" }, { field });
};

/** 网拍规定 art 28 paras 1, 3: the court postpones (暂缓) or stays (中止) an announced lot; the reason is announced on the platform. */
export async function suspendLot(ctx: AppContext, user: AuthUser, lotId: string, input: { kind: "postpone" | "stay"; reason: string; on: IsoDate }, ip: string | null = null): Promise<void> {
  const todayDate = today(ctx);
  await withLot(ctx, user, lotId, async (tx, c, lot) => {
    const basis = assertSuspendable({ status: lot.status, endAtMs: new Date(lot.end_at).getTime(), nowMs: ctx.now().getTime() });
    notFuture(input.on, todayDate, "on");
    if (lot.announced_at && compareIsoDates(input.on, lot.announcement_date) < 0) {
      throw new DomainError("VALIDATION", { zh: "暂缓或中止的日期不能早于公告之日", en: "The suspension cannot precede the announcement" }, { field: "on" });
    }
    const s: StoredSuspension = {
      kind: input.kind,
      reason: input.reason,
      on: input.on,
      causeEndedOn: null,
      resumeBy: null,
      resumedOn: null,
      before: { startAt: iso(lot.start_at), endAt: iso(lot.end_at), bidCount: lot.bid_count, priceFen: lot.price_fen },
    };
    await tx.updateTable("auction_lots").set((eb) => ({ status: "suspended", suspension: JSON.stringify(s), version: eb("version", "+", 1) })).where("id", "=", lot.id).execute();
    await record(tx, ctx, actorOf(user), c, {
      type: input.kind === "postpone" ? "auction.postpone" : "auction.stay",
      entityType: "auctionLot",
      entityId: lot.id,
      data: { lotId: lot.id, kind: input.kind, label: SUSPENSION_LABELS[input.kind], on: input.on, bidCount: lot.bid_count, priceFen: lot.price_fen, basis },
      reason: input.reason,
      eventDate: input.on,
      ip,
    });
  });
}

/** Art 28 para 4: the postponement ended or the stay's cause lapsed — the 5-day resumption clock starts. */
export async function recordCauseEnded(ctx: AppContext, user: AuthUser, lotId: string, input: { causeEndedOn: IsoDate; note?: string | undefined }, ip: string | null = null): Promise<void> {
  const todayDate = today(ctx);
  await withLot(ctx, user, lotId, async (tx, c, lot) => {
    if (lot.status !== "suspended") throw refused("status", "拍卖未被暂缓或中止", "The lot is not suspended");
    await assertNoDisposalHold(tx, lot.asset_id, todayDate);
    const s = lot.suspension as StoredSuspension;
    if (s.causeEndedOn) throw refused("causeEndedOn", `已记载事由于 ${s.causeEndedOn} 消失`, `The cause was recorded as ended on ${s.causeEndedOn}`);
    notFuture(input.causeEndedOn, todayDate, "causeEndedOn");
    if (compareIsoDates(input.causeEndedOn, s.on) < 0) throw new DomainError("VALIDATION", { zh: "事由消失之日不能早于暂缓或中止之日", en: "The cause cannot end before the suspension began" }, { field: "causeEndedOn" });
    const d = resumeDeadline(input.causeEndedOn, ctx.calendar.get(), auctionSettings(ctx).periods);
    await openLotClock(tx, lot, { kind: "auctionResume", start: todayDate, due: d.due, basis: d.basis[0]!, countedFrom: input.causeEndedOn, period: d.period, provisional: d.provisional });
    await tx
      .updateTable("auction_lots")
      .set((eb) => ({ suspension: JSON.stringify({ ...s, causeEndedOn: input.causeEndedOn, resumeBy: d.due }), version: eb("version", "+", 1) }))
      .where("id", "=", lot.id)
      .execute();
    await record(tx, ctx, actorOf(user), c, {
      type: "auction.suspensionEnded",
      entityType: "auctionLot",
      entityId: lot.id,
      data: { lotId: lot.id, causeEndedOn: input.causeEndedOn, resumeBy: d.due, basis: d.basis },
      reason: input.note,
      eventDate: input.causeEndedOn,
      ip,
    });
  });
}

/**
 * Art 28 para 4 with arts 12, 20, 26: the lot resumes and is re-announced today on a new schedule; the
 * interrupted bidding's bids are voided (kept, with their old number), registrations and deposits carry
 * over, the resumption clock is met.
 */
export async function resumeLot(ctx: AppContext, user: AuthUser, lotId: string, input: { startAt: string; endAt: string }, ip: string | null = null): Promise<void> {
  const todayDate = today(ctx);
  await withLot(ctx, user, lotId, async (tx, c, lot) => {
    assertCaseOpenFor(c, "create");
    if (lot.status !== "suspended") throw refused("status", "拍卖未被暂缓或中止", "The lot is not suspended");
    const s = lot.suspension as StoredSuspension;
    const asset = await tx.selectFrom("assets").select("asset_type").where("id", "=", lot.asset_id).executeTakeFirstOrThrow();
    const startAt = parseInstant(input.startAt, "startAt");
    const endAt = parseInstant(input.endAt, "endAt");
    const sched = renameFields(
      () =>
        resumedSchedule(
          { resumeOn: todayDate, causeEndedOn: s.causeEndedOn, assetClass: auctionAssetClass(asset.asset_type), round: lot.round, startAt, endAt, nowMs: ctx.now().getTime() },
          ctx.calendar.get(),
          auctionSettings(ctx).periods,
        ),
      { resumeOn: "startAt" },
    );
    const accepted = await tx.selectFrom("auction_bids").select(["id", "seq"]).where("lot_id", "=", lot.id).where("status", "=", "accepted").execute();
    for (const b of accepted) {
      await tx.updateTable("auction_bids").set({ status: "voided", seq: null, reason: `voided seq ${b.seq}: ${s.kind} ${s.on}` }).where("id", "=", b.id).execute();
    }
    await tx
      .updateTable("auction_lots")
      .set((eb) => ({
        status: "announced",
        announcement_date: todayDate,
        announced_at: ctx.now(),
        start_at: new Date(startAt),
        scheduled_end_at: new Date(endAt),
        end_at: new Date(endAt),
        price_fen: null,
        leader_user_id: null,
        leader_alias: null,
        bid_count: 0,
        last_seq: 0,
        last_bid_at: null,
        suspension: JSON.stringify({ ...s, resumedOn: todayDate }),
        version: eb("version", "+", 1),
      }))
      .where("id", "=", lot.id)
      .execute();
    await closeLotClocks(tx, lot.id, ["auctionResume"], "met", todayDate);
    await record(tx, ctx, actorOf(user), c, {
      type: "auction.resume",
      entityType: "auctionLot",
      entityId: lot.id,
      data: { lotId: lot.id, resumedOn: todayDate, inTime: sched.inTime, resumeBy: sched.resumeBy, earliestStart: sched.earliestStart, startAt: iso(startAt), endAt: iso(endAt), voidedBids: accepted.length, basis: sched.basis },
      eventDate: todayDate,
      ip,
    });
  });
}

/**
 * 网拍规定 art 16 para 1: a party or priority holder cannot be notified — the lot is posted on the
 * platform with the reason; it counts as notice once the posting has run 5 days, and the announcement
 * is then gated as the 3-day notice gates it (lots.service announceLot).
 */
export async function recordPosting(ctx: AppContext, user: AuthUser, lotId: string, input: { postedOn: IsoDate; reason: string }, ip: string | null = null): Promise<void> {
  const todayDate = today(ctx);
  await withLot(ctx, user, lotId, async (tx, c, lot) => {
    if (lot.status !== "draft") throw refused("status", "拍卖已公告，公示应在公告前进行", "The lot is already announced; the posting comes before the announcement");
    if (lot.posting_started_on) throw refused("postedOn", `已于 ${lot.posting_started_on} 公示`, `Posted on ${lot.posting_started_on}`);
    notFuture(input.postedOn, todayDate, "postedOn");
    const d = deemedNotifiedOn(input.postedOn, ctx.calendar.get(), auctionSettings(ctx).periods);
    await tx.updateTable("auction_lots").set((eb) => ({ posting_started_on: input.postedOn, posting_reason: input.reason, version: eb("version", "+", 1) })).where("id", "=", lot.id).execute();
    await openLotClock(tx, lot, { kind: "auctionPostingNotice", start: todayDate, due: d.date, basis: d.basis[0]!, countedFrom: input.postedOn, period: d.period, provisional: d.provisional });
    await record(tx, ctx, actorOf(user), c, {
      type: "auction.postedForNotice",
      entityType: "auctionLot",
      entityId: lot.id,
      data: { lotId: lot.id, postedOn: input.postedOn, deemedNotifiedOn: d.date, basis: d.basis },
      reason: input.reason,
      eventDate: input.postedOn,
      ip,
    });
  });
}
