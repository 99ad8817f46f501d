// One money ledger per enforcement case (执行款台账), in integer fen. Entries are only ever appended:
// a mistake is corrected by a `reversal` entry that undoes an earlier entry, never by deleting it.
//
// Where the money sits. Every balance below is ≥ 0 after every accepted entry:
//
//   receipt     outside            → undistributed           (money reaches the court's account)
//   allocation  undistributed      → held[payee of target]   (assigned to a claim component or surplus)
//   payout      held[applicant | respondent] → paidOut[payee] (paid to the applicant, or surplus refunded)
//   fee         held[court]        → fee                     (enforcement fee retained by the court)
//   reward      held[applicant]    → reward                  (悬赏金 paid to an informant out of the
//                                                            applicant's money, 财产调查规定 art 24)
//   reversal    the exact opposite movement of the entry it reverses
//
// Invariants, exact in fen:
//   (1) receivedFen  = undistributedFen + allocatedFen
//   (2) allocatedFen = paidOutFen + heldForPayoutFen + feeFen + rewardFen
//   (3) allocatedFen = Σ allocatedByTarget;  heldForPayoutFen = Σ heldForPayoutByPayee;
//       paidOutFen = Σ paidOutByPayee;      receivedFen = Σ receivedBySource
//   (4) per payee, what was allocated to it = what left for it + what is still held for it:
//         court:      allocated(enforcementFee)          = feeFen + held.court
//         applicant:  allocated(costs … doubledInterest) = paidOut.applicant + rewardFen + held.applicant
//         respondent: allocated(surplus)                 = paidOut.respondent + held.respondent
// An entry that would make any balance negative is refused with PRECONDITION_FAILED naming that
// balance: undistributed cash cannot be over-allocated, and no payee can be paid, charged a fee or
// charged a reward beyond what was allocated to it and not yet paid out.
//
// Auction proceeds: the actual costs of a commissioned auction or sale are deducted from the price
// before anything else (执行工作规定（试行） item 34 para 2); record the receipt net of them.
import { citeSource } from "../citation/sources";
import { DomainError, invalidField, type Localized } from "../errors/domain-error";
import { parseIsoDate, compareIsoDates, type IsoDate } from "../dates/iso-date";
import { fenToYuanString, type Fen } from "../money/fen";
import {
  ALLOCATION_TARGETS,
  CLAIM_COMPONENTS,
  PAYEE_LABELS,
  amountKey,
  payeeOf,
  type AllocationTarget,
  type ClaimAmounts,
  type Payee,
} from "./components";

/**
 * 扣划 frozen funds; the respondent paying in; auction or sale proceeds (the balance of the price, or a
 * transferee's difference); anything else (e.g. a guarantor). Auctions add (issue 4, after the hammer):
 * - auctionDeposit: the buyer's deposit, moved from the platform to the court's account, credited toward
 *   the price (网拍规定 art 23, art 25 para 2); with the balance (auctionProceeds) it sums to the price.
 * - forfeitedDeposit: a defaulting buyer's forfeited deposit applied to this case (the shortfall of the
 *   re-auction and the case's debt, 网拍规定 art 24 para 1 steps 2–3).
 * - transferInLieu: the value of property taken by the applicant in lieu of payment (以物抵债, 拍卖变卖规定
 *   art 16): money's worth, not cash; set off against the applicant's claim and delivered in kind in the
 *   same posting (see set-off.ts), so it never sits in the undistributed cash.
 */
export type ReceiptSource = "deduction" | "respondentPayment" | "auctionProceeds" | "auctionDeposit" | "forfeitedDeposit" | "transferInLieu" | "other";
export const RECEIPT_SOURCES: readonly ReceiptSource[] = ["deduction", "respondentPayment", "auctionProceeds", "auctionDeposit", "forfeitedDeposit", "transferInLieu", "other"];

/** Who a payout goes to. The court's share leaves through `fee` entries, not payouts. */
export type PayoutPayee = Exclude<Payee, "court">;
export const PAYOUT_PAYEES: readonly PayoutPayee[] = ["applicant", "respondent"];

type EntryBase = {
  /** Unique within the ledger; reversals point at it. */
  id: string;
  /** The day the money moved (given by the caller; nothing here reads the clock). */
  on: IsoDate;
  note?: string;
};

