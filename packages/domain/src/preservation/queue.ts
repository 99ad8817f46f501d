// 轮候查封、扣押、冻结 (queued measures, rules.md §4).
// 查封规定(2020) art 26 para 1 (CONFIRMED-P), in full: "对已被人民法院查封、扣押、冻结的财产，其他人民法院
//   可以进行轮候查封、扣押、冻结。查封、扣押、冻结解除的，登记在先的轮候查封、扣押、冻结即自动生效。"
//   So: a measure on an asset already under a measure is queued; when the first is RELEASED, the queued
//   measure REGISTERED EARLIEST takes effect automatically. Paras 2–3: registered assets get a queued
//   registration at the registry; unregistered ones a record signed, or a written notice.
// What art 26 does NOT say:
//   (1) Lapse. It speaks of 解除 (release) only. We treat a lapse (查封规定 art 27: the effect 消灭 when
//       the term runs out) like a release: the asset is no longer under the first measure either way.
//       INTERPRETATION. The joint notice 法发〔2004〕5号 art 20 (land and housing; CONFIRMED-S only,
//       quoted on http://uianet.net/dictionary/b9797352.html) likewise orders the queue by the time
//       the assistance notice was served and converts the first-ranked queued seal on "依法解除".
//   (2) When the promoted measure's term starts. Silent. Practice differs between registries (two
//       modes, reported e.g. at https://www.imlaw.cn/article-detail/66541). CONFIGURABLE:
//         "promotion" (DEFAULT): a full term counted from the day the measure takes effect. Before
//           that day it has no effect that could expire; art 485's terms are terms of effect.
//         "registration": the term written in the queued measure's own notice, counted from its own
//           registration (its stored `expires` if renewed while queued); such a measure can lapse
//           while still queued and is then skipped.
//       Either way a registered trademark in preservation counts from the office's receipt of the
//       notice (注册商标权保全解释 art 2, which fixes the start), so the choice does not apply to it.
// Dates: a first measure that lapsed after its last day E leaves the asset at 24:00 of E; the queued
// measure is in effect from E+1 and its term counts from E (E itself not counted, 民法典 art 201). A
// first released on day R: the queued measure is in effect from R, its term counts from R.
// Registered trademark in preservation: "对已经进行保全的注册商标权，不得重复进行保全"
//   (注册商标权保全解释 art 3, CONFIRMED-P): no second preservation, not even queued.
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import type { StatutoryCalendar } from "../calendar/types";
import { addDays } from "../dates/date-arithmetic";
import { compareIsoDates, parseIsoDate, type IsoDate } from "../dates/iso-date";
import { DomainError, invalidField } from "../errors/domain-error";
import { isTrademarkPreservation, measureTerm } from "./measure-term";
import { PRESERVATION_PERIODS, type PreservationPeriods } from "./periods";
import { measureStatus } from "./renewal";
import type { Measure, QueuePosition } from "./types";

export const QUEUE_TERM_STARTS = ["promotion", "registration"] as const;
export type QueueTermStart = (typeof QUEUE_TERM_STARTS)[number];
/** Product choice where 查封规定 art 26 is silent (see the header). */
export const DEFAULT_QUEUE_TERM_START: QueueTermStart = "promotion";

const REGISTERED_AT_RE = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;

/** "2025-03-10T09:30" or "2025-03-10T09:30:15", Beijing time; returns a key that sorts in time order. */
export function registrationKey(registeredAt: unknown, field = "registeredAt"): string {
  const match = typeof registeredAt === "string" ? REGISTERED_AT_RE.exec(registeredAt) : null;
  if (!match) {
    throw invalidField(field, {
      zh: `${field} 必须是北京时间 YYYY-MM-DDTHH:mm[:ss]（收到：${String(registeredAt)}）`,
      en: `${field} must be a Beijing time YYYY-MM-DDTHH:mm[:ss] (got: ${String(registeredAt)})`,
    });
  }
  parseIsoDate(match[1], field);
  return match[3] ? (registeredAt as string) : `${registeredAt as string}:00`;
}

