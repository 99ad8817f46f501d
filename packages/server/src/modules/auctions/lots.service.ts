// Setting up a lot: create it from a controlled, auctionable asset of the case, notify the parties,
// announce it, confirm priority holders, cancel it. Every write locks the case row and then the lot
// row, decides with the domain (packages/domain/src/auction), and persists the lot, its clocks, the
// case event and the audit record in one transaction.
//
// Reference price: a lot takes it from a priced row of `valuations` (参考价规定; 20261125-0014), checked
// with canUseReferencePrice (validity, and the 6-month grace once the first auction was announced
// within it, art 27), or from a price the officer enters with its source document. A re-auction takes
// the previous lot's unless another is given. Announcing the first auction records its notice day on
// the valuation (valuation.service recordSaleStartIn, in the same transaction: 参考价规定 arts 27, 30).
import { randomUUID } from "node:crypto";
import { findAsset, type Executor } from "@zhixing/db";
import {
  auctionAssetClass,
  auctionParameters,
  buyerDefault,
  canUseReferencePrice,
  compareIsoDates,
  DomainError,
  earliestAuctionStart,
  isAuctionable,
  latestPartyNoticeDate,
  deemedNotifiedOn,
  openLot,
  parseInstant,
  shanghaiDateOf,
  validateDeposit,
  admitBidder,
  type AssetType,
  type IsoDate,
} from "@zhixing/domain";
import { today, type AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import { lockCase } from "../cases/case-lock";
import { assertNoDisposalHold } from "../objections/objections.service";
import { assertCaseOpenFor, record } from "../measures/measures.service";
import type { ValuationRow } from "../valuation/valuation.common";
import { recordSaleStartIn } from "../valuation/valuation.service";
import { auctionSettings } from "./auction-settings";
import type { LotInput } from "./auctions.schemas";
import { publishLot } from "./auctions.queries";
import {
  actorOf,
  assertMayActOnLot,
  barredOf,
  closeLotClocks,
  iso,
  lockLotOfCase,
  lotState,
  ms,
  openLotClock,
  refused,
  renameFields,
  type LotRow,
} from "./auctions.shared";

/** The domain's field names, as the lot API names them. */
const LOT_FIELDS: Record<string, string> = {
  assetType: "assetId",
  referencePriceFen: "referencePrice.priceFen",
  previousStartingPriceFen: "previousLotId",
  auctionStartDate: "startAt",
  failedOn: "startAt",
  eligibleBidderIds: "previousLotId",
};

type Valuation = NonNullable<ValuationRow>;

/** 参考价规定 art 27: the valuation's price may be used for an auction starting on `saleDate`. */
async function checkValuation(tx: Executor, valuationId: string, caseId: string, assetId: string, saleDate: IsoDate, noticeDate: IsoDate | undefined, lock = false): Promise<Valuation & { reference_price_fen: number }> {
  let q = tx.selectFrom("valuations").selectAll().where("id", "=", valuationId);
  if (lock) q = q.forUpdate();
  const v = await q.executeTakeFirst();
  const field = "referencePrice.valuationId";
  if (!v || v.case_id !== caseId) throw new DomainError("VALIDATION", { zh: "本案没有该确定参考价记录", en: "No such valuation in this case" }, { field });
  if (v.asset_id !== assetId) throw new DomainError("VALIDATION", { zh: "该参考价不是本标的财产的", en: "That valuation is of another asset" }, { field });
  if (v.status !== "priced" || v.reference_price_fen === null || v.valid_until === null) {
    throw refused(field, "该财产的参考价尚未确定", "The asset's reference price has not been determined yet");
  }
  const firstNotice = v.first_notice_date ?? noticeDate;
  const use = canUseReferencePrice({ method: v.method, validUntil: v.valid_until, ...(firstNotice ? { firstNoticeDate: firstNotice } : {}), saleDate });
  if (!use.usable) throw refused(field, use.explanation.zh, use.explanation.en);
  return v as Valuation & { reference_price_fen: number };
}

/** The controlling measure: an effective seal, seizure or freeze of this court on the asset. */
async function controllingMeasure(tx: Executor, caseId: string, assetId: string, measureId: string | undefined): Promise<string> {
  let q = tx
    .selectFrom("measures")
    .select(["id"])
    .where("case_id", "=", caseId)
    .where("asset_id", "=", assetId)
    .where("status", "=", "active")
    .where("rank", "=", "first")
    .where("external", "=", false)
    .where("kind", "in", ["seal", "seize", "freeze"]);
  if (measureId) q = q.where("id", "=", measureId);
  const m = await q.orderBy("registered_at").orderBy("id").executeTakeFirst();
  if (!m) {
    throw measureId
      ? refused("measureId", "该措施不是本财产上有效的查封、扣押、冻结", "That measure is not an effective seal, seizure or freeze of this asset")
      : refused("assetId", "该财产未被本院有效查封、扣押、冻结，不能拍卖（拍卖变卖规定第一条）", "The asset is not under an effective seal, seizure or freeze of this court; it cannot be auctioned (拍卖变卖规定 art 1)");
  }
  return m.id;
}

type Chain = { round: 1 | 2; reason: LotRow["reason"]; previous: LotRow | null; previousStartingPriceFen: number | null; failedOn: IsoDate | null; barred: string[] };

/** Where the new lot stands on the ladder: a first auction, a re-auction after a failure, or after a default. */
async function chainOf(tx: Executor, caseId: string, assetId: string, previousLotId: string | undefined): Promise<Chain> {
  const earlier = await tx.selectFrom("auction_lots").select(["id", "status"]).where("asset_id", "=", assetId).where("status", "in", ["sold", "failed", "defaulted"]).execute();
  if (!previousLotId) {
    if (earlier.some((l) => l.status === "sold")) throw refused("assetId", "该财产已拍卖成交", "The asset has been sold at auction");
    if (earlier.length) {
      throw refused("previousLotId", "该财产已经拍卖过：再次拍卖请指明前次拍卖（流拍或者悔拍的标的）", "The asset was auctioned before: a re-auction names the previous lot (failed or defaulted)");
    }
    return { round: 1, reason: "first", previous: null, previousStartingPriceFen: null, failedOn: null, barred: [] };
  }
  const prev = await tx.selectFrom("auction_lots").selectAll().where("id", "=", previousLotId).executeTakeFirst();
  if (!prev || prev.case_id !== caseId || prev.asset_id !== assetId) {
    throw new DomainError("VALIDATION", { zh: "本案该财产没有这一前次拍卖", en: "No such earlier lot of this asset in this case" }, { field: "previousLotId" });
  }
  const later = await tx.selectFrom("auction_lots").select("id").where("previous_lot_id", "=", prev.id).where("status", "!=", "cancelled").executeTakeFirst();
  if (later) throw refused("previousLotId", "该次拍卖之后已经安排了再次拍卖", "A re-auction already follows that lot");
  const disposal = await tx.selectFrom("auction_disposals").select("id").where("lot_id", "=", prev.id).executeTakeFirst();
  if (disposal) throw refused("previousLotId", "该次流拍后已经以物抵债或者进入变卖等程序", "That failed lot went to transfer in lieu, a fixed-price sale or release");
  if (prev.status === "failed") {
    if (prev.round === 2) {
      throw refused(
        "previousLotId",
        "再次拍卖流拍的，可以以物抵债或者在同一平台变卖（网拍规定第二十六条第二款），不再拍卖",
        "after a second failure the property goes to transfer in lieu or a fixed-price sale on the same platform (网拍规定 art 26 para 2), not to a third auction",
      );
    }
    const result = await tx.selectFrom("auction_results").select("ended_at").where("lot_id", "=", prev.id).executeTakeFirstOrThrow();
    return { round: 2, reason: "afterFailure", previous: prev, previousStartingPriceFen: prev.starting_price_fen, failedOn: shanghaiDateOf(ms(result.ended_at)), barred: barredOf(prev) };
  }
  if (prev.status === "defaulted") {
    // 网拍规定 art 24 para 2: the re-auction after a default, the defaulter barred; the same round and floor.
    return { round: prev.round, reason: "afterDefault", previous: prev, previousStartingPriceFen: prev.previous_starting_price_fen, failedOn: null, barred: barredOf(prev) };
  }
  throw refused("previousLotId", `前次拍卖的状态为 ${prev.status}：只有流拍或者悔拍后才能再次拍卖`, `The earlier lot is ${prev.status}: only a failed or defaulted lot is auctioned again`);
}

export async function createLot(ctx: AppContext, user: AuthUser, caseId: string, input: LotInput, ip: string | null = null): Promise<string> {
  const id = randomUUID();
  const todayDate = today(ctx);
  const nowMs = ctx.now().getTime();
  const cal = ctx.calendar.get();
  const periods = auctionSettings(ctx).periods;
  await ctx.database.db.transaction().execute(async (tx) => {
    const c = await lockCase(tx, caseId);
    await assertMayActOnLot(tx, user, c);
    assertCaseOpenFor(c, "create");
    const asset = await findAsset(tx, input.assetId);
    if (!asset || asset.case_id !== caseId) throw new DomainError("VALIDATION", { zh: "本案没有该财产", en: "No such asset in this case" }, { field: "assetId" });
    const assetType = asset.asset_type as AssetType;
    const assetClass = renameFields(() => auctionAssetClass(assetType, "assetId"), {});
    if (!isAuctionable(assetType)) throw new DomainError("VALIDATION", { zh: "该财产不能拍卖", en: "This asset cannot be auctioned" }, { field: "assetId" });
    await assertNoDisposalHold(tx, asset.id, todayDate);
    const measureId = await controllingMeasure(tx, caseId, asset.id, input.measureId);
    const chain = await chainOf(tx, caseId, asset.id, input.previousLotId);

    const startAt = parseInstant(input.startAt, "startAt");
    const endAt = parseInstant(input.endAt, "endAt");
    const startDate = shanghaiDateOf(startAt);
    if (compareIsoDates(input.announcementDate, todayDate) < 0) {
      throw new DomainError("VALIDATION", { zh: "公告日期不能早于今天", en: "The announcement cannot be planned for a past day" }, { field: "announcementDate" });
    }
    if (startAt <= nowMs) throw new DomainError("VALIDATION", { zh: "竞价开始时间须晚于现在", en: "Bidding must start in the future" }, { field: "startAt" });

    // The reference price: given, or the previous lot's.
    let reference: { fen: number; source: "valuation" | "manual"; valuationId: string | null; document: string | null };
    if (input.referencePrice?.valuationId) {
      const v = await checkValuation(tx, input.referencePrice.valuationId, caseId, asset.id, startDate, chain.round === 1 && chain.reason === "first" ? input.announcementDate : undefined);
      reference = { fen: v.reference_price_fen, source: "valuation", valuationId: v.id, document: null };
    } else if (input.referencePrice?.priceFen !== undefined) {
      reference = { fen: input.referencePrice.priceFen, source: "manual", valuationId: null, document: input.referencePrice.sourceDocument ?? null };
    } else if (chain.previous) {
      const p = chain.previous;
      if (p.valuation_id) await checkValuation(tx, p.valuation_id, caseId, asset.id, startDate, undefined);
      reference = { fen: p.reference_price_fen, source: p.reference_source, valuationId: p.valuation_id, document: p.reference_document };
    } else {
      throw new DomainError("VALIDATION", { zh: "第一次拍卖须提供参考价", en: "A first auction needs its reference price" }, { field: "referencePrice" });
    }

    // 网拍规定 arts 10/26 (starting price), 17 (deposit), 12/26 (announcement), 16 (party notice).
    const params = renameFields(
      () =>
        auctionParameters(
          {
            referencePriceFen: reference.fen,
            assetType,
            round: chain.round,
            ...(chain.previousStartingPriceFen !== null ? { previousStartingPriceFen: chain.previousStartingPriceFen } : {}),
            startingPriceFen: input.startingPriceFen,
            announcementDate: input.announcementDate,
            auctionStartDate: startDate,
            ...(chain.failedOn ? { failedOn: chain.failedOn } : {}),
          },
          cal,
          periods,
        ),
      LOT_FIELDS,
    );
    renameFields(() => validateDeposit({ depositFen: input.depositFen, startingPriceFen: input.startingPriceFen }), LOT_FIELDS);
    // 网拍规定 art 20 para 2: bidding lasts at least 24 hours; art 24 para 2: the defaulter is barred.
    renameFields(
      () => openLot({ lotId: id, startingPriceFen: input.startingPriceFen, incrementFen: input.incrementFen, startAt, endAt, barredBidderIds: chain.barred }),
      LOT_FIELDS,
    );
    const schedule = params.schedule!;
    await tx
      .insertInto("auction_lots")
      .values({
        id,
        court_id: c.court_id,
        case_id: caseId,
        asset_id: asset.id,
        measure_id: measureId,
        round: chain.round,
        reason: chain.reason,
        previous_lot_id: chain.previous?.id ?? null,
        title: input.title,
        description: input.description,
        notice_text: input.noticeText,
        documents: JSON.stringify(input.documents ?? []),
        reference_price_fen: reference.fen,
        reference_source: reference.source,
        valuation_id: reference.valuationId,
        reference_document: reference.document,
        starting_price_fen: input.startingPriceFen,
        previous_starting_price_fen: chain.previousStartingPriceFen,
        deposit_fen: input.depositFen,
        increment_fen: input.incrementFen,
        announcement_date: input.announcementDate,
        start_at: new Date(startAt),
        scheduled_end_at: new Date(endAt),
        end_at: new Date(endAt),
        status: "draft",
        barred_user_ids: JSON.stringify(chain.barred),
        created_by: user.id,
      })
      .execute();
    await openLotClock(tx, { id, court_id: c.court_id, case_id: caseId }, {
      kind: "auctionPartyNotice",
      start: todayDate,
      due: schedule.notifyPartiesBy.date,
      basis: schedule.notifyPartiesBy.basis[0]!,
      countedFrom: input.announcementDate,
      period: schedule.notifyPartiesBy.period,
      provisional: schedule.notifyPartiesBy.provisional,
    });
    await record(tx, ctx, actorOf(user), c, {
      type: "auction.lotCreate",
      entityType: "auctionLot",
      entityId: id,
      data: {
        lotId: id,
        assetId: asset.id,
        assetType,
        assetClass,
        measureId,
        round: chain.round,
        reason: chain.reason,
        previousLotId: chain.previous?.id ?? null,
        referencePriceFen: reference.fen,
        referenceSource: reference.source,
        valuationId: reference.valuationId,
        startingPriceFen: input.startingPriceFen,
        minimumStartingPriceFen: params.minimumStartingPrice.amountFen,
        depositFen: input.depositFen,
        depositRange: { minFen: params.deposit.minFen, maxFen: params.deposit.maxFen },
        incrementFen: input.incrementFen,
        announcementDate: input.announcementDate,
        earliestStart: schedule.announcement.date,
        notifyPartiesBy: schedule.notifyPartiesBy.date,
        startAt: iso(startAt),
        endAt: iso(endAt),
        barred: chain.barred,
        basis: [...params.minimumStartingPrice.basis, ...params.deposit.basis, ...schedule.basis],
      },
      ip,
    });
  });
  return id;
}

/** 网拍规定 art 16 para 1: the parties and known priority holders were notified (at least 3 days before the announcement). */
export async function notifyParties(ctx: AppContext, user: AuthUser, lotId: string, input: { notifiedOn: IsoDate }, ip: string | null = null): Promise<void> {
  const todayDate = today(ctx);
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, lot } = await lockLotOfCase(tx, lotId);
    await assertMayActOnLot(tx, user, c);
    if (lot.status !== "draft") throw refused("status", "拍卖已公告，通知应在公告前完成", "The lot is already announced; the parties are notified before the announcement");
    if (compareIsoDates(input.notifiedOn, todayDate) > 0) throw new DomainError("VALIDATION", { zh: "通知日期不能晚于今天", en: "The notice date cannot be in the future" }, { field: "notifiedOn" });
    const latest = latestPartyNoticeDate(lot.announcement_date, ctx.calendar.get(), auctionSettings(ctx).periods);
    if (compareIsoDates(input.notifiedOn, latest.date) > 0) {
      throw refused(
        "notifiedOn",
        `${lot.announcement_date} 公告的，应当在 ${latest.date} 前通知当事人和已知优先购买权人（拍卖公告发布三日前，网拍规定第十六条）；请推后公告日期，或者重新安排拍卖`,
        `for an announcement on ${lot.announcement_date} the parties and known priority holders are notified by ${latest.date} (3 days before, 网拍规定 art 16); plan a later announcement`,
      );
    }
    await tx.updateTable("auction_lots").set((eb) => ({ parties_notified_on: input.notifiedOn, version: eb("version", "+", 1) })).where("id", "=", lot.id).execute();
    await closeLotClocks(tx, lot.id, ["auctionPartyNotice"], "met", input.notifiedOn);
    await record(tx, ctx, actorOf(user), c, {
      type: "auction.partiesNotified",
      entityType: "auctionLot",
      entityId: lot.id,
      data: { lotId: lot.id, notifiedOn: input.notifiedOn, notifyBy: latest.date, basis: latest.basis },
      ip,
    });
  });
}

