// The clock for paying recovered money out (执行款发放期限).
//
// UNCONFIRMED: rules.md has no article for this period and no stored statute text sets one. The
// default of 30 days from the day the money reaches the court is believed to come from the SPC's
// internal rules on enforcement money, 《最高人民法院关于执行款物管理工作的规定》 (法发〔2017〕6号, which
// replaced the 2006 trial version 法发〔2006〕11号); that text was not seen. Check the period, its start
// (arrival in the account vs. the court's confirmation of arrival) and whether it counts calendar or
// working days against that text before relying on it. Until then the period is configurable.
//
// Counting follows the statutory calendar (computeDeadline): the day of receipt is not counted and a
// last day on a rest day moves to the next working day (民诉法(2023) art 85 paras 2–3), which is itself
// an assumption for an internal administrative period.
import { computeDeadline, type DeadlineResult, type Period } from "../calendar/compute-deadline";
import type { StatutoryCalendar } from "../calendar/types";
import type { Confidence } from "../config/statutory-periods";
import type { IsoDate } from "../dates/iso-date";
import { compareIsoDates } from "../dates/iso-date";
import type { Localized } from "../errors/domain-error";
import type { Fen } from "../money/fen";
import type { Ledger, ReceiptEntry } from "./entries";

/** UNCONFIRMED default: 30 days from receipt. Pass another Period to override it. */
export const DEFAULT_PAYOUT_PERIOD: Readonly<Period> = { unit: "days", n: 30 };

export const PAYOUT_PERIOD_NOTE: Localized = {
  zh: "执行款发放期限未经核实（rules.md 未找到条文）：默认自到账之日起 30 日，应以《最高人民法院关于执行款物管理工作的规定》核对",
  en: "The payout period is UNCONFIRMED (no article found in rules.md): 30 days from receipt by default; check the SPC rules on managing enforcement money",
};

export type PayoutDeadline = {
  receivedOn: IsoDate;
  period: Period;
  /** The last day to pay out. */
  due: IsoDate;
  confidence: Confidence;
  note: Localized;
  /** The period count itself, with its basis (民诉法 art 85 …) and calendar provenance. */
  deadline: DeadlineResult;
};

export function computePayoutDeadline(receivedOn: IsoDate, cal: StatutoryCalendar, period: Period = DEFAULT_PAYOUT_PERIOD): PayoutDeadline {
  const deadline = computeDeadline(receivedOn, period, cal);
  return { receivedOn, period: { ...period }, due: deadline.due, confidence: "UNCONFIRMED", note: PAYOUT_PERIOD_NOTE, deadline };
}

export type OpenReceipt = {
  receiptId: string;
  receivedOn: IsoDate;
  amountFen: Fen;
  /** The part of this receipt not yet paid out, retained as the fee or paid as a reward. */
  undisbursedFen: Fen;
  deadline: PayoutDeadline;
};

/**
 * The receipts whose money has not all left the court, each with its payout deadline, oldest first.
 * Money that has left (payouts to either party, the retained fee, rewards) is attributed to receipts
 * first-in, first-out by date of receipt, then by entry order: a choice of ours, since no rule says
 * which receipt a payment discharges. Reversed receipts are ignored.
 */
export function openPayoutDeadlines(ledger: Ledger, cal: StatutoryCalendar, period: Period = DEFAULT_PAYOUT_PERIOD): OpenReceipt[] {
  const receipts = ledger.entries
    .map((e, index) => ({ e, index }))
    .filter((x): x is { e: ReceiptEntry; index: number } => x.e.kind === "receipt" && !ledger.reversedIds.has(x.e.id))
    .sort((a, b) => compareIsoDates(a.e.on, b.e.on) || a.index - b.index);
  const t = ledger.totals;
  let disbursed = t.paidOutFen + t.feeFen + t.rewardFen;
  const open: OpenReceipt[] = [];
  for (const { e } of receipts) {
    const covered = Math.min(disbursed, e.amountFen);
    disbursed -= covered;
    if (covered < e.amountFen) {
      open.push({
        receiptId: e.id,
        receivedOn: e.on,
        amountFen: e.amountFen,
        undisbursedFen: e.amountFen - covered,
        deadline: computePayoutDeadline(e.on, cal, period),
      });
    }
  }
  return open;
}
