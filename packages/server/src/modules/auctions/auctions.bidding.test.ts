// Bidding through the API, on PGlite and on the PostgreSQL server, with the clock moved to the
// millisecond: registration and deposits (the applicant's exemption, a failed payment, staff refused),
// the first bid and the increments, a chain of extensions in the last five minutes, a tie won by a
// priority holder, idempotent bid ids, closing (by the officer and by the job, once), refunds within
// 24 hours, the balance into the ledger, ruling, ownership and hand-over clocks; and SSE delivering a
// bid to a watcher over a real socket.
import { randomUUID } from "node:crypto";
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import { shanghaiDateOf } from "@zhixing/domain";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { runAuctionClose } from "../../jobs/auction-close.job";
import { buildApp } from "../../app";
import { setAuctionSettings } from "./auction-settings";
import { broadcaster } from "./auctions.queries";
import { announcedLot, bid, bidder, caseWithAsset, HOUR, MINUTE, register, setUp, useClock, type Clients, type Clock } from "./auctions-test-setup";

describe.each(TEST_BACKENDS)("auction bidding on %s", (kind) => {
  let t: TestApp;
  let c: Clients;
  let clock: Clock;
  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-09-15" });
    c = await setUp(t);
    clock = useClock(t);
  }, 60_000);
  afterAll(async () => t?.close());

  const lotOf = async (lotId: string) => {
    const r = await c.officer.get(`/api/v1/lots/${lotId}`);
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };

  it("registers bidders with their deposits, takes bids under the rules, extends in the last 5 minutes again and again, and closes once", async () => {
    const { caseId, assetId } = await caseWithAsset(t, c, "2025-09-15");
    const lot = await announcedLot(t, c, clock, "2025-09-15", assetId, caseId);
    const [a, b] = [await bidder(t), await bidder(t)];
    const ra = await register(a, lot.lotId);
    expect(ra).toMatchObject({ depositStatus: "paid", depositDueFen: 7_000_000 });
    expect(ra.alias).toMatch(/^竞买号[A-Z2-9]{6}$/);
    const rb = await register(b, lot.lotId);
    expect((await register(a, lot.lotId)).id).toBe(ra.id); // registering again returns the registration
    expect((await a.get(`/api/v1/lots/${lot.lotId}/registration`)).json()).toMatchObject({ id: ra.id, depositStatus: "paid" });
    expect((await a.get(`/api/v1/auction-registrations`)).json().items).toEqual([expect.objectContaining({ registration: expect.objectContaining({ id: ra.id }), lot: expect.objectContaining({ id: lot.lotId, status: "upcoming" }) })]);

    // Court staff may not bid (网拍规定 art 34).
    expect((await c.officer.post(`/api/v1/lots/${lot.lotId}/registrations`)).statusCode).toBe(403);
    expect((await t.anonymous().post(`/api/v1/lots/${lot.lotId}/bids`, { bidId: randomUUID(), amountFen: 70_000_000 })).statusCode).toBe(401);

    // Before the start: refused, stored with its reason.
    clock.setInstant(lot.startAt - 1);
    expect(await bid(a, lot.lotId, 70_000_000)).toMatchObject({ kind: "refused", reason: "notOpen" });
    clock.setInstant(lot.startAt);
    expect(await bid(a, lot.lotId, 69_999_999)).toMatchObject({ kind: "refused", reason: "belowStartingPrice" });
    expect(await bid(a, lot.lotId, 70_000_000)).toMatchObject({ kind: "accepted", seq: 1, live: { priceFen: 70_000_000, leaderAlias: ra.alias, status: "bidding" } });
    clock.setInstant(lot.startAt + HOUR);
    expect(await bid(b, lot.lotId, 70_999_999)).toMatchObject({ kind: "refused", reason: "belowIncrement" });
    expect(await bid(b, lot.lotId, 71_000_000)).toMatchObject({ kind: "accepted", seq: 2 });

    // Idempotent: the same bid id returns the first answer; the same id for another amount is a conflict.
    const bidId = randomUUID();
    const first = await b.post(`/api/v1/lots/${lot.lotId}/bids`, { bidId, amountFen: 72_000_000 });
    expect(first.statusCode).toBe(201);
    const again = await b.post(`/api/v1/lots/${lot.lotId}/bids`, { bidId, amountFen: 72_000_000 });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ kind: "accepted", seq: 3, duplicate: true, at: first.json().at });
    const conflict = await b.post(`/api/v1/lots/${lot.lotId}/bids`, { bidId, amountFen: 73_000_000 });
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().error.field).toBe("bidId");

    // The chain of extensions (网拍规定 art 20 para 2): at end − 5 min exactly the end stays; later bids move it to bid + 5 min.
    clock.setInstant(lot.endAt - 5 * MINUTE);
    const atWindow = await bid(a, lot.lotId, 73_000_000);
    expect(atWindow).toMatchObject({ kind: "accepted", extended: false });
    expect(Date.parse(atWindow.live.endAt)).toBe(lot.endAt);
    let end = lot.endAt;
    let amount = 73_000_000;
    for (const [who, gap] of [[b, 1], [a, 4 * MINUTE], [b, 5 * MINUTE - 1], [a, 2 * MINUTE]] as const) {
      const at = end - 5 * MINUTE + gap;
      clock.setInstant(at);
      amount += 1_000_000;
      const r = await bid(who, lot.lotId, amount);
      expect(r).toMatchObject({ kind: "accepted", extended: true });
      expect(Date.parse(r.live.endAt)).toBe(at + 5 * MINUTE);
      end = at + 5 * MINUTE;
    }
    // At the extended end itself bidding is over; the job closes it, once.
    clock.setInstant(end - 1);
    const tooEarly = await c.officer.post(`/api/v1/lots/${lot.lotId}/close`);
    expect(tooEarly.statusCode).toBe(422);
    expect(tooEarly.json().error.field).toBe("endAt");
    clock.setInstant(end);
    expect(await bid(b, lot.lotId, amount + 1_000_000)).toMatchObject({ kind: "refused", reason: "closed" });
    const early = await c.officer.post(`/api/v1/lots/${lot.lotId}/close`);
    expect(early.statusCode, early.body).toBe(200);
    expect(early.json()).toMatchObject({ closedNow: true, lot: { status: "sold", result: { kind: "sold", priceFen: amount, buyerAlias: ra.alias, depositCreditedFen: 7_000_000, balanceDueFen: amount - 7_000_000 } } });
    const job = await runAuctionClose(t.ctx);
    expect(job.closed).toBe(0);
    expect((await c.officer.post(`/api/v1/lots/${lot.lotId}/close`)).json().closedNow).toBe(false);
    const sold = await lotOf(lot.lotId);
    expect(sold.bidCount).toBe(8);
    // The loser's deposit is refunded (within 24 hours, 网拍规定 art 23), the buyer's applied to the price.
    const regs = Object.fromEntries((sold.registrations as { alias: string; depositStatus: string; refundDueAt: string | null }[]).map((r) => [r.alias, r]));
    expect(regs[rb.alias]).toMatchObject({ depositStatus: "refunded" });
    expect(Date.parse(regs[rb.alias]!.refundDueAt!)).toBe(end + 24 * HOUR);
    expect(regs[ra.alias]).toMatchObject({ depositStatus: "applied", refundDueAt: null });
    expect(sold.clocks.find((k: { kind: string }) => k.kind === "auctionDepositRefund")).toMatchObject({ status: "met" });
    // The public history shows aliases only, newest first.
    const hist = (await t.anonymous().get(`/api/v1/public/lots/${lot.lotId}/bids`)).json().items as { seq: number; alias: string }[];
    expect(hist.map((h) => h.seq)).toEqual([8, 7, 6, 5, 4, 3, 2, 1]);
    expect(new Set(hist.map((h) => h.alias))).toEqual(new Set([ra.alias, rb.alias]));

    // The platform moved the buyer's deposit into the court's account (网拍规定 art 25 para 2).
    expect(sold.result).toMatchObject({ depositTransferReference: expect.stringMatching(/^SIM-TRF-/) });
    const transferredOn = shanghaiDateOf(Date.parse(sold.result.depositTransferredAt));
    // Balance paid → the price into the case ledger as the deposit credited + the balance, ruling due within 10 days; served → hand-over within 15.
    clock.setToday("2025-10-28");
    const paid = await c.officer.post(`/api/v1/lots/${lot.lotId}/balance-paid`, { paidOn: "2025-10-27", paymentReference: "BANK-TRX-001" });
    expect(paid.statusCode, paid.body).toBe(200);
    const ledger = await t.database.db.selectFrom("ledger_entries").select(["source", "amount_fen", "entry_date"]).where("case_id", "=", lot.caseId).orderBy("seq").execute();
    expect(ledger).toEqual([
      { source: "auctionDeposit", amount_fen: 7_000_000, entry_date: transferredOn },
      { source: "auctionProceeds", amount_fen: amount - 7_000_000, entry_date: "2025-10-27" },
    ]);
    expect(paid.json().clocks.find((k: { kind: string }) => k.kind === "auctionRulingService")).toMatchObject({ status: "open", dueDate: "2025-11-06" });
    expect((await c.officer.post(`/api/v1/lots/${lot.lotId}/balance-paid`, { paidOn: "2025-10-27", paymentReference: "X" })).statusCode).toBe(422);
    const served = await c.officer.post(`/api/v1/lots/${lot.lotId}/ruling-served`, { servedOn: "2025-10-28" });
    expect(served.statusCode, served.body).toBe(200);
    expect(served.json().result).toMatchObject({ rulingServedOn: "2025-10-28", ownershipPassedOn: "2025-10-28" });
    expect(served.json().clocks.find((k: { kind: string }) => k.kind === "auctionHandOver")).toMatchObject({ status: "open", dueDate: "2025-11-12" });
    // 查封规定 art 27 para 2: the freeze on the sold patent ended as ownership passed, its clocks met.
    const measures = await t.database.db.selectFrom("measures").select(["id", "status", "released_date"]).where("case_id", "=", lot.caseId).where("external", "=", false).execute();
    expect(measures.length).toBeGreaterThan(0);
    expect(measures.every((m) => m.status === "completed" && m.released_date === "2025-10-28")).toBe(true);
    const open = await t.database.db.selectFrom("clocks").select("id").where("measure_id", "in", measures.map((m) => m.id)).where("status", "=", "open").execute();
    expect(open).toEqual([]);
    const ended = await t.database.db.selectFrom("case_events").select("data").where("case_id", "=", lot.caseId).where("type", "=", "measure.extinguished").execute();
    expect(ended).toHaveLength(measures.length);
    clock.setToday("2025-11-03");
    const handed = await c.officer.post(`/api/v1/lots/${lot.lotId}/handed-over`, { handedOverOn: "2025-11-03" });
    expect(handed.statusCode, handed.body).toBe(200);
    expect(handed.json().clocks.every((k: { status: string }) => k.status !== "open")).toBe(true);
    // The public page: the buyer's name masked, the notice without the ID or phone number.
    const page = (await t.anonymous().get(`/api/v1/public/lots/${lot.lotId}`)).json();
    expect(page).toMatchObject({ status: "sold", result: { kind: "sold", buyerAlias: ra.alias }, asset: { identifier: "ZL202110123456.7" } });
    expect(page.result.buyerName).toMatch(/^\p{Script=Han}某某$/u);
    expect(page.description).not.toContain("110108198503151234");
    expect(page.description).not.toContain("13900001111");
    expect(page.description).toContain("张某某");
  }, 120_000);

  it("gives a tie to the priority holder the court confirmed (earlier rank, then earlier bid), and exempts the applicant from the deposit up to its claim", async () => {
    const { caseId, assetId } = await caseWithAsset(t, c, "2025-09-15");
    const lot = await announcedLot(t, c, clock, "2025-09-15", assetId, caseId);
    const [x, p1, p2] = [await bidder(t), await bidder(t), await bidder(t)];
    const rx = await register(x, lot.lotId);
    const r1 = await register(p1, lot.lotId);
    const r2 = await register(p2, lot.lotId);
    // The applicant of the case (claim 1,000,000 yuan ≥ the deposit) bids without one (网拍规定 art 17 para 2).
    expect(await register(c.applicant, lot.lotId)).toMatchObject({ depositStatus: "exempt", depositDueFen: 0 });
    // Only the court confirms a priority holder (art 19); a bidder claiming a rank it was not given is refused.
    expect((await p1.post(`/api/v1/registrations/${r1.id}/priority`, { rank: 1 })).statusCode).toBe(404);
    expect((await c.officer.post(`/api/v1/registrations/${r1.id}/priority`, { rank: 1 })).statusCode).toBe(200);
    expect((await c.officer.post(`/api/v1/registrations/${r2.id}/priority`, { rank: 2 })).statusCode).toBe(200);
    expect((await c.officer.post(`/api/v1/registrations/${r2.id}/priority`, { rank: 3 })).statusCode).toBe(422);
    clock.setInstant(lot.startAt + MINUTE);
    expect(await bid(x, lot.lotId, 80_000_000)).toMatchObject({ kind: "accepted" });
    expect(await bid(x, lot.lotId, 80_000_000, { priorityRank: 1 })).toMatchObject({ kind: "refused", reason: "priorityNotConfirmed" });
    expect(await bid(p2, lot.lotId, 80_000_000, { priorityRank: 2 })).toMatchObject({ kind: "accepted", live: { leaderAlias: r2.alias } });
    expect(await bid(c.applicant, lot.lotId, 80_000_000)).toMatchObject({ kind: "refused", reason: "belowIncrement" });
    expect(await bid(p1, lot.lotId, 80_000_000, { priorityRank: 1 })).toMatchObject({ kind: "accepted", live: { leaderAlias: r1.alias, priceFen: 80_000_000 } });
    expect(await bid(p2, lot.lotId, 80_000_000, { priorityRank: 2 })).toMatchObject({ kind: "refused", reason: "tieNotPreferred" });
    clock.setInstant(lot.endAt);
    const run = await runAuctionClose(t.ctx);
    expect(run).toMatchObject({ closed: 1, sold: 1 });
    const closed = await lotOf(lot.lotId);
    expect(closed.result).toMatchObject({ kind: "sold", buyerAlias: r1.alias, priceFen: 80_000_000 });
    expect(closed.registrations.find((r: { alias: string }) => r.alias === rx.alias)).toMatchObject({ depositStatus: "refunded" });
    expect(closed.registrations.find((r: { isApplicant: boolean }) => r.isApplicant)).toMatchObject({ depositStatus: "exempt", refundDueAt: null });
  }, 120_000);

  it("has the applicant pay only the part of the deposit its claim does not cover (网拍规定 art 17 para 2)", async () => {
    // A claim of 50,000 yuan (and its fee and interest) against a deposit of 70,000 yuan.
    const duties = [{ kind: "monetary", category: "principal", description: "赔偿经济损失", amountFen: 5_000_000 }];
    const { caseId, assetId } = await caseWithAsset(t, c, "2025-09-15", "patent", 200_000_000, duties);
    const lot = await announcedLot(t, c, clock, "2025-09-15", assetId, caseId);
    const r = await register(c.applicant, lot.lotId);
    expect(r).toMatchObject({ depositStatus: "paid" });
    expect(r.depositDueFen).toBeGreaterThan(0);
    expect(r.depositDueFen).toBeLessThan(7_000_000 - 5_000_000 + 1);
  }, 60_000);

  it("keeps an unpaid deposit from bidding, and refuses a bidder whose payment failed until it pays", async () => {
    const { caseId, assetId } = await caseWithAsset(t, c, "2025-09-15");
    const lot = await announcedLot(t, c, clock, "2025-09-15", assetId, caseId);
    const poor = await bidder(t, "余额不足先生");
    const r = await poor.post(`/api/v1/lots/${lot.lotId}/registrations`);
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ depositStatus: "pending", paymentError: expect.stringContaining("余额不足") });
    clock.setInstant(lot.startAt);
    expect(await bid(poor, lot.lotId, 70_000_000)).toMatchObject({ kind: "refused", reason: "notEligible" });
    const stranger = await bidder(t);
    const none = await stranger.post(`/api/v1/lots/${lot.lotId}/bids`, { bidId: randomUUID(), amountFen: 70_000_000 });
    expect(none.statusCode).toBe(422);
    expect(none.json().error.field).toBe("lotId");
  }, 60_000);

  /** An SSE watcher of a lot on a listening server: the `lot` events it received, and a wait for the n-th. */
  function watch(port: number, lotId: string) {
    const events: { priceFen: number | null; leaderAlias: string | null; endAt: string; version: number }[] = [];
    const waiters: [number, () => void][] = [];
    const req = request({ host: "127.0.0.1", port, path: `/api/v1/public/lots/${lotId}/events`, headers: { accept: "text/event-stream" } }, (res) => {
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toContain("text/event-stream");
      let buf = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        buf += chunk;
        let i: number;
        while ((i = buf.indexOf("\n\n")) >= 0) {
          const block = buf.slice(0, i);
          buf = buf.slice(i + 2);
          const data = block.split("\n").find((l) => l.startsWith("data: "));
          if (data) events.push(JSON.parse(data.slice(6)));
          for (const [n, done] of waiters) if (events.length >= n) done();
        }
      });
    });
    req.on("error", () => undefined);
    req.end();
    const next = (n: number, ms = 10_000) =>
      new Promise<void>((resolve, reject) => {
        if (events.length >= n) return resolve();
        waiters.push([n, resolve]);
        setTimeout(() => reject(new Error(`SSE: ${events.length} event(s), waited for ${n}`)), ms);
      });
    return { events, next, close: () => req.destroy() };
  }

  it("streams the lot's live state over Server-Sent Events and delivers a bid to a watcher", async () => {
    const { caseId, assetId } = await caseWithAsset(t, c, "2025-09-15");
    const lot = await announcedLot(t, c, clock, "2025-09-15", assetId, caseId);
    const w = await bidder(t);
    const rw = await register(w, lot.lotId);
    clock.setInstant(lot.endAt - 2 * MINUTE);
    await t.app.listen({ port: 0, host: "127.0.0.1" });
    const sse = watch((t.app.server.address() as AddressInfo).port, lot.lotId);
    await sse.next(1);
    expect(sse.events[0]).toMatchObject({ priceFen: null, leaderAlias: null });
    expect((await bid(w, lot.lotId, 70_000_000)).kind).toBe("accepted");
    await sse.next(2);
    expect(sse.events[1]).toMatchObject({ priceFen: 70_000_000, leaderAlias: rw.alias });
    // The bid 2 minutes before the end extended it to 5 minutes after the bid.
    expect(Date.parse(sse.events[1]!.endAt)).toBe(lot.endAt - 2 * MINUTE + 5 * MINUTE);
    sse.close();
  }, 60_000);

  it("reaches a watcher connected to another server process on the same database, through that process's poll", async () => {
    const { caseId, assetId } = await caseWithAsset(t, c, "2025-09-15");
    const lot = await announcedLot(t, c, clock, "2025-09-15", assetId, caseId);
    const w = await bidder(t);
    const rw = await register(w, lot.lotId);
    clock.setInstant(lot.startAt + HOUR);
    // A second application on the same database: its own context, so its own broadcaster, polling every 100 ms.
    const ctxB = { ...t.ctx };
    setAuctionSettings(ctxB, { ssePollMs: 100 });
    const appB = await buildApp(ctxB, { webDist: null });
    try {
      await appB.listen({ port: 0, host: "127.0.0.1" });
      const sse = watch((appB.server.address() as AddressInfo).port, lot.lotId);
      await sse.next(1);
      // The bid goes to the first application (app.inject): the second hears of it only through its poll.
      expect((await bid(w, lot.lotId, 70_000_000)).kind).toBe("accepted");
      await sse.next(2, 5_000);
      expect(sse.events[1]).toMatchObject({ priceFen: 70_000_000, leaderAlias: rw.alias });
      expect(sse.events[1]!.version).toBeGreaterThan(sse.events[0]!.version);
      // The stream is still open: closing the server ends it (preClose) instead of waiting for the watcher.
      expect(broadcaster(ctxB).watching(lot.lotId)).toBe(1);
    } finally {
      await appB.close();
    }
    expect(broadcaster(ctxB).watching(lot.lotId)).toBe(0);
  }, 60_000);
});
