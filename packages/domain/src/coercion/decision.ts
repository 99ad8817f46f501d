// The shape of every issue-5 decision (coercion, credit, objection, conduct, 终本): either a grant with
// its legal basis, or a refusal the court records, with a reason key and a bilingual explanation.
// Malformed input (a negative amount, a bad date) is not a refusal: it throws DomainError VALIDATION.
// A service that prefers an exception turns a refusal into PRECONDITION_FAILED with `orThrow`.
// Deadlines come as `StatutoryClock`s counted by the one statutory calendar (rules.md §19).
import type { Citation } from "../citation/citation";
import { computeDeadline, type Period } from "../calendar/compute-deadline";
import type { StatutoryCalendar } from "../calendar/types";
import type { Confidence, PeriodTable } from "../config/period-table";
import { parseIsoDate, type IsoDate } from "../dates/iso-date";
import { DomainError, type Localized } from "../errors/domain-error";

export type Refusal<R extends string = string> = {
  ok: false;
  reason: R;
  explanation: Localized;
  basis: Citation[];
  /** The input field the refusal is about, when there is one. */
  field?: string;
};

export type Granted<T extends object> = { ok: true; basis: Citation[] } & T;

export type Decision<T extends object, R extends string = string> = Granted<T> | Refusal<R>;

export function refuse<R extends string>(reason: R, zh: string, en: string, basis: Citation[], field?: string): Refusal<R> {
  return field === undefined ? { ok: false, reason, explanation: { zh, en }, basis } : { ok: false, reason, explanation: { zh, en }, basis, field };
}

/** The granted decision, or PRECONDITION_FAILED carrying the refusal's explanation (and field). */
export function orThrow<T extends object, R extends string>(d: Decision<T, R>): Granted<T> {
  if (d.ok) return d;
  throw new DomainError("PRECONDITION_FAILED", d.explanation, d.field ? { field: d.field } : {});
}

/** A deadline ready to be stored as a clock row: the period, its basis and confidence, the due day. */
export type StatutoryClock<K extends string = string> = {
  key: K;
  from: IsoDate;
  period: Period;
  /** The last day to act, after any rest-day shift (民诉法(2023) art 85 para 3). */
  due: IsoDate;
  /** The last day before the shift. */
  nominalDue: IsoDate;
  provisional: boolean;
  confidence: Confidence;
  /** The rule's own article first, then the counting rules computeDeadline applied. */
  basis: Citation[];
};

/** Row `key` of `table` counted from `from` through computeDeadline. */
export function clockFrom<K extends string>(table: PeriodTable<K>, key: K, from: IsoDate, cal: StatutoryCalendar): StatutoryClock<K> {
  const row = table[key];
  parseIsoDate(from, "from");
  const d = computeDeadline(from, row.period, cal);
  return {
    key,
    from,
    period: row.period,
    due: d.due,
    nominalDue: d.nominalDue,
    provisional: d.provisional,
    confidence: row.confidence,
    basis: [row.basis, ...d.basis],
  };
}
