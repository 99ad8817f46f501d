// Closing a lot once its (possibly extended) end has passed — by the close job or by the officer —
// and refunding deposits.
//
// close: case row, then lot row locked → the stored bids replayed → closeLot (sold to the leader, or
// failed with no bid: 网拍规定 arts 11, 20, 21, 26) → settleDeposits (the buyer's deposit counts toward
// the price; every other deposit is refunded within 24 hours, art 23) → the result, the refunds due,
// the clocks (refunds; after a first failure the 30-day re-auction clock, art 26), the case event and
// the audit record, in one transaction. Idempotent: a closed lot returns its result and writes
// nothing, so the job and an officer closing at the same moment close it once.
//
// Refunds go through the payment adapter after the commit (a payment call does not belong inside a
// database transaction); each is recorded once (`refunded_at is null` guards the update), the job
// retries the ones that failed, and the lot's refund clock is met when none is left.
import { AUCTION_DURATIONS, closeLot, reauctionDeadline, settleDeposits, shanghaiDateOf, type Citation } from "@zhixing/domain";
import { writeAudit } from "@zhixing/db";
import { today, type AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import { paymentProvider } from "../../adapters/payment";
import { record, SYSTEM_ACTOR } from "../measures/measures.service";
import { auctionSettings } from "./auction-settings";
import { publishLot } from "./auctions.queries";
import { completeForfeiture } from "./after-sale.service";
import { actorOf, assertMayActOnLot, closeLotClocks, iso, lockLotOfCase, lotState, openLotClock, refused, renameFields } from "./auctions.shared";

export type CloseOutcome = { lotId: string; closedNow: boolean; kind: "sold" | "failed" | null };

/** Closes the lot if its end has passed. `user` null: the close job (the system). */
export async function closeAuctionLot(ctx: AppContext, user: AuthUser | null, lotId: string, ip: string | null = null): Promise<CloseOutcome> {
  const nowMs = ctx.now().getTime();
  const todayDate = today(ctx);
  const cal = ctx.calendar.get();
  const periods = auctionSettings(ctx).periods;
  const outcome = await ctx.database.db.transaction().execute(async (tx): Promise<CloseOutcome> => {
    const { c, lot } = await lockLotOfCase(tx, lotId);
    if (user) await assertMayActOnLot(tx, user, c);
    if (lot.status === "sold" || lot.status === "failed" || lot.status === "defaulted") {
      return { lotId, closedNow: false, kind: lot.status === "failed" ? "failed" : "sold" };
    }
    if (lot.status !== "announced") throw refused("status", `拍卖状态为 ${lot.status}，不能结束竞价`, `The lot is ${lot.status}; there is no bidding to close`);
    const { state, registrations } = await lotState(tx, lot);
    // 网拍规定 art 20 para 2: bidding ends at the last extended end, not before (the domain refuses earlier).
    const { result } = renameFields(() => closeLot(state, nowMs), { now: "endAt" });
    const holdings = registrations
      .filter((r) => r.deposit_status !== "pending")
      .map((r) => ({ bidderId: r.user_id, depositFen: r.deposit_status === "paid" ? r.deposit_due_fen : 0 }));
    const s = settleDeposits(result, holdings);
    for (const refund of s.refunds) {
      await tx
        .updateTable("auction_registrations")
        .set({ refund_due_at: new Date(refund.dueAt) })
        .where("lot_id", "=", lot.id)
        .where("user_id", "=", refund.bidderId)
        .where("refund_due_at", "is", null)
        .execute();
    }
    const buyerReg = result.kind === "sold" ? registrations.find((r) => r.user_id === result.bidderId)! : null;
    if (buyerReg && buyerReg.deposit_status === "paid") {
      await tx.updateTable("auction_registrations").set({ deposit_status: "applied" }).where("id", "=", buyerReg.id).execute();
    }
    await tx
      .updateTable("auction_lots")
      .set((eb) => ({ status: result.kind, closed_at: new Date(nowMs), version: eb("version", "+", 1) }))
      .where("id", "=", lot.id)
      .execute();
    const refundDueAt = result.endedAt + AUCTION_DURATIONS.depositRefund.ms;
    const basis: Citation[] = [...result.basis, ...s.basis];
    await tx
      .insertInto("auction_results")
      .values({
        lot_id: lot.id,
        court_id: lot.court_id,
        case_id: lot.case_id,
        kind: result.kind,
        ended_at: new Date(result.endedAt),
        closed_by: user?.id ?? null,
        bid_count: result.bidCount,
        winning_bid_id: result.kind === "sold" ? result.bidId : null,
        buyer_user_id: result.kind === "sold" ? result.bidderId : null,
        buyer_registration_id: buyerReg?.id ?? null,
        buyer_alias: buyerReg?.alias ?? null,
        price_fen: result.kind === "sold" ? result.priceFen : null,
        deposit_credited_fen: s.buyer?.creditedFen ?? null,
        balance_due_fen: s.buyer?.balanceDueFen ?? null,
        deposit_transfer_due_at: s.buyer ? new Date(s.buyer.transferDueAt) : null,
        refund_due_at: new Date(s.refunds[0]?.dueAt ?? refundDueAt),
        basis: JSON.stringify(basis),
      })
      .execute();
    const lotRef = { id: lot.id, court_id: lot.court_id, case_id: lot.case_id };
    if (s.refunds.length) {
      await openLotClock(tx, lotRef, { kind: "auctionDepositRefund", start: todayDate, due: shanghaiDateOf(s.refunds[0]!.dueAt), basis: s.basis[0]! });
    }
    const failedOn = shanghaiDateOf(result.endedAt);
    let reauctionBy: string | null = null;
    if (result.kind === "failed" && lot.round === 1) {
      // 网拍规定 art 26 para 1: re-auction within 30 days of the failure (or a creditor takes it in lieu).
      const d = reauctionDeadline(failedOn, cal, periods);
      reauctionBy = d.date;
      await openLotClock(tx, lotRef, { kind: "auctionReauction", start: todayDate, due: d.date, basis: d.basis[0]!, countedFrom: failedOn, period: d.period, provisional: d.provisional });
    }
    // A re-auction after a default that sold: the defaulter's forfeited deposit is applied in full now
    // that the shortfall is known (网拍规定 art 24 para 1).
    // The shortfall's part goes into the case ledger now (as the system when the job closes).
    let forfeitureCompleted: string | null = null;
    let forfeiturePostedFen = 0;
    if (result.kind === "sold" && lot.reason === "afterDefault" && lot.previous_lot_id) {
      const done = await completeForfeiture(tx, ctx, user, c.id, lot.previous_lot_id, lot.id, result.priceFen, shanghaiDateOf(result.endedAt));
      if (done) {
        forfeitureCompleted = done.lotId;
        forfeiturePostedFen = done.postedFen;
      }
    }
    await record(tx, ctx, user ? actorOf(user) : SYSTEM_ACTOR, c, {
      type: result.kind === "sold" ? "auction.sold" : "auction.failed",
      entityType: "auctionLot",
      entityId: lot.id,
      data: {
        lotId: lot.id,
        round: lot.round,
        endedAt: iso(result.endedAt),
        bidCount: result.bidCount,
        ...(result.kind === "sold"
          ? { priceFen: result.priceFen, buyerAlias: buyerReg?.alias ?? null, priorityRank: result.priorityRank, depositCreditedFen: s.buyer!.creditedFen, balanceDueFen: s.buyer!.balanceDueFen }
          : { reauctionBy }),
        refunds: s.refunds.length,
        refundDueAt: s.refunds.length ? iso(s.refunds[0]!.dueAt) : null,
        forfeitureCompletedFor: forfeitureCompleted,
        forfeiturePostedFen,
        basis,
      },
      eventDate: shanghaiDateOf(result.endedAt),
      ip,
    });
    return { lotId, closedNow: true, kind: result.kind };
  });
  if (outcome.closedNow) {
    await publishLot(ctx, lotId);
    await processRefunds(ctx, { lotId }).catch(() => undefined);
    await processDepositTransfers(ctx, { lotId }).catch(() => undefined);
  }
  return outcome;
}

export type RefundRun = { refunded: number; failed: number; clocksMet: number };

/** Refunds every deposit due (of one lot, or all), through the payment adapter; records each once. */
export async function processRefunds(ctx: AppContext, opts: { lotId?: string; limit?: number } = {}): Promise<RefundRun> {
  const db = ctx.database.db;
  let q = db
    .selectFrom("auction_registrations as r")
    .innerJoin("auction_lots as l", "l.id", "r.lot_id")
    .select(["r.id", "r.lot_id", "r.deposit_due_fen", "r.payment_reference", "l.case_id", "l.court_id"])
    .where("r.refund_due_at", "is not", null)
    .where("r.refunded_at", "is", null)
    .where("r.deposit_status", "=", "paid");
  if (opts.lotId) q = q.where("r.lot_id", "=", opts.lotId);
  const due = await q.orderBy("r.refund_due_at").orderBy("r.id").limit(opts.limit ?? 500).execute();
  const run: RefundRun = { refunded: 0, failed: 0, clocksMet: 0 };
  const lots = new Set<string>();
  for (const r of due) {
    const res = await paymentProvider(ctx).refundDeposit({
      idempotencyKey: `refund:${r.id}`,
      lotId: r.lot_id,
      registrationId: r.id,
      paymentReference: r.payment_reference ?? "",
      amountFen: r.deposit_due_fen,
    });
    if (res.status === "failed") {
      run.failed++;
      continue;
    }
    const done = await db.transaction().execute(async (tx) => {
      const u = await tx
        .updateTable("auction_registrations")
        .set({ deposit_status: "refunded", refunded_at: ctx.now(), refund_reference: res.reference })
        .where("id", "=", r.id)
        .where("refunded_at", "is", null)
        .where("deposit_status", "=", "paid")
        .executeTakeFirst();
      if (Number(u.numUpdatedRows) !== 1) return false;
      await writeAudit(tx, {
        courtId: r.court_id,
        actorId: null,
        actorRole: "system",
        action: "auction.depositRefund",
        entityType: "auctionRegistration",
        entityId: r.id,
        caseId: r.case_id,
        detail: { lotId: r.lot_id, registrationId: r.id, amountFen: r.deposit_due_fen, refundReference: res.reference, basis: [{ law: "网拍规定(2016)", article: "art 23" }] },
      });
      return true;
    });
    if (done) {
      run.refunded++;
      lots.add(r.lot_id);
    }
  }
  for (const lotId of lots) {
    const left = await db
      .selectFrom("auction_registrations")
      .select("id")
      .where("lot_id", "=", lotId)
      .where("refund_due_at", "is not", null)
      .where("refunded_at", "is", null)
      .where("deposit_status", "=", "paid")
      .executeTakeFirst();
    if (!left) run.clocksMet += await closeLotClocks(db, lotId, ["auctionDepositRefund"], "met", today(ctx));
  }
  return run;
}

export type TransferRun = { transferred: number; failed: number };

/**
 * 网拍规定 art 25 para 2: within 24 hours after the sale the platform moves the buyer's deposit into the
 * court's account — through the payment adapter, after the commit, idempotent by "transfer:" + the
 * registration id; each transfer recorded once (`deposit_transferred_at is null` guards it) with its
 * reference and an audit record; a failed one is retried by the next run of the job.
 */
export async function processDepositTransfers(ctx: AppContext, opts: { lotId?: string; limit?: number } = {}): Promise<TransferRun> {
  const db = ctx.database.db;
  let q = db
    .selectFrom("auction_results as x")
    .innerJoin("auction_registrations as r", "r.id", "x.buyer_registration_id")
    .select(["x.lot_id", "x.case_id", "x.court_id", "x.deposit_credited_fen", "r.id as registration_id", "r.payment_reference"])
    .where("x.kind", "=", "sold")
    .where("x.deposit_transferred_at", "is", null)
    .where("x.deposit_credited_fen", ">", 0)
    .where("r.payment_reference", "is not", null);
  if (opts.lotId) q = q.where("x.lot_id", "=", opts.lotId);
  const due = await q.orderBy("x.ended_at").orderBy("x.lot_id").limit(opts.limit ?? 500).execute();
  const run: TransferRun = { transferred: 0, failed: 0 };
  for (const r of due) {
    const res = await paymentProvider(ctx).transferDepositToCourt({
      idempotencyKey: `transfer:${r.registration_id}`,
      lotId: r.lot_id,
      registrationId: r.registration_id,
      paymentReference: r.payment_reference!,
      amountFen: r.deposit_credited_fen!,
      courtId: r.court_id,
    });
    if (res.status === "failed") {
      run.failed++;
      process.stderr.write(`auction deposit transfer ${r.lot_id}: ${res.error}\n`);
      continue;
    }
    const done = await db.transaction().execute(async (tx) => {
      const u = await tx
        .updateTable("auction_results")
        .set({ deposit_transferred_at: ctx.now(), deposit_transfer_reference: res.reference })
        .where("lot_id", "=", r.lot_id)
        .where("deposit_transferred_at", "is", null)
        .executeTakeFirst();
      if (Number(u.numUpdatedRows) !== 1) return false;
      await writeAudit(tx, {
        courtId: r.court_id,
        actorId: null,
        actorRole: "system",
        action: "auction.depositTransfer",
        entityType: "auctionLot",
        entityId: r.lot_id,
        caseId: r.case_id,
        detail: { lotId: r.lot_id, registrationId: r.registration_id, amountFen: r.deposit_credited_fen, transferReference: res.reference, basis: [{ law: "网拍规定(2016)", article: "art 25 para 2" }] },
      });
      return true;
    });
    if (done) {
      run.transferred++;
      await publishLot(ctx, r.lot_id);
    }
  }
  return run;
}

export type CloseDueRun = { closed: number; sold: number; failed: number; lotIds: string[]; refunds: RefundRun; transfers?: TransferRun };

/** The close job: every announced lot whose end has passed, in bounded batches; then the refunds due. */
export async function closeDueLots(ctx: AppContext, opts: { batchSize?: number; maxBatches?: number } = {}): Promise<CloseDueRun> {
  const batchSize = opts.batchSize ?? 100;
  const maxBatches = opts.maxBatches ?? 20;
  const run: CloseDueRun = { closed: 0, sold: 0, failed: 0, lotIds: [], refunds: { refunded: 0, failed: 0, clocksMet: 0 } };
  const seen = new Set<string>();
  for (let i = 0; i < maxBatches; i++) {
    const batch = (
      await ctx.database.db
        .selectFrom("auction_lots")
        .select(["id"])
        .where("status", "=", "announced")
        .where("end_at", "<=", ctx.now())
        .orderBy("end_at")
        .orderBy("id")
        .limit(batchSize)
        .execute()
    ).filter((l) => !seen.has(l.id));
    if (!batch.length) break;
    for (const l of batch) {
      seen.add(l.id);
      try {
        const o = await closeAuctionLot(ctx, null, l.id);
        if (o.closedNow) {
          run.closed++;
          run.lotIds.push(l.id);
          if (o.kind === "sold") run.sold++;
          else run.failed++;
        }
      } catch (e) {
        // A lot extended by a bid after we listed it is simply not due yet; anything else is retried next run.
        if (!(e instanceof Error && "code" in e && (e as { code: string }).code === "PRECONDITION_FAILED")) process.stderr.write(`auction close ${l.id}: ${(e as Error).message}\n`);
      }
    }
    if (batch.length < batchSize) break;
  }
  run.refunds = await processRefunds(ctx);
  run.transfers = await processDepositTransfers(ctx);
  return run;
}

