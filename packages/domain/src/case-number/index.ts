export { CASE_TYPES, type CaseType, type CaseTypeCode, type CaseTypeKey, caseTypeByCode, caseTypeByKey } from "./case-types";
export { type CaseNumberParts, CASE_NUMBER_BASIS, formatCaseNumber, parseCaseNumber } from "./case-number";
