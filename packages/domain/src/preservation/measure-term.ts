// The term of a seal, freeze or seizure (rules.md §4).
// 民诉法解释(2022) art 485 para 1 (CONFIRMED-P): deposits ≤ 1 year, movables ≤ 2, real estate and other
//   property rights ≤ 3 (classes in asset-types.ts). The court may set a shorter term; a longer one is
//   refused.
// Property preservation uses the same terms: 民诉法解释 art 156 ("财产保全的方法和措施，依照执行程序相关
//   规定办理") and 查封规定 art 29 (the Provisions apply to executing preservation rulings). CONFIRMED-P.
// Registered trademark in property preservation: 注册商标权保全解释(2020) art 2 (CONFIRMED-P): "一次不得
//   超过一年，自商标局收到协助执行通知书之日起计算" — so the term needs the registry's receipt date.
//   Which rule governs a trademark frozen in ENFORCEMENT is UNCONFIRMED (rules.md §4): we apply art 485
//   (3 years, "other property rights") and say so in `caveat`.
// A deduct (扣划) is a one-off transfer: it has no term (民诉法解释 art 484).
//
// Counting: through computeDeadline (民诉法 art 85 para 2 / 民法典 art 201: the start day is not counted;
// 民法典 art 202: the corresponding day of the final month, or its last day). CHOICE: the term ends on
// the NOMINAL last day, without the rest-day shift of 民诉法 art 85 para 3 / 民法典 art 203 para 1. The
// shift lengthens a period for someone who must act; a measure's term is a span of legal effect, and the
// assisting agencies (banks, registries) release on the date written in the notice whatever the day of
// the week. Ending on the nominal day is also the safe side: renewal falls due no later than the agency
// expects it. (Court notices sometimes write "自X至X+1年−1日"; where the notice states an end date,
// store that date as the measure's `expires`: renewal and status work from the stored date.)
import type { Citation } from "../citation/citation";
import { SOURCES, citeSource } from "../citation/sources";
import { computeDeadline, type DeadlineResult, type Period } from "../calendar/compute-deadline";
import type { StatutoryCalendar } from "../calendar/types";
import { compareIsoDates, parseIsoDate, type IsoDate } from "../dates/iso-date";
import { invalidField, type Localized } from "../errors/domain-error";
import { ASSET_TYPE_INFO, MEASURE_KIND_LABELS, TERM_CLASS_MAX, canTake, isAssetType, isMeasureKind, type AssetType, type MeasureKind } from "./asset-types";
import { PRESERVATION_PERIODS, type PreservationPeriods } from "./periods";
import { MEASURE_CONTEXTS, type MeasureContext } from "./types";

export type MeasureTermInput = {
  assetType: AssetType;
  kind: MeasureKind;
  /** The day the measure took effect (ruling and assistance notice served, 查封规定 art 1 para 2). */
  startDate: IsoDate;
  context: MeasureContext;
  /** Required for a registered trademark in preservation (注册商标权保全解释 art 2). */
  registryReceiptDate?: IsoDate;
  /** A term shorter than the maximum, in months; longer than the maximum is refused. */
  requestedMonths?: number;
};

export type MeasureTerm = {
  /** The day the term is counted from (itself not counted); null for a deduct. */
  countsFrom: IsoDate | null;
  /** The last day in force (effect ends at 24:00, 民法典 art 203 para 2); null for a deduct. */
  expires: IsoDate | null;
  /** The legal maximum for this asset and context; null for a deduct. */
  maxPeriod: Period | null;
  /** The period applied (the maximum, or the shorter requested term); null for a deduct. */
  period: Period | null;
  basis: Citation[];
  /** Set where the applicable rule itself is uncertain. */
  caveat?: Localized;
};

export type TermRule = { maxPeriod: Period; basis: Citation[]; anchorField: "startDate" | "registryReceiptDate"; caveat?: Localized };

const SHIFT_ARTICLES = new Set(["art 85 para 3", "art 203 para 1"]);

/** The counting citations of a deadline without the rest-day shift ones (terms end on the nominal day). */
export function nominalBasis(deadline: DeadlineResult): Citation[] {
  return deadline.basis.filter((c) => !SHIFT_ARTICLES.has(c.article) && c.law !== SOURCES.publicHolidays.law);
}

export function validateMeasureShape(input: { assetType: unknown; kind: unknown; context: unknown }): void {
  if (!isAssetType(input.assetType)) {
    throw invalidField("assetType", { zh: `未知的财产类型：${String(input.assetType)}`, en: `unknown asset type: ${String(input.assetType)}` });
  }
  if (!isMeasureKind(input.kind)) {
    throw invalidField("kind", { zh: `未知的措施种类：${String(input.kind)}`, en: `unknown measure kind: ${String(input.kind)}` });
  }
  if (!(MEASURE_CONTEXTS as readonly unknown[]).includes(input.context)) {
    throw invalidField("context", {
      zh: `context 必须是 enforcement 或 preservation（收到 ${String(input.context)}）`,
      en: `context must be enforcement or preservation (got ${String(input.context)})`,
    });
  }
  const asset = ASSET_TYPE_INFO[input.assetType];
  if (!canTake(input.kind, input.assetType)) {
    throw invalidField("kind", {
      zh: `对${asset.label.zh}不能采取${MEASURE_KIND_LABELS[input.kind].zh}措施，可采取：${asset.kinds.map((k) => MEASURE_KIND_LABELS[k].zh).join("、")}`,
      en: `a ${MEASURE_KIND_LABELS[input.kind].en} does not fit a ${asset.label.en}; fitting kinds: ${asset.kinds.join(", ")}`,
    });
  }
}

