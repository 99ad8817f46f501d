// zhixing inquiry run as a user runs it: a real process on a PostgreSQL test database.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@zhixing/db";
import { createTestDatabase, type TestDatabase } from "@zhixing/db/testing";

const run = promisify(execFile);
const BIN = join(import.meta.dirname, "..", "..", "..", "bin", "zhixing.mjs");

describe("zhixing inquiry run on a PostgreSQL server", () => {
  let db: TestDatabase;
  let env: Record<string, string>;
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
    db = await createTestDatabase("postgres");
    env = { DATABASE_URL: db.url!, ZHIXING_SIMULATOR_LATENCY_MS: "1", ZHIXING_SIMULATOR_FAILURE_RATE: "0", ZHIXING_SIMULATOR_SEED: "zhixing" };
    const seeded = await zhixing(["seed", "--demo"]);
    expect(seeded.code, seeded.stderr).toBe(0);
  });
  afterAll(async () => db?.drop());

  it("queries a case by its number as its handler, stores and audits it; refuses others and bad input", async () => {
    const list = JSON.parse((await zhixing(["cases", "list", "--court", "bj-ip", "--json"])).stdout) as {
      items: { id: string; caseNumber: string | null; status: string; handler: string | null }[];
    };
    // Demo case 2: registered, assigned to officer; its respondent holds a deposit and a flat.
    const target = list.items.find((c) => c.status === "assigned")!;
    expect(target.caseNumber).toMatch(/京73执/);

    const r = await zhixing(["inquiry", "run", "--case", target.caseNumber!, "--purpose", "查询被执行人财产以便冻结", "--providers", "bank,realEstate", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ caseId: target.id, status: "done", providers: ["bankDeposit", "realEstate"], masked: false, requestedBy: { role: "officer" } });
    expect(out.results.filter((x: { status: string }) => x.status === "found").map((x: { provider: string }) => x.provider)).toEqual(["bankDeposit", "realEstate"]);
    const again = JSON.parse((await zhixing(["inquiry", "run", "--case", target.id, "--purpose", "再次查询核对账户余额", "--providers", "bankDeposit,realEstate", "--json"])).stdout);
    expect(again.results.map((x: { identifier: string | null }) => x.identifier)).toEqual(out.results.map((x: { identifier: string | null }) => x.identifier));

    const human = await zhixing(["inquiry", "run", "--case", target.id, "--purpose", "第三次查询，打印给承办人看", "--providers", "vehicle"]);
    expect(human.code, human.stderr).toBe(0);
    expect(human.stdout).toContain("机动车辆");
    expect(human.stdout).toMatch(/完成 done/);

    const stored = await db.db.selectFrom("inquiries").selectAll().where("case_id", "=", target.id).execute();
    expect(stored).toHaveLength(3);
    const audit = await db.db.selectFrom("audit_log").selectAll().where("action", "=", "inquiry.run").where("entity_id", "=", out.id).executeTakeFirstOrThrow();
    expect(audit.detail).toMatchObject({ channel: "cli", basis: "handler", purpose: "查询被执行人财产以便冻结" });

    const notHandler = await zhixing(["inquiry", "run", "--case", target.id, "--purpose", "查询被执行人财产以便冻结", "--as", "officer2"]);
    expect(notHandler.code).toBe(2);
    expect(notHandler.stderr).toContain("承办人");
    const pending = list.items.find((c) => c.status === "applied")!;
    const unregistered = await zhixing(["inquiry", "run", "--case", pending.id, "--purpose", "查询被执行人财产以便冻结", "--as", "head"]);
    expect(unregistered.code).toBe(2);
    expect(unregistered.stderr).toContain("尚未立案");
    for (const [args, field] of [
      [["--purpose", "太短"], "purpose"],
      [["--purpose", "查询被执行人财产以便冻结", "--providers", "gold"], "providers"],
    ] as const) {
      const bad = await zhixing(["inquiry", "run", "--case", target.id, ...args]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/错误：/);
      expect(bad.stderr).toContain(`(${field})`);
    }
    const nowhere = await zhixing(["inquiry", "run", "--case", "(2099)京73执9号", "--purpose", "查询被执行人财产以便冻结"]);
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toContain("(case)");
    expect(await db.db.selectFrom("inquiries").selectAll().where("case_id", "=", target.id).execute()).toHaveLength(3);
    expect((await verifyAuditChain(db.db)).ok).toBe(true);
  }, 120_000); // several CLI processes (tsx start-up each)
});
