// What the valuation screens work out from the API's answer (参考价规定(2018)): who may act, which actions
// the procedure allows now, whether a platform's result counts toward the average (art 13), a party's
// objection window (arts 22–24), and the re-run of a recorded agency lottery (art 16) in the browser.
// The server decides; these only choose what to show and hide what it would refuse.
import { AGENCY_LOTTERY, drawAgencies, sm3Hex } from "@zhixing/domain";
import type { AgencySelection, CaseParty, Role, Valuation, ValuationPlatform, ValuationReport, ValuationStep } from "../../api/types";
import { extOf, openSuspension, pendingReissue, reportedAgency } from "./types";

/** The version of how the server derives a lottery's seed from public inputs (appraisal.service.ts LOTTERY_SEED_VERSION). */
export const LOTTERY_SEED_VERSION = "zhixing/valuation/lottery-seed/v1";

/** The open step (the method in use), if any. */
export function openStep(v: Pick<Valuation, "steps">): ValuationStep | undefined {
  const last = v.steps.at(-1);
  return last && last.status === "open" ? last : undefined;
}

/** The handler or division head may act while the price is not fixed; a priced valuation only takes the sale start. */
export const mayAct = (v: Pick<Valuation, "viewer">) => v.viewer === "act";

// ─── the agency lottery (art 16) ────────────────────────────────────────────────────────────────────

export type LotteryCheck = {
  /** The seed recomputed from the recorded public inputs, when their version is known. */
  recomputedSeed: string | null;
  /** null: the inputs' version is not one this client knows how to hash. */
  seedMatches: boolean | null;
  /** The three agencies drawn again from the recorded candidates and seed. */
  drawn: string[] | null;
  orderMatches: boolean;
  /** Everything re-ran and agrees with the record. */
  matches: boolean;
  /** Why the draw could not be re-run (unknown algorithm, bad record). */
  error: string | null;
};

const str = (x: unknown): string | null => (typeof x === "string" ? x : typeof x === "number" ? String(x) : null);

/**
 * The seed the server derives (appraisal.service.ts lotterySeed): SM3 (hex) of the version, case id,
 * valuation id, round, date and the sorted candidate ids joined by ",", each on its own line.
 */
export function recomputeLotterySeed(inputs: Record<string, unknown> | null): string | null {
  if (!inputs || inputs.version !== LOTTERY_SEED_VERSION) return null;
  const [caseId, valuationId, round, date] = [str(inputs.caseId), str(inputs.valuationId), str(inputs.round), str(inputs.date)];
  const candidates = Array.isArray(inputs.candidates) ? inputs.candidates.filter((c): c is string => typeof c === "string") : null;
  if (!caseId || !valuationId || !round || !date || !candidates) return null;
  return sm3Hex([LOTTERY_SEED_VERSION, caseId, valuationId, round, date, [...candidates].sort().join(",")].join("\n"));
}

/** Re-runs a recorded lottery with the domain's drawAgencies (the same SM3 code the server ran). */
export function verifyLottery(s: Pick<AgencySelection, "mode" | "candidates" | "seed" | "seedInputs" | "algorithm" | "order">): LotteryCheck {
  const recomputedSeed = recomputeLotterySeed(s.seedInputs);
  const seedMatches = recomputedSeed === null ? null : recomputedSeed === s.seed;
  const fail = (error: string): LotteryCheck => ({ recomputedSeed, seedMatches, drawn: null, orderMatches: false, matches: false, error });
  if (s.mode !== "lottery" || !s.seed) return fail("notLottery");
  if (s.algorithm?.version !== AGENCY_LOTTERY.version) return fail("unknownAlgorithm");
  let drawn: string[];
  try {
    drawn = drawAgencies(s.candidates, s.seed);
  } catch {
    return fail("badRecord");
  }
  const recorded = s.order.map((o) => o.agencyId);
  const orderMatches = drawn.length === recorded.length && drawn.every((id, i) => id === recorded[i]);
  return { recomputedSeed, seedMatches, drawn, orderMatches, matches: orderMatches && seedMatches !== false, error: null };
}

