// A distribution plan's summary and lines rendered to HTML in node (no DOM), in zh-CN and en: the state,
// the objection round (objection, counter-objection, suit), the deposited disputed amount, the outcome the
// law gives as things stand, the open clocks with their labels, the lines with the objection's amounts;
// no i18n key is left untranslated.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { App as AntApp } from "antd";
import i18next, { type i18n as I18n } from "i18next";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { beforeAll, describe, expect, it } from "vitest";
import en from "../../../i18n/en.json";
import zhCN from "../../../i18n/zh-CN.json";
import type { DistributionPlan } from "../types";
import { PlanLines, PlanSummary } from "./DistributionPlansCard";

const plan: DistributionPlan = {
  id: "p1",
  caseId: "c1",
  amountFen: 600_000,
  note: null,
  status: "served",
  draftedOn: "2025-11-03",
  servedOn: "2025-11-03",
  outcome: null,
  carriedOutOn: null,
  depositedFen: 0,
  lines: [
    { id: "l1", seq: 1, creditorKind: "applicant", partyId: "x", creditorName: "北京创新科技有限公司", basis: null, claimFen: null, amountFen: 400_000, revisedAmountFen: 300_000, paidFen: null, paidOn: null, payoutReference: null },
    { id: "l2", seq: 2, creditorKind: "other", partyId: null, creditorName: "上海某贸易有限公司", basis: "(2025)沪0115民初88号", claimFen: 500_000, amountFen: 200_000, revisedAmountFen: 300_000, paidFen: null, paidOn: null, payoutReference: null },
  ],
  recipients: [{ id: "r1", name: "张某某", role: "respondent", lineId: null, receivedOn: "2025-11-03", objectionDue: "2025-11-18" }],
  objection: {
    id: "o1",
    objectorName: "张某某",
    filedOn: "2025-11-04",
    grounds: "数额有误",
    revised: [],
    othersNotifiedOn: "2025-11-05",
    counterFiledOn: "2025-11-10",
    counterByName: "北京创新科技有限公司",
    counterGrounds: "原方案正确",
    counterNoticeReceivedOn: "2025-11-11",
    suitFiledOn: null,
  },
  clocks: [{ kind: "distributionPlanSuit", due: "2025-11-26", status: "open" }],
  prospectiveOutcome: "asOriginalPlan",
  mayObject: false,
  mayCounter: false,
};

let i18n: I18n;
beforeAll(async () => {
  i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({ resources: { "zh-CN": { translation: zhCN }, en: { translation: en } }, lng: "zh-CN", fallbackLng: false, interpolation: { escapeValue: false } });
});

async function render(p: DistributionPlan, lang: string): Promise<string> {
  await i18n.changeLanguage(lang);
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(AntApp, null, createElement(PlanSummary, { p }), createElement(PlanLines, { p }))));
}

describe("distribution plan summary and lines", () => {
  it("shows the objection round, the open suit clock and the prospective outcome in zh-CN and en", async () => {
    const zh = await render(plan, "zh-CN");
    expect(zh).toContain("已送达");
    expect(zh).toContain("张某某 于 2025-11-04 提出异议");
    expect(zh).toContain("北京创新科技有限公司 于 2025-11-10 提出反对意见");
    expect(zh).toContain("有反对意见而异议人未起诉，按原方案分配");
    expect(zh).toContain("分配方案异议之诉起诉期限（15日）");
    expect(zh).toContain("(2025)沪0115民初88号");
    const e = await render(plan, "en");
    expect(e).toContain("Counter-objection and no suit: carried out as drafted");
    expect(e).toContain("Suit on the distribution plan (15 days)");
    for (const html of [zh, e]) expect(html).not.toMatch(/distributionPlans\.|clockKind\./);
  });

  it("a carried-out plan with a suit shows the outcome and the deposited amount", async () => {
    const done: DistributionPlan = { ...plan, status: "carriedOut", outcome: "withDisputedAmountDeposited", depositedFen: 100_000, carriedOutOn: "2025-11-20", objection: { ...plan.objection!, suitFiledOn: "2025-11-20" }, clocks: [] };
    const zh = await render(done, "zh-CN");
    expect(zh).toContain("已实施");
    expect(zh).toContain("异议人已起诉，争议金额提存，其余按方案分配");
    expect(zh).toContain("异议人于 2025-11-20 起诉");
    expect(zh).toContain("提存争议金额");
    const e = await render(done, "en");
    expect(e).toContain("Disputed amount deposited");
    expect(e).not.toMatch(/distributionPlans\./);
  });
});
