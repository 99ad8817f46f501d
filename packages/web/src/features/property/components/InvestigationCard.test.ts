// The 财产调查申请 card, rendered to HTML on the server side of React (the web project runs in node, with
// no DOM): what each audience sees — status, requested date, the two clocks (start within 10 days and
// completion: due date, overdue or late tag, the rule's citation), the start date, the result — and
// which controls are offered (the applicant's form, the staff's "record a request", the handler's
// "start investigation" on requests not yet started and "record result" on open ones), in zh-CN and en.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp } from "antd";
import i18next from "i18next";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { PRESERVATION_PERIODS } from "@zhixing/domain";
import en from "../../../i18n/en.json";
import zhCN from "../../../i18n/zh-CN.json";
import type { InvestigationRequest } from "../api/investigations";
import { investigationKeys } from "../hooks/useInvestigations";
import { InvestigationCard } from "./InvestigationCard";

const CASE_ID = "11111111-1111-4111-8111-111111111111";
/** The rule the server counts the clock by (若干期限规定, generally one month). */
const BASIS = PRESERVATION_PERIODS.propertyInvestigation.basis;
/** The start clock's rule (若干期限规定 art 6: start within 10 days of the request). */
const START_BASIS = PRESERVATION_PERIODS.investigationStart.basis;

const running: InvestigationRequest = {
  id: "a",
  scope: "被执行人名下的银行账户与不动产",
  requestedDate: "2025-09-15",
  status: "requested",
  completedDate: null,
  result: null,
  requestedByMe: true,
  clock: { due: "2025-10-15", status: "open", metDate: null, overdue: false, provisional: false, basis: BASIS },
  startClock: { due: "2025-09-25", status: "open", metDate: null, overdue: false, provisional: false, basis: START_BASIS },
  startedDate: null,
};
const overdue: InvestigationRequest = {
  ...running,
  id: "b",
  scope: "被执行人持有的股权",
  requestedDate: "2025-07-01",
  clock: { due: "2025-08-01", status: "open", metDate: null, overdue: true, provisional: false, basis: BASIS },
  startClock: { due: "2025-07-11", status: "open", metDate: null, overdue: true, provisional: false, basis: START_BASIS },
};
const late: InvestigationRequest = {
  ...running,
  id: "c",
  scope: "车辆",
  requestedDate: "2025-06-02",
  status: "completed",
  completedDate: "2025-07-10",
  result: "查询到被执行人名下车辆一辆，已查封",
  clock: { due: "2025-07-02", status: "met", metDate: "2025-07-10", overdue: false, provisional: false, basis: BASIS },
  // Never started by hand: the result met the start clock, after its due date.
  startClock: { due: "2025-06-12", status: "met", metDate: "2025-07-10", overdue: false, provisional: false, basis: START_BASIS },
  startedDate: "2025-07-10",
};
/** Started in time (by the handler or an online inquiry), still awaiting the result. */
const started: InvestigationRequest = {
  ...running,
  id: "d",
  scope: "知识产权",
  requestedDate: "2025-09-18",
  clock: { due: "2025-10-20", status: "open", metDate: null, overdue: false, provisional: false, basis: BASIS },
  startClock: { due: "2025-09-28", status: "met", metDate: "2025-09-22", overdue: false, provisional: false, basis: START_BASIS },
  startedDate: "2025-09-22",
};
/** A request recorded before the start clock existed. */
const legacy: InvestigationRequest = { ...running, id: "e", startClock: null, startedDate: null };

let i18n: typeof i18next;
beforeAll(async () => {
  i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({ resources: { "zh-CN": { translation: zhCN }, en: { translation: en } }, lng: "zh-CN", fallbackLng: false, interpolation: { escapeValue: false } });
});

async function render(props: Parameters<typeof InvestigationCard>[0], items: InvestigationRequest[] | null, lang = "zh-CN"): Promise<string> {
  await i18n.changeLanguage(lang);
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  if (items) qc.setQueryData(investigationKeys.list(props.caseId), { items });
  return renderToStaticMarkup(
    createElement(I18nextProvider, { i18n }, createElement(QueryClientProvider, { client: qc }, createElement(AntApp, null, createElement(InvestigationCard, props)))),
  );
}

