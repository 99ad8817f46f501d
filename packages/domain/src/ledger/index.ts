// One money ledger per enforcement case: entries and balances, the legal order of distribution, and
// the (UNCONFIRMED) payout clock.
export {
  type ClaimComponent,
  type PartyComponent,
  type AllocationTarget,
  type Payee,
  type ClaimAmounts,
  CLAIM_COMPONENTS,
  PARTY_COMPONENTS,
  ALLOCATION_TARGETS,
  PAYEES,
  ZERO_CLAIM,
  TARGET_LABELS,
  PAYEE_LABELS,
  amountKey,
  payeeOf,
} from "./components";
export {
  type ReceiptSource,
  type PayoutPayee,
  type ReceiptEntry,
  type AllocationEntry,
  type PayoutEntry,
  type FeeEntry,
  type RewardEntry,
  type ReversalEntry,
  type LedgerEntry,
  type EntryKind,
  type LedgerBalances,
  type Ledger,
  RECEIPT_SOURCES,
  PAYOUT_PAYEES,
  ENTRY_KINDS,
  emptyLedger,
  applyEntry,
  replayLedger,
  balances,
  satisfiedClaim,
} from "./entries";
export {
  type DistributionInput,
  type AllocationLine,
  type DistributionResult,
  DEFAULT_PARTY_ORDER,
  distribute,
  allocationEntries,
} from "./distribution";
export {
  type PayoutDeadline,
  type OpenReceipt,
  DEFAULT_PAYOUT_PERIOD,
  PAYOUT_PERIOD_NOTE,
  computePayoutDeadline,
  openPayoutDeadlines,
} from "./payout-deadline";
export { type SetOffPosting, partyOutstandingFen, setOffEntries } from "./set-off";
