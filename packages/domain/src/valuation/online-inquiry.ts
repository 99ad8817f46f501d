// 网络询价: delivery, review, and the average that becomes the reference price (rules.md §9,
// 参考价规定(2018), all CONFIRMED-P).
//   art 10: the commission goes AT THE SAME TIME to every platform in the SPC list (no fixed number).
//   art 11 para 1: each platform reports within 3 days of receiving the commission.
//   art 11 para 2: a platform that cannot finish applies for an extension before the period ends. Only
//     when ALL platforms missed the period does the court extend, by 3 days, for the platforms that
//     applied; when some reported in time, the others' applications are refused.
//   art 11 para 3: when every platform failed to report (or correct) in time and none applied as
//     required, the court commissions an appraisal; art 14: so too when online inquiry fails.
//   art 12: when EVERY report has wrong basic information, exceeds the property or omits some, the
//     platforms correct within 3 days; when some reports are sound, the others are not asked to correct.
//   art 13 para 1: the reference price is the average of the results of all platforms that reported (or
//     corrected) in time — or of those that did, when only some did.
//   art 13 para 2: objections under art 22 — against ALL reports: the average of those whose objection
//     was dismissed or which were corrected; against SOME: the average of the reports not objected to.
//
// DECISIONS
// - The average is computed in integer fen: the sum of the results divided by their number, rounded half
//   up to the fen (money/rational.ts divRoundHalfUp, in BigInt). The statute says "平均值" and names no
//   rounding; half up is the rounding the rest of the money code uses.
// - The extension lengthens the period to 3 + 3 days from receipt, and the rest-day shift applies once,
//   to the final day (periods.ts valuationClock). An application made on the first period's last day is
//   still "before it ends" (民法典 art 203 para 2: the day ends at 24:00), as for renewals.
// - A report delivered late (after the period, or during an extension the platform did not apply for)
//   is not used: art 13 counts only results "在期限内" delivered.
// - An objection still undecided blocks the price only when every report was objected to; when some
//   were not, the objected ones are left out whatever the outcome (art 13 para 2, second clause).
// - When every report was objected to and none was dismissed or corrected, online inquiry has failed:
//   appraisal (art 14).
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import type { StatutoryCalendar } from "../calendar/types";
import { compareIsoDates, parseIsoDate, type IsoDate } from "../dates/iso-date";
import { invalidField, type Localized } from "../errors/domain-error";
import type { Fen } from "../money/fen";
import { divRoundHalfUp } from "../money/rational";
import { suspendedDaysWithin, type Suspension } from "./appraisal";
import { valuationClock, type ValuationClock } from "./periods";

const P = (article: string): Citation => citeSource("referencePrice", article);

/**
 * art 11 paras 1–2: the report period from receipt of the commission, 3 days, or 6 once extended; days
 * on which the court had suspended the inquiry (art 28, suspension.ts) are added.
 */
export function onlineInquiryDeadline(
  input: { commissionReceivedDate: IsoDate; extended?: boolean; suspensions?: readonly Suspension[] },
  cal: StatutoryCalendar,
): ValuationClock {
  const from = parseIsoDate(input.commissionReceivedDate, "commissionReceivedDate");
  const base = input.extended ? 6 : 3;
  const suspended = suspendedDaysWithin(from, base, input.suspensions ?? []);
  if (!input.extended) {
    const c = valuationClock("onlineInquiryReport", from, cal, suspended);
    return suspended ? { ...c, basis: [...c.basis, P("art 28")] } : c;
  }
  const c = valuationClock("onlineInquiryReport", from, cal, 3 + suspended);
  return { ...c, basis: [P("art 11 para 2"), ...c.basis, ...(suspended ? [P("art 28")] : [])] };
}

/** art 12: the correction period from the court's notice, 3 days (plus days suspended, art 28). */
export function onlineCorrectionDeadline(input: { noticeDate: IsoDate; suspensions?: readonly Suspension[] }, cal: StatutoryCalendar): ValuationClock {
  const from = parseIsoDate(input.noticeDate, "noticeDate");
  const suspended = suspendedDaysWithin(from, 3, input.suspensions ?? []);
  const c = valuationClock("onlineInquiryCorrection", from, cal, suspended);
  return suspended ? { ...c, basis: [...c.basis, P("art 28")] } : c;
}

