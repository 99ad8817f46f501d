// Shared request/response schema pieces. Money is integer fen; dates are YYYY-MM-DD calendar dates.
import { z } from "zod";
import { msg } from "./zod-messages";

const MAX_FEN = 9_000_000_000_000_000; // below 2^53: 90 trillion yuan

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, msg("Expected a date YYYY-MM-DD", "日期格式应为 YYYY-MM-DD"))
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, msg("Not a real calendar date", "不是有效的日历日期"));

/** A non-negative integer amount in fen, in a query string. */
export const fenQuery = z
  .string()
  .regex(/^\d{1,16}$/, msg("Expected a whole number of fen (0 or more, no decimals)", "应为以分为单位的非负整数"))
  .transform(Number)
  .refine((n) => n <= MAX_FEN, msg("Amount too large", "金额过大"));

export const fenBody = z.number().int().min(0).max(MAX_FEN);

export const intQuery = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,7}$/, msg("Expected a whole number", "应为整数"))
    .transform(Number)
    .refine((n) => n >= min && n <= max, msg(`Must be between ${min} and ${max}`, `应在 ${min} 到 ${max} 之间`));

export const citationDto = z.object({ law: z.string(), article: z.string(), en: z.string() });
export const okDto = z.object({ ok: z.literal(true) });
