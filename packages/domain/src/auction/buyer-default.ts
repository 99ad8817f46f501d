// 悔拍 — the buyer does not pay (rules.md §10).
//   网拍规定(2016) art 24 para 1 (CONFIRMED-P): the deposit is not refunded and is applied IN ORDER to
//     (1) the losses in auction costs, (2) the shortfall when the re-auction sells below the original
//     price, (3) the respondent's debt in this case, (4) the respondent's debts tied to the property.
//   art 24 para 2: the defaulting buyer may not bid in the re-auction (see bidding.ts barredBidderIds).
//   拍卖变卖规定(2020) art 22 para 2 (CONFIRMED-P), applied through 网拍规定 art 37 para 3: the shortfall
//     and the cost losses are borne by the original buyer; what the deposit does not cover it must pay
//     in (责令补交; enforced if it refuses) → `defaulterOwesFen`, recorded against the defaulter.
//
// DECISIONS:
//   • Step 2 is known only once the re-auction has sold. Until then the allocation pays step 1 and
//     HOLDS the rest (`heldFen`): paying the respondent's debts first would break the order of art 24.
//     Pass `reauctionPriceFen` (the price the property finally sold for) to complete it.
//   • What is left after the four uses (`remainderFen`) is NOT refunded to the defaulter: art 24 says the
//     deposit "不予退还". 拍卖变卖规定 art 22 para 2 would return a remainder to the buyer, but it governs
//     classic auctions; for online ones 网拍规定 art 24 speaks to the point, so art 37 para 3 does not
//     reach art 22 on it. Where the remainder goes is not stated; the court decides (flagged).
//   • Online auctions charge no commission, so art 22's "佣金" has no line here.
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import type { Fen } from "../money/fen";
import { requireNonNegativeFen } from "./fen-ratio";

export const FORFEIT_STEPS = ["auctionCostLoss", "reauctionShortfall", "caseDebt", "relatedDebts"] as const;
export type ForfeitStep = (typeof FORFEIT_STEPS)[number];

export type ForfeitInput = {
  /** The forfeited deposit. */
  depositFen: Fen;
  /** (1) losses in auction costs caused by the default. */
  auctionCostLossFen: Fen;
  /** The price of the sale the buyer defaulted on. */
  originalPriceFen: Fen;
  /** The price the re-auction sold for; absent or null while it has not sold. */
  reauctionPriceFen?: Fen | null;
  /** (3) the respondent's debt in this case still unpaid. */
  caseDebtFen: Fen;
  /** (4) the respondent's other debts tied to the property. */
  relatedDebtsFen: Fen;
};

/** claimFen is null for the shortfall while the re-auction has not sold. */
export type ForfeitLine = { step: ForfeitStep; claimFen: Fen | null; allocatedFen: Fen; basis: Citation };

export type ForfeitAllocation = {
  /** In art 24's order. Steps after an unknown shortfall are listed with 0 allocated. */
  lines: ForfeitLine[];
  /** False while the shortfall is not known (the re-auction has not sold). */
  complete: boolean;
  /** While incomplete: the part of the deposit held back for steps 2–4. */
  heldFen: Fen;
  /** Left after all four steps: not refunded to the defaulter; the court decides its use. */
  remainderFen: Fen;
  /** Cost losses and shortfall the deposit did not cover, owed by the defaulter (拍卖变卖规定 art 22 para 2). */
  defaulterOwesFen: Fen;
  basis: Citation[];
};

const ART24 = citeSource("onlineAuction", "art 24 para 1");

/** 网拍规定 art 24 para 1: the forfeited deposit applied in order, in whole fen. */
export function allocateForfeitedDeposit(input: ForfeitInput): ForfeitAllocation {
  const deposit = requireNonNegativeFen(input.depositFen, "depositFen");
  const costs = requireNonNegativeFen(input.auctionCostLossFen, "auctionCostLossFen");
  const original = requireNonNegativeFen(input.originalPriceFen, "originalPriceFen");
  const reauction = input.reauctionPriceFen == null ? null : requireNonNegativeFen(input.reauctionPriceFen, "reauctionPriceFen");
  const caseDebt = requireNonNegativeFen(input.caseDebtFen, "caseDebtFen");
  const related = requireNonNegativeFen(input.relatedDebtsFen, "relatedDebtsFen");

  let left = deposit;
  const take = (claim: Fen) => {
    const n = Math.min(left, claim);
    left -= n;
    return n;
  };
  const lines: ForfeitLine[] = [{ step: "auctionCostLoss", claimFen: costs, allocatedFen: take(costs), basis: ART24 }];
  const shortfall = reauction === null ? null : Math.max(0, original - reauction);
  if (shortfall === null) {
    lines.push(
      { step: "reauctionShortfall", claimFen: null, allocatedFen: 0, basis: ART24 },
      { step: "caseDebt", claimFen: caseDebt, allocatedFen: 0, basis: ART24 },
      { step: "relatedDebts", claimFen: related, allocatedFen: 0, basis: ART24 },
    );
  } else {
    lines.push(
      { step: "reauctionShortfall", claimFen: shortfall, allocatedFen: take(shortfall), basis: ART24 },
      { step: "caseDebt", claimFen: caseDebt, allocatedFen: take(caseDebt), basis: ART24 },
      { step: "relatedDebts", claimFen: related, allocatedFen: take(related), basis: ART24 },
    );
  }
  const complete = shortfall !== null;
  const borne = lines[0]!.allocatedFen + lines[1]!.allocatedFen;
  const defaulterOwesFen = costs + (shortfall ?? 0) - borne;
  return {
    lines,
    complete,
    heldFen: complete ? 0 : left,
    remainderFen: complete ? left : 0,
    defaulterOwesFen,
    basis: [ART24, citeSource("auctionAndSale", "art 22 para 2"), citeSource("onlineAuction", "art 37 para 3")],
  };
}

export type BuyerDefault = {
  defaulterId: string;
  /** The deposit is forfeited (art 24 para 1; 网拍规定 art 14(7) warns of it in the announcement). */
  depositForfeited: true;
  /** Who may not bid in the re-auction: the earlier barred bidders plus the defaulter. */
  barredBidderIds: string[];
  basis: Citation[];
};

/** 网拍规定 art 24: the consequences of a buyer's default for the re-auction. */
export function buyerDefault(input: { defaulterId: string; previouslyBarred?: readonly string[] }): BuyerDefault {
  const barred = [...new Set([...(input.previouslyBarred ?? []), input.defaulterId])];
  return {
    defaulterId: input.defaulterId,
    depositForfeited: true,
    barredBidderIds: barred,
    basis: [citeSource("onlineAuction", "art 24"), citeSource("auctionAndSale", "art 22")],
  };
}
