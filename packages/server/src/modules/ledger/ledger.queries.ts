// Read side of the ledger. Staff of the case's court and supervisors above it see every entry, the
// balances, the claim and the payout deadlines. The applicant sees the money received, what was
// distributed and paid to it, and its payout deadline; the respondent sees the receipts, what was
// applied to its debt and any surplus refunded to it. Anyone else gets NOT_FOUND (caseAccess).
import { ledgerEntryOf, listLedgerRows, monetaryDuties, type Executor, type LedgerEntryRow } from "@zhixing/db";
import {
  compareIsoDates,
  openPayoutDeadlines,
  payeeOf,
  replayLedger,
  type AllocationTarget,
  type IsoDate,
  type Ledger,
  type StatutoryCalendar,
} from "@zhixing/domain";
import { today, type AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import { caseAccess, caseNotFound } from "../cases/case-access";
import { caseClaim } from "./ledger-claim";
import type { LedgerView } from "./ledger.schemas";

export type LedgerViewer = LedgerView["view"];

export type LedgerCase = {
  id: string;
  case_number: string | null;
  basis_effective_date: string;
  basis_performance_deadline: string | null;
};

export type LedgerSource = {
  c: LedgerCase;
  rows: LedgerEntryRow[];
  ledger: Ledger;
  duties: { category: string; amount_fen: number }[];
  names: Map<string, string>;
};

export async function loadLedgerSource(db: Executor, c: LedgerCase): Promise<LedgerSource> {
  const rows = await listLedgerRows(db, c.id);
  const ledger = replayLedger(rows.map(ledgerEntryOf));
  const duties = await monetaryDuties(db, c.id);
  const userIds = [...new Set(rows.map((r) => r.created_by).filter((x): x is string => !!x))];
  const users = userIds.length ? await db.selectFrom("users").select(["id", "display_name"]).where("id", "in", userIds).execute() : [];
  return { c, rows, ledger, duties, names: new Map(users.map((u) => [u.id, u.display_name])) };
}

export async function findLedgerCase(db: Executor, idOrNumber: string, by: "id" | "caseNumber") {
  return db
    .selectFrom("cases")
    .select(["id", "court_id", "case_number", "basis_effective_date", "basis_performance_deadline"])
    .where(by === "id" ? "id" : "case_number", "=", idOrNumber)
    .executeTakeFirst();
}

const APPLICANT_TARGETS: readonly AllocationTarget[] = ["costs", "principal", "generalInterest", "doubledInterest"];

/** The ledger as `view` may see it, as of `on`. */
export function ledgerViewOf(src: LedgerSource, view: LedgerViewer, on: IsoDate, calendar: StatutoryCalendar): LedgerView {
  const { c, rows, ledger } = src;
  const t = ledger.totals;
  const staff = view === "staff";
  const visible = (r: LedgerEntryRow): boolean => {
    if (staff) return true;
    switch (r.kind) {
      case "receipt":
        return true;
      case "allocation":
        return view === "respondent" || payeeOf(r.component as AllocationTarget) === "applicant";
      case "payout":
        return r.payee === view;
      default:
        return false;
    }
  };
  const shown = new Set(rows.filter(visible).map((r) => r.id));
  const entries = rows
    .filter((r) => shown.has(r.id) || (r.kind === "reversal" && !!r.reverses && shown.has(r.reverses)))
    .map((r) => ({
      id: r.id,
      seq: r.seq,
      date: r.entry_date,
      kind: r.kind,
      source: r.source,
      target: r.component,
      payee: r.kind === "allocation" ? payeeOf(r.component as AllocationTarget) : (r.payee as "applicant" | "respondent" | null),
      amountFen: r.amount_fen,
      note: staff && r.kind !== "payout" ? r.note : null,
      reference: r.kind === "payout" && (staff || r.payee === view) ? r.note : null,
      reverses: r.reverses,
      reversed: ledger.reversedIds.has(r.id),
      measureId: staff ? r.measure_id : null,
      recordedBy: staff && r.created_by ? (src.names.get(r.created_by) ?? null) : null,
    }));

  const owedToApplicant = t.heldForPayoutByPayee.applicant + t.undistributedFen;
  const deadlines = staff || (view === "applicant" && owedToApplicant > 0) ? openPayoutDeadlines(ledger, calendar) : [];
  const payoutDeadlines = deadlines.map((d) => ({
    receiptId: d.receiptId,
    receivedOn: d.receivedOn,
    amountFen: d.amountFen,
    undisbursedFen: d.undisbursedFen,
    due: d.deadline.due,
    overdue: compareIsoDates(d.deadline.due, on) < 0,
    period: d.deadline.period,
    confidence: d.deadline.confidence,
    provisional: d.deadline.deadline.provisional,
    note: d.deadline.note,
    basis: d.deadline.deadline.basis,
  }));

  const targets = view === "applicant" ? APPLICANT_TARGETS : (Object.keys(t.allocatedByTarget) as AllocationTarget[]);
  const seesApplicant = view !== "respondent";
  const seesRespondent = view !== "applicant";
  return {
    caseId: c.id,
    caseNumber: c.case_number,
    view,
    entries,
    summary: {
      receivedFen: t.receivedFen,
      undistributedFen: t.undistributedFen,
      allocatedByTarget: Object.fromEntries(targets.map((k) => [k, t.allocatedByTarget[k]])),
      paidToApplicantFen: seesApplicant ? t.paidOutByPayee.applicant : null,
      heldForApplicantFen: seesApplicant ? t.heldForPayoutByPayee.applicant : null,
      refundedToRespondentFen: seesRespondent ? t.paidOutByPayee.respondent : null,
      heldForRespondentFen: seesRespondent ? t.heldForPayoutByPayee.respondent : null,
      nextPayoutDue: payoutDeadlines[0]?.due ?? null,
    },
    balances: staff ? t : null,
    claim: staff
      ? caseClaim({ duties: src.duties, effectiveDate: c.basis_effective_date, performanceDeadline: c.basis_performance_deadline }, ledger, on)
      : null,
    payoutDeadlines,
  };
}

/** Which view of the ledger this user gets (or NOT_FOUND). */
export async function ledgerViewerOf(db: Executor, user: AuthUser, c: { id: string; court_id: string }): Promise<LedgerViewer> {
  const access = await caseAccess(db, user, c);
  if (access !== "party") return "staff";
  const roles = await db.selectFrom("case_parties").select("role").where("case_id", "=", c.id).where("user_id", "=", user.id).execute();
  return roles.some((r) => r.role === "applicant") ? "applicant" : "respondent";
}

export async function getLedger(ctx: AppContext, user: AuthUser, caseId: string): Promise<LedgerView> {
  const db = ctx.database.db;
  const c = await findLedgerCase(db, caseId, "id");
  if (!c) throw caseNotFound();
  const view = await ledgerViewerOf(db, user, c);
  return ledgerViewOf(await loadLedgerSource(db, c), view, today(ctx), ctx.calendar.get());
}

export type CaseMoney = { receivedFen: number; paidToApplicantFen: number; heldForApplicantFen: number; nextPayoutDue: string | null };

/**
 * The money line of the case detail, for staff and the applicant's progress view; null for the
 * respondent and while the ledger is empty.
 */
export async function caseMoneyOf(ctx: AppContext, view: LedgerViewer, c: LedgerCase): Promise<CaseMoney | null> {
  if (view === "respondent") return null;
  const src = await loadLedgerSource(ctx.database.db, c);
  if (!src.rows.length) return null;
  const v = ledgerViewOf(src, view, today(ctx), ctx.calendar.get());
  return {
    receivedFen: v.summary.receivedFen,
    paidToApplicantFen: v.summary.paidToApplicantFen ?? 0,
    heldForApplicantFen: v.summary.heldForApplicantFen ?? 0,
    nextPayoutDue: v.summary.nextPayoutDue,
  };
}
