// 超标的查封 (over-seizure, rules.md §5).
// 查封规定(2020) art 19 para 1 (CONFIRMED-P): measures are limited to property "价额足以清偿法律文书确定的
//   债权额及执行费用", "不得明显超标的额查封、扣押、冻结".
// 查封规定 art 19 para 2 (CONFIRMED-P): the excess part is released promptly (on the respondent's
//   application or of the court's own motion), "但该财产为不可分物且被执行人无其他可供执行的财产或者其他
//   财产不足以清偿债务的除外".
// 民诉法(2023) art 253 para 1 (CONFIRMED-P): what is queried, frozen, transferred or sold "不得超出被执行人
//   应当履行义务的范围".
//
// CHOICES where the text is silent:
// - NO NUMERIC THRESHOLD. "明显" (obviously) has no number in any stored source. We treat ANY excess over
//   the limit as over-seizure (strictest reading) and let the art 19 para 2 exception, recorded with a
//   justification, carry the cases where the excess is unavoidable.
// - The limit is claim + enforcement fee + delay interest (+ other execution costs such as appraisal or
//   auction costs when known): interest for delayed performance is part of what the respondent must pay
//   (民诉法 art 264), so it belongs to "债权额" in the sense of art 19.
// - The art 19 para 2 exception is written for releasing; we apply it to taking a new measure too: a
//   measure that need not be released may be taken. It needs all three: the asset is indivisible, the
//   respondent has no other property (or not enough, `noOtherProperty` covers both limbs), and a
//   justification of at least 2 characters is recorded.
// - Excess release order: LATEST-FIRST (by registration time). The earlier measures were within the
//   limit when taken, and earlier measures rank first among ordinary creditors (民诉法解释(2022) art 514:
//   "按照财产保全和执行中查封、扣押、冻结财产的先后顺序清偿"), so releasing the latest keeps the
//   applicant's best rank. A divisible asset (deposit, online funds) is released in part; an indivisible
//   one only as a whole, and only if its whole value fits in the excess still to release; otherwise it
//   is kept under the art 19 para 2 exception (releasing it would leave less than the claim plus costs)
//   and the officer records the justification. The release never takes the total below the limit.
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import type { IsoDate } from "../dates/iso-date";
import { DomainError, invalidField } from "../errors/domain-error";
import { computeDelayInterest } from "../money/delay-interest";
import { delayDays } from "../money/delay-days";
import { computeEnforcementFee } from "../money/enforcement-fee";
import { formatYuan, type Fen } from "../money/fen";
import { registrationKey } from "./queue";

function assertFen(value: unknown, field: string): asserts value is Fen {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw invalidField(field, {
      zh: `${field} 必须是非负整数（以分计，收到 ${String(value)}）`,
      en: `${field} must be a non-negative integer number of fen (got ${String(value)})`,
    });
  }
}

function safeSum(parts: Fen[], field: string): Fen {
  const total = parts.reduce((a, b) => a + b, 0);
  if (!Number.isSafeInteger(total)) {
    throw invalidField(field, { zh: "金额合计过大", en: "the total amount is too large" });
  }
  return total;
}

export type ControlLimitInput = { claimFen: Fen; enforcementFeeFen: Fen; delayInterestFen: Fen; otherCostsFen?: Fen };
export type ControlLimit = { limitFen: Fen; basis: Citation[] };

/** The most that may be kept under control: claim + enforcement fee + delay interest (+ other costs). */
export function controlLimitFen(input: ControlLimitInput): ControlLimit {
  assertFen(input.claimFen, "claimFen");
  assertFen(input.enforcementFeeFen, "enforcementFeeFen");
  assertFen(input.delayInterestFen, "delayInterestFen");
  const other = input.otherCostsFen ?? 0;
  assertFen(other, "otherCostsFen");
  return {
    limitFen: safeSum([input.claimFen, input.enforcementFeeFen, input.delayInterestFen, other], "limitFen"),
    basis: [citeSource("seizureProvisions", "art 19 para 1"), citeSource("civilProcedureLaw", "art 253 para 1")],
  };
}

