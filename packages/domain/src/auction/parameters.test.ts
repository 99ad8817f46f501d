// Rows cite 网拍规定 arts 10, 12, 16, 17, 26 (rules.md §10).
import { describe, expect, it } from "vitest";
import {
  auctionParameters,
  bidderDepositDue,
  depositRange,
  minimumStartingPrice,
  validateDeposit,
  validateStartingPrice,
  type MinimumStartingPriceInput,
} from "./parameters";
import { fractionOfFen, PERCENT_70 } from "./fen-ratio";
import { cal, expectDomainError } from "./test-helpers";

describe("minimumStartingPrice (网拍规定 art 10: ≥ 70 %; art 26: a cut ≤ 20 %), rounded up to the fen", () => {
  it.each<[string, MinimumStartingPriceInput, number, number | undefined]>([
    ["art 10: 70 % of 10,000.00 yuan", { referencePriceFen: 1_000_000, round: 1 }, 700_000, undefined],
    ["art 10: 70 % of 10,000.01 yuan = 7,000.007 → up to 7,000.01", { referencePriceFen: 1_000_001, round: 1 }, 700_001, undefined],
    ["art 10: 70 % of 1 fen → 1 fen", { referencePriceFen: 1, round: 1 }, 1, undefined],
    ["art 10: 70 % of 3 fen = 2.1 → 3 fen", { referencePriceFen: 3, round: 1 }, 3, undefined],
    ["art 26: 80 % of a 7,000.00 first start = 5,600.00 (56 % of the reference)", { referencePriceFen: 1_000_000, round: 2, previousStartingPriceFen: 700_000 }, 560_000, 140_000],
    ["art 26: 80 % of 7,000.01 = 5,600.008 → 5,600.01; the cut 1,400.00 ≤ 20 %", { referencePriceFen: 1_000_001, round: 2, previousStartingPriceFen: 700_001 }, 560_001, 140_000],
    [
      "art 26 + art 10 (round2Floor art26AndArt10): the higher floor, 70 % of the reference",
      { referencePriceFen: 1_000_000, round: 2, previousStartingPriceFen: 700_000, round2Floor: "art26AndArt10" },
      700_000,
      0,
    ],
    [
      "art 26 + art 10: the higher floor, 80 % of a high first start",
      { referencePriceFen: 1_000_000, round: 2, previousStartingPriceFen: 1_000_000, round2Floor: "art26AndArt10" },
      800_000,
      200_000,
    ],
  ])("%s", (_rule, input, min, cut) => {
    const r = minimumStartingPrice(input);
    expect(r.amountFen).toBe(min);
    expect(r.rounding).toBe("up");
    expect(r.maximumCutFen).toBe(cut);
    expect(r.basis[0]).toMatchObject({ law: "网拍规定(2016)", article: input.round === 1 ? "art 10 para 2" : "art 26 para 1" });
    expect(r.rule.zh.length).toBeGreaterThan(0);
  });

  it.each<[string, Partial<MinimumStartingPriceInput>, string]>([
    ["a round other than 1 or 2", { round: 3 as 1 }, "round"],
    ["no reference price", { referencePriceFen: 0 }, "referencePriceFen"],
    ["a fractional reference price", { referencePriceFen: 100.5 }, "referencePriceFen"],
    ["round 2 without the previous start (art 26)", { round: 2 }, "previousStartingPriceFen"],
    ["round 1 with a previous start", { previousStartingPriceFen: 100 }, "previousStartingPriceFen"],
    ["an unknown round-2 floor rule", { round: 2, previousStartingPriceFen: 100, round2Floor: "x" as "art26" }, "round2Floor"],
  ])("refuses %s", (_what, over, field) => {
    expectDomainError(() => minimumStartingPrice({ referencePriceFen: 1_000_000, round: 1, ...over }), "VALIDATION", field);
  });
});