function checkIds(items: readonly { platformId: string }[], field: string): void {
  if (!Array.isArray(items) || items.length === 0) {
    throw invalidField(field, { zh: "至少须有一个司法网络询价平台", en: "at least one judicial online inquiry platform is needed" });
  }
  const seen = new Set<string>();
  items.forEach((p, i) => {
    if (typeof p.platformId !== "string" || p.platformId.length === 0 || seen.has(p.platformId)) {
      throw invalidField(`${field}.${i}.platformId`, { zh: "平台标识为空或重复", en: "platform id is empty or repeated" });
    }
    seen.add(p.platformId);
  });
}

export type PlatformDelivery = {
  platformId: string;
  /** The day the platform issued its report, if it has. */
  reportDate?: IsoDate;
  /** The day the platform applied for an extension, if it did. */
  extensionRequestDate?: IsoDate;
};

export type OnlineDelivery =
  | { status: "waiting"; due: IsoDate; extended: boolean; waitingFor: string[]; basis: Citation[] }
  | { status: "delivered"; due: IsoDate; extended: boolean; onTime: string[]; late: string[]; basis: Citation[] }
  | { status: "appraisal"; due: IsoDate; extended: boolean; reason: "allLateNoExtension" | "allLateAfterExtension"; explanation: Localized; basis: Citation[] };

/**
 * Where the online inquiry stands on `today` (art 11): waiting for reports; delivered (the platforms
 * whose reports count, and the late ones); or failed, so an appraisal is commissioned.
 */
export function assessOnlineDelivery(
  input: { commissionReceivedDate: IsoDate; platforms: readonly PlatformDelivery[]; today: IsoDate; suspensions?: readonly Suspension[] },
  cal: StatutoryCalendar,
): OnlineDelivery {
  const suspensions = input.suspensions ?? [];
  checkIds(input.platforms, "platforms");
  const received = parseIsoDate(input.commissionReceivedDate, "commissionReceivedDate");
  const today = parseIsoDate(input.today, "today");
  input.platforms.forEach((p, i) => {
    for (const key of ["reportDate", "extensionRequestDate"] as const) {
      const d = p[key];
      if (d === undefined) continue;
      parseIsoDate(d, `platforms.${i}.${key}`);
      if (compareIsoDates(d, received) < 0) {
        throw invalidField(`platforms.${i}.${key}`, {
          zh: `日期（${d}）不能早于收到委托书之日（${received}）`,
          en: `the date (${d}) cannot precede receipt of the commission (${received})`,
        });
      }
    }
  });
  const ids = input.platforms.map((p) => p.platformId);
  const reportedBy = (due: IsoDate, among: readonly PlatformDelivery[]) =>
    among.filter((p) => p.reportDate !== undefined && compareIsoDates(p.reportDate, due) <= 0).map((p) => p.platformId);

  const first = onlineInquiryDeadline({ commissionReceivedDate: received, suspensions }, cal);
  const onTime = reportedBy(first.due, input.platforms);
  const late = (used: string[]) => ids.filter((id) => !used.includes(id));
  if (compareIsoDates(today, first.due) <= 0) {
    if (onTime.length === ids.length) return { status: "delivered", due: first.due, extended: false, onTime, late: [], basis: [P("art 11 para 1")] };
    return { status: "waiting", due: first.due, extended: false, waitingFor: late(onTime), basis: [P("art 11 para 1")] };
  }
  if (onTime.length > 0) {
    // art 11 para 2: some reported in time — the others' extension applications are refused.
    return { status: "delivered", due: first.due, extended: false, onTime, late: late(onTime), basis: [P("art 11 para 1"), P("art 11 para 2")] };
  }
  const applied = input.platforms.filter((p) => p.extensionRequestDate !== undefined && compareIsoDates(p.extensionRequestDate, first.due) <= 0);
  if (applied.length === 0) {
    return {
      status: "appraisal",
      due: first.due,
      extended: false,
      reason: "allLateNoExtension",
      explanation: {
        zh: `全部司法网络询价平台均未在期限内（${first.due} 前）出具报告，且未申请延长期限，应当委托评估（第十一条第三款）`,
        en: `no platform reported by ${first.due} and none applied for an extension: an appraisal is commissioned (art 11 para 3)`,
      },
      basis: [P("art 11 para 3"), P("art 14")],
    };
  }
  const second = onlineInquiryDeadline({ commissionReceivedDate: received, extended: true, suspensions }, cal);
  const granted = applied.map((p) => p.platformId);
  const onTime2 = reportedBy(second.due, applied);
  const basis2 = [P("art 11 para 2")];
  if (compareIsoDates(today, second.due) <= 0) {
    if (onTime2.length === granted.length) return { status: "delivered", due: second.due, extended: true, onTime: onTime2, late: late(onTime2), basis: basis2 };
    return { status: "waiting", due: second.due, extended: true, waitingFor: granted.filter((id) => !onTime2.includes(id)), basis: basis2 };
  }
  if (onTime2.length > 0) return { status: "delivered", due: second.due, extended: true, onTime: onTime2, late: late(onTime2), basis: basis2 };
  return {
    status: "appraisal",
    due: second.due,
    extended: true,
    reason: "allLateAfterExtension",
    explanation: {
      zh: `延期后（${second.due} 前）仍无司法网络询价平台出具报告，网络询价不成，应当委托评估（第十一条第三款、第十四条）`,
      en: `no platform reported even after the extension (by ${second.due}): online inquiry failed and an appraisal is commissioned (arts 11 para 3, 14)`,
    },
    basis: [P("art 11 para 3"), P("art 14")],
  };
}