/**
 * 网拍规定 arts 12, 16, 26: the announcement is published today. The parties must have been notified 3
 * days before it, and the announcement period must run in full before bidding starts; a valuation's
 * price must still be usable. The reference price's first notice is recorded on the valuation
 * (参考价规定 art 27 para 3: the grace period follows from it).
 */
export async function announceLot(ctx: AppContext, user: AuthUser, lotId: string, ip: string | null = null): Promise<void> {
  const todayDate = today(ctx);
  const nowMs = ctx.now().getTime();
  const cal = ctx.calendar.get();
  const periods = auctionSettings(ctx).periods;
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, lot } = await lockLotOfCase(tx, lotId);
    await assertMayActOnLot(tx, user, c);
    assertCaseOpenFor(c, "create");
    if (lot.status !== "draft") throw refused("status", `拍卖状态为 ${lot.status}，不能公告`, `The lot is ${lot.status}; it cannot be announced`);
    await assertNoDisposalHold(tx, lot.asset_id, todayDate);
    // 网拍规定 art 16 para 1: notified 3 days before the announcement — directly, or (who cannot be
    // notified) by a platform posting that counts as notice once it has run 5 days; both gate alike.
    const posting = lot.posting_started_on ? deemedNotifiedOn(lot.posting_started_on, cal, periods) : null;
    if (!lot.parties_notified_on && !posting) {
      throw refused("partiesNotifiedOn", "公告前须通知当事人和已知优先购买权人，无法通知的须在平台公示（网拍规定第十六条）", "The parties and known priority holders are notified before the announcement, or posted on the platform if they cannot be (网拍规定 art 16)");
    }
    const latest = latestPartyNoticeDate(todayDate, cal, periods);
    if (lot.parties_notified_on && compareIsoDates(lot.parties_notified_on, latest.date) > 0) {
      throw refused(
        "partiesNotifiedOn",
        `${lot.parties_notified_on} 通知的，最早于通知三日后公告；今天（${todayDate}）公告，应当在 ${latest.date} 前通知（网拍规定第十六条）`,
        `notified on ${lot.parties_notified_on}: the announcement may follow only after 3 days; announcing today (${todayDate}) needs notice by ${latest.date} (网拍规定 art 16)`,
      );
    }
    if (posting && compareIsoDates(posting.date, latest.date) > 0) {
      throw refused(
        "postingStartedOn",
        `${lot.posting_started_on} 起公示的，公示满五日（${posting.date}）视为已经通知，再过三日才能公告；今天（${todayDate}）公告，须在 ${latest.date} 前视为通知（网拍规定第十六条）`,
        `posted from ${lot.posting_started_on}: deemed notified on ${posting.date} after 5 days, and the announcement follows 3 days later; announcing today (${todayDate}) needs notice by ${latest.date} (网拍规定 art 16)`,
      );
    }
    if (posting) await closeLotClocks(tx, lot.id, lot.parties_notified_on ? ["auctionPostingNotice"] : ["auctionPostingNotice", "auctionPartyNotice"], "met", posting.date);
    const startAt = ms(lot.start_at);
    if (startAt <= nowMs) throw refused("startAt", "竞价开始时间已过，请重新安排拍卖", "The start of bidding has passed; set the lot up again");
    const asset = await tx.selectFrom("assets").select("asset_type").where("id", "=", lot.asset_id).executeTakeFirstOrThrow();
    const earliest = earliestAuctionStart(todayDate, auctionAssetClass(asset.asset_type), lot.round, cal, periods);
    const startDate = shanghaiDateOf(startAt);
    if (compareIsoDates(startDate, earliest.date) < 0) {
      throw refused(
        "startAt",
        `今天（${todayDate}）公告的，竞价最早于 ${earliest.date} 开始（公告期 ${earliest.period.n} 日须届满）；本次定于 ${startDate} 开始，过早`,
        `announced today (${todayDate}), bidding can start on ${earliest.date} at the earliest (the ${earliest.period.n}-day announcement period runs in full); ${startDate} is too early`,
      );
    }
    if (lot.valuation_id) {
      const first = lot.round === 1 && lot.reason === "first";
      const v = await checkValuation(tx, lot.valuation_id, c.id, lot.asset_id, startDate, first ? todayDate : undefined, true);
      // 参考价规定 arts 27 para 3, 30: the first auction notice is recorded on the valuation (its sale clock met).
      if (first && !v.first_notice_date) await recordSaleStartIn(tx, ctx, actorOf(user), c, v, todayDate, ip);
    }
    await tx
      .updateTable("auction_lots")
      .set((eb) => ({ status: "announced", announcement_date: todayDate, announced_at: ctx.now(), version: eb("version", "+", 1) }))
      .where("id", "=", lot.id)
      .execute();
    // A re-auction announced within the 30 days meets the failed lot's re-auction clock (网拍规定 art 26).
    if (lot.previous_lot_id && lot.reason === "afterFailure") await closeLotClocks(tx, lot.previous_lot_id, ["auctionReauction"], "met", todayDate);
    await record(tx, ctx, actorOf(user), c, {
      type: "auction.announce",
      entityType: "auctionLot",
      entityId: lot.id,
      data: { lotId: lot.id, announcementDate: todayDate, earliestStart: earliest.date, startAt: iso(lot.start_at), endAt: iso(lot.end_at), basis: earliest.basis },
      ip,
    });
  });
  await publishLot(ctx, lotId);
}

