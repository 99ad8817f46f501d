// The 终本 tab's additions rendered to HTML in node (no DOM), in zh-CN and en: the resume flag with the
// handler's acknowledge button while it waits (read-only for others), the acknowledgement once recorded;
// the missing-respondent searches with the respondent's name and the record button; no i18n key is left
// untranslated. (The record and acknowledge dialogs are antd modals, which render nothing outside a DOM.)
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp } from "antd";
import i18next from "i18next";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { beforeAll, describe, expect, it } from "vitest";
import en from "../../../i18n/en.json";
import zhCN from "../../../i18n/zh-CN.json";
import type { Zhongben } from "../api/zhongben";
import { DebtorSearchList, ResumeFlagNotice } from "./ZhongbenExtras";

const pending: Zhongben["reinquiry"] = {
  schedule: [{ seq: 1, due: "2027-06-02", run: { runDate: "2027-06-02", status: "done", itemsFound: 2, propertyFound: true, resumeFlag: true, deletionTriggered: false } }],
  resumeFlag: true,
  resumePending: true,
  acknowledgements: [],
  fruitlessSearches: 0,
};
const acknowledged: Zhongben["reinquiry"] = { ...pending, resumePending: false, acknowledgements: [{ seq: 1, date: "2027-06-03", note: "已冻结查到的存款，拟恢复执行" }] };
const noop = () => undefined;
const RAW_KEY = /\b(zhongben|workbench|common)\.[a-z][\w.]*/;

let i18n: typeof i18next;
beforeAll(async () => {
  i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({ resources: { "zh-CN": { translation: zhCN }, en: { translation: en } }, lng: "zh-CN", fallbackLng: false, interpolation: { escapeValue: false } });
});

async function render(el: ReactElement, lang: string): Promise<string> {
  await i18n.changeLanguage(lang);
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(QueryClientProvider, { client: qc }, createElement(AntApp, null, el))));
}

describe("ResumeFlagNotice", () => {
  it.each(["zh-CN", "en"])("waiting: the flag with the handler's acknowledge button (%s), no raw keys", async (lang) => {
    const html = await render(createElement(ResumeFlagNotice, { reinquiry: pending, onAcknowledge: noop }), lang);
    expect(html).toContain('data-testid="zhongben-resume-flag"');
    expect(html).toContain('data-testid="zhongben-resume-ack"');
    expect(html).toContain(lang === "en" ? en.zhongben.resumeAck.action : zhCN.zhongben.resumeAck.action);
    expect(html).not.toMatch(RAW_KEY);
  });
  it("read-only without the action; the acknowledgement shown once recorded; nothing without a flag", async () => {
    const ro = await render(createElement(ResumeFlagNotice, { reinquiry: pending, onAcknowledge: null }), "zh-CN");
    expect(ro).toContain('data-testid="zhongben-resume-flag"');
    expect(ro).not.toContain('data-testid="zhongben-resume-ack"');
    const done = await render(createElement(ResumeFlagNotice, { reinquiry: acknowledged, onAcknowledge: noop }), "zh-CN");
    expect(done).toContain('data-testid="zhongben-resume-acknowledged"');
    expect(done).not.toContain('data-testid="zhongben-resume-ack"');
    expect(done).toContain("第 1 次查询，2027-06-03 处理：已冻结查到的存款，拟恢复执行");
    const none = await render(createElement(ResumeFlagNotice, { reinquiry: { ...pending, resumeFlag: false, resumePending: false }, onAcknowledge: noop }), "zh-CN");
    expect(none).not.toContain("zhongben-resume");
  });
});

describe("DebtorSearchList", () => {
  const searches: Zhongben["debtorSearches"] = [{ id: "s1", partyId: "p1", searchDate: "2026-11-20", measures: "走访户籍地、经常居住地，公安协查", found: false }];
  it.each(["zh-CN", "en"])("the searches with the respondent's name and the record button (%s), no raw keys", async (lang) => {
    const html = await render(createElement(DebtorSearchList, { searches, names: { p1: "张某某" }, onRecord: noop }), lang);
    expect(html).toContain('data-testid="zhongben-debtor-searches"');
    expect(html).toContain('data-testid="zhongben-record-debtor-search"');
    expect(html).toContain("张某某");
    expect(html).toContain("走访户籍地、经常居住地，公安协查");
    expect(html).toContain(lang === "en" ? en.zhongben.debtorSearch.notFound : zhCN.zhongben.debtorSearch.notFound);
    expect(html).not.toMatch(RAW_KEY);
  });
  it("without the action (a closed case, or not the handler) no record button; an empty list says so", async () => {
    const html = await render(createElement(DebtorSearchList, { searches: [], names: {}, onRecord: null }), "en");
    expect(html).not.toContain('data-testid="zhongben-record-debtor-search"');
    expect(html).toContain(en.zhongben.debtorSearch.none);
  });
});
