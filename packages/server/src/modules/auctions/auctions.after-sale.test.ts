// Issue 4's auction gaps, through the API on PGlite and on the PostgreSQL server: the buyer's deposit
// moved to the court by the payment adapter and the price in the ledger as deposit + balance (网拍规定
// arts 23–25); a defaulter's forfeited deposit posted to the case and completed by the close job as the
// system (art 24); transfer in lieu from the case's creditors, its ruling ending the seal and setting
// off the applicant's claim (拍卖变卖规定 arts 16, 20, 26–27); suspension, the bid refused, resumption on
// a new schedule (网拍规定 art 28); posting as notice (art 16); the court-wide staff list and serverNow.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import { addDays, deemedNotifiedOn, earliestAuctionStart, latestPartyNoticeDate, resumeDeadline, shanghaiDateOf } from "@zhixing/domain";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { runAuctionClose } from "../../jobs/auction-close.job";
import { announcedLot, bid, bidder, caseWithAsset, HOUR, lotBody, register, setUp, useClock, type Clients, type Clock, type Ready } from "./auctions-test-setup";

type Entry = { kind: string; source: string | null; amountFen: number; target: string | null; payee: string | null };

describe.each(TEST_BACKENDS)("auctions after the hammer on %s", (kind) => {
  let t: TestApp;
  let c: Clients;
  let clock: Clock;
  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-09-15" });
    c = await setUp(t);
    clock = useClock(t);
  }, 60_000);
  afterAll(async () => t?.close());

  const lotOf = async (id: string) => {
    const r = await c.officer.get(`/api/v1/lots/${id}`);
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };
  const ledgerOf = async (caseId: string) => {
    const r = await c.officer.get(`/api/v1/cases/${caseId}/ledger`);
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as { entries: Entry[]; balances: { receivedFen: number; undistributedFen: number; allocatedFen: number; paidOutFen: number; heldForPayoutFen: number; receivedBySource: Record<string, number> } };
  };
  const sell = async (lot: Ready, price: number) => {
    const [a, b] = [await bidder(t), await bidder(t)];
    await register(a, lot.lotId);
    await register(b, lot.lotId);
    clock.setInstant(lot.startAt + HOUR);
    expect(await bid(a, lot.lotId, 70_000_000)).toMatchObject({ kind: "accepted" });
    if (price > 70_000_000) expect(await bid(b, lot.lotId, price)).toMatchObject({ kind: "accepted" });
    clock.setInstant(lot.endAt);
    await runAuctionClose(t.ctx);
    return { a, b };
  };

  it("moves the buyer's deposit to the court and books the price as deposit + balance (网拍规定 arts 23, 25); lists the court's lots", async () => {
    const { caseId, assetId } = await caseWithAsset(t, c, "2025-09-15");
    const lot = await announcedLot(t, c, clock, "2025-09-15", assetId, caseId);
    // The public list answers with the server's clock (countdowns), the staff list with the court's lots.
    const pub = await t.anonymous().get("/api/v1/public/lots?status=upcoming");
    expect(pub.statusCode).toBe(200);
    expect(Date.parse(pub.json().serverNow)).toBe(clock.now());
    const staff = await c.officer.get("/api/v1/lots?status=announced");
    expect(staff.statusCode, staff.body).toBe(200);
    expect(staff.json().items.map((l: { id: string }) => l.id)).toContain(lot.lotId);
    expect((await c.officer.get("/api/v1/lots?status=sold")).json().items.map((l: { id: string }) => l.id)).not.toContain(lot.lotId);
    const outsider = await bidder(t);
    expect((await outsider.get("/api/v1/lots")).statusCode).toBe(403);
    expect((await c.officer.get("/api/v1/lots?status=nope")).statusCode).toBe(400);

    await sell(lot, 71_000_000);
    const sold = await lotOf(lot.lotId);
    expect(sold.result).toMatchObject({ depositCreditedFen: 7_000_000, depositTransferReference: expect.stringMatching(/^SIM-TRF-/) });
    const audit = await t.database.db.selectFrom("audit_log").select(["action", "actor_role"]).where("entity_id", "=", lot.lotId).where("action", "=", "auction.depositTransfer").execute();
    expect(audit).toEqual([{ action: "auction.depositTransfer", actor_role: "system" }]);
    // A second job run moves nothing twice.
    expect((await runAuctionClose(t.ctx)).transfers).toMatchObject({ transferred: 0 });

    const paidOn = shanghaiDateOf(lot.endAt + 24 * HOUR);
    clock.setToday(paidOn);
    const paid = await c.officer.post(`/api/v1/lots/${lot.lotId}/balance-paid`, { paidOn, paymentReference: "BANK-1" });
    expect(paid.statusCode, paid.body).toBe(200);
    const l = await ledgerOf(caseId);
    expect(l.entries.map((e) => [e.source, e.amountFen])).toEqual([
      ["auctionDeposit", 7_000_000],
      ["auctionProceeds", 64_000_000],
    ]);
    expect(l.balances).toMatchObject({ receivedFen: 71_000_000, undistributedFen: 71_000_000, receivedBySource: { auctionDeposit: 7_000_000, auctionProceeds: 64_000_000 } });
    expect(paid.json().result).toMatchObject({ depositEntryId: expect.any(String), proceedsEntryId: expect.any(String) });
  }, 90_000);

  it("posts a defaulter's forfeited deposit to the case at once and the shortfall when the re-auction sells, as the system (网拍规定 art 24)", async () => {
    const { caseId, assetId } = await caseWithAsset(t, c, "2025-09-15");
    const lot1 = await announcedLot(t, c, clock, "2025-09-15", assetId, caseId);
    await sell(lot1, 71_000_000);
    const soldOn = shanghaiDateOf(lot1.endAt);
    clock.setToday(addDays(soldOn, 10));
    const d = await c.officer.post(`/api/v1/lots/${lot1.lotId}/buyer-default`, { on: addDays(soldOn, 10), auctionCostLossFen: 500_000 });
    expect(d.statusCode, d.body).toBe(200);
    const f = d.json().result.forfeiture;
    // Deposit 7,000,000 fen − cost 500,000 = 6,500,000 held; the case's debt exceeds it: all of it is this case's now.
    const debt = f.input.caseDebtFen as number;
    const now1 = Math.min(6_500_000, debt);
    expect(f.toCase).toMatchObject({ postNowFen: now1, costLossFen: 500_000 });
    let l = await ledgerOf(caseId);
    expect(l.entries.filter((e) => e.source === "forfeitedDeposit").map((e) => e.amountFen)).toEqual(now1 > 0 ? [now1] : []);
    expect(d.json().result.forfeitureEntryIds).toHaveLength(now1 > 0 ? 1 : 0);

    const lot2 = await announcedLot(t, c, clock, addDays(soldOn, 10), assetId, caseId, { previousLotId: lot1.lotId });
    const x = await bidder(t);
    await register(x, lot2.lotId);
    clock.setInstant(lot2.startAt + HOUR);
    await bid(x, lot2.lotId, 70_000_000);
    clock.setInstant(lot2.endAt);
    expect(await runAuctionClose(t.ctx)).toMatchObject({ sold: 1 });
    const done = (await lotOf(lot1.lotId)).result;
    expect(done.forfeiture.allocation.complete).toBe(true);
    const toCase = done.forfeiture.toCase as { toCaseFen: number; postNowFen: number };
    l = await ledgerOf(caseId);
    const forfeited = l.entries.filter((e) => e.source === "forfeitedDeposit");
    expect(forfeited.reduce((s, e) => s + e.amountFen, 0)).toBe(toCase.toCaseFen);
    expect(toCase.toCaseFen).toBe(Math.min(6_500_000, 1_000_000 + debt));
    // The completion was written by the close job, as the system.
    if (toCase.postNowFen > 0) {
      const rows = await t.database.db.selectFrom("ledger_entries").select(["created_by"]).where("id", "in", done.forfeitureEntryIds.slice(1)).execute();
      expect(rows.map((r) => r.created_by)).toEqual([null]);
    }
    expect(l.balances.receivedFen).toBe(l.balances.undistributedFen + l.balances.allocatedFen);
  }, 90_000);

  it("takes the creditors from the case, serves the 抵债 ruling: seal ended, claim set off, hand-over (拍卖变卖规定 arts 16, 20, 26, 27)", async () => {
    // A claim (500,000 yuan and its delay interest) below the starting price: the taker pays in the difference.
    const { caseId, assetId } = await caseWithAsset(t, c, "2025-09-15", "patent", 200_000_000, [{ kind: "monetary", category: "principal", description: "赔偿经济损失", amountFen: 50_000_000 }]);
    const lot1 = await announcedLot(t, c, clock, "2025-09-15", assetId, caseId);
    clock.setInstant(lot1.endAt);
    expect(await runAuctionClose(t.ctx)).toMatchObject({ failed: 1 });
    const on = shanghaiDateOf(lot1.endAt);
    clock.setToday(on);
    const cr = await c.officer.get(`/api/v1/lots/${lot1.lotId}/creditors`);
    expect(cr.statusCode, cr.body).toBe(200);
    const creditors = cr.json().items as { creditorId: string; kind: string; claimFen: number | null; rank: number; name: string }[];
    expect(creditors).toHaveLength(1);
    const applicant = creditors[0]!;
    expect(applicant).toMatchObject({ kind: "applicant", rank: 1, name: expect.any(String) });
    // A name typed in is no creditor of the case.
    const typed = await c.officer.post(`/api/v1/lots/${lot1.lotId}/transfer-in-lieu`, { on, applicants: [{ creditorId: "某公司", rank: 1, claimFen: 1 }] });
    expect([typed.statusCode, typed.json().error.field]).toEqual([400, "applicants.0.creditorId"]);

    const r = await c.officer.post(`/api/v1/lots/${lot1.lotId}/transfer-in-lieu`, { on, applicants: [{ creditorId: applicant.creditorId }] });
    expect(r.statusCode, r.body).toBe(200);
    const disposal = r.json().disposals[0];
    const setOff = Math.min(70_000_000, applicant.claimFen!);
    expect(disposal.transferee).toMatchObject({ creditorId: applicant.creditorId, kind: "applicant", setOffFen: setOff, differenceDueFen: 70_000_000 - setOff });
    expect(disposal.transferee.differenceDueFen).toBeGreaterThan(0);
    const early = await c.officer.post(`/api/v1/disposals/${disposal.id}/ruling-served`, { servedOn: on });
    expect([early.statusCode, early.json().error.field]).toEqual([422, "servedOn"]);
    const dp = await c.officer.post(`/api/v1/disposals/${disposal.id}/difference-paid`, { paidOn: on, paymentReference: "BANK-D" });
    expect(dp.statusCode, dp.body).toBe(200);
    expect(dp.json().clocks.find((k: { kind: string }) => k.kind === "auctionRulingService")).toMatchObject({ status: "open" });
    expect((await c.officer.post(`/api/v1/disposals/${disposal.id}/difference-paid`, { paidOn: on, paymentReference: "BANK-D" })).statusCode).toBe(422);
    const served = await c.officer.post(`/api/v1/disposals/${disposal.id}/ruling-served`, { servedOn: on });
    expect(served.statusCode, served.body).toBe(200);
    const dd = served.json().disposals[0];
    expect(dd).toMatchObject({ rulingServedOn: on, setOffEntryIds: expect.any(Array) });
    expect(served.json().clocks.find((k: { kind: string }) => k.kind === "auctionHandOver")).toMatchObject({ status: "open" });
    // The seal on the asset ended as ownership passed.
    const measures = await t.database.db.selectFrom("measures").select(["status"]).where("case_id", "=", caseId).where("asset_id", "=", assetId).where("external", "=", false).execute();
    expect(measures.every((m) => m.status === "completed")).toBe(true);
    // The ledger: the set-off received in kind, allocated to the applicant's claim and delivered to it; nothing left as cash.
    const l = await ledgerOf(caseId);
    const inKind = l.entries.filter((e) => e.source === "transferInLieu");
    expect(inKind.map((e) => e.amountFen)).toEqual([setOff]);
    expect(l.entries.filter((e) => e.source === "auctionProceeds").map((e) => e.amountFen)).toEqual([70_000_000 - setOff]);
    expect(l.entries.filter((e) => e.kind === "payout").map((e) => [e.payee, e.amountFen])).toEqual([["applicant", setOff]]);
    expect(l.balances.undistributedFen).toBe(70_000_000 - setOff);
    const after = (await c.officer.get(`/api/v1/lots/${lot1.lotId}/creditors`)).json().items[0];
    expect(after.claimFen).toBe(applicant.claimFen! - setOff);
    expect((await c.officer.post(`/api/v1/disposals/${disposal.id}/ruling-served`, { servedOn: on })).statusCode).toBe(422);
    const ho = await c.officer.post(`/api/v1/disposals/${disposal.id}/handed-over`, { handedOverOn: on });
    expect(ho.statusCode, ho.body).toBe(200);
    expect(ho.json().clocks.find((k: { kind: string }) => k.kind === "auctionHandOver")).toMatchObject({ status: "met" });
  }, 90_000);

  it("suspends a lot while bidding (bids refused, the stream says why), opens the 5-day clock, and resumes on a new schedule (网拍规定 art 28)", async () => {
    const { caseId, assetId } = await caseWithAsset(t, c, "2025-09-15");
    const lot = await announcedLot(t, c, clock, "2025-09-15", assetId, caseId);
    const a = await bidder(t);
    await register(a, lot.lotId);
    clock.setInstant(lot.startAt + HOUR);
    expect(await bid(a, lot.lotId, 70_000_000)).toMatchObject({ kind: "accepted", seq: 1 });
    const day = shanghaiDateOf(lot.startAt + HOUR);
    const bad = await c.officer.post(`/api/v1/lots/${lot.lotId}/suspend`, { kind: "pause", reason: "案外人提出异议", on: day });
    expect([bad.statusCode, bad.json().error.field]).toEqual([400, "kind"]);
    const s = await c.officer.post(`/api/v1/lots/${lot.lotId}/suspend`, { kind: "stay", reason: "案外人提出执行异议，裁定中止拍卖", on: day });
    expect(s.statusCode, s.body).toBe(200);
    expect(s.json()).toMatchObject({ status: "suspended", suspension: { kind: "stay", on: day, causeEndedOn: null } });
    const refused = await a.post(`/api/v1/lots/${lot.lotId}/bids`, { bidId: crypto.randomUUID(), amountFen: 71_000_000 });
    expect([refused.statusCode, refused.json().error.field]).toEqual([422, "status"]);
    const pub = (await t.anonymous().get(`/api/v1/public/lots/${lot.lotId}`)).json();
    expect(pub.live).toMatchObject({ status: "suspended", minimumNextBidFen: null, suspension: { kind: "stay", reason: expect.stringContaining("中止") } });
    // The close job leaves a suspended lot alone even past its end.
    clock.setInstant(lot.endAt + HOUR);
    expect(await runAuctionClose(t.ctx)).toMatchObject({ closed: 0 });

    const ended = shanghaiDateOf(lot.endAt + HOUR);
    clock.setToday(ended);
    const ce = await c.officer.post(`/api/v1/lots/${lot.lotId}/suspension-ended`, { causeEndedOn: ended });
    expect(ce.statusCode, ce.body).toBe(200);
    const due = resumeDeadline(ended, t.ctx.calendar.get()).due;
    expect(ce.json().clocks.find((k: { kind: string }) => k.kind === "auctionResume")).toMatchObject({ status: "open", dueDate: due });
    // Re-announced today: bidding not before the announcement period has run again.
    const earliest = earliestAuctionStart(ended, "propertyRights", 1, t.ctx.calendar.get()).date;
    const tooSoon = Date.parse(`${addDays(earliest, -1)}T10:00:00+08:00`);
    const r1 = await c.officer.post(`/api/v1/lots/${lot.lotId}/resume`, { startAt: new Date(tooSoon).toISOString(), endAt: new Date(tooSoon + 24 * HOUR).toISOString() });
    expect([r1.statusCode, r1.json().error.field]).toEqual([400, "startAt"]);
    const start = Date.parse(`${earliest}T10:00:00+08:00`);
    const r2 = await c.officer.post(`/api/v1/lots/${lot.lotId}/resume`, { startAt: new Date(start).toISOString(), endAt: new Date(start + 24 * HOUR).toISOString() });
    expect(r2.statusCode, r2.body).toBe(200);
    expect(r2.json()).toMatchObject({ status: "announced", announcementDate: ended, bidCount: 0, priceFen: null, suspension: { resumedOn: ended } });
    expect(r2.json().clocks.find((k: { kind: string }) => k.kind === "auctionResume")).toMatchObject({ status: "met" });
    const voided = await t.database.db.selectFrom("auction_bids").select(["status", "seq"]).where("lot_id", "=", lot.lotId).execute();
    expect(voided).toEqual([{ status: "voided", seq: null }]);
    clock.setInstant(start + HOUR);
    expect(await bid(a, lot.lotId, 70_000_000)).toMatchObject({ kind: "accepted", seq: 1 });
  }, 90_000);

  it("counts a 5-day platform posting as notice and gates the announcement by it (网拍规定 art 16)", async () => {
    const { caseId, assetId } = await caseWithAsset(t, c, "2025-09-15");
    const today = "2025-09-15";
    clock.setToday(today);
    const cal = t.ctx.calendar.get();
    const deemed = deemedNotifiedOn(today, cal).date;
    // The first announcement day for which the deemed notice is 3 days early enough.
    let announce = deemed;
    while (latestPartyNoticeDate(announce, cal).date < deemed) announce = addDays(announce, 1);
    const { body } = lotBody(t, assetId, announce);
    const created = await c.officer.post(`/api/v1/cases/${caseId}/lots`, body);
    expect(created.statusCode, created.body).toBe(201);
    const lotId = created.json().id as string;
    const p = await c.officer.post(`/api/v1/lots/${lotId}/posting`, { postedOn: today, reason: "被执行人下落不明，无法送达" });
    expect(p.statusCode, p.body).toBe(200);
    expect(p.json().posting).toMatchObject({ startedOn: today, deemedNotifiedOn: deemed });
    expect(p.json().clocks.find((k: { kind: string }) => k.kind === "auctionPostingNotice")).toMatchObject({ status: "open", dueDate: deemed });
    clock.setToday(addDays(announce, -1));
    const early = await c.officer.post(`/api/v1/lots/${lotId}/announce`);
    expect([early.statusCode, early.json().error.field]).toEqual([422, "postingStartedOn"]);
    clock.setToday(announce);
    const ok = await c.officer.post(`/api/v1/lots/${lotId}/announce`);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().clocks.filter((k: { kind: string }) => ["auctionPostingNotice", "auctionPartyNotice"].includes(k.kind)).map((k: { status: string }) => k.status)).toEqual(["met", "met"]);
  }, 90_000);
});
