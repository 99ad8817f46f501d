// 迟延履行利息解释 art 1 para 3 (法释〔2014〕8号; 民诉法(2023) art 264): the doubled part of the interest
// for delayed performance = unpaid money debt excluding general interest × 0.000175 per day × days.
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import { invalidField } from "../errors/domain-error";
import type { Fen } from "./fen";
import { assertAmountFen } from "./marginal-brackets";
import { divRoundHalfUp } from "./rational";

export type DelayInterestResult = {
  principalFen: Fen;
  days: number;
  interestFen: Fen;
  dailyRate: "0.000175";
  basis: Citation[];
};

export function computeDelayInterest(input: { principalFen: Fen; days: number }): DelayInterestResult {
  const { principalFen, days } = input;
  assertAmountFen(principalFen, "principalFen");
  if (!Number.isSafeInteger(days) || days < 0) {
    throw invalidField("days", {
      zh: `days 必须是非负整数（收到 ${String(days)}）`,
      en: `days must be a non-negative integer (got ${String(days)})`,
    });
  }
  // principal × days × 175 can exceed 2^53, so the product is taken in BigInt.
  const exact = divRoundHalfUp(BigInt(principalFen) * BigInt(days) * 175n, 1_000_000n);
  if (exact > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw invalidField("days", { zh: "利息金额过大，无法计算", en: "the interest is too large to compute" });
  }
  const interestFen = Number(exact);
  return {
    principalFen,
    days,
    interestFen,
    dailyRate: "0.000175",
    basis: [citeSource("delayInterest", "art 1 para 3"), citeSource("civilProcedureLaw", "art 264")],
  };
}
