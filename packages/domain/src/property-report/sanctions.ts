// A breach of the duty to report, and the sanctions grounds it gives (rules.md §§8, 11, 13).
//   财产调查规定(2020) art 9: refusing to report, a false report, or a report late without good reason —
//     the court MAY fine or detain the respondent or its legal representative (para 1), or, for an
//     entity, its principal or the person directly responsible (para 2). CONFIRMED-P.
//   财产调查规定 art 10: for the same acts the court SHALL list the respondent as dishonest. CONFIRMED-P;
//     失信规定(2017) art 1(4) is the matching listing situation (CONFIRMED-S).
// This file only says which grounds to record; imposing the sanctions comes with their own workflow.
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import { compareIsoDates, parseIsoDate, type IsoDate } from "../dates";
import type { Localized } from "../errors/domain-error";
import type { PartyKind } from "../identity/party-kind";
import { isLateReport } from "./report-deadline";

/**
 * notReported: the deadline has passed and nothing was filed; late: filed after the deadline;
 * refused and false: the court's findings (a refusal, a false report).
 */
export const REPORT_BREACHES = ["notReported", "late", "refused", "false"] as const;
export type ReportBreach = (typeof REPORT_BREACHES)[number];

export const REPORT_BREACH_LABELS: Readonly<Record<ReportBreach, Localized>> = Object.freeze({
  notReported: { zh: "逾期未报告财产", en: "no report by the deadline" },
  late: { zh: "逾期报告财产", en: "report filed late" },
  refused: { zh: "拒绝报告财产", en: "refusal to report" },
  false: { zh: "虚假报告财产", en: "false report" },
});

export type SanctionGroundKey = "fineOrDetention" | "dishonestListing";

export type SanctionGround = {
  key: SanctionGroundKey;
  breach: ReportBreach;
  /** true: the court shall (art 10); false: the court may (art 9). */
  mandatory: boolean;
  label: Localized;
  /** Whom the measure may reach. */
  target: Localized;
  basis: Citation[];
};

/** The breach on `today`, if any: no report after the deadline, or a report that came late. */
export function detectReportBreach(input: {
  due: IsoDate;
  today: IsoDate;
  report?: { submittedDate: IsoDate; postedDate?: IsoDate | null } | null;
}): Extract<ReportBreach, "notReported" | "late"> | null {
  parseIsoDate(input.due, "due");
  parseIsoDate(input.today, "today");
  if (input.report) return isLateReport({ ...input.report, due: input.due }) ? "late" : null;
  return compareIsoDates(input.today, input.due) > 0 ? "notReported" : null;
}

/**
 * The grounds to record for a breach. A report that is late (or missing) for a good reason the court
 * accepts is no breach ("无正当理由逾期报告"): no grounds. A refusal or a false report always gives them.
 */
export function reportSanctionGrounds(input: { breach: ReportBreach; goodReason?: boolean; respondentKind?: PartyKind }): SanctionGround[] {
  const { breach } = input;
  if ((breach === "late" || breach === "notReported") && input.goodReason) return [];
  const entity = input.respondentKind === "legalPerson" || input.respondentKind === "otherOrganization";
  const what = REPORT_BREACH_LABELS[breach];
  return [
    {
      key: "fineOrDetention",
      breach,
      mandatory: false,
      label: { zh: `${what.zh}：可以予以罚款、拘留`, en: `${what.en}: the court may fine or detain` },
      target: entity
        ? { zh: "被执行人单位的主要负责人或直接责任人员", en: "the entity's principal or the person directly responsible" }
        : { zh: "被执行人或其法定代理人", en: "the respondent or its legal representative" },
      basis: [citeSource("propertyInvestigation", entity ? "art 9 para 2" : "art 9 para 1"), citeSource("civilProcedureLaw", "art 118")],
    },
    {
      key: "dishonestListing",
      breach,
      mandatory: true,
      label: { zh: `${what.zh}：应当纳入失信被执行人名单`, en: `${what.en}: the respondent shall be listed as a dishonest judgment debtor` },
      target: { zh: "被执行人", en: "the respondent" },
      basis: [citeSource("propertyInvestigation", "art 10"), citeSource("dishonestList", "art 1(4)")],
    },
  ];
}
