// The valuation screens for what happens besides the methods (参考价规定(2018) arts 20, 21, 27–29, 11 para 4,
// 19 para 4), rendered to HTML in node from answers the real server gave (../testing/api-answers-issue4.json,
// recorded through the API on PGlite): a suspended appraisal (only resume and withdraw), a withdrawn
// online inquiry, the art 20 review waiting and answered with a correction, a report served on two
// interested persons, a price whose validity lapsed (re-issue offered), the re-issue requested and
// received; the printable report's link; the party's own party record; zh-CN and en.
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp } from "antd";
import i18next from "i18next";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { MemoryRouter } from "react-router";
import { beforeAll, describe, expect, it } from "vitest";
import en from "../../../i18n/en.json";
import zhCN from "../../../i18n/zh-CN.json";
import type { CaseParty, Valuation } from "../../../api/types";
import answers from "../testing/api-answers-issue4.json";
import { reportDocumentUrl } from "../api/valuations";
import { extOf, openSuspension, pendingReissue } from "../types";
import { allowedValuationActions, clockSubject, objectionWindow, viewerPartyIds } from "../valuation";
import { PartyValuationView } from "./PartyValuations";
import { ValuationView } from "./ValuationPanel";

const A = answers as unknown as Record<string, Valuation> & { parties: CaseParty[] };
const parties = A.parties;

let i18n: typeof i18next;
beforeAll(async () => {
  i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({ resources: { "zh-CN": { translation: zhCN }, en: { translation: en } }, lng: "zh-CN", fallbackLng: false, interpolation: { escapeValue: false } });
});

