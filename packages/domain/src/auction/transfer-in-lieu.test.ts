// Rows cite 拍卖变卖规定 art 16 (applied to online auctions by 网拍规定 art 37 para 3).
import { describe, expect, it } from "vitest";
import { selectTransferee, type TransferApplicant } from "./transfer-in-lieu";
import { expectDomainError } from "./test-helpers";

const A: TransferApplicant = { creditorId: "applicant", rank: 2, claimFen: 1_000_000 };
const M: TransferApplicant = { creditorId: "mortgagee", rank: 1, claimFen: 300_000 };
const B: TransferApplicant = { creditorId: "other", rank: 2, claimFen: 2_000_000 };

describe("selectTransferee (拍卖变卖规定 art 16)", () => {
  it.each<[string, TransferApplicant[], string | undefined, string, number, boolean]>([
    ["art 16 para 1: the one applicant takes it; the claim covers the price", [A], undefined, "applicant", 0, false],
    ["art 16 para 2: the earlier legal rank takes it and pays the difference", [A, M], undefined, "mortgagee", 400_000, false],
    ["art 16 para 2: same rank, the lottery's pick", [A, B], "other", "other", 0, true],
  ])("%s", (_rule, applicants, drawn, who, difference, byLottery) => {
    const r = selectTransferee({ priceFen: 700_000, applicants, ...(drawn ? { drawnCreditorId: drawn } : {}) });
    expect(r.kind).toBe("selected");
    if (r.kind !== "selected") return;
    expect(r.transferee).toMatchObject({ creditorId: who, differenceDueFen: difference, byLottery, priceFen: 700_000 });
    expect(r.transferee.setOffFen + r.transferee.differenceDueFen).toBe(700_000);
  });

  it("art 16 para 2: a tie without a draw asks for the lottery, among the first rank only", () => {
    expect(selectTransferee({ priceFen: 700_000, applicants: [A, B, { creditorId: "late", rank: 3, claimFen: 1 }] })).toMatchObject({
      kind: "lotteryRequired",
      rank: 2,
      candidates: ["applicant", "other"],
    });
  });

  it.each<[string, Parameters<typeof selectTransferee>[0], string]>([
    ["no applicant", { priceFen: 1, applicants: [] }, "applicants"],
    ["a drawn creditor not in the first rank", { priceFen: 1, applicants: [A, B, M], drawnCreditorId: "applicant" }, "drawnCreditorId"],
    ["a duplicate creditor", { priceFen: 1, applicants: [A, A] }, "applicants.1.creditorId"],
    ["a rank of 0", { priceFen: 1, applicants: [{ ...A, rank: 0 }] }, "applicants.0.rank"],
    ["no price", { priceFen: 0, applicants: [A] }, "priceFen"],
  ])("refuses %s", (_what, input, field) => {
    expectDomainError(() => selectTransferee(input), "VALIDATION", field);
  });
});
