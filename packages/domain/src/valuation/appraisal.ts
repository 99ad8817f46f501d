// 委托评估: the report deadline with its extensions, default, and the next agency in order (rules.md §9,
// 参考价规定(2018), all CONFIRMED-P).
//   art 16: the parties agree on THREE agencies and their order from the 名单分库 within the court's
//     period; failing that, or when a party cannot be found, a lottery (摇号) picks three and their order
//     (agency-lottery.ts).
//   art 17: the court commissions the agency first in order.
//   art 19 para 1: the agency reports within 30 days; periods of 暂缓执行 or 中止执行 are deducted.
//   art 19 para 2: an agency that cannot finish applies in writing "在期限届满五日前"; the court may extend
//     at most twice, by at most 15 days each time.
//   art 19 para 3: an agency that neither reported (or explained or corrected) in time nor applied as
//     required returns the court's materials within 3 days, and the next agency in order re-appraises.
//
// DECISIONS
// - The period runs from the day of the commission (出具评估委托书, art 17); the statute names no other start.
// - An extension lengthens the period (30 + extensions + deducted days, from the commission) and the
//   rest-day shift applies once, to the final day (periods.ts valuationClock) — extensions do not gain
//   shifted days.
// - "届满五日前": the application is in time when made no later than 5 calendar days before the current
//   last day (the shifted due date, the day the period really ends). That day is not moved for rest days.
// - Suspensions are ranges of whole days (both ends inclusive) on which 暂缓 or 中止 was in force; a day
//   covered twice is deducted once; days on or before the commission do not count. An open suspension
//   has no end yet: the clock stands still, and the caller recounts when it ends.
// - The court decides whether to grant an extension; here only the statutory limits are checked.
// - When all three agencies have defaulted the statute is silent: three agencies are chosen anew under
//   art 16 (agreement, or lottery).
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import type { StatutoryCalendar } from "../calendar/types";
import { addDays } from "../dates/date-arithmetic";
import { compareIsoDates, parseIsoDate, toDayNumber, type IsoDate } from "../dates/iso-date";
import { DomainError, invalidField, type Localized } from "../errors/domain-error";
import { APPRAISAL_MAX_EXTENSIONS, VALUATION_PERIODS, valuationClock, type ValuationClock } from "./periods";

const P = (article: string): Citation => citeSource("referencePrice", article);

export type AppraisalExtension = { requestDate: IsoDate; days: number };
/** Whole days, both ends inclusive, on which 暂缓执行 or 中止执行 was in force (art 19 para 1). */
export type Suspension = { from: IsoDate; to: IsoDate };

export type AppraisalDeadlineInput = {
  /** The day the court commissioned the agency (评估委托书, art 17). */
  commissionDate: IsoDate;
  /** Extensions granted, in order. */
  extensions?: readonly AppraisalExtension[];
  suspensions?: readonly Suspension[];
};

export type AppraisalDeadline = ValuationClock & {
  extensionDays: number;
  suspendedDays: number;
  extensionsUsed: number;
  extensionsLeft: number;
  /** The last day to apply for another extension (5 days before due), or null when none is left. */
  latestExtensionRequest: IsoDate | null;
};