export type QueueMeasure = Pick<Measure, "id" | "assetType" | "kind" | "context" | "position" | "registeredAt" | "startDate" | "expires"> &
  Partial<Pick<Measure, "releasedOn" | "registryReceiptDate">>;

/** Measures that hold or wait for the asset on `today` (a deduct is a one-off and holds nothing). */
function holding(measures: readonly QueueMeasure[], today: IsoDate): QueueMeasure[] {
  return measures.filter((m) => m.kind !== "deduct" && measureStatus(m, today) === "active");
}

/**
 * Where a new measure goes: "first" if nothing holds the asset on `today`, else "queued" (查封规定 art
 * 26 para 1). A registered trademark already under a preservation cannot be preserved again
 * (注册商标权保全解释 art 3): PRECONDITION_FAILED, field "context".
 */
export function queuePosition(
  newMeasure: Pick<Measure, "assetType" | "context">,
  measuresOnAsset: readonly QueueMeasure[],
  today: IsoDate,
): QueuePosition {
  parseIsoDate(today, "today");
  const held = holding(measuresOnAsset, today);
  if (isTrademarkPreservation(newMeasure) && held.some((m) => m.context === "preservation")) {
    throw new DomainError(
      "PRECONDITION_FAILED",
      {
        zh: "该注册商标权已被财产保全，不得重复进行保全（《注册商标权保全解释》第三条）",
        en: "This registered trademark is already under property preservation and may not be preserved again (注册商标权保全解释 art 3)",
      },
      { field: "context" },
    );
  }
  return held.length > 0 ? "queued" : "first";
}

export type Promotion = {
  measureId: string;
  previousFirstId: string;
  cause: "lapsed" | "released";
  /** The first day the promoted measure is in effect. */
  effectiveFrom: IsoDate;
  /** The day its term counts from (itself not counted); null for a deduct. */
  countsFrom: IsoDate | null;
  /** Its last day in force; null for a deduct. */
  expires: IsoDate | null;
  basis: Citation[];
};

export type QueueSkip = { measureId: string; reason: "released" | "lapsedWhileQueued" };

export type QueueResult = {
  /** The measure holding the asset on `today`, or null if none does. */
  currentFirstId: string | null;
  /** Promotions since the latest recorded first, in order (one may lapse and promote the next). */
  promotions: Promotion[];
  /** Queued measures passed over, and why. */
  skipped: QueueSkip[];
};

export type QueueOptions = { termStart?: QueueTermStart; periods?: PreservationPeriods };

/**
 * Replays the queue on one asset up to `today`. The current first is the latest-registered measure
 * recorded as "first" (a promoted measure is always registered later than the one it replaced). When it
 * has lapsed or been released, the earliest-registered queued measure still pending takes effect, and so
 * on while each promoted measure has itself ended by `today`.
 */
