// 当事人议价: when the parties' results make a reference price (rules.md §9, 参考价规定(2018), CONFIRMED-P).
//   art 4 para 1: the court notifies or convenes the parties; they submit their results within the period
//     the court sets (指定期限 — no statutory number).
//   art 4 para 2: the results of both sides must be IDENTICAL and harm no one's lawful rights; then the
//     agreed result is the reference price.
//   art 27 para 2: the parties may agree the result's validity, at most one year (para 1).
//   art 24 para 2: no objection to an agreed price is accepted (report.ts classifyObjection).
//
// DECISIONS
// - Every party of both sides submits (with several applicants or respondents, all of them). A result
//   submitted after the court's last day does not count: "应当在指定期限内提交".
// - The validity is part of the agreed result: when any party states one, all must state the same. When
//   none is stated, the result is valid for the one-year maximum of art 27 para 1.
// - The price is fixed on the day the last identical result arrived; validity counts from that day.
// - Results that differ are "不成" at once, even before the last day: the court may set a new period.
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import { compareIsoDates, parseIsoDate, type IsoDate } from "../dates/iso-date";
import { invalidField, type Localized } from "../errors/domain-error";
import type { Fen } from "../money/fen";
import { checkValidity, maxValidUntil } from "./report";

export type AgreementSide = "applicant" | "respondent";
export type AgreementParty = { partyId: string; side: AgreementSide };
export type AgreementSubmission = { partyId: string; priceFen: Fen; submittedDate: IsoDate; validUntil?: IsoDate };

export type AgreementInput = {
  parties: readonly AgreementParty[];
  submissions: readonly AgreementSubmission[];
  /** The last day of the period the court set (指定期限, art 4 para 1). */
  dueDate: IsoDate;
  today: IsoDate;
  /** The court found that the agreed result harms another's lawful rights (art 4 para 2). */
  harmsOthers?: boolean;
};

export type AgreementFailure = "notSubmittedInTime" | "resultsDiffer" | "harmsOthers";

export type AgreementOutcome =
  | { status: "pending"; waitingFor: string[]; dueDate: IsoDate; basis: Citation[] }
  | { status: "agreed"; priceFen: Fen; fixedDate: IsoDate; validUntil: IsoDate; validityAgreed: boolean; basis: Citation[] }
  | { status: "failed"; reason: AgreementFailure; explanation: Localized; basis: Citation[] };

function validate(input: AgreementInput): void {
  const ids = new Set<string>();
  input.parties.forEach((p, i) => {
    if (typeof p.partyId !== "string" || p.partyId.length === 0 || ids.has(p.partyId)) {
      throw invalidField(`parties.${i}.partyId`, { zh: "当事人标识为空或重复", en: "party id is empty or repeated" });
    }
    if (p.side !== "applicant" && p.side !== "respondent") {
      throw invalidField(`parties.${i}.side`, { zh: "当事人一方必须是申请执行人或被执行人", en: "side must be applicant or respondent" });
    }
    ids.add(p.partyId);
  });
  if (!input.parties.some((p) => p.side === "applicant") || !input.parties.some((p) => p.side === "respondent")) {
    throw invalidField("parties", { zh: "议价须有申请执行人和被执行人双方", en: "an agreement needs both an applicant and a respondent" });
  }
  const submitted = new Set<string>();
  input.submissions.forEach((s, i) => {
    if (!ids.has(s.partyId) || submitted.has(s.partyId)) {
      throw invalidField(`submissions.${i}.partyId`, { zh: "议价结果的提交人不是当事人，或者重复提交", en: "the submitter is not a party, or submitted twice" });
    }
    if (!Number.isSafeInteger(s.priceFen) || s.priceFen <= 0) {
      throw invalidField(`submissions.${i}.priceFen`, { zh: "议价结果必须是正的整数分", en: "the agreed price must be a positive whole number of fen" });
    }
    parseIsoDate(s.submittedDate, `submissions.${i}.submittedDate`);
    if (s.validUntil !== undefined) parseIsoDate(s.validUntil, `submissions.${i}.validUntil`);
    submitted.add(s.partyId);
  });
  parseIsoDate(input.dueDate, "dueDate");
  parseIsoDate(input.today, "today");
}

/** Whether the parties' results make a reference price (art 4), as of `today`. */
export function evaluateAgreement(input: AgreementInput): AgreementOutcome {
  validate(input);
  const basis4 = [citeSource("referencePrice", "art 4")];
  const inTime = input.submissions.filter((s) => compareIsoDates(s.submittedDate, input.dueDate) <= 0);
  const byParty = new Map(inTime.map((s) => [s.partyId, s]));
  const waitingFor = input.parties.filter((p) => !byParty.has(p.partyId)).map((p) => p.partyId);
  const results = [...byParty.values()];

  const differ = (key: (s: AgreementSubmission) => unknown) => new Set(results.map(key)).size > 1;
  if (differ((s) => s.priceFen) || differ((s) => s.validUntil ?? null)) {
    return {
      status: "failed",
      reason: "resultsDiffer",
      explanation: {
        zh: "双方当事人提交的议价结果（价格或有效期）不一致，议价不成（第四条第二款）",
        en: "the parties' results (price or validity) are not identical: the agreement failed (art 4 para 2)",
      },
      basis: [citeSource("referencePrice", "art 4 para 2")],
    };
  }
  if (waitingFor.length > 0) {
    if (compareIsoDates(input.today, input.dueDate) <= 0) return { status: "pending", waitingFor, dueDate: input.dueDate, basis: basis4 };
    return {
      status: "failed",
      reason: "notSubmittedInTime",
      explanation: {
        zh: `当事人未在指定期限（${input.dueDate} 前）内提交议价结果，议价不成（第四条第一款）`,
        en: `not every party submitted a result within the period set by the court (by ${input.dueDate}): the agreement failed (art 4 para 1)`,
      },
      basis: [citeSource("referencePrice", "art 4 para 1")],
    };
  }
  if (input.harmsOthers) {
    return {
      status: "failed",
      reason: "harmsOthers",
      explanation: {
        zh: "议价结果损害他人合法权益，不能作为参考价（第四条第二款）",
        en: "the agreed result harms another's lawful rights and cannot be the reference price (art 4 para 2)",
      },
      basis: [citeSource("referencePrice", "art 4 para 2")],
    };
  }
  const first = results[0]!;
  const fixedDate = results.map((s) => s.submittedDate).sort(compareIsoDates).at(-1)!;
  const validUntil = first.validUntil === undefined ? maxValidUntil(fixedDate) : checkValidity({ issuedDate: fixedDate, validUntil: first.validUntil }).validUntil;
  return {
    status: "agreed",
    priceFen: first.priceFen,
    fixedDate,
    validUntil,
    validityAgreed: first.validUntil !== undefined,
    basis: [citeSource("referencePrice", "art 4 para 2"), citeSource("referencePrice", "art 27 para 2")],
  };
}