// ─── online inquiry: which results count toward the average (arts 11–13) ────────────────────────────

export type PlatformCount = "used" | "excluded" | "counts" | "objected" | "defective" | "late" | "waiting" | "notSent" | "ended";

/**
 * Whether a platform's result enters the average: after the price, the server's record (`detail.used`);
 * before it, reported in time (art 11), not left out on review unless corrected (art 12), and not
 * objected to (art 13 para 2 — an objection may still leave it in once decided).
 */
export function platformCount(p: ValuationPlatform, v: Pick<Valuation, "referencePrice" | "reports" | "objections" | "online" | "steps">): PlatformCount {
  const price = v.referencePrice;
  if (price && price.method === "onlineInquiry") {
    const used = Array.isArray(price.detail.used) ? (price.detail.used as { platformId?: unknown }[]) : [];
    return used.some((u) => u.platformId === p.platformId) ? "used" : "excluded";
  }
  if (!p.receivedDate) return "notSent";
  if (p.onTime === false) return "late";
  // The inquiry failed with no report from anyone (art 11 para 3): none was in time.
  if (p.onTime === null && v.online?.delivery === "appraisal") return "late";
  // The court ended the online inquiry (不能 / 不成) and moved on: nothing from it counts.
  const step = v.steps.filter((s) => s.method === "onlineInquiry").at(-1);
  if (step && (step.status === "failed" || step.status === "impossible")) return "ended";
  if (p.onTime === null) return "waiting";
  if (p.defective && !p.correctedDate) return "defective";
  const report = v.reports.find((r) => r.kind === "onlineInquiry" && r.sourceName === p.name);
  if (report && v.objections.some((o) => o.reportId === report.id && o.accepted)) return "objected";
  return "counts";
}

/** The result that counts: the corrected one after a correction (art 12). */
export const platformResultFen = (p: ValuationPlatform): number | null => p.correctedResultFen ?? p.resultFen;

// ─── objections (arts 22–24) ────────────────────────────────────────────────────────────────────────

/** The grounds of art 22 para 1 items 1–4 and art 23 para 1 that a party may raise against this kind of report. */
export function availableGrounds(kind: ValuationReport["kind"], all: readonly string[]): string[] {
  // art 22 para 1 items 1–2 only against an online inquiry; a directed inquiry admits none (art 24 para 2).
  if (kind === "directedInquiry") return [];
  if (kind === "onlineInquiry") return all.filter((g) => g === "basicInfoError" || g === "outOfScope");
  return [...all];
}

export type ObjectionWindow =
  | { state: "notObjectable" }
  | { state: "notServed" }
  | { state: "open"; receivedDate: string | null; due: string; via: "served" | "published" | null }
  | { state: "closed"; receivedDate: string | null; due: string };

/**
 * A party's window to object to a report: 5 days from its receipt (art 22; published: deemed received
 * after 15 days, art 21 para 2). `partyIds`: the viewer's party ids in the case (their receipt); when it
 * cannot be told, the report's last day for any party. Not served yet: the period has not begun.
 */
export function objectionWindow(report: ValuationReport, partyIds: readonly string[], today: string): ObjectionWindow {
  if (report.kind === "directedInquiry") return { state: "notObjectable" };
  if (!report.servedDate) return { state: "notServed" };
  const mine = report.receipts.filter((r) => partyIds.includes(r.partyId) && r.objectionDue);
  const receipt = mine.sort((a, b) => (a.objectionDue! < b.objectionDue! ? 1 : -1))[0];
  const due = receipt?.objectionDue ?? report.objectionDue;
  if (!due) return { state: "notObjectable" };
  if (today <= due) return { state: "open", receivedDate: receipt?.receivedDate ?? null, due, via: receipt?.via ?? null };
  return { state: "closed", receivedDate: receipt?.receivedDate ?? null, due };
}

