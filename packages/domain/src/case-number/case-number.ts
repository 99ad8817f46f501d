// 最高人民法院关于人民法院案件案号的若干规定 arts 2–3: "(" + 收案年度 + ")" + 法院代字 + 类型代字 +
// 案件编号 + "号", e.g. "(2025)京73执1号". Formatted with ASCII parentheses as the project's glossary
// writes it; parsing also accepts full-width （）.
import type { Citation } from "../citation/citation";
import { citeSource } from "../citation/sources";
import { invalidField } from "../errors/domain-error";
import { CASE_TYPES, caseTypeByCode, type CaseTypeCode } from "./case-types";

export type CaseNumberParts = { year: number; courtCode: string; typeCode: CaseTypeCode; seq: number };

export const CASE_NUMBER_BASIS: Citation = citeSource("caseNumbers", "arts 2–3");

/** A court code: Chinese characters optionally followed by digits, e.g. 京73, 沪0115, 最高法. */
const COURT_CODE_RE = /^\p{Script=Han}+\d*$/u;
const TYPE_ALTERNATION = [...CASE_TYPES]
  .map((t) => t.code)
  .sort((a, b) => b.length - a.length)
  .join("|");
const CASE_NUMBER_RE = new RegExp(`^[(（](\\d{4})[)）](.+?)(${TYPE_ALTERNATION})(\\d+)号$`, "u");

export function formatCaseNumber(parts: CaseNumberParts): string {
  const { year, courtCode, typeCode, seq } = parts;
  if (!Number.isInteger(year) || year < 1949 || year > 9999) {
    throw invalidField("year", { zh: `收案年度无效：${String(year)}`, en: `invalid filing year: ${String(year)}` });
  }
  if (typeof courtCode !== "string" || !COURT_CODE_RE.test(courtCode)) {
    throw invalidField("courtCode", { zh: `法院代字无效：${String(courtCode)}`, en: `invalid court code: ${String(courtCode)}` });
  }
  if (!caseTypeByCode(typeCode)) {
    throw invalidField("typeCode", { zh: `案件类型代字无效：${String(typeCode)}`, en: `unknown case type code: ${String(typeCode)}` });
  }
  if (!Number.isSafeInteger(seq) || seq < 1) {
    throw invalidField("seq", { zh: `案件编号必须是正整数：${String(seq)}`, en: `the case sequence must be a positive integer: ${String(seq)}` });
  }
  return `(${year})${courtCode}${typeCode}${seq}号`;
}

/** The parts of a case number with a known execution type code, or null. */
export function parseCaseNumber(s: string): CaseNumberParts | null {
  const m = CASE_NUMBER_RE.exec(String(s).trim());
  if (!m) return null;
  const courtCode = m[2]!;
  const seq = Number(m[4]);
  if (!COURT_CODE_RE.test(courtCode) || !Number.isSafeInteger(seq) || seq < 1) return null;
  return { year: Number(m[1]), courtCode, typeCode: m[3] as CaseTypeCode, seq };
}