async function render(el: ReactElement, lang = "zh-CN"): Promise<string> {
  await i18n.changeLanguage(lang);
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(QueryClientProvider, { client: qc }, createElement(MemoryRouter, null, createElement(AntApp, null, el)))));
}
const view = (v: Valuation, lang?: string) => render(createElement(ValuationView, { v, parties }), lang);
const text = (html: string) =>
  html
    .replace(/<style[^]*?<\/style>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
const count = (html: string, needle: string) => html.split(needle).length - 1;
const noRawKeys = (s: string) => expect(s).not.toMatch(/\b(valuation|common|partyRole|eventType)\.[a-z][\w.]*/);

describe("what the handler may do (allowedValuationActions)", () => {
  it("art 28: while suspended only resume or withdraw; art 29: nothing once withdrawn", () => {
    expect(allowedValuationActions(A.appraisalSuspended!)).toEqual(["resume", "withdraw"]);
    expect(allowedValuationActions(A.withdrawn!)).toEqual([]);
    expect(allowedValuationActions(A.withdrawnParty!)).toEqual([]);
  });
  it("art 20: while the agency's answer is awaited, collect it (no price yet); answered: the price, or another order", () => {
    expect(allowedValuationActions(A.reviewWaiting!)).toEqual(["reviewCollect", "next", "suspend", "withdraw"]);
    expect(allowedValuationActions(A.reviewed!)).toEqual(["fixPrice", "reviewOrder", "next", "suspend", "withdraw"]);
  });
  it("arts 11 para 4, 19 para 4: validity lapsed before any notice → re-issue; requested → collect; received → the sale start again", () => {
    expect(allowedValuationActions(A.lapsed!)).toEqual(["reissue", "withdraw"]);
    expect(allowedValuationActions(A.reissueRequested!)).toEqual(["reissueCollect", "withdraw"]);
    expect(allowedValuationActions(A.reissued!)).toEqual(["saleStart", "withdraw"]);
  });
  it("the answer's own records: the suspension in force, the re-issue awaited", () => {
    expect(openSuspension(A.appraisalSuspended!)).toMatchObject({ ground: "materialsInaccurate", from: "2025-11-12" });
    expect(openSuspension(A.reviewed!)).toBeUndefined();
    expect(pendingReissue(A.reissueRequested!)).toMatchObject({ method: "appraisal", status: "requested" });
    expect(pendingReissue(A.reissued!)).toBeUndefined();
    // The re-issue clock names who was asked.
    const r = extOf(A.reissued!).reissues[0]!;
    expect(clockSubject(A.reissued!, r.id)).toEqual({ kind: "report", name: r.sources.map((x) => x.name).join("、") });
  });
});

describe("the staff's valuation", () => {
  it("a suspended appraisal: the ground since when, the due date standing still, Resume and Withdraw only", async () => {
    const v = A.appraisalSuspended!;
    const html = await view(v);
    const t = text(html);
    expect(t).toContain("自 2025-11-12 起暂缓：评估材料与事实严重不符，可能影响评估结果，需要重新调查核实");
    expect(t).toContain("评估期限停止计算，暂缓期间将从三十日中扣除（《参考价规定(2018)》第19条第1款）");
    expect(t).toContain("专利权属材料与登记不符，需重新核实");
    expect(count(html, 'data-testid="valuation-action-resume"')).toBe(1);
    expect(count(html, 'data-testid="valuation-action-withdraw"')).toBe(1);
    expect(count(html, 'data-testid="valuation-action-collectAppraisal"')).toBe(0);
    // The agency's due date counts the suspended days through the day of the answer (2025-11-15: 4 days).
    expect(extOf(v).appraisal!.agencies[0]).toMatchObject({ suspendedDays: 4, suspensions: [{ from: "2025-11-12", to: "2025-11-15" }] });
    noRawKeys(t);
    const e = text(await view(v, "en"));
    expect(e).toContain("Suspended since 2025-11-12: The materials seriously contradict the facts");
    noRawKeys(e);
  });

  it("a withdrawn online inquiry: how and why it ended, the step withdrawn, no buttons; the party sees the ground but not the court's note", async () => {
    const t = text(await view(A.withdrawn!));
    expect(t).toContain("确定参考价程序已于 2025-11-12 终止：生效法律文书确定的义务已全部执行完毕（《参考价规定(2018)》第29条）");
    expect(t).toContain("被执行人已全部履行");
    expect(t).toContain("已撤回");
    expect(t).toContain("撤回确定参考价");
    const html = await view(A.withdrawn!);
    expect(count(html, 'data-testid="valuation-actions"')).toBe(0);
    const p = text(await render(createElement(PartyValuationView, { v: A.withdrawnParty!, partyIds: viewerPartyIds(A.withdrawnParty!, parties, "applicant"), today: "2025-11-15" })));
    expect(p).toContain("生效法律文书确定的义务已全部执行完毕");
    expect(p).not.toContain("被执行人已全部履行");
  });

  it("art 20: the defects ordered, the 3 days, then the correction replacing the result; the receipts of two interested persons, one by publication", async () => {
    const waiting = text(await view(A.reviewWaiting!));
    expect(waiting).toContain("法院审查评估报告（《参考价规定(2018)》第20条）");
    expect(waiting).toContain("等待说明或补正");
    expect(waiting).toContain("2025-11-20 责令说明或补正、财产基本信息错误、评估人员执业资格证明与评估报告上署名的人员不符");
    const v = A.reviewed!;
    const html = await view(v);
    const t = text(html);
    expect(t).toContain("已补正");
    const answer = extOf(v).appraisal!.agencies[0]!.review!.answer as { resultFen: number; previousResultFen: number };
    const yuan = (fen: number) => (fen / 100).toLocaleString("en-US", { minimumFractionDigits: 2 });
    expect(t).toContain(`补正后的结果： ${yuan(answer.previousResultFen)} 元 → ${yuan(answer.resultFen)} 元`);
    expect(t).toContain("优先权人 · 李四：公示送达，视为 2025-12-08 收到 （可在 2025-12-15 前提出异议）");
    expect(t).toContain("其他查封债权人 · 王五：2025-11-22 送达");
    expect(count(html, 'data-person="interested"')).toBe(2);
    noRawKeys(t);
    const e = text(await view(v, "en"));
    expect(e).toContain("Priority holder · 李四");
    noRawKeys(e);
  });

  it("the printable report: one link per report, to the document route, in the reader's language", async () => {
    const v = A.reviewed!;
    const zh = await view(v);
    expect(count(zh, 'data-testid="report-document"')).toBe(v.reports.length);
    expect(zh).toContain(`href="${reportDocumentUrl(v.id, v.reports[0]!.id, "zh")}"`);
    expect(zh).toContain('target="_blank"');
    const en = await view(v, "en");
    expect(en).toContain(`href="${reportDocumentUrl(v.id, v.reports[0]!.id, "en")}"`);
    expect(text(en)).toContain("Print / download the report");
    expect(reportDocumentUrl("a b", "c", "zh")).toBe("/api/v1/valuations/a%20b/reports/c/document?lang=zh");
  });

  it("arts 11 para 4, 19 para 4: validity lapsed → Ask for a re-issue; then the request with its 15 days; then the new price replacing the old, the re-issued report tagged", async () => {
    const lapsed = await view(A.lapsed!);
    expect(count(lapsed, 'data-testid="valuation-action-reissue"')).toBe(1);
    expect(count(lapsed, 'data-testid="valuation-action-saleStart"')).toBe(0);
    const requested = text(await view(A.reissueRequested!));
    expect(requested).toContain("等待重新出具");
    expect(requested).toContain("（《参考价规定(2018)》第19条第4款）");
    const v = A.reissued!;
    const html = await view(v);
    const t = text(html);
    const r = extOf(v).reissues[0]!;
    expect(t).toContain("已重新出具");
    expect(t).toContain(`有效期至 ${r.validUntil}`);
    expect(html).toContain('data-testid="reissue-price"');
    expect(count(html, 'data-testid="report-reissued"')).toBe(1);
    expect(v.referencePrice!.priceFen).toBe(r.priceFen);
    noRawKeys(t);
    noRawKeys(text(await view(v, "en")));
  });
});

describe("the party's view", () => {
  it("names the viewer's own party record (role, name, id) and uses its receipts; interested persons' names masked by the server; the printable report", async () => {
    const v = A.reviewedParty!;
    const mine = extOf(v).viewerParties;
    expect(mine).toEqual([expect.objectContaining({ side: "applicant", name: "北京创新科技有限公司" })]);
    // The API names the party: no guessing from the case's parties on the viewer's side.
    expect(viewerPartyIds(v, parties, "respondent")).toEqual([mine[0]!.partyId]);
    const w = objectionWindow(v.reports[0]!, viewerPartyIds(v, parties, "applicant"), "2025-11-23");
    expect(w).toMatchObject({ state: "open", due: "2025-11-27", via: "served" });
    const html = await render(createElement(PartyValuationView, { v, partyIds: viewerPartyIds(v, parties, "applicant"), today: "2025-11-23" }));
    const t = text(html);
    expect(t).toContain(`您在本案中为申请执行人：北京创新科技有限公司 当事人编号 ${mine[0]!.partyId}`);
    expect(html).toContain(`data-party-ids="${mine[0]!.partyId}"`);
    expect(count(html, 'data-testid="report-document"')).toBe(1);
    expect(JSON.stringify(v)).not.toContain("李四");
    expect(count(html, 'data-testid="objection-form"')).toBe(1);
    const e = text(await render(createElement(PartyValuationView, { v, partyIds: viewerPartyIds(v, parties, "applicant"), today: "2025-11-23" }), "en"));
    expect(e).toContain("You are the Applicant in this case: 北京创新科技有限公司");
    noRawKeys(e);
  });
});
