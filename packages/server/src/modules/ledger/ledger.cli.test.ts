// `zhixing ledger show` as a user runs it: a real process on the PostgreSQL server, real output and exit codes.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { FEE_FEN, registeredCase } from "./ledger-fixtures";
import { distributeReceipts, recordReceipt } from "./ledger.service";

const run = promisify(execFile);
const BIN = join(import.meta.dirname, "..", "..", "..", "bin", "zhixing.mjs");

async function zhixing(args: string[], env: Record<string, string>) {
  try {
    const r = await run(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, timeout: 60_000 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe("zhixing ledger show on a PostgreSQL server", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp("postgres", { today: "2025-09-15" });
  });
  afterAll(async () => t?.close());

  it("shows a case's ledger by case number and by id, as JSON and as text; an unknown case exits 2", async () => {
    const id = await registeredCase(t);
    const officer = await t.user("officer");
    await recordReceipt(t.ctx, officer, id, { source: "respondentPayment", amountFen: 1_000_000, date: "2025-09-15", note: "主动履行" });
    await distributeReceipts(t.ctx, officer, id);
    const { case_number } = await t.database.db.selectFrom("cases").select("case_number").where("id", "=", id).executeTakeFirstOrThrow();
    const env = { DATABASE_URL: t.database.url! };

    const json = await zhixing(["ledger", "show", "--case", case_number!, "--json"], env);
    expect(json.code, json.stderr).toBe(0);
    const v = JSON.parse(json.stdout);
    expect(v).toMatchObject({ caseId: id, caseNumber: case_number, view: "staff", balances: { receivedFen: 1_000_000, undistributedFen: 0, heldForPayoutByPayee: { court: FEE_FEN } } });
    expect(v.entries.map((e: { kind: string }) => e.kind)).toEqual(["receipt", "allocation", "allocation", "allocation"]);
    expect(v.payoutDeadlines[0].receivedOn).toBe("2025-09-15");

    const text = await zhixing(["ledger", "show", "--case", id], env);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain(case_number!);
    expect(text.stdout).toContain("10,000.00");
    expect(text.stdout).toContain("respondentPayment");
    expect(text.stdout).toContain("enforcementFee");
    expect(text.stdout).toMatch(/payout due 发放期限 \d{4}-\d{2}-\d{2}/);

    const missing = await zhixing(["ledger", "show", "--case", "(2025)京73执99999号"], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/错误：/);
    expect(missing.stderr).toContain("(case)");
  }, 120_000);
});
