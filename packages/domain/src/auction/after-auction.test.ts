// Rows cite 网拍规定 arts 22–23, 25–26, 37; 拍卖变卖规定 arts 16, 20, 23, 26–27, 32; 民诉法解释 arts 490–491.
import { describe, expect, it } from "vitest";
import {
  fixedPriceSalePhase,
  nextAfterFailure,
  ownershipTransfer,
  rulingServiceDeadline,
  settleDeposits,
  type DisposalOption,
} from "./after-auction";
import { closeLot, replay } from "./bidding";
import { withAuctionOverrides } from "./periods";
import { END, HOUR, INCREMENT, START, STARTING_PRICE, cal, expectDomainError, lot } from "./test-helpers";

const kinds = (options: DisposalOption[]) => options.map((o) => o.kind);

describe("nextAfterFailure: the disposal ladder", () => {
  it("1st auction fails (art 26 para 1): transfer in lieu at its starting price, else re-auction within 30 days at ≥ 80 %", () => {
    const r = nextAfterFailure({ stage: "auction1", failedOn: "2025-03-10", startingPriceFen: 700_000, referencePriceFen: 1_000_000, assetType: "patent" }, cal);
    expect(kinds(r.options)).toEqual(["transferInLieu", "reauction"]);
    expect(r.prescribed).toBe("reauction");
    expect(r.options[0]).toMatchObject({ kind: "transferInLieu", priceFen: 700_000 });
    expect(r.options[0]!.basis.map((b) => `${b.law} ${b.article}`)).toEqual(["拍卖变卖规定(2020) art 16", "网拍规定(2016) art 37 para 3", "拍卖变卖规定(2020) art 23"]);
    const re = r.options[1] as Extract<DisposalOption, { kind: "reauction" }>;
    expect(re.latestStart.date).toBe("2025-04-09");
    expect(re.earliestStart.date).toBe("2025-03-26"); // 15 days for a property right, announced on the failure day
    expect(re.minimumStartingPrice).toMatchObject({ amountFen: 560_000, maximumCutFen: 140_000 });
  });

  it("1st auction of movables fails: a re-auction announced 7 days ahead (art 26)", () => {
    const r = nextAfterFailure({ stage: "auction1", failedOn: "2025-03-10", startingPriceFen: 700_000, referencePriceFen: 1_000_000, assetType: "vehicle" }, cal);
    const re = r.options[1] as Extract<DisposalOption, { kind: "reauction" }>;
    expect(re.earliestStart.date).toBe("2025-03-18");
  });

  it("2nd auction fails (art 26 para 2): transfer in lieu at its starting price, else the fixed-price sale (60 days, UNCONFIRMED)", () => {
    const r = nextAfterFailure({ stage: "auction2", failedOn: "2025-04-15", startingPriceFen: 560_000, referencePriceFen: 1_000_000, assetType: "patent" }, cal);
    expect(kinds(r.options)).toEqual(["transferInLieu", "fixedPriceSale"]);
    expect(r.prescribed).toBe("fixedPriceSale");
    expect(r.options[0]).toMatchObject({ priceFen: 560_000 });
    const sale = r.options[1] as Extract<DisposalOption, { kind: "fixedPriceSale" }>;
    expect(sale.phase).toMatchObject({ priceFen: 560_000, startsOn: "2025-04-15", endsOn: "2025-06-16", confidence: "UNCONFIRMED", period: { n: 60 } });
  });

  it("the sale ends unsold: transfer in lieu at the sale price, management, or release and return (民诉法解释 art 490; 拍卖变卖规定 art 32)", () => {
    const r = nextAfterFailure({ stage: "fixedPriceSale", failedOn: "2025-06-16", salePriceFen: 560_000, assetType: "patent" }, cal);
    expect(kinds(r.options)).toEqual(["transferInLieu", "management", "releaseAndReturn"]);
    expect(r.prescribed).toBe("releaseAndReturn");
    expect(r.options[0]).toMatchObject({ priceFen: 560_000 });
    expect(r.options[2]!.basis.map((b) => b.article)).toEqual(["art 490", "art 32 para 3"]);
  });

  it.each<[string, object, string]>([
    ["deposits are not auctioned", { stage: "auction1", failedOn: "2025-03-10", startingPriceFen: 1, referencePriceFen: 1, assetType: "bankDeposit" }, "assetType"],
    ["a malformed failure date", { stage: "auction2", failedOn: "2025-3-10", startingPriceFen: 1, referencePriceFen: 1, assetType: "patent" }, "failedOn"],
    ["an unknown stage", { stage: "auction3", failedOn: "2025-03-10", assetType: "patent" }, "stage"],
  ])("refuses %s", (_why, input, field) => {
    expectDomainError(() => nextAfterFailure(input as never, cal), "VALIDATION", field);
  });
});

