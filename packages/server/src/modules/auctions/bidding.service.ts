// Bidders and bids.
//
// Who may bid: any signed-in user who is not court staff (网拍规定 art 34 bars the court and its staff)
// — the party-style accounts: an applicant or a respondent of any case (拍卖变卖规定 art 12 para 2: both
// may bid), or anyone who registered online (POST /auth/register gives the same kind of account, with
// a checked identity number: deposits are paid in the bidder's own name, 网拍规定 art 17 para 2). A user
// registers for a lot (POST /lots/:id/registrations), receives an alias (竞买代码, art 18) shown
// publicly instead of the name, and pays the deposit through the payment adapter; the applicant of
// the case pays only what its claim does not cover (art 17 para 2, bidderDepositDue).
//
// The bidding engine: a bid is one transaction on the lot row — `select … for update`, then the
// server's clock (ctx.now(), never earlier than the last accepted bid, so a clock that steps back
// cannot reorder bids), then the stored accepted bids replayed through the domain's reducer and the
// new bid folded in with placeBid, then the bid stored (accepted: with the next seq, unique per lot;
// refused: with its reason) and the lot's running state updated — all before the commit. Bids on one
// lot therefore run one after the other: none is lost, none is out of order, there is one leader and
// so one winner. A bid id sent again returns its first answer (idempotent submission); the same id
// with a different amount or bidder is a conflict. Watchers hear of an accepted bid after the commit.
import { randomInt, randomUUID } from "node:crypto";
import { listLedgerRows, ledgerEntryOf, monetaryDuties, writeAudit, type Executor } from "@zhixing/db";
import {
  admitBidder,
  bidderDepositDue,
  DomainError,
  isStaffRole,
  placeBid,
  replayLedger,
  type BidOutcome,
  type Citation,
} from "@zhixing/domain";
import { today, type AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import { paymentProvider } from "../../adapters/payment";
import { caseClaim } from "../ledger/ledger-claim";
import type { BidInput, BidResultDto, RegistrationDto } from "./auctions.schemas";
import { liveOf, publishLot, registrationDtoOf } from "./auctions.queries";
import { iso, lockLot, lotNotFound, lotState, ms, refused, type LotRow } from "./auctions.shared";

const ALIAS_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

function newAlias(taken: ReadonlySet<string>): string {
  for (;;) {
    let code = "";
    for (let i = 0; i < 6; i++) code += ALIAS_ALPHABET[randomInt(ALIAS_ALPHABET.length)];
    const alias = `竞买号${code}`;
    if (!taken.has(alias)) return alias;
  }
}

/** 网拍规定 art 34: the court and its staff may not bid; an agency's liaison is not a bidder account either. */
function assertMayBid(user: AuthUser): void {
  if (isStaffRole(user.role) || user.role === "agencyLiaison") {
    throw new DomainError("FORBIDDEN", {
      zh: "法院工作人员不得竞买（网拍规定第三十四条）；请以竞买人账户登录",
      en: "Court staff may not bid (网拍规定 art 34); sign in with a bidder account",
    });
  }
}

/** The lot as a bidder may see it: announced (drafts are not public). */
function assertPublic(lot: LotRow): void {
  if (lot.status === "draft") throw lotNotFound();
}

/** What the applicant is still owed in this case (its claim against which the deposit is measured, art 17 para 2). */
async function outstandingClaimFen(tx: Executor, caseId: string, on: string): Promise<number> {
  const c = await tx.selectFrom("cases").select(["basis_effective_date", "basis_performance_deadline"]).where("id", "=", caseId).executeTakeFirstOrThrow();
  const ledger = replayLedger((await listLedgerRows(tx, caseId)).map(ledgerEntryOf));
  return caseClaim({ duties: await monetaryDuties(tx, caseId), effectiveDate: c.basis_effective_date, performanceDeadline: c.basis_performance_deadline }, ledger, on).outstandingFen;
}

/**
 * 网拍规定 arts 17–18: registers the user for the lot and takes the deposit through the payment adapter.
 * Sending it again returns the registration (and retries a deposit that failed).
 */
export async function registerBidder(ctx: AppContext, user: AuthUser, lotId: string, ip: string | null = null): Promise<{ registration: RegistrationDto; created: boolean }> {
  assertMayBid(user);
  const db = ctx.database.db;
  const { reg, created, lot } = await db.transaction().execute(async (tx) => {
    const lot = await lockLot(tx, lotId);
    assertPublic(lot);
    const existing = await tx.selectFrom("auction_registrations").selectAll().where("lot_id", "=", lot.id).where("user_id", "=", user.id).executeTakeFirst();
    if (existing) return { reg: existing, created: false, lot };
    if (lot.status !== "announced") throw refused("status", "拍卖已结束或者已撤回，不能报名", "The lot has closed or was withdrawn; registration is over");
    const { state } = await lotState(tx, lot);
    if (ctx.now().getTime() >= state.endAt) throw refused("status", "竞价已结束，不能报名（网拍规定第十八条）", "Bidding has ended; registration is over (网拍规定 art 18)");
    // Decided by the domain: a barred bidder (the defaulting buyer, art 24 para 2) is refused.
    try {
      admitBidder(state, { bidderId: user.id });
    } catch (e) {
      if (e instanceof DomainError) throw new DomainError(e.code, e.messages, { field: "user" });
      throw e;
    }
    const applicant = await tx
      .selectFrom("case_parties")
      .select("id")
      .where("case_id", "=", lot.case_id)
      .where("user_id", "=", user.id)
      .where("role", "=", "applicant")
      .executeTakeFirst();
    const due = bidderDepositDue({
      depositFen: lot.deposit_fen,
      isApplicant: !!applicant,
      ...(applicant ? { applicantClaimFen: await outstandingClaimFen(tx, lot.case_id, today(ctx)) } : {}),
    });
    const taken = new Set((await tx.selectFrom("auction_registrations").select("alias").where("lot_id", "=", lot.id).execute()).map((r) => r.alias));
    const id = randomUUID();
    const reg = await tx
      .insertInto("auction_registrations")
      .values({
        id,
        court_id: lot.court_id,
        lot_id: lot.id,
        user_id: user.id,
        alias: newAlias(taken),
        is_applicant: !!applicant,
        deposit_due_fen: due.dueFen,
        deposit_status: due.dueFen === 0 ? "exempt" : "pending",
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await tx.updateTable("auction_lots").set((eb) => ({ version: eb("version", "+", 1) })).where("id", "=", lot.id).execute();
    // Audited without a case event: bidders stay confidential until bidding ends (art 18 para 2).
    await writeAudit(tx, {
      courtId: lot.court_id,
      actorId: user.id,
      actorRole: user.role,
      action: "auction.register",
      entityType: "auctionRegistration",
      entityId: id,
      caseId: lot.case_id,
      detail: { lotId: lot.id, registrationId: id, alias: reg.alias, depositDueFen: due.dueFen, exempt: due.exempt, isApplicant: !!applicant, basis: due.basis },
      ip,
    });
    return { reg, created: true, lot };
  });
  if (reg.deposit_status !== "pending") return { registration: registrationDtoOf(reg), created };

  // The deposit, in the bidder's name, keyed by the registration (a retry takes nothing twice).
  const payer = await db.selectFrom("users").select(["display_name", "id_type", "id_number"]).where("id", "=", user.id).executeTakeFirstOrThrow();
  const paid = await paymentProvider(ctx).collectDeposit({
    idempotencyKey: reg.id,
    lotId: lot.id,
    registrationId: reg.id,
    payer: { userId: user.id, name: payer.display_name, idType: payer.id_type, idNumber: payer.id_number },
    amountFen: reg.deposit_due_fen,
  });
  if (paid.status === "failed") return { registration: registrationDtoOf(reg, paid.error), created };
  const after = await db.transaction().execute(async (tx) => {
    const l = await lockLot(tx, lotId);
    // Paid after bidding closed: the deposit is refunded at once.
    const late = l.status !== "announced" || ctx.now().getTime() >= ms(l.end_at);
    const r = await tx
      .updateTable("auction_registrations")
      .set({ deposit_status: "paid", payment_reference: paid.reference, paid_at: ctx.now(), ...(late ? { refund_due_at: ctx.now() } : {}) })
      .where("id", "=", reg.id)
      .where("deposit_status", "=", "pending")
      .returningAll()
      .executeTakeFirst();
    if (!r) return tx.selectFrom("auction_registrations").selectAll().where("id", "=", reg.id).executeTakeFirstOrThrow();
    await tx.updateTable("auction_lots").set((eb) => ({ version: eb("version", "+", 1) })).where("id", "=", l.id).execute();
    await writeAudit(tx, {
      courtId: l.court_id,
      actorId: user.id,
      actorRole: user.role,
      action: "auction.depositPaid",
      entityType: "auctionRegistration",
      entityId: r.id,
      caseId: l.case_id,
      detail: { lotId: l.id, registrationId: r.id, amountFen: r.deposit_due_fen, paymentReference: paid.reference, late },
      ip,
    });
    return r;
  });
  return { registration: registrationDtoOf(after), created };
}

type StoredBid = { id: string; lot_id: string; user_id: string; amount_fen: number; priority_rank: number | null; at: Date; seq: number | null; status: "accepted" | "refused" | "voided"; reason: string | null; end_at: Date | null; extended: boolean; matched: boolean };

function resultOf(b: StoredBid, lot: LotRow, nowMs: number, duplicate: boolean, outcome?: BidOutcome): BidResultDto {
  const message = outcome?.kind === "refused" ? outcome.message : null;
  return {
    bidId: b.id,
    kind: b.status === "accepted" ? "accepted" : "refused",
    reason: b.reason,
    message: message ?? (b.status === "refused" ? refusalMessage(b.reason) : null),
    seq: b.seq,
    amountFen: b.amount_fen,
    at: iso(b.at),
    extended: b.extended,
    duplicate,
    live: liveOf(lot, nowMs),
    basis: outcome ? [...outcome.basis] : ([] as Citation[]),
  };
}

function refusalMessage(reason: string | null): { zh: string; en: string } {
  return { zh: `出价未被接受（${reason ?? ""}）`, en: `The bid was not accepted (${reason ?? ""})` };
}

/**
 * One bid on a lot (网拍规定 arts 17–21, 24 para 2), decided by the domain under the lot's lock with the
 * server's clock. Accepted or refused, the answer says why and carries the lot's live state.
 */
export async function submitBid(ctx: AppContext, user: AuthUser, lotId: string, input: BidInput, ip: string | null = null): Promise<{ result: BidResultDto; created: boolean }> {
  assertMayBid(user);
  const out = await ctx.database.db.transaction().execute(async (tx) => {
    const lot = await lockLot(tx, lotId);
    assertPublic(lot);
    // The time the bid entered the platform (art 20 para 3): taken after the lock, never before the last accepted bid.
    const at = Math.max(ctx.now().getTime(), lot.last_bid_at ? ms(lot.last_bid_at) : 0);
    const earlier = (await tx.selectFrom("auction_bids").selectAll().where("id", "=", input.bidId).executeTakeFirst()) as StoredBid | undefined;
    if (earlier) {
      const same = earlier.lot_id === lot.id && earlier.user_id === user.id && earlier.amount_fen === input.amountFen && earlier.priority_rank === (input.priorityRank ?? null);
      if (!same) {
        throw new DomainError(
          "CONFLICT",
          { zh: `出价编号 ${input.bidId} 已用于另一出价（拍卖标的、竞买人、金额或优先顺位不同）`, en: `the bid id ${input.bidId} was already used for a different bid (lot, bidder, amount or priority differ)` },
          { field: "bidId" },
        );
      }
      return { result: resultOf(earlier, lot, at, true), created: false, lot };
    }
    const reg = await tx.selectFrom("auction_registrations").select(["id", "alias"]).where("lot_id", "=", lot.id).where("user_id", "=", user.id).executeTakeFirst();
    if (!reg) {
      throw refused("lotId", "请先报名并交纳保证金（网拍规定第十七、十八条）", "Register and pay the deposit first (网拍规定 arts 17–18)");
    }
    if (lot.status === "cancelled") throw refused("status", "该拍卖已撤回", "The lot was withdrawn");
    // 网拍规定 art 28: while postponed or stayed, no bid is taken (the SSE stream shows the suspension).
    if (lot.status === "suspended") throw refused("status", "拍卖已暂缓或中止（网拍规定第二十八条），暂不接受出价", "The auction is suspended (网拍规定 art 28); no bids are taken");
    const { state } = await lotState(tx, lot);
    const r = placeBid(state, {
      bidId: input.bidId,
      bidderId: user.id,
      amountFen: input.amountFen,
      at,
      ...(input.priorityRank !== undefined ? { priority: { rank: input.priorityRank } } : {}),
    });
    const o = r.outcome;
    const stored = await tx
      .insertInto("auction_bids")
      .values({
        id: input.bidId,
        court_id: lot.court_id,
        lot_id: lot.id,
        registration_id: reg.id,
        user_id: user.id,
        amount_fen: input.amountFen,
        priority_rank: input.priorityRank ?? null,
        at: new Date(at),
        seq: o.kind === "accepted" ? o.seq : null,
        status: o.kind,
        reason: o.kind === "refused" ? o.reason : null,
        end_at: o.kind === "accepted" ? new Date(o.endAt) : null,
        extended: o.kind === "accepted" && o.extended,
        matched: o.kind === "accepted" && o.matched,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    if (o.kind === "refused") return { result: resultOf(stored as StoredBid, lot, at, false, o), created: false, lot };
    const updated = await tx
      .updateTable("auction_lots")
      .set((eb) => ({
        price_fen: o.priceFen,
        leader_user_id: user.id,
        leader_alias: reg.alias,
        end_at: new Date(o.endAt),
        bid_count: o.seq,
        last_seq: o.seq,
        last_bid_at: new Date(at),
        version: eb("version", "+", 1),
      }))
      .where("id", "=", lot.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(tx, {
      courtId: lot.court_id,
      actorId: user.id,
      actorRole: user.role,
      action: "auction.bid",
      entityType: "auctionBid",
      entityId: input.bidId,
      caseId: lot.case_id,
      detail: { lotId: lot.id, seq: o.seq, alias: reg.alias, amountFen: o.amountFen, at: iso(at), endAt: iso(o.endAt), extended: o.extended, matched: o.matched, priorityRank: o.priorityRank },
      ip,
    });
    return { result: resultOf(stored as StoredBid, updated, at, false, o), created: true, lot: updated };
  });
  if (out.created) await publishLot(ctx, lotId);
  return { result: out.result, created: out.created };
}