export function isTrademarkPreservation(m: { assetType: AssetType; context: MeasureContext }): boolean {
  return m.assetType === "trademark" && m.context === "preservation";
}

/** The maximum term and where it is counted from, for a measure that has a term (not a deduct). */
export function termRule(m: { assetType: AssetType; context: MeasureContext }, periods: PreservationPeriods = PRESERVATION_PERIODS): TermRule {
  if (isTrademarkPreservation(m)) {
    const p = periods.trademarkPreservationTermMax;
    return { maxPeriod: p.period, basis: [p.basis], anchorField: "registryReceiptDate" };
  }
  const p = periods[TERM_CLASS_MAX[ASSET_TYPE_INFO[m.assetType].termClass].periodKey];
  const basis = [p.basis];
  if (m.context === "preservation") basis.push(citeSource("civilProcedureInterpretation", "art 156"), citeSource("seizureProvisions", "art 29"));
  const rule: TermRule = { maxPeriod: p.period, basis, anchorField: "startDate" };
  if (m.assetType === "trademark") {
    rule.caveat = {
      zh: "执行中冻结注册商标权适用何种期限尚未核实；此处按《民诉法解释》第485条“其他财产权”三年计算",
      en: "Which term governs a trademark frozen in enforcement is unconfirmed; counted here as an 'other property right' under 民诉法解释 art 485 (3 years)",
    };
  }
  return rule;
}

export function maxMonths(period: Period): number {
  return period.unit === "years" ? period.n * 12 : period.n;
}

/** The period to apply: the maximum, or a shorter whole number of months (VALIDATION requestedMonths if longer). */
export function applyRequestedMonths(maxPeriod: Period, requestedMonths: number | undefined, basis: Citation[]): Period {
  if (requestedMonths === undefined) return maxPeriod;
  const max = maxMonths(maxPeriod);
  if (!Number.isInteger(requestedMonths) || requestedMonths < 1 || requestedMonths > max) {
    const b = basis[0]!;
    throw invalidField("requestedMonths", {
      zh: `requestedMonths 必须是 1 至 ${max} 之间的整数：期限不得超过 ${max} 个月（${b.law} ${b.article}；收到 ${String(requestedMonths)}）`,
      en: `requestedMonths must be an integer from 1 to ${max}: the term may not exceed ${max} months (${b.en}, ${b.article}; got ${String(requestedMonths)})`,
    });
  }
  return requestedMonths === max ? maxPeriod : { unit: "months", n: requestedMonths };
}

export function measureTerm(input: MeasureTermInput, cal: StatutoryCalendar, periods: PreservationPeriods = PRESERVATION_PERIODS): MeasureTerm {
  validateMeasureShape(input);
  const startDate = parseIsoDate(input.startDate, "startDate");
  if (input.kind === "deduct") {
    if (input.requestedMonths !== undefined) {
      throw invalidField("requestedMonths", { zh: "扣划是一次性措施，没有期限", en: "a deduction is a one-off measure and has no term" });
    }
    return {
      countsFrom: null,
      expires: null,
      maxPeriod: null,
      period: null,
      basis: [citeSource("civilProcedureInterpretation", "art 484"), citeSource("civilProcedureLaw", "art 253")],
    };
  }
  const rule = termRule(input, periods);
  let countsFrom = startDate;
  if (rule.anchorField === "registryReceiptDate") {
    if (input.registryReceiptDate === undefined) {
      throw invalidField("registryReceiptDate", {
        zh: "财产保全中注册商标权的保全期限自商标局收到协助执行通知书之日起计算，须填写 registryReceiptDate（《注册商标权保全解释》第二条）",
        en: "A registered trademark's preservation term counts from the day the trademark office received the assistance notice: registryReceiptDate is required (注册商标权保全解释 art 2)",
      });
    }
    countsFrom = parseIsoDate(input.registryReceiptDate, "registryReceiptDate");
    if (compareIsoDates(countsFrom, startDate) < 0) {
      throw invalidField("registryReceiptDate", {
        zh: `商标局收到通知之日（${countsFrom}）不能早于保全措施作出之日（${startDate}）`,
        en: `the trademark office cannot receive the notice (${countsFrom}) before the measure was made (${startDate})`,
      });
    }
  }
  const period = applyRequestedMonths(rule.maxPeriod, input.requestedMonths, rule.basis);
  const deadline = computeDeadline(countsFrom, period, cal);
  const result: MeasureTerm = {
    countsFrom,
    expires: deadline.nominalDue,
    maxPeriod: rule.maxPeriod,
    period,
    basis: [...rule.basis, ...nominalBasis(deadline)],
  };
  if (rule.caveat) result.caveat = rule.caveat;
  return result;
}