/**
 * 暂缓、中止、撤回 (网拍规定 art 28; 拍卖变卖规定 art 17): a lot not yet closed is withdrawn with the
 * reason; paid deposits are refunded at once, its open clocks cancelled.
 */
export async function cancelLot(ctx: AppContext, user: AuthUser, lotId: string, input: { reason: string }, ip: string | null = null): Promise<void> {
  const todayDate = today(ctx);
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, lot } = await lockLotOfCase(tx, lotId);
    await assertMayActOnLot(tx, user, c);
    if (lot.status !== "draft" && lot.status !== "announced" && lot.status !== "suspended") throw refused("status", `拍卖已${lot.status === "cancelled" ? "撤回" : "结束"}`, `The lot is already ${lot.status}`);
    const refunds = await tx
      .updateTable("auction_registrations")
      .set({ refund_due_at: ctx.now() })
      .where("lot_id", "=", lot.id)
      .where("deposit_status", "=", "paid")
      .where("refund_due_at", "is", null)
      .executeTakeFirst();
    await tx
      .updateTable("auction_lots")
      .set((eb) => ({ status: "cancelled", cancel_reason: input.reason, closed_at: ctx.now(), version: eb("version", "+", 1) }))
      .where("id", "=", lot.id)
      .execute();
    await tx.updateTable("clocks").set({ status: "cancelled", met_date: null }).where("subject_id", "=", lot.id).where("status", "=", "open").execute();
    await record(tx, ctx, actorOf(user), c, {
      type: "auction.cancel",
      entityType: "auctionLot",
      entityId: lot.id,
      data: { lotId: lot.id, previousStatus: lot.status, bidCount: lot.bid_count, depositsToRefund: Number(refunds.numUpdatedRows) },
      reason: input.reason,
      eventDate: todayDate,
      ip,
    });
  });
  await publishLot(ctx, lotId);
}

