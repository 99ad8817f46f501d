import { describe, expect, it } from "vitest";
import { createStatutoryCalendar } from "../calendar";
import type { Period } from "../calendar/compute-deadline";
import { replayLedger } from "./entries";
import { computePayoutDeadline, DEFAULT_PAYOUT_PERIOD, openPayoutDeadlines } from "./payout-deadline";
import { allocate, expectDomainError, fee, payout, receipt, reverse, reward } from "./test-helpers";

const cal = createStatutoryCalendar();

describe("computePayoutDeadline (UNCONFIRMED period, counted per 民诉法(2023) art 85)", () => {
  it.each<[string, string, Period | undefined, string, boolean]>([
    // label, received on, period (default 30 days), due, shifted past a rest day
    ["default 30 days: day of receipt not counted (art 85 para 2)", "2025-03-03", undefined, "2025-04-02", false],
    ["day 30 on 国庆 2025-10-01 moves to the first working day after the holiday (art 85 para 3)", "2025-09-01", undefined, "2025-10-09", true],
    ["day 30 (Sun 2025-06-01) inside 端午 2025-05-31…06-02 moves to Tue 06-03", "2025-05-02", undefined, "2025-06-03", true],
    ["a configured period: 15 working days", "2025-03-03", { unit: "workingDays", n: 15 }, "2025-03-24", false],
    ["a configured period: 1 month", "2025-01-31", { unit: "months", n: 1 }, "2025-02-28", false],
  ])("%s", (_label, receivedOn, period, due, shifted) => {
    const d = computePayoutDeadline(receivedOn, cal, period);
    expect(d.due).toBe(due);
    expect(d.deadline.shifted).toBe(shifted);
    expect(d.period).toEqual(period ?? DEFAULT_PAYOUT_PERIOD);
    expect(d.confidence).toBe("UNCONFIRMED");
    expect(d.note.zh).toContain("未经核实");
    expect(d.deadline.basis[0]).toMatchObject({ article: "art 85 para 2" });
  });

  it("the default is 30 days", () => expect(DEFAULT_PAYOUT_PERIOD).toEqual({ unit: "days", n: 30 }));

  it.each<[string, Period, string]>([
    ["a negative period", { unit: "days", n: -1 }, "n"],
    ["an unknown unit", { unit: "weeks" as never, n: 2 }, "unit"],
  ])("refuses %s (VALIDATION)", (_label, period, field) => {
    expectDomainError(() => computePayoutDeadline("2025-03-03", cal, period), "VALIDATION", field);
  });

  it("refuses an invalid date (VALIDATION, from)", () => expectDomainError(() => computePayoutDeadline("2025-13-01", cal), "VALIDATION", "from"));
});

describe("openPayoutDeadlines: receipts not yet disbursed, first in first out", () => {
  it("money out (payouts, fee retained, rewards) settles the oldest receipts first", () => {
    const r1 = receipt(500, "deduction", "2025-03-03");
    const r2 = receipt(300, "respondentPayment", "2025-03-10");
    const l = replayLedger([r1, r2, allocate("enforcementFee", 50), allocate("principal", 750), fee(50), reward(100), payout("applicant", 450)]);
    const open = openPayoutDeadlines(l, cal);
    expect(open.map((o) => [o.receiptId, o.amountFen, o.undisbursedFen, o.deadline.due])).toEqual([[r2.id, 300, 200, "2025-04-09"]]);
  });

  it("lists every receipt while nothing has been paid out, oldest first even if recorded later", () => {
    const late = receipt(100, "other", "2025-03-10");
    const early = receipt(200, "other", "2025-03-03");
    const open = openPayoutDeadlines(replayLedger([late, early]), cal);
    expect(open.map((o) => [o.receiptId, o.undisbursedFen, o.deadline.due])).toEqual([
      [early.id, 200, "2025-04-02"],
      [late.id, 100, "2025-04-09"],
    ]);
  });

  it("ignores reversed receipts and is empty once everything has left", () => {
    const bad = receipt(999, "other", "2025-03-01");
    const l = replayLedger([bad, reverse(bad.id, "2025-03-02"), receipt(100), allocate("principal", 100), payout("applicant", 100)]);
    expect(openPayoutDeadlines(l, cal)).toEqual([]);
  });

  it("uses a configured period", () => {
    const open = openPayoutDeadlines(replayLedger([receipt(1, "other", "2025-03-03")]), cal, { unit: "days", n: 10 });
    expect(open[0]!.deadline.due).toBe("2025-03-13");
  });
});
