// 诉讼费用交纳办法 art 14(1)2: the enforcement application fee for money or value-based enforcement,
// marginal: ≤10,000 yuan 50 yuan per case; over 10,000–500,000 1.5%; over 500,000–5,000,000 1%;
// over 5,000,000–10,000,000 0.5%; over 10,000,000 0.1%. (Paid after execution, art 20 para 2;
// borne by the respondent, art 38.)
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import type { Fen } from "./fen";
import { applyBrackets, assertAmountFen, type BracketLine, type BracketSpec } from "./marginal-brackets";

export type FeeResult = { amountFen: Fen; feeFen: Fen; brackets: BracketLine[]; basis: Citation[] };

const YUAN = 100;

export const ENFORCEMENT_FEE_BRACKETS: BracketSpec[] = [
  { fromFen: 0, toFen: 10_000 * YUAN, flatFen: 50 * YUAN, rate: "flat" },
  { fromFen: 10_000 * YUAN, toFen: 500_000 * YUAN, numerator: 15, denominator: 1000, rate: "1.5%" },
  { fromFen: 500_000 * YUAN, toFen: 5_000_000 * YUAN, numerator: 1, denominator: 100, rate: "1%" },
  { fromFen: 5_000_000 * YUAN, toFen: 10_000_000 * YUAN, numerator: 5, denominator: 1000, rate: "0.5%" },
  { fromFen: 10_000_000 * YUAN, toFen: null, numerator: 1, denominator: 1000, rate: "0.1%" },
];

/** 诉讼费用交纳办法 art 14(1)1: with no amount or value, 50–500 yuan per case (the court fixes it). */
export const ENFORCEMENT_FEE_NO_AMOUNT = { minFen: 5000, maxFen: 50000 } as const;

export function computeEnforcementFee(amountFen: Fen): FeeResult {
  assertAmountFen(amountFen);
  const { lines, totalFen } = applyBrackets(amountFen, ENFORCEMENT_FEE_BRACKETS);
  return { amountFen, feeFen: totalFen, brackets: lines, basis: [citeSource("litigationFees", "art 14(1)2")] };
}
