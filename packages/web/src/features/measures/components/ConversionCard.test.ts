// 保全措施转为执行措施 (民诉法解释 art 168) in the measures tab, rendered to HTML in node (no DOM): on an
// enforcement case the conversions made into it (case link, date, counts, citation) and, for its handler or
// the division head while it is open, the 执保 cases that could carry over with Convert; on a preservation
// case the notice saying where its measures went; the register's "from preservation" tag; what the
// confirmation and the messages after it say; and the three calls the card sends.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp } from "antd";
import i18next from "i18next";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { MemoryRouter } from "react-router";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { CONVERSION_BASIS } from "@zhixing/domain";
import en from "../../../i18n/en.json";
import zhCN from "../../../i18n/zh-CN.json";
import type { CaseDetail, ConversionCandidate, Measure, MeasuresRegister, PreservationConversion, User } from "../../../api/types";
import { convertPreservation, fetchConversionCandidates, fetchConversions } from "../api/measures";
import { measureKeys } from "../hooks/useMeasures";
import { ConversionCard, ConversionConfirmText, conversionMessages, ConvertedOutAlert, mayConvert } from "./ConversionCard";
import { MeasuresTab } from "./MeasuresTab";

const E = "33333333-3333-4333-8333-333333333333";
const P = "44444444-4444-4444-8444-444444444444";
const P2 = "55555555-5555-4555-8555-555555555555";

const enforcement = { id: E, courtId: "bj-ip", handlerId: "h1", status: "inProgress", typeCode: "执", caseNumber: "(2025)京73执1号" } as unknown as CaseDetail;
const preservation = { id: P, courtId: "bj-ip", handlerId: "h2", status: "closed", typeCode: "执保", caseNumber: "(2025)京73执保3号" } as unknown as CaseDetail;
const user = (role: User["role"], id = "u1", courtId = "bj-ip") => ({ id, role, courtId, username: "x", displayName: "x", courtName: null }) as User;
const HANDLER = user("officer", "h1");

const done: PreservationConversion = {
  id: "cv1",
  preservationCaseId: P,
  preservationCaseNumber: "(2025)京73执保3号",
  enforcementCaseId: E,
  enforcementCaseNumber: "(2025)京73执1号",
  convertedDate: "2025-09-20",
  measures: 3,
  assets: 2,
  basis: CONVERSION_BASIS,
};
const candidate: ConversionCandidate = { caseId: P2, caseNumber: "(2025)京73执保7号", status: "inProgress", rulingDocumentNumber: "(2025)京73民初12号", measuresInForce: 2 };

let i18n: typeof i18next;
beforeAll(async () => {
  i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({ resources: { "zh-CN": { translation: zhCN }, en: { translation: en } }, lng: "zh-CN", fallbackLng: false, interpolation: { escapeValue: false } });
});

type Data = { conversions?: PreservationConversion[]; candidates?: ConversionCandidate[]; register?: MeasuresRegister; caseId?: string };
async function render(el: ReturnType<typeof createElement>, data: Data, lang = "zh-CN"): Promise<string> {
  await i18n.changeLanguage(lang);
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const id = data.caseId ?? E;
  if (data.conversions) qc.setQueryData(measureKeys.conversions(id), { items: data.conversions });
  if (data.candidates) qc.setQueryData(measureKeys.candidates(id), { items: data.candidates });
  if (data.register) qc.setQueryData(measureKeys.register(id), data.register);
  return renderToStaticMarkup(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(QueryClientProvider, { client: qc }, createElement(MemoryRouter, null, createElement(AntApp, null, el))),
    ),
  );
}
const count = (html: string, needle: string) => html.split(needle).length - 1;
const card = (detail: CaseDetail, u: User) => createElement(ConversionCard, { detail, user: u });

