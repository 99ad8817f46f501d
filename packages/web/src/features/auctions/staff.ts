// What an officer may do with a lot now, from its state (the server decides; absent buttons are the
// ones it would refuse), and the article behind each action.
import { citeSource } from "@zhixing/domain";
import type { Citation, Lot } from "../../api/types";

export const LOT_ACTIONS = [
  "notify",
  "announce",
  "cancel",
  "close",
  "balancePaid",
  "rulingServed",
  "handedOver",
  "buyerDefault",
  "reauction",
  "transferInLieu",
  "fixedPriceSale",
  "management",
  "releaseAndReturn",
] as const;
export type LotActionKey = (typeof LOT_ACTIONS)[number];

const wp = (a: string) => citeSource("onlineAuction", a);
const bm = (a: string) => citeSource("auctionAndSale", a);

export const ACTION_BASIS: Record<LotActionKey, Citation[]> = {
  notify: [wp("art 16 para 1")],
  announce: [wp("art 12 para 1"), wp("art 16 para 1")],
  cancel: [wp("art 28")],
  close: [wp("art 20 para 2"), wp("art 23")],
  balancePaid: [wp("art 25"), bm("art 20")],
  rulingServed: [wp("art 22 para 2"), bm("art 26"), bm("art 27")],
  handedOver: [bm("art 27")],
  buyerDefault: [wp("art 24")],
  reauction: [wp("art 26 para 1")],
  transferInLieu: [bm("art 16")],
  fixedPriceSale: [wp("art 26 para 2")],
  management: [citeSource("civilProcedureInterpretation", "art 490")],
  releaseAndReturn: [citeSource("civilProcedureInterpretation", "art 490")],
};

/** The actions the lot's state allows, in the order they come up. */
export function lotActions(lot: Lot): LotActionKey[] {
  const out: LotActionKey[] = [];
  if (lot.status === "draft") {
    out.push("notify");
    if (lot.partiesNotifiedOn) out.push("announce");
    out.push("cancel");
  } else if (lot.status === "announced") {
    if (lot.phase === "ended") out.push("close");
    else out.push("cancel");
  } else if (lot.status === "sold" && lot.result) {
    const r = lot.result;
    if (!r.balancePaidOn && !r.defaultedOn) out.push("balancePaid", "buyerDefault");
    else if (r.balancePaidOn && !r.rulingServedOn) out.push("rulingServed");
    else if (r.rulingServedOn && !r.handedOverOn) out.push("handedOver");
  } else if (lot.status === "failed" && lot.next && !lot.laterLotId) {
    const last = lot.disposals.at(-1);
    if (!last || last.status === "unsold") {
      const offered: readonly LotActionKey[] = ["reauction", "transferInLieu", "fixedPriceSale", "management", "releaseAndReturn"];
      for (const o of lot.next.options) {
        const k = offered.find((x) => x === o.kind);
        if (k) out.push(k);
      }
    }
  } else if (lot.status === "defaulted" && !lot.laterLotId) {
    out.push("reauction");
  }
  return out;
}
