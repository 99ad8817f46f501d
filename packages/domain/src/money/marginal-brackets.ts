// Marginal ("超过…的部分") fee brackets, like tax brackets: each rate applies only to the part of the
// amount inside its bracket. The first bracket may be a flat amount instead of a rate.
import { invalidField } from "../errors/domain-error";
import { mulDivRoundHalfUp } from "./rational";
import type { Fen } from "./fen";

export type BracketSpec = {
  fromFen: Fen;
  toFen: Fen | null;
  /** Either a flat fee for the whole bracket, or a rate numerator/denominator. */
  flatFen?: Fen;
  numerator?: number;
  denominator?: number;
  /** Display form, e.g. "1.5%" or "flat". */
  rate: string;
};

export type BracketLine = { fromFen: Fen; toFen: Fen | null; rate: string; portionFen: Fen; feeFen: Fen };

/** Lines for every bracket the amount reaches (the first bracket always), and their total. */
export function applyBrackets(amountFen: Fen, brackets: BracketSpec[]): { lines: BracketLine[]; totalFen: Fen } {
  const lines: BracketLine[] = [];
  for (const b of brackets) {
    if (amountFen <= b.fromFen && lines.length > 0) break;
    const top = b.toFen === null ? amountFen : Math.min(amountFen, b.toFen);
    const portionFen = Math.max(0, top - b.fromFen);
    const feeFen = b.flatFen ?? mulDivRoundHalfUp(portionFen, b.numerator!, b.denominator!);
    lines.push({ fromFen: b.fromFen, toFen: b.toFen, rate: b.rate, portionFen, feeFen });
  }
  return { lines, totalFen: lines.reduce((sum, l) => sum + l.feeFen, 0) };
}

export function assertAmountFen(amountFen: Fen, field = "amountFen"): void {
  if (!Number.isSafeInteger(amountFen) || amountFen < 0) {
    throw invalidField(field, {
      zh: `${field} 必须是非负整数（以分计，收到 ${String(amountFen)}）`,
      en: `${field} must be a non-negative integer number of fen (got ${String(amountFen)})`,
    });
  }
}
