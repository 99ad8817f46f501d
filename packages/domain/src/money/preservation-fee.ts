// 诉讼费用交纳办法 art 14(2): the preservation application fee, marginal: ≤1,000 yuan (or no amount)
// 30 yuan; over 1,000–100,000 1%; over 100,000 0.5%; at most 5,000 yuan.
import { citeSource } from "../citation/sources";
import type { FeeResult } from "./enforcement-fee";
import type { Fen } from "./fen";
import { applyBrackets, assertAmountFen, type BracketSpec } from "./marginal-brackets";

const YUAN = 100;

export const PRESERVATION_FEE_CAP_FEN: Fen = 5_000 * YUAN;

export const PRESERVATION_FEE_BRACKETS: BracketSpec[] = [
  { fromFen: 0, toFen: 1_000 * YUAN, flatFen: 30 * YUAN, rate: "flat" },
  { fromFen: 1_000 * YUAN, toFen: 100_000 * YUAN, numerator: 1, denominator: 100, rate: "1%" },
  { fromFen: 100_000 * YUAN, toFen: null, numerator: 5, denominator: 1000, rate: "0.5%" },
];

/** `capped` is true when the bracket total exceeds the 5,000-yuan cap and the cap applies. Pass 0 when there is no amount. */
export function computePreservationFee(amountFen: Fen): FeeResult & { capped: boolean } {
  assertAmountFen(amountFen);
  const { lines, totalFen } = applyBrackets(amountFen, PRESERVATION_FEE_BRACKETS);
  const capped = totalFen > PRESERVATION_FEE_CAP_FEN;
  return {
    amountFen,
    feeFen: capped ? PRESERVATION_FEE_CAP_FEN : totalFen,
    brackets: lines,
    capped,
    basis: [citeSource("litigationFees", "art 14(2)")],
  };
}