export function promoteQueue(
  measuresOnAsset: readonly QueueMeasure[],
  today: IsoDate,
  cal: StatutoryCalendar,
  opts: QueueOptions = {},
): QueueResult {
  parseIsoDate(today, "today");
  const termStart = opts.termStart ?? DEFAULT_QUEUE_TERM_START;
  if (!QUEUE_TERM_STARTS.includes(termStart)) {
    throw invalidField("termStart", { zh: `termStart 必须是 promotion 或 registration（收到 ${String(termStart)}）`, en: `termStart must be promotion or registration (got ${String(termStart)})` });
  }
  const periods = opts.periods ?? PRESERVATION_PERIODS;
  const keyed = measuresOnAsset.map((m, i) => ({ m, key: registrationKey(m.registeredAt, `measures.${i}.registeredAt`), i }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (let j = 1; j < keyed.length; j++) {
    if (keyed[j]!.key === keyed[j - 1]!.key) {
      throw invalidField(`measures.${keyed[j]!.i}.registeredAt`, {
        zh: `两项措施的登记时间相同（${keyed[j]!.m.registeredAt}），无法确定轮候顺序`,
        en: `two measures share the registration time ${keyed[j]!.m.registeredAt}; the queue order is undetermined`,
      });
    }
  }
  const firsts = keyed.filter((k) => k.m.position === "first");
  const queued = keyed.filter((k) => k.m.position === "queued");
  if (firsts.length === 0) {
    if (queued.length > 0) {
      throw invalidField("position", {
        zh: "轮候措施须排在一项在先的查封、扣押、冻结之后，但该财产上没有记录为 first 的措施",
        en: "queued measures wait behind a first measure, but none on this asset is recorded as first",
      });
    }
    return { currentFirstId: null, promotions: [], skipped: [] };
  }

  let current: QueueMeasure = firsts[firsts.length - 1]!.m;
  const pending = queued.filter((k) => compareIsoDates(k.m.startDate, today) <= 0).map((k) => k.m);
  const promotions: Promotion[] = [];
  const skipped: QueueSkip[] = [];
  for (;;) {
    const status = measureStatus(current, today);
    if (status === "active") return { currentFirstId: current.id, promotions, skipped };
    // The end that came first decides (measureStatus): lapse after the last day, or release.
    const lapsed = status === "lapsed";
    const endDay = lapsed ? current.expires! : current.releasedOn!;
    let next: QueueMeasure | undefined;
    let effectiveFrom: IsoDate = endDay;
    let promotedTerm: { countsFrom: IsoDate | null; expires: IsoDate | null; basis: Citation[] } | undefined;
    while ((next = pending.shift())) {
      // A measure cannot take effect before it was made (a data gap: it should have been first).
      const late = compareIsoDates(next.startDate, lapsed ? addDays(endDay, 1) : endDay) > 0;
      effectiveFrom = late ? next.startDate : lapsed ? addDays(endDay, 1) : endDay;
      const anchor = late ? next.startDate : endDay;
      if (next.releasedOn != null && compareIsoDates(next.releasedOn, effectiveFrom) <= 0) {
        skipped.push({ measureId: next.id, reason: "released" });
        continue;
      }
      promotedTerm = termOfPromoted(next, anchor, termStart, cal, periods);
      if (promotedTerm.expires !== null && compareIsoDates(promotedTerm.expires, effectiveFrom) < 0) {
        skipped.push({ measureId: next.id, reason: "lapsedWhileQueued" });
        continue;
      }
      break;
    }
    if (!next || !promotedTerm) return { currentFirstId: null, promotions, skipped };
    const basis: Citation[] = [citeSource("seizureProvisions", "art 26 para 1")];
    if (lapsed) basis.push(citeSource("seizureProvisions", "art 27 para 1"));
    promotions.push({
      measureId: next.id,
      previousFirstId: current.id,
      cause: lapsed ? "lapsed" : "released",
      effectiveFrom,
      countsFrom: promotedTerm.countsFrom,
      expires: promotedTerm.expires,
      basis: [...basis, ...promotedTerm.basis],
    });
    current = { ...next, position: "first", expires: promotedTerm.expires };
  }
}

/** The promoted measure's term: from its effect (promotion mode), or as made (registration mode, trademark preservation). */
function termOfPromoted(
  m: QueueMeasure,
  anchor: IsoDate,
  termStart: QueueTermStart,
  cal: StatutoryCalendar,
  periods: PreservationPeriods,
): { countsFrom: IsoDate | null; expires: IsoDate | null; basis: Citation[] } {
  if (m.kind === "deduct") return { countsFrom: null, expires: null, basis: [] };
  const shape = { assetType: m.assetType, kind: m.kind, context: m.context };
  if (isTrademarkPreservation(m) || termStart === "registration") {
    const input = m.registryReceiptDate === undefined ? { ...shape, startDate: m.startDate } : { ...shape, startDate: m.startDate, registryReceiptDate: m.registryReceiptDate };
    const t = measureTerm(input, cal, periods);
    // A stored expiry (the notice's own end date, or a renewal made while queued) prevails.
    return { countsFrom: t.countsFrom, expires: m.expires != null ? parseIsoDate(m.expires, "expires") : t.expires, basis: t.basis };
  }
  const t = measureTerm({ ...shape, startDate: anchor }, cal, periods);
  return { countsFrom: t.countsFrom, expires: t.expires, basis: t.basis };
}
