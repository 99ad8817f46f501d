// The SM3-chained audit log detects any altered, deleted or inserted record, and says where.
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { auditHash, canonicalJson } from "./audit-chain";
import { upsertCourts, verifyAuditChain, writeAudit } from "./repositories";
import { createTestDatabase, TEST_BACKENDS, type TestDatabase } from "./testing";

describe("canonicalJson and SM3", () => {
  it("sorts keys at every level and hashes with SM3 (GB/T 32905 test vector 'abc')", async () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}');
    const { createHash } = await import("node:crypto");
    expect(createHash("sm3").update("abc").digest("hex")).toBe("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
  });
});

describe.each(TEST_BACKENDS)("audit chain on %s", (kind) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(kind);
    await upsertCourts(t.db, [
      { id: "bj-ip", code: "京73", name: "北京知识产权法院", name_en: "Beijing IP Court", level: "ipCourt", parent_id: null, province: "北京" },
      { id: "sh-ip", code: "沪73", name: "上海知识产权法院", name_en: "Shanghai IP Court", level: "ipCourt", parent_id: null, province: "上海" },
    ]);
    for (let i = 1; i <= 6; i++) {
      await writeAudit(t.db, { courtId: i % 2 ? "bj-ip" : "sh-ip", actorId: null, actorRole: "officer", action: "inquiry.run", entityType: "case", entityId: `c${i}`, detail: { n: i, purpose: "查询存款" } });
    }
    await writeAudit(t.db, { courtId: null, actorId: null, actorRole: "system", action: "seed", entityType: "user", entityId: null });
  });
  afterEach(async () => t?.drop());

  const rowOf = async (entityId: string) => t.db.selectFrom("audit_log").selectAll().where("entity_id", "=", entityId).executeTakeFirstOrThrow();

  it("verifies an untouched log: one chain per court, sequences 1..n", async () => {
    const v = await verifyAuditChain(t.db, { pageSize: 2 });
    expect(v).toEqual({ ok: true, chains: 3, records: 7, problems: [] });
    const bj = await t.db.selectFrom("audit_log").select(["chain_seq"]).where("chain_key", "=", "bj-ip").orderBy("chain_seq").execute();
    expect(bj.map((r) => Number(r.chain_seq))).toEqual([1, 2, 3]);
  });

  it("keeps one gap-free chain under concurrent writers", async () => {
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        t.db.transaction().execute((tx) => writeAudit(tx, { courtId: "bj-ip", actorId: null, actorRole: "officer", action: "measure.freeze", entityType: "measure", entityId: `m${i}` })),
      ),
    );
    const v = await verifyAuditChain(t.db);
    expect(v.ok).toBe(true);
    expect(v.records).toBe(37);
  });

  it("detects an altered record and says which", async () => {
    const r = await rowOf("c3");
    await sql`update audit_log set detail = ${JSON.stringify({ n: 3, purpose: "查询不动产" })}::jsonb where id = ${r.id}`.execute(t.db);
    const v = await verifyAuditChain(t.db);
    expect(v.ok).toBe(false);
    expect(v.problems).toEqual([expect.objectContaining({ chainKey: "bj-ip", chainSeq: 2, id: r.id, problem: "altered" })]);
  });

  it("detects an altered record whose hash was recomputed too (the next link breaks)", async () => {
    const r = await rowOf("c3");
    const forged = auditHash({
      id: r.id, chainKey: r.chain_key, chainSeq: Number(r.chain_seq), prevHash: r.prev_hash, at: new Date(r.at).toISOString(),
      courtId: r.court_id, actorId: r.actor_id, actorRole: r.actor_role, action: "inquiry.cancelled", entityType: r.entity_type,
      entityId: r.entity_id, caseId: r.case_id, detail: r.detail, ip: r.ip,
    });
    await sql`update audit_log set action = 'inquiry.cancelled', hash = ${forged} where id = ${r.id}`.execute(t.db);
    const v = await verifyAuditChain(t.db);
    expect(v.problems).toEqual([expect.objectContaining({ chainKey: "bj-ip", chainSeq: 3, problem: "brokenLink" })]);
  });

  it("detects a deleted record in the middle of a chain", async () => {
    const r = await rowOf("c3");
    await sql`delete from audit_log where id = ${r.id}`.execute(t.db);
    const v = await verifyAuditChain(t.db);
    expect(v.problems).toEqual([expect.objectContaining({ chainKey: "bj-ip", chainSeq: 3, problem: "missing" })]);
  });

  it("detects a deleted newest record against the chain head", async () => {
    const r = await rowOf("c5");
    await sql`delete from audit_log where id = ${r.id}`.execute(t.db);
    const v = await verifyAuditChain(t.db);
    expect(v.problems).toEqual([expect.objectContaining({ chainKey: "bj-ip", problem: "truncated" })]);
  });

  it("detects an inserted record", async () => {
    const r = await rowOf("c3");
    await sql`update audit_log set chain_seq = chain_seq + 1 where chain_key = 'bj-ip' and chain_seq >= 2`.execute(t.db).catch(async () => {
      // the unique index refuses a direct shift; shift from the top down
      for (const seq of [3, 2]) await sql`update audit_log set chain_seq = ${seq + 1} where chain_key = 'bj-ip' and chain_seq = ${seq}`.execute(t.db);
    });
    await sql`insert into audit_log (id, court_id, at, action, entity_type, detail, chain_key, chain_seq, prev_hash, hash)
      values ('00000000-0000-4000-8000-000000000001', 'bj-ip', now(), 'inquiry.run', 'case', '{}'::jsonb, 'bj-ip', 2, ${r.prev_hash}, ${"f".repeat(64)})`.execute(t.db);
    const v = await verifyAuditChain(t.db);
    expect(v.ok).toBe(false);
    expect(v.problems[0]).toEqual(expect.objectContaining({ chainKey: "bj-ip", chainSeq: 2, id: "00000000-0000-4000-8000-000000000001", problem: "altered" }));
  });
});

describe("the audit-chain migration over an existing log (PGlite)", () => {
  it("backfills a valid chain over the records written before it", async () => {
    const { openDatabase, migrateTo, migrateToLatest } = await import("./database");
    const d = await openDatabase({ memory: true });
    try {
      await migrateTo(d.db, "20261125-0002-clock-periods");
      for (let i = 0; i < 5; i++) {
        await sql`insert into audit_log (id, court_id, actor_role, action, entity_type, entity_id, detail)
          values (gen_random_uuid(), ${i % 2 ? "bj-ip" : null}, 'officer', 'case.register', 'case', ${`c${i}`}, ${JSON.stringify({ i })}::jsonb)`.execute(d.db);
      }
      await migrateToLatest(d.db);
      expect(await verifyAuditChain(d.db)).toEqual({ ok: true, chains: 2, records: 5, problems: [] });
      await writeAudit(d.db, { courtId: "bj-ip", actorId: null, actorRole: "officer", action: "case.assign", entityType: "case", entityId: "c9" });
      expect((await verifyAuditChain(d.db)).ok).toBe(true);
    } finally {
      await d.close();
    }
  });
});
