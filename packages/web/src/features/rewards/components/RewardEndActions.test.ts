// Withdrawing and closing reward notices on the screens that show a case's notices, rendered to HTML in
// node (no DOM): the applicant's card offers 撤回 / Withdraw on its own notices awaiting the decision or
// published; the staff section offers 结束 / Close to the handler or the division head on published
// notices; a withdrawn or closed notice says when and why. And the two calls the buttons send.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp } from "antd";
import i18next from "i18next";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import en from "../../../i18n/en.json";
import zhCN from "../../../i18n/zh-CN.json";
import type { CaseDetail, User } from "../../../api/types";
import { closeReward, withdrawReward, type RewardNotice } from "../api/rewards";
import { rewardKeys } from "../hooks/useRewards";
import { RewardApplyCard } from "./RewardApplyCard";
import { RewardsSection } from "./RewardsSection";

const CASE_ID = "22222222-2222-4222-8222-222222222222";
const base: RewardNotice = {
  id: "n1",
  caseId: CASE_ID,
  amountFen: 5_000_000,
  formula: null,
  promiseToPay: true,
  channels: ["nationalPlatform"],
  otherMediaName: null,
  status: "applied",
  applicationDate: "2025-09-15",
  decisionDue: "2025-09-25",
  decidedDate: null,
  decisionReason: null,
  publishedDate: null,
  ended: null,
  appliedByMe: true,
  tipCount: 0,
  tips: null,
  clock: null,
};
const applied = base;
const published: RewardNotice = { ...base, id: "n2", status: "published", decidedDate: "2025-09-16", publishedDate: "2025-09-16", tips: [] };
const withdrawn: RewardNotice = { ...published, id: "n3", status: "withdrawn", ended: { kind: "withdrawn", date: "2025-09-20", byRole: "applicant", closeReason: null, note: "已达成和解" } };
const closed: RewardNotice = { ...published, id: "n4", status: "closed", ended: { kind: "closed", date: "2025-09-21", byRole: "officer", closeReason: "propertyFound", note: "已冻结银行存款" } };
const notMine: RewardNotice = { ...published, id: "n5", appliedByMe: false };

let i18n: typeof i18next;
beforeAll(async () => {
  i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({ resources: { "zh-CN": { translation: zhCN }, en: { translation: en } }, lng: "zh-CN", fallbackLng: false, interpolation: { escapeValue: false } });
});

async function render(el: ReturnType<typeof createElement>, items: RewardNotice[], lang = "zh-CN"): Promise<string> {
  await i18n.changeLanguage(lang);
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  qc.setQueryData(rewardKeys.list(CASE_ID), { items });
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(QueryClientProvider, { client: qc }, createElement(AntApp, null, el))));
}
const count = (html: string, needle: string) => html.split(needle).length - 1;
/** The HTML of the notice with `data-status`. */
const row = (html: string, testId: string, status: string) => {
  const start = html.indexOf(`data-testid="${testId}" data-status="${status}"`);
  expect(start).toBeGreaterThanOrEqual(0);
  const next = html.indexOf(`data-testid="${testId}"`, start + 10);
  return html.slice(start, next < 0 ? undefined : next);
};

describe("the applicant's reward card", () => {
  it("offers Withdraw on its own notices awaiting the decision or published, not on ended ones or others'", async () => {
    const html = await render(createElement(RewardApplyCard, { caseId: CASE_ID, canApply: false }), [applied, published, withdrawn, closed]);
    expect(count(html, 'data-testid="reward-withdraw"')).toBe(2);
    expect(row(html, "reward-row", "applied")).toContain('data-testid="reward-withdraw"');
    expect(row(html, "reward-row", "published")).toContain('data-testid="reward-withdraw"');
    expect(row(html, "reward-row", "withdrawn")).not.toContain('data-testid="reward-withdraw"');
    // antd spaces a two-character Chinese label: 撤 回.
    expect(html).toContain(">撤 回<");
    const other = await render(createElement(RewardApplyCard, { caseId: CASE_ID, canApply: false }), [notMine]);
    expect(other).not.toContain('data-testid="reward-withdraw"');
  });

  it("says when and why a notice was withdrawn or closed", async () => {
    const html = await render(createElement(RewardApplyCard, { caseId: CASE_ID, canApply: false }), [withdrawn, closed]);
    expect(row(html, "reward-row", "withdrawn")).toContain("2025-09-20 撤回（已达成和解）");
    expect(row(html, "reward-row", "closed")).toContain("2025-09-21 结束（已查找到可供执行的财产：已冻结银行存款）");
    const enHtml = await render(createElement(RewardApplyCard, { caseId: CASE_ID, canApply: false }), [withdrawn, closed, applied], "en");
    expect(enHtml).toContain("Withdrawn 2025-09-20 (已达成和解)");
    expect(enHtml).toContain("Closed 2025-09-21 (Property available for enforcement was found: 已冻结银行存款)");
    expect(enHtml).toContain(">Withdraw<");
    expect(enHtml).not.toMatch(/reward\.\w+/);
  });
});

describe("the staff rewards section", () => {
  const detail = { id: CASE_ID, courtId: "bj-ip", handlerId: "h1" } as CaseDetail;
  const user = (role: User["role"], id = "u1", courtId = "bj-ip") => ({ id, role, courtId, username: "x", displayName: "x", courtName: null }) as User;

  it.each<[string, User, number]>([
    ["the handler", user("officer", "h1"), 1],
    ["the division head", user("divisionHead"), 1],
    ["another officer", user("officer", "o2"), 0],
    ["a supervisor", user("supervisor", "s1", "bj-high"), 0],
    ["an officer of another court", user("officer", "h1", "sh-ip"), 0],
  ])("%s: Close on the published notice only, if any", async (_l, u, n) => {
    const html = await render(createElement(RewardsSection, { detail, user: u }), [applied, published, withdrawn, closed]);
    expect(count(html, 'data-testid="reward-close"')).toBe(n);
    if (n) expect(row(html, "reward-notice", "published")).toContain('data-testid="reward-close"');
    // Staff never withdraw: that is the applicant's.
    expect(html).not.toContain('data-testid="reward-withdraw"');
    expect(row(html, "reward-notice", "closed")).toContain("2025-09-21 结束（已查找到可供执行的财产：已冻结银行存款）");
  });
});

describe("the withdraw and close calls", () => {
  afterEach(() => vi.unstubAllGlobals());
  it("post to the case's notice with the exact bodies", async () => {
    const f = vi.fn(async () => new Response(JSON.stringify({ id: "n1" }), { status: 200, headers: { "content-type": "application/json" } }));
    vi.stubGlobal("fetch", f);
    await withdrawReward(CASE_ID, "n1", { reason: "已达成和解" });
    await closeReward(CASE_ID, "n2", { reason: "other", note: "执行和解" });
    const calls = (f.mock.calls as unknown as [string, RequestInit][]).map(([url, init]) => [url, init.method, JSON.parse(init.body as string)]);
    expect(calls).toEqual([
      [`/api/v1/cases/${CASE_ID}/reward-notices/n1/withdraw`, "POST", { reason: "已达成和解" }],
      [`/api/v1/cases/${CASE_ID}/reward-notices/n2/close`, "POST", { reason: "other", note: "执行和解" }],
    ]);
  });
});
