// What the valuation API answers beyond api/types.ts's Valuation (server valuation.schemas.ts, added with
// 暂缓 / 撤回, the art 20 review, re-issue, interested persons and the viewer's own party records). Kept
// here, optional, so that answers recorded before these fields existed still read; `extOf` fills the
// defaults. (The integrator may fold these into api/types.ts.)
import type { AgencyCommission, Citation, Localized, Valuation, ValuationReport } from "../../api/types";

export type ValuationSuspension = {
  id: string;
  stepId: string;
  ground: "caseSuspended" | "materialsInaccurate" | "other";
  label: Localized;
  basis: Citation;
  note: string | null;
  from: string;
  to: string | null;
  resumedDate: string | null;
  open: boolean;
};

export type ValuationReissue = {
  id: string;
  method: "onlineInquiry" | "appraisal";
  requestedDate: string;
  due: string;
  status: "requested" | "received" | "failed" | "cancelled";
  sources: { sourceId: string; name: string }[];
  results: { sourceId: string; reportDate: string | null; resultFen: number | null; validUntil: string | null; error: string | null }[];
  previous: { priceFen: number; validUntil: string; fixedDate: string | null };
  priceFen: number | null;
  validUntil: string | null;
  endedDate: string | null;
};

export type AgencyReview = {
  noticeDate: string;
  defects: string[];
  note: string | null;
  due: string | null;
  status: "waiting" | "explained" | "corrected" | "defaulted";
  answer: Record<string, unknown> | null;
};

export type ReceiptExt = ValuationReport["receipts"][number] & { person?: "party" | "interested"; name?: string | null; relation?: string | null };
export type ReportExt = Omit<ValuationReport, "receipts"> & { receipts: ReceiptExt[]; origin?: "original" | "reissue"; reportNo?: string | null };
export type AgencyExt = Omit<AgencyCommission, "status"> & {
  status: AgencyCommission["status"] | "withdrawn";
  suspensions?: { from: string; to: string }[];
  suspendedDays?: number;
  review?: AgencyReview | null;
};

export type ViewerParty = { partyId: string; side: "applicant" | "respondent"; name: string };
/** Staff only: other measures in force on the asset, whose applicants are interested persons (art 21 para 1). */
export type OtherMeasure = { id: string; kind: string; rank: "first" | "queued"; external: boolean; executedBy: string | null; startDate: string; queueSeq: number | null };

/** The valuation with the fields of the later API, always present. */
export type ValuationExt = Omit<Valuation, "reports" | "appraisal"> & {
  reports: ReportExt[];
  appraisal: { selections: NonNullable<Valuation["appraisal"]>["selections"]; agencies: AgencyExt[] } | null;
  viewerParties: ViewerParty[];
  otherMeasures: OtherMeasure[];
  ended: { date: string; ground: string; label: Localized; note: string | null } | null;
  suspensions: ValuationSuspension[];
  reissues: ValuationReissue[];
};

type Partial_ = Partial<Pick<ValuationExt, "viewerParties" | "otherMeasures" | "ended" | "suspensions" | "reissues">>;

export function extOf(v: Valuation): ValuationExt {
  const x = v as Valuation & Partial_;
  return {
    ...(v as unknown as ValuationExt),
    viewerParties: x.viewerParties ?? [],
    otherMeasures: x.otherMeasures ?? [],
    ended: x.ended ?? null,
    suspensions: x.suspensions ?? [],
    reissues: x.reissues ?? [],
  };
}

/** The suspension in force (art 28), if any. */
export const openSuspension = (v: Valuation): ValuationSuspension | undefined => extOf(v).suspensions.find((s) => s.open);

/** The re-issue awaited (arts 11 para 4, 19 para 4), if any. */
export const pendingReissue = (v: Valuation): ValuationReissue | undefined => extOf(v).reissues.find((r) => r.status === "requested");

/** The agency that reported, with its art 20 review if any. */
export const reportedAgency = (v: Valuation): AgencyExt | undefined => (extOf(v).appraisal?.agencies ?? []).find((a) => a.status === "reported");
