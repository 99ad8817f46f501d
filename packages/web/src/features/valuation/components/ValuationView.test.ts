// The staff's valuation screens rendered to HTML in node (no DOM), from answers the real server gave
// (../testing/api-answers.json): the path with each step's reason and citation and the methods passed
// over; the clocks with their subjects, overdue and met-late tags and the price's validity with the
// 6-month grace; the online platforms and whether each result counts toward the average; the lottery
// record and its verification re-run in the browser (match and mismatch); the actions offered to the
// handler and withheld from a reader; the list of the case's valuations; zh-CN and en.
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp } from "antd";
import i18next from "i18next";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { MemoryRouter } from "react-router";
import { beforeAll, describe, expect, it } from "vitest";
import { sm3Hex } from "@zhixing/domain";
import en from "../../../i18n/en.json";
import zhCN from "../../../i18n/zh-CN.json";
import type { AgencySelection, CaseParty, CaseValuations, Valuation } from "../../../api/types";
import answers from "../testing/api-answers.json";
import { valuationKeys } from "../hooks/useValuations";
import { LotteryRecord } from "./AppraisalSection";
import { ValuationView } from "./ValuationPanel";
import { ValuationList } from "./ValuationTab";

const online = answers.onlinePriced as unknown as Valuation;
const appraisal = answers.appraisalObjected as unknown as Valuation;
const parties = answers.parties as unknown as CaseParty[];
const selection = appraisal.appraisal!.selections[0]!;
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

let i18n: typeof i18next;
beforeAll(async () => {
  i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({ resources: { "zh-CN": { translation: zhCN }, en: { translation: en } }, lng: "zh-CN", fallbackLng: false, interpolation: { escapeValue: false } });
});

