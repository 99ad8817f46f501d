// A lot's public page rendered in node: the price and the countdown to the (extended) end on the
// server's clock, the figures with their articles, the bid history by alias only, the documents, and
// the bidder's panel for the public, for court staff and for a registered bidder — zh and en.
import { createElement } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { BidHistoryItem, BidderRegistration, User } from "../../../api/types";
import { auctionKeys } from "../hooks/useAuctions";
import { count, history, LOT_ID, NOW, publicLot, renderHtml, user } from "../test-support";
import { LotView } from "./LotView";

const reg = (over: Partial<BidderRegistration> = {}): BidderRegistration => ({
  id: "r1",
  lotId: LOT_ID,
  alias: "竞买号A2B3C4",
  isApplicant: false,
  depositDueFen: 2_000_000,
  exempt: false,
  depositStatus: "paid",
  paymentReference: "SIM-1",
  paymentError: null,
  priorityRank: null,
  refundDueAt: null,
  refundedAt: null,
  basis: [],
  ...over,
});

async function page(opts: { lot?: ReturnType<typeof publicLot>; bids?: BidHistoryItem[]; me?: User | null; registration?: BidderRegistration | null; lang?: string }) {
  const lot = opts.lot ?? publicLot();
  return renderHtml(
    createElement(LotView, { lot, user: opts.me ?? null }),
    [
      [auctionKeys.bids(lot.id), { items: opts.bids ?? [] }],
      [auctionKeys.registration(lot.id), opts.registration ?? null],
    ],
    opts.lang,
  );
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

describe("the lot page", () => {
  it("counts down to the current end on the server's clock and shows the extension", async () => {
    // The server's clock is 2 minutes ahead of the browser's: the countdown follows the server.
    const lot = publicLot({}, { priceFen: 17_700_000, leaderAlias: "竞买号D5E6F7", bidCount: 3, lastSeq: 3, endAt: "2026-12-28T10:03:00.000+08:00", extended: true, serverNow: new Date(NOW + 120_000).toISOString() });
    const html = await page({ lot, bids: history(3) });
    // 10:03:00 − (09:56:00 + 2 min) = 5 min.
    expect(html).toMatch(/data-testid="lot-countdown" data-to="end" data-end-at="2026-12-28T10:03:00.000\+08:00" data-remaining-ms="300000"/);
    expect(html).toContain(">00:05:00<");
    expect(html).toContain("距结束");
    expect(html).toContain("已延时");
    expect(html).toContain("原定结束时间：2026-12-28 10:00");
    expect(html).toContain('data-price-fen="17700000"');
    expect(html).toContain("177,000.00");
    expect(html).toContain("领先：竞买号D5E6F7");
  });

  it("counts down to the start of an upcoming lot, in days", async () => {
    const lot = publicLot({}, { status: "upcoming", startAt: "2026-12-30T10:00:00.000+08:00", endAt: "2026-12-31T10:00:00.000+08:00", scheduledEndAt: "2026-12-31T10:00:00.000+08:00" });
    const html = await page({ lot });
    expect(html).toContain('data-to="start"');
    expect(html).toContain("距开始");
    expect(html).toMatch(/2 天 00:04:00/);
    expect(html).toContain('data-status="upcoming"');
  });

  it("gives each figure its article (网拍规定 arts 10, 17, 20)", async () => {
    const html = await page({});
    const fig = (id: string) => html.slice(html.indexOf(`data-testid="${id}"`), html.indexOf("</td>", html.indexOf(`data-testid="${id}"`)));
    expect(fig("figure-starting-price")).toContain("175,000.00");
    expect(fig("figure-starting-price")).toContain("《网拍规定(2016)》第10条第2款");
    expect(fig("figure-deposit")).toContain("20,000.00");
    expect(fig("figure-deposit")).toContain("《网拍规定(2016)》第17条第1款");
    expect(fig("figure-increment")).toContain("《网拍规定(2016)》第20条第1款");
    expect(fig("figure-end")).toContain("《网拍规定(2016)》第20条第2款");
    expect(fig("figure-reference")).toContain("京正评报字(2026)第88号资产评估报告");
    // A re-auction's starting price rests on art 26.
    const round2 = await page({ lot: publicLot({ round: 2 }) });
    expect(round2).toContain("《网拍规定(2016)》第26条第1款");
    expect(round2).toContain("再次拍卖");
  });

  it("lists the bids newest first by bidder code only — nothing else about the bidder", async () => {
    const bids = history(3).map((b) => ({ ...b, name: "李四", userId: "user-secret" }) as BidHistoryItem);
    const html = await page({ lot: publicLot({}, { priceFen: 17_700_000, bidCount: 3, lastSeq: 3, leaderAlias: "竞买号A2B3C4" }), bids });
    expect(count(html, 'data-testid="bid-row"')).toBe(3);
    expect(html.indexOf('data-seq="3"')).toBeLessThan(html.indexOf('data-seq="1"'));
    expect(html).toContain('data-alias="竞买号A2B3C4"');
    expect(html).toContain('data-alias="竞买号D5E6F7"');
    expect(html).not.toContain("李四");
    expect(html).not.toContain("user-secret");
    expect(html).toContain("竞买人以竞买号显示，身份不予公开。");
    expect(html).toContain("《网拍规定(2016)》第20条第3款");
    // The notice, the property (masked by the server), the documents.
    expect(html).toContain("张**");
    expect(html).toContain("139****1003");
    expect(count(html, 'data-testid="lot-document"')).toBe(2);
    expect(html).toContain('href="https://example.org/report.pdf"');
  });

  it("asks the public to sign in to bid, and tells court staff they may not bid (art 34)", async () => {
    const anon = await page({ me: null });
    expect(anon).toContain('data-testid="bidder-sign-in"');
    expect(anon).toContain('data-testid="bidder-login"');
    expect(anon).toContain('data-testid="bidder-signup"');
    const staff = await page({ me: user("officer") });
    expect(staff).toContain('data-testid="bidder-staff"');
    expect(staff).toContain("法院工作人员不得竞买");
    expect(staff).toContain("《网拍规定(2016)》第34条");
    expect(staff).not.toContain('data-testid="bid-form"');
  });

  it("offers a bidder without a registration to register and pay the deposit", async () => {
    const html = await page({ me: user("applicant"), registration: null });
    expect(html).toContain('data-testid="bidder-register"');
    expect(html).toContain("报名并交纳保证金");
    expect(html).toContain("20,000.00");
  });

  it("shows a registered bidder the code, the deposit, the standing and the bid form with the minimum", async () => {
    const lot = publicLot({}, { priceFen: 17_700_000, bidCount: 3, lastSeq: 3, leaderAlias: "竞买号D5E6F7", minimumNextBidFen: 17_800_000 });
    const html = await page({ lot, bids: history(3), me: user("applicant"), registration: reg() });
    expect(html).toContain('data-testid="bidder-alias">竞买号A2B3C4<');
    expect(html).toContain('data-standing="outbid"');
    expect(html).toContain("您的出价已被超过");
    expect(html).toContain('data-minimum-fen="17800000"');
    expect(html).toContain("最低出价 178,000.00 元");
    expect(html).toContain("178,000.00 元</span></button>");
    expect(html).toContain("179,000.00 元");
    expect(html).toContain('data-testid="bid-mine"');
    const leading = await page({ lot: publicLot({}, { ...lot.live, leaderAlias: "竞买号A2B3C4" }), bids: history(3), me: user("applicant"), registration: reg() });
    expect(leading).toContain('data-standing="leading"');
    expect(leading).toContain("您当前领先");
  });

  it("shows a failed deposit payment with the retry", async () => {
    const html = await page({ me: user("applicant"), registration: reg({ depositStatus: "pending", paymentError: "余额不足" }) });
    expect(html).toContain("保证金支付失败：余额不足");
    expect(html).toContain('data-testid="bidder-retry-payment"');
    expect(html).not.toContain('data-testid="bid-form"');
  });

  it("shows the result: the winner its balance, the others their refund", async () => {
    const sold = publicLot(
      { result: { kind: "sold", priceFen: 17_700_000, buyerAlias: "竞买号A2B3C4", buyerName: "北京创新科技有限公司", endedAt: "2026-12-28T10:03:00.000+08:00" } },
      { status: "sold", priceFen: 17_700_000, leaderAlias: "竞买号A2B3C4", minimumNextBidFen: null },
    );
    const won = await page({ lot: sold, bids: history(3), me: user("applicant"), registration: reg({ depositStatus: "applied" }) });
    expect(won).toContain('data-result="won"');
    expect(won).toContain("成交价 177,000.00 元。您交纳的保证金 20,000.00 元抵作价款，余款 157,000.00 元");
    expect(won).toContain("成交价 177,000.00 元，买受人 竞买号A2B3C4");
    const lost = await page({ lot: sold, bids: history(3), me: user("applicant"), registration: reg({ alias: "竞买号D5E6F7", refundDueAt: "2026-12-29T10:03:00.000+08:00" }) });
    expect(lost).toContain('data-result="lost"');
    expect(lost).toContain("24 小时内退还");
    expect(lost).toContain("《网拍规定(2016)》第23条");
    expect(lost).toContain("退还期限：2026-12-29 10:03");
  });

  it("in English", async () => {
    const lot = publicLot({}, { priceFen: 17_700_000, bidCount: 3, lastSeq: 3, leaderAlias: "竞买号D5E6F7", minimumNextBidFen: 17_800_000, extended: true, endAt: "2026-12-28T10:03:00.000+08:00" });
    const html = await page({ lot, bids: history(3), me: user("applicant"), registration: reg(), lang: "en" });
    expect(html).toContain("Ends in");
    expect(html).toContain("Extended");
    expect(html).toContain("Minimum bid: 178,000.00 yuan");
    expect(html).toContain("You have been outbid");
    expect(html).toContain("SPC Provisions on Online Judicial Auctions (2016), art 10 para 2");
    expect(html).toContain("Beijing Intellectual Property Court");
    expect(html).toContain("Bid history");
    expect(html).not.toMatch(/auction\.[a-z]+\.[a-zA-Z]+/);
  });
});