export type ClaimToDateInput = {
  principalFen: Fen;
  /** Defaults to the fee on the principal (诉讼费用交纳办法 art 14(1)2). */
  enforcementFeeFen?: Fen;
  /** The expiry day of the performance period (迟延履行利息解释 art 2). */
  delayFrom: IsoDate;
  today: IsoDate;
  otherCostsFen?: Fen;
};

export type ClaimToDate = {
  principalFen: Fen;
  enforcementFeeFen: Fen;
  delayDays: number;
  delayInterestFen: Fen;
  otherCostsFen: Fen;
  limitFen: Fen;
  basis: Citation[];
};

/** The control limit on `today`: principal + enforcement fee + the doubled delay interest so far. */
export function claimPlusCostsToDate(input: ClaimToDateInput): ClaimToDate {
  assertFen(input.principalFen, "principalFen");
  const fee = input.enforcementFeeFen ?? computeEnforcementFee(input.principalFen).feeFen;
  assertFen(fee, "enforcementFeeFen");
  const days = delayDays(input.delayFrom, input.today);
  const interest = computeDelayInterest({ principalFen: input.principalFen, days });
  const otherCostsFen = input.otherCostsFen ?? 0;
  const limit = controlLimitFen({ claimFen: input.principalFen, enforcementFeeFen: fee, delayInterestFen: interest.interestFen, otherCostsFen });
  const basis = [...limit.basis, ...interest.basis];
  if (input.enforcementFeeFen === undefined) basis.push(citeSource("litigationFees", "art 14(1)2"));
  return {
    principalFen: input.principalFen,
    enforcementFeeFen: fee,
    delayDays: days,
    delayInterestFen: interest.interestFen,
    otherCostsFen,
    limitFen: limit.limitFen,
    basis,
  };
}

export type NewMeasureCheck = {
  existingControlledFen: Fen;
  newValueFen: Fen;
  limitFen: Fen;
  /** The new asset cannot be divided (a house, a patent, a vehicle …). */
  indivisible: boolean;
  /** The respondent has no other property available, or what else there is cannot pay the debt. */
  noOtherProperty: boolean;
  justification?: string;
};

export type NewMeasureResult = {
  ok: true;
  totalFen: Fen;
  /** How far the total exceeds the limit (0 when within it). */
  excessFen: Fen;
  /** True when the total exceeds the limit and the art 19 para 2 exception carries it. */
  exceptionApplied: boolean;
  justification?: string;
  basis: Citation[];
};

export const MIN_JUSTIFICATION_LENGTH = 2;

/** Whether a new measure keeps the total within the limit, or the art 19 para 2 exception applies. */
export function checkNewMeasure(input: NewMeasureCheck): NewMeasureResult {
  assertFen(input.existingControlledFen, "existingControlledFen");
  assertFen(input.newValueFen, "newValueFen");
  assertFen(input.limitFen, "limitFen");
  const totalFen = safeSum([input.existingControlledFen, input.newValueFen], "newValueFen");
  const basis = [citeSource("seizureProvisions", "art 19 para 1"), citeSource("civilProcedureLaw", "art 253 para 1")];
  if (totalFen <= input.limitFen) return { ok: true, totalFen, excessFen: 0, exceptionApplied: false, basis };
  const excessFen = totalFen - input.limitFen;
  const justification = typeof input.justification === "string" ? input.justification.trim() : "";
  if (input.indivisible === true && input.noOtherProperty === true && [...justification].length >= MIN_JUSTIFICATION_LENGTH) {
    return { ok: true, totalFen, excessFen, exceptionApplied: true, justification, basis: [...basis, citeSource("seizureProvisions", "art 19 para 2")] };
  }
  const missing: { zh: string; en: string }[] = [];
  if (input.indivisible !== true) missing.push({ zh: "该财产为不可分物", en: "the asset is indivisible" });
  if (input.noOtherProperty !== true) missing.push({ zh: "被执行人无其他可供执行的财产或者其他财产不足以清偿债务", en: "the respondent has no other (or not enough other) property" });
  if ([...justification].length < MIN_JUSTIFICATION_LENGTH) missing.push({ zh: `已记录理由（至少 ${MIN_JUSTIFICATION_LENGTH} 个字）`, en: `a justification is recorded (at least ${MIN_JUSTIFICATION_LENGTH} characters)` });
  throw new DomainError(
    "PRECONDITION_FAILED",
    {
      zh: `控制财产合计 ${formatYuan(totalFen, "zh")}，超出债权额及执行费用 ${formatYuan(input.limitFen, "zh")}（超出 ${formatYuan(excessFen, "zh")}），不得超标的额查封、扣押、冻结（《查封规定》第十九条）。例外须同时满足：${missing.map((m) => m.zh).join("；")}`,
      en: `The controlled total ${formatYuan(totalFen, "en")} would exceed the claim plus costs ${formatYuan(input.limitFen, "en")} by ${formatYuan(excessFen, "en")} (查封规定 art 19). The exception also needs: ${missing.map((m) => m.en).join("; ")}`,
    },
    { field: "valueFen" },
  );
}

