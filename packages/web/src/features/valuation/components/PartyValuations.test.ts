// The parties' valuation card (phone first), rendered to HTML in node from answers the real server gave
// a respondent (../testing/api-answers.json): the method and the path, the report and its result, the
// objection window — open with days left and the written objection form on the grounds the API accepts
// (all five against an appraisal, two against an online inquiry), closed after the 5 days, not yet
// running before service, never for a directed inquiry — the party's own objections and their tracks,
// the price with its validity; one column without tables; zh-CN and en; and the objection as sent.
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp } from "antd";
import i18next from "i18next";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { MemoryRouter } from "react-router";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import en from "../../../i18n/en.json";
import zhCN from "../../../i18n/zh-CN.json";
import type { CaseParty, CaseValuations, Valuation } from "../../../api/types";
import answers from "../testing/api-answers.json";
import { fileObjection } from "../api/valuations";
import { valuationKeys } from "../hooks/useValuations";
import { PartyValuations, PartyValuationView } from "./PartyValuations";

const served = answers.appraisalServedParty as unknown as Valuation;
const parties = answers.parties as unknown as CaseParty[];
const respondent = parties.find((p) => p.role === "respondent")!.id;
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
/** The online inquiry as a party sees it: no clocks, no timeline, no notes. */
const onlineForParty = (): Valuation => {
  const v = clone(answers.onlinePriced as unknown as Valuation);
  return { ...v, viewer: "party", clocks: [], timeline: [], referencePrice: null, status: "inProgress", objections: [] };
};

let i18n: typeof i18next;
beforeAll(async () => {
  i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({ resources: { "zh-CN": { translation: zhCN }, en: { translation: en } }, lng: "zh-CN", fallbackLng: false, interpolation: { escapeValue: false } });
});

async function render(el: ReactElement, lang = "zh-CN", seed?: (qc: QueryClient) => void): Promise<string> {
  await i18n.changeLanguage(lang);
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  qc.setQueryData(valuationKeys.agencies("patent"), answers.agencies);
  seed?.(qc);
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(QueryClientProvider, { client: qc }, createElement(MemoryRouter, null, createElement(AntApp, null, el)))));
}
const party = (v: Valuation, today: string, lang?: string, canObject = true) => render(createElement(PartyValuationView, { v, partyIds: [respondent], today, canObject }), lang);
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
const count = (html: string, needle: string) => html.split(needle).length - 1;
const windows = (html: string) => [...html.matchAll(/data-testid="objection-window" data-state="([^"]*)"/g)].map((m) => m[1]);
const grounds = (html: string) => [...html.matchAll(/data-testid="ground-(\w+)"/g)].map((m) => m[1]);

describe("the objection window on an appraisal report (served 2026-01-16; 5 days)", () => {
  it("open on 2026-01-19: the last day, days left, the rule, and the form with the five grounds of arts 22–23", async () => {
    const html = await party(served, "2026-01-19");
    expect(windows(html)).toEqual(["open"]);
    const t = text(html);
    expect(t).toContain("可以提出异议 异议期限至 2026-01-21 剩余 2 天");
    expect(t).toContain("您于 2026-01-16 收到报告。");
    expect(t).toContain("《参考价规定(2018)》第22条");
    expect(count(html, 'data-testid="objection-form"')).toBe(1);
    expect(grounds(html)).toEqual(["basicInfoError", "outOfScope", "agencyUnqualified", "seriousProceduralViolation", "substantive"]);
    expect(t).toContain("评估机构或者评估人员不具备相应评估资质 《参考价规定(2018)》第22条第1款第3项");
    expect(t).toContain("参照标准、计算方法或者评估结果 《参考价规定(2018)》第23条第1款");
    expect(html).toContain('data-testid="objection-statement"');
    expect(html).toContain('data-testid="objection-submit"');
  });

  it("still open on the last day; closed the day after: no form, and why", async () => {
    expect(windows(await party(served, "2026-01-21"))).toEqual(["open"]);
    const html = await party(served, "2026-01-22");
    expect(windows(html)).toEqual(["closed"]);
    expect(html).not.toContain('data-testid="objection-form"');
    expect(text(html)).toContain("异议期限已届满 异议期限已于 2026-01-21 届满，逾期提出的异议不予受理（《参考价规定(2018)》第24条第1款）。");
  });

  it("a closed case takes no objection; a report not yet served: the period has not begun", async () => {
    expect(await party(served, "2026-01-19", "zh-CN", false)).not.toContain('data-testid="objection-form"');
    const unserved = clone(served);
    unserved.reports[0]!.servedDate = null;
    unserved.reports[0]!.receipts = [];
    unserved.reports[0]!.objectionDue = null;
    const html = await party(unserved, "2026-01-17");
    expect(windows(html)).toEqual(["notServed"]);
    expect(html).not.toContain('data-testid="objection-form"');
    expect(text(html)).toContain("报告尚未送达；收到报告后五日内可以提出异议");
  });

  it("a report served by publication: the party is deemed to receive it 15 days later and objects within 5 days of that", async () => {
    const v = clone(served);
    v.reports[0]!.receipts = v.reports[0]!.receipts.map((r) => (r.partyId === respondent ? { ...r, via: "published" as const, receivedDate: "2026-01-31", objectionDue: "2026-02-05" } : r));
    const html = await party(v, "2026-01-25");
    expect(windows(html)).toEqual(["open"]);
    expect(text(html)).toContain("异议期限至 2026-02-05");
    expect(text(html)).toContain("报告经公示送达，视为您于 2026-01-31 收到。");
  });
});

