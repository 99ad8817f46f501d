// 限制消费 (consumption restriction) and 限制出境 (exit restriction), rules.md §12.
//   限制消费规定(2015) art 1: a respondent who did not perform within the period of the enforcement notice
//     MAY be restricted; one listed as dishonest SHALL be. CONFIRMED-S.
//   art 3 para 1: the nine restricted acts of a natural person (below). CONFIRMED-S.
//   art 3 para 2: for an entity, the entity and its 法定代表人, 主要负责人, 影响债务履行的直接责任人员 and
//     实际控制人 are restricted. para 3: such a person spending personal assets for personal needs may
//     apply; the court approves if the claim is verified true. CONFIRMED-S (the 2010 text lacked 实际控制人).
//   art 4: on the applicant's written application, or of the court's own motion. CONFIRMED-P (2010).
//   arts 5–7: the order is signed by the 院长 and states the period, the items and the consequences;
//     notices go to assisting units and/or media. CONFIRMED-P (2010).
//   art 8: necessary living or business spending needs the court's permission. CONFIRMED-P (2010).
//   art 9: the court MAY lift on effective security or the applicant's consent and SHALL lift promptly
//     on full performance, notifying or announcing in the same scope as the original. CONFIRMED-P
//     (2010); 2015 numbering PARTIAL.
//   民诉法(2023) art 266: exit restriction is an enforcement measure. CONFIRMED-P.
//   执行程序解释(2020) art 23: exit restriction on the applicant's written application, or of the court's
//     own motion when necessary; art 24: for an entity, its 法定代表人, 主要负责人 or 直接责任人员 (NOT the
//     actual controller); art 25: SHALL lift on full performance, MAY lift on sufficient and effective
//     security or the applicant's consent. CONFIRMED-P.
//   异议复议规定 art 9: exit-restriction reconsideration 10 / 15 days, not stayed (periods.ts). CONFIRMED-P.
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import type { StatutoryCalendar } from "../calendar/types";
import { compareIsoDates, parseIsoDate, type IsoDate } from "../dates/iso-date";
import { invalidField, type Localized } from "../errors/domain-error";
import type { PartyKind } from "../identity/party-kind";
import { type Decision, refuse } from "../coercion/decision";
import { CREDIT_PERIODS, creditClock, type CreditClock, type CreditPeriods } from "./periods";

const C = (article: string) => citeSource("consumptionRestriction", article);
const E = (article: string) => citeSource("enforcementProcedure", article);

/** 限制消费规定(2015) art 3 para 1, items (1)–(9). */
export const RESTRICTED_ACTS = [
  "premiumTravel",
  "luxuryVenues",
  "realEstatePurchase",
  "premiumOfficeRental",
  "nonEssentialVehicle",
  "tourism",
  "privateSchoolFees",
  "highPremiumInsurance",
  "highSpeedRailAndFirstClass",
] as const;
export type RestrictedAct = (typeof RESTRICTED_ACTS)[number];

export const RESTRICTED_ACT_INFO: Readonly<Record<RestrictedAct, { basis: Citation; label: Localized }>> = Object.freeze({
  premiumTravel: { basis: C("art 3(1)"), label: { zh: "乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位", en: "air travel, soft sleepers, or second class or above on ships" } },
  luxuryVenues: { basis: C("art 3(2)"), label: { zh: "在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费", en: "high spending at star-rated hotels, nightclubs, golf courses and the like" } },
  realEstatePurchase: { basis: C("art 3(3)"), label: { zh: "购买不动产或者新建、扩建、高档装修房屋", en: "buying real estate, or building, extending or luxury-renovating a home" } },
  premiumOfficeRental: { basis: C("art 3(4)"), label: { zh: "租赁高档写字楼、宾馆、公寓等场所办公", en: "renting high-end offices, hotels or flats for business" } },
  nonEssentialVehicle: { basis: C("art 3(5)"), label: { zh: "购买非经营必需车辆", en: "buying vehicles not needed for the business" } },
  tourism: { basis: C("art 3(6)"), label: { zh: "旅游、度假", en: "tourism and holidays" } },
  privateSchoolFees: { basis: C("art 3(7)"), label: { zh: "子女就读高收费私立学校", en: "children at high-fee private schools" } },
  highPremiumInsurance: { basis: C("art 3(8)"), label: { zh: "支付高额保费购买保险理财产品", en: "high-premium insurance or wealth-management products" } },
  highSpeedRailAndFirstClass: {
    basis: C("art 3(9)"),
    label: { zh: "乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为", en: "any seat on a G-train, first class or above on other bullet trains, and other spending not needed for living or work" },
  },
});