function mergedSuspensions(suspensions: readonly Suspension[]): [number, number][] {
  const ranges = suspensions.map((s, i) => {
    const from = toDayNumber(parseIsoDate(s.from, `suspensions.${i}.from`));
    const to = toDayNumber(parseIsoDate(s.to, `suspensions.${i}.to`));
    if (to < from) {
      throw invalidField(`suspensions.${i}.to`, { zh: `暂缓或中止的结束日（${s.to}）早于开始日（${s.from}）`, en: `the suspension ends (${s.to}) before it starts (${s.from})` });
    }
    return [from, to] as [number, number];
  });
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

/** Suspended days in (start, start + length + suspended], found by recounting until it settles. */
function deductedDays(start: number, length: number, merged: [number, number][]): number {
  let s = 0;
  for (;;) {
    const end = start + length + s;
    let count = 0;
    for (const [a, b] of merged) {
      const lo = Math.max(a, start + 1);
      const hi = Math.min(b, end);
      if (hi >= lo) count += hi - lo + 1;
    }
    if (count === s) return s;
    s = count;
  }
}

/**
 * The suspended days to add to a period of `length` days counted from `from` (art 19 para 1): the days
 * of `suspensions` after `from` that fall inside the period as lengthened by them, each counted once.
 */
export function suspendedDaysWithin(from: IsoDate, length: number, suspensions: readonly Suspension[]): number {
  if (suspensions.length === 0) return 0;
  return deductedDays(toDayNumber(parseIsoDate(from, "from")), length, mergedSuspensions(suspensions));
}

function refuse(field: string, zh: string, en: string): DomainError {
  return new DomainError("PRECONDITION_FAILED", { zh, en }, { field });
}

/**
 * The appraisal report's due date (art 19 paras 1–2), checking each extension against the statute: at
 * most two, each of 1–15 days, each applied for at least 5 days before the then-current due date.
 */
export function appraisalDeadline(input: AppraisalDeadlineInput, cal: StatutoryCalendar): AppraisalDeadline {
  const from = parseIsoDate(input.commissionDate, "commissionDate");
  const extensions = input.extensions ?? [];
  const merged = mergedSuspensions(input.suspensions ?? []);
  const start = toDayNumber(from);
  const base = VALUATION_PERIODS.appraisalReport.period.n;
  const maxDays = VALUATION_PERIODS.appraisalExtensionMax.period.n;
  const lead = VALUATION_PERIODS.appraisalExtensionLead.period.n;
  const clockFor = (extensionDays: number) => {
    const suspendedDays = deductedDays(start, base + extensionDays, merged);
    return { clock: valuationClock("appraisalReport", from, cal, extensionDays + suspendedDays), suspendedDays };
  };

  if (extensions.length > APPRAISAL_MAX_EXTENSIONS) {
    throw refuse(
      `extensions.${APPRAISAL_MAX_EXTENSIONS}`,
      `评估期限延期次数不超过两次（第十九条第二款）`,
      `the appraisal period may be extended at most twice (art 19 para 2)`,
    );
  }
  let extensionDays = 0;
  extensions.forEach((e, i) => {
    if (!Number.isInteger(e.days) || e.days < 1 || e.days > maxDays) {
      throw invalidField(`extensions.${i}.days`, {
        zh: `每次延期不超过十五日（第十九条第二款），须为 1 至 ${maxDays} 的整数（收到 ${String(e.days)}）`,
        en: `each extension is at most 15 days (art 19 para 2): an integer from 1 to ${maxDays} (got ${String(e.days)})`,
      });
    }
    const requestDate = parseIsoDate(e.requestDate, `extensions.${i}.requestDate`);
    if (compareIsoDates(requestDate, from) < 0) {
      throw invalidField(`extensions.${i}.requestDate`, {
        zh: `延期申请日（${requestDate}）不能早于委托之日（${from}）`,
        en: `the application (${requestDate}) cannot precede the commission (${from})`,
      });
    }
    const current = clockFor(extensionDays).clock.due;
    const latest = addDays(current, -lead);
    if (compareIsoDates(requestDate, latest) > 0) {
      throw refuse(
        `extensions.${i}.requestDate`,
        `延期申请应当在期限届满五日前提出：期限至 ${current}，最迟 ${latest} 申请（第十九条第二款），收到 ${requestDate}`,
        `an extension must be applied for at least 5 days before the period ends: it ends ${current}, so by ${latest} (art 19 para 2); applied ${requestDate}`,
      );
    }
    extensionDays += e.days;
  });

  const { clock, suspendedDays } = clockFor(extensionDays);
  const extensionsLeft = APPRAISAL_MAX_EXTENSIONS - extensions.length;
  const basis = [...clock.basis];
  if (extensions.length > 0) basis.splice(1, 0, P("art 19 para 2"));
  return {
    ...clock,
    basis,
    extensionDays,
    suspendedDays,
    extensionsUsed: extensions.length,
    extensionsLeft,
    latestExtensionRequest: extensionsLeft > 0 ? addDays(clock.due, -lead) : null,
  };
}

/** A further extension on top of `input` (art 19 para 2): the new deadline, or a refusal. */
export function requestAppraisalExtension(input: AppraisalDeadlineInput, request: AppraisalExtension, cal: StatutoryCalendar): AppraisalDeadline {
  return appraisalDeadline({ ...input, extensions: [...(input.extensions ?? []), request] }, cal);
}

export type AppraisalStatus =
  | { status: "running"; deadline: AppraisalDeadline }
  | { status: "delivered"; deadline: AppraisalDeadline; reportDate: IsoDate }
  | { status: "defaulted"; deadline: AppraisalDeadline; explanation: Localized; basis: Citation[] };

/**
 * Whether the agency reported in time, is still within its period, or defaulted on `today` (art 19
 * para 3: no report within the period — a late report does not cure it — so the materials come back
 * and the next agency in order is commissioned).
 */
export function appraisalStatus(input: AppraisalDeadlineInput & { reportDate?: IsoDate; today: IsoDate }, cal: StatutoryCalendar): AppraisalStatus {
  const deadline = appraisalDeadline(input, cal);
  const today = parseIsoDate(input.today, "today");
  const reportDate = input.reportDate === undefined ? undefined : parseIsoDate(input.reportDate, "reportDate");
  if (reportDate !== undefined && compareIsoDates(reportDate, deadline.due) <= 0) return { status: "delivered", deadline, reportDate };
  if (reportDate === undefined && compareIsoDates(today, deadline.due) <= 0) return { status: "running", deadline };
  return {
    status: "defaulted",
    deadline,
    explanation: {
      zh: `评估机构未在期限内（${deadline.due} 前）出具评估报告，且未按照规定申请延长期限：通知其三日内退回材料，另行委托下一顺序的评估机构（第十九条第三款）`,
      en: `the agency did not report by ${deadline.due} and did not obtain an extension as required: it returns the materials within 3 days and the next agency in order is commissioned (art 19 para 3)`,
    },
    basis: [P("art 19 para 3")],
  };
}

/** art 19 para 3, art 23 para 2: the agency returns the court's materials within 3 days of the notice. */
export function materialsReturnDeadline(input: { noticeDate: IsoDate }, cal: StatutoryCalendar): ValuationClock {
  return valuationClock("appraisalMaterialsReturn", parseIsoDate(input.noticeDate, "noticeDate"), cal);
}

/** art 20: the agency explains or corrects in writing within 3 days of the court's order. */
export function appraisalCorrectionDeadline(input: { noticeDate: IsoDate }, cal: StatutoryCalendar): ValuationClock {
  return valuationClock("appraisalCorrection", parseIsoDate(input.noticeDate, "noticeDate"), cal);
}

function checkThree(ids: readonly string[], field: string): void {
  if (!Array.isArray(ids) || ids.length !== 3 || ids.some((id) => typeof id !== "string" || id.length === 0) || new Set(ids).size !== 3) {
    throw invalidField(field, { zh: "须为三家不同的评估机构及其顺序（第十六条）", en: "three different agencies, in order, are required (art 16)" });
  }
}

/** art 16: the three agencies and their order the parties agreed on, from the candidates of the 名单分库. */
export function checkAgreedAgencies(input: { candidates: readonly string[]; chosen: readonly string[] }): [string, string, string] {
  checkThree(input.chosen, "chosen");
  const pool = new Set(input.candidates);
  input.chosen.forEach((id, i) => {
    if (!pool.has(id)) {
      throw invalidField(`chosen.${i}`, { zh: `评估机构 ${id} 不在名单分库中（第十六条）`, en: `agency ${id} is not in the list (art 16)` });
    }
  });
  return [input.chosen[0]!, input.chosen[1]!, input.chosen[2]!];
}

export type NextAgency =
  | { kind: "next"; agencyId: string; /** 1-based position in the order. */ position: number; basis: Citation[] }
  | { kind: "reselect"; explanation: Localized; basis: Citation[] };

/**
 * The agency to commission after `failed` ones (art 17: the first in order; art 19 para 3 and art 23
 * para 2: the next in order after a default or an upheld qualification or procedure objection).
 */
export function nextAgency(input: { order: readonly string[]; failed: readonly string[] }): NextAgency {
  checkThree(input.order, "order");
  input.failed.forEach((id, i) => {
    if (!input.order.includes(id)) {
      throw invalidField(`failed.${i}`, { zh: `${id} 不在三家评估机构之中`, en: `${id} is not one of the three agencies` });
    }
  });
  const index = input.order.findIndex((id) => !input.failed.includes(id));
  if (index >= 0) {
    return {
      kind: "next",
      agencyId: input.order[index]!,
      position: index + 1,
      basis: index === 0 ? [P("art 17")] : [P("art 19 para 3"), P("art 23 para 2")],
    };
  }
  return {
    kind: "reselect",
    explanation: {
      zh: "三家评估机构均已不能完成评估；规定对此未作明文规定，按第十六条重新协商或者摇号确定评估机构",
      en: "all three agencies have failed; the statute is silent, so three agencies are chosen anew under art 16 (agreement or lottery)",
    },
    basis: [P("art 16")],
  };
}
