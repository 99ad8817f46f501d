// pg-boss runs the clock sweep as a job on both databases: on the server with its own pool, and on
// embedded PGlite through the db adapter.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import { createTestApp, type TestApp } from "../testing/test-app";
import { validApplication } from "../testing/fixtures";
import { submitApplication } from "../modules/cases/cases.service";
import type { ApplicationInput } from "../modules/cases/cases.schemas";
import { CLOCK_SWEEP_QUEUE } from "./clock-sweep.job";
import { MEASURE_LAPSE_QUEUE } from "./measure-lapse.job";
import { STANDING_FREEZE_QUEUE } from "./standing-freeze.job";
import { AUCTION_CLOSE_QUEUE } from "./auction-close.job";
import { VALUATION_COLLECT_QUEUE } from "../modules/valuation/valuation-collect.job";
import { CREDIT_DELETION_QUEUE } from "./credit-deletion.job";
import { ZHONGBEN_REINQUIRY_QUEUE } from "./zhongben-reinquiry.job";
import { startScheduler, type Scheduler } from "./scheduler";

describe.each(TEST_BACKENDS)("scheduler on %s", (kind) => {
  let t: TestApp;
  let scheduler: Scheduler | undefined;
  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-09-15" });
  });
  afterAll(async () => {
    await scheduler?.stop();
    await t?.close();
  });

  it("schedules the sweep in Asia/Shanghai and runs a sweep job to completion", async () => {
    const clerk = await t.user("clerk");
    await submitApplication(t.ctx, clerk, validApplication() as ApplicationInput);
    t.setToday("2025-09-24"); // the decision clock (due 09-22) is overdue
    scheduler = await startScheduler(t.ctx);
    const schedules = await scheduler.boss.getSchedules();
    expect(schedules.map((s) => [s.name, s.options?.tz]).sort()).toEqual([
      [AUCTION_CLOSE_QUEUE, "Asia/Shanghai"],
      [CLOCK_SWEEP_QUEUE, "Asia/Shanghai"],
      [CREDIT_DELETION_QUEUE, "Asia/Shanghai"],
      [MEASURE_LAPSE_QUEUE, "Asia/Shanghai"],
      [STANDING_FREEZE_QUEUE, "Asia/Shanghai"],
      [VALUATION_COLLECT_QUEUE, "Asia/Shanghai"],
      [ZHONGBEN_REINQUIRY_QUEUE, "Asia/Shanghai"],
    ]);
    const jobId = await scheduler.boss.send(CLOCK_SWEEP_QUEUE, {});
    expect(jobId).toBeTruthy();
    const deadline = Date.now() + 25_000;
    let state: string | undefined;
    while (Date.now() < deadline) {
      state = (await scheduler.boss.getJobById(CLOCK_SWEEP_QUEUE, jobId!))?.state;
      if (state === "completed" || state === "failed") break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(state).toBe("completed");
    const overdue = await t.database.db.selectFrom("reminders").select("kind").where("kind", "=", "overdue").execute();
    expect(overdue).toHaveLength(1);
  }, 40_000);
});
