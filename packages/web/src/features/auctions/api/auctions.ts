// Online judicial auctions over /api/v1 (server modules/auctions): the public pages (no sign-in), the
// bidder's registration, deposit and bids (a signed-in non-staff user), and the officer's lots.
import { api, ApiError } from "../../../api/client";
import type {
  AuctionCalcInput,
  AuctionCalcResult,
  BidHistoryItem,
  BidInput,
  BidResult,
  BidderRegistration,
  Lot,
  LotInput,
  LotPublicStatus,
  LotSummary,
  PublicLot,
  PublicLotList,
} from "../../../api/types";

const enc = encodeURIComponent;
const V = "/api/v1";

// ─── the public ───────────────────────────────────────────────────────────────────────────────────
export type PublicLotFilter = { status?: LotPublicStatus | "all"; page?: number; pageSize?: number };

export const fetchPublicLots = (f: PublicLotFilter = {}, signal?: AbortSignal) =>
  api.get<PublicLotList>(`${V}/public/lots`, { status: f.status && f.status !== "all" ? f.status : undefined, page: f.page, pageSize: f.pageSize }, signal);

export const fetchPublicLot = (id: string, signal?: AbortSignal) => api.get<PublicLot>(`${V}/public/lots/${enc(id)}`, undefined, signal);

/** The accepted bids, newest first, by alias (网拍规定 art 20 para 3). */
export const fetchBidHistory = (id: string, signal?: AbortSignal) => api.get<{ items: BidHistoryItem[] }>(`${V}/public/lots/${enc(id)}/bids`, undefined, signal);

/** Server-Sent Events: `event: lot` with the live state on connecting and after every change. */
export const lotEventsUrl = (id: string) => `${V}/public/lots/${enc(id)}/events`;

