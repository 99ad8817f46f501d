// The outside parties of the reference-price procedure (参考价规定(2018)), behind one interface each:
//   - 司法网络询价平台 (arts 8–13): the platforms in the Supreme People's Court's list. The court sends
//     every platform the commission at once (art 10); each reports within 3 days of receipt, or applies
//     for an extension before the period ends (art 11).
//   - 评估机构 (arts 15–19): the agencies of the court's 名单分库 for the asset's field; the court
//     commissions them one at a time in the agreed or drawn order (arts 16–17); each reports within 30
//     days or applies in writing for an extension 5 days before the end (art 19).
// None of the real systems is reachable from here, so the registry (registry.ts) hands out the
// simulator (simulator.ts); a real connection implements the same types and is passed in instead.
//
// Both are asked "what have you done on this commission by `asOf`?" rather than pushing results: the
// answers are dated (report date, extension request date), and the statute decides on those dates
// (domain valuation/online-inquiry.ts, appraisal.ts), whatever day the court happens to collect them.
import type { IsoDate, Localized } from "@zhixing/domain";

/** The asset as the commission (委托书) describes it (art 10, art 17: name, physical features, quantity). */
export type ValuedAsset = {
  id: string;
  type: string;
  description: string;
  identifier: string | null;
  /** A value the court already holds (a balance, a declared value); platforms do not see it as a price. */
  declaredValueFen: number | null;
};

export type CommissionRequest = {
  /** Our id for this commission (one per platform or agency): the outside system's reference. */
  commissionId: string;
  caseId: string;
  asset: ValuedAsset;
  /** The day the court sends the commission. */
  commissionDate: IsoDate;
  /** 目的要求: why the court asks. */
  purpose: string;
  /** Aborted when the service stops waiting. */
  signal?: AbortSignal;
};

export type CommissionAck = { status: "received"; receivedDate: IsoDate; reference: string } | { status: "error"; error: string };

export type PollRequest = CommissionRequest & { asOf: IsoDate };

/** A report (询价报告 / 评估报告): its number, date, result and the validity it states (art 11 para 1, art 17 para 2). */
export type PriceReport = {
  reportNo: string;
  reportDate: IsoDate;
  resultFen: number;
  validUntil: IsoDate;
  /** 计算方法 / 评估方法, as the report states it. */
  method: string;
};

export type PlatformReply =
  | { status: "pending"; extensionRequestDate: IsoDate | null }
  | { status: "reported"; extensionRequestDate: IsoDate | null; report: PriceReport }
  | { status: "error"; error: string };

/**
 * A re-issue (arts 11 para 4, 19 para 4): the court asked on `requestDate` for a new report on the same
 * commission; what has been re-issued by `asOf`?
 */
export type ReissuePoll = PollRequest & { reissueId: string; requestDate: IsoDate };

export type ReissueReply = { status: "pending" } | { status: "reported"; report: PriceReport } | { status: "error"; error: string };

export type PricePlatform = {
  id: string;
  label: Localized;
  commission(req: CommissionRequest): Promise<CommissionAck>;
  poll(req: PollRequest): Promise<PlatformReply>;
  pollReissue(req: ReissuePoll): Promise<ReissueReply>;
};

export type AppraisalAgency = {
  id: string;
  name: string;
  /** The 名单分库 (by field, art 15) the agency is listed in. */
  library: AgencyLibrary;
  region: string;
};

/** 名单分库 by professional field (art 15): real estate appraisers, asset appraisers. */
export type AgencyLibrary = "realEstate" | "assets";

export type AgencyReply =
  | { status: "working"; extensionRequest: { requestDate: IsoDate; days: number } | null }
  | { status: "reported"; report: PriceReport }
  | { status: "error"; error: string };

/** The court's art 20 order (defects found, on `noticeDate`): what has the agency answered by `asOf`? */
export type ReviewPoll = PollRequest & { noticeDate: IsoDate; defects: string[]; reportNo: string | null; resultFen: number };

export type ReviewReply =
  | { status: "pending" }
  | { status: "explained"; date: IsoDate; text: string }
  | { status: "corrected"; date: IsoDate; text: string; report: PriceReport }
  | { status: "error"; error: string };

export type AppraisalAgencies = {
  /** The 名单分库 for an asset type (art 15): the candidates of an agreement or a lottery (art 16). */
  libraryFor(assetType: string): AgencyLibrary;
  list(library: AgencyLibrary): AppraisalAgency[];
  find(agencyId: string): AppraisalAgency | undefined;
  commission(agencyId: string, req: CommissionRequest): Promise<CommissionAck>;
  poll(agencyId: string, req: PollRequest): Promise<AgencyReply>;
  /** art 20: the written explanation or correction the court ordered. */
  pollReview(agencyId: string, req: ReviewPoll): Promise<ReviewReply>;
  /** art 19 para 4: the report re-issued by the original agency. */
  pollReissue(agencyId: string, req: ReissuePoll): Promise<ReissueReply>;
};

export type ValuationAdapters = { platforms: PricePlatform[]; agencies: AppraisalAgencies };
