// 以物抵债 in the case ledger (拍卖变卖规定(2020) art 16; 民诉法解释 arts 489–490): the applicant takes the
// property at the auction's reserve price and its claim is reduced by the part of the price set off
// against it. No cash moves, so the ledger records the set-off as one posting of three parts, all dated
// the day the 抵债 ruling is served (ownership passes then, art 26):
//   receipt (source transferInLieu, the set-off value) → allocations over the applicant's claim in the
//   legal order (distribute) → payout to the applicant, in kind.
// The receipt never stays in the undistributed cash, every balance keeps its invariants, and the claim
// outstanding falls by exactly the set-off.
//
// DECISION: the enforcement fee (执行申请费) is owed to the court, not to the applicant: property in
// kind cannot pay it, so the set-off covers only the components between the parties (costs, principal,
// general and doubled interest) and never exceeds what is outstanding on them. What the price exceeds
// the set-off by is the difference the transferee pays in cash (art 16 para 2), a receipt of its own.
import { citeSource } from "../citation/sources";
import type { Citation } from "../citation/citation";
import { invalidField } from "../errors/domain-error";
import type { IsoDate } from "../dates/iso-date";
import type { Fen } from "../money/fen";
import { PARTY_COMPONENTS, amountKey, type ClaimAmounts, type ClaimComponent } from "./components";
import { distribute, type DistributionInput } from "./distribution";
import type { AllocationEntry, PayoutEntry, ReceiptEntry } from "./entries";

/** What of the claim property in kind can satisfy: the parties' components still outstanding. */
export function partyOutstandingFen(claim: ClaimAmounts, paid: ClaimAmounts): Fen {
  return PARTY_COMPONENTS.reduce((s, c) => s + Math.max(0, claim[amountKey(c)] - paid[amountKey(c)]), 0);
}

export type SetOffPosting = {
  entries: (ReceiptEntry | AllocationEntry | PayoutEntry)[];
  setOffFen: Fen;
  basis: Citation[];
};

/** 拍卖变卖规定 art 16: the set-off of `setOffFen` against the applicant's claim, as ledger entries. */
export function setOffEntries(input: {
  setOffFen: Fen;
  claim: ClaimAmounts;
  paid: ClaimAmounts;
  agreedOrder?: DistributionInput["agreedOrder"];
  on: IsoDate;
  idFor: (part: "receipt" | ClaimComponent | "payout") => string;
  note: string;
}): SetOffPosting {
  const fen = input.setOffFen;
  if (!Number.isSafeInteger(fen) || fen <= 0) {
    throw invalidField("setOffFen", { zh: "抵债金额须为正整数（分）", en: "the set-off must be a positive whole number of fen" });
  }
  const outstanding = partyOutstandingFen(input.claim, input.paid);
  if (fen > outstanding) {
    throw invalidField("setOffFen", {
      zh: `抵债金额 ${fen} 分超过申请执行人尚未受偿的债权 ${outstanding} 分（拍卖变卖规定第十六条：超出部分应当补交差价）`,
      en: `the set-off (${fen} fen) exceeds the applicant's outstanding claim (${outstanding} fen); the excess is a difference to pay in (拍卖变卖规定 art 16)`,
    });
  }
  // The fee is not the applicant's: count it as already satisfied so distribute passes over it.
  const paid: ClaimAmounts = { ...input.paid, enforcementFeeFen: input.claim.enforcementFeeFen };
  const d = distribute({ availableFen: fen, claim: input.claim, paid, ...(input.agreedOrder ? { agreedOrder: input.agreedOrder } : {}) });
  const allocations: AllocationEntry[] = d.allocations
    .filter((l) => l.amountFen > 0)
    .map((l) => ({ kind: "allocation", id: input.idFor(l.component), on: input.on, target: l.component, amountFen: l.amountFen, note: input.note }));
  const receipt: ReceiptEntry = { kind: "receipt", id: input.idFor("receipt"), on: input.on, source: "transferInLieu", amountFen: fen, note: input.note };
  const payout: PayoutEntry = { kind: "payout", id: input.idFor("payout"), on: input.on, payee: "applicant", amountFen: fen, note: `${input.note}（实物交付 delivered in kind）` };
  return { entries: [receipt, ...allocations, payout], setOffFen: fen, basis: [citeSource("auctionAndSale", "art 16"), citeSource("auctionAndSale", "art 26"), ...d.basis] };
}
