// The measures register through the API, on PGlite and on the PostgreSQL server: terms by asset class
// and the trademark-preservation rule, renewal on the last day and the day after, lapse by the job at
// the day boundary, queue promotion on release and on lapse, over-seizure (the acceptance test,
// with the indivisible-asset exception) and the release task after a payment, exempt property,
// permissions, masking for parties, freezing from an inquiry result, and bad input per field.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import { claimPlusCostsToDate, computeEnforcementFee, expiryReminders } from "@zhixing/domain";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { lapseMeasures } from "../../jobs/measure-lapse.job";
import { addAsset, assignedCase, counts, setUp, type Clients } from "./measures-test-setup";

type M = { id: string; kind: string; rank: string; status: string; expires: string | null; countsFrom: string | null; renewals: number; daysLeft: number | null; exceptionApplied: boolean; asset: { identifier: string | null } };

describe.each(TEST_BACKENDS)("measures register on %s", (kind) => {
  let t: TestApp;
  let c: Clients;
  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-09-15" });
    c = await setUp(t);
  }, 60_000);
  afterAll(async () => t?.close());

  const take = (who = c.officer, caseId: string, body: Record<string, unknown>) => who.post(`/api/v1/cases/${caseId}/measures`, { executedBy: "王执行", ...body });
  const register = async (caseId: string, who = c.officer) => {
    const r = await who.get(`/api/v1/cases/${caseId}/measures`);
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as { measures: M[]; control: { limitFen: number; controlledFen: number } | null; excess: { excessFen: number; lines: { measureId: string; releaseFen: number; whole: boolean }[] } | null };
  };
  const clocksOf = (measureId: string) =>
    t.database.db.selectFrom("clocks").select(["kind", "due_date", "status"]).where("measure_id", "=", measureId).orderBy("due_date").execute();
  const eventsOf = async (caseId: string, type: string) =>
    (await t.database.db.selectFrom("case_events").select(["data"]).where("case_id", "=", caseId).where("type", "=", type).execute()).map((e) => e.data as Record<string, unknown>);

  it("gives each asset class its term (民诉法解释 art 485), with an expiry clock and reminders 30/15/7 days before", async () => {
    const caseId = await assignedCase(t, c, "2025-09-15");
    const cases: [string, string, string, Record<string, unknown>?][] = [
      ["bankDeposit", "freeze", "2026-09-15"],
      ["onlinePaymentFunds", "freeze", "2026-09-15"],
      ["vehicle", "seal", "2027-09-15"],
      ["infringingStock", "seize", "2027-09-15"],
      ["realEstate", "seal", "2028-09-15"],
      ["patent", "freeze", "2028-09-15"],
      ["equity", "freeze", "2028-09-15"],
      ["bankDeposit", "freeze", "2026-03-15", { requestedMonths: 6 }],
      ["bankDeposit", "deduct", ""],
    ];
    for (const [type, k, expires, extra] of cases) {
      const assetId = await addAsset(c.officer, caseId, { type, valueFen: 100_000 });
      const r = await take(c.officer, caseId, { assetId, kind: k, amountFen: 100_000, ...extra });
      expect(r.statusCode, `${type} ${r.body}`).toBe(201);
      const m = r.json() as M;
      expect([type, m.rank, m.expires]).toEqual([type, "first", expires || null]);
      const clocks = await clocksOf(m.id);
      if (!expires) {
        expect(clocks).toEqual([]); // a deduct has no term (民诉法解释 art 484)
        continue;
      }
      const reminders = expiryReminders({ expires, startDate: "2025-09-15" }, t.ctx.calendar.get()).reminders.map((x) => x.date);
      expect(clocks.map((x) => [x.kind, x.due_date])).toEqual([...reminders.map((d) => ["measureRenewalReminder", d]), ["measureExpiry", expires]]);
    }
    // The reminder 30 days before 2026-09-15 falls on Sunday 08-16 and moves to Friday 08-14.
    const deposit = (await register(caseId)).measures[0]!;
    expect((await clocksOf(deposit.id))[0]).toMatchObject({ kind: "measureRenewalReminder", due_date: "2026-08-14" });
    expect(deposit.daysLeft).toBe(365);
    // The case page still answers with measure clocks in the case.
    expect((await c.officer.get(`/api/v1/cases/${caseId}`)).statusCode).toBe(200);
  });

  it("counts a trademark preserved in 财产保全 from the registry's receipt, 1 year, and refuses a second preservation (注册商标权保全解释 arts 2–3)", async () => {
    const caseId = await assignedCase(t, c, "2025-09-15");
    const tm = await addAsset(c.officer, caseId, { type: "trademark", identifier: "第12345678号", valueFen: 1_000_000, indivisible: true });
    const missing = await take(c.officer, caseId, { assetId: tm, kind: "freeze", amountFen: 500_000, context: "preservation" });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.field).toBe("registryReceiptDate");
    const ok = await take(c.officer, caseId, { assetId: tm, kind: "freeze", amountFen: 500_000, context: "preservation", registryReceiptDate: "2025-09-18" });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ expires: "2026-09-18", countsFrom: "2025-09-18", context: "preservation" });
    const again = await take(c.officer, caseId, { assetId: tm, kind: "freeze", amountFen: 500_000, context: "preservation", registryReceiptDate: "2025-09-18" });
    expect(again.statusCode).toBe(422);
    expect(again.json().error.field).toBe("context");
    // The same trademark in enforcement: art 485's 3 years ("other property right"), queued behind the preservation.
    const enf = await take(c.officer, caseId, { assetId: tm, kind: "freeze", amountFen: 500_000 });
    expect(enf.statusCode, enf.body).toBe(201);
    expect(enf.json()).toMatchObject({ rank: "queued", expires: null });
    const tm2 = await addAsset(c.officer, caseId, { type: "trademark", identifier: "第87654321号", valueFen: 1_000_000, indivisible: true });
    expect((await take(c.officer, caseId, { assetId: tm2, kind: "freeze", amountFen: 500_000 })).json().expires).toBe("2028-09-15");
  });

  it("renews on the last day in force (capped like the first term) and refuses the day after (民诉法解释 art 485 para 2)", async () => {
    const caseId = await assignedCase(t, c, "2025-09-15");
    const a = await addAsset(c.officer, caseId, { type: "bankDeposit", valueFen: 100_000 });
    const b = await addAsset(c.officer, caseId, { type: "bankDeposit", valueFen: 100_000 });
    const ma = (await take(c.officer, caseId, { assetId: a, kind: "freeze", amountFen: 100_000 })).json() as M;
    const mb = (await take(c.officer, caseId, { assetId: b, kind: "freeze", amountFen: 100_000 })).json() as M;
    t.setToday("2026-09-15");
    expect((await c.officer2.post(`/api/v1/measures/${ma.id}/renew`, {})).statusCode).toBe(403);
    const tooLong = await c.officer.post(`/api/v1/measures/${ma.id}/renew`, { requestedMonths: 13 });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.field).toBe("requestedMonths");
    const renewed = await c.officer.post(`/api/v1/measures/${ma.id}/renew`, {});
    expect(renewed.statusCode, renewed.body).toBe(200);
    expect(renewed.json()).toMatchObject({ expires: "2027-09-15", countsFrom: "2026-09-15", renewals: 1, status: "active" });
    const clocks = await clocksOf(ma.id);
    expect(clocks.filter((x) => x.kind === "measureExpiry").map((x) => [x.due_date, x.status])).toEqual([
      ["2026-09-15", "met"],
      ["2027-09-15", "open"],
    ]);
    expect(clocks.filter((x) => x.status === "open" && x.kind === "measureRenewalReminder")).toHaveLength(3);
    expect(await eventsOf(caseId, "measure.renew")).toEqual([expect.objectContaining({ measureId: ma.id, previousExpires: "2026-09-15", expires: "2027-09-15" })]);

    t.setToday("2026-09-16");
    const late = await c.officer.post(`/api/v1/measures/${mb.id}/renew`, {});
    expect(late.statusCode).toBe(422);
    expect(late.json().error.field).toBe("requestDate");
    expect((await register(caseId)).measures.find((m) => m.id === mb.id)).toMatchObject({ renewals: 0, expires: "2026-09-15" });
  });

  it("lapses by the job at the day boundary, closes the clocks, once (查封规定 art 27)", async () => {
    const caseId = await assignedCase(t, c, "2025-09-15");
    const a = await addAsset(c.officer, caseId, { type: "bankDeposit", valueFen: 100_000 });
    const m = (await take(c.officer, caseId, { assetId: a, kind: "freeze", amountFen: 100_000 })).json() as M;
    t.setToday("2026-08-31"); // the 15-day reminder day: reminders up to it are met, the 7-day one stays open
    await lapseMeasures(t.ctx);
    expect((await clocksOf(m.id)).map((x) => x.status)).toEqual(["met", "met", "open", "open"]);
    t.setToday("2026-09-15"); // the last day in force
    expect((await lapseMeasures(t.ctx)).measureIds).not.toContain(m.id);
    expect((await register(caseId)).measures[0]).toMatchObject({ status: "active", daysLeft: 0 });
    t.setToday("2026-09-16");
    const first = await lapseMeasures(t.ctx, { batchSize: 2 });
    expect(first.measureIds).toContain(m.id);
    const second = await lapseMeasures(t.ctx);
    expect(second.measureIds).not.toContain(m.id);
    expect((await register(caseId)).measures[0]).toMatchObject({ status: "lapsed", lapsedDate: "2026-09-16", daysLeft: null });
    expect((await clocksOf(m.id)).filter((x) => x.status === "open")).toEqual([]);
    expect(await eventsOf(caseId, "measure.lapse")).toEqual([expect.objectContaining({ measureId: m.id, lastDayInForce: "2026-09-15", lapsedOn: "2026-09-16" })]);
    const audits = await t.database.db.selectFrom("audit_log").select("id").where("entity_id", "=", m.id).where("action", "=", "measure.lapse").execute();
    expect(audits).toHaveLength(1);
    // A lapsed measure cannot be renewed; only a new one taken.
    expect((await c.officer.post(`/api/v1/measures/${m.id}/renew`, {})).statusCode).toBe(422);
  });

  it("promotes the queued measure when the first (another court's) is released (查封规定 art 26)", async () => {
    const caseId = await assignedCase(t, c, "2025-09-15");
    const house = await addAsset(c.officer, caseId, { type: "realEstate", valueFen: 500_000, indivisible: true });
    const ours = await take(c.officer, caseId, { assetId: house, kind: "seal", amountFen: 500_000, queuedBehind: { court: "上海知识产权法院", date: "2025-09-10" } });
    expect(ours.statusCode, ours.body).toBe(201);
    expect(ours.json()).toMatchObject({ rank: "queued", expires: null });
    expect(await clocksOf(ours.json().id)).toEqual([]);
    const reg = await register(caseId);
    const ext = reg.measures.find((m) => m.id !== ours.json().id)!;
    expect(ext).toMatchObject({ rank: "first", external: true, executedBy: "上海知识产权法院", controlledFen: 0 });
    expect(reg.control!.controlledFen).toBe(500_000); // the other court's measure is not counted here

    t.setToday("2025-10-09");
    const rel = await c.officer.post(`/api/v1/measures/${ext.id}/release`, { reason: "other", note: "上海知识产权法院已裁定解除查封" });
    expect(rel.statusCode, rel.body).toBe(200);
    expect(rel.json()).toMatchObject({ status: "released", releasedDate: "2025-10-09", releaseReason: "other" });
    const promoted = (await register(caseId)).measures.find((m) => m.id === ours.json().id)!;
    expect(promoted).toMatchObject({ rank: "first", countsFrom: "2025-10-09", expires: "2028-10-09" });
    expect((await clocksOf(promoted.id)).at(-1)).toMatchObject({ kind: "measureExpiry", due_date: "2028-10-09", status: "open" });
    expect(await eventsOf(caseId, "measure.promote")).toEqual([expect.objectContaining({ measureId: promoted.id, previousFirstId: ext.id, cause: "released" })]);

    // Releasing a queued measure promotes nothing; releasing ours (first) with no queue behind it neither.
    const rel2 = await c.officer.post(`/api/v1/measures/${promoted.id}/release`, { reason: "debtPaid", note: "债务已经清偿" });
    expect(rel2.statusCode, rel2.body).toBe(200);
    expect((await clocksOf(promoted.id)).filter((x) => x.status === "open")).toEqual([]);
    expect((await c.officer.post(`/api/v1/measures/${promoted.id}/release`, { reason: "debtPaid", note: "债务已经清偿" })).statusCode).toBe(422);
  });

  it("promotes the queued measure when the first lapses, from the day after its last day (查封规定 arts 26–27)", async () => {
    const caseId = await assignedCase(t, c, "2025-09-15");
    const car = await addAsset(c.officer, caseId, { type: "vehicle", valueFen: 300_000, indivisible: true });
    const ours = (await take(c.officer, caseId, { assetId: car, kind: "seal", amountFen: 300_000, queuedBehind: { court: "广州知识产权法院", date: "2025-09-01", expires: "2025-12-31" } })).json() as M;
    expect(ours.rank).toBe("queued");
    t.setToday("2025-12-31");
    await lapseMeasures(t.ctx);
    expect((await register(caseId)).measures.find((m) => m.id === ours.id)!.rank).toBe("queued");
    t.setToday("2026-01-01");
    await lapseMeasures(t.ctx);
    const reg = await register(caseId);
    expect(reg.measures.find((m) => m.id !== ours.id)).toMatchObject({ status: "lapsed", lapsedDate: "2026-01-01" });
    // The term counts from 12-31 (not counted): movables 2 years → 2027-12-31.
    expect(reg.measures.find((m) => m.id === ours.id)).toMatchObject({ rank: "first", countsFrom: "2025-12-31", expires: "2027-12-31", status: "active" });
    expect(await eventsOf(caseId, "measure.promote")).toEqual([expect.objectContaining({ measureId: ours.id, cause: "lapsed", effectiveFrom: "2026-01-01" })]);
  });

  it("refuses over-seizure except for an indivisible asset with no other property and a recorded justification, and lists the release task after a payment (查封规定 art 19)", async () => {
    const caseId = await assignedCase(t, c, "2025-09-15");
    const expected = claimPlusCostsToDate({ principalFen: 100_000_000, enforcementFeeFen: computeEnforcementFee(100_000_000).feeFen, delayFrom: "2025-07-10", today: "2025-09-15" }).limitFen;
    const limit = (await register(caseId)).control!.limitFen;
    expect(limit).toBe(expected); // 1,000,000 + fee 12,400 + 67 days' doubled interest 11,725 yuan
    expect(limit).toBe(102_412_500);

    const deposit = await addAsset(c.officer, caseId, { type: "bankDeposit", valueFen: 200_000_000 });
    const before = await counts(t);
    const over = await take(c.officer, caseId, { assetId: deposit, kind: "freeze", amountFen: limit + 1 });
    expect(over.statusCode).toBe(422);
    expect(over.json().error.field).toBe("amountFen");
    // A divisible deposit never takes the exception, whatever is recorded.
    const divisible = await take(c.officer, caseId, { assetId: deposit, kind: "freeze", amountFen: limit + 1, noOtherProperty: true, justification: "无其他财产" });
    expect(divisible.statusCode).toBe(422);
    expect(await counts(t)).toEqual(before);
    const within = await take(c.officer, caseId, { assetId: deposit, kind: "freeze", amountFen: limit - 10_000_000 });
    expect(within.statusCode, within.body).toBe(201);

    const house = await addAsset(c.officer, caseId, { type: "realEstate", valueFen: 50_000_000, indivisible: true });
    const before2 = await counts(t);
    for (const extra of [{}, { noOtherProperty: true }, { justification: "房产不可分割，被执行人无其他可供执行财产" }, { indivisible: false, noOtherProperty: true, justification: "房产不可分割" }]) {
      const r = await take(c.officer, caseId, { assetId: house, kind: "seal", amountFen: 50_000_000, ...extra });
      expect(r.statusCode, JSON.stringify(extra)).toBe(422);
      expect(r.json().error.field).toBe("amountFen");
      expect(r.json().error.message.en ?? r.body).toBeTruthy();
    }
    expect(await counts(t)).toEqual(before2);
    const exc = await take(c.officer, caseId, { assetId: house, kind: "seal", amountFen: 50_000_000, noOtherProperty: true, justification: "房产不可分割，被执行人无其他可供执行财产" });
    expect(exc.statusCode, exc.body).toBe(201);
    expect(exc.json()).toMatchObject({ exceptionApplied: true, justification: "房产不可分割，被执行人无其他可供执行财产" });
    expect(await eventsOf(caseId, "measure.create")).toContainEqual(expect.objectContaining({ measureId: exc.json().id, exceptionApplied: true, excessFen: 40_000_000 }));

    // A payment of 300,000 yuan: the case is now over-controlled; the task releases the latest first.
    const { court_id } = await t.database.db.selectFrom("cases").select("court_id").where("id", "=", caseId).executeTakeFirstOrThrow();
    await t.database.db
      .insertInto("ledger_entries")
      .values({ id: randomUUID(), court_id, case_id: caseId, seq: 1, kind: "receipt", source: "respondentPayment", component: null, payee: null, amount_fen: 30_000_000, entry_date: "2025-09-15", reverses: null, measure_id: null, note: null, created_by: null })
      .execute();
    const reg = await register(caseId);
    expect(reg.control).toMatchObject({ limitFen: limit - 30_000_000, controlledFen: limit - 10_000_000 + 50_000_000 });
    expect(reg.excess!.excessFen).toBe(70_000_000);
    expect(reg.excess!.lines).toEqual([
      { measureId: exc.json().id, valueFen: 50_000_000, releaseFen: 50_000_000, whole: true },
      { measureId: within.json().id, valueFen: limit - 10_000_000, releaseFen: 20_000_000, whole: false },
    ]);
  });

  it("refuses exempt property (查封规定 art 3) and lets the only home be sealed only (art 4)", async () => {
    const caseId = await assignedCase(t, c, "2025-09-15");
    const draft = await addAsset(c.officer, caseId, { type: "patent", exemptCategory: "unpublishedInventionOrWork", valueFen: 100_000 });
    const before = await counts(t);
    const r = await take(c.officer, caseId, { assetId: draft, kind: "freeze", amountFen: 100_000 });
    expect(r.statusCode).toBe(422);
    expect(r.json().error.field).toBe("exemptCategory");
    expect(await counts(t)).toEqual(before);
    const home = await addAsset(c.officer, caseId, { type: "realEstate", onlyHome: true, indivisible: true, valueFen: 100_000 });
    expect((await take(c.officer, caseId, { assetId: home, kind: "seal", amountFen: 100_000 })).statusCode).toBe(201);
    const notRealEstate = await c.officer.post(`/api/v1/cases/${caseId}/assets`, { type: "vehicle", description: "车", identifier: "京A12345", holder: "张某某", valueFen: 1, indivisible: true, onlyHome: true });
    expect(notRealEstate.statusCode).toBe(400);
    expect(notRealEstate.json().error.field).toBe("onlyHome");
    const misfit = await take(c.officer, caseId, { assetId: draft, kind: "seal", amountFen: 100_000 });
    expect(misfit.statusCode).toBe(400);
    expect(misfit.json().error.field).toBe("kind");
  });

  it("lets only the handler or the division head act; other courts get 404; parties read the register masked", async () => {
    const caseId = await assignedCase(t, c, "2025-09-15");
    const acct = "6222020200012345678";
    const a = await addAsset(c.officer, caseId, { type: "bankDeposit", identifier: acct, valueFen: 100_000 });
    const body = { assetId: a, kind: "freeze", amountFen: 50_000 };
    const before = await counts(t);
    expect((await take(c.officer2, caseId, body)).statusCode).toBe(403);
    expect((await take(c.supervisor, caseId, body)).statusCode).toBe(403);
    expect((await take(c.applicant, caseId, body)).statusCode).toBe(403);
    expect((await take(c.other, caseId, body)).statusCode).toBe(404);
    expect((await c.officer2.post(`/api/v1/cases/${caseId}/assets`, { type: "bankDeposit", description: "x", identifier: "1", holder: "x", valueFen: 1, indivisible: false })).statusCode).toBe(403);
    expect(await counts(t)).toEqual(before);
    const byHead = await take(c.head, caseId, body);
    expect(byHead.statusCode, byHead.body).toBe(201);
    expect(byHead.json().asset.identifier).toBe(acct);
    expect((await c.other.post(`/api/v1/measures/${byHead.json().id}/release`, { reason: "debtPaid", note: "已清偿" })).statusCode).toBe(404);
    expect((await c.other.get(`/api/v1/cases/${caseId}/measures`)).statusCode).toBe(404);
    expect((await c.other.get(`/api/v1/cases/${caseId}/assets`)).statusCode).toBe(404);
    for (const party of [c.applicant, c.respondent, c.supervisor]) {
      const reg = await register(caseId, party);
      expect(reg.measures[0]!.asset.identifier).toBe("***************5678");
      const assets = (await party.get(`/api/v1/cases/${caseId}/assets`)).json();
      expect(assets.items[0]).toMatchObject({ identifier: "***************5678", identifierMasked: true });
    }
    // The handler's full read is audited.
    const audited = await t.database.db.selectFrom("audit_log").select("id").where("case_id", "=", caseId).where("action", "=", "measures.read").execute();
    const r0 = audited.length;
    await register(caseId);
    expect((await t.database.db.selectFrom("audit_log").select("id").where("case_id", "=", caseId).where("action", "=", "measures.read").execute()).length).toBe(r0 + 1);
  });

  it("freezes what an inquiry found in one step (查询→结果→冻结), with the same checks", async () => {
    const caseId = await assignedCase(t, c, "2025-09-15");
    const db = t.database.db;
    const { court_id } = await db.selectFrom("cases").select("court_id").where("id", "=", caseId).executeTakeFirstOrThrow();
    const inquiryId = randomUUID();
    const assetId = randomUUID();
    const found = randomUUID();
    const none = randomUUID();
    await db.insertInto("inquiries").values({ id: inquiryId, court_id, case_id: caseId, requested_by: c.officer.user.id, purpose: "查询被执行人银行存款", providers: JSON.stringify(["bankDeposit"]), status: "done", completed_at: new Date() }).execute();
    await db.insertInto("assets").values({ id: assetId, court_id, case_id: caseId, owner_party_id: null, asset_type: "bankDeposit", description: "中国工商银行 活期", identifier: "6212260200098765432", holder: "中国工商银行", value_fen: 5_000_000, exempt_category: null, source: "inquiry" }).execute();
    await db
      .insertInto("inquiry_results")
      .values([
        { id: found, court_id, case_id: caseId, inquiry_id: inquiryId, provider: "bankDeposit", status: "found", asset_type: "bankDeposit", holder: "中国工商银行", identifier: "6212260200098765432", description: "活期", amount_fen: 5_000_000, error: null, asset_id: assetId },
        { id: none, court_id, case_id: caseId, inquiry_id: inquiryId, provider: "bankDeposit", status: "none", asset_type: null, holder: null, identifier: null, description: null, amount_fen: null, error: null, asset_id: null },
      ])
      .execute();
    expect((await c.officer.get(`/api/v1/cases/${caseId}/assets`)).json().items.map((a: { id: string; source: string }) => [a.id, a.source])).toEqual([[assetId, "inquiry"]]);
    const before = await counts(t);
    expect((await c.other.post(`/api/v1/inquiry-results/${found}/freeze`, { amountFen: 5_000_000 })).statusCode).toBe(404);
    expect((await c.officer2.post(`/api/v1/inquiry-results/${found}/freeze`, { amountFen: 5_000_000 })).statusCode).toBe(403);
    const more = await c.officer.post(`/api/v1/inquiry-results/${found}/freeze`, { amountFen: 5_000_001 });
    expect(more.statusCode).toBe(422);
    expect(more.json().error.field).toBe("amountFen");
    const nothing = await c.officer.post(`/api/v1/inquiry-results/${none}/freeze`, { amountFen: 1 });
    expect(nothing.statusCode).toBe(422);
    expect(nothing.json().error.field).toBe("resultId");
    expect((await c.officer.post(`/api/v1/inquiry-results/${randomUUID()}/freeze`, { amountFen: 1 })).statusCode).toBe(404);
    expect(await counts(t)).toEqual(before);
    const r = await c.officer.post(`/api/v1/inquiry-results/${found}/freeze`, { amountFen: 5_000_000 });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ kind: "freeze", rank: "first", expires: "2026-09-15", executedBy: "网络执行查控系统", amountFen: 5_000_000 });
    expect(await eventsOf(caseId, "measure.create")).toEqual([expect.objectContaining({ inquiryResultId: found, measureId: r.json().id })]);
  });

  it("answers bad input with 400 naming the field, and stores nothing", async () => {
    const caseId = await assignedCase(t, c, "2025-09-15");
    const assetId = await addAsset(c.officer, caseId, { type: "bankDeposit", valueFen: 100_000 });
    const good = { assetId, kind: "freeze", amountFen: 1_000, executedBy: "王执行" };
    const rows: [Record<string, unknown>, string][] = [
      [{ assetId: "x" }, "assetId"],
      [{ assetId: randomUUID() }, "assetId"],
      [{ kind: "burn" }, "kind"],
      [{ kind: "seal" }, "kind"],
      [{ amountFen: -1 }, "amountFen"],
      [{ amountFen: 0 }, "amountFen"],
      [{ amountFen: 1.5 }, "amountFen"],
      [{ amountFen: "1000" }, "amountFen"],
      [{ executedBy: "" }, "executedBy"],
      [{ executedBy: undefined }, "executedBy"],
      [{ context: "civil" }, "context"],
      [{ registryReceiptDate: "2025-02-30" }, "registryReceiptDate"],
      [{ requestedMonths: 0 }, "requestedMonths"],
      [{ requestedMonths: 13 }, "requestedMonths"],
      [{ justification: "x" }, "justification"],
      [{ noOtherProperty: "yes" }, "noOtherProperty"],
      [{ queuedBehind: { court: "沪73", date: "2025/09/01" } }, "queuedBehind.date"],
      [{ queuedBehind: { court: "沪73", date: "2099-01-01" } }, "queuedBehind.date"],
      [{ queuedBehind: { court: "", date: "2025-09-01" } }, "queuedBehind.court"],
      [{ foo: 1 }, "foo"],
    ];
    const before = await counts(t);
    for (const [patch, field] of rows) {
      const r = await c.officer.post(`/api/v1/cases/${caseId}/measures`, { ...good, ...patch });
      expect([JSON.stringify(patch), r.statusCode, r.json().error?.field]).toEqual([JSON.stringify(patch), 400, field]);
      expect(r.json().error.message.zh).toBeTruthy();
      expect(r.json().error.message.en).toBeTruthy();
    }
    const assetRows: [Record<string, unknown>, string][] = [
      [{ type: "house" }, "type"],
      [{ valueFen: -5 }, "valueFen"],
      [{ description: " " }, "description"],
      [{ indivisible: undefined }, "indivisible"],
      [{ exemptCategory: "pets" }, "exemptCategory"],
      [{ ownerPartyId: randomUUID() }, "ownerPartyId"],
    ];
    const goodAsset = { type: "bankDeposit", description: "存款", identifier: "6222000011112222", holder: "中国银行", valueFen: 1, indivisible: false };
    for (const [patch, field] of assetRows) {
      const r = await c.officer.post(`/api/v1/cases/${caseId}/assets`, { ...goodAsset, ...patch });
      expect([JSON.stringify(patch), r.statusCode, r.json().error?.field]).toEqual([JSON.stringify(patch), 400, field]);
    }
    const m = (await take(c.officer, caseId, { assetId, kind: "freeze", amountFen: 1_000 })).json() as M;
    const mid = await counts(t);
    for (const [body, field] of [
      [{ reason: "tired", note: "不想查了" }, "reason"],
      [{ reason: "debtPaid", note: "x" }, "note"],
      [{ reason: "debtPaid" }, "note"],
      [{ reason: "debtPaid", note: "已清偿", extra: true }, "extra"],
    ] as const) {
      const r = await c.officer.post(`/api/v1/measures/${m.id}/release`, body);
      expect([r.statusCode, r.json().error?.field]).toEqual([400, field]);
    }
    const badRenew = await c.officer.post(`/api/v1/measures/${m.id}/renew`, { registryReceiptDate: "tomorrow" });
    expect([badRenew.statusCode, badRenew.json().error?.field]).toEqual([400, "registryReceiptDate"]);
    expect((await c.officer.post(`/api/v1/measures/not-a-uuid/renew`, {})).statusCode).toBe(400);
    expect((await c.officer.post(`/api/v1/measures/${randomUUID()}/renew`, {})).statusCode).toBe(404);
    expect(await counts(t)).toEqual(mid);
    expect(mid.measures).toBe(before.measures! + 1);
  });
});