describe("fixedPriceSalePhase (网拍规定 art 26 para 2; period UNCONFIRMED)", () => {
  it("defaults to 60 days at the second starting price", () => {
    const p = fixedPriceSalePhase({ startsOn: "2025-04-15", secondStartingPriceFen: 560_000 }, cal);
    expect(p).toMatchObject({ priceFen: 560_000, endsOn: "2025-06-16", confidence: "UNCONFIRMED" }); // 06-14 Sat → Mon 06-16
    expect(p.note.en).toContain("not seen");
  });
  it("takes a configured period and a given price", () => {
    const p = fixedPriceSalePhase({ startsOn: "2025-04-15", secondStartingPriceFen: 560_000, priceFen: 500_000 }, cal, withAuctionOverrides({ fixedPriceSale: 30 }));
    expect(p).toMatchObject({ priceFen: 500_000, endsOn: "2025-05-15", period: { n: 30 } });
  });
});

describe("settleDeposits (网拍规定 arts 23, 25)", () => {
  const deposits = [
    { bidderId: "a", depositFen: 500_000 },
    { bidderId: "b", depositFen: 500_000 },
    { bidderId: "p1", depositFen: 0 },
  ];

  it("sold: losers refunded within 24 hours of the end; the buyer's deposit counts toward the price", () => {
    const s = replay(lot(), [
      { bidId: "1", bidderId: "a", amountFen: STARTING_PRICE, at: START },
      { bidId: "2", bidderId: "b", amountFen: STARTING_PRICE + INCREMENT, at: START + HOUR },
    ]).state;
    const { result } = closeLot(s, END);
    const r = settleDeposits(result, deposits);
    expect(r.refunds).toEqual([{ bidderId: "a", amountFen: 500_000, dueAt: END + 24 * HOUR }]);
    expect(r.buyer).toEqual({
      bidderId: "b",
      depositFen: 500_000,
      creditedFen: 500_000,
      balanceDueFen: STARTING_PRICE + INCREMENT - 500_000,
      transferDueAt: END + 24 * HOUR,
    });
    expect(r.basis.map((b) => b.article)).toEqual(["art 23", "art 25"]);
  });

  it("failed: every deposit refunded within 24 hours (art 23)", () => {
    const { result } = closeLot(lot(), END);
    const r = settleDeposits(result, deposits);
    expect(r.refunds.map((x) => x.bidderId)).toEqual(["a", "b"]);
    expect(r.buyer).toBeUndefined();
  });

  it("refuses a bidder listed twice", () => {
    const { result } = closeLot(lot(), END);
    expectDomainError(() => settleDeposits(result, [deposits[0]!, deposits[0]!]), "VALIDATION", "deposits.1.bidderId");
  });
});

describe("after the sale: ruling, ownership, hand-over", () => {
  it.each<[string, string, string]>([
    ["拍卖变卖规定 art 20: paid Mon 03-03 → serve by Thu 03-13", "2025-03-03", "2025-03-13"],
    ["art 20 + 民诉法 art 85 para 3: paid Wed 09-24 → 10-04 (National Day) → Thu 10-09", "2025-09-24", "2025-10-09"],
  ])("%s", (_rule, paid, due) => {
    expect(rulingServiceDeadline(paid, cal)).toMatchObject({ key: "rulingService", due, confidence: "CONFIRMED-P" });
  });

  it.each<[string, string, string]>([
    ["网拍规定 art 22 para 2 / 拍卖变卖规定 arts 26–27: served Mon 03-03 → hand over by Tue 03-18", "2025-03-03", "2025-03-18"],
    ["art 27 + art 85 para 3: served 03-07 → 15th day Sat 03-22 → Mon 03-24", "2025-03-07", "2025-03-24"],
  ])("%s", (_rule, served, due) => {
    const r = ownershipTransfer(served, cal);
    expect(r.passesOn).toBe(served);
    expect(r.handOver).toMatchObject({ key: "handOver", from: served, due });
    expect(r.basis.map((b) => b.article)).toEqual(["art 22 para 2", "art 26", "art 491"]);
  });
});
