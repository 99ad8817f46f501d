// Where the money of a sold lot goes in the case ledger (rules.md §10).
//   网拍规定(2016) art 23 para 1: the buyer's deposit counts toward the price ("可以充抵价款").
//   art 25: within 24 hours after the sale the platform moves the buyer's frozen deposit into the court's
//     account; the buyer pays the rest of the price into it within the time the announcement set.
//   art 24 para 1: a defaulting buyer's deposit is not refunded and is applied in order — (1) the losses
//     in auction costs, (2) the shortfall of a lower re-auction, (3) the respondent's debt in this case,
//     (4) the respondent's debts tied to the property.
//
// DECISIONS:
//   • The ledger receives the price in two receipts that sum to it: the deposit credited toward the price
//     (source auctionDeposit) and the balance the buyer paid (auctionProceeds). Both are posted when the
//     balance is paid: until then the deposit in the court's account is the buyer's security, not the
//     case's money (it could still be forfeited, and then it is applied by art 24, not as price).
//   • A forfeited deposit reaches THIS case's ledger only for steps (2) and (3): the shortfall makes good
//     the price this case's creditors lose; the case debt is this case's. Step (1) pays the auction's
//     costs and step (4) other debts: they leave through the forfeiture record, never the case ledger.
//     Because (2) and (3) both land here, min(held, case debt) is this case's money whatever the
//     re-auction fetches: it is posted at once (at the default); the rest of (2)+(3) when the re-auction
//     sells and the shortfall is known.
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import { invalidField } from "../errors/domain-error";
import type { Fen } from "../money/fen";
import type { ForfeitAllocation, ForfeitInput } from "./buyer-default";
import { requireNonNegativeFen, requirePositiveFen } from "./fen-ratio";

export type SaleReceipt = { source: "auctionDeposit" | "auctionProceeds"; amountFen: Fen; basis: Citation };

/** 网拍规定 arts 23, 25: the price as the ledger receives it — the deposit credited, then the balance; zero parts are left out. */
export function saleReceipts(input: { priceFen: Fen; depositCreditedFen: Fen }): SaleReceipt[] {
  const price = requirePositiveFen(input.priceFen, "priceFen");
  const deposit = requireNonNegativeFen(input.depositCreditedFen, "depositCreditedFen");
  if (deposit > price) {
    throw invalidField("depositCreditedFen", { zh: "充抵价款的保证金不能超过成交价", en: "the deposit credited cannot exceed the price" });
  }
  const out: SaleReceipt[] = [];
  if (deposit > 0) out.push({ source: "auctionDeposit", amountFen: deposit, basis: citeSource("onlineAuction", "art 23 para 1") });
  if (price - deposit > 0) out.push({ source: "auctionProceeds", amountFen: price - deposit, basis: citeSource("onlineAuction", "art 25") });
  return out;
}

export type ForfeitureToCase = {
  /** What of the forfeited deposit belongs to this case's ledger so far (steps 2 and 3, or their certain part). */
  toCaseFen: Fen;
  /** What to post now: toCaseFen less what was posted before. */
  postNowFen: Fen;
  /** Outside the case ledger: (1) cost losses, (4) related debts, the remainder; and while incomplete, the part still held. */
  costLossFen: Fen;
  relatedDebtsFen: Fen;
  remainderFen: Fen;
  stillHeldFen: Fen;
  basis: Citation[];
};

/** 网拍规定 art 24 para 1: the part of a forfeited deposit this case's ledger receives, given what was already posted. */
export function forfeitureToCase(input: ForfeitInput, allocation: ForfeitAllocation, postedFen: Fen): ForfeitureToCase {
  requireNonNegativeFen(postedFen, "postedFen");
  const line = (step: string) => allocation.lines.find((l) => l.step === step)!;
  const cost = line("auctionCostLoss").allocatedFen;
  let toCase: Fen;
  if (allocation.complete) {
    toCase = line("reauctionShortfall").allocatedFen + line("caseDebt").allocatedFen;
  } else {
    toCase = Math.min(allocation.heldFen, requireNonNegativeFen(input.caseDebtFen, "caseDebtFen"));
  }
  if (postedFen > toCase) {
    throw invalidField("postedFen", {
      zh: `已记入本案台账的没收保证金（${postedFen} 分）超过了本案应得的部分（${toCase} 分）`,
      en: `the forfeited deposit already posted (${postedFen} fen) exceeds this case's part (${toCase} fen)`,
    });
  }
  return {
    toCaseFen: toCase,
    postNowFen: toCase - postedFen,
    costLossFen: cost,
    relatedDebtsFen: allocation.complete ? line("relatedDebts").allocatedFen : 0,
    remainderFen: allocation.remainderFen,
    stillHeldFen: allocation.complete ? 0 : allocation.heldFen - toCase,
    basis: [citeSource("onlineAuction", "art 24 para 1")],
  };
}
