import { useEffect, useState } from "react";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { AuctionCalcInput, BidInput, LotInput } from "../../../api/types";
import { caseKeys } from "../../case/hooks/useCases";
import {
  calcAuction,
  confirmPriority,
  createLot,
  fetchBidHistory,
  fetchCaseLots,
  fetchCourtLots,
  fetchLotCreditors,
  runTransferAction,
  type CourtLotFilter,
  type TransferAction,
  fetchCaseValuationsForLots,
  fetchLot,
  fetchMyRegistration,
  fetchPublicLot,
  fetchPublicLots,
  placeBid,
  recordFixedSaleOutcome,
  registerForLot,
  runLotAction,
  type FixedSaleOutcome,
  type LotAction,
  type PublicLotFilter,
} from "../api/auctions";
import { isTransient } from "../lib";

export const auctionKeys = {
  publicList: (f: PublicLotFilter) => ["auctions", "public", "list", f] as const,
  publicLot: (id: string) => ["auctions", "public", "lot", id] as const,
  bids: (id: string) => ["auctions", "public", "bids", id] as const,
  registration: (lotId: string) => ["auctions", "registration", lotId] as const,
  caseLots: (caseId: string) => ["cases", "lots", caseId] as const,
  lot: (id: string) => ["auctions", "lot", id] as const,
  valuations: (caseId: string) => ["cases", "valuations", caseId] as const,
  calc: (input: AuctionCalcInput | null) => ["calc", "auction", input] as const,
  courtLots: (f: CourtLotFilter) => ["auctions", "court", f] as const,
  creditors: (lotId: string) => ["auctions", "creditors", lotId] as const,
};

/** The court's lots (staff), filtered by status. */
export function useCourtLots(f: CourtLotFilter) {
  return useQuery({ queryKey: auctionKeys.courtLots(f), queryFn: ({ signal }) => fetchCourtLots(f, signal), placeholderData: keepPreviousData });
}

/** The creditors who may take a failed lot in lieu (拍卖变卖规定 art 16). */
export function useLotCreditors(lotId: string, enabled: boolean) {
  return useQuery({ queryKey: auctionKeys.creditors(lotId), queryFn: ({ signal }) => fetchLotCreditors(lotId, signal), enabled });
}

export function usePublicLots(f: PublicLotFilter) {
  return useQuery({ queryKey: auctionKeys.publicList(f), queryFn: ({ signal }) => fetchPublicLots(f, signal), placeholderData: keepPreviousData });
}

export function usePublicLot(id: string) {
  return useQuery({ queryKey: auctionKeys.publicLot(id), queryFn: ({ signal }) => fetchPublicLot(id, signal) });
}

export function useBidHistory(id: string) {
  return useQuery({ queryKey: auctionKeys.bids(id), queryFn: ({ signal }) => fetchBidHistory(id, signal) });
}

/** The signed-in bidder's registration (null: not registered); only asked for bidder accounts. */
export function useMyRegistration(lotId: string, enabled: boolean) {
  return useQuery({ queryKey: auctionKeys.registration(lotId), queryFn: ({ signal }) => fetchMyRegistration(lotId, signal), enabled });
}

export function useRegisterForLot(lotId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => registerForLot(lotId),
    onSuccess: (r) => qc.setQueryData(auctionKeys.registration(lotId), r),
  });
}

/**
 * A bid. The variables carry the bid's id, so react-query's retries of a network failure or a 5xx
 * re-send the same id and the server answers the first time's result (no bid placed twice).
 */
export function bidMutationOptions(lotId: string, retryDelayMs = (n: number) => Math.min(500 * 2 ** n, 3000)) {
  return {
    mutationFn: (input: BidInput) => placeBid(lotId, input),
    retry: (count: number, e: unknown) => count < 3 && isTransient(e),
    retryDelay: retryDelayMs,
  };
}

export function usePlaceBid(lotId: string) {
  const qc = useQueryClient();
  return useMutation({
    ...bidMutationOptions(lotId),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: auctionKeys.bids(lotId) });
    },
  });
}

export function useCaseLots(caseId: string) {
  return useQuery({ queryKey: auctionKeys.caseLots(caseId), queryFn: ({ signal }) => fetchCaseLots(caseId, signal) });
}

export function useLot(id: string | null) {
  return useQuery({ queryKey: auctionKeys.lot(id ?? ""), queryFn: ({ signal }) => fetchLot(id!, signal), enabled: !!id });
}

export function useCaseValuationsForLots(caseId: string, enabled = true) {
  return useQuery({ queryKey: auctionKeys.valuations(caseId), queryFn: ({ signal }) => fetchCaseValuationsForLots(caseId, signal), enabled, retry: false });
}

function useAfterLot(caseId: string) {
  const qc = useQueryClient();
  return (lotId?: string) => {
    void qc.invalidateQueries({ queryKey: auctionKeys.caseLots(caseId) });
    if (lotId) void qc.invalidateQueries({ queryKey: auctionKeys.lot(lotId) });
    void qc.invalidateQueries({ queryKey: ["auctions", "public"] });
    void qc.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
    void qc.invalidateQueries({ queryKey: ["cases", "ledger", caseId] });
    void qc.invalidateQueries({ queryKey: ["cases", "audit", caseId] });
    void qc.invalidateQueries({ queryKey: ["workbench"] });
  };
}

export function useCreateLot(caseId: string) {
  const after = useAfterLot(caseId);
  return useMutation({ mutationFn: (input: LotInput) => createLot(caseId, input), onSuccess: (lot) => after(lot.id) });
}

export function useLotAction(caseId: string, lotId: string) {
  const after = useAfterLot(caseId);
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (a: LotAction) => runLotAction(lotId, a),
    onSuccess: (lot) => {
      qc.setQueryData(auctionKeys.lot(lotId), lot);
      after(lotId);
    },
  });
}

export function useConfirmPriority(caseId: string, lotId: string) {
  const after = useAfterLot(caseId);
  return useMutation({ mutationFn: (v: { registrationId: string; rank: number }) => confirmPriority(v.registrationId, v.rank), onSuccess: () => after(lotId) });
}

export function useFixedSaleOutcome(caseId: string, lotId: string) {
  const after = useAfterLot(caseId);
  return useMutation({ mutationFn: (v: { disposalId: string } & FixedSaleOutcome) => recordFixedSaleOutcome(v.disposalId, { outcome: v.outcome, on: v.on, ...(v.buyerName ? { buyerName: v.buyerName } : {}), ...(v.paymentReference ? { paymentReference: v.paymentReference } : {}) }), onSuccess: () => after(lotId) });
}

/** The value, once it has stopped changing for `ms` (the calculator runs as the officer types). */
export function useDebounced<T>(value: T, ms = 400): T {
  const [v, setV] = useState(value);
  const key = JSON.stringify(value);
  useEffect(() => {
    const h = setTimeout(() => setV(value), ms);
    return () => clearTimeout(h);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, ms]);
  return v;
}

export function useAuctionCalc(input: AuctionCalcInput | null) {
  return useQuery({
    queryKey: auctionKeys.calc(input),
    queryFn: ({ signal }) => calcAuction(input!, signal),
    enabled: input !== null,
    retry: false,
    placeholderData: keepPreviousData,
  });
}
