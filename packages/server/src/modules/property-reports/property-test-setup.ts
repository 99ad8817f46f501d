// Test fixtures shared by the property-report and clue specs: extra users (a second respondent, an
// officer of another court) and a case brought to "notice issued with the order to report".
import { randomUUID } from "node:crypto";
import { insertUser } from "@zhixing/db";
import { hashPassword } from "../auth/auth.service";
import { creditCode, DEMO_PASSWORD, DEMO_RESPONDENT_ID } from "../../seed/demo.seed";
import type { Client, TestApp } from "../../testing/test-app";
import { validApplication } from "../../testing/fixtures";
import type { CaseDetail } from "../cases/cases.schemas";

export const SECOND_RESPONDENT_CODE = creditCode("91440300MA5F9001X");

/** A second respondent (a company) with an account, and an officer of 沪73. */
export async function addUsers(t: TestApp): Promise<void> {
  const hash = await hashPassword(DEMO_PASSWORD);
  const base = { phone: null, email: null, party_kind: null, id_type: null, id_number: null };
  await insertUser(t.database.db, { ...base, id: randomUUID(), court_id: null, username: "respondent2", password_hash: hash, display_name: "深圳仿冒电子有限公司", role: "respondent", party_kind: "legalPerson", id_type: "creditCode", id_number: SECOND_RESPONDENT_CODE });
  await insertUser(t.database.db, { ...base, id: randomUUID(), court_id: "sh-ip", username: "sh-officer", password_hash: hash, display_name: "沪执行", role: "officer" });
}

export const RESPONDENTS = [
  { kind: "naturalPerson", name: "张某某", idType: "residentId", idNumber: DEMO_RESPONDENT_ID, phone: "13900001111" },
  { kind: "legalPerson", name: "深圳仿冒电子有限公司", idType: "creditCode", idNumber: SECOND_RESPONDENT_CODE },
];

export type Clients = Record<"clerk" | "head" | "officer" | "officer2" | "applicant" | "respondent" | "respondent2" | "supervisor" | "shOfficer", Client>;

export async function loginAll(t: TestApp): Promise<Clients> {
  const names = ["clerk", "head", "officer", "officer2", "applicant", "respondent", "respondent2", "supervisor", "sh-officer"] as const;
  const clients = await Promise.all(names.map((n) => t.login(n)));
  const [clerk, head, officer, officer2, applicant, respondent, respondent2, supervisor, shOfficer] = clients as [Client, Client, Client, Client, Client, Client, Client, Client, Client];
  return { clerk, head, officer, officer2, applicant, respondent, respondent2, supervisor, shOfficer };
}

/**
 * A case applied, registered and assigned on `date`, the notice (with the order to report unless
 * `notice` is null) issued the same day by the handler. Returns the case detail after the last step.
 */
export async function caseWithNotice(
  t: TestApp,
  c: Clients,
  date: string,
  notice: Record<string, unknown> | null = { withReportOrder: true },
  application: Record<string, unknown> = {},
): Promise<{ id: string; detail: CaseDetail; parties: CaseDetail["parties"] }> {
  t.setToday(date);
  const created = await c.clerk.post("/api/v1/cases", validApplication({ respondents: RESPONDENTS, ...application }));
  if (created.statusCode !== 201) throw new Error(`apply: ${created.body}`);
  const id = created.json().id as string;
  const steps: [Client, string, unknown][] = [
    [c.clerk, "register", {}],
    [c.head, "assign", { handlerId: c.officer.user.id }],
    ...(notice ? ([[c.officer, "issueNotice", notice]] as [Client, string, unknown][]) : []),
  ];
  let detail = created.json() as CaseDetail;
  for (const [who, action, body] of steps) {
    const r = await who.post(`/api/v1/cases/${id}/actions/${action}`, body);
    if (r.statusCode !== 200) throw new Error(`${action}: ${r.body}`);
    detail = r.json() as CaseDetail;
  }
  return { id, detail, parties: detail.parties };
}