export type ReceiptEntry = EntryBase & { kind: "receipt"; source: ReceiptSource; amountFen: Fen };
export type AllocationEntry = EntryBase & { kind: "allocation"; target: AllocationTarget; amountFen: Fen };
export type PayoutEntry = EntryBase & { kind: "payout"; payee: PayoutPayee; amountFen: Fen };
export type FeeEntry = EntryBase & { kind: "fee"; amountFen: Fen };
export type RewardEntry = EntryBase & { kind: "reward"; amountFen: Fen };
/** Undoes the whole of one earlier entry. A reversal cannot itself be reversed: record a new entry instead. */
export type ReversalEntry = EntryBase & { kind: "reversal"; reverses: string };

export type LedgerEntry = ReceiptEntry | AllocationEntry | PayoutEntry | FeeEntry | RewardEntry | ReversalEntry;
export type EntryKind = LedgerEntry["kind"];
export const ENTRY_KINDS: readonly EntryKind[] = ["receipt", "allocation", "payout", "fee", "reward", "reversal"];

export type LedgerBalances = {
  readonly receivedFen: Fen;
  readonly undistributedFen: Fen;
  readonly allocatedFen: Fen;
  readonly paidOutFen: Fen;
  readonly heldForPayoutFen: Fen;
  readonly feeFen: Fen;
  readonly rewardFen: Fen;
  readonly receivedBySource: Readonly<Record<ReceiptSource, Fen>>;
  readonly allocatedByTarget: Readonly<Record<AllocationTarget, Fen>>;
  readonly heldForPayoutByPayee: Readonly<Record<Payee, Fen>>;
  readonly paidOutByPayee: Readonly<Record<PayoutPayee, Fen>>;
};

export type Ledger = {
  readonly entries: readonly LedgerEntry[];
  /** Ids of the entries that a reversal has undone. */
  readonly reversedIds: ReadonlySet<string>;
  readonly totals: LedgerBalances;
};

function zeroes<K extends string>(keys: readonly K[]): Record<K, Fen> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, Fen>;
}

const ZERO_BALANCES: LedgerBalances = {
  receivedFen: 0,
  undistributedFen: 0,
  allocatedFen: 0,
  paidOutFen: 0,
  heldForPayoutFen: 0,
  feeFen: 0,
  rewardFen: 0,
  receivedBySource: zeroes(RECEIPT_SOURCES),
  allocatedByTarget: zeroes(ALLOCATION_TARGETS),
  heldForPayoutByPayee: zeroes<Payee>(["applicant", "court", "respondent"]),
  paidOutByPayee: zeroes(PAYOUT_PAYEES),
};

export function emptyLedger(): Ledger {
  return { entries: [], reversedIds: new Set(), totals: ZERO_BALANCES };
}

export function balances(ledger: Ledger): LedgerBalances {
  return ledger.totals;
}

/** What the ledger has allocated to each claim component (net of reversals): the `paid` input of distribute(). */
export function satisfiedClaim(b: LedgerBalances): ClaimAmounts {
  const out = {} as ClaimAmounts;
  for (const c of CLAIM_COMPONENTS) out[amountKey(c)] = b.allocatedByTarget[c];
  return out;
}

// ---------------------------------------------------------------------------------------------
// Movements: each entry is a list of (balance, signed amount). The first balance an entry lowers is
// listed first, so a refusal names the balance a person would look at.

type TopKey = "receivedFen" | "undistributedFen" | "allocatedFen" | "paidOutFen" | "heldForPayoutFen" | "feeFen" | "rewardFen";
type Path =
  | { top: TopKey }
  | { group: "receivedBySource"; key: ReceiptSource }
  | { group: "allocatedByTarget"; key: AllocationTarget }
  | { group: "heldForPayoutByPayee"; key: Payee }
  | { group: "paidOutByPayee"; key: PayoutPayee };
type Movement = { path: Path; fen: Fen };

const top = (k: TopKey): Path => ({ top: k });
const held = (p: Payee): Path => ({ group: "heldForPayoutByPayee", key: p });

