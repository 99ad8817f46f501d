// 200 concurrent registrations in one court give case numbers 1..200: no gaps, no duplicates.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { validApplication } from "../../testing/fixtures";
import { applyCaseEvent, submitApplication } from "./cases.service";
import type { ApplicationInput } from "./cases.schemas";

describe.each(TEST_BACKENDS)("concurrent registration on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-11-03" });
  });
  afterAll(async () => t?.close());

  it("numbers 200 cases registered at once without gaps or duplicates", async () => {
    const clerk = await t.user("clerk");
    const ids: string[] = [];
    for (let i = 0; i < 200; i++) ids.push(await submitApplication(t.ctx, clerk, validApplication() as ApplicationInput));
    const results = await Promise.allSettled(ids.map((id) => applyCaseEvent(t.ctx, clerk, id, { type: "register" })));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const rows = await t.database.db.selectFrom("cases").select(["case_number", "seq"]).where("id", "in", ids).execute();
    const seqs = rows.map((r) => r.seq!).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(new Set(rows.map((r) => r.case_number)).size).toBe(200);
    expect(rows.every((r) => /^\(2025\)京73执\d+号$/.test(r.case_number!))).toBe(true);
  });

  it("registers a case only once when the same registration is sent twice at the same moment", async () => {
    const clerk = await t.user("clerk");
    const id = await submitApplication(t.ctx, clerk, validApplication() as ApplicationInput);
    const results = await Promise.allSettled([1, 2].map(() => applyCaseEvent(t.ctx, clerk, id, { type: "register" })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const events = await t.database.db.selectFrom("case_events").select("type").where("case_id", "=", id).where("type", "=", "register").execute();
    expect(events).toHaveLength(1);
  });
});
