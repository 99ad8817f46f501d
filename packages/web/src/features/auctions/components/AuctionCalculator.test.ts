// The auction-parameters calculator on the public calculators page: the request it sends, and the
// answer — minimum starting price, deposit range, announcement, notice and start dates — each figure
// with its article (网拍规定 arts 10, 12, 16, 17, 20, 26), in zh and en.
import { createElement } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { auctionParameters, AUCTION_PERIODS, createStatutoryCalendar, type AuctionParametersInput } from "@zhixing/domain";
import type { AuctionCalcResult } from "../../../api/types";
import { calcAuction } from "../api/auctions";
import { renderHtml } from "../test-support";
import { AuctionCalcFigures } from "./AuctionCalcFigures";
import { AuctionCalculator, auctionCalcInputOf } from "./AuctionCalculator";

/** What GET /calc/auction answers: the domain's auctionParameters on the official calendar. */
const calc = (input: AuctionParametersInput) => auctionParameters(input, createStatutoryCalendar(), AUCTION_PERIODS) as unknown as AuctionCalcResult;

afterEach(() => vi.unstubAllGlobals());

describe("the calculator's request", () => {
  it("from the form: the date as announcement or start date, round 2 with the previous starting price", () => {
    expect(auctionCalcInputOf({ referencePriceFen: 25_000_000, assetType: "patent", round: 1, dateMode: "announcement", date: "2026-11-26" })).toEqual({
      referencePriceFen: 25_000_000,
      assetType: "patent",
      round: 1,
      announcementDate: "2026-11-26",
    });
    expect(auctionCalcInputOf({ referencePriceFen: 25_000_000, assetType: "vehicle", round: 2, previousStartingPriceFen: 17_500_000, dateMode: "start", date: "2027-01-10", failedOn: "2026-12-28" })).toEqual({
      referencePriceFen: 25_000_000,
      assetType: "vehicle",
      round: 2,
      previousStartingPriceFen: 17_500_000,
      auctionStartDate: "2027-01-10",
      failedOn: "2026-12-28",
    });
    expect(auctionCalcInputOf({ assetType: "patent", round: 1, dateMode: "announcement" })).toBeNull();
    expect(auctionCalcInputOf({ referencePriceFen: 1, assetType: "patent", round: 2, dateMode: "announcement" })).toBeNull();
  });

  it("GET /api/v1/calc/auction with the fields as query parameters", async () => {
    const f = vi.fn(async () => new Response(JSON.stringify({}), { status: 200 }));
    vi.stubGlobal("fetch", f);
    await calcAuction({ referencePriceFen: 25_000_000, assetType: "patent", round: 2, previousStartingPriceFen: 17_500_000, announcementDate: "2026-11-26" });
    const [url, init] = f.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.method).toBe("GET");
    expect(url).toBe("/api/v1/calc/auction?referencePriceFen=25000000&assetType=patent&round=2&previousStartingPriceFen=17500000&announcementDate=2026-11-26");
  });
});

describe("the calculator's answer", () => {
  it("a first auction of a patent announced on a day: 70 %, 5–20 %, 30 days, 3 days' notice — each cited", async () => {
    const r = calc({ referencePriceFen: 25_000_000, assetType: "patent", round: 1, announcementDate: "2026-11-26" });
    const html = await renderHtml(createElement(AuctionCalcFigures, { r }));
    expect(html).toContain('data-testid="auction-calc-minimum" data-fen="17500000"');
    expect(html).toContain("175,000.00 元");
    expect(html).toContain("起拍价不得低于参考价（评估价或者市价）的 70%");
    expect(html).toContain("《网拍规定(2016)》第10条第2款");
    expect(html).toContain('data-min-fen="875000" data-max-fen="3500000"');
    expect(html).toContain("《网拍规定(2016)》第17条第1款");
    expect(html).toContain(`data-testid="auction-calc-start" data-date="${r.schedule!.auctionStartDate}"`);
    expect(html).toContain(`公告期 30 日，最早 ${r.schedule!.announcement.date} 开始`);
    expect(html).toContain("《网拍规定(2016)》第12条第1款");
    expect(html).toContain(`data-testid="auction-calc-notify" data-date="${r.schedule!.notifyPartiesBy.date}"`);
    expect(html).toContain("《网拍规定(2016)》第16条第1款");
    expect(html).toContain("竞价时间不少于 24 小时");
    expect(html).toContain("《网拍规定(2016)》第20条第2款");
  });

  it("a re-auction of movables after a failure: the cut of at most 20 %, 7 days' announcement, the 30-day limit (art 26)", async () => {
    const r = calc({ referencePriceFen: 25_000_000, assetType: "vehicle", round: 2, previousStartingPriceFen: 17_500_000, failedOn: "2026-12-28", auctionStartDate: "2027-01-12" });
    expect(r.minimumStartingPrice.amountFen).toBe(14_000_000);
    const html = await renderHtml(createElement(AuctionCalcFigures, { r }));
    expect(html).toContain("140,000.00 元");
    expect(html).toContain("《网拍规定(2016)》第26条第1款");
    expect(html).toContain('data-testid="auction-calc-reauction"');
    expect(html).toContain("最迟公告日（公告期 7 日）");
  });

  it("in English", async () => {
    const r = calc({ referencePriceFen: 25_000_000, assetType: "patent", round: 1, announcementDate: "2026-11-26" });
    const html = await renderHtml(createElement(AuctionCalcFigures, { r }), [], "en");
    expect(html).toContain("Minimum starting price");
    expect(html).toContain("175,000.00 CNY");
    expect(html).toContain("SPC Provisions on Online Judicial Auctions (2016), art 17 para 1");
    expect(html).toContain("30-day announcement period");
    expect(html).toContain("Notify the parties by");
    expect(html).not.toMatch(/auction\.calc\./);
  });

  it("the calculator starts with a prompt, in both languages", async () => {
    const zh = await renderHtml(createElement(AuctionCalculator));
    expect(zh).toContain("参考价（元）");
    expect(zh).toContain("流拍后再次拍卖");
    expect(zh).toContain('data-testid="calc-prompt"');
    const en = await renderHtml(createElement(AuctionCalculator), [], "en");
    expect(en).toContain("Reference price (yuan)");
    expect(en).toContain("Re-auction after a failure");
  });
});
