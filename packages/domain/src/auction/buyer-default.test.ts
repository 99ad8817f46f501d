// Rows cite 网拍规定 art 24 and 拍卖变卖规定 art 22 (rules.md §10).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateForfeitedDeposit, buyerDefault, FORFEIT_STEPS, type ForfeitInput } from "./buyer-default";
import { closeLot, openLot, placeBid } from "./bidding";
import { END, START, STARTING_PRICE, expectDomainError, lotSetup } from "./test-helpers";

const base: ForfeitInput = { depositFen: 1_000_000, auctionCostLossFen: 50_000, originalPriceFen: 10_000_000, caseDebtFen: 600_000, relatedDebtsFen: 200_000 };
const allocated = (r: ReturnType<typeof allocateForfeitedDeposit>) => r.lines.map((l) => l.allocatedFen);

describe("allocateForfeitedDeposit (网拍规定 art 24 para 1: costs, shortfall, this case's debt, related debts)", () => {
  it.each<[string, Partial<ForfeitInput>, number[], number, number, number]>([
    ["art 24: re-auction sold at the same price — costs, then the case debt, then related debts; 150,000 left", { reauctionPriceFen: 10_000_000 }, [50_000, 0, 600_000, 200_000], 0, 150_000, 0],
    ["art 24: a 300,000 shortfall comes before the case debt", { reauctionPriceFen: 9_700_000 }, [50_000, 300_000, 600_000, 50_000], 0, 0, 0],
    ["art 24 + 拍卖变卖规定 art 22: a shortfall larger than the deposit — the defaulter owes the rest", { reauctionPriceFen: 8_000_000 }, [50_000, 950_000, 0, 0], 0, 0, 1_050_000],
    ["art 24: the re-auction sold higher — no shortfall", { reauctionPriceFen: 11_000_000 }, [50_000, 0, 600_000, 200_000], 0, 150_000, 0],
    ["art 24: costs exceed the deposit", { auctionCostLossFen: 1_200_000, reauctionPriceFen: 10_000_000 }, [1_000_000, 0, 0, 0], 0, 0, 200_000],
    ["art 24 order kept: re-auction not yet sold — costs paid, the rest held", {}, [50_000, 0, 0, 0], 950_000, 0, 0],
  ])("%s", (_rule, over, lines, held, remainder, owes) => {
    const r = allocateForfeitedDeposit({ ...base, ...over });
    expect(r.lines.map((l) => l.step)).toEqual([...FORFEIT_STEPS]);
    expect(allocated(r)).toEqual(lines);
    expect({ held: r.heldFen, remainder: r.remainderFen, owes: r.defaulterOwesFen }).toEqual({ held, remainder, owes });
    expect(r.complete).toBe(over.reauctionPriceFen !== undefined);
    expect(r.lines.every((l) => l.basis.article === "art 24 para 1")).toBe(true);
  });

  it("an unknown shortfall has no claim yet", () => {
    expect(allocateForfeitedDeposit(base).lines[1]!.claimFen).toBeNull();
  });

  it.each<[keyof ForfeitInput]>([["depositFen"], ["auctionCostLossFen"], ["originalPriceFen"], ["caseDebtFen"], ["relatedDebtsFen"], ["reauctionPriceFen"]])(
    "refuses a negative %s",
    (field) => {
      expectDomainError(() => allocateForfeitedDeposit({ ...base, [field]: -1 }), "VALIDATION", field);
    },
  );

  const amount = fc.integer({ min: 0, max: 1e12 });
  const input = fc.record({
    depositFen: amount,
    auctionCostLossFen: amount,
    originalPriceFen: amount,
    reauctionPriceFen: fc.option(amount, { nil: undefined }),
    caseDebtFen: amount,
    relatedDebtsFen: amount,
  });

  it("conserves the deposit exactly and pays each step only once the earlier ones are full", () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = allocateForfeitedDeposit(i);
        const sum = allocated(r).reduce((a, b) => a + b, 0);
        expect(sum + r.heldFen + r.remainderFen).toBe(i.depositFen);
        r.lines.forEach((l, k) => {
          expect(l.allocatedFen).toBeGreaterThanOrEqual(0);
          if (l.claimFen !== null) expect(l.allocatedFen).toBeLessThanOrEqual(l.claimFen);
          if (l.allocatedFen > 0) r.lines.slice(0, k).forEach((e) => expect(e.allocatedFen).toBe(e.claimFen));
        });
        const shortfall = i.reauctionPriceFen === undefined ? 0 : Math.max(0, i.originalPriceFen - i.reauctionPriceFen);
        expect(r.defaulterOwesFen).toBe(i.auctionCostLossFen + shortfall - r.lines[0]!.allocatedFen - r.lines[1]!.allocatedFen);
        expect(r.heldFen === 0 || r.remainderFen === 0).toBe(true);
      }),
    );
  });
});

describe("buyerDefault (网拍规定 art 24 para 2)", () => {
  it("the defaulter is barred from the re-auction lot, and its bids there are refused", () => {
    const first = placeBid(openLot(lotSetup()), { bidId: "1", bidderId: "a", amountFen: STARTING_PRICE, at: START }).state;
    const sold = closeLot(first, END).result;
    if (sold.kind !== "sold") throw new Error("expected a sale");
    const d = buyerDefault({ defaulterId: sold.bidderId, previouslyBarred: ["d"] });
    expect(d).toMatchObject({ defaulterId: "a", depositForfeited: true, barredBidderIds: ["d", "a"] });
    const reauction = openLot(lotSetup({ lotId: "lot-1-again", eligibleBidderIds: ["b"], barredBidderIds: d.barredBidderIds }));
    expect(placeBid(reauction, { bidId: "x", bidderId: "a", amountFen: STARTING_PRICE, at: START }).outcome).toMatchObject({ kind: "refused", reason: "barred" });
    expectDomainError(() => openLot(lotSetup({ eligibleBidderIds: ["a"], barredBidderIds: d.barredBidderIds })), "VALIDATION", "eligibleBidderIds");
  });
});
