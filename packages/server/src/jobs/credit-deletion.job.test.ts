// The 失信 deletion job (失信规定 art 10) on PGlite and on the PostgreSQL server: the ledger shows the claim
// paid (a payment distributed, every conduct duty done) → deleted with condition `performed` on the day of
// the last allocation, the 3-working-day deadline recorded, the entry gone from the public lookup; a
// case closed as 不予执行 → `notEnforced`; an entry with money still owed stays. (Closure by full
// performance, 终结执行 and the term's end: modules/credit/credit.service.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import { createTestApp, type TestApp } from "../testing/test-app";
import { addUsers, caseWithNotice, loginAll, type Clients } from "../modules/property-reports/property-test-setup";
import { runCreditDeletion } from "./credit-deletion.job";

const EVIDENCE = ["enforcementNoticeServed", "reportOrderServed", "reportBreachRecord"];

describe.each(TEST_BACKENDS)("credit deletion job on %s", (kind) => {
  let t: TestApp;
  let c: Clients;
  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-11-03" });
    await addUsers(t);
    c = await loginAll(t);
  });
  afterAll(async () => t?.close());

  const listed = async (date: string) => {
    const a = await caseWithNotice(t, c, date);
    const partyId = a.parties.find((p) => p.role === "respondent" && p.kind === "naturalPerson")!.id;
    const r = await c.officer.post(`/api/v1/cases/${a.id}/dishonest-listings`, { partyId, ground: "reportBreach", evidence: EVIDENCE });
    expect(r.statusCode).toBe(201);
    return { a, id: r.json().id as string };
  };

  it("the ledger shows the claim paid and the conduct duty done → deleted (performed), within 3 working days; money still owed → stays", async () => {
    const paid = await listed("2025-11-03");
    const owed = await listed("2025-11-03");
    t.setToday("2025-11-05");
    for (const x of [paid, owed]) {
      const amount = x === paid ? 500_000_000 : 1_000_000;
      expect((await c.officer.post(`/api/v1/cases/${x.a.id}/ledger/receipts`, { source: "respondentPayment", amountFen: amount, date: "2025-11-05" })).statusCode).toBeLessThan(300);
      expect((await c.officer.post(`/api/v1/cases/${x.a.id}/ledger/distributions`, {})).statusCode).toBeLessThan(300);
      for (const d of x.a.detail.duties.filter((d) => d.kind === "conduct")) {
        expect((await c.officer.post(`/api/v1/cases/${x.a.id}/actions/recordDutyDone`, { dutyId: d.id, evidence: "侵权产品已下架" })).statusCode).toBe(200);
      }
    }
    t.setToday("2025-11-06");
    const r = await runCreditDeletion(t.ctx);
    // 2025-11-05 (Wed) + 3 working days = 11-10 (Mon).
    expect(r.entries).toEqual([{ listingId: paid.id, caseId: paid.a.id, condition: "performed", occurredOn: "2025-11-05", due: "2025-11-10" }]);
    const rows = await t.database.db.selectFrom("dishonest_listings").select(["id", "status", "deletion_condition", "deletion_due", "deleted_date"]).where("id", "in", [paid.id, owed.id]).execute();
    expect(rows.find((x) => x.id === paid.id)).toMatchObject({ status: "deleted", deletion_condition: "performed", deletion_due: "2025-11-10", deleted_date: "2025-11-06" });
    expect(rows.find((x) => x.id === owed.id)).toMatchObject({ status: "listed", deleted_date: null });
    const audit = await t.database.db.selectFrom("audit_log").select(["action", "actor_role"]).where("entity_id", "=", paid.id).where("action", "=", "credit.deleted").execute();
    expect(audit).toEqual([{ action: "credit.deleted", actor_role: "system" }]);
    const pub = (await t.anonymous().get(`/api/v1/public/dishonest?name=${encodeURIComponent("张某某")}`)).json().items as { caseNumber: string }[];
    expect(pub.map((i) => i.caseNumber)).toContain(owed.a.detail.caseNumber);
    expect(pub.map((i) => i.caseNumber)).not.toContain(paid.a.detail.caseNumber);
  });

  it("a case closed as 不予执行 → notEnforced, occurred on the closure day", async () => {
    const x = await listed("2025-11-10");
    const closed = await c.officer.post(`/api/v1/cases/${x.a.id}/actions/close`, { mode: "notEnforced", reason: "仲裁裁决被裁定不予执行", ground: "awardOrNotarialInstrument" });
    expect(closed.statusCode, closed.body).toBe(200);
    const r = await runCreditDeletion(t.ctx);
    expect(r.entries.find((e) => e.listingId === x.id)).toMatchObject({ condition: "notEnforced", occurredOn: "2025-11-10", due: "2025-11-13" });
  });
});
