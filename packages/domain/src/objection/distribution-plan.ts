// A distribution plan (分配方案): the lines' arithmetic, when the plan may be carried out, and what is
// paid then. Its periods and outcome are in objections.ts (distributionObjectionDue,
// distributionCounterObjectionDue, distributionSuitDue, distributionOutcome; 民诉法解释 arts 509–510,
// 执行程序解释 arts 17–18).
import { compareIsoDates, type IsoDate } from "../dates/iso-date";
import type { DistributionOutcome } from "./objections";

export type PlanLineAmounts = { id: string; amountFen: number; revisedAmountFen: number | null };

/**
 * 民诉法解释 art 508: the plan shares out the money held; its lines must add up to the plan's amount, and
 * the amount must stay within the money not yet distributed (nor reserved by another plan).
 */
export function checkPlanAmounts(
  amountFen: number,
  lineAmounts: readonly number[],
  availableFen: number,
): { ok: true } | { ok: false; field: "lines" | "amountFen"; zh: string; en: string } {
  const sum = lineAmounts.reduce((s, a) => s + a, 0);
  if (sum !== amountFen) return { ok: false, field: "lines", zh: `各债权人分配数额合计 ${sum} 分，与方案分配总额 ${amountFen} 分不符`, en: `The lines add up to ${sum} fen, not the plan's ${amountFen} fen` };
  if (amountFen > availableFen) return { ok: false, field: "amountFen", zh: `方案分配总额 ${amountFen} 分超过本案尚未分配的执行款 ${availableFen} 分`, en: `The plan's ${amountFen} fen exceeds the case's undistributed money (${availableFen} fen)` };
  return { ok: true };
}

/**
 * What each line receives when the plan is carried out (民诉法解释 arts 509–510):
 *   no objection, or a counter-objection and no suit → the plan as drafted (art 509; art 510 para 2);
 *   an objection and no counter-objection → as revised per the objection (art 510 para 2);
 *   a suit → the undisputed part (the lower of the drafted and revised amounts) now, the disputed
 *   amount deposited until the suit ends (art 510 para 3).
 */
export function planPayments(outcome: DistributionOutcome["distribute"], lines: readonly PlanLineAmounts[]): { pay: { id: string; amountFen: number }[]; depositedFen: number } {
  const revised = (l: PlanLineAmounts) => l.revisedAmountFen ?? l.amountFen;
  if (outcome === "asRevisedPerObjection") return { pay: lines.map((l) => ({ id: l.id, amountFen: revised(l) })), depositedFen: 0 };
  if (outcome === "withDisputedAmountDeposited") {
    const pay = lines.map((l) => ({ id: l.id, amountFen: Math.min(l.amountFen, revised(l)) }));
    const total = lines.reduce((s, l) => s + l.amountFen, 0);
    return { pay, depositedFen: total - pay.reduce((s, p) => s + p.amountFen, 0) };
  }
  return { pay: lines.map((l) => ({ id: l.id, amountFen: l.amountFen })), depositedFen: 0 };
}

/**
 * Whether the plan may be carried out on `today`: only when the round that decides the outcome has ended
 * — every objection period (art 509), the counter-objection period after the notice (art 510 para 2), the
 * objector's period to sue after the counter-objection notice (art 510 para 2) — or at once when a suit was
 * filed (art 510 para 3: the undisputed part is carried out, the disputed amount deposited).
 */
export function planReady(
  s: { objectionDues: readonly IsoDate[]; objectionFiled: boolean; counterDue: IsoDate | null; counterFiled: boolean; suitDue: IsoDate | null; suitFiled: boolean },
  today: IsoDate,
): { ok: true } | { ok: false; zh: string; en: string } {
  const after = (d: IsoDate | null) => d !== null && compareIsoDates(today, d) > 0;
  if (s.suitFiled) return { ok: true };
  if (!s.objectionFiled) {
    const last = [...s.objectionDues].sort(compareIsoDates).at(-1) ?? null;
    return after(last) ? { ok: true } : { ok: false, zh: `分配方案异议期间${last ? `至 ${last} ` : ""}尚未届满（《民诉法解释》第五百零九条）`, en: `The objection period${last ? ` (until ${last})` : ""} has not ended (民诉法解释 art 509)` };
  }
  if (!s.counterFiled) {
    return after(s.counterDue) ? { ok: true } : { ok: false, zh: s.counterDue ? `反对意见期间至 ${s.counterDue} 尚未届满（《民诉法解释》第五百一十条）` : "尚未通知其他债权人、被执行人（《民诉法解释》第五百一十条）", en: s.counterDue ? `The counter-objection period (until ${s.counterDue}) has not ended (民诉法解释 art 510)` : "The others have not been notified of the objection (民诉法解释 art 510)" };
  }
  return after(s.suitDue) ? { ok: true } : { ok: false, zh: s.suitDue ? `异议人起诉期间至 ${s.suitDue} 尚未届满（《民诉法解释》第五百一十条）` : "尚未通知异议人反对意见（《民诉法解释》第五百一十条）", en: s.suitDue ? `The objector's period to sue (until ${s.suitDue}) has not ended (民诉法解释 art 510)` : "The objector has not been notified of the counter-objection (民诉法解释 art 510)" };
}
