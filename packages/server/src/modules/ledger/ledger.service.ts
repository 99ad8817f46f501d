// One money ledger per case (issue 3). Every write: lock the case row (the lock applyCaseEvent takes,
// so writers on one case run one after the other) → replay the stored entries and check the new ones
// with the domain (applyEntry refuses anything that would make a balance negative) → insert the
// entries, the case event and the audit record in one transaction. A refused entry writes nothing.
// Entries are never changed or deleted: a mistake is undone by a reversal.
import { randomUUID } from "node:crypto";
import {
  appendEvent,
  appendLedgerEntries,
  ledgerEntryOf,
  listLedgerRows,
  lockCaseForLedger,
  lockMeasureForDeduction,
  monetaryDuties,
  setMeasureStatus,
  writeAudit,
  type Executor,
  type LedgerEntryRow,
  type LockedLedgerCase,
  type NewLedgerEntry,
} from "@zhixing/db";
import {
  allocationEntries,
  applyEntry,
  compareIsoDates,
  distribute,
  DomainError,
  invalidField,
  isDomainError,
  replayLedger,
  setOffEntries,
  type IsoDate,
  type Ledger,
  type LedgerEntry,
  type PartyComponent,
  type PayoutPayee,
  type ReceiptSource,
} from "@zhixing/domain";
import { today, type AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import { caseAccess, caseNotFound } from "../cases/case-access";
import { caseClaim } from "./ledger-claim";
import { planReservedFen } from "./plan-reserve";

/** Asset types whose frozen money can be deducted (划拨): 银行存款, 网络支付账户资金. */
export const DEDUCTIBLE_ASSET_TYPES = ["bankDeposit", "onlinePaymentFunds"] as const;

type Locked = { tx: Executor; c: LockedLedgerCase; rows: LedgerEntryRow[]; ledger: Ledger; on: IsoDate };

const LEDGER_WRITERS = new Set(["divisionHead", "president"]);

function mayWrite(user: AuthUser, c: LockedLedgerCase): boolean {
  return LEDGER_WRITERS.has(user.role) || (user.role === "officer" && c.handler_id === user.id);
}

/** Runs `fn` in one transaction holding the case lock, after the access checks, with the replayed ledger. */
async function withLockedLedger<T>(ctx: AppContext, user: AuthUser, caseId: string, fn: (l: Locked) => Promise<T>): Promise<T> {
  return ctx.database.db.transaction().execute(async (tx) => inLockedLedger(tx, ctx, user, caseId, fn));
}

/** The same, inside the caller's transaction `tx`: takes the case lock there, checks access, replays the ledger. */
async function inLockedLedger<T>(tx: Executor, ctx: AppContext, user: AuthUser, caseId: string, fn: (l: Locked) => Promise<T>): Promise<T> {
  const c = await lockCaseForLedger(tx, caseId);
  if (!c) throw caseNotFound();
  const access = await caseAccess(tx, user, c);
  if (access !== "act" || !mayWrite(user, c)) {
    throw new DomainError("FORBIDDEN", {
      zh: "只有本案承办人、执行局负责人或院长可以记载执行款",
      en: "Only the case's handler, the division head or the president may record money in the ledger",
    });
  }
  if (c.status === "applied" || c.status === "refused") {
    throw new DomainError("PRECONDITION_FAILED", { zh: "案件尚未立案，不能记载执行款", en: "The case is not registered; its ledger cannot be written" });
  }
  const rows = await listLedgerRows(tx, caseId);
  const ledger = replayLedger(rows.map(ledgerEntryOf));
  return fn({ tx, c, rows, ledger, on: today(ctx) });
}

/** The domain's field names, as the API names them. */
const API_FIELD: Record<string, string> = { on: "date", reverses: "entryId" };

/** Checks the entries in order against the ledger; a refusal names the API field. */
function check(ledger: Ledger, entries: LedgerEntry[]): Ledger {
  try {
    return entries.reduce(applyEntry, ledger);
  } catch (e) {
    if (isDomainError(e) && e.field && API_FIELD[e.field]) {
      throw new DomainError(e.code, e.messages, { field: API_FIELD[e.field]!, ...(e.details ? { details: e.details } : {}) });
    }
    throw e;
  }
}

function notFuture(date: IsoDate, on: IsoDate, field = "date"): void {
  if (compareIsoDates(date, on) > 0) {
    throw invalidField(field, { zh: "日期不能晚于今天", en: "The date cannot be in the future" });
  }
}

/** Who writes: a signed-in user, or (only through the functions that say so) the system. */
type Writer = { id: string | null; displayName: string; role: string };

/**
 * The system as a ledger writer: the auction close job, which runs without a user, posts what a
 * re-auction's sale completes (a forfeited deposit's part for this case, 网拍规定 art 24). Only the
 * functions below that take `LedgerActor` accept it; every human write keeps its access checks.
 */
export const SYSTEM_LEDGER_ACTOR = Object.freeze({ system: true as const, displayName: "系统 system" });
export type LedgerActor = AuthUser | typeof SYSTEM_LEDGER_ACTOR;
const writerOf = (a: LedgerActor): Writer => ("system" in a ? { id: null, displayName: a.displayName, role: "system" } : a);

/** inLockedLedger for a LedgerActor: the system skips the access checks (it acts on no one's behalf), nothing else. */
async function inLockedLedgerAs<T>(tx: Executor, ctx: AppContext, actor: LedgerActor, caseId: string, fn: (l: Locked) => Promise<T>): Promise<T> {
  if (!("system" in actor)) return inLockedLedger(tx, ctx, actor, caseId, fn);
  const c = await lockCaseForLedger(tx, caseId);
  if (!c) throw caseNotFound();
  if (c.status === "applied" || c.status === "refused") {
    throw new DomainError("PRECONDITION_FAILED", { zh: "案件尚未立案，不能记载执行款", en: "The case is not registered; its ledger cannot be written" });
  }
  const rows = await listLedgerRows(tx, caseId);
  return fn({ tx, c, rows, ledger: replayLedger(rows.map(ledgerEntryOf)), on: today(ctx) });
}

function rowOf(l: Locked, user: Writer, e: LedgerEntry, extra: Partial<NewLedgerEntry> = {}): NewLedgerEntry {
  return {
    id: e.id,
    court_id: l.c.court_id,
    case_id: l.c.id,
    kind: e.kind,
    source: e.kind === "receipt" ? e.source : null,
    component: e.kind === "allocation" ? e.target : null,
    payee: e.kind === "payout" ? e.payee : null,
    amount_fen: "amountFen" in e ? e.amountFen : 0,
    entry_date: e.on,
    reverses: e.kind === "reversal" ? e.reverses : null,
    measure_id: null,
    note: e.note ?? null,
    created_by: user.id,
    ...extra,
  };
}

type Persist = {
  rows: NewLedgerEntry[];
  event: { type: string; date: IsoDate; reason?: string | null; data: Record<string, unknown> };
  audit: { action: string; entityType: string; entityId: string; detail: Record<string, unknown> };
};

async function persist(ctx: AppContext, l: Locked, user: Writer, p: Persist, ip: string | null): Promise<number[]> {
  const seqs = await appendLedgerEntries(l.tx, l.c.id, p.rows);
  await appendEvent(l.tx, {
    id: randomUUID(),
    court_id: l.c.court_id,
    case_id: l.c.id,
    type: p.event.type,
    at: ctx.now(),
    event_date: p.event.date,
    actor_id: user.id,
    actor_name: user.displayName,
    actor_role: user.role,
    reason: p.event.reason ?? null,
    data: JSON.stringify({ ...p.event.data, ledgerSeqs: seqs }),
  });
  await writeAudit(l.tx, {
    courtId: l.c.court_id,
    actorId: user.id,
    actorRole: user.role,
    action: p.audit.action,
    entityType: p.audit.entityType,
    entityId: p.audit.entityId,
    caseId: l.c.id,
    detail: { ...p.audit.detail, ledgerSeqs: seqs },
    ip,
  });
  return seqs;
}

export type ReceiptInput = { source: "respondentPayment" | "other"; amountFen: number; date: IsoDate; note?: string | undefined };

/** Money reaching the court's account for this case (the respondent paying in, or from anyone else). */
export async function recordReceipt(ctx: AppContext, user: AuthUser, caseId: string, input: ReceiptInput, ip: string | null = null): Promise<string> {
  return withLockedLedger(ctx, user, caseId, async (l) => {
    notFuture(input.date, l.on);
    const entry: LedgerEntry = { kind: "receipt", id: randomUUID(), on: input.date, source: input.source, amountFen: input.amountFen, ...(input.note ? { note: input.note } : {}) };
    check(l.ledger, [entry]);
    await persist(
      ctx,
      l,
      user,
      {
        rows: [rowOf(l, user, entry)],
        event: { type: "ledgerReceipt", date: input.date, data: { source: input.source, amountFen: input.amountFen } },
        audit: { action: "ledger.receipt", entityType: "ledgerEntry", entityId: entry.id, detail: { source: input.source, amountFen: input.amountFen, date: input.date } },
      },
      ip,
    );
    return entry.id;
  });
}

export type DeductionInput = { measureId: string; amountFen: number; date?: IsoDate | undefined; note?: string | undefined };

/**
 * 扣划: moves frozen money of the respondent into the court's account. Only from an active freeze of a
 * deposit or online-payment asset of this case, never beyond what the freeze holds less what was already
 * deducted under it; the freeze is completed when all of it has been deducted.
 */
export async function deductFrozenFunds(ctx: AppContext, user: AuthUser, caseId: string, input: DeductionInput, ip: string | null = null): Promise<string> {
  return withLockedLedger(ctx, user, caseId, async (l) => {
    const date = input.date ?? l.on;
    notFuture(date, l.on);
    const m = await lockMeasureForDeduction(l.tx, input.measureId);
    if (!m || m.case_id !== caseId) {
      throw invalidField("measureId", { zh: "本案没有该控制措施", en: "No such measure in this case" });
    }
    const refuse = (field: string, zh: string, en: string) => new DomainError("PRECONDITION_FAILED", { zh, en }, { field });
    if (m.kind !== "freeze") throw refuse("measureId", "只能从冻结措施中扣划", "Money can be deducted only under a freeze");
    if (!(DEDUCTIBLE_ASSET_TYPES as readonly string[]).includes(m.asset_type)) {
      throw refuse("measureId", "只能扣划被冻结的银行存款或网络支付账户资金", "Only frozen bank deposits or online payment funds can be deducted");
    }
    if (m.status !== "active") throw refuse("measureId", `该冻结措施已不在有效状态（${m.status}）`, `The freeze is no longer active (${m.status})`);
    // A queued freeze (轮候冻结) has no effect while the first one stands; a measure of another court or
    // case recorded only for the queue (the register's `external` flag, where present) is not ours to deduct under.
    if (m.rank !== "first") throw refuse("measureId", "轮候冻结尚未生效，不能据以扣划", "A queued freeze has no effect yet; nothing can be deducted under it");
    if ((m as { external?: boolean }).external === true) {
      throw refuse("measureId", "该冻结为他案或他院的措施，不能在本案扣划", "That freeze belongs to another case or court; it cannot be deducted here");
    }
    if (m.expires && compareIsoDates(date, m.expires) > 0) {
      throw refuse("measureId", `该冻结已于 ${m.expires} 到期`, `The freeze expired on ${m.expires}`);
    }
    if (compareIsoDates(date, m.start_date) < 0) {
      throw invalidField("date", { zh: `扣划日期不能早于冻结日期 ${m.start_date}`, en: `The deduction cannot predate the freeze (${m.start_date})` });
    }
    const deducted = deductedUnder(l, input.measureId);
    const left = m.amount_fen - deducted;
    if (input.amountFen > left) {
      throw refuse(
        "amountFen",
        `超出冻结余额：冻结 ${m.amount_fen} 分，已扣划 ${deducted} 分，尚可扣划 ${left} 分`,
        `More than the freeze holds: ${m.amount_fen} fen frozen, ${deducted} fen already deducted, ${left} fen left`,
      );
    }
    const entry: LedgerEntry = { kind: "receipt", id: randomUUID(), on: date, source: "deduction", amountFen: input.amountFen, ...(input.note ? { note: input.note } : {}) };
    check(l.ledger, [entry]);
    const completed = input.amountFen === left;
    if (completed) await setMeasureStatus(l.tx, m.id, "completed");
    await persist(
      ctx,
      l,
      user,
      {
        rows: [rowOf(l, user, entry, { measure_id: m.id })],
        event: { type: "ledgerDeduction", date, data: { measureId: m.id, amountFen: input.amountFen, measureCompleted: completed } },
        audit: {
          action: "measure.deduct",
          entityType: "measure",
          entityId: m.id,
          detail: { entryId: entry.id, amountFen: input.amountFen, frozenFen: m.amount_fen, deductedBeforeFen: deducted, completed, date },
        },
      },
      ip,
    );
    return entry.id;
  });
}

/** What has been deducted under a measure and not reversed. */
function deductedUnder(l: Locked, measureId: string): number {
  return l.rows
    .filter((r) => r.kind === "receipt" && r.measure_id === measureId && !l.ledger.reversedIds.has(r.id))
    .reduce((s, r) => s + r.amount_fen, 0);
}

export type DistributionInput = { agreedOrder?: readonly PartyComponent[] | undefined };

/**
 * Allocates all undistributed money over the case's claim as of today, in the legal order (distribute),
 * net of what earlier distributions allocated; money beyond the claim is the respondent's surplus.
 */
export async function distributeReceipts(ctx: AppContext, user: AuthUser, caseId: string, input: DistributionInput = {}, ip: string | null = null): Promise<string[]> {
  return withLockedLedger(ctx, user, caseId, async (l) => {
    // Money that distribution plans reserved is not this case's to allocate (ledger/plan-reserve.ts).
    const reserved = await planReservedFen(l.tx, caseId);
    const available = l.ledger.totals.undistributedFen - reserved;
    if (available <= 0) {
      throw new DomainError(
        "PRECONDITION_FAILED",
        reserved > 0
          ? { zh: `没有待分配的执行款（分配方案保留 ${reserved} 分）`, en: `There is no undistributed money to allocate (${reserved} fen reserved by distribution plans)` }
          : { zh: "没有待分配的执行款", en: "There is no undistributed money to allocate" },
        { field: "undistributedFen" },
      );
    }
    const claim = caseClaim(
      { duties: await monetaryDuties(l.tx, caseId), effectiveDate: l.c.basis_effective_date, performanceDeadline: l.c.basis_performance_deadline },
      l.ledger,
      l.on,
    );
    const result = distribute({
      availableFen: available,
      claim: claim.claim,
      paid: claim.satisfied,
      ...(input.agreedOrder ? { agreedOrder: input.agreedOrder } : {}),
    });
    const entries = allocationEntries(result, { on: l.on, idFor: () => randomUUID() });
    check(l.ledger, entries);
    const lines = entries.map((e) => ({ target: (e as { target: string }).target, amountFen: (e as { amountFen: number }).amountFen }));
    await persist(
      ctx,
      l,
      user,
      {
        rows: entries.map((e) => rowOf(l, user, e)),
        event: { type: "ledgerDistribution", date: l.on, data: { distributedFen: result.distributedFen, surplusFen: result.surplusFen, allocations: lines } },
        audit: {
          action: "ledger.distribute",
          entityType: "ledgerEntry",
          entityId: entries[0]!.id,
          detail: {
            availableFen: available,
            outstandingFen: result.outstandingFen,
            distributedFen: result.distributedFen,
            surplusFen: result.surplusFen,
            orderSource: result.orderSource,
            order: result.order,
            claim: claim.claim,
            allocations: lines,
          },
        },
      },
      ip,
    );
    return entries.map((e) => e.id);
  });
}

export type PayoutInput = { payee: PayoutPayee; amountFen: number; date: IsoDate; reference: string };

/** Pays money held for the applicant to it, or refunds the surplus to the respondent. The reference (e.g. the transfer number) is kept as the entry's note. */
export async function recordPayout(ctx: AppContext, user: AuthUser, caseId: string, input: PayoutInput, ip: string | null = null): Promise<string> {
  return withLockedLedger(ctx, user, caseId, async (l) => {
    notFuture(input.date, l.on);
    const entry: LedgerEntry = { kind: "payout", id: randomUUID(), on: input.date, payee: input.payee, amountFen: input.amountFen, note: input.reference };
    check(l.ledger, [entry]);
    await persist(
      ctx,
      l,
      user,
      {
        rows: [rowOf(l, user, entry)],
        event: { type: "ledgerPayout", date: input.date, data: { payee: input.payee, amountFen: input.amountFen } },
        audit: { action: "ledger.payout", entityType: "ledgerEntry", entityId: entry.id, detail: { payee: input.payee, amountFen: input.amountFen, date: input.date, reference: input.reference } },
      },
      ip,
    );
    return entry.id;
  });
}

export type FeeInput = { amountFen: number; date: IsoDate };

/** The court retains the enforcement fee allocated to it (诉讼费用交纳办法 art 20 para 2). */
export async function retainFee(ctx: AppContext, user: AuthUser, caseId: string, input: FeeInput, ip: string | null = null): Promise<string> {
  return withLockedLedger(ctx, user, caseId, async (l) => {
    notFuture(input.date, l.on);
    const entry: LedgerEntry = { kind: "fee", id: randomUUID(), on: input.date, amountFen: input.amountFen };
    check(l.ledger, [entry]);
    await persist(
      ctx,
      l,
      user,
      {
        rows: [rowOf(l, user, entry)],
        event: { type: "ledgerFee", date: input.date, data: { amountFen: input.amountFen } },
        audit: { action: "ledger.fee", entityType: "ledgerEntry", entityId: entry.id, detail: { amountFen: input.amountFen, date: input.date } },
      },
      ip,
    );
    return entry.id;
  });
}

export type ReversalInput = { entryId: string; reason: string; date?: IsoDate | undefined };

/**
 * Undoes one earlier entry with a reversal entry (nothing is deleted). Reversing a deduction gives the
 * amount back to its freeze: a freeze that the deduction had completed becomes active again.
 */
export async function reverseEntry(ctx: AppContext, user: AuthUser, caseId: string, input: ReversalInput, ip: string | null = null): Promise<string> {
  return withLockedLedger(ctx, user, caseId, async (l) => {
    const date = input.date ?? l.on;
    notFuture(date, l.on);
    const original = l.rows.find((r) => r.id === input.entryId);
    if (!original) throw invalidField("entryId", { zh: "本案台账中没有该条目", en: "No such entry in this case's ledger" });
    const entry: LedgerEntry = { kind: "reversal", id: randomUUID(), on: date, reverses: original.id, note: input.reason };
    check(l.ledger, [entry]);
    let measureReopened = false;
    if (original.measure_id) {
      const m = await lockMeasureForDeduction(l.tx, original.measure_id);
      if (m?.status === "completed") {
        await setMeasureStatus(l.tx, m.id, "active");
        measureReopened = true;
      }
    }
    await persist(
      ctx,
      l,
      user,
      {
        rows: [rowOf(l, user, entry, { amount_fen: original.amount_fen, measure_id: original.measure_id })],
        event: { type: "ledgerReversal", date, reason: input.reason, data: { reverses: original.id, kind: original.kind, amountFen: original.amount_fen } },
        audit: {
          action: "ledger.reverse",
          entityType: "ledgerEntry",
          entityId: entry.id,
          detail: { reverses: original.id, kind: original.kind, amountFen: original.amount_fen, reason: input.reason, measureReopened },
        },
      },
      ip,
    );
    return entry.id;
  });
}

export type RewardPayoutInput = { amountFen: number; date: IsoDate; note: string; noticeId: string; tipId: string; tipSeq: number };

/**
 * 悬赏金: pays the reward for a tip out of the money held for the applicant (财产调查规定 art 24), inside the
 * caller's transaction `tx` (the caller updates the tip in the same transaction). Same lock, access checks
 * and domain check as every other ledger write: more than the applicant's held money is refused (422,
 * naming heldForPayoutByPayee.applicant) and nothing is written. The event and audit name no informant.
 */
export async function recordRewardPayout(tx: Executor, ctx: AppContext, user: AuthUser, caseId: string, input: RewardPayoutInput, ip: string | null = null): Promise<string> {
  return inLockedLedger(tx, ctx, user, caseId, async (l) => {
    notFuture(input.date, l.on);
    const entry: LedgerEntry = { kind: "reward", id: randomUUID(), on: input.date, amountFen: input.amountFen, note: input.note };
    check(l.ledger, [entry]);
    const data = { noticeId: input.noticeId, tipId: input.tipId, tipSeq: input.tipSeq, amountFen: input.amountFen };
    await persist(
      ctx,
      l,
      user,
      {
        rows: [rowOf(l, user, entry)],
        event: { type: "rewardPaid", date: input.date, data },
        audit: { action: "reward.pay", entityType: "rewardTip", entityId: input.tipId, detail: { ...data, entryId: entry.id, date: input.date, note: input.note } },
      },
      ip,
    );
    return entry.id;
  });
}

export type AuctionProceedsInput = { amountFen: number; date: IsoDate; note: string; lotId: string };

/**
 * 拍卖成交款 / 变卖款: the price of an auction lot (or a fixed-price sale) paid in full to the court's account
 * (网拍规定 art 25), as a receipt with source auctionProceeds, inside the caller's transaction `tx` (the
 * auctions service records the payment in the same transaction). Same lock, access checks and domain
 * check as every other ledger write.
 */
export async function recordAuctionProceeds(tx: Executor, ctx: AppContext, user: AuthUser, caseId: string, input: AuctionProceedsInput, ip: string | null = null): Promise<string> {
  return inLockedLedger(tx, ctx, user, caseId, async (l) => {
    notFuture(input.date, l.on);
    const entry: LedgerEntry = { kind: "receipt", id: randomUUID(), on: input.date, source: "auctionProceeds", amountFen: input.amountFen, note: input.note };
    check(l.ledger, [entry]);
    await persist(
      ctx,
      l,
      user,
      {
        rows: [rowOf(l, user, entry)],
        event: { type: "ledgerReceipt", date: input.date, data: { source: "auctionProceeds", amountFen: input.amountFen, lotId: input.lotId } },
        audit: { action: "ledger.receipt", entityType: "ledgerEntry", entityId: entry.id, detail: { source: "auctionProceeds", amountFen: input.amountFen, date: input.date, lotId: input.lotId } },
      },
      ip,
    );
    return entry.id;
  });
}

export type AuctionReceiptsInput = {
  lotId: string;
  receipts: { source: Extract<ReceiptSource, "auctionDeposit" | "auctionProceeds" | "forfeitedDeposit">; amountFen: number; date: IsoDate; note: string }[];
  /** What the receipts are, for the event and the audit record (e.g. "sale", "forfeiture"). */
  purpose: "sale" | "forfeiture" | "transferDifference";
};

/**
 * Money of an auction lot reaching the case (网拍规定 arts 23–25): the deposit credited and the balance
 * of the price (summing to it), a defaulter's forfeited deposit applied to this case (art 24), or a
 * transferee's difference (拍卖变卖规定 art 16 para 2) — several receipts in one posting, inside the
 * caller's transaction. `actor` may be SYSTEM_LEDGER_ACTOR (the close job); a user is checked as for
 * every other write.
 */
export async function recordAuctionReceipts(tx: Executor, ctx: AppContext, actor: LedgerActor, caseId: string, input: AuctionReceiptsInput, ip: string | null = null): Promise<string[]> {
  return inLockedLedgerAs(tx, ctx, actor, caseId, async (l) => {
    const entries: LedgerEntry[] = input.receipts.map((r) => {
      notFuture(r.date, l.on);
      return { kind: "receipt", id: randomUUID(), on: r.date, source: r.source, amountFen: r.amountFen, note: r.note };
    });
    if (!entries.length) return [];
    check(l.ledger, entries);
    const w = writerOf(actor);
    const lines = input.receipts.map((r) => ({ source: r.source, amountFen: r.amountFen, date: r.date }));
    await persist(
      ctx,
      l,
      w,
      {
        rows: entries.map((e) => rowOf(l, w, e)),
        event: { type: "ledgerReceipt", date: entries[0]!.on, data: { purpose: input.purpose, lotId: input.lotId, receipts: lines, amountFen: lines.reduce((s, r) => s + r.amountFen, 0) } },
        audit: { action: "ledger.receipt", entityType: "ledgerEntry", entityId: entries[0]!.id, detail: { purpose: input.purpose, lotId: input.lotId, receipts: lines, entryIds: entries.map((e) => e.id) } },
      },
      ip,
    );
    return entries.map((e) => e.id);
  });
}

export type SetOffInput = { setOffFen: number; date: IsoDate; note: string; lotId: string; disposalId: string };

/**
 * 以物抵债 (拍卖变卖规定 arts 16, 26): the applicant's claim reduced by the set-off, posted when the ruling is
 * served — a receipt of the property's value (source transferInLieu), its allocation over the parties'
 * components in the legal order, and its delivery to the applicant in kind (domain setOffEntries), inside
 * the caller's transaction. A set-off above what the applicant is still owed is refused (422, setOffFen).
 */
export async function recordSetOff(tx: Executor, ctx: AppContext, user: AuthUser, caseId: string, input: SetOffInput, ip: string | null = null): Promise<{ entryIds: string[]; claimBeforeFen: number; claimAfterFen: number }> {
  return inLockedLedger(tx, ctx, user, caseId, async (l) => {
    notFuture(input.date, l.on);
    const before = caseClaim({ duties: await monetaryDuties(l.tx, caseId), effectiveDate: l.c.basis_effective_date, performanceDeadline: l.c.basis_performance_deadline }, l.ledger, input.date);
    const posting = setOffEntries({ setOffFen: input.setOffFen, claim: before.claim, paid: before.satisfied, on: input.date, idFor: () => randomUUID(), note: input.note });
    const after = check(l.ledger, posting.entries);
    const afterClaim = caseClaim({ duties: await monetaryDuties(l.tx, caseId), effectiveDate: l.c.basis_effective_date, performanceDeadline: l.c.basis_performance_deadline }, after, input.date);
    await persist(
      ctx,
      l,
      user,
      {
        rows: posting.entries.map((e) => rowOf(l, user, e)),
        event: { type: "ledgerSetOff", date: input.date, data: { lotId: input.lotId, disposalId: input.disposalId, setOffFen: input.setOffFen, outstandingBeforeFen: before.outstandingFen, outstandingAfterFen: afterClaim.outstandingFen } },
        audit: {
          action: "ledger.setOff",
          entityType: "auctionDisposal",
          entityId: input.disposalId,
          detail: { lotId: input.lotId, setOffFen: input.setOffFen, entryIds: posting.entries.map((e) => e.id), outstandingBeforeFen: before.outstandingFen, outstandingAfterFen: afterClaim.outstandingFen, basis: posting.basis },
        },
      },
      ip,
    );
    return { entryIds: posting.entries.map((e) => e.id), claimBeforeFen: before.outstandingFen, claimAfterFen: afterClaim.outstandingFen };
  });
}

/** The case's claim outstanding on the parties' components as of `on` (what 以物抵债 can set off against), for a reader with access. */
export async function applicantOutstandingIn(tx: Executor, caseId: string, on: IsoDate): Promise<number> {
  const c = await tx.selectFrom("cases").select(["basis_effective_date", "basis_performance_deadline"]).where("id", "=", caseId).executeTakeFirstOrThrow();
  const ledger = replayLedger((await listLedgerRows(tx, caseId)).map(ledgerEntryOf));
  const cl = caseClaim({ duties: await monetaryDuties(tx, caseId), effectiveDate: c.basis_effective_date, performanceDeadline: c.basis_performance_deadline }, ledger, on);
  return cl.outstandingFen - (cl.claim.enforcementFeeFen - cl.satisfied.enforcementFeeFen);
}

export type PlanShareInput = { amountFen: number; planId: string };

/**
 * 分配方案 (民诉法解释 arts 508–510): allocates `amountFen` of the undistributed money (the applicant's
 * share under a distribution plan, not all of it) over the case's claim in the legal order, inside the
 * caller's transaction — distributeReceipts with a given amount. More than the undistributed money is
 * refused (422, undistributedFen) and nothing is written.
 */
export async function distributePlanShare(tx: Executor, ctx: AppContext, user: AuthUser, caseId: string, input: PlanShareInput, ip: string | null = null): Promise<string[]> {
  return inLockedLedger(tx, ctx, user, caseId, async (l) => {
    if (!Number.isInteger(input.amountFen) || input.amountFen <= 0 || input.amountFen > l.ledger.totals.undistributedFen) {
      throw new DomainError("PRECONDITION_FAILED", { zh: `待分配的执行款不足（${l.ledger.totals.undistributedFen} 分）`, en: `Not enough undistributed money (${l.ledger.totals.undistributedFen} fen)` }, { field: "undistributedFen" });
    }
    const claim = caseClaim({ duties: await monetaryDuties(l.tx, caseId), effectiveDate: l.c.basis_effective_date, performanceDeadline: l.c.basis_performance_deadline }, l.ledger, l.on);
    const result = distribute({ availableFen: input.amountFen, claim: claim.claim, paid: claim.satisfied });
    const entries = allocationEntries(result, { on: l.on, idFor: () => randomUUID() });
    check(l.ledger, entries);
    const lines = entries.map((e) => ({ target: (e as { target: string }).target, amountFen: (e as { amountFen: number }).amountFen }));
    await persist(
      ctx,
      l,
      user,
      {
        rows: entries.map((e) => rowOf(l, user, e)),
        event: { type: "ledgerDistribution", date: l.on, data: { planId: input.planId, distributedFen: result.distributedFen, surplusFen: result.surplusFen, allocations: lines } },
        audit: { action: "ledger.distribute", entityType: "distributionPlan", entityId: input.planId, detail: { planId: input.planId, amountFen: input.amountFen, distributedFen: result.distributedFen, surplusFen: result.surplusFen, allocations: lines } },
      },
      ip,
    );
    return entries.map((e) => e.id);
  });
}
