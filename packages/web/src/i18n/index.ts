import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import zhCN from "./zh-CN.json";
import en from "./en.json";
import { STATUTORY_PERIODS } from "@zhixing/domain";

const PERIOD_VARIABLES = {
  decisionDays: STATUTORY_PERIODS.registrationDecision.period.n,
  assignmentDays: STATUTORY_PERIODS.handlerAssignment.period.n,
  termMonths: STATUTORY_PERIODS.enforcementTerm.period.n,
};

export type Lang = "zh-CN" | "en";
export const LANGS: readonly Lang[] = ["zh-CN", "en"];
const STORAGE_KEY = "zhixing.lang";

export function readStoredLang(): Lang {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    if (v === "en" || v === "zh-CN") return v;
  } catch {
    /* storage unavailable: use the default */
  }
  return "zh-CN";
}

export function storeLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* ignore */
  }
}

void i18n.use(initReactI18next).init({
  resources: { "zh-CN": { translation: zhCN }, en: { translation: en } },
  lng: readStoredLang(),
  fallbackLng: false,
  // Plain-language explanations quote the statutory periods from the one table in the domain.
  interpolation: { escapeValue: false, defaultVariables: PERIOD_VARIABLES },
  returnNull: false,
});

i18n.on("languageChanged", (lng) => {
  document.documentElement.lang = lng;
});
document.documentElement.lang = i18n.language;

export { i18n };