describe("validateStartingPrice", () => {
  it.each<[string, MinimumStartingPriceInput, number, boolean]>([
    ["art 10: exactly 70 %", { referencePriceFen: 1_000_001, round: 1 }, 700_001, true],
    ["art 10: one fen under", { referencePriceFen: 1_000_001, round: 1 }, 700_000, false],
    ["art 10: above the reference price is allowed", { referencePriceFen: 1_000_000, round: 1 }, 1_200_000, true],
    ["art 26: exactly a 20 % cut", { referencePriceFen: 1_000_000, round: 2, previousStartingPriceFen: 700_000 }, 560_000, true],
    ["art 26: a cut of 20 % and one fen", { referencePriceFen: 1_000_000, round: 2, previousStartingPriceFen: 700_000 }, 559_999, false],
    ["art 26: no cut", { referencePriceFen: 1_000_000, round: 2, previousStartingPriceFen: 700_000 }, 700_000, true],
  ])("%s", (_rule, input, chosen, ok) => {
    if (ok) expect(validateStartingPrice({ ...input, startingPriceFen: chosen }).amountFen).toBeLessThanOrEqual(chosen);
    else {
      const e = expectDomainError(() => validateStartingPrice({ ...input, startingPriceFen: chosen }), "VALIDATION", "startingPriceFen");
      expect(e.messages.zh).toContain(input.round === 1 ? "第10条" : "第26条");
    }
  });
});

describe("depositRange and validateDeposit (网拍规定 art 17 para 1: 5 %–20 %)", () => {
  it.each<[string, number, number, number]>([
    ["7,000.00 yuan → 350.00 to 1,400.00", 700_000, 35_000, 140_000],
    ["7,000.01 yuan: 5 % = 350.0005 up, 20 % = 1,400.002 down", 700_001, 35_001, 140_000],
    ["5 fen → exactly 1 fen", 5, 1, 1],
    ["6 fen → 1 fen", 6, 1, 1],
    ["10 fen → 1 to 2 fen", 10, 1, 2],
  ])("%s", (_rule, start, min, max) => {
    expect(depositRange(start)).toMatchObject({ minFen: min, maxFen: max, rounding: { min: "up", max: "down" }, basis: [{ article: "art 17 para 1" }] });
  });

  it.each([1, 2, 3, 4])("refuses a starting price of %i fen: no deposit in whole fen fits", (start) => {
    expectDomainError(() => depositRange(start), "VALIDATION", "startingPriceFen");
  });

  it.each<[string, number, boolean]>([
    ["art 17: one fen under 5 %", 35_000, false],
    ["art 17: 5 % rounded up", 35_001, true],
    ["art 17: 20 % rounded down", 140_000, true],
    ["art 17: one fen over", 140_001, false],
  ])("%s of 7,000.01 yuan", (_rule, deposit, ok) => {
    const check = () => validateDeposit({ depositFen: deposit, startingPriceFen: 700_001 });
    if (ok) expect(check().minFen).toBe(35_001);
    else expectDomainError(check, "VALIDATION", "depositFen");
  });
});

describe("bidderDepositDue (网拍规定 art 17 para 2)", () => {
  it.each<[string, Parameters<typeof bidderDepositDue>[0], number, boolean]>([
    ["a bidder pays the deposit", { depositFen: 100_000, isApplicant: false }, 100_000, false],
    ["the applicant whose claim covers the deposit pays nothing", { depositFen: 100_000, isApplicant: true, applicantClaimFen: 100_000 }, 0, true],
    ["the applicant with a smaller claim pays the difference", { depositFen: 100_000, isApplicant: true, applicantClaimFen: 30_000 }, 70_000, false],
  ])("%s", (_rule, input, due, exempt) => {
    expect(bidderDepositDue(input)).toMatchObject({ dueFen: due, exempt, basis: [{ article: "art 17 para 2" }] });
  });
  it("needs the applicant's claim", () => expectDomainError(() => bidderDepositDue({ depositFen: 1, isApplicant: true }), "VALIDATION", "applicantClaimFen"));
});

