// The 信用惩戒 panel rendered to HTML in node (no DOM), in zh-CN and en: the handler sees the court's
// actions (propose, exit, list; lift an order in force; publish, extend and delete an entry; decide a
// pending application); the president signs an order awaiting signature; the respondent sees its own
// entry in the art 6 form (ID masked) with the correction request and the spending application; no
// i18n key is left untranslated.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp } from "antd";
import i18next from "i18next";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { beforeAll, describe, expect, it } from "vitest";
import en from "../../../i18n/en.json";
import zhCN from "../../../i18n/zh-CN.json";
import type { CaseCredit, Listing, Restriction } from "../api/credit";
import { creditKeys } from "../hooks/useCredit";
import { CreditPanel } from "./CreditPanel";
import { creditRequest } from "./CreditActionModal";

const CASE_ID = "33333333-3333-4333-8333-333333333333";
const order: Restriction = {
  id: "r1",
  caseId: CASE_ID,
  partyId: "p1",
  partyName: "深圳市仿冒电子有限公司",
  kind: "consumption",
  status: "issued",
  initiatedBy: "applicantWritten",
  persons: [{ name: "陈某某", role: "legalRepresentative" }],
  recipients: ["中国民用航空局"],
  mandatory: false,
  coversRespondent: true,
  proposedDate: "2026-11-10",
  signedDate: "2026-11-11",
  signedByName: "周院长",
  issuedDate: "2026-11-11",
  liftingGround: null,
  liftingNote: null,
  liftedDate: null,
  mine: true,
  basis: [],
  clocks: [],
};
const listing: Listing = {
  id: "l1",
  caseId: CASE_ID,
  partyId: "p1",
  partyName: "张某某",
  ground: "reportBreach",
  evidence: ["enforcementNoticeServed", "reportOrderServed", "reportBreachRecord"],
  decisionDate: "2026-11-12",
  termEnd: "2028-11-12",
  extensionYears: 0,
  status: "listed",
  published: true,
  publishedDate: "2026-11-12",
  entry: {
    subject: { kind: "naturalPerson", name: "张某某", sex: "male", age: 41, idNumberMasked: "110108********1234" },
    obligation: "赔偿经济损失 100000.00 元",
    performanceStatus: "全部未履行",
    conduct: { zh: "违反财产报告制度", en: "breached the property-report duty" },
    basisIssuer: "北京知识产权法院",
    basisNumber: "(2025)京73民初100号",
    caseNumber: "(2026)京73执2号",
    registeredDate: "2026-09-01",
    court: "北京知识产权法院",
    basis: [],
  },
  deletion: null,
  mine: true,
  basis: [],
};
const base: CaseCredit = { restrictions: [order], listings: [listing], applications: [], respondents: [{ partyId: "p1", name: "张某某", kind: "naturalPerson" }], canAct: true, canSign: false };

let i18n: typeof i18next;
beforeAll(async () => {
  i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({ resources: { "zh-CN": { translation: zhCN }, en: { translation: en } }, lng: "zh-CN", fallbackLng: false, interpolation: { escapeValue: false } });
});

async function render(data: CaseCredit, audience: "staff" | "party", lang = "zh-CN"): Promise<string> {
  await i18n.changeLanguage(lang);
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  qc.setQueryData(creditKeys.case(CASE_ID), data);
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(QueryClientProvider, { client: qc }, createElement(AntApp, null, createElement(CreditPanel, { caseId: CASE_ID, audience })))));
}

describe("CreditPanel", () => {
  it.each(["zh-CN", "en"])("the handler's actions (%s), no raw keys", async (lang) => {
    const html = await render({ ...base, applications: [{ id: "a1", caseId: CASE_ID, kind: "correction", restrictionId: null, listingId: "l1", exceptionKind: null, content: "已报告财产", filedDate: "2026-11-13", dueDate: "2026-11-28", status: "pending", decidedDate: null, decisionNote: null, correctBy: null, correctedDate: null, reconsiderationDue: null, mine: false }] }, "staff", lang);
    for (const id of ["credit-propose-consumption", "credit-issue-exit", "credit-list", "credit-lift", "credit-toggle-publish", "credit-extend", "credit-delete", "credit-decide-correction", "credit-restriction-document", "credit-listing-document"]) {
      expect(html, id).toContain(`data-testid="${id}"`);
    }
    expect(html).not.toContain('data-testid="credit-sign"');
    expect(html).not.toContain('data-testid="credit-correction"');
    expect(html).not.toMatch(/\b(credit|clockKind|clockStatus)\.[a-z][\w.]*/);
    expect(html).toContain("110108********1234");
    expect(html).toContain(lang === "en" ? "breached the property-report duty" : "违反财产报告制度");
  });

  it("the president signs an order awaiting signature; a supervisor only reads", async () => {
    const html = await render({ ...base, restrictions: [{ ...order, status: "awaitingSignature", signedDate: null, signedByName: null, issuedDate: null }], canAct: false, canSign: true }, "staff");
    expect(html).toContain('data-testid="credit-sign"');
    expect(html).not.toContain('data-testid="credit-lift"');
    const read = await render({ ...base, canAct: false, canSign: false }, "staff");
    expect(read).not.toContain('data-testid="credit-propose-consumption"');
    expect(read).toContain(zhCN.credit.readOnly);
  });

  it.each(["zh-CN", "en"])("the respondent files a spending application and a correction request (%s)", async (lang) => {
    const html = await render({ ...base, canAct: false, respondents: [] }, "party", lang);
    expect(html).toContain('data-testid="credit-exception"');
    expect(html).toContain('data-testid="credit-correction"');
    expect(html).not.toContain('data-testid="credit-delete"');
    expect(html).not.toContain('data-testid="credit-propose-consumption"');
    expect(html).not.toMatch(/\b(credit|clockKind|clockStatus)\.[a-z][\w.]*/);
  });
});

