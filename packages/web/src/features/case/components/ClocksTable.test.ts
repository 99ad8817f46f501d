// The clocks table names every clock kind the domain has (CLOCK_KINDS) in both languages, and tells a
// clock met after its due date ("met late") from one met in time.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import i18next from "i18next";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { CLOCK_KINDS, cite } from "@zhixing/domain";
import en from "../../../i18n/en.json";
import zhCN from "../../../i18n/zh-CN.json";
import type { CaseClock } from "../../../api/types";
import { ClocksTable } from "./ClocksTable";

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({ lng: "zh-CN", resources: { "zh-CN": { translation: zhCN }, en: { translation: en } }, interpolation: { escapeValue: false } });
});

const clock = (over: Partial<CaseClock>): CaseClock =>
  ({
    id: "k1",
    kind: "notice",
    startDate: "2025-03-07",
    due: "2025-03-10",
    status: "met",
    basis: cite("若干期限规定(2006)", "art 4", "SPC Provisions on Time Limits in Enforcement Cases (2006)"),
    metDate: "2025-03-10",
    overdue: false,
    daysLeft: null,
    provisional: false,
    ...over,
  }) as CaseClock;

const render = (clocks: CaseClock[]) => renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(ClocksTable, { clocks })));

describe("ClocksTable", () => {
  it.each(CLOCK_KINDS.map((k) => [k]))("names the clock kind %s in zh-CN and en", (kind) => {
    expect((zhCN.clockKind as Record<string, string>)[kind], `zh ${kind}`).toBeTruthy();
    expect((en.clockKind as Record<string, string>)[kind], `en ${kind}`).toBeTruthy();
  });

  // [met date, due, shows met late?]
  const rows: [string, string, boolean][] = [
    ["2025-03-10", "2025-03-10", false], // on the last day: in time
    ["2025-03-09", "2025-03-10", false],
    ["2025-03-11", "2025-03-10", true], // a day late
  ];
  it.each(rows)("met on %s with the due date %s → met late %s", (metDate, due, late) => {
    const html = render([clock({ metDate, due })]);
    expect(html.includes('data-testid="clock-met-late"')).toBe(late);
    expect(html.includes("逾期完成")).toBe(late);
    expect(html.includes("已按期完成")).toBe(!late);
  });
});
