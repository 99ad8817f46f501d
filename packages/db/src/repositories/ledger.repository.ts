// One money ledger per case: append-only rows, numbered per case. Writers lock the case row first
// (the same lock the case lifecycle takes), so the next seq is taken, and the ledger is replayed and
// checked, with no other writer on the case in between.
import type { Insertable, Selectable } from "kysely";
import type { LedgerEntry } from "@zhixing/domain";
import type { Executor } from "../database";
import type { LedgerEntriesTable, MeasuresTable } from "../schema";

export type LedgerEntryRow = Selectable<LedgerEntriesTable>;
export type NewLedgerEntry = Omit<Insertable<LedgerEntriesTable>, "seq" | "created_at">;
export type MeasureRow = Selectable<MeasuresTable>;

export type LockedLedgerCase = {
  id: string;
  court_id: string;
  status: string;
  handler_id: string | null;
  case_number: string | null;
  application_date: string;
  basis_effective_date: string;
  basis_performance_deadline: string | null;
};

/** Locks the case row until the end of the transaction (`select … for update`); undefined if there is no such case. */
export async function lockCaseForLedger(tx: Executor, caseId: string): Promise<LockedLedgerCase | undefined> {
  return tx
    .selectFrom("cases")
    .select(["id", "court_id", "status", "handler_id", "case_number", "application_date", "basis_effective_date", "basis_performance_deadline"])
    .where("id", "=", caseId)
    .forUpdate()
    .executeTakeFirst();
}

export async function listLedgerRows(db: Executor, caseId: string): Promise<LedgerEntryRow[]> {
  return db.selectFrom("ledger_entries").selectAll().where("case_id", "=", caseId).orderBy("seq").execute();
}

/**
 * Appends entries with the next seqs of the case. Call it only while holding the case lock
 * (lockCaseForLedger): the seq is max + 1 under that lock, so seqs have no gaps and no duplicates
 * (unique (case_id, seq) would refuse a duplicate anyway).
 */
export async function appendLedgerEntries(tx: Executor, caseId: string, entries: NewLedgerEntry[]): Promise<number[]> {
  if (!entries.length) return [];
  const last = await tx
    .selectFrom("ledger_entries")
    .select((eb) => eb.fn.coalesce(eb.fn.max("seq"), eb.lit(0)).as("seq"))
    .where("case_id", "=", caseId)
    .executeTakeFirstOrThrow();
  const first = Number(last.seq) + 1;
  const seqs = entries.map((_, i) => first + i);
  await tx
    .insertInto("ledger_entries")
    .values(entries.map((e, i) => ({ ...e, case_id: caseId, seq: seqs[i]! })))
    .execute();
  return seqs;
}

/** The case's money duties (principal, interest, costs) as the instrument fixes them. */
export async function monetaryDuties(db: Executor, caseId: string): Promise<{ category: string; amount_fen: number }[]> {
  const rows = await db
    .selectFrom("duties")
    .select(["category", "amount_fen"])
    .where("case_id", "=", caseId)
    .where("kind", "=", "monetary")
    .orderBy("position")
    .execute();
  return rows.map((r) => ({ category: r.category, amount_fen: r.amount_fen ?? 0 }));
}

/** A stored row as the domain's ledger entry. */
export function ledgerEntryOf(r: LedgerEntryRow): LedgerEntry {
  const base = { id: r.id, on: r.entry_date, ...(r.note ? { note: r.note } : {}) };
  switch (r.kind) {
    case "receipt":
      return { ...base, kind: "receipt", source: r.source as never, amountFen: r.amount_fen };
    case "allocation":
      return { ...base, kind: "allocation", target: r.component as never, amountFen: r.amount_fen };
    case "payout":
      return { ...base, kind: "payout", payee: r.payee as never, amountFen: r.amount_fen };
    case "fee":
      return { ...base, kind: "fee", amountFen: r.amount_fen };
    case "reward":
      return { ...base, kind: "reward", amountFen: r.amount_fen };
    case "reversal":
      return { ...base, kind: "reversal", reverses: r.reverses ?? "" };
    default:
      throw new Error(`ledger_entries ${r.id}: unknown kind ${r.kind}`);
  }
}

/** A measure row and its asset's type, locked for update (take the case lock first). */
export async function lockMeasureForDeduction(
  tx: Executor,
  measureId: string,
): Promise<(MeasureRow & { asset_type: string }) | undefined> {
  const m = await tx.selectFrom("measures").selectAll().where("id", "=", measureId).forUpdate().executeTakeFirst();
  if (!m) return undefined;
  const a = await tx.selectFrom("assets").select("asset_type").where("id", "=", m.asset_id).executeTakeFirstOrThrow();
  return { ...m, asset_type: a.asset_type };
}

/** Marks a measure completed (fully deducted) or active again (a deduction reversed), bumping its version. */
export async function setMeasureStatus(tx: Executor, measureId: string, status: "active" | "completed"): Promise<void> {
  await tx
    .updateTable("measures")
    .set((eb) => ({ status, version: eb("version", "+", 1) }))
    .where("id", "=", measureId)
    .execute();
}