describe("what else the party sees", () => {
  it("the method, the path, the report and its result; no clocks table, no tables at all (one column on a phone)", async () => {
    const html = await party(served, "2026-01-19");
    const t = text(html);
    expect(t).toContain("当前方式：委托评估");
    expect(count(html, 'data-testid="valuation-step"')).toBe(2);
    expect(t).toContain("未采用 当事人议价");
    expect(t).toContain("评估报告 长城明德资产评估有限公司（模拟） 打印 / 下载报告 结果： 846,716.00 元");
    expect(t).toContain("出具 2026-01-15 · 收到 2026-01-16 · 有效期至 2027-01-15");
    expect(html).not.toContain("ant-table");
    expect(html).not.toContain('data-testid="valuation-clocks"');
    expect(html).not.toContain('data-testid="valuation-actions"');
    // How the agencies were chosen, verifiable by the party too.
    expect(html).toContain('data-testid="party-lottery"');
    expect(html).toContain('data-testid="lottery-verify"');
    // Nothing in the page forces a width: no nowrap block wider than the screen.
    expect(html).not.toMatch(/white-space:\s*nowrap[^"]*"[^>]*>[^<]{60,}/);
  });

  it("an online inquiry report: only the two grounds open against it (art 22 para 1 items 1–2)", async () => {
    const html = await party(onlineForParty(), "2025-11-19");
    expect(windows(html)).toEqual(["open", "open"]);
    expect(count(html, 'data-testid="objection-form"')).toBe(2);
    expect(grounds(html)).toEqual(["basicInfoError", "outOfScope", "basicInfoError", "outOfScope"]);
    expect(text(html)).toContain("对网络询价报告，只能以财产基本信息错误、超出财产范围或者遗漏财产为由提出异议。");
  });

  it("a directed inquiry's result admits no objection (art 24 para 2)", async () => {
    const v = clone(served);
    v.reports[0]!.kind = "directedInquiry";
    v.reports[0]!.objectionDue = null;
    const html = await party(v, "2026-01-19");
    expect(windows(html)).toEqual(["notObjectable"]);
    expect(html).not.toContain('data-testid="objection-form"');
    expect(text(html)).toContain("对该结果提出的异议不予受理（《参考价规定(2018)》第24条第2款）");
  });

  it("the party's own objections: accepted on the agency-explanation track, or refused as late", async () => {
    const v = clone(served);
    const o = (answers.appraisalObjected as unknown as Valuation).objections[0]!;
    v.objections = [o, { ...o, id: "late1", accepted: false, status: "refused", track: null, refusalReason: "late", filedDate: "2026-01-26" }];
    const html = await party(v, "2026-01-26");
    const t = text(html);
    expect(t).toContain("我提出的异议");
    expect(t).toContain("已受理");
    expect(t).toContain("交评估机构说明");
    expect(t).toContain("不予受理");
    expect(t).toContain("超过异议期限");
    expect(count(html, 'data-testid="valuation-objection"')).toBe(2);
  });

  it("the price once fixed: amount, date, validity and when the sale is to start", async () => {
    const v = clone(answers.onlinePriced as unknown as Valuation);
    const html = await party({ ...v, viewer: "party", clocks: [], timeline: [] }, "2025-11-26");
    const t = text(html);
    expect(t).toContain("参考价： 567,561.50 元");
    expect(t).toContain("2025-11-25 确定");
    expect(t).toContain("有效期至 2026-11-16 有效期内");
    expect(t).toContain("法院应于 2025-12-05 前启动拍卖或变卖。");
    expect(windows(html)).toEqual(["closed", "closed"]);
  });

  it("in English", async () => {
    const open = text(await party(served, "2026-01-19", "en"));
    expect(open).toContain("You may object Objections until 2026-01-21 2 days left");
    expect(open).toContain("You received the report on 2026-01-16.");
    expect(open).toContain("The agency or appraisers lack the required qualification");
    expect(open).toContain("File the objection");
    expect(open).toContain("Appraisal report 长城明德资产评估有限公司（模拟） Print / download the report Result: 846,716.00 CNY");
    expect(open).not.toMatch(/\b(valuation|common|partyRole)\.[a-z][\w.]*/);
    const closed = text(await party(served, "2026-01-22", "en"));
    expect(closed).toContain("Objection period over The objection period ended on 2026-01-21; a late objection is not accepted");
    expect(text(await party(onlineForParty(), "2025-11-19", "en"))).toContain("An online inquiry report can be challenged only for wrong basic information about the property, or for exceeding or omitting property.");
  });
});

describe("the card on the party's case page", () => {
  const list: CaseValuations = { caseId: served.caseId, asOf: "2026-01-19", items: [{ id: served.id, asset: served.asset, status: "inProgress", method: "appraisal", methodLabel: served.methodLabel, controlDate: served.controlDate, startedDate: served.startedDate, referencePriceFen: null, priceFixedDate: null, validUntil: null }], pending: [] };

  it("one entry per valuation, counted on the server's date; nothing at all while none has started", async () => {
    const html = await render(createElement(PartyValuations, { caseId: served.caseId, parties, role: "respondent" }), "zh-CN", (qc) => {
      qc.setQueryData(valuationKeys.list(served.caseId), list);
      qc.setQueryData(valuationKeys.detail(served.id), served);
    });
    expect(html).toContain('data-testid="party-valuations"');
    expect(count(html, 'data-testid="party-valuation"')).toBe(1);
    expect(text(html)).toContain("财产处置参考价");
    expect(windows(html)).toEqual(["open"]);
    const none = await render(createElement(PartyValuations, { caseId: served.caseId, parties, role: "respondent" }), "zh-CN", (qc) => qc.setQueryData(valuationKeys.list(served.caseId), { ...list, items: [] }));
    expect(none).not.toContain('data-testid="party-valuations"');
  });
});

describe("the objection as sent", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("POST /valuations/:id/objections with the report, the grounds and the statement; a refusal by the server arrives as an ApiError", async () => {
    const f = vi.fn(async () => new Response(JSON.stringify(served), { status: 201, headers: { "content-type": "application/json" } }));
    vi.stubGlobal("fetch", f);
    await fileObjection(served.id, { reportId: served.reports[0]!.id, grounds: ["substantive"], statement: "评估采用的收益法参数明显不当" });
    const [url, init] = (f.mock.calls as unknown as [string, RequestInit][])[0]!;
    expect(url).toBe(`/api/v1/valuations/${served.id}/objections`);
    expect(init.method).toBe("POST");
    expect(JSON.parse(init.body as string)).toEqual({ reportId: served.reports[0]!.id, grounds: ["substantive"], statement: "评估采用的收益法参数明显不当" });

    vi.stubGlobal("fetch", vi.fn(async () => new Response(JSON.stringify({ error: { code: "VALIDATION", field: "statement", message: { zh: "须写明异议内容（至少 2 个字）", en: "State the objection (at least 2 characters)" } } }), { status: 400 })));
    await expect(fileObjection(served.id, { reportId: served.reports[0]!.id, grounds: ["substantive"], statement: "x" })).rejects.toMatchObject({ status: 400, field: "statement" });
  });
});
