// Setting up a lot through the API, on PGlite and on the PostgreSQL server: the starting-price floor
// (70 % rounded up to the fen), the deposit range (5 % up, 20 % down), the announcement period (30 days
// for a patent, 15 for movables) and the 24 hours of bidding at their boundaries; the party notice 3
// days before the announcement; a valuation's price used within its validity and refused after it;
// permissions; bad input answered 400 naming the field with nothing stored; drafts never public, the
// public page without personal data; the calculator.
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import { earliestAuctionStart, latestPartyNoticeDate } from "@zhixing/domain";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { addAsset } from "../measures/measures-test-setup";
import { caseWithAsset, HOUR, lotBody, setUp, useClock, type Clients, type Clock } from "./auctions-test-setup";

describe.each(TEST_BACKENDS)("auction lots on %s", (kind) => {
  let t: TestApp;
  let c: Clients;
  let clock: Clock;
  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-09-15" });
    c = await setUp(t);
    clock = useClock(t);
  }, 60_000);
  afterAll(async () => t?.close());

  const footprint = async () => {
    const db = t.database.db;
    const n = async (table: "auction_lots" | "clocks" | "audit_log" | "case_events" | "auction_registrations" | "auction_bids") =>
      Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow()).n);
    return { lots: await n("auction_lots"), clocks: await n("clocks"), audit: await n("audit_log"), events: await n("case_events"), regs: await n("auction_registrations"), bids: await n("auction_bids") };
  };
  const create = (caseId: string, body: Record<string, unknown>, who = c.officer) => who.post(`/api/v1/cases/${caseId}/lots`, body);
  const cancel = async (lotId: string) => expect((await c.officer.post(`/api/v1/lots/${lotId}/cancel`, { reason: "测试后撤回" })).statusCode).toBe(200);

  it("checks the starting price, the deposit and the bidding time at their boundaries (网拍规定 arts 10, 17, 20)", async () => {
    clock.setToday("2025-09-15");
    const { caseId, assetId } = await caseWithAsset(t, c, "2025-09-15");
    // Reference 1,000,000.01 yuan: 70 % is 700,000.007 yuan, rounded UP to 700,000.01.
    const base = lotBody(t, assetId, "2025-09-22", { referencePriceFen: 100_000_001, startingPriceFen: 70_000_001, depositFen: 3_500_001 });
    const before = await footprint();
    const cases: [Record<string, unknown>, string | null][] = [
      [{ startingPriceFen: 70_000_000, depositFen: 3_500_000 }, "startingPriceFen"],
      [{ depositFen: 3_500_000 }, "depositFen"], // 5 % of 700,000.01 is 35,000.0005: at least 35,000.01
      [{ depositFen: 14_000_001 }, "depositFen"], // 20 % is 140,000.002: at most 140,000.00
      [{ endAt: new Date(base.startAt + 24 * HOUR - 1).toISOString() }, "endAt"],
    ];
    for (const [over, field] of cases) {
      const r = await create(caseId, { ...base.body, ...over });
      expect([r.statusCode, r.json().error?.field], JSON.stringify(over)).toEqual([400, field]);
    }
    expect(await footprint()).toEqual(before);
    for (const over of [{}, { depositFen: 14_000_000 }, { endAt: new Date(base.startAt + 24 * HOUR).toISOString() }]) {
      const r = await create(caseId, { ...base.body, ...over });
      expect(r.statusCode, r.body).toBe(201);
      expect(r.json()).toMatchObject({ status: "draft", minimumStartingPriceFen: 70_000_001, depositRange: { minFen: 3_500_001, maxFen: 14_000_000 }, referenceSource: "manual" });
      await cancel(r.json().id);
    }
  }, 60_000);

  it("needs the whole announcement period before bidding: 30 days for a patent, 15 for movables (网拍规定 art 12)", async () => {
    clock.setToday("2025-09-15");
    const cal = t.ctx.calendar.get();
    for (const [type, cls, days] of [["patent", "propertyRights", 30], ["vehicle", "movables", 15]] as const) {
      const { caseId, assetId } = await caseWithAsset(t, c, "2025-09-15", type);
      const earliest = earliestAuctionStart("2025-09-22", cls, 1, cal);
      expect(earliest.period.n).toBe(days);
      const dayBefore = new Date(Date.parse(`${earliest.date}T10:00:00+08:00`) - 24 * HOUR);
      const tooEarly = await create(caseId, { ...lotBody(t, assetId, "2025-09-22", { assetType: type }).body, startAt: dayBefore.toISOString(), endAt: new Date(dayBefore.getTime() + 24 * HOUR).toISOString() });
      expect([tooEarly.statusCode, tooEarly.json().error.field]).toEqual([400, "startAt"]);
      const ok = await create(caseId, lotBody(t, assetId, "2025-09-22", { assetType: type }).body);
      expect(ok.statusCode, ok.body).toBe(201);
      expect(ok.json().startAt.slice(0, 10)).toBe(earliest.date);
      await cancel(ok.json().id);
    }
  }, 60_000);

  it("notifies the parties 3 days before the announcement, and announces only when the notice and the period allow (网拍规定 arts 12, 16)", async () => {
    clock.setToday("2025-09-15");
    const cal = t.ctx.calendar.get();
    const { caseId, assetId } = await caseWithAsset(t, c, "2025-09-15");
    const created = await create(caseId, lotBody(t, assetId, "2025-09-25").body);
    expect(created.statusCode, created.body).toBe(201);
    const lot = created.json();
    const latest = latestPartyNoticeDate("2025-09-25", cal).date;
    expect(lot.notifyPartiesBy).toBe(latest);
    expect(lot.clocks).toEqual([expect.objectContaining({ kind: "auctionPartyNotice", dueDate: latest, status: "open" })]);
    // Announcing before the parties were notified is refused.
    const early = await c.officer.post(`/api/v1/lots/${lot.id}/announce`);
    expect([early.statusCode, early.json().error.field]).toEqual([422, "partiesNotifiedOn"]);
    // A notice the day after the last day is too late; on the last day it meets the clock.
    const dayAfter = new Date(Date.parse(`${latest}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    clock.setToday(dayAfter);
    const late = await c.officer.post(`/api/v1/lots/${lot.id}/notify-parties`, { notifiedOn: dayAfter });
    expect([late.statusCode, late.json().error.field]).toEqual([422, "notifiedOn"]);
    const future = await c.officer.post(`/api/v1/lots/${lot.id}/notify-parties`, { notifiedOn: "2025-12-01" });
    expect([future.statusCode, future.json().error.field]).toEqual([400, "notifiedOn"]);
    const ok = await c.officer.post(`/api/v1/lots/${lot.id}/notify-parties`, { notifiedOn: latest });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().clocks[0]).toMatchObject({ status: "met", metDate: latest });
    // Drafts are not public.
    expect((await t.anonymous().get(`/api/v1/public/lots/${lot.id}`)).statusCode).toBe(404);
    expect((await t.anonymous().get(`/api/v1/public/lots`)).json().items.map((l: { id: string }) => l.id)).not.toContain(lot.id);
    // Announced a day late, the 30 days no longer run before the planned start: refused.
    const startDay = lot.startAt.slice(0, 10);
    let lateDay = "2025-09-25";
    while (earliestAuctionStart(lateDay, "propertyRights", 1, cal).date <= startDay) lateDay = new Date(Date.parse(`${lateDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    clock.setToday(lateDay);
    const tooLate = await c.officer.post(`/api/v1/lots/${lot.id}/announce`);
    expect([tooLate.statusCode, tooLate.json().error.field]).toEqual([422, "startAt"]);
    clock.setToday("2025-09-25");
    const announced = await c.officer.post(`/api/v1/lots/${lot.id}/announce`);
    expect(announced.statusCode, announced.body).toBe(200);
    expect(announced.json()).toMatchObject({ status: "announced", phase: "upcoming", announcementDate: "2025-09-25" });
    // Now public, without personal data: the respondent's name masked, no ID or phone numbers.
    const page = await t.anonymous().get(`/api/v1/public/lots/${lot.id}`);
    expect(page.statusCode, page.body).toBe(200);
    const p = page.json();
    expect(p).toMatchObject({ status: "upcoming", respondents: [{ name: "张某某", masked: true }], asset: { type: "patent", identifier: "ZL202110123456.7", holder: "张某某" }, live: { priceFen: null, minimumNextBidFen: 70_000_000 } });
    expect(JSON.stringify(p)).not.toMatch(/110108198503151234|13900001111|11010819850315123/);
    expect(p.description).toContain("1101**********1234");
    expect((await t.anonymous().get(`/api/v1/public/lots?status=upcoming`)).json().items.map((l: { id: string }) => l.id)).toContain(lot.id);
    await cancel(lot.id);
  }, 60_000);

  it("lets only the handler or the division head set up lots; others of the court 403, other courts and strangers 404, anonymous 401", async () => {
    clock.setToday("2025-09-15");
    const { caseId, assetId } = await caseWithAsset(t, c, "2025-09-15");
    const { body } = lotBody(t, assetId, "2025-09-22");
    const before = await footprint();
    for (const [who, status] of [[c.officer2, 403], [c.supervisor, 403], [c.applicant, 403], [c.respondent, 403], [c.other, 404], [t.anonymous(), 401]] as const) {
      const r = await create(caseId, body, who);
      expect([r.statusCode, r.json().error.code !== undefined], `${who.user.username}`).toEqual([status, true]);
    }
    expect(await footprint()).toEqual(before);
    const ok = await create(caseId, body, c.head);
    expect(ok.statusCode, ok.body).toBe(201);
    const lotId = ok.json().id;
    // Staff of the court read it; a party reads the public page only; another court sees nothing.
    expect((await c.officer2.get(`/api/v1/lots/${lotId}`)).statusCode).toBe(200);
    expect((await c.applicant.get(`/api/v1/lots/${lotId}`)).statusCode).toBe(404);
    expect((await c.other.get(`/api/v1/lots/${lotId}`)).statusCode).toBe(404);
    expect((await c.other.get(`/api/v1/cases/${caseId}/lots`)).statusCode).toBe(404);
    expect((await c.officer2.post(`/api/v1/lots/${lotId}/cancel`, { reason: "不是承办人" })).statusCode).toBe(403);
    expect((await c.officer2.post(`/api/v1/lots/${lotId}/close`)).statusCode).toBe(403);
    await cancel(lotId);
  }, 60_000);

  it("answers bad input with 400 naming the field, and stores nothing", async () => {
    clock.setToday("2025-09-15");
    const { caseId, assetId } = await caseWithAsset(t, c, "2025-09-15");
    const { body } = lotBody(t, assetId, "2025-09-22");
    const deposit = await addAsset(c.officer, caseId, { type: "bankDeposit", valueFen: 1_000_000 });
    const loose = await addAsset(c.officer, caseId, { type: "equipment", valueFen: 1_000_000 });
    const before = await footprint();
    const cases: [Record<string, unknown>, number, string][] = [
      [{ startingPriceFen: -1 }, 400, "startingPriceFen"],
      [{ startingPriceFen: 1.5 }, 400, "startingPriceFen"],
      [{ depositFen: "1000" }, 400, "depositFen"],
      [{ startAt: "2025-10-23T10:00:00" }, 400, "startAt"],
      [{ announcementDate: "2025-02-30" }, 400, "announcementDate"],
      [{ announcementDate: "2025-09-14" }, 400, "announcementDate"],
      [{ assetId: "not-a-uuid" }, 400, "assetId"],
      [{ assetId: randomUUID() }, 400, "assetId"],
      [{ assetId: deposit }, 400, "assetId"], // money is deducted, not auctioned
      [{ assetId: loose }, 422, "assetId"], // not under seal, seizure or freeze
      [{ referencePrice: { priceFen: 100 } }, 400, "referencePrice.sourceDocument"],
      [{ referencePrice: undefined }, 400, "referencePrice"],
      [{ surprise: 1 }, 400, "surprise"],
      [{ title: "" }, 400, "title"],
      [{ documents: [{ title: "x", kind: "selfie" }] }, 400, "documents.0.kind"],
    ];
    for (const [over, status, field] of cases) {
      const r = await create(caseId, { ...body, ...over });
      expect([r.statusCode, r.json().error?.field], JSON.stringify(over)).toEqual([status, field]);
      expect(r.json().error.message.zh.length).toBeGreaterThan(0);
    }
    const lot = await create(caseId, body);
    expect(lot.statusCode).toBe(201);
    const lotId = lot.json().id;
    const after = await footprint();
    for (const [url, payload, field] of [
      [`/api/v1/lots/${lotId}/notify-parties`, { notifiedOn: "yesterday" }, "notifiedOn"],
      [`/api/v1/lots/${lotId}/cancel`, { reason: "x" }, "reason"],
      [`/api/v1/lots/${lotId}/bids`, { bidId: "1", amountFen: 1 }, "bidId"],
      [`/api/v1/lots/${lotId}/bids`, { bidId: randomUUID(), amountFen: 0 }, "amountFen"],
      [`/api/v1/lots/${lotId}/balance-paid`, { paidOn: "2025-09-15" }, "paymentReference"],
      [`/api/v1/lots/${lotId}/transfer-in-lieu`, { on: "2025-09-15", applicants: [] }, "applicants"],
    ] as const) {
      const r = await c.officer.post(url, payload);
      expect([r.statusCode, r.json().error?.field], url).toEqual([400, field]);
    }
    expect(await footprint()).toEqual(after);
    expect(after.lots).toBe(before.lots + 1);
    await cancel(lotId);
  }, 60_000);

  it("takes the reference price from a valuation within its validity, and refuses an expired one (参考价规定 art 27)", async () => {
    clock.setToday("2025-09-15");
    const { caseId, assetId } = await caseWithAsset(t, c, "2025-09-15");
    const court = (await t.database.db.selectFrom("cases").select("court_id").where("id", "=", caseId).executeTakeFirstOrThrow()).court_id;
    const valuation = async (validUntil: string) => {
      const id = randomUUID();
      await sql`insert into valuations (id, court_id, case_id, asset_id, control_date, start_due, started_date, facts, method, status, reference_price_fen, price_fixed_date, valid_until)
        values (${id}, ${court}, ${caseId}, ${assetId}, '2025-09-01', '2025-10-01', '2025-09-02', '{}'::jsonb, 'onlineInquiry', 'priced', 120000000, '2025-09-10', ${validUntil})`.execute(t.database.db);
      return id;
    };
    const { body } = lotBody(t, assetId, "2025-09-22", { startingPriceFen: 84_000_000, depositFen: 8_400_000 });
    const { referencePrice: _omit, ...rest } = body as Record<string, unknown>;
    void _omit;
    const expired = await create(caseId, { ...rest, referencePrice: { valuationId: await valuation("2025-09-20") } });
    // Start in late October, validity ended 09-20, no first notice within it: the price must be renewed.
    expect([expired.statusCode, expired.json().error.field]).toEqual([422, "referencePrice.valuationId"]);
    const validId = await valuation("2026-09-09");
    const below = await create(caseId, { ...rest, startingPriceFen: 83_999_999, referencePrice: { valuationId: validId } });
    expect([below.statusCode, below.json().error.field]).toEqual([400, "startingPriceFen"]);
    const ok = await create(caseId, { ...rest, referencePrice: { valuationId: validId } });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ referenceSource: "valuation", valuationId: validId, referencePriceFen: 120_000_000, minimumStartingPriceFen: 84_000_000 });
    // Announcing the first auction records its notice day on the valuation (参考价规定 arts 27 para 3, 30).
    expect((await c.officer.post(`/api/v1/lots/${ok.json().id}/notify-parties`, { notifiedOn: "2025-09-15" })).statusCode).toBe(200);
    clock.setToday("2025-09-22");
    const announced = await c.officer.post(`/api/v1/lots/${ok.json().id}/announce`);
    expect(announced.statusCode, announced.body).toBe(200);
    const v = await t.database.db.selectFrom("valuations").select("first_notice_date").where("id", "=", validId).executeTakeFirstOrThrow();
    expect(v.first_notice_date).toBe("2025-09-22");
    expect(await t.database.db.selectFrom("case_events").select("type").where("case_id", "=", caseId).where("type", "=", "valuation.saleStarted").execute()).toHaveLength(1);
    await cancel(ok.json().id);
  }, 60_000);

  it("calculates the auction parameters with citations (GET and POST /calc/auction), no sign-in", async () => {
    const get = await t.anonymous().get("/api/v1/calc/auction?referencePriceFen=100000001&assetType=patent&announcementDate=2025-09-22");
    expect(get.statusCode, get.body).toBe(200);
    const g = get.json();
    expect(g).toMatchObject({ round: 1, assetClass: "propertyRights", minimumStartingPrice: { amountFen: 70_000_001 }, deposit: { minFen: 3_500_001, maxFen: 14_000_000 } });
    expect(g.schedule.auctionStartDate).toBe(earliestAuctionStart("2025-09-22", "propertyRights", 1, t.ctx.calendar.get()).date);
    expect(g.minimumStartingPrice.basis[0]).toMatchObject({ article: "art 10 para 2" });
    const post = await t.anonymous().post("/api/v1/calc/auction", { referencePriceFen: 100_000_000, assetType: "vehicle", round: 2, previousStartingPriceFen: 70_000_000, failedOn: "2025-10-10" });
    expect(post.statusCode, post.body).toBe(200);
    expect(post.json()).toMatchObject({ round: 2, minimumStartingPrice: { amountFen: 56_000_000, maximumCutFen: 14_000_000 }, schedule: { given: "failedOn", reauctionBy: { key: "reauctionWithin" } } });
    const bad = await t.anonymous().post("/api/v1/calc/auction", { referencePriceFen: 100_000_000, assetType: "vehicle", round: 2 });
    expect([bad.statusCode, bad.json().error.field]).toEqual([400, "previousStartingPriceFen"]);
    const money = await t.anonymous().get("/api/v1/calc/auction?referencePriceFen=100&assetType=bankDeposit");
    expect([money.statusCode, money.json().error.field]).toEqual([400, "assetType"]);
  });

  it("refuses a lot on an asset held by a third party's objection, until 15 days after its rejection was served (执行程序解释 arts 15–16; 民诉法解释 art 463)", async () => {
    clock.setToday("2025-09-15");
    const { caseId, assetId } = await caseWithAsset(t, c, "2025-09-15");
    const ok = async (p: Promise<{ statusCode: number; body: string; json: () => { id: string } }>) => {
      const r = await p;
      expect([200, 201], r.body).toContain(r.statusCode);
      return r.json();
    };
    const o = await ok(c.officer.post(`/api/v1/cases/${caseId}/objections`, { kind: "thirdParty", assetId, request: "停止拍卖", grounds: "专利权已于判决前转让给我", objectorName: "王五", receivedOn: "2025-09-15" }));
    const body = lotBody(t, assetId, "2025-09-22").body;
    const before = await footprint();
    const held = await create(caseId, body);
    expect([held.statusCode, held.json().error.field]).toEqual([422, "assetId"]);
    expect(held.json().error.message.zh).toContain("案外人");
    expect(await footprint()).toEqual(before);
    await ok(c.head.post(`/api/v1/objections/${o.id}/docket`, { materialsComplete: true }));
    await ok(c.head.post(`/api/v1/objections/${o.id}/ruling`, { ruling: "rejected", reasons: "专利登记在被执行人名下" }));
    clock.setToday("2025-09-16");
    await ok(c.head.post(`/api/v1/objections/${o.id}/service`, { servedOn: "2025-09-16" }));
    // 15 days from 09-16 end on 10-01, a holiday: the window runs to 10-09.
    clock.setToday("2025-10-09");
    const stillHeld = await create(caseId, lotBody(t, assetId, "2025-10-13").body);
    expect([stillHeld.statusCode, stillHeld.json().error.field]).toEqual([422, "assetId"]);
    expect(stillHeld.json().error.message.en).toContain("until 2025-10-09");
    clock.setToday("2025-10-10");
    const created = await create(caseId, lotBody(t, assetId, "2025-10-14").body);
    expect(created.statusCode, created.body).toBe(201);
    await cancel(created.json().id);
    clock.setToday("2025-09-15");
  });
});