// ─── bidders ──────────────────────────────────────────────────────────────────────────────────────
/** My registration for the lot, or null when I have not registered (the server answers 404). */
export async function fetchMyRegistration(lotId: string, signal?: AbortSignal): Promise<BidderRegistration | null> {
  try {
    return await api.get<BidderRegistration>(`${V}/lots/${enc(lotId)}/registration`, undefined, signal);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

/** Registers and pays the deposit through the (simulated) payment system; sending it again retries a failed payment. */
export const registerForLot = (lotId: string) => api.post<BidderRegistration>(`${V}/lots/${enc(lotId)}/registrations`, {});

/** A bid with the client's own id: sending the same id again returns the first answer (idempotent). */
export const placeBid = (lotId: string, input: BidInput) => api.post<BidResult>(`${V}/lots/${enc(lotId)}/bids`, input);

// ─── officers ─────────────────────────────────────────────────────────────────────────────────────
export const fetchCaseLots = (caseId: string, signal?: AbortSignal) => api.get<{ items: LotSummary[] }>(`${V}/cases/${enc(caseId)}/lots`, undefined, signal);
export const fetchLot = (id: string, signal?: AbortSignal) => api.get<Lot>(`${V}/lots/${enc(id)}`, undefined, signal);
export const createLot = (caseId: string, input: LotInput) => api.post<Lot>(`${V}/cases/${enc(caseId)}/lots`, input);

/** Every officer action on a lot, by its path and body (server auctions.routes.ts). */
export type LotAction =
  | { kind: "notify-parties"; body: { notifiedOn: string } }
  | { kind: "announce"; body?: undefined }
  | { kind: "cancel"; body: { reason: string } }
  | { kind: "close"; body?: undefined }
  | { kind: "balance-paid"; body: { paidOn: string; paymentReference: string } }
  | { kind: "ruling-served"; body: { servedOn: string } }
  | { kind: "handed-over"; body: { handedOverOn: string } }
  | { kind: "buyer-default"; body: { on: string; auctionCostLossFen: number; note?: string } }
  | {
      kind: "transfer-in-lieu";
      body: { on: string; applicants: { creditorId: string; rank?: number; claimFen?: number }[]; drawnCreditorId?: string };
    }
  | { kind: "posting"; body: { postedOn: string; reason: string } }
  | { kind: "suspend"; body: { kind: "postpone" | "stay"; reason: string; on: string } }
  | { kind: "suspension-ended"; body: { causeEndedOn: string; note?: string } }
  | { kind: "resume"; body: { startAt: string; endAt: string } }
  | { kind: "transfer"; disposalId: string; action: TransferAction; body?: undefined }
  | { kind: "fixed-price-sale"; body: { startsOn: string; priceFen?: number } }
  | { kind: "end-disposal"; body: { kind: "management" | "releaseAndReturn"; on: string; note: string } };

export async function runLotAction(lotId: string, action: LotAction): Promise<Lot> {
  if (action.kind === "transfer") return runTransferAction(action.disposalId, action.action);
  if (action.kind === "close") return (await api.post<{ lot: Lot; closedNow: boolean }>(`${V}/lots/${enc(lotId)}/close`, {})).lot;
  return api.post<Lot>(`${V}/lots/${enc(lotId)}/${action.kind}`, action.body ?? {});
}

/** 以物抵债 after its decision (拍卖变卖规定 arts 16, 20, 26–27), by the disposal. */
export type TransferAction =
  | { kind: "difference-paid"; body: { paidOn: string; paymentReference: string } }
  | { kind: "ruling-served"; body: { servedOn: string } }
  | { kind: "handed-over"; body: { handedOverOn: string } };
export const runTransferAction = (disposalId: string, action: TransferAction) => api.post<Lot>(`${V}/disposals/${enc(disposalId)}/${action.kind}`, action.body);

/** Who may take the property in lieu: the case's applicant(s) and other courts' creditors with a measure on the asset. */
export type LotCreditor = {
  creditorId: string;
  kind: "applicant" | "otherCreditor";
  name: string;
  rank: number;
  claimFen: number | null;
  measureId: string | null;
  measureDate: string | null;
  court: string | null;
};
export const fetchLotCreditors = (lotId: string, signal?: AbortSignal) => api.get<{ items: LotCreditor[] }>(`${V}/lots/${enc(lotId)}/creditors`, undefined, signal);

/** The lots of every case of the officer's court, by stored status. */
export type CourtLotFilter = { status?: Lot["status"] | "all"; page?: number; pageSize?: number };
export const fetchCourtLots = (f: CourtLotFilter = {}, signal?: AbortSignal) =>
  api.get<{ items: LotSummary[]; total: number; page: number; pageSize: number; serverNow: string }>(
    `${V}/lots`,
    { status: f.status && f.status !== "all" ? f.status : undefined, page: f.page, pageSize: f.pageSize },
    signal,
  );

export const confirmPriority = (registrationId: string, rank: number) => api.post<Lot>(`${V}/registrations/${enc(registrationId)}/priority`, { rank });

export type FixedSaleOutcome = { outcome: "sold" | "unsold"; on: string; buyerName?: string; paymentReference?: string };
export const recordFixedSaleOutcome = (disposalId: string, body: FixedSaleOutcome) => api.post<Lot>(`${V}/disposals/${enc(disposalId)}/outcome`, body);

/** The case's reference-price procedures (参考价规定), for taking a priced one into a lot. */
export type CaseValuationItem = {
  id: string;
  asset: { id: string; type: string; description: string };
  status: "inProgress" | "priced" | "cancelled";
  referencePriceFen: number | null;
  priceFixedDate: string | null;
  validUntil: string | null;
};
export const fetchCaseValuationsForLots = (caseId: string, signal?: AbortSignal) =>
  api.get<{ items: CaseValuationItem[] }>(`${V}/cases/${enc(caseId)}/valuations`, undefined, signal);

// ─── calculator ───────────────────────────────────────────────────────────────────────────────────
/** GET /calc/auction (no sign-in): the minimum starting price, deposit range and dates, each with its citation. */
export const calcAuction = (input: AuctionCalcInput, signal?: AbortSignal) =>
  api.get<AuctionCalcResult>(`${V}/calc/auction`, { ...input, round: input.round === undefined ? undefined : String(input.round) }, signal);

