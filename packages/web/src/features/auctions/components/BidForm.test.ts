// The bid form: the minimum next bid and quick amounts, the client-made bid id re-sent unchanged on a
// retry (the API's idempotent bids: a repeat returns the first answer, nothing placed twice), and the
// answers — accepted (with the extension), refused with the rule, or a failure to retry — in zh and en.
import { createElement } from "react";
import { MutationObserver, QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../../../api/client";
import type { BidResult, BidderRegistration } from "../../../api/types";
import { placeBid } from "../api/auctions";
import { bidMutationOptions } from "../hooks/useAuctions";
import { live, LOT_ID, renderHtml } from "../test-support";
import { BidAnswer, BidForm } from "./BidForm";

const registration: BidderRegistration = {
  id: "r1",
  lotId: LOT_ID,
  alias: "竞买号A2B3C4",
  isApplicant: false,
  depositDueFen: 2_000_000,
  exempt: false,
  depositStatus: "paid",
  paymentReference: "SIM-1",
  paymentError: null,
  priorityRank: 1,
  refundDueAt: null,
  refundedAt: null,
  basis: [],
};

const answer = (over: Partial<BidResult> = {}): BidResult => ({
  bidId: "b1",
  kind: "accepted",
  reason: null,
  message: null,
  seq: 4,
  amountFen: 17_800_000,
  at: "2026-12-28T09:58:00.000+08:00",
  extended: false,
  duplicate: false,
  live: live({ priceFen: 17_800_000, endAt: "2026-12-28T10:03:00.000+08:00", extended: true }),
  basis: [],
  ...over,
});

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

afterEach(() => vi.unstubAllGlobals());

describe("the bid form", () => {
  it("shows the minimum next bid and quick amounts from it", async () => {
    const html = await renderHtml(createElement(BidForm, { lotId: LOT_ID, live: live({ priceFen: 17_700_000, minimumNextBidFen: 17_800_000 }), registration }));
    expect(html).toContain('data-minimum-fen="17800000"');
    expect(html).toContain("最低出价 178,000.00 元");
    expect(html).toContain("此后每次出价至少比当前价高一个加价幅度");
    expect(html).toMatch(/data-testid="bid-quick-0"[^>]*>.*178,000\.00 元/);
    expect(html).toMatch(/data-testid="bid-quick-2"[^>]*>.*180,000\.00 元/);
    // A confirmed priority holder may bid as one (网拍规定 art 19).
    expect(html).toContain("以优先购买权人身份出价（第 1 顺位）");
    const en = await renderHtml(createElement(BidForm, { lotId: LOT_ID, live: live({ minimumNextBidFen: 17_500_000 }), registration: { ...registration, priorityRank: null } }), [], "en");
    expect(en).toContain("Minimum bid: 175,000.00 yuan");
    expect(en).toContain("Place bid");
    expect(en).not.toContain("priority holder");
  });

  it("posts the bid with the client's id to the lot's bids", async () => {
    const f = vi.fn(async () => json(201, answer()));
    vi.stubGlobal("fetch", f);
    await placeBid(LOT_ID, { bidId: "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d", amountFen: 17_800_000 });
    const [url, init] = f.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(`/api/v1/lots/${LOT_ID}/bids`);
    expect(init.method).toBe("POST");
    expect(JSON.parse(init.body as string)).toEqual({ bidId: "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d", amountFen: 17_800_000 });
  });

  it("retries a bid lost to the network with the same bid id, so it is placed once", async () => {
    let calls = 0;
    const f = vi.fn(async () => {
      calls += 1;
      if (calls === 1) throw new TypeError("Failed to fetch");
      if (calls === 2) return json(502, {});
      return json(200, answer({ duplicate: true }));
    });
    vi.stubGlobal("fetch", f);
    const obs = new MutationObserver(new QueryClient(), bidMutationOptions(LOT_ID, () => 0));
    const r = await obs.mutate({ bidId: "bid-0001", amountFen: 17_800_000 });
    expect(r.duplicate).toBe(true);
    const bodies = (f.mock.calls as unknown as [string, RequestInit][]).map(([, init]) => JSON.parse(init.body as string));
    expect(bodies).toEqual([
      { bidId: "bid-0001", amountFen: 17_800_000 },
      { bidId: "bid-0001", amountFen: 17_800_000 },
      { bidId: "bid-0001", amountFen: 17_800_000 },
    ]);
  });

  it("does not retry what the server refused; its message comes in both languages", async () => {
    const f = vi.fn(async () => json(422, { error: { code: "PRECONDITION_FAILED", field: "lotId", message: { zh: "请先报名并交纳保证金（网拍规定第十七、十八条）", en: "Register and pay the deposit first (网拍规定 arts 17–18)" } } }));
    vi.stubGlobal("fetch", f);
    const obs = new MutationObserver(new QueryClient(), bidMutationOptions(LOT_ID, () => 0));
    const e = await obs.mutate({ bidId: "bid-0002", amountFen: 1 }).catch((x: unknown) => x);
    expect(f).toHaveBeenCalledTimes(1);
    expect(e).toBeInstanceOf(ApiError);
    const zh = await renderHtml(createElement(BidAnswer, { result: null, error: e }));
    expect(zh).toContain("请先报名并交纳保证金（网拍规定第十七、十八条）");
    expect(zh).not.toContain('data-testid="bid-retry"');
    const en = await renderHtml(createElement(BidAnswer, { result: null, error: e }), [], "en");
    expect(en).toContain("Register and pay the deposit first");
  });
});

describe("the answer to a bid", () => {
  it("accepted, and the end moved when it came in the last 5 minutes", async () => {
    const html = await renderHtml(createElement(BidAnswer, { result: answer({ extended: true }), error: null }));
    expect(html).toContain('data-kind="accepted"');
    expect(html).toContain("出价成功：178,000.00 元。竞价结束时间顺延至 2026-12-28 10:03");
    const plain = await renderHtml(createElement(BidAnswer, { result: answer(), error: null }), [], "en");
    expect(plain).toContain("Bid accepted: 178,000.00 yuan. You are leading");
  });

  it("refused with the domain's reason and message", async () => {
    const refused = answer({
      kind: "refused",
      reason: "belowIncrement",
      seq: null,
      message: { zh: "出价须不低于 178,000.00 元（当前价 177,000.00 元加增价幅度 1,000.00 元）", en: "The bid must be at least 178,000.00 yuan" },
    });
    const zh = await renderHtml(createElement(BidAnswer, { result: refused, error: null }));
    expect(zh).toContain('data-reason="belowIncrement"');
    expect(zh).toContain("出价未被接受");
    expect(zh).toContain("出价须不低于 178,000.00 元");
    const en = await renderHtml(createElement(BidAnswer, { result: refused, error: null }), [], "en");
    expect(en).toContain("Bid not accepted");
    expect(en).toContain("The bid must be at least 178,000.00 yuan");
  });

  it("a network failure offers to send the same bid again", async () => {
    const e = new ApiError(0, { code: "network", message: { zh: "网络连接失败", en: "Network error" } });
    const html = await renderHtml(createElement(BidAnswer, { result: null, error: e, onRetry: () => undefined }));
    expect(html).toContain('data-testid="bid-retry"');
    expect(html).toContain("重新提交同一出价");
    expect(html).toContain("重新提交使用同一出价编号，不会重复出价。");
  });
});
