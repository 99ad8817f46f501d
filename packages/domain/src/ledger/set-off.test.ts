// Rows cite 拍卖变卖规定(2020) art 16 (以物抵债: the claim reduced by the set-off) and the ledger invariants.
import { describe, expect, it } from "vitest";
import { ZERO_CLAIM, type ClaimAmounts } from "./components";
import { replayLedger, satisfiedClaim, type LedgerEntry } from "./entries";
import { partyOutstandingFen, setOffEntries } from "./set-off";
import { expectDomainError } from "../testing/expect-domain-error";

const claim: ClaimAmounts = { enforcementFeeFen: 50_000, costsFen: 100_000, principalFen: 1_000_000, generalInterestFen: 20_000, doubledInterestFen: 5_000 };
let n = 0;
const idFor = (p: string) => `${p}-${++n}`;

describe("setOffEntries: 以物抵债 reduces the applicant's claim (拍卖变卖规定 art 16)", () => {
  it.each<[string, number, ClaimAmounts, [string, number][]]>([
    ["art 16: a set-off below the claim pays costs, then principal", 600_000, ZERO_CLAIM, [["costs", 100_000], ["principal", 500_000]]],
    ["art 16: the whole party claim set off; the court's fee untouched", 1_125_000, ZERO_CLAIM, [["costs", 100_000], ["principal", 1_000_000], ["generalInterest", 20_000], ["doubledInterest", 5_000]]],
    ["art 16: after earlier distributions only the rest is set off", 25_000, { ...ZERO_CLAIM, enforcementFeeFen: 50_000, costsFen: 100_000, principalFen: 1_000_000 }, [["generalInterest", 20_000], ["doubledInterest", 5_000]]],
  ])("%s", (_rule, fen, paid, lines) => {
    const p = setOffEntries({ setOffFen: fen, claim, paid, on: "2025-05-06", idFor, note: "抵债" });
    const allocs = p.entries.filter((e) => e.kind === "allocation").map((e) => [(e as { target: string }).target, (e as { amountFen: number }).amountFen]);
    expect(allocs).toEqual(lines);
    expect(p.entries[0]).toMatchObject({ kind: "receipt", source: "transferInLieu" });
    expect(p.entries.at(-1)).toMatchObject({ kind: "payout", payee: "applicant", amountFen: p.setOffFen });
    expect(p.basis[0]).toMatchObject({ law: "拍卖变卖规定(2020)", article: "art 16" });
  });

  it("keeps every ledger balance: received = allocated = paid out to the applicant; nothing left undistributed (art 16)", () => {
    const p = setOffEntries({ setOffFen: 700_000, claim, paid: ZERO_CLAIM, on: "2025-05-06", idFor, note: "抵债" });
    const l = replayLedger(p.entries as LedgerEntry[]);
    expect(l.totals).toMatchObject({ receivedFen: 700_000, undistributedFen: 0, allocatedFen: 700_000, paidOutFen: 700_000, heldForPayoutFen: 0 });
    expect(l.totals.receivedBySource.transferInLieu).toBe(700_000);
    expect(satisfiedClaim(l.totals)).toMatchObject({ enforcementFeeFen: 0, costsFen: 100_000, principalFen: 600_000 });
  });

  it("refuses more than the party claim outstanding: the excess is the difference to pay in (art 16 para 2)", () => {
    expect(partyOutstandingFen(claim, ZERO_CLAIM)).toBe(1_125_000);
    expectDomainError(() => setOffEntries({ setOffFen: 1_125_001, claim, paid: ZERO_CLAIM, on: "2025-05-06", idFor, note: "x" }), "VALIDATION", "setOffFen");
    expectDomainError(() => setOffEntries({ setOffFen: 0, claim, paid: ZERO_CLAIM, on: "2025-05-06", idFor, note: "x" }), "VALIDATION", "setOffFen");
  });
});
