// Settings of the credit module, read once per application context from the environment:
//   ZHIXING_CREDIT_PERIODS  JSON of the configurable credit-discipline periods (domain credit/periods.ts),
//                           e.g. {"correctionExamination": 20}: only values rules.md does not mark CONFIRMED-P
//                           may be changed (domain withCreditOverrides refuses the exit-restriction
//                           reconsideration's 10 / 15 days, 异议复议规定 art 9)
// Kept beside the context (a WeakMap), like the auction settings, so AppContext does not grow. The server
// reads it at start-up (runtime.ts createContext), so an invalid value stops the start with its reason.
import { CREDIT_PERIODS, DomainError, withCreditOverrides, type CreditPeriods } from "@zhixing/domain";

export type CreditSettings = { periods: CreditPeriods };

export function creditSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): CreditSettings {
  const raw = env.ZHIXING_CREDIT_PERIODS;
  if (!raw) return { periods: CREDIT_PERIODS };
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new Error("expected a JSON object of period lengths");
    return { periods: withCreditOverrides(parsed as Record<string, number>) };
  } catch (e) {
    throw new Error(`ZHIXING_CREDIT_PERIODS is invalid: ${e instanceof DomainError ? e.messages.en : (e as Error).message}`);
  }
}

const SETTINGS = new WeakMap<object, CreditSettings>();

export function creditSettings(ctx: object): CreditSettings {
  let s = SETTINGS.get(ctx);
  if (!s) {
    s = creditSettingsFromEnv();
    SETTINGS.set(ctx, s);
  }
  return s;
}

/** The credit periods of this context (the domain's defaults with the configured overrides). */
export const creditPeriods = (ctx: object): CreditPeriods => creditSettings(ctx).periods;

/** For tests and deployments that configure the module in code. */
export function setCreditSettings(ctx: object, settings: Partial<CreditSettings>): void {
  SETTINGS.set(ctx, { ...creditSettings(ctx), ...settings });
}