/**
 * The viewer's party ids: as the API names them (viewerParties); for an answer without them, those of the
 * valuation's own objections, else the case's parties on the viewer's side.
 */
export function viewerPartyIds(v: Pick<Valuation, "objections">, parties: readonly Pick<CaseParty, "id" | "role">[], role: Role): string[] {
  const named = (v as { viewerParties?: { partyId: string }[] }).viewerParties ?? [];
  if (named.length) return named.map((p) => p.partyId);
  const own = [...new Set(v.objections.map((o) => o.partyId))];
  if (own.length) return own;
  return parties.filter((p) => p.role === role).map((p) => p.id);
}

// ─── objections: what the court records next (objections.service.ts) ────────────────────────────────

export type ObjectionStep = "decide" | "refer" | "explanation" | null;

export function objectionNextStep(o: Pick<Valuation["objections"][number], "status" | "track" | "enforcementOutcome">): ObjectionStep {
  if (o.status === "professionalReview") return "decide";
  if (o.status === "referred") return "explanation";
  if (o.status !== "pending") return null;
  if (o.track === "enforcementObjection") return "decide";
  if (o.track === "agencyExplanation") return "refer";
  if (o.track === "enforcementObjectionThenAgencyExplanation") return o.enforcementOutcome === "dismissed" ? "refer" : o.enforcementOutcome ? null : "decide";
  return null;
}

// ─── clocks ─────────────────────────────────────────────────────────────────────────────────────────

/** What a clock's subject is: the procedure, a step (its method), a report, an agency, an objection. */
export type ClockSubject =
  | { kind: "valuation" }
  | { kind: "step"; step: ValuationStep }
  | { kind: "report"; name: string }
  | { kind: "agency"; name: string }
  | { kind: "objection"; side: string | null }
  | { kind: "unknown" };

export function clockSubject(v: Valuation, subjectId: string | null): ClockSubject {
  if (!subjectId || subjectId === v.id) return { kind: "valuation" };
  const step = v.steps.find((s) => s.id === subjectId);
  if (step) return { kind: "step", step };
  const report = v.reports.find((r) => r.id === subjectId);
  if (report) return { kind: "report", name: report.sourceName };
  const agency = v.appraisal?.agencies.find((a) => a.id === subjectId);
  if (agency) return { kind: "agency", name: agency.name };
  const objection = v.objections.find((o) => o.id === subjectId);
  if (objection) return { kind: "objection", side: objection.side };
  // A re-issue (arts 11 para 4, 19 para 4): the platforms or the agency asked.
  const reissue = extOf(v).reissues.find((r) => r.id === subjectId);
  if (reissue) return { kind: "report", name: reissue.sources.map((x) => x.name).join("、") };
  return { kind: "unknown" };
}

/**
 * The clocks that are the court's (or the agency's) duty to act by the due date — start (art 1), service
 * (art 21), referral (art 23), return of materials (art 19), sale start (art 30). The others are periods
 * that simply run out (the parties' agreement, objections) or are met when the court collects reports
 * that may have arrived in time (arts 11, 19): met after the due date is not "late" for them.
 */
export const DUTY_CLOCKS: ReadonlySet<string> = new Set(["valuationStart", "valuationReportService", "valuationObjectionReferral", "valuationAgencyExplanation", "valuationMaterialsReturn", "valuationSaleStart"]);

/** A duty clock met after its due date. */
export const metLate = (k: { kind: string; status: string; metDate: string | null; due: string }) => DUTY_CLOCKS.has(k.kind) && k.status === "met" && k.metDate !== null && k.metDate > k.due;

// ─── what the handler may do now ────────────────────────────────────────────────────────────────────

