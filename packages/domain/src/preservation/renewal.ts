// 续行 (renewal) and lapse (rules.md §4).
// 民诉法解释(2022) art 485 para 2 (CONFIRMED-P): on the applicant's request the court "应当在查封、扣押、
//   冻结期限届满前办理续行…手续，续行期限不得超过前款规定的期限" — each renewal is capped at the same
//   maximum as the first term (1/2/3 years). Para 3: the court may also renew of its own motion. The
//   text sets no limit on the number of renewals: unlimited.
// 查封规定(2020) art 27 para 1 (CONFIRMED-P): "期限届满，人民法院未办理延期手续的，…效力消灭" — a term that
//   ran out without renewal has lapsed; a lapsed measure cannot be renewed, only a new one made (which
//   ranks behind whatever was registered in between, art 26).
// Trademark in preservation, 注册商标权保全解释 art 2 (CONFIRMED-P): continuing needs a NEW assistance
//   notice sent to the trademark office "在保全期限届满前"; the new term is again ≤ 1 year and, like
//   every term under that article, counts from the day the office RECEIVES the notice — not from the
//   old expiry. Otherwise the preservation "视为自动解除".
//
// DECISION — is the expiry day itself "before expiry" (届满前)? Yes. The term's last day ends at 24:00
// (民法典 art 203 para 2); until then the term has not run out. So a renewal made on the day before, or
// on the last day itself, is in time; on the day after it is too late. The date checked is the day the
// court makes the renewal (issues the renewal ruling and notice), which is what art 485 para 2 requires
// before expiry; an applicant's request that arrives on the last day but is handled later is late.
// The old term's last day is the stored `expires` (the nominal day, see measure-term.ts), never shifted.
//
// Counting: the renewed term runs on from the old expiry (its first day is the day after the old last
// day: 民法典 art 201 with the old expiry as the start day), through computeDeadline, nominal day.
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import { computeDeadline, type Period } from "../calendar/compute-deadline";
import type { StatutoryCalendar } from "../calendar/types";
import { addDays } from "../dates/date-arithmetic";
import { compareIsoDates, parseIsoDate, type IsoDate } from "../dates/iso-date";
import { DomainError, invalidField } from "../errors/domain-error";
import { applyRequestedMonths, isTrademarkPreservation, nominalBasis, termRule, validateMeasureShape } from "./measure-term";
import { PRESERVATION_PERIODS, type PreservationPeriods } from "./periods";
import type { Measure, MeasureStatus } from "./types";

export type RenewableMeasure = Pick<Measure, "assetType" | "kind" | "context" | "startDate" | "expires"> &
  Partial<Pick<Measure, "releasedOn" | "renewals" | "registryReceiptDate">>;

export type RenewalRequest = {
  /** The day the court makes the renewal; must be on or before the old expiry. */
  requestDate: IsoDate;
  /** A renewed term shorter than the maximum, in months. */
  requestedMonths?: number;
  /** Trademark in preservation: the day the office received the NEW assistance notice (required). */
  registryReceiptDate?: IsoDate;
};

export type RenewalResult<M extends RenewableMeasure> = {
  measure: M;
  previousExpires: IsoDate;
  expires: IsoDate;
  /** The day the renewed term is counted from (the old expiry; for a trademark in preservation, the receipt day). */
  countsFrom: IsoDate;
  /** False when a trademark's new notice was received after the old term ended (a gap in protection). */
  continuous: boolean;
  period: Period;
  maxPeriod: Period;
  basis: Citation[];
};

function failed(field: string, zh: string, en: string): DomainError {
  return new DomainError("PRECONDITION_FAILED", { zh, en }, { field });
}

