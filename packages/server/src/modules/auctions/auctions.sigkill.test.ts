// The real `zhixing serve`, killed with SIGKILL in the middle of a storm of bids and started again,
// on a PostgreSQL server and on embedded PGlite (its data directory): every bid it acknowledged as
// accepted is still there with the seq it was acknowledged with, the seqs have no gap, a retried bid
// id gets its first answer, and bidding goes on at the next seq. (An acknowledgement is sent only
// after the bid's transaction committed.)
//
// PGlite is one process's database: the test app that sets the lot up is closed before `serve` opens
// the data directory, and the stored rows are read again only after the last server has stopped.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { migrateToLatest, openDatabase, type DatabaseKind } from "@zhixing/db";
import { shanghaiDateOf } from "@zhixing/domain";
import { createTestApp, type Client, type TestApp } from "../../testing/test-app";
import { announcedLot, bidder, caseWithAsset, register, setUp, useClock } from "./auctions-test-setup";

const BIN = join(import.meta.dirname, "..", "..", "..", "bin", "zhixing.mjs");
const DAY = 86_400_000;

function serve(env: Record<string, string>): Promise<{ proc: ChildProcess; base: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [BIN, "serve", "--port", "0", "--host", "127.0.0.1", "--no-jobs"], {
      env: { ...process.env, ...env, ZHIXING_LOG: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    const timer = setTimeout(() => reject(new Error(`zhixing serve did not start: ${out}`)), 60_000);
    proc.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /is running: (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ proc, base: m[1]!.replace("localhost", "127.0.0.1") });
      }
    });
    proc.stderr!.on("data", (d: Buffer) => (out += d.toString()));
    proc.on("exit", (code) => reject(new Error(`zhixing serve exited (${code}): ${out}`)));
  });
}

const exited = (p: ChildProcess) => new Promise<void>((r) => (p.exitCode !== null || p.signalCode !== null ? r() : p.once("exit", () => r())));

describe.each<DatabaseKind>(["postgres", "pglite"])("the server killed with SIGKILL during a storm of bids (%s)", (kind) => {
  const procs: ChildProcess[] = [];
  let t: TestApp | undefined;
  const dir = kind === "pglite" ? mkdtempSync(join(tmpdir(), "zhixing-sigkill-")) : null;
  afterAll(async () => {
    for (const p of procs) if (p.exitCode === null && p.signalCode === null) p.kill("SIGKILL");
    await t?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("loses no acknowledged bid and goes on after a restart", async () => {
    let env: Record<string, string>;
    if (dir) {
      const d = await openDatabase({ dataDir: join(dir, "pglite") });
      await migrateToLatest(d.db);
      t = await createTestApp("pglite", { database: { ...d, drop: () => d.close() } });
      env = { ZHIXING_DATA_DIR: dir, DATABASE_URL: "" };
    } else {
      t = await createTestApp("postgres");
      env = { DATABASE_URL: t.database.url! };
    }
    const c = await setUp(t);
    const clock = useClock(t);
    // The served process bids on the wall clock: a lot set up 40 days ago is in its (20-day) bidding now.
    const day0 = shanghaiDateOf(Date.now() - 40 * DAY);
    const { caseId, assetId } = await caseWithAsset(t, c, day0);
    const lot = await announcedLot(t, c, clock, day0, assetId, caseId, { hours: 24 * 20, incrementFen: 100_000 });
    expect(lot.startAt < Date.now() && Date.now() < lot.endAt - DAY).toBe(true);
    const bidders: Client[] = [];
    for (let i = 0; i < 10; i++) bidders.push(await bidder(t));
    for (const b of bidders) await register(b, lot.lotId);
    if (dir) {
      // Hand the data directory over to the served process.
      await t.close();
      t = undefined;
    }

    const first = await serve(env);
    procs.push(first.proc);
    type Ack = { bidId: string; seq: number | null; kind: string; bidder: number; amountFen: number };
    const acks: Ack[] = [];
    let known = 0;
    let killed = false;
    const post = async (base: string, b: Client, bidId: string, amountFen: number) => {
      const res = await fetch(`${base}/api/v1/lots/${lot.lotId}/bids`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: b.cookie!, "x-csrf-token": b.csrf },
        body: JSON.stringify({ bidId, amountFen }),
      });
      const body = (await res.json()) as { kind: string; seq: number | null; duplicate: boolean; live: { priceFen: number | null } };
      if (res.status !== 200 && res.status !== 201) throw new Error(`${res.status} ${JSON.stringify(body)}`);
      known = Math.max(known, body.live.priceFen ?? 0);
      return body;
    };
    await Promise.all(
      bidders.map(async (b, i) => {
        while (!killed) {
          const bidId = randomUUID();
          const amountFen = Math.max(70_000_000, known + 100_000 * (1 + (i % 3)));
          try {
            const body = await post(first.base, b, bidId, amountFen);
            acks.push({ bidId, seq: body.seq, kind: body.kind, bidder: i, amountFen });
          } catch {
            return; // the connection died with the server: not acknowledged
          }
          // Kill the server once enough bids were acknowledged, while the others are in flight.
          if (!killed && acks.filter((a) => a.kind === "accepted").length >= 40) {
            killed = true;
            first.proc.kill("SIGKILL");
          }
        }
      }),
    );
    await exited(first.proc);
    expect(first.proc.signalCode).toBe("SIGKILL");

    const second = await serve(env);
    procs.push(second.proc);
    const hist = (await (await fetch(`${second.base}/api/v1/public/lots/${lot.lotId}/bids`)).json()) as { items: { seq: number }[] };
    const accepted = acks.filter((a) => a.kind === "accepted");
    expect(accepted.length).toBeGreaterThanOrEqual(40);
    const seqs = hist.items.map((h) => h.seq).sort((x, y) => x - y);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    expect(seqs.length).toBeGreaterThanOrEqual(accepted.length);
    // Every acknowledged bid, retried by its bidder, gets its first answer back (it is stored with
    // that seq); a new bid takes the next seq.
    for (const a of accepted) {
      expect(await post(second.base, bidders[a.bidder]!, a.bidId, a.amountFen), a.bidId).toMatchObject({ kind: "accepted", seq: a.seq, duplicate: true });
    }
    const next = await post(second.base, bidders[1]!, randomUUID(), known + 1_000_000);
    expect(next).toMatchObject({ kind: "accepted", seq: seqs.length + 1 });
    second.proc.kill("SIGTERM");
    await exited(second.proc);

    // The stored rows, read directly once the server is gone.
    const check = dir ? await openDatabase({ dataDir: join(dir, "pglite") }) : t!.database;
    try {
      const stored = await check.db.selectFrom("auction_bids").select(["id", "seq", "status"]).where("lot_id", "=", lot.lotId).execute();
      for (const a of accepted) expect(stored.find((s) => s.id === a.bidId), a.bidId).toMatchObject({ status: "accepted", seq: a.seq });
      expect(stored.filter((s) => s.status === "accepted").map((s) => s.seq).sort((x, y) => x! - y!)).toEqual(seqs.concat(seqs.length + 1));
    } finally {
      if (dir) await check.close();
    }
  }, 240_000);
});
