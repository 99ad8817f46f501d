// After bidding ends (rules.md §10).
// Sold: the platform moves the buyer's deposit into the court's account (close.service, through the
//   payment adapter, art 25 para 2); the balance paid → the price into the case ledger as two receipts
//   that sum to it, the deposit credited (auctionDeposit, art 23) and the balance (auctionProceeds,
//   art 25), in the same transaction; the ruling served within 10 days of full payment (拍卖变卖规定
//   art 20) → ownership passes on service (网拍规定 art 22 para 2; 拍卖变卖规定 art 26) → hand-over
//   within 15 days (art 27). Or the buyer defaults (悔拍): the deposit is forfeited and applied in art
//   24's order (held until a re-auction fixes the shortfall), the defaulter barred from the re-auction.
// Failed: a re-auction (lots.service createLot with previousLotId), or transfer in lieu at the
//   auction's starting price (拍卖变卖规定 art 16), or after a second failure the fixed-price sale
//   (网拍规定 art 26 para 2; 60 days UNCONFIRMED, configurable) → unsold: transfer in lieu, management
//   or release (民诉法解释 art 490). The ladder is the domain's nextAfterFailure: a step it does not
//   offer at this stage is refused.
import { randomUUID } from "node:crypto";
import { listLedgerRows, ledgerEntryOf, monetaryDuties, type Executor } from "@zhixing/db";
import {
  allocateForfeitedDeposit,
  buyerDefault,
  forfeitureToCase,
  saleReceipts,
  type ForfeitInput,
  compareIsoDates,
  DomainError,
  fixedPriceSalePhase,
  ownershipTransfer,
  replayLedger,
  rulingServiceDeadline,
  selectTransferee,
  shanghaiDateOf,
  type IsoDate,
} from "@zhixing/domain";
import { today, type AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import { caseClaim } from "../ledger/ledger-claim";
import { recordAuctionProceeds, recordAuctionReceipts, recordSetOff, SYSTEM_LEDGER_ACTOR, type LedgerActor } from "../ledger/ledger.service";
import { extinguishAssetMeasures, record } from "../measures/measures.service";
import type { LockedCase } from "../cases/case-lock";
import { auctionSettings } from "./auction-settings";
import type { FixedSaleOutcomeInput, TransferInput } from "./auctions.schemas";
import { lotCreditors, nextFor, publishLot } from "./auctions.queries";
import { actorOf, assertMayActOnLot, barredOf, closeLotClocks, lockLotOfCase, ms, openLotClock, refused, renameFields, type LotRow } from "./auctions.shared";

type Ctx = { tx: Executor; c: LockedCase; lot: LotRow };

async function withLot<T>(ctx: AppContext, user: AuthUser, lotId: string, fn: (l: Ctx) => Promise<T>): Promise<T> {
  const out = await ctx.database.db.transaction().execute(async (tx) => {
    const { c, lot } = await lockLotOfCase(tx, lotId);
    await assertMayActOnLot(tx, user, c);
    return fn({ tx, c, lot });
  });
  await publishLot(ctx, lotId);
  return out;
}

const notFuture = (date: IsoDate, on: IsoDate, field: string) => {
  if (compareIsoDates(date, on) > 0) throw new DomainError("VALIDATION", { zh: "日期不能晚于今天", en: "The date cannot be in the future" }, { field });
};
const notBefore = (date: IsoDate, earliest: IsoDate, field: string, what: { zh: string; en: string }) => {
  if (compareIsoDates(date, earliest) < 0) {
    throw new DomainError("VALIDATION", { zh: `日期不能早于${what.zh}（${earliest}）`, en: `The date cannot precede ${what.en} (${earliest})` }, { field });
  }
};

async function soldResult(tx: Executor, lot: LotRow) {
  if (lot.status !== "sold") throw refused("status", `拍卖状态为 ${lot.status}，不是已成交`, `The lot is ${lot.status}, not sold`);
  return tx.selectFrom("auction_results").selectAll().where("lot_id", "=", lot.id).forUpdate().executeTakeFirstOrThrow();
}

/**
 * 网拍规定 arts 23, 25: the buyer paid the rest of the price. The price goes into the case ledger as the
 * deposit credited toward it (moved to the court's account by the platform: it must have arrived) and the
 * balance — two receipts that sum to the price (domain saleReceipts).
 */
export async function recordBalancePaid(ctx: AppContext, user: AuthUser, lotId: string, input: { paidOn: IsoDate; paymentReference: string }, ip: string | null = null): Promise<void> {
  const on = today(ctx);
  await withLot(ctx, user, lotId, async ({ tx, c, lot }) => {
    const r = await soldResult(tx, lot);
    if (r.balance_paid_on) throw refused("paidOn", `价款已于 ${r.balance_paid_on} 付清`, `The price was paid in full on ${r.balance_paid_on}`);
    notFuture(input.paidOn, on, "paidOn");
    notBefore(input.paidOn, shanghaiDateOf(ms(r.ended_at)), "paidOn", { zh: "成交之日", en: "the sale" });
    const depositFen = r.deposit_credited_fen ?? 0;
    if (depositFen > 0 && !r.deposit_transferred_at) {
      throw refused(
        "paidOn",
        "买受人的保证金尚未由网络服务提供者划入法院指定账户（网拍规定第二十五条第二款），划转到账后才能记载价款付清",
        "The platform has not yet moved the buyer's deposit into the court's account (网拍规定 art 25 para 2); record the payment once it has arrived",
      );
    }
    const parts = saleReceipts({ priceFen: r.price_fen!, depositCreditedFen: depositFen });
    const depositOn = r.deposit_transferred_at ? shanghaiDateOf(ms(r.deposit_transferred_at)) : input.paidOn;
    const ids = await recordAuctionReceipts(tx, ctx, user, c.id, {
      lotId: lot.id,
      purpose: "sale",
      receipts: parts.map((p) =>
        p.source === "auctionDeposit"
          ? { source: p.source, amountFen: p.amountFen, date: depositOn, note: `保证金充抵价款 deposit credited toward the price: ${lot.title}; ${r.buyer_alias}; ${r.deposit_transfer_reference ?? ""}` }
          : { source: p.source, amountFen: p.amountFen, date: input.paidOn, note: `拍卖成交余款 balance of the price: ${lot.title}; ${r.buyer_alias}; ${input.paymentReference}` },
      ),
    });
    const depositEntryId = parts[0]?.source === "auctionDeposit" ? ids[0]! : null;
    const entryId = parts.at(-1)?.source === "auctionProceeds" ? ids.at(-1)! : null;
    await tx
      .updateTable("auction_results")
      .set({ balance_paid_on: input.paidOn, payment_reference: input.paymentReference, proceeds_entry_id: entryId, deposit_entry_id: depositEntryId })
      .where("lot_id", "=", lot.id)
      .execute();
    const ruling = rulingServiceDeadline(input.paidOn, ctx.calendar.get(), auctionSettings(ctx).periods);
    await openLotClock(tx, lot, { kind: "auctionRulingService", start: on, due: ruling.due, basis: ruling.basis[0]!, countedFrom: input.paidOn, period: ruling.period, provisional: ruling.provisional });
    await tx.updateTable("auction_lots").set((eb) => ({ version: eb("version", "+", 1) })).where("id", "=", lot.id).execute();
    await record(tx, ctx, actorOf(user), c, {
      type: "auction.paid",
      entityType: "auctionLot",
      entityId: lot.id,
      data: {
        lotId: lot.id,
        priceFen: r.price_fen,
        depositCreditedFen: r.deposit_credited_fen,
        balanceFen: r.balance_due_fen,
        paidOn: input.paidOn,
        paymentReference: input.paymentReference,
        ledgerEntryId: entryId,
        depositEntryId,
        receipts: parts.map((p) => ({ source: p.source, amountFen: p.amountFen })),
        rulingServiceDue: ruling.due,
        basis: [...parts.map((p) => p.basis), ...ruling.basis],
      },
      eventDate: input.paidOn,
      ip,
    });
  });
}

/** 拍卖变卖规定 arts 20, 26–27; 网拍规定 art 22 para 2: the ruling served; ownership passes; hand-over within 15 days. */
export async function recordRulingServed(ctx: AppContext, user: AuthUser, lotId: string, input: { servedOn: IsoDate }, ip: string | null = null): Promise<void> {
  const on = today(ctx);
  await withLot(ctx, user, lotId, async ({ tx, c, lot }) => {
    const r = await soldResult(tx, lot);
    if (!r.balance_paid_on) throw refused("servedOn", "价款付清后才能送达成交裁定（拍卖变卖规定第二十条）", "The ruling is served once the price is paid in full (拍卖变卖规定 art 20)");
    if (r.ruling_served_on) throw refused("servedOn", `成交裁定已于 ${r.ruling_served_on} 送达`, `The ruling was served on ${r.ruling_served_on}`);
    notFuture(input.servedOn, on, "servedOn");
    notBefore(input.servedOn, r.balance_paid_on, "servedOn", { zh: "价款付清之日", en: "the payment" });
    const t = ownershipTransfer(input.servedOn, ctx.calendar.get(), auctionSettings(ctx).periods);
    await closeLotClocks(tx, lot.id, ["auctionRulingService"], "met", input.servedOn);
    await openLotClock(tx, lot, { kind: "auctionHandOver", start: on, due: t.handOver.due, basis: t.handOver.basis[0]!, countedFrom: input.servedOn, period: t.handOver.period, provisional: t.handOver.provisional });
    await tx.updateTable("auction_results").set({ ruling_served_on: input.servedOn }).where("lot_id", "=", lot.id).execute();
    // 查封规定 art 27 para 2: the seal or freeze on the sold asset ends as ownership passes.
    await extinguishAssetMeasures(tx, ctx, actorOf(user), c, lot.asset_id, input.servedOn, { kind: "auctionSold", lotId: lot.id }, ip);
    await tx.updateTable("auction_lots").set((eb) => ({ version: eb("version", "+", 1) })).where("id", "=", lot.id).execute();
    await record(tx, ctx, actorOf(user), c, {
      type: "auction.rulingServed",
      entityType: "auctionLot",
      entityId: lot.id,
      data: { lotId: lot.id, servedOn: input.servedOn, ownershipPassesOn: t.passesOn, handOverDue: t.handOver.due, basis: [...t.basis, ...t.handOver.basis] },
      eventDate: input.servedOn,
      ip,
    });
  });
}

/** 拍卖变卖规定 art 27: the property handed over to the buyer. */
export async function recordHandedOver(ctx: AppContext, user: AuthUser, lotId: string, input: { handedOverOn: IsoDate }, ip: string | null = null): Promise<void> {
  const on = today(ctx);
  await withLot(ctx, user, lotId, async ({ tx, c, lot }) => {
    const r = await soldResult(tx, lot);
    if (!r.ruling_served_on) throw refused("handedOverOn", "成交裁定送达后才能移交", "The property is handed over after the ruling is served");
    if (r.handed_over_on) throw refused("handedOverOn", `已于 ${r.handed_over_on} 移交`, `Handed over on ${r.handed_over_on}`);
    notFuture(input.handedOverOn, on, "handedOverOn");
    notBefore(input.handedOverOn, r.ruling_served_on, "handedOverOn", { zh: "裁定送达之日", en: "the service of the ruling" });
    await closeLotClocks(tx, lot.id, ["auctionHandOver"], "met", input.handedOverOn);
    await tx.updateTable("auction_results").set({ handed_over_on: input.handedOverOn }).where("lot_id", "=", lot.id).execute();
    await tx.updateTable("auction_lots").set((eb) => ({ version: eb("version", "+", 1) })).where("id", "=", lot.id).execute();
    await record(tx, ctx, actorOf(user), c, {
      type: "auction.handedOver",
      entityType: "auctionLot",
      entityId: lot.id,
      data: { lotId: lot.id, handedOverOn: input.handedOverOn, basis: [{ law: "拍卖变卖规定(2020)", article: "art 27" }] },
      eventDate: input.handedOverOn,
      ip,
    });
  });
}

/**
 * 悔拍 (网拍规定 art 24; 拍卖变卖规定 art 22): the buyer did not pay. The deposit is forfeited and applied
 * in order — cost losses now, the rest held until a re-auction fixes the shortfall (then completed by
 * the close of that re-auction); the defaulter is barred from the re-auction (the next lot inherits the
 * barred list).
 */
export async function recordBuyerDefault(ctx: AppContext, user: AuthUser, lotId: string, input: { on: IsoDate; auctionCostLossFen: number; note?: string | undefined }, ip: string | null = null): Promise<void> {
  const on = today(ctx);
  await withLot(ctx, user, lotId, async ({ tx, c, lot }) => {
    const r = await soldResult(tx, lot);
    if (r.balance_paid_on) throw refused("on", "买受人已付清价款，不构成悔拍", "The buyer paid in full; there is no default");
    notFuture(input.on, on, "on");
    notBefore(input.on, shanghaiDateOf(ms(r.ended_at)), "on", { zh: "成交之日", en: "the sale" });
    const d = buyerDefault({ defaulterId: r.buyer_user_id!, previouslyBarred: barredOf(lot) });
    const cs = await tx.selectFrom("cases").select(["basis_effective_date", "basis_performance_deadline"]).where("id", "=", c.id).executeTakeFirstOrThrow();
    const ledger = replayLedger((await listLedgerRows(tx, c.id)).map(ledgerEntryOf));
    const caseDebtFen = caseClaim({ duties: await monetaryDuties(tx, c.id), effectiveDate: cs.basis_effective_date, performanceDeadline: cs.basis_performance_deadline }, ledger, input.on).outstandingFen;
    const forfeitInput = {
      depositFen: r.deposit_credited_fen ?? 0,
      auctionCostLossFen: input.auctionCostLossFen,
      originalPriceFen: r.price_fen!,
      reauctionPriceFen: null,
      caseDebtFen,
      relatedDebtsFen: 0,
    };
    const allocation = renameFields(() => allocateForfeitedDeposit(forfeitInput), {});
    if (forfeitInput.depositFen > 0 && !r.deposit_transferred_at) {
      throw refused("on", "买受人的保证金尚未划入法院指定账户（网拍规定第二十五条第二款），到账后才能没收并分配", "The buyer's deposit has not reached the court's account yet (网拍规定 art 25 para 2); it is forfeited and applied once it has");
    }
    // 网拍规定 art 24 para 1: what is this case's whatever the re-auction fetches goes into the ledger now.
    const toCase = forfeitureToCase(forfeitInput, allocation, 0);
    const entryIds = await postForfeiture(tx, ctx, user, c.id, lot.id, toCase.postNowFen, input.on, `悔拍保证金冲抵本案债务 forfeited deposit applied to the case debt: ${lot.title}; ${r.buyer_alias}`);
    await tx
      .updateTable("auction_results")
      .set({
        defaulted_on: input.on,
        forfeiture: JSON.stringify({ defaulterId: d.defaulterId, input: forfeitInput, allocation, toCase, postedFen: toCase.postNowFen, barred: d.barredBidderIds, note: input.note ?? null }),
        forfeiture_entry_ids: JSON.stringify(entryIds),
      })
      .where("lot_id", "=", lot.id)
      .execute();
    if (r.buyer_registration_id) {
      await tx.updateTable("auction_registrations").set({ deposit_status: "forfeited" }).where("id", "=", r.buyer_registration_id).where("deposit_status", "=", "applied").execute();
    }
    await tx
      .updateTable("auction_lots")
      .set((eb) => ({ status: "defaulted", barred_user_ids: JSON.stringify(d.barredBidderIds), version: eb("version", "+", 1) }))
      .where("id", "=", lot.id)
      .execute();
    await closeLotClocks(tx, lot.id, ["auctionRulingService"], "cancelled", input.on);
    await record(tx, ctx, actorOf(user), c, {
      type: "auction.buyerDefault",
      entityType: "auctionLot",
      entityId: lot.id,
      data: {
        lotId: lot.id,
        buyerAlias: r.buyer_alias,
        on: input.on,
        depositForfeitedFen: forfeitInput.depositFen,
        auctionCostLossFen: input.auctionCostLossFen,
        heldFen: allocation.heldFen,
        postedToCaseFen: toCase.postNowFen,
        stillHeldFen: toCase.stillHeldFen,
        ledgerEntryIds: entryIds,
        defaulterOwesFen: allocation.defaulterOwesFen,
        barredCount: d.barredBidderIds.length,
        basis: [...d.basis, ...allocation.basis],
      },
      reason: input.note,
      eventDate: input.on,
      ip,
    });
  });
}

async function postForfeiture(tx: Executor, ctx: AppContext, actor: LedgerActor, caseId: string, lotId: string, fen: number, on: IsoDate, note: string): Promise<string[]> {
  if (fen <= 0) return [];
  return recordAuctionReceipts(tx, ctx, actor, caseId, { lotId, purpose: "forfeiture", receipts: [{ source: "forfeitedDeposit", amountFen: fen, date: on, note }] });
}

/**
 * 网拍规定 art 24 para 1: the re-auction after a default sold at `reauctionPriceFen` — the forfeited
 * deposit's allocation completed and the rest of this case's part (the shortfall) posted, inside the
 * close's transaction (the close job runs as the system: SYSTEM_LEDGER_ACTOR).
 */
export async function completeForfeiture(tx: Executor, ctx: AppContext, actor: AuthUser | null, caseId: string, previousLotId: string, byLotId: string, reauctionPriceFen: number, on: IsoDate): Promise<{ lotId: string; postedFen: number; entryIds: string[] } | null> {
  const prev = await tx.selectFrom("auction_results").selectAll().where("lot_id", "=", previousLotId).forUpdate().executeTakeFirst();
  const f = prev?.forfeiture as { input?: ForfeitInput; postedFen?: number; completedByLotId?: string } | null | undefined;
  if (!prev || !f?.input || f.completedByLotId) return null;
  const input = { ...f.input, reauctionPriceFen };
  const allocation = allocateForfeitedDeposit(input);
  const posted = f.postedFen ?? 0;
  const toCase = forfeitureToCase(input, allocation, posted);
  const lot = await tx.selectFrom("auction_lots").select("title").where("id", "=", previousLotId).executeTakeFirstOrThrow();
  const entryIds = await postForfeiture(tx, ctx, actor ?? SYSTEM_LEDGER_ACTOR, caseId, previousLotId, toCase.postNowFen, on, `悔拍保证金弥补再次拍卖差价 forfeited deposit making good the re-auction shortfall: ${lot.title}`);
  const before = Array.isArray(prev.forfeiture_entry_ids) ? (prev.forfeiture_entry_ids as string[]) : [];
  await tx
    .updateTable("auction_results")
    .set({
      forfeiture: JSON.stringify({ ...f, input, allocation, toCase, postedFen: posted + toCase.postNowFen, completedByLotId: byLotId }),
      forfeiture_entry_ids: JSON.stringify([...before, ...entryIds]),
    })
    .where("lot_id", "=", previousLotId)
    .execute();
  return { lotId: previousLotId, postedFen: toCase.postNowFen, entryIds };
}

// ─── after a failure ─────────────────────────────────────────────────────────────────────────────────

async function failedLadder(ctx: AppContext, tx: Executor, lot: LotRow) {
  if (lot.status !== "failed") throw refused("status", `拍卖状态为 ${lot.status}，不是流拍`, `The lot is ${lot.status}, not failed`);
  const later = await tx.selectFrom("auction_lots").select("id").where("previous_lot_id", "=", lot.id).where("status", "!=", "cancelled").executeTakeFirst();
  if (later) throw refused("status", "该次流拍后已经安排再次拍卖", "A re-auction already follows this failed lot");
  const disposals = await tx.selectFrom("auction_disposals").selectAll().where("lot_id", "=", lot.id).orderBy("created_at").orderBy("id").execute();
  const last = disposals.at(-1);
  if (last && last.status !== "unsold") throw refused("status", "该财产已经作出处置（抵债、变卖、管理或者解除）", "The property was already disposed of (transfer in lieu, sale, management or release)");
  const result = await tx.selectFrom("auction_results").select("ended_at").where("lot_id", "=", lot.id).executeTakeFirstOrThrow();
  const asset = await tx.selectFrom("assets").select("asset_type").where("id", "=", lot.asset_id).executeTakeFirstOrThrow();
  const failedOn = shanghaiDateOf(ms(result.ended_at));
  const unsold = last?.status === "unsold" ? { priceFen: last.price_fen!, on: (last.outcome as { on: string }).on } : null;
  return { next: nextFor(ctx, lot, failedOn, unsold, asset.asset_type), failedOn, unsold };
}

/**
 * 以物抵债 (拍卖变卖规定 art 16; after a fixed-price sale, art 32 para 3): the creditor first in the legal
 * order takes the property at the failed auction's starting price (or the sale price); a tie is drawn
 * by lot — the court draws and gives drawnCreditorId.
 */
export async function transferInLieu(ctx: AppContext, user: AuthUser, lotId: string, input: TransferInput, ip: string | null = null): Promise<string> {
  const on = today(ctx);
  const id = randomUUID();
  await withLot(ctx, user, lotId, async ({ tx, c, lot }) => {
    const { next, failedOn } = await failedLadder(ctx, tx, lot);
    notFuture(input.on, on, "on");
    notBefore(input.on, failedOn, "on", { zh: "流拍之日", en: "the failure" });
    const option = next.options.find((o) => o.kind === "transferInLieu");
    if (!option || option.kind !== "transferInLieu") throw refused("status", "此阶段不能以物抵债", "Transfer in lieu is not open at this stage");
    // 拍卖变卖规定 art 16: the applicant or another enforcing creditor — from the case, never typed in.
    const creditors = await lotCreditors(tx, lot, input.on);
    const applicants = input.applicants.map((a, i) => {
      const cr = creditors.find((x) => x.creditorId === a.creditorId);
      if (!cr) throw new DomainError("VALIDATION", { zh: "该债权人不在本案可以抵债的债权人之中", en: "Not one of the case's creditors who may take the property in lieu" }, { field: `applicants.${i}.creditorId` });
      const claimFen = cr.claimFen ?? a.claimFen;
      if (claimFen === undefined) throw new DomainError("VALIDATION", { zh: "请填写该债权人的债权金额", en: "Give this creditor's claim" }, { field: `applicants.${i}.claimFen` });
      return { creditorId: cr.creditorId, rank: a.rank ?? cr.rank, claimFen, creditor: cr };
    });
    const selection = renameFields(
      () =>
        selectTransferee({
          priceFen: option.priceFen,
          applicants: applicants.map((a) => ({ creditorId: a.creditorId, rank: a.rank, claimFen: a.claimFen })),
          ...(input.drawnCreditorId ? { drawnCreditorId: input.drawnCreditorId } : {}),
        }),
      {},
    );
    if (selection.kind === "lotteryRequired") {
      throw new DomainError(
        "PRECONDITION_FAILED",
        {
          zh: `受偿顺位相同的债权人有 ${selection.candidates.length} 个，须抽签确定承受人（拍卖变卖规定第十六条第二款）：${selection.candidates.join("、")}；请填写抽中的债权人`,
          en: `${selection.candidates.length} creditors share the first rank: the taker is drawn by lot (拍卖变卖规定 art 16 para 2): ${selection.candidates.join(", ")}; give the drawn creditor`,
        },
        { field: "drawnCreditorId", details: selection.candidates.map((id) => ({ field: "drawnCreditorId", message: { zh: id, en: id } })) },
      );
    }
    const t = selection.transferee;
    const chosen = applicants.find((a) => a.creditorId === t.creditorId)!.creditor;
    const name = chosen.name;
    await tx
      .insertInto("auction_disposals")
      .values({
        id,
        court_id: lot.court_id,
        case_id: lot.case_id,
        lot_id: lot.id,
        kind: "transferInLieu",
        status: "done",
        price_fen: t.priceFen,
        transferee: JSON.stringify({ ...t, name, kind: chosen.kind, partyId: chosen.partyId, measureId: chosen.measureId }),
        outcome: JSON.stringify({ on: input.on, stage: next.stage }),
        decided_on: input.on,
        basis: JSON.stringify(option.basis),
        created_by: user.id,
      })
      .execute();
    await closeLotClocks(tx, lot.id, ["auctionReauction"], "met", input.on);
    if (t.differenceDueFen === 0) {
      // Nothing to pay in: the ruling is served within 10 days (拍卖变卖规定 art 20).
      const ruling = rulingServiceDeadline(input.on, ctx.calendar.get(), auctionSettings(ctx).periods);
      await openLotClock(tx, lot, { kind: "auctionRulingService", start: on, due: ruling.due, basis: ruling.basis[0]!, countedFrom: input.on, period: ruling.period, provisional: ruling.provisional });
    }
    await tx.updateTable("auction_lots").set((eb) => ({ version: eb("version", "+", 1) })).where("id", "=", lot.id).execute();
    await record(tx, ctx, actorOf(user), c, {
      type: "auction.transferInLieu",
      entityType: "auctionDisposal",
      entityId: id,
      data: { lotId: lot.id, disposalId: id, stage: next.stage, creditorId: t.creditorId, creditorKind: chosen.kind, name, rank: t.rank, priceFen: t.priceFen, setOffFen: t.setOffFen, differenceDueFen: t.differenceDueFen, byLottery: t.byLottery, basis: option.basis },
      eventDate: input.on,
      ip,
    });
  });
  return id;
}

/** 网拍规定 art 26 para 2: after a second failure, the fixed-price sale on the same platform (period configurable, UNCONFIRMED). */
export async function startFixedPriceSale(ctx: AppContext, user: AuthUser, lotId: string, input: { startsOn: IsoDate; priceFen?: number | undefined }, ip: string | null = null): Promise<string> {
  const on = today(ctx);
  const id = randomUUID();
  await withLot(ctx, user, lotId, async ({ tx, c, lot }) => {
    const { next, failedOn, unsold } = await failedLadder(ctx, tx, lot);
    if (unsold || !next.options.some((o) => o.kind === "fixedPriceSale")) {
      throw refused("status", "只有再次拍卖流拍后才能变卖（网拍规定第二十六条第二款）", "A fixed-price sale follows a second failed auction only (网拍规定 art 26 para 2)");
    }
    notBefore(input.startsOn, failedOn, "startsOn", { zh: "流拍之日", en: "the failure" });
    const phase = renameFields(
      () => fixedPriceSalePhase({ startsOn: input.startsOn, secondStartingPriceFen: lot.starting_price_fen, ...(input.priceFen !== undefined ? { priceFen: input.priceFen } : {}) }, ctx.calendar.get(), auctionSettings(ctx).periods),
      {},
    );
    await tx
      .insertInto("auction_disposals")
      .values({
        id,
        court_id: lot.court_id,
        case_id: lot.case_id,
        lot_id: lot.id,
        kind: "fixedPriceSale",
        status: "open",
        price_fen: phase.priceFen,
        starts_on: phase.startsOn,
        ends_on: phase.endsOn,
        outcome: JSON.stringify({ confidence: phase.confidence, note: phase.note }),
        decided_on: on,
        basis: JSON.stringify(phase.basis),
        created_by: user.id,
      })
      .execute();
    await openLotClock(tx, lot, { kind: "auctionFixedPriceSale", start: phase.startsOn, due: phase.endsOn, basis: phase.basis[0]!, countedFrom: phase.startsOn, period: phase.period, provisional: phase.deadline.provisional });
    await tx.updateTable("auction_lots").set((eb) => ({ version: eb("version", "+", 1) })).where("id", "=", lot.id).execute();
    await record(tx, ctx, actorOf(user), c, {
      type: "auction.fixedPriceSale",
      entityType: "auctionDisposal",
      entityId: id,
      data: { lotId: lot.id, disposalId: id, priceFen: phase.priceFen, startsOn: phase.startsOn, endsOn: phase.endsOn, period: phase.period, confidence: phase.confidence, note: phase.note, basis: phase.basis },
      ip,
    });
  });
  return id;
}

/** The fixed-price sale ended: sold (the price into the ledger) or unsold (then transfer in lieu, management or release). */
export async function recordFixedPriceSaleOutcome(ctx: AppContext, user: AuthUser, disposalId: string, input: FixedSaleOutcomeInput, ip: string | null = null): Promise<void> {
  const on = today(ctx);
  const d0 = await ctx.database.db.selectFrom("auction_disposals").select(["lot_id"]).where("id", "=", disposalId).executeTakeFirst();
  if (!d0) throw new DomainError("NOT_FOUND", { zh: "没有该变卖", en: "No such sale" });
  await withLot(ctx, user, d0.lot_id, async ({ tx, c, lot }) => {
    const d = await tx.selectFrom("auction_disposals").selectAll().where("id", "=", disposalId).forUpdate().executeTakeFirstOrThrow();
    if (d.kind !== "fixedPriceSale" || d.status !== "open") throw refused("status", "该变卖已经结束", "The sale has ended");
    notFuture(input.on, on, "on");
    notBefore(input.on, d.starts_on!, "on", { zh: "变卖开始之日", en: "the start of the sale" });
    let entryId: string | null = null;
    if (input.outcome === "sold") {
      if (compareIsoDates(input.on, d.ends_on!) > 0) throw refused("on", `变卖期已于 ${d.ends_on} 届满`, `The sale period ended on ${d.ends_on}`);
      entryId = await recordAuctionProceeds(tx, ctx, user, c.id, {
        amountFen: d.price_fen!,
        date: input.on,
        lotId: lot.id,
        note: `变卖价款 sale proceeds: ${lot.title}; ${input.buyerName}; ${input.paymentReference}`,
      });
      const ruling = rulingServiceDeadline(input.on, ctx.calendar.get(), auctionSettings(ctx).periods);
      await openLotClock(tx, lot, { kind: "auctionRulingService", start: on, due: ruling.due, basis: ruling.basis[0]!, countedFrom: input.on, period: ruling.period, provisional: ruling.provisional });
    } else if (compareIsoDates(input.on, d.ends_on!) <= 0) {
      throw refused("on", `变卖期至 ${d.ends_on} 届满，届满后才能认定无人应买`, `The sale runs until ${d.ends_on}; it is unsold only after that`);
    }
    await tx
      .updateTable("auction_disposals")
      .set({ status: input.outcome, outcome: JSON.stringify({ ...((d.outcome as object | null) ?? {}), on: input.on, buyerName: input.buyerName ?? null, paymentReference: input.paymentReference ?? null }), proceeds_entry_id: entryId })
      .where("id", "=", d.id)
      .execute();
    await closeLotClocks(tx, lot.id, ["auctionFixedPriceSale"], "met", input.on);
    await tx.updateTable("auction_lots").set((eb) => ({ version: eb("version", "+", 1) })).where("id", "=", lot.id).execute();
    await record(tx, ctx, actorOf(user), c, {
      type: input.outcome === "sold" ? "auction.saleSold" : "auction.saleUnsold",
      entityType: "auctionDisposal",
      entityId: d.id,
      data: { lotId: lot.id, disposalId: d.id, on: input.on, priceFen: d.price_fen, ...(entryId ? { ledgerEntryId: entryId } : {}) },
      eventDate: input.on,
      ip,
    });
  });
}

/** 民诉法解释 art 490: unsold and not taken in lieu — handed to the applicant to manage, or released and returned. */
export async function endDisposal(ctx: AppContext, user: AuthUser, lotId: string, input: { kind: "management" | "releaseAndReturn"; on: IsoDate; note: string }, ip: string | null = null): Promise<string> {
  const on = today(ctx);
  const id = randomUUID();
  await withLot(ctx, user, lotId, async ({ tx, c, lot }) => {
    const { next, unsold } = await failedLadder(ctx, tx, lot);
    const option = next.options.find((o) => o.kind === input.kind);
    if (!unsold || !option) {
      throw refused("kind", "变卖不成、且不以物抵债时，才能交申请执行人管理或者解除查封退还（民诉法解释第四百九十条）", "Management or release follows an unsold fixed-price sale not taken in lieu (民诉法解释 art 490)");
    }
    notFuture(input.on, on, "on");
    notBefore(input.on, unsold.on, "on", { zh: "变卖不成之日", en: "the end of the sale" });
    await tx
      .insertInto("auction_disposals")
      .values({
        id,
        court_id: lot.court_id,
        case_id: lot.case_id,
        lot_id: lot.id,
        kind: input.kind,
        status: "done",
        outcome: JSON.stringify({ on: input.on, note: input.note, ...(input.kind === "releaseAndReturn" ? { releaseMeasureWith: "unsoldAndTransferInLieuRefused", measureId: lot.measure_id } : {}) }),
        decided_on: input.on,
        basis: JSON.stringify(option.basis),
        created_by: user.id,
      })
      .execute();
    await tx.updateTable("auction_lots").set((eb) => ({ version: eb("version", "+", 1) })).where("id", "=", lot.id).execute();
    await record(tx, ctx, actorOf(user), c, {
      type: input.kind === "management" ? "auction.management" : "auction.releaseAndReturn",
      entityType: "auctionDisposal",
      entityId: id,
      data: { lotId: lot.id, disposalId: id, on: input.on, measureId: lot.measure_id, basis: option.basis },
      reason: input.note,
      eventDate: input.on,
      ip,
    });
  });
  return id;
}

// ─── the transfer in lieu after its decision: difference, ruling, hand-over ─────────────────────────

async function withTransfer<T>(ctx: AppContext, user: AuthUser, disposalId: string, fn: (l: Ctx & { d: DisposalRow; t: StoredTransferee }) => Promise<T>): Promise<T> {
  const d0 = await ctx.database.db.selectFrom("auction_disposals").select(["lot_id"]).where("id", "=", disposalId).executeTakeFirst();
  if (!d0) throw new DomainError("NOT_FOUND", { zh: "没有该抵债记录", en: "No such transfer in lieu" });
  return withLot(ctx, user, d0.lot_id, async (l) => {
    const d = await l.tx.selectFrom("auction_disposals").selectAll().where("id", "=", disposalId).forUpdate().executeTakeFirstOrThrow();
    if (d.kind !== "transferInLieu") throw refused("kind", "这不是以物抵债", "This is not a transfer in lieu");
    return fn({ ...l, d, t: d.transferee as StoredTransferee });
  });
}

type DisposalRow = Awaited<ReturnType<typeof loadDisposal>>;
const loadDisposal = (tx: Executor, id: string) => tx.selectFrom("auction_disposals").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
type StoredTransferee = { creditorId: string; name: string | null; kind?: "applicant" | "otherCreditor"; priceFen: number; setOffFen: number; differenceDueFen: number };

/** 拍卖变卖规定 art 16 para 2: the transferee paid in the difference between the price and its claim; the ruling is then due within 10 days (art 20). */
export async function recordDifferencePaid(ctx: AppContext, user: AuthUser, disposalId: string, input: { paidOn: IsoDate; paymentReference: string }, ip: string | null = null): Promise<void> {
  const on = today(ctx);
  await withTransfer(ctx, user, disposalId, async ({ tx, c, lot, d, t }) => {
    if (t.differenceDueFen <= 0) throw refused("paidOn", "承受人无需补交差价", "The transferee owes no difference");
    if (d.difference_paid_on) throw refused("paidOn", `差价已于 ${d.difference_paid_on} 补交`, `The difference was paid on ${d.difference_paid_on}`);
    notFuture(input.paidOn, on, "paidOn");
    notBefore(input.paidOn, d.decided_on, "paidOn", { zh: "抵债之日", en: "the transfer in lieu" });
    const [entryId] = await recordAuctionReceipts(tx, ctx, user, c.id, {
      lotId: lot.id,
      purpose: "transferDifference",
      receipts: [{ source: "auctionProceeds", amountFen: t.differenceDueFen, date: input.paidOn, note: `抵债承受人补交差价 difference paid in by the transferee: ${lot.title}; ${t.name ?? t.creditorId}; ${input.paymentReference}` }],
    });
    await tx.updateTable("auction_disposals").set({ difference_paid_on: input.paidOn, proceeds_entry_id: entryId ?? null }).where("id", "=", d.id).execute();
    const ruling = rulingServiceDeadline(input.paidOn, ctx.calendar.get(), auctionSettings(ctx).periods);
    await openLotClock(tx, lot, { kind: "auctionRulingService", start: on, due: ruling.due, basis: ruling.basis[0]!, countedFrom: input.paidOn, period: ruling.period, provisional: ruling.provisional });
    await tx.updateTable("auction_lots").set((eb) => ({ version: eb("version", "+", 1) })).where("id", "=", lot.id).execute();
    await record(tx, ctx, actorOf(user), c, {
      type: "auction.transferDifferencePaid",
      entityType: "auctionDisposal",
      entityId: d.id,
      data: { lotId: lot.id, disposalId: d.id, amountFen: t.differenceDueFen, paidOn: input.paidOn, paymentReference: input.paymentReference, ledgerEntryId: entryId ?? null, rulingServiceDue: ruling.due, basis: [{ law: "拍卖变卖规定(2020)", article: "art 16 para 2" }, ...ruling.basis] },
      eventDate: input.paidOn,
      ip,
    });
  });
}

/**
 * 拍卖变卖规定 arts 20, 26–27: the 抵债 ruling served on the transferee — ownership passes, the seal or
 * freeze on the asset ends (查封规定 art 27 para 2), hand-over within 15 days; the applicant's claim is
 * reduced by the set-off in the case ledger (another court's creditor sets it off in its own case).
 */
export async function recordTransferRulingServed(ctx: AppContext, user: AuthUser, disposalId: string, input: { servedOn: IsoDate }, ip: string | null = null): Promise<void> {
  const on = today(ctx);
  await withTransfer(ctx, user, disposalId, async ({ tx, c, lot, d, t }) => {
    if (d.ruling_served_on) throw refused("servedOn", `抵债裁定已于 ${d.ruling_served_on} 送达`, `The ruling was served on ${d.ruling_served_on}`);
    if (t.differenceDueFen > 0 && !d.difference_paid_on) {
      throw refused("servedOn", "承受人补交差价后才能送达抵债裁定（拍卖变卖规定第二十条）", "The ruling is served once the transferee has paid in the difference (拍卖变卖规定 art 20)");
    }
    notFuture(input.servedOn, on, "servedOn");
    notBefore(input.servedOn, d.difference_paid_on ?? d.decided_on, "servedOn", { zh: d.difference_paid_on ? "差价补交之日" : "抵债之日", en: d.difference_paid_on ? "the payment of the difference" : "the transfer in lieu" });
    const ot = ownershipTransfer(input.servedOn, ctx.calendar.get(), auctionSettings(ctx).periods);
    let setOff: { entryIds: string[]; claimBeforeFen: number; claimAfterFen: number } | null = null;
    if (t.kind === "applicant" && t.setOffFen > 0) {
      setOff = await recordSetOff(tx, ctx, user, c.id, { setOffFen: t.setOffFen, date: input.servedOn, note: `以物抵债 transfer in lieu: ${lot.title}; ${t.name ?? t.creditorId}`, lotId: lot.id, disposalId: d.id });
    }
    await closeLotClocks(tx, lot.id, ["auctionRulingService"], "met", input.servedOn);
    await openLotClock(tx, lot, { kind: "auctionHandOver", start: on, due: ot.handOver.due, basis: ot.handOver.basis[0]!, countedFrom: input.servedOn, period: ot.handOver.period, provisional: ot.handOver.provisional });
    await tx.updateTable("auction_disposals").set({ ruling_served_on: input.servedOn, set_off_entry_ids: JSON.stringify(setOff?.entryIds ?? []) }).where("id", "=", d.id).execute();
    await extinguishAssetMeasures(tx, ctx, actorOf(user), c, lot.asset_id, input.servedOn, { kind: "transferInLieu", lotId: lot.id }, ip);
    await tx.updateTable("auction_lots").set((eb) => ({ version: eb("version", "+", 1) })).where("id", "=", lot.id).execute();
    await record(tx, ctx, actorOf(user), c, {
      type: "auction.transferRulingServed",
      entityType: "auctionDisposal",
      entityId: d.id,
      data: {
        lotId: lot.id,
        disposalId: d.id,
        servedOn: input.servedOn,
        ownershipPassesOn: ot.passesOn,
        handOverDue: ot.handOver.due,
        setOffFen: setOff ? t.setOffFen : 0,
        claimBeforeFen: setOff?.claimBeforeFen ?? null,
        claimAfterFen: setOff?.claimAfterFen ?? null,
        ledgerEntryIds: setOff?.entryIds ?? [],
        basis: [{ law: "拍卖变卖规定(2020)", article: "art 20" }, ...ot.basis, ...ot.handOver.basis],
      },
      eventDate: input.servedOn,
      ip,
    });
  });
}

/** 拍卖变卖规定 art 27: the property handed over to the transferee. */
export async function recordTransferHandedOver(ctx: AppContext, user: AuthUser, disposalId: string, input: { handedOverOn: IsoDate }, ip: string | null = null): Promise<void> {
  const on = today(ctx);
  await withTransfer(ctx, user, disposalId, async ({ tx, c, lot, d }) => {
    if (!d.ruling_served_on) throw refused("handedOverOn", "抵债裁定送达后才能移交", "The property is handed over after the ruling is served");
    if (d.handed_over_on) throw refused("handedOverOn", `已于 ${d.handed_over_on} 移交`, `Handed over on ${d.handed_over_on}`);
    notFuture(input.handedOverOn, on, "handedOverOn");
    notBefore(input.handedOverOn, d.ruling_served_on, "handedOverOn", { zh: "裁定送达之日", en: "the service of the ruling" });
    await closeLotClocks(tx, lot.id, ["auctionHandOver"], "met", input.handedOverOn);
    await tx.updateTable("auction_disposals").set({ handed_over_on: input.handedOverOn }).where("id", "=", d.id).execute();
    await tx.updateTable("auction_lots").set((eb) => ({ version: eb("version", "+", 1) })).where("id", "=", lot.id).execute();
    await record(tx, ctx, actorOf(user), c, {
      type: "auction.transferHandedOver",
      entityType: "auctionDisposal",
      entityId: d.id,
      data: { lotId: lot.id, disposalId: d.id, handedOverOn: input.handedOverOn, basis: [{ law: "拍卖变卖规定(2020)", article: "art 27" }] },
      eventDate: input.handedOverOn,
      ip,
    });
  });
}
