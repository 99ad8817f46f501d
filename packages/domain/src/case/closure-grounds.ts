// The grounds on which a case ends without being fully enforced.
// 终结执行: 民事诉讼法(2023) art 268 items (1)–(6), CONFIRMED-P (read in the full text).
// 不予执行 of a judgment: the respondent's objection to a late application upheld, 民诉法解释(2022)
// art 481, CONFIRMED-P; for an arbitral award or a notarised debt instrument, 民事诉讼法(2023)
// arts 248–249, CONFIRMED-P.
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import type { Localized } from "../errors/domain-error";

export type ClosureGround = { key: string; basis: Citation; label: Localized };

export const TERMINATION_GROUNDS: ClosureGround[] = [
  { key: "applicationWithdrawn", basis: citeSource("civilProcedureLaw", "art 268(1)"), label: { zh: "申请人撤销申请", en: "the applicant withdrew the application" } },
  { key: "basisRevoked", basis: citeSource("civilProcedureLaw", "art 268(2)"), label: { zh: "据以执行的法律文书被撤销", en: "the enforcement basis was revoked" } },
  {
    key: "debtorDiedNoEstate",
    basis: citeSource("civilProcedureLaw", "art 268(3)"),
    label: { zh: "作为被执行人的公民死亡，无遗产可供执行，又无义务承担人", en: "the respondent died leaving no estate and no one liable" },
  },
  {
    key: "maintenanceCreditorDied",
    basis: citeSource("civilProcedureLaw", "art 268(4)"),
    label: { zh: "追索赡养费、扶养费、抚养费案件的权利人死亡", en: "the creditor of maintenance died" },
  },
  {
    key: "debtorDestitute",
    basis: citeSource("civilProcedureLaw", "art 268(5)"),
    label: { zh: "作为被执行人的公民因生活困难无力偿还借款，无收入来源，又丧失劳动能力", en: "the respondent is destitute, without income and unable to work" },
  },
  { key: "other", basis: citeSource("civilProcedureLaw", "art 268(6)"), label: { zh: "人民法院认为应当终结执行的其他情形", en: "another case in which the court finds enforcement should end" } },
];

export const NON_ENFORCEMENT_GROUNDS: ClosureGround[] = [
  {
    key: "limitationObjectionUpheld",
    basis: citeSource("civilProcedureInterpretation", "art 481"),
    label: { zh: "被执行人对申请执行时效期间提出异议，经审查异议成立", en: "the respondent's objection that the application was late was upheld" },
  },
  {
    key: "awardOrNotarialInstrument",
    basis: citeSource("civilProcedureLaw", "arts 248–249"),
    label: { zh: "仲裁裁决或公证债权文书依法裁定不予执行", en: "an arbitral award or notarised instrument ruled unenforceable" },
  },
];