describe("the conversion card on an enforcement case", () => {
  it("lists the conversions made into the case: case link, date, counts, the citation", async () => {
    const html = await render(card(enforcement, HANDLER), { conversions: [done], candidates: [] });
    expect(html).toContain("保全措施转为执行措施");
    expect(html).toContain("已转入本案的保全措施");
    expect(count(html, 'data-testid="conversion-row"')).toBe(1);
    expect(html).toContain(`href="/staff/cases/${P}"`);
    expect(html).toContain("(2025)京73执保3号");
    expect(html).toContain("2025-09-20");
    expect(html).toMatch(/data-testid="conversion-row"[^]*>3<[^]*>2</);
    expect(html).toContain("《民诉法解释(2022)》第168条");
  });

  it("offers the handler the court's 执保 cases with Convert, and says so when there are none", async () => {
    const html = await render(card(enforcement, HANDLER), { conversions: [done], candidates: [candidate] });
    expect(html).toContain("可转入本案的保全案件");
    expect(count(html, 'data-testid="conversion-candidate"')).toBe(1);
    expect(html).toContain(`href="/staff/cases/${P2}"`);
    expect(html).toContain("(2025)京73民初12号");
    expect(html).toContain("执行中");
    expect(count(html, 'data-testid="conversion-convert"')).toBe(1);
    expect(html).toContain("转为执行措施");
    // The intro says what a conversion is, with its article.
    expect(html).toContain("期限连续计算，无需重新制作裁定书（《民诉法解释(2022)》第168条）");
    const none = await render(card(enforcement, HANDLER), { conversions: [], candidates: [] });
    expect(none).toContain("没有可转入的保全案件");
    expect(none).not.toContain('data-testid="conversion-list"');
  });

  it.each<[string, boolean, User]>([
    ["the handler", true, HANDLER],
    ["the division head", true, user("divisionHead")],
    ["another officer", false, user("officer", "o2")],
    ["the president", false, user("president")],
    ["a supervisor of the court above", false, user("supervisor", "s1", "bj-high")],
    ["the handler's namesake in another court", false, user("officer", "h1", "sh-ip")],
  ])("%s: Convert offered → %s; the conversions made are shown to all who read the case", async (_l, may, u) => {
    const html = await render(card(enforcement, u), { conversions: [done], candidates: [candidate] });
    expect(count(html, 'data-testid="conversion-convert"')).toBe(may ? 1 : 0);
    expect(html.includes('data-testid="conversion-candidates"')).toBe(may);
    expect(count(html, 'data-testid="conversion-row"')).toBe(1);
    // Nothing made and nothing to do: no card at all.
    const empty = await render(card(enforcement, u), { conversions: [], candidates: [] });
    expect(empty.includes('data-testid="conversion-card"')).toBe(may);
  });

  it("no Convert on a closed enforcement case; nothing on a preservation case", async () => {
    const closed = { ...enforcement, status: "closed" } as CaseDetail;
    expect(mayConvert(HANDLER, closed)).toBe(false);
    expect(mayConvert(HANDLER, enforcement)).toBe(true);
    expect(mayConvert(HANDLER, { ...enforcement, typeCode: undefined } as CaseDetail)).toBe(true);
    const html = await render(card(closed, HANDLER), { conversions: [done], candidates: [candidate] });
    expect(html).not.toContain('data-testid="conversion-convert"');
    expect(html).toContain('data-testid="conversion-row"');
    const p = { ...preservation, handlerId: "h1", status: "inProgress" } as CaseDetail;
    expect(mayConvert(HANDLER, p)).toBe(false);
    expect(await render(card(p, HANDLER), { caseId: P, conversions: [done], candidates: [candidate] })).not.toContain('data-testid="conversion-card"');
  });

  it("in English", async () => {
    const html = await render(card(enforcement, HANDLER), { conversions: [done], candidates: [candidate] }, "en");
    expect(html).toContain("Carry preservation measures into enforcement");
    expect(html).toContain("Preservation measures carried into this case");
    expect(html).toContain("Preservation cases that can be carried in");
    expect(html).toContain(">Convert<");
    expect(html).toContain("SPC Interpretation of the Civil Procedure Law (2022), art 168");
    expect(html).not.toMatch(/measures\.\w+/);
  });
});

describe("the confirmation and the messages after it", () => {
  it("says the measures keep their start dates and last days, no new ruling (art 168), and those past their last day stay behind", async () => {
    const html = await render(createElement(ConversionConfirmText, { candidate }), {});
    expect(html).toContain("期限内的 2 项措施转入本案，保留原起始日期和期限届满日，期限连续计算。");
    expect(html).toContain("不再重新作出查封、扣押、冻结裁定（《民诉法解释(2022)》第168条）。");
    expect(html).toContain("已超过期限届满日的措施不转入，仍留在保全案件中。");
    const enHtml = await render(createElement(ConversionConfirmText, { candidate }), {}, "en");
    expect(enHtml).toContain("start dates and last days in force unchanged");
    expect(enHtml).toContain("No new seizure, attachment or freezing ruling is made");
    expect(enHtml).toContain("Measures past their last day in force are not carried over");
  });

  it("counts what was carried over and left behind, and warns when the case is now over-seized", async () => {
    await i18n.changeLanguage("zh-CN");
    const t = i18n.t.bind(i18n);
    expect(conversionMessages({ measures: 3, skipped: [], excessFen: null }, t)).toEqual({ success: "已转入 3 项措施；未转入 0 项（已过期限或不在效力中）", warning: null });
    const over = conversionMessages({ measures: 2, skipped: [{ measureId: "m9", reason: "termEnded" }], excessFen: 12_345_600 }, t);
    expect(over.success).toBe("已转入 2 项措施；未转入 1 项（已过期限或不在效力中）");
    expect(over.warning).toContain("123,456.00 元");
    expect(over.warning).toContain("解除任务");
    await i18n.changeLanguage("en");
    const enOver = conversionMessages({ measures: 2, skipped: [{ measureId: "m9", reason: "termEnded" }], excessFen: 12_345_600 }, i18n.t.bind(i18n));
    expect(enOver.success).toBe("Measures carried over: 2; left behind: 1 (past their term or not in force)");
    expect(enOver.warning).toContain("123,456.00 yuan");
  });
});

