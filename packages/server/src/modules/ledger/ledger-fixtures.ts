// Test fixtures for the ledger: a registered case handled by `officer`, with money duties and with the
// demo applicant and respondent linked as its parties; frozen assets entered straight into the
// measures register (the measures module is not the ledger's).
import { randomUUID } from "node:crypto";
import { insertUser } from "@zhixing/db";
import type { TestApp } from "../../testing/test-app";
import { validApplication } from "../../testing/fixtures";
import { DEMO_PASSWORD, DEMO_RESPONDENT_ID } from "../../seed/demo.seed";
import { hashPassword } from "../auth/auth.service";
import { applyCaseEvent, submitApplication } from "../cases/cases.service";
import type { ApplicationInput } from "../cases/cases.schemas";

/** 100,000 yuan principal, 5,000 yuan general interest, 2,000 yuan costs: 107,000 yuan in all. */
export const CLAIM = { principalFen: 10_000_000, interestFen: 500_000, costsFen: 200_000 };
/** 诉讼费用交纳办法 art 14(1)2 on 107,000 yuan: 50 + 1.5% × 97,000 = 1,505 yuan. */
export const FEE_FEN = 150_500;

export async function registeredCase(t: TestApp): Promise<string> {
  const clerk = await t.user("clerk");
  const head = await t.user("head");
  const officer = await t.user("officer");
  const base = validApplication();
  const app = validApplication({
    respondents: [{ ...base.respondents[0], name: "张某某", idNumber: DEMO_RESPONDENT_ID }],
    duties: [
      { kind: "monetary", category: "principal", description: "赔偿经济损失", amountFen: CLAIM.principalFen },
      { kind: "monetary", category: "interest", description: "利息", amountFen: CLAIM.interestFen },
      { kind: "monetary", category: "costs", description: "案件受理费", amountFen: CLAIM.costsFen },
      { kind: "conduct", category: "ceaseInfringement", description: "停止侵权", proofRequired: "核查笔录" },
    ],
  }) as ApplicationInput;
  const id = await submitApplication(t.ctx, clerk, app);
  await applyCaseEvent(t.ctx, clerk, id, { type: "register" });
  await applyCaseEvent(t.ctx, head, id, { type: "assign", handlerId: officer.id });
  return id;
}

export type FreezeOptions = {
  amountFen: number;
  assetType?: string;
  kind?: "seal" | "freeze" | "seize" | "deduct";
  status?: "active" | "lapsed" | "released" | "completed";
  startDate?: string;
  expires?: string | null;
  rank?: "first" | "queued";
};

/** An asset of the case and a measure on it, as the measures register would hold them. */
export async function freezeAsset(t: TestApp, caseId: string, o: FreezeOptions): Promise<string> {
  const db = t.database.db;
  const c = await db.selectFrom("cases").select("court_id").where("id", "=", caseId).executeTakeFirstOrThrow();
  const assetId = randomUUID();
  const measureId = randomUUID();
  await db
    .insertInto("assets")
    .values({
      id: assetId,
      court_id: c.court_id,
      case_id: caseId,
      owner_party_id: null,
      asset_type: o.assetType ?? "bankDeposit",
      description: "被执行人银行账户",
      identifier: "6222020000000000000",
      holder: "中国工商银行北京分行",
      value_fen: o.amountFen,
      exempt_category: null,
      source: "manual",
    })
    .execute();
  await db
    .insertInto("measures")
    .values({
      id: measureId,
      court_id: c.court_id,
      case_id: caseId,
      asset_id: assetId,
      kind: o.kind ?? "freeze",
      context: "enforcement",
      executed_by: null,
      registry_receipt_date: null,
      amount_fen: o.amountFen,
      rank: o.rank ?? "first",
      start_date: o.startDate ?? "2025-09-01",
      expires: o.expires === undefined ? "2026-08-31" : o.expires,
      status: o.status ?? "active",
      released_date: null,
      release_reason: null,
      release_note: null,
      justification: null,
      created_by: null,
    })
    .execute();
  return measureId;
}

/** An enforcement officer of the Shanghai IP court (a court that neither hears nor supervises 京73's cases). */
export async function otherCourtOfficer(t: TestApp): Promise<string> {
  const username = `sh-officer-${randomUUID().slice(0, 8)}`;
  await insertUser(t.database.db, {
    id: randomUUID(),
    court_id: "sh-ip",
    username,
    password_hash: await hashPassword(DEMO_PASSWORD),
    display_name: "沪执行",
    role: "officer",
    party_kind: null,
    id_type: null,
    id_number: null,
    phone: null,
    email: null,
  });
  return username;
}

export const countRows = async (t: TestApp, table: "ledger_entries" | "audit_log" | "case_events", caseId: string) =>
  Number(
    (await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as("n")).where("case_id", "=", caseId).executeTakeFirstOrThrow()).n,
  );

/** Rows, audit records and case events of a case: what a refused write must leave unchanged. */
export const footprint = async (t: TestApp, caseId: string) => ({
  entries: await countRows(t, "ledger_entries", caseId),
  audit: await countRows(t, "audit_log", caseId),
  events: await countRows(t, "case_events", caseId),
});
