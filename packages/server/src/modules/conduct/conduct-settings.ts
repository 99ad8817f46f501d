// Settings of the conduct module, read once per application context from the environment:
//   ZHIXING_CONDUCT_SETTINGS  JSON of the product settings of conduct duties (domain conduct/compliance.ts,
//                             UNCONFIRMED — no norm fixes them), e.g. {"checkIntervalDays": 14, "checkCount": 4,
//                             "referralAfterSanctions": 2, "newPeriodDays": 10}; each key is validated by the
//                             domain's withConductSettings, an unknown key is refused.
// Kept beside the context (a WeakMap), like the auction settings. Read at start-up (runtime.ts), so an
// invalid value stops the server with its reason.
import { CONDUCT_SETTINGS, DomainError, withConductSettings, type ConductSettings } from "@zhixing/domain";

const KEYS = ["checkIntervalDays", "checkCount", "referralAfterSanctions", "newPeriodDays"] as const;

export function conductSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): Readonly<ConductSettings> {
  const raw = env.ZHIXING_CONDUCT_SETTINGS;
  if (!raw) return CONDUCT_SETTINGS;
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new Error("expected a JSON object");
    const unknown = Object.keys(parsed).filter((k) => !(KEYS as readonly string[]).includes(k));
    if (unknown.length) throw new Error(`unknown setting ${unknown.join(", ")} (known: ${KEYS.join(", ")})`);
    return withConductSettings(parsed as Partial<Pick<ConductSettings, (typeof KEYS)[number]>>);
  } catch (e) {
    throw new Error(`ZHIXING_CONDUCT_SETTINGS is invalid: ${e instanceof DomainError ? e.messages.en : (e as Error).message}`);
  }
}

const SETTINGS = new WeakMap<object, Readonly<ConductSettings>>();

export function conductSettings(ctx: object): Readonly<ConductSettings> {
  let s = SETTINGS.get(ctx);
  if (!s) {
    s = conductSettingsFromEnv();
    SETTINGS.set(ctx, s);
  }
  return s;
}

/** For tests and deployments that configure the module in code. */
export function setConductSettings(ctx: object, settings: Readonly<ConductSettings>): void {
  SETTINGS.set(ctx, settings);
}
