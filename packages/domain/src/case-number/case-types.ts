// Execution case type codes (案件类型代字). rules.md §18 marks this list UNCONFIRMED: it was not found
// in a stored copy of 《人民法院案件类型及其代字标准》; verify against the official table.
export const CASE_TYPES = [
  { code: "执", key: "enforcement", zh: "首次执行", en: "First enforcement" },
  { code: "执恢", key: "resumed", zh: "恢复执行", en: "Resumed enforcement" },
  { code: "执保", key: "preservation", zh: "财产保全执行", en: "Preservation enforcement" },
  { code: "执异", key: "objection", zh: "执行异议", en: "Enforcement objection" },
  { code: "执复", key: "reconsideration", zh: "执行复议", en: "Enforcement reconsideration" },
  { code: "执监", key: "supervision", zh: "执行监督", en: "Enforcement supervision" },
  { code: "执协", key: "delegated", zh: "执行协调（委托）", en: "Delegated enforcement" },
] as const;

export type CaseType = (typeof CASE_TYPES)[number];
export type CaseTypeCode = CaseType["code"];
export type CaseTypeKey = CaseType["key"];

export function caseTypeByCode(code: string): CaseType | undefined {
  return CASE_TYPES.find((t) => t.code === code);
}

export function caseTypeByKey(key: string): CaseType | undefined {
  return CASE_TYPES.find((t) => t.key === key);
}