const count = (html: string, needle: string) => html.split(needle).length - 1;
const STAFF = { caseId: CASE_ID, mode: "staff" as const, canRequest: false, canComplete: false };
const PARTY = { caseId: CASE_ID, mode: "party" as const, canRequest: true, canComplete: false };

describe("InvestigationCard (staff)", () => {
  it("lists each request with its status, requested date, due date, citation and result", async () => {
    const html = await render(STAFF, [running, overdue, late]);
    expect(html).toContain("财产调查申请");
    expect(count(html, 'data-testid="investigation-row"')).toBe(3);
    expect(html).toContain("被执行人名下的银行账户与不动产");
    expect(html).toContain("2025-09-15");
    expect(html).toContain("2025-10-15 前完成");
    expect(count(html, "调查中")).toBe(2);
    expect(count(html, "已完成")).toBe(1);
    // The rule the clock is counted by, beside each clock.
    expect(count(html, 'data-testid="investigation-basis"')).toBe(3);
    expect(html).toContain("《若干期限规定(2006)》");
    // The overdue one is marked; the late completion too; the one running is neither.
    expect(count(html, 'data-testid="investigation-overdue"')).toBe(1);
    expect(html).toMatch(/data-state="overdue"[^]*已逾期/);
    expect(count(html, 'data-testid="investigation-late"')).toBe(1);
    expect(html).toContain("逾期完成");
    expect(html).toContain("2025-07-10 完成");
    expect(html).toContain("查询到被执行人名下车辆一辆，已查封");
  });

  it("offers 'record result' to the handler on open requests only, and 'record a request' to receiving staff", async () => {
    const handler = await render({ ...STAFF, canRequest: true, canComplete: true }, [running, overdue, late]);
    expect(count(handler, 'data-testid="investigation-complete"')).toBe(2);
    expect(count(handler, 'data-testid="investigation-record"')).toBe(1);
    expect(handler).toContain("记录结果");
    const reader = await render(STAFF, [running, overdue, late]);
    expect(reader).not.toContain('data-testid="investigation-complete"');
    expect(reader).not.toContain('data-testid="investigation-record"');
    // Staff never see the applicant's inline form.
    expect(handler).not.toContain('data-testid="investigation-form"');
  });

  it("shows the start clock beside the completion clock: due date, overdue or late tag, start date, its rule", async () => {
    const html = await render(STAFF, [running, overdue, late, started]);
    expect(html).toContain("启动期限");
    expect(count(html, 'data-testid="investigation-start-clock"')).toBe(4);
    expect(html).toContain("2025-09-25 前启动");
    // Overdue to start: the start tag; completed with a start after its due date: started late.
    expect(count(html, 'data-testid="investigation-start-overdue"')).toBe(1);
    expect(html).toMatch(/data-testid="investigation-start-clock" data-state="overdue"[^]*2025-07-11 前启动[^]*已逾期/);
    expect(count(html, 'data-testid="investigation-start-late"')).toBe(1);
    expect(html).toContain("逾期启动");
    expect(html).toContain('data-testid="investigation-start-clock" data-state="done"');
    // When it started.
    expect(count(html, 'data-testid="investigation-started"')).toBe(2);
    expect(html).toContain("2025-09-22 启动");
    expect(html).toContain("2025-07-10 启动");
    // Art 6 beside each start clock, the completion rule beside each completion clock.
    expect(count(html, 'data-testid="investigation-start-basis"')).toBe(4);
    expect(html).toContain("《若干期限规定(2006)》第6条");
    expect(count(html, 'data-testid="investigation-basis"')).toBe(4);
    // A request without a start clock shows a dash, not an empty clock.
    const old = await render(STAFF, [legacy]);
    expect(old).not.toContain('data-testid="investigation-start-clock"');
    expect(old).toContain('data-testid="investigation-clock"');
  });

  it("offers 'start investigation' to the handler on requests not yet started, with the note that an online inquiry starts them too", async () => {
    const handler = await render({ ...STAFF, canRequest: true, canComplete: true }, [running, overdue, late, started, legacy]);
    // running and overdue: not started; started and late: already started; legacy: no start clock (the server would refuse).
    expect(count(handler, 'data-testid="investigation-start"')).toBe(2);
    expect(handler).toContain("启动调查");
    expect(handler).toContain('data-testid="investigation-start-note"');
    expect(handler).toContain("在本案进行网络执行查控，也视为启动所有尚未启动的财产调查。");
    // Started but not completed: 'record result' only.
    expect(count(handler, 'data-testid="investigation-complete"')).toBe(4);
    // Nothing left to start: no button, no note.
    const allStarted = await render({ ...STAFF, canComplete: true }, [started, late]);
    expect(allStarted).not.toContain('data-testid="investigation-start"');
    expect(allStarted).not.toContain('data-testid="investigation-start-note"');
    // Others who read the case start nothing.
    const reader = await render(STAFF, [running, overdue]);
    expect(reader).not.toContain('data-testid="investigation-start"');
    expect(reader).not.toContain('data-testid="investigation-start-note"');
  });

  it("says so when there is no request; shows a skeleton while loading", async () => {
    expect(await render(STAFF, [])).toContain("暂无财产调查申请");
    expect(await render(STAFF, null)).toContain("ant-skeleton");
  });

  it("in English", async () => {
    const html = await render({ ...STAFF, canComplete: true, canRequest: true }, [overdue, late], "en");
    expect(html).toContain("Property investigation requests");
    expect(html).toContain("Due 2025-08-01");
    expect(html).toContain("Overdue");
    expect(html).toContain("Completed late");
    expect(html).toContain("Record result");
    expect(html).toContain("Record a request");
    expect(html).toContain("SPC Provisions on Time Limits in Enforcement Cases (2006)");
    expect(html).not.toMatch(/investigation\.\w+/);
  });

  it("the start clock in English", async () => {
    const html = await render({ ...STAFF, canComplete: true }, [overdue, late, started], "en");
    expect(html).toContain("Start period");
    expect(html).toContain("Start by 2025-07-11");
    expect(html).toContain("Started late");
    expect(html).toContain("Started 2025-09-22");
    expect(html).toContain("Start investigation");
    expect(html).toContain("Running an online inquiry on the case also starts every investigation not yet started.");
    expect(html).toContain("SPC Provisions on Time Limits in Enforcement Cases (2006), art 6");
    expect(html).not.toMatch(/investigation\.\w+/);
  });
});