async function render(el: ReactElement, lang = "zh-CN"): Promise<string> {
  await i18n.changeLanguage(lang);
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  qc.setQueryData(valuationKeys.agencies("patent"), answers.agencies);
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(QueryClientProvider, { client: qc }, createElement(MemoryRouter, null, createElement(AntApp, null, el)))));
}
const view = (v: Valuation, lang?: string) => render(createElement(ValuationView, { v, parties }), lang);
/** The visible text: tags stripped, entities decoded, whitespace collapsed. */
const text = (html: string) =>
  html
    .replace(/<style[^]*?<\/style>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
const count = (html: string, needle: string) => html.split(needle).length - 1;
/** The HTML of each element carrying `data-testid="<id>"`, up to the next one. */
const pieces = (html: string, id: string) => html.split(`data-testid="${id}"`).slice(1);
const attrs = (html: string, id: string, attr: string) => [...html.matchAll(new RegExp(`data-testid="${id}"[^>]*?${attr}="([^"]*)"`, "g"))].map((m) => m[1]);

describe("the path so far", () => {
  it("each step in order with its method, status, reason, explanation and citation; the methods passed over and why", async () => {
    const html = await view(appraisal);
    expect(attrs(html, "valuation-step", "data-method")).toEqual(["onlineInquiry", "appraisal"]);
    expect(attrs(html, "valuation-step", "data-status")).toEqual(["failed", "open"]);
    expect(attrs(html, "valuation-skipped", "data-method")).toEqual(["agreed", "directedInquiry"]);
    const [first, second] = pieces(html, "valuation-step").map(text);
    expect(first).toContain("未采用 当事人议价");
    expect(first).toContain("一方当事人拒绝议价或者下落不明");
    expect(first).toContain("《参考价规定(2018)》第4条第1款");
    expect(first).toContain("《参考价规定(2018)》第5条");
    expect(first).toContain("第 1 步 网络询价 不成 依法定顺序");
    expect(first).toContain("《参考价规定(2018)》第7条第1款");
    expect(first).toContain("全部司法网络询价平台均未在期限内（2025-11-07 前）出具报告");
    expect(second).toContain("第 2 步 委托评估 进行中 依法定顺序");
    expect(second).toContain("网络询价不成，委托评估机构进行评估（第十四条）");
    expect(second).toContain("《参考价规定(2018)》第14条");
    // The handler's reason for moving on is shown to staff.
    expect(text(html)).toContain("当前方式：委托评估");
  });

  it("an agreement that failed, the directed inquiry passed over, the online inquiry that fixed the price", async () => {
    const html = await view(online);
    expect(attrs(html, "valuation-step", "data-method")).toEqual(["agreed", "onlineInquiry"]);
    expect(attrs(html, "valuation-step", "data-status")).toEqual(["failed", "priced"]);
    const t = text(html);
    expect(t).toContain("双方当事人提交的议价结果（价格或有效期）不一致，议价不成（第四条第二款）");
    expect(t).toContain("未采用 定向询价");
    expect(t).toContain("期限至 2025-11-20");
  });
});

describe("the clocks", () => {
  it("every clock with what it concerns, its due date and rule; overdue in red with the days; the window still open with days left", async () => {
    const html = await view(appraisal);
    expect(attrs(html, "valuation-clock", "data-kind")).toEqual(appraisal.clocks.map((k) => k.kind));
    const rows = pieces(html, "valuation-clock").map(text);
    expect(rows[0]).toContain("启动确定参考价期限 本程序 2025-11-04 2025-12-03 完成于 2025-11-04 《参考价规定(2018)》第1条");
    expect(rows[3]).toContain("退回评估材料期限 海岳中鉴资产评估有限公司（模拟）");
    expect(rows[3]).toContain("已逾期");
    expect(rows[3]).toContain("逾期 35 天");
    expect(attrs(html, "valuation-clock", "data-state")).toEqual(["met", "cancelled", "cancelled", "overdue", "met", "met", "open", "open"]);
    expect(rows[4]).toContain("评估报告期限 长城明德资产评估有限公司（模拟） 2025-12-11 2026-01-20");
    expect(rows[6]).toContain("报告异议期限");
    expect(rows[6]).toContain("剩余 2 天");
    expect(rows[7]).toContain("异议交评估机构期限 被执行人的异议");
    expect(text(html)).toContain("有 1 个期限已逾期");
    // The start within 30 days of control (art 1).
    expect(text(html)).toContain("控制日期 2025-11-03 启动期限 2025-12-03 启动日期 2025-11-04");
    expect(html).not.toContain('data-testid="valuation-started-late"');
  });

  it("a duty met after its day is tagged late; reports collected the day after they were due are not", async () => {
    const v = clone(appraisal);
    const service = v.clocks.find((k) => k.kind === "valuationReportService")!;
    service.metDate = "2026-01-21";
    v.startedLate = true;
    const html = await view(v);
    // In the clocks and beside the report's service.
    expect(count(html, 'data-testid="tag-met-late"')).toBe(2);
    expect(text(pieces(html, "valuation-clock")[5]!)).toContain("报告送达期限 长城明德资产评估有限公司（模拟） 2026-01-16 2026-01-19 逾期完成（2026-01-21）");
    expect(html).toContain('data-testid="valuation-started-late"');
    const collected = await view(online);
    const row = text(pieces(collected, "valuation-clock")[2]!);
    expect(row).toContain("网络询价报告期限");
    expect(row).toContain("已结束（2025-11-18）");
    expect(collected).not.toContain('data-testid="tag-met-late"');
  });

  it("the price's validity: within it, in the 6-month grace, or no longer usable with the renewal the statute asks for; the 10-day sale start", async () => {
    const html = await view(online);
    expect(attrs(html, "valuation-validity", "data-state")).toContain("valid");
    expect(text(html)).toContain("有效期至 2026-11-16 有效期内");
    const sale = text(pieces(html, "valuation-clock").at(-1)!);
    expect(sale).toContain("启动变价期限 本程序 2025-11-25 2025-12-05 剩余 10 天 《参考价规定(2018)》第30条");

    const grace = clone(online);
    grace.referencePrice!.firstNoticeDate = "2026-11-10";
    grace.referencePrice!.usableToday = { usable: true, via: "grace", reason: null, renewal: null, graceUntil: "2027-05-16", explanation: { zh: "在有效期内发布了一拍公告，可在届满后六个月内使用", en: "notice within validity: usable for 6 months after expiry" } };
    const g = await view(grace);
    expect(attrs(g, "valuation-validity", "data-state")).toContain("grace");
    expect(text(g)).toContain("宽限期内（六个月） 可延用至 2027-05-16");

    const expired = clone(online);
    expired.referencePrice!.usableToday = { usable: false, via: null, reason: "notAnnouncedWithinValidity", renewal: "onlineInquiryReissue", graceUntil: null, explanation: { zh: "未在有效期内发布一拍公告", en: "no first notice within validity" } };
    const e = await view(expired);
    expect(attrs(e, "valuation-validity", "data-state")).toContain("expired");
    expect(text(e)).toContain("已不能使用");
    expect(text(e)).toContain("应当在三日内通知网络询价平台重新出具报告（第十一条第四款）");
  });
});

describe("the online inquiry", () => {
  it("each platform's result and whether it counts toward the average; the price as the average of those used", async () => {
    const html = await view(online);
    expect(attrs(html, "platform-count", "data-count")).toEqual(["excluded", "used", "used"]);
    expect(text(html)).toContain("京东司法询价平台（模拟） 2025-11-11 2025-11-12 2025-11-17 600,816.00 已计入 WLXJ202511-6C32E3");
    expect(text(html)).toContain("已延长 3 日");
    expect(text(html)).toContain("为 2 份网络询价报告结果的平均值");
    expect(text(html)).toContain("京东司法询价平台（模拟）： 600,816.00 元");
    expect(text(pieces(html, "valuation-price-amount")[0]!)).toContain("567,561.50 元");
    // Before the price: the late platform is out, the two in time count.
    const before = clone(online);
    before.referencePrice = null;
    before.status = "inProgress";
    before.objections = [];
    const b = await view(before);
    expect(attrs(b, "platform-count", "data-count")).toEqual(["late", "counts", "counts"]);
    expect(text(b)).toContain("逾期，不计入");
  });

  it("a failed inquiry: no platform counts", async () => {
    expect(attrs(await view(appraisal), "platform-count", "data-count")).toEqual(["late", "late", "late"]);
  });
});

describe("the agency lottery", () => {
  const record = (s: AgencySelection, lang?: string) => render(createElement(LotteryRecord, { s, assetType: "patent", verifiedOnMount: true }), lang);

  it("shows the candidates, seed and its public inputs, algorithm version and result, with Verify", async () => {
    const html = await view(appraisal);
    const t = text(pieces(html, "agency-selection")[0]!);
    expect(t).toContain("第 1 轮 · 摇号确定 · 2025-11-10");
    expect(text(pieces(html, "lottery-order")[0]!)).toContain("海岳中鉴资产评估有限公司（模拟） sim-ag-06 长城明德资产评估有限公司（模拟） sim-ag-05 京华信诚资产评估有限公司（模拟） sim-ag-01");
    expect(t).toContain("候选机构（7 家）");
    expect(t).toContain("东方知衡知识产权资产评估有限公司（模拟）（sim-ag-07）");
    expect(t).toContain(selection.seed!);
    expect(t).toContain(`valuationId: ${appraisal.id}`);
    expect(t).toContain("zhixing/valuation/agency-lottery/v1");
    expect(count(html, 'data-testid="lottery-verify"')).toBe(1);
    expect(html).not.toContain('data-testid="lottery-verify-result"');
  });

  it("Verify re-runs the draw in the browser: the record matches", async () => {
    const html = await record(selection);
    expect(attrs(html, "lottery-verify-result", "data-match")).toEqual(["true"]);
    expect(text(html)).toContain("复核一致：重新摇号的结果与记录相同");
    expect(text(html)).toContain("由公开信息重新计算的种子与记录一致。");
    expect(attrs(html, "lottery-verify-order", "data-match")).toEqual(["true"]);
    expect(count(html, 'data-testid="lottery-drawn"')).toBe(3);
    const enHtml = await record(selection, "en");
    expect(text(enHtml)).toContain("Verified: the draw re-run gives the recorded result");
  });

  it("a record altered after the draw does not match: the order, or a seed not derived from the public inputs", async () => {
    const swapped = clone(selection);
    swapped.order = [swapped.order[2]!, swapped.order[1]!, swapped.order[0]!];
    const html = await record(swapped);
    expect(attrs(html, "lottery-verify-result", "data-match")).toEqual(["false"]);
    expect(text(html)).toContain("复核不一致：重新摇号的结果与记录不同");
    expect(attrs(html, "lottery-verify-order", "data-match")).toEqual(["false"]);
    expect(text(html)).toContain("重新摇号得到的顺序与记录不同");

    const reseeded = clone(selection);
    reseeded.seed = sm3Hex("another seed");
    const s = await record(reseeded);
    expect(attrs(s, "lottery-verify-result", "data-match")).toEqual(["false"]);
    expect(attrs(s, "lottery-verify-seed", "data-match")).toEqual(["false"]);
    expect(text(s)).toContain("由公开信息重新计算的种子与记录不一致");
    const enHtml = await record(swapped, "en");
    expect(text(enHtml)).toContain("Mismatch: the draw re-run differs from the record");
    expect(text(enHtml)).toContain("The order drawn again differs from the record");
  });
});

describe("actions, reports and objections", () => {
  it("the handler: fix the price and the next method; the objection to refer to the agency; the report's service and objection window", async () => {
    const html = await view(appraisal);
    expect(count(html, 'data-testid="valuation-actions"')).toBe(1);
    expect(count(html, 'data-testid="valuation-action-fixPrice"')).toBe(1);
    expect(count(html, 'data-testid="valuation-action-next"')).toBe(1);
    expect(count(html, 'data-testid="valuation-action-chooseAgencies"')).toBe(0);
    expect(count(html, 'data-testid="objection-refer"')).toBe(1);
    const report = text(pieces(html, "valuation-report")[0]!);
    expect(report).toContain("评估报告 长城明德资产评估有限公司（模拟） 打印 / 下载报告 846,716.00 元");
    expect(report).toContain("送达期限： 2026-01-19 完成于 2026-01-16");
    expect(report).toContain("异议期限： 2026-01-21 剩余 2 天");
    expect(report).toContain("被执行人 · 张某某：2026-01-16 送达 （可在 2026-01-21 前提出异议）");
    const objection = text(pieces(html, "valuation-objection")[0]!);
    expect(objection).toContain("已受理 被执行人 · 张某某 2026-01-19 提出（2026-01-16 收到报告）");
    expect(objection).toContain("异议理由：参照标准、计算方法或者评估结果");
    expect(objection).toContain("交评估机构说明");
    // The server cites art 23 para 1 twice; it reads once.
    expect(count(objection, "《参考价规定(2018)》第23条第1款")).toBe(1);
    // An unserved report: Serve.
    const unserved = clone(appraisal);
    unserved.reports[0]!.servedDate = null;
    unserved.reports[0]!.receipts = [];
    expect(count(await view(unserved), 'data-testid="report-serve"')).toBe(1);
  });

  it("other staff and supervisors read: no buttons, a note saying who acts", async () => {
    const html = await view({ ...appraisal, viewer: "read" });
    expect(html).toContain('data-testid="valuation-read-only"');
    expect(html).not.toContain('data-testid="valuation-actions"');
    expect(html).not.toContain('data-testid="objection-refer"');
    expect(html).not.toContain('data-testid="report-serve"');
    // The timeline of the procedure is there for them too.
    expect(count(html, 'data-testid="valuation-event"')).toBe(appraisal.timeline.length);
    expect(text(html)).toContain("摇号确定评估机构");
  });

  it("a priced valuation: the first auction notice, or a withdrawal (art 29) while no sale started", async () => {
    const html = await view(online);
    expect(count(html, 'data-testid="valuation-actions"')).toBe(1);
    expect(count(html, 'data-testid="valuation-action-saleStart"')).toBe(1);
    expect(count(html, 'data-testid="valuation-action-withdraw"')).toBe(1);
    expect(count(html, 'data-testid="valuation-action-next"')).toBe(0);
    expect(count(html, 'data-testid="valuation-action-suspend"')).toBe(0);
  });
});

describe("the case's valuations", () => {
  it("assets waiting with the 30-day start clock and Start for the handler; the valuations with method, status and price", async () => {
    const list = answers.list0 as unknown as CaseValuations;
    const html = await render(createElement(ValuationList, { data: list, canStart: true, onOpen: () => undefined, onStart: () => undefined }));
    expect(count(html, 'data-testid="valuation-pending-row"')).toBe(1);
    expect(text(html)).toContain("注册商标专用权 · trademark of the respondent 2025-11-03 2025-12-03 剩余 30 天");
    expect(text(html)).toContain("《参考价规定(2018)》第1条");
    expect(count(html, 'data-testid="valuation-start"')).toBe(1);
    expect(text(html)).toContain("本案尚未启动确定参考价程序。");
    const late = await render(createElement(ValuationList, { data: { ...list, pending: [{ ...list.pending[0]!, overdue: true, daysLeft: -3 }] }, canStart: false, onOpen: () => undefined, onStart: () => undefined }));
    expect(attrs(late, "valuation-pending-row", "data-overdue")).toEqual(["true"]);
    expect(text(late)).toContain("已逾期");
    expect(text(late)).toContain("逾期 3 天");
    expect(late).not.toContain('data-testid="valuation-start"');

    const priced = await render(createElement(ValuationList, { data: answers.listPriced as unknown as CaseValuations, canStart: true, onOpen: () => undefined, onStart: () => undefined }), "en");
    expect(text(priced)).toContain("Registered trademark · trademark of the respondent Online price inquiry Price fixed 567,561.50 2025-11-25 2026-11-16 2025-11-10 Open");
  });
});

describe("in English, with no untranslated keys", () => {
  it.each([
    ["appraisal", appraisal],
    ["online", online],
  ])("the %s valuation", async (_n, v) => {
    const html = await view(v, "en");
    const t = text(html);
    expect(t).not.toMatch(/\b(valuation|clockKind|clockStatus|eventType|partyRole|common)\.[a-z][\w.]*/);
    expect(t).toContain("How the price is being determined");
    expect(t).toContain("Deadlines");
    expect(t).toContain("SPC Provisions on Determining the Reference Price for Disposing of Property (2018), art 1");
  });

  it("path, clocks and objections read in English", async () => {
    const t = text(await view(appraisal, "en"));
    expect(t).toContain("Passed over Price agreed by the parties");
    expect(t).toContain("Step 2 Commissioned appraisal Running Statutory order");
    expect(t).toContain("Return of the appraisal materials");
    expect(t).toContain("Overdue 35 days overdue");
    expect(t).toContain("Respondent's objection");
    expect(t).toContain("Passed to the agency for an explanation");
    expect(t).toContain("Appraisal agencies drawn by lot");
    const o = text(await view(online, "en"));
    expect(o).toContain("Within validity");
    expect(o).toContain("Used");
    expect(o).toContain("Left out");
    expect(o).toContain("Applicant · 北京创新科技有限公司: served 2025-11-18 (may object until 2025-11-24)");
  });
});
