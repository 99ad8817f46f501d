// 暂缓 and 中止 of an online auction, and its resumption (rules.md §10).
//   网拍规定(2016) art 28 para 1 (CONFIRMED-P): where enforcement must by law be postponed or suspended
//     during the auction, the court decides to postpone (暂缓) or rules to suspend (中止) the auction, and
//     stops it itself or has the platform stop it; para 3: the reason is announced on the platform.
//   art 28 para 4: when the postponement ends or the suspension's cause lapses and the auction is to go
//     on, it is resumed within 5 days → a clock counted from the day the cause ended.
//   拍卖变卖规定(2020) art 19: the respondent paying in full before the auction day may ask for it to stop
//     (that is a withdrawal, cancelLot, not a suspension).
//
// DECISIONS:
//   • A lot may be suspended while announced (before or during bidding), not after bidding ended: the
//     result is then the close's, and the lot is closed first.
//   • Resumption re-announces the lot on a new schedule that follows the announcement periods (arts 12,
//     26) counted from the resumption day, and bidding lasts ≥ 24 hours (art 20 para 2). The bids of
//     the interrupted bidding are voided (kept for the record): a resumed auction starts from the
//     starting price, so no bidder is held to a price offered under a schedule that no longer stands.
//     Registrations and paid deposits carry over.
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import { computeDeadline, type Period } from "../calendar/compute-deadline";
import type { StatutoryCalendar } from "../calendar/types";
import { DomainError, invalidField, type Localized } from "../errors/domain-error";
import { compareIsoDates, parseIsoDate, type IsoDate } from "../dates/iso-date";
import type { AuctionAssetClass } from "./asset-class";
import { AUCTION_DURATIONS, AUCTION_PERIODS, type AuctionPeriods } from "./periods";
import { earliestAuctionStart, type AuctionRound } from "./schedule";
import { shanghaiDateOf } from "./instant";

export type SuspensionKind = "postpone" | "stay";
export const SUSPENSION_KINDS: readonly SuspensionKind[] = ["postpone", "stay"];
export const SUSPENSION_LABELS: Record<SuspensionKind, Localized> = {
  postpone: { zh: "暂缓拍卖", en: "postponed" },
  stay: { zh: "中止拍卖", en: "stayed" },
};

export const SUSPENSION_BASIS: readonly Citation[] = Object.freeze([citeSource("onlineAuction", "art 28 para 1"), citeSource("onlineAuction", "art 28 para 3")]);

/** Art 28 para 1: whether a lot in this state may be suspended now. Throws PRECONDITION_FAILED naming `status`. */
export function assertSuspendable(input: { status: string; endAtMs: number; nowMs: number }): Citation[] {
  const refuse = (zh: string, en: string) => new DomainError("PRECONDITION_FAILED", { zh, en }, { field: "status" });
  if (input.status === "suspended") throw refuse("拍卖已暂缓或中止", "The auction is already suspended");
  if (input.status !== "announced") throw refuse(`拍卖状态为 ${input.status}：只有已公告、尚未结束的拍卖可以暂缓或中止（网拍规定第二十八条）`, `The lot is ${input.status}: only an announced lot not yet ended may be suspended (网拍规定 art 28)`);
  if (input.nowMs >= input.endAtMs) throw refuse("竞价已经结束，请先结束竞价", "Bidding has ended; close the lot first");
  return [...SUSPENSION_BASIS];
}

export type ResumeClock = { from: IsoDate; due: IsoDate; period: Period; provisional: boolean; basis: Citation[] };

/** Art 28 para 4: resume within 5 days after the postponement ended or the suspension's cause lapsed. */
export function resumeDeadline(causeEndedOn: IsoDate, cal: StatutoryCalendar, periods: AuctionPeriods = AUCTION_PERIODS): ResumeClock {
  const from = parseIsoDate(causeEndedOn, "causeEndedOn");
  const row = periods.resumeAfterSuspension;
  const d = computeDeadline(from, row.period, cal);
  return { from, due: d.due, period: { ...row.period }, provisional: d.provisional, basis: [row.basis, ...d.basis] };
}

export type ResumedSchedule = {
  announcementDate: IsoDate;
  earliestStart: IsoDate;
  /** False when resumed after the 5 days of art 28 para 4 (still allowed; the clock shows it overdue). */
  inTime: boolean;
  resumeBy: IsoDate | null;
  basis: Citation[];
};

/**
 * The resumed lot's schedule (art 28 para 4 with arts 12, 26 and 20): re-announced on `resumeOn`, bidding
 * starting no earlier than the announcement period allows, lasting ≥ 24 hours, in the future.
 */
export function resumedSchedule(
  input: { resumeOn: IsoDate; causeEndedOn: IsoDate | null; assetClass: AuctionAssetClass; round: AuctionRound; startAt: number; endAt: number; nowMs: number },
  cal: StatutoryCalendar,
  periods: AuctionPeriods = AUCTION_PERIODS,
): ResumedSchedule {
  parseIsoDate(input.resumeOn, "resumeOn");
  if (input.causeEndedOn && compareIsoDates(input.resumeOn, input.causeEndedOn) < 0) {
    throw invalidField("resumeOn", { zh: "恢复日期不能早于暂缓或中止事由消失之日", en: "The auction cannot resume before the cause of the suspension ended" });
  }
  if (!Number.isFinite(input.startAt) || input.startAt <= input.nowMs) {
    throw invalidField("startAt", { zh: "恢复后的竞价开始时间须晚于现在", en: "The resumed bidding must start in the future" });
  }
  if (!Number.isFinite(input.endAt) || input.endAt - input.startAt < AUCTION_DURATIONS.biddingMinimum.ms) {
    throw invalidField("endAt", { zh: "竞价时间不少于二十四小时（网拍规定第二十条第二款）", en: "Bidding lasts at least 24 hours (网拍规定 art 20 para 2)" });
  }
  const earliest = earliestAuctionStart(input.resumeOn, input.assetClass, input.round, cal, periods);
  const startDate = shanghaiDateOf(input.startAt);
  if (compareIsoDates(startDate, earliest.date) < 0) {
    throw invalidField("startAt", {
      zh: `${input.resumeOn} 恢复并重新公告的，竞价最早于 ${earliest.date} 开始（公告期 ${earliest.period.n} 日）`,
      en: `re-announced on ${input.resumeOn}, bidding starts on ${earliest.date} at the earliest (the ${earliest.period.n}-day announcement period)`,
    });
  }
  const clock = input.causeEndedOn ? resumeDeadline(input.causeEndedOn, cal, periods) : null;
  return {
    announcementDate: input.resumeOn,
    earliestStart: earliest.date,
    inTime: clock ? compareIsoDates(input.resumeOn, clock.due) <= 0 : true,
    resumeBy: clock?.due ?? null,
    basis: [citeSource("onlineAuction", "art 28 para 4"), ...earliest.basis, AUCTION_DURATIONS.biddingMinimum.basis],
  };
}