export type ReviewedReport = {
  platformId: string;
  /** art 12: wrong basic information, beyond the property, or property omitted. */
  defective: boolean;
  /** The day a corrected report arrived, if one did. */
  correctedDate?: IsoDate;
};

export type OnlineReview =
  | { status: "usable"; usable: string[]; excluded: string[]; basis: Citation[] }
  | { status: "correctionNeeded"; platforms: string[]; basis: Citation[] }
  | { status: "waitingForCorrections"; due: IsoDate; waitingFor: string[]; basis: Citation[] }
  | { status: "appraisal"; due: IsoDate; explanation: Localized; basis: Citation[] };

/**
 * The court's review of the reports delivered in time (art 12). Sound reports are used and defective
 * ones left out; only when every report is defective are the platforms told to correct within 3 days
 * (from `correctionNoticeDate`), and then the reports corrected in time are used.
 */
export function reviewOnlineReports(
  input: { reports: readonly ReviewedReport[]; correctionNoticeDate?: IsoDate; today: IsoDate; suspensions?: readonly Suspension[] },
  cal: StatutoryCalendar,
): OnlineReview {
  checkIds(input.reports, "reports");
  const today = parseIsoDate(input.today, "today");
  input.reports.forEach((r, i) => {
    if (r.correctedDate !== undefined) parseIsoDate(r.correctedDate, `reports.${i}.correctedDate`);
  });
  const sound = input.reports.filter((r) => !r.defective).map((r) => r.platformId);
  const defective = input.reports.filter((r) => r.defective).map((r) => r.platformId);
  if (sound.length > 0) {
    return { status: "usable", usable: sound, excluded: defective, basis: [P("art 12"), P("art 13 para 1")] };
  }
  if (input.correctionNoticeDate === undefined) return { status: "correctionNeeded", platforms: defective, basis: [P("art 12")] };
  const clock = onlineCorrectionDeadline({ noticeDate: input.correctionNoticeDate, suspensions: input.suspensions ?? [] }, cal);
  const corrected = input.reports
    .filter((r) => r.correctedDate !== undefined && compareIsoDates(r.correctedDate, input.correctionNoticeDate!) >= 0 && compareIsoDates(r.correctedDate, clock.due) <= 0)
    .map((r) => r.platformId);
  if (compareIsoDates(today, clock.due) <= 0 && corrected.length < defective.length) {
    return { status: "waitingForCorrections", due: clock.due, waitingFor: defective.filter((id) => !corrected.includes(id)), basis: [P("art 12")] };
  }
  if (corrected.length > 0) {
    return { status: "usable", usable: corrected, excluded: defective.filter((id) => !corrected.includes(id)), basis: [P("art 12"), P("art 13 para 1")] };
  }
  return {
    status: "appraisal",
    due: clock.due,
    explanation: {
      zh: `全部司法网络询价平台均未在期限内（${clock.due} 前）补正网络询价报告，应当委托评估（第十一条第三款）`,
      en: `no platform corrected its report by ${clock.due}: an appraisal is commissioned (art 11 para 3)`,
    },
    basis: [P("art 12"), P("art 11 para 3"), P("art 14")],
  };
}

/** none: no objection; pending: not decided yet; dismissed; corrected (use correctedResultFen); upheld without a correction. */
export type PlatformObjection = "none" | "pending" | "dismissed" | "corrected" | "upheld";

