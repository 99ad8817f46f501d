// `zhixing calc auction` and `zhixing auctions list | close-due` as a user runs them: real processes,
// real output and exit codes (the calculator without a database; the lots on a PostgreSQL server).
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { earliestAuctionStart } from "@zhixing/domain";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { announcedLot, caseWithAsset, setUp, useClock } from "./auctions-test-setup";

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

describe("zhixing calc auction", () => {
  const dir = mkdtempSync(join(tmpdir(), "zhixing-cli-auction-"));
  const env = { ZHIXING_DATA_DIR: dir };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("gives the minimum starting price, the deposit range and the dates with citations; refuses a bad asset type", async () => {
    const json = await zhixing(["calc", "auction", "--reference-price", "1000000.01", "--asset-type", "patent", "--announce", "2025-09-22", "--json"], env);
    expect(json.code, json.stderr).toBe(0);
    const r = JSON.parse(json.stdout);
    expect(r).toMatchObject({ round: 1, minimumStartingPrice: { amountFen: 70_000_001 }, deposit: { minFen: 3_500_001, maxFen: 14_000_000 } });
    expect(r.schedule.auctionStartDate).toBe(earliestAuctionStart("2025-09-22", "propertyRights", 1, (await import("@zhixing/domain")).createStatutoryCalendar()).date);
    expect(r.schedule.notifyPartiesBy.basis[0].law).toContain("网拍规定");

    const round2 = await zhixing(["calc", "auction", "--reference-price", "1000000", "--asset-type", "vehicle", "--round", "2", "--previous-start", "700000", "--start", "2025-11-03"], env);
    expect(round2.code, round2.stderr).toBe(0);
    expect(round2.stdout).toContain("560,000.00");
    expect(round2.stdout).toMatch(/公告 announcement: 2025-10-\d\d/);
    expect(round2.stdout).toContain("网拍规定");

    const bad = await zhixing(["calc", "auction", "--reference-price", "100", "--asset-type", "bankDeposit"], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/错误：/);
    expect(bad.stderr).toContain("(assetType)");
  }, 120_000);
});

describe("zhixing auctions on a PostgreSQL server", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp("postgres", { today: "2025-09-15" });
  });
  afterAll(async () => t?.close());

  it("lists the lots of a case and closes the lots past their end once", async () => {
    const c = await setUp(t);
    const clock = useClock(t);
    const { caseId, assetId } = await caseWithAsset(t, c, "2025-09-15");
    const lot = await announcedLot(t, c, clock, "2025-09-15", assetId, caseId);
    const { case_number } = await t.database.db.selectFrom("cases").select("case_number").where("id", "=", caseId).executeTakeFirstOrThrow();
    const env = { DATABASE_URL: t.database.url! };

    const list = await zhixing(["auctions", "list", "--case", case_number!, "--json"], env);
    expect(list.code, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout).items).toEqual([expect.objectContaining({ id: lot.lotId, caseNumber: case_number, status: "announced", round: 1 })]);

    // The command runs on the wall clock (2026 here): the 2025 lot is past its end and closes, once.
    const close = await zhixing(["auctions", "close-due", "--json"], env);
    expect(close.code, close.stderr).toBe(0);
    expect(JSON.parse(close.stdout)).toMatchObject({ closed: 1, failed: 1, lotIds: [lot.lotId] });
    const again = await zhixing(["auctions", "close-due"], env);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain("auction lots closed: 0");

    const text = await zhixing(["auctions", "list", "--case", caseId], env);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain(case_number!);
    expect(text.stdout).toContain("failed");
    // Without --case: the court's lots, filtered by status.
    const court = await zhixing(["auctions", "list", "--court", c.officer.user.courtId!, "--status", "failed", "--json"], env);
    expect(court.code, court.stderr).toBe(0);
    expect(JSON.parse(court.stdout).items.map((l: { id: string }) => l.id)).toContain(lot.lotId);
    const none = await zhixing(["auctions", "list", "--court", c.officer.user.courtId!, "--status", "sold", "--json"], env);
    expect(JSON.parse(none.stdout).items.map((l: { id: string }) => l.id)).not.toContain(lot.lotId);
    const badStatus = await zhixing(["auctions", "list", "--status", "nope"], env);
    expect(badStatus.code).toBe(2);
    const missing = await zhixing(["auctions", "list", "--case", "(2025)京73执99999号"], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("(case)");
  }, 120_000);
});