export type ControlledMeasure = {
  id: string;
  valueFen: Fen;
  /** Beijing time "YYYY-MM-DDTHH:mm[:ss]": the release order is latest first. */
  registeredAt: string;
  /** Only an indivisible asset is released whole or not at all; deposits and funds are divisible. */
  indivisible: boolean;
};

export type ReleaseLine = { id: string; valueFen: Fen; releaseFen: Fen; whole: boolean };
export type RetainedLine = { id: string; valueFen: Fen; reason: "indivisibleExceedsExcess" };

export type ExcessRelease = {
  /** controlled − limit, 0 when within the limit. */
  excessFen: Fen;
  /** What a release task should release, latest first. */
  lines: ReleaseLine[];
  releaseFen: Fen;
  /** The part of the excess kept under the art 19 para 2 exception (indivisible assets). */
  retainedFen: Fen;
  retained: RetainedLine[];
  basis: Citation[];
};

/**
 * The excess over the limit and which measures a release task should cover (latest first; see the
 * header). releaseFen + retainedFen = excessFen, always; releaseFen = excessFen whenever the divisible
 * assets and the indivisible ones that fit are enough.
 */
export function excessToRelease(input: { controlledFen: Fen; limitFen: Fen; measures: readonly ControlledMeasure[] }): ExcessRelease {
  assertFen(input.controlledFen, "controlledFen");
  assertFen(input.limitFen, "limitFen");
  input.measures.forEach((m, i) => assertFen(m.valueFen, `measures.${i}.valueFen`));
  const sum = safeSum(input.measures.map((m) => m.valueFen), "measures");
  if (sum !== input.controlledFen) {
    throw invalidField("controlledFen", {
      zh: `controlledFen（${input.controlledFen}）须等于各项措施控制价值之和（${sum}）`,
      en: `controlledFen (${input.controlledFen}) must equal the sum of the measures' values (${sum})`,
    });
  }
  const basis = [citeSource("seizureProvisions", "art 19 para 2")];
  const excessFen = Math.max(0, input.controlledFen - input.limitFen);
  const latestFirst = input.measures
    .map((m, i) => ({ m, key: registrationKey(m.registeredAt, `measures.${i}.registeredAt`), i }))
    .sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : a.i - b.i));
  const lines: ReleaseLine[] = [];
  const passedOver: RetainedLine[] = [];
  let remaining = excessFen;
  for (const { m } of latestFirst) {
    if (remaining === 0) break;
    if (m.valueFen === 0) continue;
    if (m.valueFen <= remaining) {
      lines.push({ id: m.id, valueFen: m.valueFen, releaseFen: m.valueFen, whole: true });
      remaining -= m.valueFen;
    } else if (!m.indivisible) {
      lines.push({ id: m.id, valueFen: m.valueFen, releaseFen: remaining, whole: false });
      remaining = 0;
    } else {
      passedOver.push({ id: m.id, valueFen: m.valueFen, reason: "indivisibleExceedsExcess" });
    }
  }
  // Indivisible assets passed over are kept only if the excess could not be released elsewhere.
  const retained = remaining > 0 ? passedOver : [];
  return { excessFen, lines, releaseFen: excessFen - remaining, retainedFen: remaining, retained, basis };
}