/**
 * 网拍规定 art 19: the court confirms a registered bidder as a priority holder and its rank; the
 * confirmed rank is fixed (the stored bids are replayed with it), and the confirmation is given before
 * bidding ends.
 */
export async function confirmPriority(ctx: AppContext, user: AuthUser, registrationId: string, input: { rank: number }, ip: string | null = null): Promise<string> {
  const nowMs = ctx.now().getTime();
  return ctx.database.db.transaction().execute(async (tx) => {
    const reg0 = await tx.selectFrom("auction_registrations").select(["lot_id"]).where("id", "=", registrationId).executeTakeFirst();
    if (!reg0) throw new DomainError("NOT_FOUND", { zh: "没有该竞买登记", en: "No such bidder registration" });
    const { c, lot } = await lockLotOfCase(tx, reg0.lot_id);
    await assertMayActOnLot(tx, user, c);
    const reg = await tx.selectFrom("auction_registrations").selectAll().where("id", "=", registrationId).executeTakeFirstOrThrow();
    if (reg.priority_rank !== null) {
      if (reg.priority_rank === input.rank) return reg.id;
      throw refused("rank", `已确认为第 ${reg.priority_rank} 顺位，不能更改`, `Already confirmed as rank ${reg.priority_rank}; it cannot be changed`);
    }
    if (lot.status !== "announced" && lot.status !== "draft") throw refused("status", "拍卖已结束", "The lot has closed");
    const { state } = await lotState(tx, lot);
    if (nowMs >= state.endAt) throw refused("status", "竞价已结束", "Bidding has ended");
    admitBidder(state, { bidderId: reg.user_id, priorityRank: input.rank });
    await tx.updateTable("auction_registrations").set({ priority_rank: input.rank, priority_confirmed_by: user.id }).where("id", "=", reg.id).execute();
    await tx.updateTable("auction_lots").set((eb) => ({ version: eb("version", "+", 1) })).where("id", "=", lot.id).execute();
    await record(tx, ctx, actorOf(user), c, {
      type: "auction.priorityConfirmed",
      entityType: "auctionRegistration",
      entityId: reg.id,
      data: { lotId: lot.id, registrationId: reg.id, alias: reg.alias, rank: input.rank, basis: [{ law: "网拍规定(2016)", article: "art 19" }] },
      ip,
    });
    return reg.id;
  });
}

