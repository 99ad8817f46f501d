// Fixtures of the measures specs: an officer of another court, signed-in clients, a case registered
// and assigned to `officer`, assets recorded through the API, and row counts for "nothing stored".
import { randomUUID } from "node:crypto";
import { insertUser } from "@zhixing/db";
import { expect } from "vitest";
import { hashPassword } from "../auth/auth.service";
import { DEMO_PASSWORD, DEMO_RESPONDENT_ID } from "../../seed/demo.seed";
import type { Client, TestApp } from "../../testing/test-app";
import { validApplication } from "../../testing/fixtures";

export type Clients = Record<"clerk" | "head" | "officer" | "officer2" | "applicant" | "respondent" | "supervisor" | "other", Client>;

export async function setUp(t: TestApp): Promise<Clients> {
  const hash = await hashPassword(DEMO_PASSWORD);
  await insertUser(t.database.db, {
    id: randomUUID(),
    court_id: "sh-ip",
    username: "m-sh-officer",
    password_hash: hash,
    display_name: "沪执行",
    role: "officer",
    phone: null,
    email: null,
    party_kind: null,
    id_type: null,
    id_number: null,
  });
  const names = ["clerk", "head", "officer", "officer2", "applicant", "respondent", "supervisor", "m-sh-officer"] as const;
  const [clerk, head, officer, officer2, applicant, respondent, supervisor, other] = (await Promise.all(names.map((n) => t.login(n)))) as Client[];
  return { clerk: clerk!, head: head!, officer: officer!, officer2: officer2!, applicant: applicant!, respondent: respondent!, supervisor: supervisor!, other: other! };
}

/**
 * A case for 1,000,000 yuan (performance deadline 2025-07-10), applied, registered and assigned to
 * `officer` on `date`; the demo respondent is the respondent.
 */
export async function assignedCase(t: TestApp, c: Clients, date: string, duties?: unknown[]): Promise<string> {
  t.setToday(date);
  const created = await c.clerk.post(
    "/api/v1/cases",
    validApplication({
      respondents: [{ kind: "naturalPerson", name: "张某某", idType: "residentId", idNumber: DEMO_RESPONDENT_ID, phone: "13900001111" }],
      ...(duties ? { duties } : {}),
    }),
  );
  if (created.statusCode !== 201) throw new Error(`apply: ${created.body}`);
  const id = created.json().id as string;
  for (const [who, action, body] of [
    [c.clerk, "register", {}],
    [c.head, "assign", { handlerId: c.officer.user.id }],
  ] as const) {
    const r = await who.post(`/api/v1/cases/${id}/actions/${action}`, body);
    if (r.statusCode !== 200) throw new Error(`${action}: ${r.body}`);
  }
  return id;
}

export type AssetSpec = { type: string; valueFen?: number; indivisible?: boolean; identifier?: string; exemptCategory?: string; onlyHome?: boolean; description?: string };

export async function addAsset(c: Client, caseId: string, a: AssetSpec): Promise<string> {
  const r = await c.post(`/api/v1/cases/${caseId}/assets`, {
    type: a.type,
    description: a.description ?? `${a.type} of the respondent`,
    identifier: a.identifier ?? `6222${Math.floor(Math.random() * 1e12)}`,
    holder: "张某某",
    valueFen: a.valueFen ?? 1_000_000,
    indivisible: a.indivisible ?? false,
    ...(a.exemptCategory ? { exemptCategory: a.exemptCategory } : {}),
    ...(a.onlyHome !== undefined ? { onlyHome: a.onlyHome } : {}),
  });
  expect(r.statusCode, r.body).toBe(201);
  return r.json().id as string;
}

/** Rows that any write of the register touches: a refused request changes none of them. */
export async function counts(t: TestApp): Promise<Record<string, number>> {
  const db = t.database.db;
  const n = async (table: "measures" | "assets" | "clocks" | "audit_log" | "case_events") =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow()).n);
  return { measures: await n("measures"), assets: await n("assets"), clocks: await n("clocks"), audit: await n("audit_log"), events: await n("case_events") };
}