describe("on the preservation case", () => {
  it("says when and where its measures went, with a link", async () => {
    const html = await render(createElement(ConvertedOutAlert, { detail: preservation }), { caseId: P, conversions: [done] });
    expect(html).toContain('data-testid="conversion-out"');
    expect(html).toMatch(new RegExp(`本案保全措施已于 2025-09-20 转入 <a [^>]*href="/staff/cases/${E}"[^>]*>\\(2025\\)京73执1号</a>`));
    expect(html).toContain("共 3 项措施、2 项财产");
    const enHtml = await render(createElement(ConvertedOutAlert, { detail: preservation }), { caseId: P, conversions: [done] }, "en");
    expect(enHtml).toMatch(/This case&#x27;s preservation measures were carried into <a [^>]*href="\/staff\/cases\/33333333[^"]*"[^>]*>\(2025\)京73执1号<\/a> on 2025-09-20/);
  });

  it("nothing before a conversion, and never on an enforcement case", async () => {
    expect(await render(createElement(ConvertedOutAlert, { detail: preservation }), { caseId: P, conversions: [] })).not.toContain('data-testid="conversion-out"');
    expect(await render(createElement(ConvertedOutAlert, { detail: enforcement }), { conversions: [done] })).not.toContain('data-testid="conversion-out"');
  });
});

describe("the register", () => {
  const measure = (id: string, convertedFromCaseId: string | null): Measure => ({
    id,
    caseId: E,
    asset: { id: `a-${id}`, type: "bankDeposit", description: `账户 ${id}`, identifier: null, holder: null },
    kind: "freeze",
    context: "preservation",
    external: false,
    executedBy: null,
    amountFen: 100_000,
    controlledFen: 100_000,
    rank: "first",
    registeredAt: "2025-03-01T00:00:00Z",
    start: "2025-03-01",
    countsFrom: null,
    expires: "2026-02-28",
    status: "active",
    renewals: 0,
    daysLeft: 150,
    registryReceiptDate: null,
    basis: [],
    justification: null,
    exceptionApplied: false,
    releasedDate: null,
    releaseReason: null,
    releaseNote: null,
    lapsedDate: null,
    convertedFromCaseId,
  });
  const register: MeasuresRegister = { caseId: E, asOf: "2025-10-01", measures: [measure("m1", P), measure("m2", null)], control: null, excess: null };

  it("tags a measure carried over from preservation, and shows the card below the register", async () => {
    const html = await render(createElement(MeasuresTab, { detail: enforcement, user: HANDLER }), { register, conversions: [done], candidates: [] });
    expect(count(html, 'data-testid="measure-from-preservation"')).toBe(1);
    const first = html.slice(html.indexOf('data-measure-id="m1"'), html.indexOf('data-measure-id="m2"'));
    expect(first).toContain("由保全转入");
    expect(html.indexOf('data-testid="measures-table"')).toBeLessThan(html.indexOf('data-testid="conversion-card"'));
    const enHtml = await render(createElement(MeasuresTab, { detail: enforcement, user: user("officer", "o2") }), { register, conversions: [done] }, "en");
    expect(enHtml).toContain("From preservation");
  });
});

describe("the conversion calls", () => {
  afterEach(() => vi.unstubAllGlobals());
  const stub = (status: number, body: unknown) => {
    const f = vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }));
    vi.stubGlobal("fetch", f);
    return f;
  };
  const sent = (f: ReturnType<typeof stub>) =>
    (f.mock.calls as unknown as [string, RequestInit][]).map(([url, init]) => [url, init.method, init.body === undefined ? undefined : JSON.parse(init.body as string)]);

  it("list, candidates and convert at the case's URLs with the exact body", async () => {
    const f = stub(200, { items: [] });
    await fetchConversions(E);
    await fetchConversionCandidates(E);
    await convertPreservation(E, P2);
    expect(sent(f)).toEqual([
      [`/api/v1/cases/${E}/preservation-conversions`, "GET", undefined],
      [`/api/v1/cases/${E}/preservation-candidates`, "GET", undefined],
      [`/api/v1/cases/${E}/preservation-conversions`, "POST", { preservationCaseId: P2 }],
    ]);
  });

  it("a refusal arrives as an ApiError naming preservationCaseId, in both languages", async () => {
    stub(422, { error: { code: "PRECONDITION_FAILED", field: "preservationCaseId", message: { zh: "保全案件尚未立案", en: "The preservation case is not registered" } } });
    await expect(convertPreservation(E, P2)).rejects.toMatchObject({
      status: 422,
      field: "preservationCaseId",
      error: { message: { zh: "保全案件尚未立案", en: "The preservation case is not registered" } },
    });
  });
});