/** Persons acting for an entity. */
export const ENTITY_PERSON_ROLES = ["legalRepresentative", "principal", "directlyResponsible", "actualController", "shareholder", "employee"] as const;
export type EntityPersonRole = (typeof ENTITY_PERSON_ROLES)[number];

/** 限制消费规定(2015) art 3 para 2: who is restricted with an entity. */
export const CONSUMPTION_COVERED_ROLES: readonly EntityPersonRole[] = ["legalRepresentative", "principal", "directlyResponsible", "actualController"];
/** 执行程序解释 art 24: whose exit may be restricted for an entity (no actual controller). */
export const EXIT_COVERED_ROLES: readonly EntityPersonRole[] = ["legalRepresentative", "principal", "directlyResponsible"];

export type EntityPerson = { id: string; role: EntityPersonRole };

export type RestrictionInitiator = "applicantWritten" | "courtOwnMotion";

export type CoveredPerson = EntityPerson & { basis: Citation };

function isEntity(kind: PartyKind): boolean {
  return kind === "legalPerson" || kind === "otherOrganization";
}

function checkPersons(persons: readonly EntityPerson[], covered: readonly EntityPersonRole[], basis: Citation): CoveredPerson[] | { notCovered: EntityPerson } {
  const out: CoveredPerson[] = [];
  for (const [i, p] of persons.entries()) {
    if (!(ENTITY_PERSON_ROLES as readonly string[]).includes(p.role)) {
      throw invalidField(`persons.${i}.role`, { zh: `未知的人员身份：${String(p.role)}`, en: `unknown role: ${String(p.role)}` });
    }
    if (!covered.includes(p.role)) return { notCovered: p };
    out.push({ ...p, basis });
  }
  return out;
}

export type ConsumptionRestrictionRefusal = "noticePeriodRunning" | "performed" | "presidentSignatureMissing" | "roleNotCovered" | "personsOnlyForEntity";

/**
 * Whether a consumption restriction order may issue, whom it covers, and whether it is mandatory
 * (限制消费规定 arts 1, 3–7). `persons` are the people named with an entity respondent.
 */
export function decideConsumptionRestriction(input: {
  respondentKind: PartyKind;
  persons?: readonly EntityPerson[];
  noticePeriodDue: IsoDate;
  today: IsoDate;
  performedInFull: boolean;
  listedDishonest: boolean;
  initiatedBy: RestrictionInitiator;
  presidentSigned: boolean;
}): Decision<
  { mandatory: boolean; coversRespondent: true; persons: CoveredPerson[]; acts: readonly RestrictedAct[]; initiatedBy: RestrictionInitiator; orderStates: readonly ["period", "items", "consequences"] },
  ConsumptionRestrictionRefusal
