// Fixtures of the valuation specs: the measures specs' users and case, an asset controlled through the
// API, the simulator with fixed behaviours and no latency, and row counts for "nothing stored".
import { expect } from "vitest";
import { createValuationAdapters, type AgencyScript, type PlatformScript } from "../../adapters/valuation";
import type { Client, TestApp } from "../../testing/test-app";
import { addAsset, type AssetSpec } from "../measures/measures-test-setup";
import { configureValuation } from "./valuation.common";
import type { ValuationDto } from "./valuation.schemas";

export { assignedCase, setUp, type Clients } from "../measures/measures-test-setup";

/** The simulator with no latency and no failures; platforms and agencies scripted where given. */
export function simulate(t: TestApp, scripts: { platformScript?: Record<string, PlatformScript>; agencyScript?: Record<string, AgencyScript> } = {}): void {
  configureValuation(t.ctx, { adapters: createValuationAdapters({ simulator: { seed: "valuation-test", latencyMs: 0, failureRate: 0, ...scripts } }), callTimeoutMs: 5_000 });
}

/** An asset of the case, frozen (or sealed) today through the API: the control date is today. */
export async function controlledAsset(officer: Client, caseId: string, spec: AssetSpec & { valueFen: number }): Promise<string> {
  const assetId = await addAsset(officer, caseId, { indivisible: true, ...spec });
  const kind = ["realEstate", "vehicle", "equipment", "infringingStock"].includes(spec.type) ? "seal" : "freeze";
  const r = await officer.post(`/api/v1/cases/${caseId}/measures`, { assetId, kind, amountFen: spec.valueFen, executedBy: "王执行" });
  expect(r.statusCode, r.body).toBe(201);
  return assetId;
}

/** POST and expect `status`; returns the body. */
export async function ok(c: Client, url: string, body: unknown = {}, status = 200): Promise<ValuationDto> {
  const r = await c.post(url, body);
  expect(r.statusCode, `${url} ${r.body}`).toBe(status);
  return r.json() as ValuationDto;
}

/** POST and expect a refusal naming `field`. */
export async function refusedWith(c: Client, url: string, body: unknown, status: number, field?: string): Promise<{ code: string; field?: string; message: { zh: string; en: string } }> {
  const r = await c.post(url, body);
  expect(r.statusCode, `${url} ${r.body}`).toBe(status);
  const err = r.json().error as { code: string; field?: string; message: { zh: string; en: string } };
  if (field !== undefined) expect(err.field, r.body).toBe(field);
  expect(err.message.zh && err.message.en).toBeTruthy();
  return err;
}

/** Rows any valuation write touches: a refused request changes none of them. */
export async function valuationCounts(t: TestApp): Promise<Record<string, number>> {
  const db = t.database.db;
  const tables = ["valuations", "valuation_steps", "valuation_agreement_submissions", "valuation_platform_commissions", "valuation_agency_selections", "valuation_agency_commissions", "valuation_reports", "valuation_objections", "clocks", "audit_log", "case_events"] as const;
  const out: Record<string, number> = {};
  for (const table of tables) out[table] = Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow()).n);
  return out;
}
