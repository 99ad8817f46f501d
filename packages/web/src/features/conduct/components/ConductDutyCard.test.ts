// The conduct duty card rendered to HTML in node (no DOM), in zh-CN and en: the handler's buttons follow
// the state (record a scheduled check, escalate a breach not yet escalated, fix the cost, enforce the
// unpaid cost once the prepayment period is over, record completion); the read-only party card has none;
// the cost list shows with its vouchers when visible and the art 502 para 2 notice when not; no i18n key
// is left untranslated.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { App as AntApp } from "antd";
import i18next from "i18next";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { beforeAll, describe, expect, it } from "vitest";
import en from "../../../i18n/en.json";
import zhCN from "../../../i18n/zh-CN.json";
import type { ConductDuty, Substitute } from "../types";
import { ConductDutyCard, type DutyActions } from "./ConductDutyCard";

const cite = { law: "民诉法解释(2022)", article: "art 502 para 1", en: "SPC Interpretation" };
const sub: Substitute = {
  id: "s1",
  dutyId: "d2",
  method: "courtSelected",
  performerName: "北京再生资源处理有限公司",
  qualificationRequired: true,
  performerQualified: true,
  qualification: "危废许可证",
  courtApproved: false,
  appointedOn: "2026-11-20",
  costFen: 1_250_000,
  orderDate: "2026-11-20",
  prepaymentDue: "2026-11-23",
  prepaidFen: 250_000,
  costDutyId: null,
  costConvertedOn: null,
  completedOn: null,
  completion: null,
  costList: [{ description: "运输费", amountFen: 250_000, voucher: { kind: "增值税发票", number: "No.1" } }],
  costListVisible: true,
  mayConvert: true,
  basis: [cite],
};
const cease: ConductDuty = {
  id: "d1",
  category: "ceaseInfringement",
  description: "停止侵权",
  done: false,
  doneDate: null,
  performer: "respondentOnly",
  evidenceKinds: ["testPurchase", "siteVisit"],
  qualificationMayBeRequired: false,
  checks: [
    {
      id: "k1",
      seq: 1,
      dueDate: "2026-10-09",
      provisional: true,
      performanceDue: "2026-09-09",
      status: "recorded",
      checkDate: "2026-10-09",
      outcome: "breach",
      evidence: [{ kind: "testPurchase", finding: "breach", url: "https://item.example.com/1", attachments: [{ name: "公证书.pdf" }] }],
      escalation: { steps: [{ kind: "fine", target: "respondent", newPeriodDays: null, suggestedOnly: false, basis: [cite] }], basis: [cite] },
      sanctionId: null,
      newPeriodDue: null,
    },
    { id: "k2", seq: 2, dueDate: "2026-11-09", provisional: true, performanceDue: "2026-09-09", status: "scheduled", checkDate: null, outcome: null, evidence: [], escalation: null, sanctionId: null, newPeriodDue: null },
  ],
  substitute: null,
  penalties: [{ id: "p1", dutyId: "d1", performanceDue: "2026-09-09", until: "2026-10-09", days: 30, method: "doubleLoss", lossFen: 300_000, amountFen: 600_000, monetaryDutyId: "m1", basis: [cite] }],
};
const destroy: ConductDuty = { ...cease, id: "d2", category: "destroyGoods", performer: "substitutable", checks: [], penalties: [], substitute: sub };
const noop = () => undefined;
const act: DutyActions = { schedule: noop, record: noop, escalate: noop, appoint: noop, penalty: noop, fixCost: noop, prepay: noop, convert: noop, complete: noop };

let i18n: typeof i18next;
beforeAll(async () => {
  i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({ resources: { "zh-CN": { translation: zhCN }, en: { translation: en } }, lng: "zh-CN", fallbackLng: false, interpolation: { escapeValue: false } });
});

async function render(d: ConductDuty, a: DutyActions | null, lang: string): Promise<string> {
  await i18n.changeLanguage(lang);
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(AntApp, null, createElement(ConductDutyCard, { d, act: a }))));
}

describe("ConductDutyCard", () => {
  it.each(["zh-CN", "en"])("the handler's buttons follow the state (%s), no raw keys", async (lang) => {
    const a = await render(cease, act, lang);
    for (const id of ["conduct-check-record", "conduct-check-escalate", "conduct-next-step", "conduct-penalties", "conduct-penalty"]) expect(a, id).toContain(`data-testid="${id}"`);
    expect(a).not.toContain('data-testid="conduct-appoint"');
    const b = await render(destroy, act, lang);
    for (const id of ["conduct-substitute", "conduct-prepay", "conduct-convert", "conduct-complete", "conduct-cost-list", "conduct-voucher", "conduct-schedule"]) expect(b, id).toContain(`data-testid="${id}"`);
    expect(b).not.toContain('data-testid="conduct-fix-cost"');
    expect(b).toContain("增值税发票 · No.1");
    for (const html of [a, b]) expect(html).not.toMatch(/\b(conduct|dutyCategory|coercion)\.[a-z][\w.]*/);
  });
  it("the party card is read-only; before performance the cost list is replaced by the art 502 para 2 notice", async () => {
    const html = await render({ ...destroy, substitute: { ...sub, costList: null, costListVisible: false, mayConvert: false } }, null, "zh-CN");
    expect(html).not.toMatch(/data-testid="conduct-(schedule|appoint|penalty|prepay|convert|complete|fix-cost|check-record|check-escalate)"/);
    expect(html).toContain('data-testid="conduct-cost-list-hidden"');
    expect(html).toContain("第五百零二条第二款");
  });
});