describe("auctionParameters: the calculator", () => {
  it("a frozen patent, first auction, start given: 70 %, deposit range, latest announcement 30 days + notice dates", () => {
    const r = auctionParameters({ referencePriceFen: 50_000_000, assetType: "patent", round: 1, auctionStartDate: "2025-04-03" }, cal);
    expect(r.assetClass).toBe("propertyRights");
    expect(r.minimumStartingPrice.amountFen).toBe(35_000_000);
    expect(r.startingPriceFen).toBe(35_000_000);
    expect(r.deposit).toMatchObject({ minFen: 1_750_000, maxFen: 7_000_000 });
    expect(r.schedule).toMatchObject({
      given: "auctionStartDate",
      announcementDate: "2025-03-03",
      auctionStartDate: "2025-04-03",
      biddingMinimumHours: 24,
      provisional: false,
    });
    expect(r.schedule!.notifyPartiesBy.date).toBe("2025-02-25");
    expect(r.schedule!.postUnreachableBy.date).toBe("2025-02-20");
    expect(r.schedule!.basis.map((b) => b.article)).toEqual(["art 12 para 1", "art 16 para 1", "art 16 para 1", "art 20 para 2"]);
  });

  it("movables, announcement given: the earliest start (art 12: 15 days)", () => {
    const r = auctionParameters({ referencePriceFen: 1_000_000, assetType: "equipment", round: 1, announcementDate: "2025-03-03" }, cal);
    expect(r.schedule).toMatchObject({ given: "announcementDate", announcementDate: "2025-03-03", auctionStartDate: "2025-03-19" });
  });

  it("a chosen starting price sets the deposit range and is checked", () => {
    const r = auctionParameters({ referencePriceFen: 1_000_000, assetType: "trademark", round: 1, startingPriceFen: 800_000 }, cal);
    expect(r.startingPriceFen).toBe(800_000);
    expect(r.deposit).toMatchObject({ minFen: 40_000, maxFen: 160_000 });
    expect(r.schedule).toBeUndefined();
    expectDomainError(
      () => auctionParameters({ referencePriceFen: 1_000_000, assetType: "trademark", round: 1, startingPriceFen: 699_999 }, cal),
      "VALIDATION",
      "startingPriceFen",
    );
  });

  it("both dates: accepted when the period has run, refused one day early (art 12)", () => {
    const base = { referencePriceFen: 1_000_000, assetType: "vehicle" as const, round: 1 as const, announcementDate: "2025-03-03" };
    expect(auctionParameters({ ...base, auctionStartDate: "2025-03-19" }, cal).schedule!.given).toBe("both");
    expectDomainError(() => auctionParameters({ ...base, auctionStartDate: "2025-03-18" }, cal), "VALIDATION", "auctionStartDate");
  });

  it("round 2 with the failure date: 80 %, the re-auction window (art 26), notice dates", () => {
    const r = auctionParameters(
      { referencePriceFen: 1_000_000, assetType: "copyright", round: 2, previousStartingPriceFen: 700_000, failedOn: "2025-03-10" },
      cal,
    );
    expect(r.minimumStartingPrice).toMatchObject({ amountFen: 560_000, maximumCutFen: 140_000 });
    expect(r.schedule).toMatchObject({ given: "failedOn", announcementDate: "2025-03-10", auctionStartDate: "2025-03-26" });
    expect(r.schedule!.reauctionBy!.date).toBe("2025-04-09");
  });

  it.each<[string, { auctionStartDate?: string; announcementDate?: string }, string]>([
    ["art 26: a start after the 30 days", { auctionStartDate: "2025-04-10" }, "auctionStartDate"],
    ["art 26: an announcement too late for the 30 days", { announcementDate: "2025-03-26" }, "announcementDate"],
    ["art 26: a start so early its announcement precedes the failure", { auctionStartDate: "2025-03-20" }, "auctionStartDate"],
  ])("round 2 refuses %s", (_rule, dates, field) => {
    expectDomainError(
      () =>
        auctionParameters(
          { referencePriceFen: 1_000_000, assetType: "copyright", round: 2, previousStartingPriceFen: 700_000, failedOn: "2025-03-10", ...dates },
          cal,
        ),
      "VALIDATION",
      field,
    );
  });

  it("round 2 re-auction start on the last day of the window is accepted", () => {
    const r = auctionParameters(
      { referencePriceFen: 1_000_000, assetType: "copyright", round: 2, previousStartingPriceFen: 700_000, failedOn: "2025-03-10", auctionStartDate: "2025-04-09" },
      cal,
    );
    expect(r.schedule).toMatchObject({ announcementDate: "2025-03-24", auctionStartDate: "2025-04-09" });
  });

  it.each<[string, unknown, string]>([
    ["deposits are deducted, not auctioned", "bankDeposit", "assetType"],
    ["online payment funds likewise", "onlinePaymentFunds", "assetType"],
    ["an unknown asset type", "spaceship", "assetType"],
  ])("refuses: %s", (_why, assetType, field) => {
    expectDomainError(() => auctionParameters({ referencePriceFen: 1_000_000, assetType: assetType as "patent", round: 1 }, cal), "VALIDATION", field);
  });

  it("refuses a failure date in round 1", () => {
    expectDomainError(() => auctionParameters({ referencePriceFen: 1_000_000, assetType: "patent", round: 1, failedOn: "2025-03-10" }, cal), "VALIDATION", "failedOn");
  });

  it("agrees with the plain 70 % fraction", () => expect(fractionOfFen(999, PERCENT_70, "up")).toBe(700));
});
