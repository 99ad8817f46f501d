// The mechanics every table of statutory periods shares: rows of (key, period, basis, confidence),
// frozen into a record, and overrides that may change only the values not read in a norm's full text.
import type { Citation } from "../citation/citation";
import { PERIOD_LIMITS, type Period } from "../calendar/compute-deadline";
import { DomainError, invalidField, type Localized } from "../errors/domain-error";

export type Confidence = "CONFIRMED-P" | "CONFIRMED-S" | "PARTIAL" | "UNCONFIRMED";

export type PeriodRow<K extends string> = {
  key: K;
  period: Period;
  basis: Citation;
  confidence: Confidence;
  description: Localized;
};

export type PeriodTable<K extends string> = Readonly<Record<K, PeriodRow<K>>>;

export function periodTable<K extends string>(rows: PeriodRow<K>[]): PeriodTable<K> {
  return Object.freeze(Object.fromEntries(rows.map((p) => [p.key, Object.freeze(p)])) as Record<K, PeriodRow<K>>);
}

/**
 * The table with configured lengths for the periods not read in the norm's full text. Overriding a
 * CONFIRMED-P period, an unknown key or a length out of range is refused (VALIDATION, field = the key).
 */
export function overridePeriods<K extends string>(table: PeriodTable<K>, overrides: Partial<Record<K, number>>, what: Localized): PeriodTable<K> {
  const result = { ...table } as Record<K, PeriodRow<K>>;
  for (const [key, n] of Object.entries(overrides) as [K, number | undefined][]) {
    if (n === undefined) continue;
    const current = table[key];
    if (!current) {
      throw invalidField(key, { zh: `未知的${what.zh}：${key}`, en: `unknown ${what.en}: ${key}` });
    }
    if (current.confidence === "CONFIRMED-P") {
      throw new DomainError(
        "VALIDATION",
        {
          zh: `${key} 的期间已由规范原文确认（${current.basis.law} ${current.basis.article}），不可配置`,
          en: `${key} is confirmed in the norm's full text (${current.basis.en}, ${current.basis.article}) and cannot be overridden`,
        },
        { field: key },
      );
    }
    const max = PERIOD_LIMITS[current.period.unit];
    if (!Number.isInteger(n) || n < 1 || n > max) {
      throw invalidField(key, {
        zh: `${key} 必须是 1 至 ${max} 之间的整数（收到 ${String(n)}）`,
        en: `${key} must be an integer from 1 to ${max} (got ${String(n)})`,
      });
    }
    result[key] = Object.freeze({ ...current, period: { ...current.period, n } });
  }
  return Object.freeze(result);
}
