// 以物抵债 after a failed auction or sale (rules.md §10).
//   拍卖变卖规定(2020) art 16 para 1 (CONFIRMED-P): when nobody bid, the applicant or another enforcing
//     creditor who applies for it (or agrees) takes the property "以该次拍卖所定的保留价" — at that
//     auction's reserve price, which in an online auction is its starting price (网拍规定 art 10 para 1).
//     Online auctions apply it because 网拍规定 art 37 para 3 sends what the online rules do not cover
//     to the other auction rules.
//   art 16 para 2: of two or more creditors applying, the one earlier in the legal order of payment
//     takes it; of the same rank, a lottery decides. A taker whose claim is below the price pays the
//     difference within a time the court sets.
//   After a failed sale the price is the sale price (art 32 para 3 applies art 16 to unsold property).
// The lottery is not drawn here (no randomness in the domain): with a tie the answer is
// `lotteryRequired` and its candidates; the service draws (reproducibly, audited) and passes the drawn
// creditor back in.
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import { invalidField } from "../errors/domain-error";
import type { Fen } from "../money/fen";
import { requireNonNegativeFen, requirePositiveFen } from "./fen-ratio";

export type TransferApplicant = {
  creditorId: string;
  /** Position in the legal order of payment: 1 is paid first. */
  rank: number;
  /** The claim the creditor is to be paid in this enforcement, in fen. */
  claimFen: Fen;
};

export type Transferee = {
  creditorId: string;
  rank: number;
  priceFen: Fen;
  /** The part of the price set off against the creditor's claim. */
  setOffFen: Fen;
  /** What the creditor must pay in because its claim is below the price (art 16 para 2). */
  differenceDueFen: Fen;
  byLottery: boolean;
  basis: Citation[];
};

export type TransfereeSelection =
  | { kind: "selected"; transferee: Transferee }
  | { kind: "lotteryRequired"; rank: number; candidates: string[]; basis: Citation[] };

export const TRANSFER_IN_LIEU_BASIS: readonly Citation[] = Object.freeze([
  citeSource("auctionAndSale", "art 16"),
  citeSource("onlineAuction", "art 37 para 3"),
]);

/** Art 16 para 2: who takes the property in lieu of payment, at `priceFen`, among the creditors who applied. */
export function selectTransferee(input: { priceFen: Fen; applicants: readonly TransferApplicant[]; drawnCreditorId?: string }): TransfereeSelection {
  const priceFen = requirePositiveFen(input.priceFen, "priceFen");
  if (input.applicants.length === 0) {
    throw invalidField("applicants", {
      zh: "没有申请或者同意以物抵债的执行债权人",
      en: "no enforcing creditor applied for or agreed to take the property in lieu of payment",
    });
  }
  const seen = new Set<string>();
  input.applicants.forEach((a, i) => {
    if (typeof a.creditorId !== "string" || a.creditorId.length === 0 || seen.has(a.creditorId)) {
      throw invalidField(`applicants.${i}.creditorId`, { zh: "债权人标识须非空且不重复", en: "creditor ids must be non-empty and distinct" });
    }
    seen.add(a.creditorId);
    if (!Number.isSafeInteger(a.rank) || a.rank < 1) {
      throw invalidField(`applicants.${i}.rank`, { zh: "受偿顺位须为正整数", en: "the rank must be a positive integer" });
    }
    requireNonNegativeFen(a.claimFen, `applicants.${i}.claimFen`);
  });
  const best = Math.min(...input.applicants.map((a) => a.rank));
  const tied = input.applicants.filter((a) => a.rank === best);
  const byLottery = tied.length > 1;
  const drawn = input.drawnCreditorId === undefined ? undefined : tied.find((a) => a.creditorId === input.drawnCreditorId);
  if (input.drawnCreditorId !== undefined && drawn === undefined) {
    throw invalidField("drawnCreditorId", {
      zh: `抽签结果 ${input.drawnCreditorId} 不在受偿顺位最先的申请人之中`,
      en: `the drawn creditor ${input.drawnCreditorId} is not among the applicants of the first rank`,
    });
  }
  if (byLottery && drawn === undefined) {
    return { kind: "lotteryRequired", rank: best, candidates: tied.map((a) => a.creditorId), basis: [citeSource("auctionAndSale", "art 16 para 2")] };
  }
  const chosen = drawn ?? tied[0]!;
  const setOffFen = Math.min(priceFen, chosen.claimFen);
  return {
    kind: "selected",
    transferee: {
      creditorId: chosen.creditorId,
      rank: chosen.rank,
      priceFen,
      setOffFen,
      differenceDueFen: priceFen - setOffFen,
      byLottery,
      basis: [...TRANSFER_IN_LIEU_BASIS],
    },
  };
}