function movements(entry: Exclude<LedgerEntry, ReversalEntry>): Movement[] {
  const a = entry.amountFen;
  switch (entry.kind) {
    case "receipt":
      return [
        { path: top("receivedFen"), fen: a },
        { path: { group: "receivedBySource", key: entry.source }, fen: a },
        { path: top("undistributedFen"), fen: a },
      ];
    case "allocation":
      return [
        { path: top("undistributedFen"), fen: -a },
        { path: held(payeeOf(entry.target)), fen: a },
        { path: top("heldForPayoutFen"), fen: a },
        { path: { group: "allocatedByTarget", key: entry.target }, fen: a },
        { path: top("allocatedFen"), fen: a },
      ];
    case "payout":
      return [
        { path: held(entry.payee), fen: -a },
        { path: top("heldForPayoutFen"), fen: -a },
        { path: { group: "paidOutByPayee", key: entry.payee }, fen: a },
        { path: top("paidOutFen"), fen: a },
      ];
    case "fee":
      return [
        { path: held("court"), fen: -a },
        { path: top("heldForPayoutFen"), fen: -a },
        { path: top("feeFen"), fen: a },
      ];
    case "reward":
      return [
        { path: held("applicant"), fen: -a },
        { path: top("heldForPayoutFen"), fen: -a },
        { path: top("rewardFen"), fen: a },
      ];
  }
}

function fieldName(p: Path): string {
  return "top" in p ? p.top : `${p.group}.${p.key}`;
}

function read(b: LedgerBalances, p: Path): Fen {
  if ("top" in p) return b[p.top];
  return (b[p.group] as Record<string, Fen>)[p.key]!;
}

const BALANCE_LABELS: Partial<Record<string, Localized>> = {
  undistributedFen: { zh: "未分配的执行款", en: "undistributed proceeds" },
  "heldForPayoutByPayee.applicant": { zh: "已分配给申请执行人尚未发放的款项", en: "money allocated to the applicant and not yet paid out" },
  "heldForPayoutByPayee.court": { zh: "已分配为执行申请费尚未收取的款项", en: "money allocated to the enforcement fee and not yet retained" },
  "heldForPayoutByPayee.respondent": { zh: "已分配退还被执行人尚未退还的款项", en: "surplus allocated to the respondent and not yet refunded" },
};

function wouldGoNegative(entry: LedgerEntry, p: Path, has: Fen, needs: Fen): DomainError {
  const field = fieldName(p);
  const label = BALANCE_LABELS[field] ?? { zh: field, en: field };
  const reward =
    entry.kind === "reward"
      ? {
          zh: "（悬赏金从申请执行人应得的执行款中扣减，财产调查规定第24条）",
          en: ` (the reward comes out of the applicant's recovered money, ${citeSource("propertyInvestigation", "art 24").en}, art 24)`,
        }
      : { zh: "", en: "" };
  return new DomainError(
    "PRECONDITION_FAILED",
    {
      zh: `${label.zh}不足：现有 ${fenToYuanString(has)} 元，本笔（${entry.kind} ${entry.id}）需要 ${fenToYuanString(needs)} 元${reward.zh}`,
      en: `${label.en} would become negative: ${fenToYuanString(has)} yuan available, entry ${entry.kind} ${entry.id} needs ${fenToYuanString(needs)}${reward.en}`,
    },
    { field },
  );
}

function move(entry: LedgerEntry, b: LedgerBalances, ms: Movement[]): LedgerBalances {
  const next = {
    ...b,
    receivedBySource: { ...b.receivedBySource },
    allocatedByTarget: { ...b.allocatedByTarget },
    heldForPayoutByPayee: { ...b.heldForPayoutByPayee },
    paidOutByPayee: { ...b.paidOutByPayee },
  };
  for (const { path, fen } of ms) {
    const before = read(next, path);
    const after = before + fen;
    if (after < 0) throw wouldGoNegative(entry, path, before, -fen);
    if (!Number.isSafeInteger(after)) {
      throw invalidField("amountFen", { zh: "台账金额过大，超出可精确表示的范围", en: "the ledger total is too large to represent exactly" });
    }
    if ("top" in path) (next as Record<TopKey, Fen>)[path.top] = after;
    else (next[path.group] as Record<string, Fen>)[path.key] = after;
  }
  return next;
}

// ---------------------------------------------------------------------------------------------
// Shape checks (VALIDATION): a malformed entry is the caller's bug or bad input, not a legal refusal.

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    throw invalidField(field, {
      zh: `${field} 必须是 ${allowed.join("、")} 之一（收到 ${String(value)}）`,
      en: `${field} must be one of ${allowed.join(", ")} (got ${String(value)})`,
    });
  }
  return value as T;
}