> {
  const today = parseIsoDate(input.today, "today");
  const due = parseIsoDate(input.noticePeriodDue, "noticePeriodDue");
  if (input.performedInFull) {
    return refuse("performed", "被执行人已全部履行，不得限制消费（《限制消费规定》第一条）", "The respondent has performed in full; no restriction (限制消费规定 art 1)", [C("art 1")], "performedInFull");
  }
  if (compareIsoDates(today, due) <= 0) {
    return refuse(
      "noticePeriodRunning",
      `执行通知书指定的履行期间至 ${due} 届满，届满前不得限制消费（《限制消费规定》第一条）`,
      `The period in the enforcement notice runs until ${due}; no restriction before it ends (限制消费规定 art 1)`,
      [C("art 1")],
      "today",
    );
  }
  if (!input.presidentSigned) {
    return refuse("presidentSignatureMissing", "限制消费令由人民法院院长签发（《限制消费规定》第五条）", "The consumption restriction order is signed by the court president (限制消费规定 art 5)", [C("art 5")], "presidentSigned");
  }
  const persons = input.persons ?? [];
  if (persons.length > 0 && !isEntity(input.respondentKind)) {
    return refuse("personsOnlyForEntity", "只有被执行人为单位时，才同时限制其法定代表人等人员（《限制消费规定》第三条第二款）", "Persons are restricted with the respondent only when it is an entity (限制消费规定 art 3 para 2)", [C("art 3 para 2")], "persons");
  }
  const checked = checkPersons(persons, CONSUMPTION_COVERED_ROLES, C("art 3 para 2"));
  if (!Array.isArray(checked)) {
    return refuse(
      "roleNotCovered",
      "被执行人为单位的，只能限制其法定代表人、主要负责人、影响债务履行的直接责任人员、实际控制人（《限制消费规定》第三条第二款）",
      "For an entity only its legal representative, principal, directly responsible persons and actual controller are restricted (限制消费规定 art 3 para 2)",
      [C("art 3 para 2")],
      "persons",
    );
  }
  return {
    ok: true,
    mandatory: input.listedDishonest,
    coversRespondent: true,
    persons: checked,
    acts: RESTRICTED_ACTS,
    initiatedBy: input.initiatedBy,
    orderStates: ["period", "items", "consequences"] as const,
    basis: [C("art 1"), C("art 3"), C("art 4"), C("arts 5–7")],
  };
}

export type ConsumptionExceptionKind = "necessaryLivingOrBusiness" | "personalAssetsPersonalNeed";

/**
 * An application to spend despite the restriction: necessary living or business spending (art 8), or
 * an entity's covered person spending personal assets for personal needs (art 3 para 3). Granted
 * only when the court verified the claim.
 */
export function decideConsumptionException(input: { kind: ConsumptionExceptionKind; applicantIsCoveredPerson: boolean; verified: boolean }): Decision<{ kind: ConsumptionExceptionKind }, "notVerified" | "notACoveredPerson"> {
  const basis = input.kind === "necessaryLivingOrBusiness" ? [C("art 8")] : [C("art 3 para 3")];
  if (input.kind === "personalAssetsPersonalNeed" && !input.applicantIsCoveredPerson) {
    return refuse("notACoveredPerson", "以个人财产实施个人消费的申请，由单位被执行人的相关人员提出（《限制消费规定》第三条第三款）", "This application is for a person restricted with an entity (限制消费规定 art 3 para 3)", basis, "applicantIsCoveredPerson");
  }
  if (!input.verified) {
    return refuse("notVerified", "经审查申请理由不属实，不予准许", "The court did not find the claim true; refused", basis, "verified");
  }
  return { ok: true, kind: input.kind, basis };
}

export type LiftingGround = "fullPerformance" | "security" | "applicantConsent";

export type LiftingDecision = Decision<
  { mandatory: boolean; promptly: boolean; /** The same recipients (units, media) the original order or notice went to. */ noticeRecipients: string[] },
  "securityNotEffective" | "courtDeclined"
>;

function lifting(
  ground: LiftingGround,
  input: { securityEffective?: boolean; courtAgrees?: boolean; originalRecipients: readonly string[] },
  mustBasis: Citation,
  mayBasis: Citation,
  what: Localized,
): LiftingDecision {
  const noticeRecipients = [...new Set(input.originalRecipients)];
  if (ground === "fullPerformance") return { ok: true, mandatory: true, promptly: true, noticeRecipients, basis: [mustBasis] };
  if (ground === "security" && !input.securityEffective) {
    return refuse("securityNotEffective", `被执行人提供的担保须充分、有效，方可解除${what.zh}`, `Security must be sufficient and effective to lift the ${what.en}`, [mayBasis], "securityEffective");
  }
  if (!input.courtAgrees) {
    return refuse("courtDeclined", `担保或者申请执行人同意时，人民法院“可以”解除${what.zh}，本次决定不予解除`, `On security or the applicant's consent the court MAY lift the ${what.en}; it declined`, [mayBasis], "courtAgrees");
  }
  return { ok: true, mandatory: false, promptly: false, noticeRecipients, basis: [mayBasis] };
}