describe("the correction's reconsideration (失信规定 art 12)", () => {
  const refused = { id: "a1", caseId: CASE_ID, kind: "correction" as const, restrictionId: null, listingId: "l1", exceptionKind: null, content: "已报告财产", filedDate: "2026-11-13", dueDate: "2026-11-28", status: "refused" as const, decidedDate: "2026-11-16", decisionNote: "纳入无误", correctBy: null, correctedDate: null, reconsiderationDue: "2026-11-26", mine: true };
  const recon = { ...refused, id: "a2", kind: "correctionReconsideration" as const, content: "请求上一级法院复议", filedDate: "2026-11-20", dueDate: "2026-12-05", status: "pending" as const, decidedDate: null, decisionNote: null, reconsiderationDue: null, higherCourtId: "bj-high", parentApplicationId: "a1" };

  it.each(["zh-CN", "en"])("the listed person applies for it once a correction is rejected (%s), no raw keys", async (lang) => {
    const html = await render({ ...base, canAct: false, respondents: [], applications: [refused] }, "party", lang);
    expect(html).toContain('data-testid="credit-correction-reconsideration"');
    expect(html).toContain(lang === "en" ? en.credit.action.correctionReconsideration : zhCN.credit.action.correctionReconsideration);
    expect(html).not.toMatch(/\b(credit|clockKind|clockStatus)\.[a-z][\w.]*/);
    // Applied for already: no second application; the reconsideration is listed with its kind.
    const filed = await render({ ...base, canAct: false, respondents: [], applications: [refused, { ...recon, mayDecide: false }] }, "party", lang);
    expect(filed).not.toContain('data-testid="credit-correction-reconsideration"');
    expect(filed).toContain(lang === "en" ? en.credit.applicationKinds.correctionReconsideration : zhCN.credit.applicationKinds.correctionReconsideration);
    expect(filed).not.toContain('data-testid="credit-decide-correction-reconsideration"');
  });

  it("the higher court's staff decide it; the enforcing court's handler does not, and staff never apply", async () => {
    const higher = await render({ ...base, canAct: false, canSign: false, applications: [refused, { ...recon, mayDecide: true }] }, "staff");
    expect(higher).toContain('data-testid="credit-decide-correction-reconsideration"');
    expect(higher).not.toContain('data-testid="credit-correction-reconsideration"');
    const handler = await render({ ...base, applications: [refused, { ...recon, mayDecide: false }] }, "staff");
    expect(handler).not.toContain('data-testid="credit-decide-correction-reconsideration"');
    expect(handler).not.toContain('data-testid="credit-correction-reconsideration"');
  });
});

describe("the requests the credit modal sends", () => {
  it.each<[string, Parameters<typeof creditRequest>, { path: string; body: Record<string, unknown> }]>([
    [
      "a consumption restriction with a covered person (blank persons dropped)",
      [{ kind: "proposeConsumption", targetId: CASE_ID }, CASE_ID, { partyId: "p1", initiatedBy: "courtOwnMotion", noticePeriodDue: "2026-11-01", persons: [{ name: " 陈某某 ", role: "legalRepresentative" }, { name: " ", role: "principal" }], recipients: ["中国民用航空局"] }],
      { path: `/cases/${CASE_ID}/consumption-restrictions`, body: { partyId: "p1", initiatedBy: "courtOwnMotion", noticePeriodDue: "2026-11-01", persons: [{ name: "陈某某", role: "legalRepresentative" }], recipients: ["中国民用航空局"] } },
    ],
    [
      "a listing with an extension, published",
      [{ kind: "list", targetId: CASE_ID }, CASE_ID, { partyId: "p1", ground: "obstruction", evidence: ["enforcementNoticeServed", "obstructionFinding"], extensionYears: 2, extensionReason: "violenceOrThreats", publish: true }],
      { path: `/cases/${CASE_ID}/dishonest-listings`, body: { partyId: "p1", ground: "obstruction", evidence: ["enforcementNoticeServed", "obstructionFinding"], extension: { years: 2, reason: "violenceOrThreats" }, onApplicantRequest: false, publish: true } },
    ],
    [
      "a deletion at the applicant's approved request",
      [{ kind: "delete", targetId: "l1" }, CASE_ID, { condition: "applicantRequest", occurredOn: "2026-11-20", note: " 申请执行人申请删除 ", approved: true }],
      { path: "/dishonest-listings/l1/delete", body: { condition: "applicantRequest", occurredOn: "2026-11-20", note: "申请执行人申请删除", applicantRequestApproved: true } },
    ],
    ["a correction request", [{ kind: "correction", targetId: "l1" }, CASE_ID, { content: "已按期报告财产" }], { path: "/dishonest-listings/l1/corrections", body: { content: "已按期报告财产" } }],
    ["a correction's reconsideration", [{ kind: "correctionReconsideration", targetId: "a1" }, CASE_ID, { content: " 请求上一级法院撤销 " }], { path: "/credit-applications/a1/correction-reconsideration", body: { content: "请求上一级法院撤销" } }],
    ["the higher court's decision on it", [{ kind: "decideCorrectionReconsideration", targetId: "a2" }, CASE_ID, { outcome: "revoked", note: " 已按期报告 " }], { path: "/credit-applications/a2/decide-correction-reconsideration", body: { outcome: "revoked", note: "已按期报告" } }],
  ])("%s", (_l, args, expected) => {
    expect(creditRequest(...args)).toEqual(expected);
  });
});
