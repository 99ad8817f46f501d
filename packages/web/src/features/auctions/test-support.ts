// Rendering the auction screens to HTML in node for tests (no DOM): i18n in both languages, a query
// client seeded with answers, a router and antd's App. Fixtures of the API's shapes.
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp } from "antd";
import i18next from "i18next";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { MemoryRouter } from "react-router";
import en from "../../i18n/en.json";
import zhCN from "../../i18n/zh-CN.json";
import type { BidHistoryItem, LiveLot, PublicLot, User } from "../../api/types";

let i18n: typeof i18next | null = null;

export async function testI18n(): Promise<typeof i18next> {
  if (!i18n) {
    i18n = i18next.createInstance();
    await i18n.use(initReactI18next).init({ resources: { "zh-CN": { translation: zhCN }, en: { translation: en } }, lng: "zh-CN", fallbackLng: false, interpolation: { escapeValue: false } });
  }
  return i18n;
}

export async function renderHtml(el: ReactElement, seed: [readonly unknown[], unknown][] = [], lang = "zh-CN"): Promise<string> {
  const i = await testI18n();
  await i.changeLanguage(lang);
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  for (const [key, data] of seed) qc.setQueryData(key, data);
  return renderToStaticMarkup(
    createElement(I18nextProvider, { i18n: i }, createElement(QueryClientProvider, { client: qc }, createElement(MemoryRouter, null, createElement(AntApp, null, el)))),
  );
}

export const count = (html: string, needle: string) => html.split(needle).length - 1;

export const LOT_ID = "11111111-1111-4111-8111-111111111111";
/** The server's clock in the fixtures: 2026-12-28 09:56:00 Beijing time. */
export const NOW = Date.parse("2026-12-28T09:56:00+08:00");

export function live(over: Partial<LiveLot> = {}): LiveLot {
  return {
    lotId: LOT_ID,
    status: "bidding",
    startAt: "2026-12-27T10:00:00.000+08:00",
    scheduledEndAt: "2026-12-28T10:00:00.000+08:00",
    endAt: "2026-12-28T10:00:00.000+08:00",
    extended: false,
    startingPriceFen: 17_500_000,
    incrementFen: 100_000,
    priceFen: null,
    leaderAlias: null,
    bidCount: 0,
    lastSeq: 0,
    minimumNextBidFen: 17_500_000,
    serverNow: new Date(NOW).toISOString(),
    version: 3,
    ...over,
  };
}

export function publicLot(over: Partial<PublicLot> = {}, l: Partial<LiveLot> = {}): PublicLot {
  const lv = live(l);
  return {
    id: LOT_ID,
    title: "发明专利“一种快速充电电路”（ZL202110123456.7）",
    court: { id: "bj-ip", name: "北京知识产权法院", nameEn: "Beijing Intellectual Property Court" },
    caseNumber: "(2026)京73执1号",
    assetType: "patent",
    assetTypeLabel: { zh: "专利权", en: "patent" },
    round: 1,
    startingPriceFen: 17_500_000,
    depositFen: 2_000_000,
    priceFen: lv.priceFen,
    status: lv.status,
    announcementDate: "2026-11-26",
    startAt: lv.startAt,
    endAt: lv.endAt,
    bidCount: lv.bidCount,
    incrementFen: 100_000,
    referencePriceFen: 25_000_000,
    referenceSource: "manual",
    referenceDocument: "京正评报字(2026)第88号资产评估报告",
    description: "发明专利一件，专利权人深圳市仿冒电子有限公司3。联系人张**，电话139****1003。",
    noticeText: "北京知识产权法院将于2026年12月27日10时至2026年12月28日10时止（延时的除外）在本院网络司法拍卖平台上进行公开拍卖活动。",
    asset: { type: "patent", label: { zh: "专利权", en: "patent" }, identifier: "ZL202110123456.7", holder: "深圳市仿冒电子有限公司3" },
    respondents: [{ name: "深圳市仿冒电子有限公司3", masked: false }],
    documents: [
      { title: "拍卖公告", kind: "notice" },
      { title: "评估报告", kind: "valuationReport", url: "https://example.org/report.pdf" },
    ],
    live: lv,
    result: null,
    rules: { biddingMinimumHours: 24, extensionMinutes: 5, basis: [{ law: "网拍规定(2016)", article: "art 20 para 2", en: "SPC Provisions on Online Judicial Auctions (2016)" }] },
    ...over,
  };
}

export const history = (n: number, aliases = ["竞买号A2B3C4", "竞买号D5E6F7"]): BidHistoryItem[] =>
  Array.from({ length: n }, (_, i) => {
    const seq = n - i;
    return {
      seq,
      alias: aliases[(seq - 1) % aliases.length]!,
      amountFen: 17_500_000 + (seq - 1) * 100_000,
      at: new Date(NOW - i * 60_000).toISOString(),
      priority: false,
      priorityRank: null,
      extended: seq === n && n > 2,
      endAt: "2026-12-28T10:01:00.000+08:00",
    };
  });

export const user = (role: User["role"], id = "u1"): User => ({ id, username: role, displayName: role === "applicant" ? "北京创新科技有限公司" : "王执行", role, courtId: role === "applicant" ? null : "bj-ip", courtName: null });