/** 限制消费规定 art 9: shall lift on full performance, may lift on security or consent; notice in the same scope. */
export function decideConsumptionLifting(ground: LiftingGround, input: { securityEffective?: boolean; courtAgrees?: boolean; originalRecipients: readonly string[] }): LiftingDecision {
  return lifting(ground, input, C("art 9 para 2"), C("art 9 para 1"), { zh: "限制消费令", en: "consumption restriction" });
}

/** 执行程序解释 art 25. */
export function decideExitLifting(ground: LiftingGround, input: { securityEffective?: boolean; courtAgrees?: boolean; originalRecipients: readonly string[] }): LiftingDecision {
  return lifting(ground, input, E("art 25"), E("art 25"), { zh: "限制出境措施", en: "exit restriction" });
}

/** Whether an exit restriction may reach these persons (执行程序解释 arts 23–24; 民诉法 art 266). */
export function decideExitRestriction(input: {
  respondentKind: PartyKind;
  persons?: readonly EntityPerson[];
  initiatedBy: RestrictionInitiator;
}): Decision<{ coversRespondent: boolean; persons: CoveredPerson[]; initiatedBy: RestrictionInitiator }, "roleNotCovered" | "personsOnlyForEntity"> {
  const persons = input.persons ?? [];
  const entity = isEntity(input.respondentKind);
  if (persons.length > 0 && !entity) {
    return refuse("personsOnlyForEntity", "只有被执行人为单位时，才可限制其法定代表人等人员出境（《执行程序解释》第二十四条）", "Persons are restricted only for an entity respondent (执行程序解释 art 24)", [E("art 24")], "persons");
  }
  const checked = checkPersons(persons, EXIT_COVERED_ROLES, E("art 24"));
  if (!Array.isArray(checked)) {
    return refuse(
      "roleNotCovered",
      "被执行人为单位的，只能限制其法定代表人、主要负责人或者影响债务履行的直接责任人员出境（《执行程序解释》第二十四条）",
      "For an entity only its legal representative, principal or directly responsible persons may be restricted from leaving (执行程序解释 art 24)",
      [E("art 24")],
      "persons",
    );
  }
  // An entity itself does not travel: the restriction reaches its people.
  return { ok: true, coversRespondent: !entity, persons: checked, initiatedBy: input.initiatedBy, basis: [citeSource("civilProcedureLaw", "art 266"), E("art 23"), E("art 24")] };
}

/** 异议复议规定 art 9: reconsideration of an exit restriction, 10 days to apply, 15 days to decide, not stayed. */
export function decideExitReconsiderationApplication(
  input: { decisionReceivedDate: IsoDate; filedDate: IsoDate },
  cal: StatutoryCalendar,
  periods: CreditPeriods = CREDIT_PERIODS,
): Decision<{ applicationDue: CreditClock; staysRestriction: false }, "late"> {
  const received = parseIsoDate(input.decisionReceivedDate, "decisionReceivedDate");
  const filed = parseIsoDate(input.filedDate, "filedDate");
  if (compareIsoDates(filed, received) < 0) {
    throw invalidField("filedDate", { zh: "复议申请日期不能早于收到决定之日", en: "the application cannot precede receipt of the decision" });
  }
  const applicationDue = creditClock("exitReconsiderationApplication", received, cal, periods);
  if (compareIsoDates(filed, applicationDue.due) > 0) {
    return refuse(
      "late",
      `限制出境复议应当自收到决定之日起十日内申请，期间已于 ${applicationDue.due} 届满（《异议复议规定》第九条）`,
      `Exit-restriction reconsideration must be applied for within 10 days; the period ended on ${applicationDue.due} (异议复议规定 art 9)`,
      applicationDue.basis,
      "filedDate",
    );
  }
  return { ok: true, applicationDue, staysRestriction: false, basis: applicationDue.basis };
}

export function exitReconsiderationDecisionDue(receivedByHigherCourt: IsoDate, cal: StatutoryCalendar, periods: CreditPeriods = CREDIT_PERIODS): CreditClock {
  return creditClock("exitReconsiderationDecision", receivedByHigherCourt, cal, periods);
}
