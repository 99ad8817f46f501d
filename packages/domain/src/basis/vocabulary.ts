// The vocabulary of an enforcement basis (执行依据) and the duties a judgment is split into
// (glossary.md: 金钱给付义务 monetaryDuty, 行为义务 conductDuty). Shared by the API schemas and the UI.

/** The IP right the judgment protects. */
export const RIGHT_TYPES = [
  "patent",
  "trademark",
  "copyright",
  "unfairCompetition",
  "tradeSecret",
  "plantVariety",
  "icLayout",
  "geographicalIndication",
  "other",
] as const;
export type RightType = (typeof RIGHT_TYPES)[number];

export const DUTY_KINDS = ["monetary", "conduct"] as const;
export type DutyKind = (typeof DUTY_KINDS)[number];

/** Parts of a money duty: principal (damages), interest awarded, costs. */
export const MONETARY_CATEGORIES = ["principal", "interest", "costs"] as const;
export type MonetaryCategory = (typeof MONETARY_CATEGORIES)[number];

/** Conduct duties typical of IP judgments (cease, destroy, apologise, rename, take down, domain). */
export const CONDUCT_CATEGORIES = [
  "ceaseInfringement",
  "destroyGoods",
  "publishApology",
  "changeName",
  "takeDownListings",
  "transferDomain",
  "other",
] as const;
export type ConductCategory = (typeof CONDUCT_CATEGORIES)[number];
