import { api } from "../../../api/client";
import type { CaseLedger, DeductionInput, DistributionInput, FeeInput, PayoutInput, ReceiptInput, ReversalInput } from "../../../api/types";

const base = (caseId: string) => `/api/v1/cases/${encodeURIComponent(caseId)}/ledger`;

/** Staff see everything; each party sees its own money (`view`). */
export const fetchLedger = (caseId: string, signal?: AbortSignal) => api.get<CaseLedger>(base(caseId), undefined, signal);

/** The write endpoints answer with the ledger as it now stands. */
export const ledgerWrites = {
  receipts: (caseId: string, input: ReceiptInput) => api.post<CaseLedger>(`${base(caseId)}/receipts`, input),
  deductions: (caseId: string, input: DeductionInput) => api.post<CaseLedger>(`${base(caseId)}/deductions`, input),
  distributions: (caseId: string, input: DistributionInput) => api.post<CaseLedger>(`${base(caseId)}/distributions`, input),
  payouts: (caseId: string, input: PayoutInput) => api.post<CaseLedger>(`${base(caseId)}/payouts`, input),
  fees: (caseId: string, input: FeeInput) => api.post<CaseLedger>(`${base(caseId)}/fees`, input),
  reversals: (caseId: string, input: ReversalInput) => api.post<CaseLedger>(`${base(caseId)}/reversals`, input),
};
export type LedgerWrite = keyof typeof ledgerWrites;
