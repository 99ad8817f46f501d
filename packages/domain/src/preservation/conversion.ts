// 保全措施转为执行措施 (民诉法解释(2022) art 168, CONFIRMED-P):
//   "保全裁定未经人民法院依法撤销或者解除，进入执行程序后，自动转为执行中的查封、扣押、冻结措施，期限连续
//    计算，执行法院无需重新制作裁定书，但查封、扣押、冻结期限届满的除外。"
// A preservation measure not revoked or released becomes, once enforcement starts, the enforcement's
// measure: the same measure, its term running on (no new start date, no new term), no new ruling —
// except one whose term has ended. Which preservation case feeds which enforcement case is the
// court's call; the respondent whose property is held must be a respondent of the enforcement case.
import { citeSource } from "../citation/sources";
import type { Citation } from "../citation/citation";
import { compareIsoDates, type IsoDate } from "../dates";
import { DomainError } from "../errors/domain-error";

export const CONVERSION_BASIS: Citation = citeSource("civilProcedureInterpretation", "art 168");

/** What the rule needs to know of each measure on the preservation case. */
export type ConvertibleMeasure = {
  id: string;
  /** active | lapsed | released | completed (a deduction done). */
  status: string;
  /** Last day in force; null while queued (轮候) or for another court's measure whose term is unknown. */
  expires: IsoDate | null;
  /** Another court's measure recorded for the queue (it moves with the asset but is not ours to convert). */
  external: boolean;
};

export type ConversionSkip = { id: string; reason: "termEnded" | "notInForce" };
export type ConversionPlan = { convert: string[]; skipped: ConversionSkip[]; basis: Citation };

/**
 * The measures that carry over on `today`: our own measures still active whose last day in force is
 * today or later (a measure past its last day but not yet lapsed by the job is the "期限届满" exception),
 * and queued ones (they hold their place in the queue). Released, lapsed and completed measures stay
 * with the preservation case's history.
 */
export function planConversion(measures: readonly ConvertibleMeasure[], today: IsoDate): ConversionPlan {
  const convert: string[] = [];
  const skipped: ConversionSkip[] = [];
  for (const m of measures) {
    if (m.external) continue;
    if (m.status !== "active") skipped.push({ id: m.id, reason: "notInForce" });
    else if (m.expires !== null && compareIsoDates(m.expires, today) < 0) skipped.push({ id: m.id, reason: "termEnded" });
    else convert.push(m.id);
  }
  if (convert.length === 0) {
    throw new DomainError(
      "PRECONDITION_FAILED",
      {
        zh: "该保全案件没有仍在期限内的查封、扣押、冻结措施，无可转为执行措施（《民诉法解释》第一百六十八条）",
        en: "The preservation case has no seal, seizure or freeze still in its term to carry into enforcement (民诉法解释 art 168)",
      },
      { field: "preservationCaseId" },
    );
  }
  return { convert, skipped, basis: CONVERSION_BASIS };
}

/**
 * The parties must match: every respondent of the preservation case whose property is held must be a
 * respondent of the enforcement case, and the preservation applicant an applicant of it (identifiers
 * compared normalised). Otherwise the measures would hold a stranger's property for someone else's claim.
 */
export function checkConversionParties(
  preservation: { applicants: readonly string[]; respondents: readonly string[] },
  enforcement: { applicants: readonly string[]; respondents: readonly string[] },
): void {
  const norm = (s: string) => s.trim().toUpperCase();
  const missing = (need: readonly string[], have: readonly string[]) => need.filter((x) => !have.map(norm).includes(norm(x)));
  const r = missing(preservation.respondents, enforcement.respondents);
  const a = missing(preservation.applicants, enforcement.applicants);
  if (r.length || a.length) {
    throw new DomainError(
      "PRECONDITION_FAILED",
      {
        zh: `保全案件的${r.length ? "被申请人" : "申请人"}不是本执行案件的${r.length ? "被执行人" : "申请执行人"}，不能转为本案的执行措施`,
        en: `The preservation case's ${r.length ? "respondent" : "applicant"} is not a ${r.length ? "respondent" : "applicant"} of this enforcement case; its measures cannot carry over`,
      },
      { field: "preservationCaseId" },
    );
  }
}
