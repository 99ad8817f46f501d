import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import { createTestApp, type TestApp } from "../testing/test-app";
import { validApplication } from "../testing/fixtures";
import { submitApplication } from "../modules/cases/cases.service";
import type { ApplicationInput } from "../modules/cases/cases.schemas";
import { sweepClocks } from "./clock-sweep.job";

describe.each(TEST_BACKENDS)("clock sweep on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-09-15" });
  });
  afterAll(async () => t?.close());

  it("reminds once per clock when due soon and once when overdue, in bounded batches, idempotently", async () => {
    const clerk = await t.user("clerk");
    for (let i = 0; i < 5; i++) await submitApplication(t.ctx, clerk, validApplication() as ApplicationInput);
    // decision due 2025-09-22, noticeOuter due 2025-09-25
    t.setToday("2025-09-20");
    expect(await sweepClocks(t.ctx, { batchSize: 2, leadDays: 2 })).toEqual({ dueSoon: 5, overdue: 0, batches: 3 });
    expect(await sweepClocks(t.ctx, { batchSize: 2, leadDays: 2 })).toEqual({ dueSoon: 0, overdue: 0, batches: 0 });
    t.setToday("2025-09-23");
    const r = await sweepClocks(t.ctx, { batchSize: 3, leadDays: 2 });
    expect(r).toEqual({ dueSoon: 5, overdue: 5, batches: 4 });
    const reminders = await t.database.db.selectFrom("reminders").select(["kind"]).execute();
    expect(reminders.filter((x) => x.kind === "overdue")).toHaveLength(5);
    expect(reminders.filter((x) => x.kind === "dueSoon")).toHaveLength(10);
    expect(await sweepClocks(t.ctx, { leadDays: 2 })).toEqual({ dueSoon: 0, overdue: 0, batches: 0 });
  });
});
