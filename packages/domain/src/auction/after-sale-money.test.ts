// Rows cite 网拍规定(2016) arts 23–25 (the price in the ledger; the forfeited deposit applied to this case).
import { describe, expect, it } from "vitest";
import { forfeitureToCase, saleReceipts } from "./after-sale-money";
import { allocateForfeitedDeposit, type ForfeitInput } from "./buyer-default";
import { expectDomainError } from "./test-helpers";

describe("saleReceipts: the deposit credited and the balance sum to the price (网拍规定 arts 23, 25)", () => {
  it.each<[string, number, number, [string, number][]]>([
    ["art 23 para 1 + art 25: deposit 100,000 of 1,000,000", 1_000_000, 100_000, [["auctionDeposit", 100_000], ["auctionProceeds", 900_000]]],
    ["art 17 para 2: the applicant owed no deposit → the balance is the price", 1_000_000, 0, [["auctionProceeds", 1_000_000]]],
    ["art 23 para 1: a deposit equal to the price leaves no balance", 500_000, 500_000, [["auctionDeposit", 500_000]]],
  ])("%s", (_rule, price, deposit, parts) => {
    const r = saleReceipts({ priceFen: price, depositCreditedFen: deposit });
    expect(r.map((x) => [x.source, x.amountFen])).toEqual(parts);
    expect(r.reduce((s, x) => s + x.amountFen, 0)).toBe(price);
  });
  it("refuses a deposit above the price (art 23)", () => expectDomainError(() => saleReceipts({ priceFen: 10, depositCreditedFen: 11 }), "VALIDATION", "depositCreditedFen"));
});

const base: ForfeitInput = { depositFen: 100_000, auctionCostLossFen: 10_000, originalPriceFen: 1_000_000, reauctionPriceFen: null, caseDebtFen: 50_000, relatedDebtsFen: 0 };

describe("forfeitureToCase: what of a forfeited deposit this case's ledger receives (网拍规定 art 24 para 1)", () => {
  it.each<[string, Partial<ForfeitInput>, number, { toCaseFen: number; postNowFen: number; stillHeldFen: number; remainderFen: number }]>([
    ["art 24 at the default: cost 10,000 off; min(held 90,000, debt 50,000) is this case's now", {}, 0, { toCaseFen: 50_000, postNowFen: 50_000, stillHeldFen: 40_000, remainderFen: 0 }],
    ["art 24 at the default, debt above the deposit: all that is held is this case's", { caseDebtFen: 500_000 }, 0, { toCaseFen: 90_000, postNowFen: 90_000, stillHeldFen: 0, remainderFen: 0 }],
    ["art 24 completed, re-auction 30,000 lower: shortfall 30,000 + debt 50,000; 20,000 posted now", { reauctionPriceFen: 970_000 }, 50_000, { toCaseFen: 80_000, postNowFen: 30_000, stillHeldFen: 0, remainderFen: 10_000 }],
    ["art 24 completed, re-auction higher: no shortfall; the debt was already posted", { reauctionPriceFen: 1_200_000 }, 50_000, { toCaseFen: 50_000, postNowFen: 0, stillHeldFen: 0, remainderFen: 40_000 }],
  ])("%s", (_rule, over, posted, want) => {
    const input = { ...base, ...over };
    const r = forfeitureToCase(input, allocateForfeitedDeposit(input), posted);
    expect(r).toMatchObject({ ...want, costLossFen: 10_000 });
    expect(r.basis[0]).toMatchObject({ law: "网拍规定(2016)", article: "art 24 para 1" });
  });
  it("refuses a posted amount above this case's part (art 24)", () =>
    expectDomainError(() => forfeitureToCase(base, allocateForfeitedDeposit(base), 50_001), "VALIDATION", "postedFen"));
});
