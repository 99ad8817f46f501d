import { api } from "../../../api/client";
import type {
  Clue,
  ClueInput,
  ClueVerifyInput,
  FiledReport,
  PropertyReportInput,
  PropertyReportList,
  ReportExtensionInput,
} from "../../../api/types";

const base = (caseId: string) => `/api/v1/cases/${encodeURIComponent(caseId)}`;

/** Staff and supervisors see all; the applicant's reading is audited; a respondent sees its own. */
export const fetchPropertyReports = (caseId: string, signal?: AbortSignal) =>
  api.get<PropertyReportList>(`${base(caseId)}/property-reports`, undefined, signal);

export const fileReport = (caseId: string, input: PropertyReportInput) =>
  api.post<FiledReport>(`${base(caseId)}/property-reports`, input);

export const extendReportPeriod = (caseId: string, input: ReportExtensionInput) =>
  api.post<{ partyId: string; due: string }>(`${base(caseId)}/property-reports/extensions`, input);

export const fetchClues = (caseId: string, signal?: AbortSignal) =>
  api.get<{ items: Clue[] }>(`${base(caseId)}/clues`, undefined, signal);

export const submitClue = (caseId: string, input: ClueInput) => api.post<Clue>(`${base(caseId)}/clues`, input);

export const verifyClue = (caseId: string, clueId: string, input: ClueVerifyInput) =>
  api.post<Clue>(`${base(caseId)}/clues/${encodeURIComponent(clueId)}/verify`, input);
