// Limits of fines, detention and summons (rules.md §11). All CONFIRMED-P (read in the full text), so
// they are exact constants, not configuration.
//   民诉法(2023) art 118 para 1: an individual's fine ≤ 100,000 yuan; an entity's 50,000–1,000,000 yuan.
//   art 118 para 2: detention ≤ 15 days. para 3: custody by the public security organ; the court may
//     release early when the detainee admits and corrects the wrong.
//   民诉法解释(2022) art 482 para 2: questioning after a summons (拘传) ≤ 8 hours; ≤ 24 hours when the
//     case is complex and detention may lawfully follow.
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import type { Fen } from "../money/fen";

/** 民诉法(2023) art 118 para 1, in fen: individual ≤ 10,000,000 fen; entity 5,000,000–100,000,000 fen. */
export const FINE_LIMITS_FEN = Object.freeze({
  individualMax: 10_000_000 as Fen,
  entityMin: 5_000_000 as Fen,
  entityMax: 100_000_000 as Fen,
});
export const FINE_LIMITS_BASIS: Citation = citeSource("civilProcedureLaw", "art 118 para 1");

/** 民诉法(2023) art 118 para 2: detention lasts at most 15 days. */
export const DETENTION_MAX_DAYS = 15;
export const DETENTION_BASIS: Citation = citeSource("civilProcedureLaw", "art 118 paras 2–3");

/** 民诉法解释(2022) art 482 para 2, in hours. */
export const SUMMONS_QUESTIONING_MAX_HOURS = Object.freeze({ ordinary: 8, complexDetentionPossible: 24 });
export const SUMMONS_BASIS: Citation = citeSource("civilProcedureInterpretation", "art 482 para 2");

const HOUR_MS = 3_600_000;

export type SummonsLimit = { maxHours: number; endsBy: number; basis: Citation[] };

/**
 * The latest instant (ms since the epoch) questioning after a summons may last, counted from the
 * moment it began: 8 hours, or 24 when the case is complex and detention may follow (art 482 para 2).
 * Also, 民诉法 art 119 para 1-2: a summons needs the president's approval and a summons warrant (拘传票).
 */
export function summonsQuestioningLimit(startedAtMs: number, complexDetentionPossible: boolean): SummonsLimit {
  if (!Number.isSafeInteger(startedAtMs)) throw new RangeError(`startedAtMs must be an integer instant (got ${startedAtMs})`);
  const maxHours = complexDetentionPossible ? SUMMONS_QUESTIONING_MAX_HOURS.complexDetentionPossible : SUMMONS_QUESTIONING_MAX_HOURS.ordinary;
  return { maxHours, endsBy: startedAtMs + maxHours * HOUR_MS, basis: [SUMMONS_BASIS, citeSource("civilProcedureLaw", "art 119 paras 1–2")] };
}
