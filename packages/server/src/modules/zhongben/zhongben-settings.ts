// Settings of the 终本 module, read once per application context from the environment:
//   ZHIXING_ZHONGBEN_SETTINGS  JSON, e.g. {"reinquiryInterval": 6, "reinquiryHorizon": 5,
//                              "requiredInvestigationSteps": ["cluesChecked", "networkInquiry", "onSiteCheck"]}:
//     reinquiryInterval (months) and reinquiryHorizon (years) — 终本规定(2016) art 9, CONFIRMED-S, through
//       the domain's withZhongbenOverrides (which refuses any CONFIRMED-P value);
//     requiredInvestigationSteps — the steps always required before the investigation counts as
//       exhausted (终本规定 art 3, PARTIAL), each one of INVESTIGATION_STEPS.
// Kept beside the context (a WeakMap), like the auction settings. Read at start-up (runtime.ts), so an
// invalid value stops the server with its reason.
import { DomainError, INVESTIGATION_STEPS, ZHONGBEN_PERIODS, ZHONGBEN_SETTINGS, withZhongbenOverrides, type InvestigationStep, type ZhongbenPeriods, type ZhongbenSettings } from "@zhixing/domain";

export type ZhongbenModuleSettings = { periods: ZhongbenPeriods; checklist: Readonly<ZhongbenSettings> };

const STEPS_KEY = "requiredInvestigationSteps";

export function zhongbenSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): ZhongbenModuleSettings {
  const raw = env.ZHIXING_ZHONGBEN_SETTINGS;
  if (!raw) return { periods: ZHONGBEN_PERIODS, checklist: ZHONGBEN_SETTINGS };
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new Error("expected a JSON object");
    const { [STEPS_KEY]: steps, ...periodOverrides } = parsed as Record<string, unknown>;
    let checklist: Readonly<ZhongbenSettings> = ZHONGBEN_SETTINGS;
    if (steps !== undefined) {
      if (!Array.isArray(steps) || steps.some((s) => typeof s !== "string" || !(INVESTIGATION_STEPS as readonly string[]).includes(s))) {
        throw new Error(`${STEPS_KEY} must be an array of ${INVESTIGATION_STEPS.join(", ")} (got ${JSON.stringify(steps)})`);
      }
      if (new Set(steps).size !== steps.length) throw new Error(`${STEPS_KEY} names a step twice`);
      checklist = Object.freeze({ ...ZHONGBEN_SETTINGS, requiredInvestigationSteps: Object.freeze([...(steps as InvestigationStep[])]) });
    }
    return { periods: withZhongbenOverrides(periodOverrides as Record<string, number>), checklist };
  } catch (e) {
    throw new Error(`ZHIXING_ZHONGBEN_SETTINGS is invalid: ${e instanceof DomainError ? e.messages.en : (e as Error).message}`);
  }
}

const SETTINGS = new WeakMap<object, ZhongbenModuleSettings>();

export function zhongbenSettings(ctx: object): ZhongbenModuleSettings {
  let s = SETTINGS.get(ctx);
  if (!s) {
    s = zhongbenSettingsFromEnv();
    SETTINGS.set(ctx, s);
  }
  return s;
}

/** For tests and deployments that configure the module in code. */
export function setZhongbenSettings(ctx: object, settings: Partial<ZhongbenModuleSettings>): void {
  SETTINGS.set(ctx, { ...zhongbenSettings(ctx), ...settings });
}
