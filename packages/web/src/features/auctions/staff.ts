// What an officer may do with a lot now, from its state (the server decides; absent buttons are the
// ones it would refuse), and the article behind each action.
import { citeSource } from "@zhixing/domain";
import type { Citation, Lot } from "../../api/types";

export const LOT_ACTIONS = [
  "notify",
  "posting",
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
  "suspend",
  "causeEnded",
  "resume",
  "differencePaid",
  "transferRulingServed",
  "transferHandedOver",
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
  posting: [wp("art 16 para 1")],
  suspend: [wp("art 28 para 1"), wp("art 28 para 3")],
  causeEnded: [wp("art 28 para 4")],
  resume: [wp("art 28 para 4"), wp("art 12 para 1"), wp("art 20 para 2")],
  differencePaid: [bm("art 16 para 2"), bm("art 20")],
  transferRulingServed: [bm("art 20"), bm("art 26"), bm("art 27")],
  transferHandedOver: [bm("art 27")],
};

type StoredTransferee = { differenceDueFen?: number; kind?: string; name?: string | null; setOffFen?: number };

/** The transfer in lieu of a failed lot that still has a step to take (difference, ruling, hand-over). */
export function openTransfer(lot: Lot): Lot["disposals"][number] | undefined {
  return lot.disposals.find((d) => d.kind === "transferInLieu" && !d.handedOverOn);
}

export function transfereeOf(d: Lot["disposals"][number]): StoredTransferee {
  return (d.transferee ?? {}) as StoredTransferee;
}

/** The actions the lot's state allows, in the order they come up. */
export function lotActions(lot: Lot): LotActionKey[] {
  const out: LotActionKey[] = [];
  if (lot.status === "draft") {
    out.push("notify");
    if (!lot.posting) out.push("posting");
    if (lot.partiesNotifiedOn || lot.posting) out.push("announce");
    out.push("cancel");
  } else if (lot.status === "announced") {
    if (lot.phase === "ended") out.push("close");
    else out.push("suspend", "cancel");
  } else if (lot.status === "suspended") {
    // 网拍规定 art 28 para 4: record the end of the cause (the 5-day clock), then resume.
    if (!lot.suspension?.causeEndedOn) out.push("causeEnded");
    out.push("resume", "cancel");
  } else if (lot.status === "sold" && lot.result) {
    const r = lot.result;
    if (!r.balancePaidOn && !r.defaultedOn) out.push("balancePaid", "buyerDefault");
    else if (r.balancePaidOn && !r.rulingServedOn) out.push("rulingServed");
    else if (r.rulingServedOn && !r.handedOverOn) out.push("handedOver");
  } else if (lot.status === "failed" && openTransfer(lot)) {
    // 拍卖变卖规定 arts 16, 20, 27: the difference paid in, the ruling served, the property handed over.
    const d = openTransfer(lot)!;
    if ((transfereeOf(d).differenceDueFen ?? 0) > 0 && !d.differencePaidOn) out.push("differencePaid");
    else if (!d.rulingServedOn) out.push("transferRulingServed");
    else out.push("transferHandedOver");
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
