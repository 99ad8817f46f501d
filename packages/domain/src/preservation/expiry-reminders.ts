// Reminders before a measure's term ends, and the clocks for checking property clues.
//
// Reminder offsets — 30, 15 and 7 days before the last day — are a PRODUCT CHOICE from the issue, NOT a
// statute. The only statutory point is that renewal must be made before expiry (民诉法解释(2022) art 485
// para 2; see renewal.ts). They are a table and a parameter, so a court can configure them. A reminder
// that would fall on a rest day is moved EARLIER to the previous working day (a reminder on a holiday
// reaches no one); reminders on or before the term's start are dropped (short terms).
// `lastWorkingDayToRenew`: the last day in force may be a rest day; the last working day on or before
// it is when the court can still act in practice (the term is not shifted: measure-term.ts).
//
// Clue clocks, counted through computeDeadline WITH the rest-day shift (periods for the court to act,
// 民诉法(2023) art 85 para 3):
//   财产调查规定(2020) art 2 para 1 (CONFIRMED-P): a clear, specific clue is verified within 7 days; if
//     urgent, within 3 days. Counted from the day the court receives the clue (财产调查表).
//   若干期限规定(2006), believed art 7 (PARTIAL): the investigation is completed generally within 1 month.
//     Configurable (withPreservationOverrides({ propertyInvestigation: n })), default 1 month. The
//     anchor — the day the court receives the applicant's request to investigate (财产调查规定 art 2
//     para 2) or starts of its own motion — is our choice: the 2006 text is not in our sources.
import type { Citation } from "../citation/citation";
import { computeDeadline, type Period } from "../calendar/compute-deadline";
import type { StatutoryCalendar } from "../calendar/types";
import { addDays } from "../dates/date-arithmetic";
import { compareIsoDates, parseIsoDate, type IsoDate } from "../dates/iso-date";
import { invalidField, type Localized } from "../errors/domain-error";
import type { Confidence } from "../config/statutory-periods";
import { PRESERVATION_PERIODS, type PreservationPeriodKey, type PreservationPeriods } from "./periods";

export type ReminderOffset = { daysBefore: number; source: "productChoice"; description: Localized };

/** Product choice (the issue), not statute: remind 30, 15 and 7 days before the last day in force. */
export const EXPIRY_REMINDER_OFFSETS: readonly ReminderOffset[] = Object.freeze(
  [30, 15, 7].map((n) =>
    Object.freeze({
      daysBefore: n,
      source: "productChoice" as const,
      description: { zh: `期限届满前 ${n} 日提醒续行（产品设定，非法定）`, en: `remind ${n} days before the term ends (product choice, not statute)` },
    }),
  ),
);

export const DEFAULT_EXPIRY_REMINDER_DAYS: readonly number[] = Object.freeze(EXPIRY_REMINDER_OFFSETS.map((o) => o.daysBefore));

export type Reminder = {
  daysBefore: number;
  date: IsoDate;
  /** The nominal date when it fell on a rest day and was moved earlier. */
  movedFrom?: IsoDate;
};

export type ExpiryReminders = {
  expires: IsoDate;
  lastWorkingDayToRenew: IsoDate;
  reminders: Reminder[];
};

const MAX_REST_RUN = 60;

function previousWorkingDay(d: IsoDate, cal: StatutoryCalendar): IsoDate {
  let day = d;
  for (let run = 0; !cal.isWorkingDay(day); run++) {
    if (run > MAX_REST_RUN) throw new Error(`calendar has more than ${MAX_REST_RUN} consecutive rest days before ${d}`);
    day = addDays(day, -1);
  }
  return day;
}

function validateOffsets(offsets: readonly number[]): number[] {
  const seen = new Set<number>();
  offsets.forEach((n, i) => {
    if (!Number.isInteger(n) || n < 1 || n > 365 || seen.has(n)) {
      throw invalidField(`offsets.${i}`, {
        zh: `提醒天数必须是 1 至 365 之间且不重复的整数（收到 ${String(n)}）`,
        en: `reminder offsets must be distinct integers from 1 to 365 (got ${String(n)})`,
      });
    }
    seen.add(n);
  });
  return [...offsets].sort((a, b) => b - a);
}

/** Reminder dates, earliest first, for a term ending on `expires` (the last day in force). */
export function expiryReminders(
  input: { expires: IsoDate; startDate?: IsoDate },
  cal: StatutoryCalendar,
  offsets: readonly number[] = DEFAULT_EXPIRY_REMINDER_DAYS,
): ExpiryReminders {
  const expires = parseIsoDate(input.expires, "expires");
  const start = input.startDate === undefined ? undefined : parseIsoDate(input.startDate, "startDate");
  const reminders: Reminder[] = [];
  for (const n of validateOffsets(offsets)) {
    const nominal = addDays(expires, -n);
    const date = previousWorkingDay(nominal, cal);
    if (start !== undefined && compareIsoDates(date, start) <= 0) continue;
    reminders.push(date === nominal ? { daysBefore: n, date } : { daysBefore: n, date, movedFrom: nominal });
  }
  return { expires, lastWorkingDayToRenew: previousWorkingDay(expires, cal), reminders };
}

export type Clock = {
  key: PreservationPeriodKey;
  from: IsoDate;
  period: Period;
  /** The last day to act, after any rest-day shift. */
  due: IsoDate;
  provisional: boolean;
  confidence: Confidence;
  basis: Citation[];
};

function clock(key: PreservationPeriodKey, from: IsoDate, cal: StatutoryCalendar, periods: PreservationPeriods): Clock {
  const p = periods[key];
  const deadline = computeDeadline(from, p.period, cal);
  return { key, from, period: p.period, due: deadline.due, provisional: deadline.provisional, confidence: p.confidence, basis: [p.basis, ...deadline.basis] };
}

/** 财产调查规定 art 2 para 1: verify a clear, specific clue within 7 days, 3 if urgent. */
export function clueVerificationDeadline(
  input: { clueReceivedDate: IsoDate; urgent: boolean },
  cal: StatutoryCalendar,
  periods: PreservationPeriods = PRESERVATION_PERIODS,
): Clock {
  const from = parseIsoDate(input.clueReceivedDate, "clueReceivedDate");
  return clock(input.urgent ? "clueVerificationUrgent" : "clueVerification", from, cal, periods);
}

/** 若干期限规定 art 6 (CONFIRMED-S, configurable): start the investigation the applicant asked for, default within 10 days. */
export function investigationStartDeadline(
  input: { requestedDate: IsoDate },
  cal: StatutoryCalendar,
  periods: PreservationPeriods = PRESERVATION_PERIODS,
): Clock {
  return clock("investigationStart", parseIsoDate(input.requestedDate, "requestedDate"), cal, periods);
}

/** 若干期限规定 (PARTIAL, configurable): complete the property investigation, default within 1 month. */
export function investigationDeadline(
  input: { investigationFrom: IsoDate },
  cal: StatutoryCalendar,
  periods: PreservationPeriods = PRESERVATION_PERIODS,
): Clock {
  return clock("propertyInvestigation", parseIsoDate(input.investigationFrom, "investigationFrom"), cal, periods);
}
