// What a public 失信 entry shows (失信规定(2017) art 6, CONFIRMED-S):
//   (1) an entity: name, 统一社会信用代码 (or 组织机构代码), the name of its 法定代表人 or 负责人;
//   (2) a natural person: name, sex, age, ID number;
//   (3) the obligation and the state of performance; (4) the specific dishonest conduct;
//   (5) the issuer and number of the 执行依据, the 执行案号, the date of 立案, the executing court;
//   (6) nothing touching state secrets, trade secrets or personal privacy.
// Our public pages mask a natural person's ID number (裁判文书上网规定 art 10(1) by analogy; the SPC
// site itself shows a partly hidden number), with identity/maskIdNumber. Age is computed on the day of
// publication, never the birth date itself. Everything else (addresses, phones, accounts) is left out.
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import { parseIsoDate, type IsoDate } from "../dates/iso-date";
import type { Localized } from "../errors/domain-error";
import { maskIdNumber } from "../identity/mask-identifier";
import { ageOn, DISHONEST_GROUND_INFO, type DishonestGround } from "./dishonest-list";

export type DishonestSubject =
  | { kind: "naturalPerson"; name: string; sex: "male" | "female"; birthDate: IsoDate; idNumber: string; address?: string; phone?: string }
  | { kind: "entity"; name: string; creditCode: string; representativeName: string; address?: string; phone?: string };

export type DishonestEntryRecord = {
  subject: DishonestSubject;
  obligation: string;
  performanceStatus: string;
  ground: DishonestGround;
  basisIssuer: string;
  basisNumber: string;
  caseNumber: string;
  registeredDate: IsoDate;
  court: string;
};

export type PublicDishonestEntry = {
  subject:
    | { kind: "naturalPerson"; name: string; sex: "male" | "female"; age: number; idNumberMasked: string }
    | { kind: "entity"; name: string; creditCode: string; representativeName: string };
  obligation: string;
  performanceStatus: string;
  conduct: Localized;
  basisIssuer: string;
  basisNumber: string;
  caseNumber: string;
  registeredDate: IsoDate;
  court: string;
  basis: Citation[];
};

/** The fields of art 6 for a public page, the natural person's ID masked; nothing else. */
export function publicDishonestEntry(entry: DishonestEntryRecord, publishedOn: IsoDate): PublicDishonestEntry {
  parseIsoDate(publishedOn, "publishedOn");
  const s = entry.subject;
  const subject: PublicDishonestEntry["subject"] =
    s.kind === "naturalPerson"
      ? { kind: "naturalPerson", name: s.name, sex: s.sex, age: ageOn(s.birthDate, publishedOn), idNumberMasked: maskIdNumber(s.idNumber) }
      : { kind: "entity", name: s.name, creditCode: s.creditCode, representativeName: s.representativeName };
  return {
    subject,
    obligation: entry.obligation,
    performanceStatus: entry.performanceStatus,
    conduct: DISHONEST_GROUND_INFO[entry.ground].label,
    basisIssuer: entry.basisIssuer,
    basisNumber: entry.basisNumber,
    caseNumber: entry.caseNumber,
    registeredDate: parseIsoDate(entry.registeredDate, "registeredDate"),
    court: entry.court,
    basis: [citeSource("dishonestList", "art 6"), citeSource("judgmentsOnline", "art 10(1)")],
  };
}