function positiveFen(value: unknown): void {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value <= 0) {
    throw invalidField("amountFen", {
      zh: `amountFen 必须是正整数（以分计，收到 ${String(value)}）`,
      en: `amountFen must be a positive integer number of fen (got ${String(value)})`,
    });
  }
}

function validateShape(entry: LedgerEntry): void {
  if (typeof entry.id !== "string" || entry.id.trim() === "") {
    throw invalidField("id", { zh: "台账条目必须有非空的 id", en: "a ledger entry needs a non-empty id" });
  }
  parseIsoDate(entry.on, "on");
  oneOf(entry.kind, ENTRY_KINDS, "kind");
  if (entry.kind === "reversal") {
    if (typeof entry.reverses !== "string" || entry.reverses === "") {
      throw invalidField("reverses", { zh: "冲正条目必须指明被冲正的条目 id", en: "a reversal must name the entry it reverses" });
    }
    return;
  }
  positiveFen(entry.amountFen);
  if (entry.kind === "receipt") oneOf(entry.source, RECEIPT_SOURCES, "source");
  if (entry.kind === "allocation") oneOf(entry.target, ALLOCATION_TARGETS, "target");
  if (entry.kind === "payout") oneOf(entry.payee, PAYOUT_PAYEES, "payee");
}

function reversalTarget(ledger: Ledger, entry: ReversalEntry): Exclude<LedgerEntry, ReversalEntry> {
  const refuse = (zh: string, en: string) => new DomainError("PRECONDITION_FAILED", { zh, en }, { field: "reverses" });
  const original = ledger.entries.find((e) => e.id === entry.reverses);
  if (!original) throw refuse(`台账中没有条目 ${entry.reverses}，无法冲正`, `there is no entry ${entry.reverses} to reverse`);
  if (original.kind === "reversal") {
    throw refuse(`条目 ${original.id} 本身是冲正，不能再冲正；请另记一笔新条目`, `entry ${original.id} is a reversal and cannot be reversed; record a new entry instead`);
  }
  if (ledger.reversedIds.has(original.id)) throw refuse(`条目 ${original.id} 已被冲正`, `entry ${original.id} has already been reversed`);
  if (compareIsoDates(entry.on, original.on) < 0) {
    throw new DomainError(
      "PRECONDITION_FAILED",
      { zh: `冲正日期 ${entry.on} 早于被冲正条目的日期 ${original.on}`, en: `the reversal (${entry.on}) cannot predate the entry it reverses (${original.on})` },
      { field: "on" },
    );
  }
  return original;
}

/**
 * Appends one entry and returns the new ledger; the given ledger is not changed. Refuses, with a
 * DomainError and the ledger unchanged:
 * - VALIDATION for a malformed entry (field: id, on, kind, amountFen, source, target, payee, reverses);
 * - CONFLICT for an id already in the ledger (field: id);
 * - PRECONDITION_FAILED for a reversal of an unknown, already reversed or reversal entry (field: reverses)
 *   or dated before it (field: on), and for any entry that would make a balance negative (field: that
 *   balance, e.g. `undistributedFen` or `heldForPayoutByPayee.applicant`).
 */
export function applyEntry(ledger: Ledger, entry: LedgerEntry): Ledger {
  validateShape(entry);
  if (ledger.entries.some((e) => e.id === entry.id)) {
    throw new DomainError("CONFLICT", { zh: `台账中已有 id 为 ${entry.id} 的条目`, en: `the ledger already has an entry with id ${entry.id}` }, { field: "id" });
  }
  let totals: LedgerBalances;
  let reversedIds = ledger.reversedIds;
  if (entry.kind === "reversal") {
    const original = reversalTarget(ledger, entry);
    totals = move(entry, ledger.totals, movements(original).map((m) => ({ path: m.path, fen: -m.fen })));
    reversedIds = new Set([...ledger.reversedIds, original.id]);
  } else {
    totals = move(entry, ledger.totals, movements(entry));
  }
  return { entries: [...ledger.entries, entry], reversedIds, totals };
}

/** Rebuilds a ledger from its stored entries, refusing exactly as applyEntry does. */
export function replayLedger(entries: readonly LedgerEntry[]): Ledger {
  return entries.reduce(applyEntry, emptyLedger());
}