export type ValuationAction =
  | "next"
  | "agreementSubmit"
  | "agreementEvaluate"
  | "directedResult"
  | "onlineCommission"
  | "onlineCollect"
  | "onlineReview"
  | "onlineCorrection"
  | "chooseAgencies"
  | "commissionAgency"
  | "collectAppraisal"
  | "extension"
  | "fixPrice"
  | "saleStart"
  | "suspend"
  | "resume"
  | "withdraw"
  | "reviewOrder"
  | "reviewCollect"
  | "reissue"
  | "reissueCollect";

/**
 * The actions the procedure allows now, for those who may act (the server checks again). While the work
 * is suspended (art 28) only resuming or withdrawing; a price not yet used by a sale may be re-issued
 * once its validity lapsed (arts 11 para 4, 19 para 4) or withdrawn (art 29).
 */
export function allowedValuationActions(v: Valuation): ValuationAction[] {
  if (!mayAct(v)) return [];
  if (v.status === "priced") {
    const p = v.referencePrice;
    if (!p || p.firstNoticeDate) return [];
    if (pendingReissue(v)) return ["reissueCollect", "withdraw"];
    const renew = !p.usableToday.usable && (p.usableToday.renewal === "onlineInquiryReissue" || p.usableToday.renewal === "appraisalReissue");
    return renew ? ["reissue", "withdraw"] : p.usableToday.usable ? ["saleStart", "withdraw"] : ["withdraw"];
  }
  if (v.status !== "inProgress") return [];
  if (openSuspension(v)) return ["resume", "withdraw"];
  return [...runningActions(v), "withdraw"];
}

function runningActions(v: Valuation): ValuationAction[] {
  const step = openStep(v);
  const out: ValuationAction[] = [];
  if (step?.method === "agreed") out.push("agreementSubmit", "agreementEvaluate");
  if (step?.method === "directedInquiry") out.push("directedResult");
  if (step?.method === "onlineInquiry" && v.online) {
    const o = v.online;
    if (!o.commissionDate) out.push("onlineCommission");
    else if (o.delivery !== "delivered") out.push("onlineCollect");
    else {
      if (o.review !== "usable") out.push("onlineReview");
      if (o.correctionNoticeDate && o.platforms.some((p) => p.defective && !p.correctedDate)) out.push("onlineCorrection");
      if (o.review === "usable") out.push("fixPrice");
    }
  }
  if (step?.method === "appraisal") {
    const a = v.appraisal ?? { selections: [], agencies: [] };
    const last = a.selections.at(-1);
    const round = last ? a.agencies.filter((x) => last.order.some((o) => o.agencyId === x.agencyId) && x.commissionDate >= last.selectedDate) : [];
    const failed = round.filter((x) => x.status === "defaulted" || x.status === "replaced").length;
    const working = a.agencies.find((x) => x.status === "commissioned");
    const reported = a.agencies.find((x) => x.status === "reported");
    if (!last || (failed >= 3 && !working && !reported)) out.push("chooseAgencies");
    else if (!working && !reported) out.push("commissionAgency");
    if (working) out.push("collectAppraisal", "extension");
    const review = reportedAgency(v)?.review;
    if (reported && review?.status === "waiting") out.push("reviewCollect");
    else if (reported) out.push("fixPrice", "reviewOrder");
  }
  // The next method: the running one was impossible or failed (appraisal is last, but both parties may return to an agreement, art 29 para 2).
  out.push("next");
  // art 28: an online inquiry or an appraisal may be suspended.
  if (step?.method === "onlineInquiry" || step?.method === "appraisal") out.push("suspend");
  return out;
}

/** A report as the printable document names it: original, or re-issued after validity lapsed. */
export const reportOrigin = (r: ValuationReport): "original" | "reissue" => (r as { origin?: "original" | "reissue" }).origin ?? "original";

/** The valuation's own party records for the viewer, as the API names them (empty for staff). */
export const viewerParties = (v: Valuation) => extOf(v).viewerParties;