export function renewMeasure<M extends RenewableMeasure>(
  measure: M,
  request: RenewalRequest,
  cal: StatutoryCalendar,
  periods: PreservationPeriods = PRESERVATION_PERIODS,
): RenewalResult<M> {
  validateMeasureShape(measure);
  if (measure.kind === "deduct") {
    throw failed("kind", "扣划是一次性措施，没有期限，无需续行", "A deduction is a one-off measure with no term; there is nothing to renew");
  }
  if (measure.expires === null) {
    throw failed(
      "expires",
      "该措施尚未开始计算期限（轮候中），不能续行",
      "The measure's term has not begun (it is still queued); it cannot be renewed",
    );
  }
  const previousExpires = parseIsoDate(measure.expires, "expires");
  const requestDate = parseIsoDate(request.requestDate, "requestDate");
  if (compareIsoDates(requestDate, measure.startDate) < 0) {
    throw invalidField("requestDate", {
      zh: `续行日期（${requestDate}）不能早于措施作出之日（${measure.startDate}）`,
      en: `the renewal date (${requestDate}) cannot precede the day the measure was made (${measure.startDate})`,
    });
  }
  if (measure.releasedOn != null && compareIsoDates(parseIsoDate(measure.releasedOn, "releasedOn"), requestDate) <= 0) {
    throw failed("releasedOn", `该措施已于 ${measure.releasedOn} 解除，不能续行`, `The measure was released on ${measure.releasedOn}; it cannot be renewed`);
  }
  const trademark = isTrademarkPreservation(measure);
  if (compareIsoDates(requestDate, previousExpires) > 0) {
    throw trademark
      ? failed(
          "requestDate",
          `保全期限已于 ${previousExpires} 届满，期满前未重新发出协助执行通知书，视为自动解除（《注册商标权保全解释》第二条）；只能重新保全`,
          `The term ended on ${previousExpires} without a new assistance notice; the preservation is deemed released (注册商标权保全解释 art 2). Only a new preservation is possible`,
        )
      : failed(
          "requestDate",
          `期限已于 ${previousExpires} 届满，续行须在届满前（最迟当日）办理；措施效力已消灭（《查封规定》第二十七条），只能重新采取措施`,
          `The term ended on ${previousExpires}; a renewal must be made before expiry (on the last day at the latest). The measure has lapsed (查封规定 art 27); only a new measure is possible`,
        );
  }

  const rule = termRule(measure, periods);
  const renewalBasis = trademark
    ? [citeSource("trademarkPreservation", "art 2")]
    : [citeSource("civilProcedureInterpretation", "art 485 paras 2–3"), ...rule.basis];
  const period = applyRequestedMonths(rule.maxPeriod, request.requestedMonths, renewalBasis);

  let countsFrom = previousExpires;
  if (trademark) {
    if (request.registryReceiptDate === undefined) {
      throw invalidField("registryReceiptDate", {
        zh: "续行保全注册商标权，期限自商标局收到新的协助执行通知书之日起计算，须填写 registryReceiptDate（《注册商标权保全解释》第二条）",
        en: "A renewed trademark preservation counts from the day the trademark office received the new assistance notice: registryReceiptDate is required (注册商标权保全解释 art 2)",
      });
    }
    countsFrom = parseIsoDate(request.registryReceiptDate, "registryReceiptDate");
    if (compareIsoDates(countsFrom, requestDate) < 0) {
      throw invalidField("registryReceiptDate", {
        zh: `商标局收到新通知之日（${countsFrom}）不能早于发出之日（${requestDate}）`,
        en: `the trademark office cannot receive the new notice (${countsFrom}) before it was sent (${requestDate})`,
      });
    }
  }
  const deadline = computeDeadline(countsFrom, period, cal);
  const expires = deadline.nominalDue;
  const renewed: M = { ...measure, expires, renewals: (measure.renewals ?? 0) + 1 };
  if (trademark) renewed.registryReceiptDate = countsFrom;
  return {
    measure: renewed,
    previousExpires,
    expires,
    countsFrom,
    continuous: compareIsoDates(countsFrom, previousExpires) <= 0,
    period,
    maxPeriod: rule.maxPeriod,
    basis: [...renewalBasis, ...nominalBasis(deadline)],
  };
}

export type StatusMeasure = Pick<Measure, "expires"> & Partial<Pick<Measure, "releasedOn">>;

/**
 * The measure's status on `today`: released from the day its release took effect; lapsed from the
 * day after its last day in force (查封规定 art 27); otherwise active. Whichever happened first wins (a
 * release ruling made after a lapse does not turn a lapse into a release). A deduct, and a queued
 * measure whose term has not begun, have no expiry and never lapse.
 */
export function measureStatus(measure: StatusMeasure, today: IsoDate): MeasureStatus {
  parseIsoDate(today, "today");
  const lapsesOn = measure.expires != null ? addDays(parseIsoDate(measure.expires, "expires"), 1) : null;
  const releasedOn = measure.releasedOn != null ? parseIsoDate(measure.releasedOn, "releasedOn") : null;
  const events: [IsoDate, MeasureStatus][] = [];
  if (releasedOn) events.push([releasedOn, "released"]);
  if (lapsesOn) events.push([lapsesOn, "lapsed"]);
  // On a tie (a release dated the first day without effect) the lapse came first, at 00:00 that day.
  events.sort((a, b) => compareIsoDates(a[0], b[0]) || (a[1] === "lapsed" ? -1 : 1));
  const happened = events.find(([d]) => compareIsoDates(d, today) <= 0);
  return happened ? happened[1] : "active";
}

export type LapseResult =
  | { lapsed: false }
  | { lapsed: true; /** The last day the measure was in force. */ lastDayInForce: IsoDate; /** The first day without effect. */ lapsedOn: IsoDate; basis: Citation[] };

/** Whether the measure's term ran out without renewal by `today` (查封规定 art 27 para 1). */
export function lapse(measure: StatusMeasure & Pick<Measure, "assetType" | "context">, today: IsoDate): LapseResult {
  if (measureStatus(measure, today) !== "lapsed") return { lapsed: false };
  const lastDayInForce = measure.expires!;
  const basis = isTrademarkPreservation(measure)
    ? [citeSource("trademarkPreservation", "art 2")]
    : [citeSource("seizureProvisions", "art 27 para 1")];
  return { lapsed: true, lastDayInForce, lapsedOn: addDays(lastDayInForce, 1), basis };
}
