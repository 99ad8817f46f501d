import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allocateCaseSeq, upsertCourts } from "./repositories";
import { createTestDatabase, TEST_BACKENDS, type TestDatabase } from "./testing";

describe.each(TEST_BACKENDS)("database on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    await upsertCourts(t.db, [
      { id: "bj-ip", code: "京73", name: "北京知识产权法院", name_en: "Beijing IP Court", level: "ipCourt", parent_id: null, province: "北京" },
    ]);
  });
  afterAll(async () => t?.drop());

  it("parses dates as calendar strings and bigint as numbers", async () => {
    const { sql } = await import("kysely");
    const r = await sql<{ d: string; n: number; c: number }>`select date '2025-10-08' as d, 9007199254740991::bigint as n, count(*)::int as c from courts`.execute(t.db);
    expect(r.rows[0]).toEqual({ d: "2025-10-08", n: 9007199254740991, c: 1 });
  });

  it("allocates case sequences per court, year and type without gaps, and a rollback returns the number", async () => {
    expect(await allocateCaseSeq(t.db, "bj-ip", 2025, "执")).toBe(1);
    expect(await allocateCaseSeq(t.db, "bj-ip", 2025, "执")).toBe(2);
    expect(await allocateCaseSeq(t.db, "bj-ip", 2025, "执保")).toBe(1);
    expect(await allocateCaseSeq(t.db, "bj-ip", 2026, "执")).toBe(1);
    await expect(
      t.db.transaction().execute(async (tx) => {
        expect(await allocateCaseSeq(tx, "bj-ip", 2025, "执")).toBe(3);
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await allocateCaseSeq(t.db, "bj-ip", 2025, "执")).toBe(3);
  });

  it("gives 50 concurrent transactions 50 distinct consecutive numbers", async () => {
    const seqs = await Promise.all(
      Array.from({ length: 50 }, () => t.db.transaction().execute((tx) => allocateCaseSeq(tx, "bj-ip", 2027, "执"))),
    );
    expect([...seqs].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });
});
