// zhixing coercion list | objections list | objections hold as a user runs them: real processes on a
// PostgreSQL test database holding a proposed fine and a third party's objection to a vehicle.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { addAsset, assignedCase, setUp } from "../measures/measures-test-setup";

const run = promisify(execFile);
const BIN = join(import.meta.dirname, "..", "..", "..", "bin", "zhixing.mjs");

describe("zhixing coercion / objections on a PostgreSQL server", () => {
  let t: TestApp;
  let env: Record<string, string>;
  let caseNumber: string;
  let assetId: string;
  let freeAssetId: string;
  let sanctionId: string;
  const zhixing = async (args: string[]) => {
    try {
      const r = await run(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, timeout: 60_000 });
      return { code: 0, stdout: r.stdout, stderr: r.stderr };
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string };
      return { code: err.code, stdout: err.stdout, stderr: err.stderr };
    }
  };

  beforeAll(async () => {
    t = await createTestApp("postgres", { today: "2025-09-15" });
    env = { DATABASE_URL: t.database.url! };
    const c = await setUp(t);
    const caseId = await assignedCase(t, c, "2025-09-15");
    caseNumber = (await t.database.db.selectFrom("cases").select("case_number").where("id", "=", caseId).executeTakeFirstOrThrow()).case_number!;
    const respondent = (await t.database.db.selectFrom("case_parties").select("id").where("case_id", "=", caseId).where("role", "=", "respondent").executeTakeFirstOrThrow()).id;
    const s = await c.officer.post(`/api/v1/cases/${caseId}/sanctions`, { measure: "fine", partyId: respondent, ground: "refusalToPerform", facts: "拒不履行", amountFen: 3_000_000 });
    expect(s.statusCode, s.body).toBe(201);
    sanctionId = s.json().id;
    assetId = await addAsset(c.officer, caseId, { type: "vehicle", valueFen: 5_000_000 });
    freeAssetId = await addAsset(c.officer, caseId, { type: "bankDeposit", valueFen: 1_000 });
    const o = await c.officer.post(`/api/v1/cases/${caseId}/objections`, { kind: "thirdParty", assetId, request: "停止执行", grounds: "车辆归我所有", objectorName: "王五", receivedOn: "2025-09-15" });
    expect(o.statusCode, o.body).toBe(201);
  }, 60_000);
  afterAll(async () => t?.close());

  it("lists the case's sanctions and objections, and answers whether an asset is held", async () => {
    const list = await zhixing(["coercion", "list", "--case", caseNumber, "--json"]);
    expect(list.code, list.stderr).toBe(0);
    const data = JSON.parse(list.stdout) as { sanctions: { id: string; status: string; amount_fen: number }[]; referrals: unknown[] };
    expect(data.sanctions.map((s) => [s.id, s.status, s.amount_fen])).toEqual([[sanctionId, "proposed", 3_000_000]]);
    const objections = await zhixing(["objections", "list", "--case", caseNumber]);
    expect(objections.code, objections.stderr).toBe(0);
    expect(objections.stdout).toContain("thirdParty");
    expect(objections.stdout).toContain("王五");
    const held = await zhixing(["objections", "hold", assetId, "--json"]);
    expect(JSON.parse(held.stdout).hold).toMatchObject({ held: true, reason: "examination" });
    const free = await zhixing(["objections", "hold", freeAssetId]);
    expect(free.stdout.trim()).toBe("not held");
  }, 120_000);
});
