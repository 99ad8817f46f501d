// zhixing valuation list | draw | collect | document as a user runs them: real processes on a PostgreSQL test
// database with a valuation whose agencies were drawn by lot; the recorded draw re-run from the command
// line gives the same three agencies in the same order; a directed inquiry's report as its printable HTML.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../testing/test-app";
import { assignedCase, controlledAsset, ok, setUp, simulate } from "../modules/valuation/valuation-test-setup";
import type { ValuationDto } from "../modules/valuation/valuation.schemas";

const run = promisify(execFile);
const BIN = join(import.meta.dirname, "..", "..", "bin", "zhixing.mjs");

describe("zhixing valuation on a PostgreSQL server", () => {
  let t: TestApp;
  let env: Record<string, string>;
  let v: ValuationDto;
  let caseNumber: string;
  let caseId: string;
  let vehicleId: string;
  let officer: Awaited<ReturnType<typeof setUp>>["officer"];
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
    t = await createTestApp("postgres", { today: "2025-11-03" });
    env = { DATABASE_URL: t.database.url!, ZHIXING_VALUATION_SIMULATOR_LATENCY_MS: "0" };
    const c = await setUp(t);
    simulate(t);
    officer = c.officer;
    caseId = await assignedCase(t, c, "2025-11-03");
    caseNumber = (await t.database.db.selectFrom("cases").select("case_number").where("id", "=", caseId).executeTakeFirstOrThrow()).case_number!;
    const assetId = await controlledAsset(c.officer, caseId, { type: "realEstate", identifier: "京(2023)海淀区不动产权第0012345号", valueFen: 90_000_000 });
    vehicleId = await controlledAsset(c.officer, caseId, { type: "vehicle", identifier: "京N5K2Q7", valueFen: 10_000_000 });
    t.setToday("2025-11-06");
    v = await ok(c.officer, `/api/v1/cases/${caseId}/valuations`, { assetId, facts: { hasGovernmentPrice: false, needsOnSiteInspection: true, onlineInquiryAvailable: false, appraisalRequiredByLaw: true } }, 201);
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/appraisal/agencies`, { mode: "lottery" });
  }, 60_000);
  afterAll(async () => t?.close());

  it("lists the case's valuations with the lottery record, and re-runs the draw to the same order", async () => {
    const sel = v.appraisal!.selections[0]!;
    const listed = await zhixing(["valuation", "list", "--case", caseNumber, "--json"]);
    expect(listed.code, listed.stderr).toBe(0);
    const body = JSON.parse(listed.stdout) as { caseNumber: string; valuations: ValuationDto[]; pending: { assetType: string }[] };
    expect(body.caseNumber).toBe(caseNumber);
    expect(body.valuations).toHaveLength(1);
    expect(body.valuations[0]!.appraisal!.selections[0]).toMatchObject({ seed: sel.seed, candidates: sel.candidates, order: sel.order });
    expect(body.pending.map((p) => p.assetType)).toEqual(["vehicle"]);

    const text = await zhixing(["valuation", "list", "--case", caseNumber]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain("委托评估 appraisal");
    expect(text.stdout).toContain(`zhixing valuation draw --candidates ${sel.candidates.join(",")} --seed ${sel.seed}`);
    expect(text.stdout).toMatch(/to value: vehicle .* start by \d{4}-\d{2}-\d{2}/);

    const drawn = await zhixing(["valuation", "draw", "--candidates", [...sel.candidates].reverse().join(","), "--seed", sel.seed!, "--json"]);
    expect(drawn.code, drawn.stderr).toBe(0);
    expect(JSON.parse(drawn.stdout).order).toEqual(sel.order.map((o) => o.agencyId));

    const bad = await zhixing(["valuation", "draw", "--candidates", "a,b", "--seed", "x"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/错误：.*\nerror: .*three agencies/);

    // The collection job once, from the command line: the agency at work is asked (on the machine's today).
    const collected = await zhixing(["valuation", "collect", "--json"]);
    expect(collected.code, collected.stderr).toBe(0);
    expect(JSON.parse(collected.stdout)).toEqual({ online: 0, appraisal: 1, review: 0, reissue: 0, failed: [] });
  }, 120_000);

  it("prints a report as its printable HTML document (zh, en); a bad id is refused", async () => {
    t.setToday("2025-11-07");
    let d = await ok(officer, `/api/v1/cases/${caseId}/valuations`, { assetId: vehicleId, facts: { hasGovernmentPrice: true, needsOnSiteInspection: false, onlineInquiryAvailable: true, partyRefusesAgreement: true }, dueDate: "2025-11-14", institution: "北京市海淀区税务局" }, 201);
    d = await ok(officer, `/api/v1/valuations/${d.id}/directed-inquiry/result`, { outcome: "result", resultFen: 8_800_000, reportDate: "2025-11-07", reportNo: "京税询〔2025〕88号" });
    const report = d.reports[0]!;
    const zh = await zhixing(["valuation", "document", d.id, report.id]);
    expect(zh.code, zh.stderr).toBe(0);
    expect(zh.stdout).toMatch(/^<!doctype html>/);
    expect(zh.stdout).toContain("确定财产处置参考价报告");
    expect(zh.stdout).toContain("88,000.00元");
    expect(zh.stdout).toContain("北京市海淀区税务局");
    expect(zh.stdout).toContain("不受理异议（第二十四条第二款）");
    const en = await zhixing(["valuation", "document", d.id, report.id, "--lang", "en"]);
    expect(en.stdout).toContain("CNY 88,000.00");
    const listed = await zhixing(["valuation", "list", "--case", caseNumber]);
    expect(listed.stdout).toContain(`report ${report.id.slice(0, 8)} directedInquiry 北京市海淀区税务局: ¥88,000.00`);
    const bad = await zhixing(["valuation", "document", d.id, "not-a-report"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/error: Not a report id/);
  }, 120_000);
});
