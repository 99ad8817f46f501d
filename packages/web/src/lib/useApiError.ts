import { useCallback } from "react";
import { App } from "antd";
import type { FormInstance } from "antd";
import { useTranslation } from "react-i18next";
import { ApiError, pickLocalized } from "../api/client";

type NamePath = (string | number)[];

/** "respondents[0].name" / "respondents.0.name" → ["respondents", 0, "name"]. */
export function toNamePath(field: string): NamePath {
  return field
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".")
    .filter((s) => s.length > 0)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function samePath(a: NamePath, b: NamePath): boolean {
  return a.length === b.length && a.every((x, i) => String(x) === String(b[i]));
}

/**
 * Returns a handler that shows an error in the current language: on the form field it names
 * when that field is on the form (optionally under `prefix`), otherwise as a toast.
 */
export function useApiError() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();

  return useCallback(
    (err: unknown, form?: FormInstance, prefix: NamePath = []) => {
      if (!(err instanceof ApiError)) {
        message.error(t("errors.unexpected"));
        return;
      }
      const lang = i18n.language;
      const text = err.localized(lang);
      if (form) {
        const registered = form.getFieldsError().map((f) => f.name as NamePath);
        const fieldErrors: { name: NamePath; errors: string[] }[] = [];
        const candidates: { field: string; msg: string }[] = [];
        if (err.field) candidates.push({ field: err.field, msg: text });
        for (const d of err.details ?? []) {
          if (d.field) candidates.push({ field: d.field, msg: pickLocalized(d.message, lang) });
        }
        for (const c of candidates) {
          const path = [...prefix, ...toNamePath(c.field)];
          const hit = registered.find((r) => samePath(r, path));
          if (hit) fieldErrors.push({ name: hit, errors: [c.msg] });
        }
        if (fieldErrors.length > 0) {
          form.setFields(fieldErrors);
          form.scrollToField(fieldErrors[0]!.name);
          if (!err.field || !fieldErrors.some((f) => samePath(f.name, [...prefix, ...toNamePath(err.field!)]))) {
            message.error(text);
          }
          return;
        }
      }
      const extra = (err.details ?? [])
        .filter((d) => !d.field)
        .map((d) => pickLocalized(d.message, lang));
      message.error([text, ...extra].join(t("common.citationSep")));
    },
    [i18n.language, message, t],
  );
}