export type PlatformResult = {
  platformId: string;
  /** The result of a report delivered (or corrected, art 12) in time. */
  resultFen: Fen;
  objection?: PlatformObjection;
  /** After an objection led to a correction: the corrected result. */
  correctedResultFen?: Fen;
};

export type ExclusionReason = "objected" | "objectionUpheld";

export type OnlineReferencePrice =
  | {
      status: "price";
      priceFen: Fen;
      used: { platformId: string; resultFen: Fen }[];
      excluded: { platformId: string; reason: ExclusionReason }[];
      /** How the average was rounded: half up to the fen. */
      rounding: "halfUpToFen";
      basis: Citation[];
    }
  | { status: "pending"; waitingFor: string[]; basis: Citation[] }
  | { status: "appraisal"; explanation: Localized; basis: Citation[] };

/** round_half_up(Σ results / n) in integer fen, exactly (BigInt). */
export function averageFen(values: readonly Fen[]): Fen {
  if (values.length === 0) throw new RangeError("cannot average no values");
  let sum = 0n;
  for (const v of values) {
    if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`not a non-negative safe integer amount of fen: ${v}`);
    sum += BigInt(v);
  }
  return Number(divRoundHalfUp(sum, BigInt(values.length)));
}

/**
 * The reference price from the platforms' results (art 13): the average, in integer fen rounded half up,
 * of the results used — all of them; or, after objections, those not objected to (when only some were),
 * or those whose objection was dismissed or that were corrected (when all were).
 */
export function onlineReferencePrice(results: readonly PlatformResult[]): OnlineReferencePrice {
  checkIds(results, "results");
  results.forEach((r, i) => {
    if (!Number.isSafeInteger(r.resultFen) || r.resultFen <= 0) {
      throw invalidField(`results.${i}.resultFen`, { zh: "询价结果必须是正的整数分", en: "a result must be a positive whole number of fen" });
    }
    const o = r.objection ?? "none";
    if (!["none", "pending", "dismissed", "corrected", "upheld"].includes(o)) {
      throw invalidField(`results.${i}.objection`, { zh: `未知的异议状态：${String(o)}`, en: `unknown objection status: ${String(o)}` });
    }
    if (o === "corrected" && (!Number.isSafeInteger(r.correctedResultFen) || r.correctedResultFen! <= 0)) {
      throw invalidField(`results.${i}.correctedResultFen`, { zh: "补正后的询价结果必须是正的整数分", en: "a corrected result must be a positive whole number of fen" });
    }
  });
  const objectionOf = (r: PlatformResult) => r.objection ?? "none";
  const objected = results.filter((r) => objectionOf(r) !== "none");
  let used: { platformId: string; resultFen: Fen }[];
  let excluded: { platformId: string; reason: ExclusionReason }[];
  let basis: Citation[];
  if (objected.length === 0) {
    used = results.map((r) => ({ platformId: r.platformId, resultFen: r.resultFen }));
    excluded = [];
    basis = [P("art 13 para 1")];
  } else if (objected.length < results.length) {
    used = results.filter((r) => objectionOf(r) === "none").map((r) => ({ platformId: r.platformId, resultFen: r.resultFen }));
    excluded = objected.map((r) => ({ platformId: r.platformId, reason: "objected" as const }));
    basis = [P("art 13 para 2")];
  } else {
    const pending = results.filter((r) => objectionOf(r) === "pending").map((r) => r.platformId);
    if (pending.length > 0) return { status: "pending", waitingFor: pending, basis: [P("art 13 para 2")] };
    used = results
      .filter((r) => objectionOf(r) === "dismissed" || objectionOf(r) === "corrected")
      .map((r) => ({ platformId: r.platformId, resultFen: objectionOf(r) === "corrected" ? r.correctedResultFen! : r.resultFen }));
    excluded = results.filter((r) => objectionOf(r) === "upheld").map((r) => ({ platformId: r.platformId, reason: "objectionUpheld" as const }));
    basis = [P("art 13 para 2")];
    if (used.length === 0) {
      return {
        status: "appraisal",
        explanation: {
          zh: "对全部网络询价报告的异议均成立且未补正，网络询价不成，应当委托评估（第十三条第二款、第十四条）",
          en: "every online report was successfully objected to and none was corrected: online inquiry failed and an appraisal is commissioned (arts 13 para 2, 14)",
        },
        basis: [P("art 13 para 2"), P("art 14")],
      };
    }
  }
  return { status: "price", priceFen: averageFen(used.map((u) => u.resultFen)), used, excluded, rounding: "halfUpToFen", basis };
}
