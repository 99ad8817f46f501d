import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { Localized } from "../api/types";
import { pickLocalized } from "../api/client";

/** A domain label ({ zh, en }) in the interface language; English labels start with a capital. */
export function useLocalized() {
  const { i18n } = useTranslation();
  return useCallback(
    (l: Localized | null | undefined): string => {
      if (!l) return "—";
      const s = pickLocalized(l, i18n.language);
      return i18n.language.startsWith("zh") ? s : s.charAt(0).toUpperCase() + s.slice(1);
    },
    [i18n.language],
  );
}