describe("InvestigationCard (the applicant)", () => {
  it("offers the request form while the case is open, and lists the applicant's requests", async () => {
    const html = await render(PARTY, [running, late]);
    expect(html).toContain('data-testid="investigation-form"');
    expect(html).toContain('data-testid="investigation-scope"');
    expect(html).toContain("提交调查申请");
    expect(html).toContain("我的调查申请");
    expect(count(html, 'data-testid="investigation-row"')).toBe(2);
    expect(html).toContain("2025-09-15 申请");
    expect(html).toContain("2025-10-15 前完成");
    expect(html).toContain("查询到被执行人名下车辆一辆，已查封");
    // The applicant sees when the court should start, and when it started.
    expect(html).toContain("2025-09-25 前启动");
    expect(html).toContain("2025-07-10 启动");
    expect(count(html, 'data-testid="investigation-start-clock"')).toBe(2);
    // The applicant records no result and starts nothing.
    expect(html).not.toContain('data-testid="investigation-start"');
    expect(html).not.toContain('data-testid="investigation-start-note"');
    expect(html).not.toContain('data-testid="investigation-complete"');
    expect(html).not.toContain('data-testid="investigation-record"');
  });

  it("no form once the case is closed; an empty list says so", async () => {
    const html = await render({ ...PARTY, canRequest: false }, []);
    expect(html).not.toContain('data-testid="investigation-form"');
    expect(html).toContain("暂无财产调查申请");
  });

  it("in English", async () => {
    const html = await render(PARTY, [overdue], "en");
    expect(html).toContain("Send the request");
    expect(html).toContain("My investigation requests");
    expect(html).toContain("Requested 2025-07-01");
    expect(html).toContain("Overdue");
    expect(html).not.toMatch(/investigation\.\w+/);
  });
});
