// A storm of concurrent bids on one lot over real HTTP (the app listening on a port), on PGlite and on
// the PostgreSQL server: 20 bidders × 10 bids at once, in the last minutes so that every accepted bid
// extends the end, with some bid ids sent twice at the same moment. Afterwards: every acknowledged
// accepted bid is stored as accepted with the seq it was acknowledged with (none lost), the seqs run
// 1…N without a gap, a serial replay of the stored accepted bids through the domain accepts every one
// and ends with the lot's price, leader and end, and the close names that leader the one winner.
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import { closeLot, openLot, replay } from "@zhixing/domain";
import { createTestApp, type Client, type TestApp } from "../../testing/test-app";
import { runAuctionClose } from "../../jobs/auction-close.job";
import { announcedLot, bidder, caseWithAsset, MINUTE, register, setUp, useClock, type Clients, type Clock } from "./auctions-test-setup";

const BIDDERS = 20;
const BIDS_EACH = 10;
const INCREMENT = 100_000;

describe.each(TEST_BACKENDS)("a storm of concurrent bids on %s", (kind) => {
  let t: TestApp;
  let c: Clients;
  let clock: Clock;
  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-09-15" });
    c = await setUp(t);
    clock = useClock(t);
  }, 60_000);
  afterAll(async () => t?.close());

  it(`${BIDDERS} bidders × ${BIDS_EACH} bids at once: no acknowledged bid lost, none out of order, one winner, equal to a serial replay`, async () => {
    const { caseId, assetId } = await caseWithAsset(t, c, "2025-09-15");
    const lot = await announcedLot(t, c, clock, "2025-09-15", assetId, caseId, { startingPriceFen: 70_000_000, depositFen: 7_000_000, incrementFen: INCREMENT });
    const bidders: Client[] = [];
    for (let i = 0; i < BIDDERS; i++) bidders.push(await bidder(t));
    const regs = await Promise.all(bidders.map((b) => register(b, lot.lotId)));
    expect(regs.every((r) => r.depositStatus === "paid")).toBe(true);

    // The server's clock runs from 2 minutes before the scheduled end: every accepted bid lands in the last 5 minutes.
    const t0 = Date.now();
    const base = lot.endAt - 2 * MINUTE;
    t.ctx.now = () => new Date(base + (Date.now() - t0));
    await t.app.listen({ port: 0, host: "127.0.0.1" });
    const url = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/api/v1/lots/${lot.lotId}/bids`;

    type Ack = { bidId: string; status: number; kind: string; seq: number | null; amountFen: number; duplicate: boolean; at: string };
    const acks: Ack[] = [];
    const post = async (b: Client, bidId: string, amountFen: number): Promise<Ack> => {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: b.cookie!, "x-csrf-token": b.csrf },
        body: JSON.stringify({ bidId, amountFen }),
      });
      const body = (await res.json()) as { kind: string; seq: number | null; duplicate: boolean; at: string; live: { priceFen: number | null } };
      expect([200, 201], JSON.stringify(body)).toContain(res.status);
      const ack = { bidId, status: res.status, kind: body.kind, seq: body.seq, amountFen, duplicate: body.duplicate, at: body.at };
      acks.push(ack);
      known = Math.max(known, body.live.priceFen ?? 0);
      return ack;
    };
    let known = 0;
    await Promise.all(
      bidders.map(async (b, i) => {
        for (let k = 0; k < BIDS_EACH; k++) {
          const amount = Math.max(70_000_000, known + INCREMENT * (1 + ((i + k) % 3)));
          const bidId = randomUUID();
          // Every fourth bid is sent twice at the same moment (a client retrying): one answer, one row.
          if ((i + k) % 4 === 0) await Promise.all([post(b, bidId, amount), post(b, bidId, amount)]);
          else await post(b, bidId, amount);
        }
      }),
    );
    expect(acks.length).toBe(BIDDERS * BIDS_EACH + Math.ceil((BIDDERS * BIDS_EACH) / 4));

    const db = t.database.db;
    const stored = await db.selectFrom("auction_bids").selectAll().where("lot_id", "=", lot.lotId).execute();
    const accepted = stored.filter((s) => s.status === "accepted").sort((a, b) => a.seq! - b.seq!);
    const ackedAccepted = new Map(acks.filter((a) => a.kind === "accepted").map((a) => [a.bidId, a]));
    // Each bid id once in the table; the twin of a retried bid got the same answer, marked duplicate.
    expect(new Set(stored.map((s) => s.id)).size).toBe(stored.length);
    expect(stored.length).toBe(BIDDERS * BIDS_EACH);
    const twins = acks.filter((a) => a.duplicate);
    expect(twins.length).toBe(Math.ceil((BIDDERS * BIDS_EACH) / 4));
    for (const d of twins) {
      const orig = acks.find((a) => a.bidId === d.bidId && !a.duplicate)!;
      expect([d.kind, d.seq, d.at]).toEqual([orig.kind, orig.seq, orig.at]);
    }
    // No acknowledged accepted bid lost, each with the seq it was acknowledged with; seqs 1…N, times in order.
    expect(accepted.length).toBe(ackedAccepted.size);
    for (const [bidId, ack] of ackedAccepted) expect(accepted.find((s) => s.id === bidId)?.seq).toBe(ack.seq);
    expect(accepted.map((s) => s.seq)).toEqual(accepted.map((_, i) => i + 1));
    for (let i = 1; i < accepted.length; i++) expect(new Date(accepted[i]!.at).getTime()).toBeGreaterThanOrEqual(new Date(accepted[i - 1]!.at).getTime());
    // A real storm: bids raced (some lost the race and were refused as too low) and many were taken. How
    // many depends on timing (a loaded machine accepted exactly 20 of 200 once), so the floor is modest.
    expect(accepted.length).toBeGreaterThanOrEqual(10);
    expect(stored.some((s) => s.status === "refused")).toBe(true);

    // The serial replay of the stored accepted bids, from the lot's setup, with the domain's reducer.
    const row = await db.selectFrom("auction_lots").selectAll().where("id", "=", lot.lotId).executeTakeFirstOrThrow();
    const setup = openLot({
      lotId: lot.lotId,
      startingPriceFen: row.starting_price_fen,
      incrementFen: row.increment_fen,
      startAt: new Date(row.start_at).getTime(),
      endAt: new Date(row.scheduled_end_at).getTime(),
      eligibleBidderIds: (await db.selectFrom("auction_registrations").select("user_id").where("lot_id", "=", lot.lotId).execute()).map((r) => r.user_id),
    });
    const serial = replay(
      setup,
      accepted.map((s) => ({ bidId: s.id, bidderId: s.user_id, amountFen: s.amount_fen, at: new Date(s.at).getTime() })),
    );
    expect(serial.outcomes.every((o) => o.kind === "accepted")).toBe(true);
    expect(serial.state.priceFen).toBe(row.price_fen);
    expect(serial.state.leader?.bidderId).toBe(row.leader_user_id);
    expect(serial.state.endAt).toBe(new Date(row.end_at).getTime());
    expect(row.bid_count).toBe(accepted.length);
    // All were in the last five minutes: the end is 5 minutes after the last accepted bid (网拍规定 art 20 para 2).
    expect(new Date(row.end_at).getTime()).toBe(new Date(accepted.at(-1)!.at).getTime() + 5 * MINUTE);
    expect(accepted.filter((s) => s.extended).length).toBeGreaterThan(accepted.length / 2);

    // One winner: the close, after the last extended end, names the replay's leader.
    t.ctx.now = () => new Date(new Date(row.end_at).getTime());
    const run = await runAuctionClose(t.ctx);
    expect(run).toMatchObject({ closed: 1, sold: 1 });
    const result = await db.selectFrom("auction_results").selectAll().where("lot_id", "=", lot.lotId).executeTakeFirstOrThrow();
    const expected = closeLot(serial.state, serial.state.endAt).result;
    expect(expected.kind).toBe("sold");
    expect([result.buyer_user_id, result.price_fen, result.bid_count]).toEqual([expected.kind === "sold" ? expected.bidderId : null, row.price_fen, accepted.length]);
    // The losers' deposits: 19 refunds.
    const refunded = await db.selectFrom("auction_registrations").select("id").where("lot_id", "=", lot.lotId).where("deposit_status", "=", "refunded").execute();
    expect(refunded.length).toBe(BIDDERS - 1);
  }, 180_000);
});
