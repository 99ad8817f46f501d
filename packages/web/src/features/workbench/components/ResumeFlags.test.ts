// The workbench card of 终本 cases whose re-inquiry found property (终本规定 art 9), rendered to HTML in
// node, in zh-CN and en: one row per waiting flag with a link to the case, the run and what was found;
// no i18n key is left untranslated.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { App as AntApp } from "antd";
import i18next from "i18next";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { MemoryRouter } from "react-router";
import { beforeAll, describe, expect, it } from "vitest";
import en from "../../../i18n/en.json";
import zhCN from "../../../i18n/zh-CN.json";
import { ResumeFlags, type ResumeFlag } from "./ResumeFlags";

const CASE_ID = "55555555-5555-4555-8555-555555555555";
const items: ResumeFlag[] = [{ caseId: CASE_ID, caseNumber: "(2025)京73执1号", seq: 3, runDate: "2027-06-02", itemsFound: 2 }];

let i18n: typeof i18next;
beforeAll(async () => {
  i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({ resources: { "zh-CN": { translation: zhCN }, en: { translation: en } }, lng: "zh-CN", fallbackLng: false, interpolation: { escapeValue: false } });
});

async function render(list: ResumeFlag[], lang: string): Promise<string> {
  await i18n.changeLanguage(lang);
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(MemoryRouter, null, createElement(AntApp, null, createElement(ResumeFlags, { items: list })))));
}

describe("ResumeFlags", () => {
  it.each(["zh-CN", "en"])("a row per flag linking to the case (%s), no raw keys", async (lang) => {
    const html = await render(items, lang);
    expect(html).toContain('data-testid="workbench-resume-flags"');
    expect(html).toContain(`data-case-id="${CASE_ID}"`);
    expect(html).toContain(`href="/staff/cases/${CASE_ID}"`);
    expect(html).toContain('data-testid="resume-flag-case-link"');
    expect(html).toContain(lang === "en" ? "Run 3" : "第 3 次");
    expect(html).toContain(lang === "en" ? "2 item(s)" : "2 项");
    expect(html).toContain(lang === "en" ? en.workbench.resumeFlags.title : zhCN.workbench.resumeFlags.title);
    expect(html).not.toMatch(/\b(workbench|case|common)\.[a-z][\w.]*/);
  });
});
