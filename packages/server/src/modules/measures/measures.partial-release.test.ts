// Partial release (查封规定 art 19 para 2: release the excess) through the API, on PGlite and on the
// PostgreSQL server: `amountFen` reduces the measure's amount (it stays active) and clears the
// excess; refused for an indivisible asset; a bad amount is a 4xx naming it, and nothing is stored.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { addAsset, assignedCase, counts, setUp, type Clients } from "./measures-test-setup";

type Reg = {
  measures: { id: string; status: string; amountFen: number; controlledFen: number }[];
  control: { limitFen: number; controlledFen: number } | null;
  excess: { excessFen: number; lines: { measureId: string; releaseFen: number; whole: boolean }[] } | null;
};

describe.each(TEST_BACKENDS)("partial release on %s", (kind) => {
  let t: TestApp;
  let c: Clients;
  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-09-15" });
    c = await setUp(t);
  }, 60_000);
  afterAll(async () => t?.close());

  const take = (caseId: string, body: Record<string, unknown>) => c.officer.post(`/api/v1/cases/${caseId}/measures`, { executedBy: "王执行", ...body });
  const register = async (caseId: string): Promise<Reg> => {
    const r = await c.officer.get(`/api/v1/cases/${caseId}/measures`);
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as Reg;
  };
  const pay = async (caseId: string, amountFen: number) => {
    const { court_id } = await t.database.db.selectFrom("cases").select("court_id").where("id", "=", caseId).executeTakeFirstOrThrow();
    await t.database.db
      .insertInto("ledger_entries")
      .values({ id: randomUUID(), court_id, case_id: caseId, seq: 1, kind: "receipt", source: "respondentPayment", component: null, payee: null, amount_fen: amountFen, entry_date: "2025-09-15", reverses: null, measure_id: null, note: null, created_by: null })
      .execute();
  };

  it("reduces the measure's amount by amountFen, keeps it active, clears the excess, with an event and an audit entry", async () => {
    const caseId = await assignedCase(t, c, "2025-09-15");
    const limit = (await register(caseId)).control!.limitFen;
    const deposit = await addAsset(c.officer, caseId, { type: "bankDeposit", valueFen: 200_000_000 });
    const m = await take(caseId, { assetId: deposit, kind: "freeze", amountFen: limit - 10_000_000 });
    expect(m.statusCode, m.body).toBe(201);
    await pay(caseId, 30_000_000);
    const before = await register(caseId);
    const line = before.excess!.lines.find((l) => l.measureId === m.json().id)!;
    expect(line).toMatchObject({ whole: false, releaseFen: 20_000_000 });

    const r = await c.officer.post(`/api/v1/measures/${m.json().id}/release`, { reason: "excessOverLimit", note: "已收到部分款项，解除超额部分", amountFen: line.releaseFen });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ status: "active", amountFen: limit - 30_000_000, controlledFen: limit - 30_000_000, releasedDate: null });
    const after = await register(caseId);
    expect(after.excess).toBeNull();
    expect(after.control!.controlledFen).toBe(after.control!.limitFen);

    const events = await t.database.db.selectFrom("case_events").select(["data", "reason"]).where("case_id", "=", caseId).where("type", "=", "measure.releasePart").execute();
    expect(events).toEqual([expect.objectContaining({ reason: "已收到部分款项，解除超额部分", data: expect.objectContaining({ measureId: m.json().id, releasedFen: 20_000_000, reason: "excessOverLimit" }) })]);
    const audits = await t.database.db.selectFrom("audit_log").select(["action"]).where("entity_id", "=", m.json().id).where("action", "=", "measure.releasePart").execute();
    expect(audits).toHaveLength(1);
  });

  it("refuses a partial release of an indivisible asset (422 naming amountFen), storing nothing", async () => {
    const caseId = await assignedCase(t, c, "2025-09-15");
    const house = await addAsset(c.officer, caseId, { type: "realEstate", valueFen: 50_000_000, indivisible: true });
    const m = await take(caseId, { assetId: house, kind: "seal", amountFen: 50_000_000 });
    expect(m.statusCode, m.body).toBe(201);
    const before = await counts(t);
    const r = await c.officer.post(`/api/v1/measures/${m.json().id}/release`, { reason: "excessOverLimit", note: "解除超额部分", amountFen: 10_000_000 });
    expect(r.statusCode).toBe(422);
    expect(r.json().error.field).toBe("amountFen");
    expect(await counts(t)).toEqual(before);
    expect((await register(caseId)).measures.find((x) => x.id === m.json().id)).toMatchObject({ status: "active", amountFen: 50_000_000 });
  });

  it("answers a bad amountFen (0, negative, fractional, not a number, ≥ controlled) with 4xx naming it, and stores nothing", async () => {
    const caseId = await assignedCase(t, c, "2025-09-15");
    const deposit = await addAsset(c.officer, caseId, { type: "bankDeposit", valueFen: 200_000_000 });
    const m = await take(caseId, { assetId: deposit, kind: "freeze", amountFen: 50_000_000 });
    expect(m.statusCode, m.body).toBe(201);
    const before = await counts(t);
    for (const amountFen of [0, -1, 1.5, "100", 50_000_000, 50_000_001]) {
      const r = await c.officer.post(`/api/v1/measures/${m.json().id}/release`, { reason: "excessOverLimit", note: "解除超额部分", amountFen });
      expect([400, 422], `${amountFen}: ${r.body}`).toContain(r.statusCode);
      expect(r.json().error.field, String(amountFen)).toBe("amountFen");
    }
    expect(await counts(t)).toEqual(before);
    expect((await register(caseId)).measures.find((x) => x.id === m.json().id)).toMatchObject({ status: "active", amountFen: 50_000_000 });
  });
});
