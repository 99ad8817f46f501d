// Reminders 30/15/7 days before a term ends (product choice, not statute; moved earlier off rest days),
// and the clue clocks: 财产调查规定(2020) art 2 para 1 (7 days; 3 if urgent, CONFIRMED-P) and the 1-month
// investigation (若干期限规定, PARTIAL, configurable), counted by computeDeadline with the rest-day shift.
import { describe, expect, it } from "vitest";
import type { IsoDate } from "../dates/iso-date";
import { DEFAULT_EXPIRY_REMINDER_DAYS, EXPIRY_REMINDER_OFFSETS, clueVerificationDeadline, expiryReminders, investigationDeadline, investigationStartDeadline } from "./expiry-reminders";
import { withPreservationOverrides } from "./periods";
import { cal, expectDomainError } from "./test-helpers";

describe("EXPIRY_REMINDER_OFFSETS: a product choice, marked as such", () => {
  it("30, 15, 7 days, none of them statutory", () => {
    expect(DEFAULT_EXPIRY_REMINDER_DAYS).toEqual([30, 15, 7]);
    for (const o of EXPIRY_REMINDER_OFFSETS) {
      expect(o.source).toBe("productChoice");
      expect(o.description.zh).toContain("非法定");
    }
  });
});

describe("expiryReminders", () => {
  it("last day 2026-03-10 (Tue): reminders around the 2026 Spring Festival move earlier to a working day", () => {
    expect(expiryReminders({ expires: "2026-03-10" }, cal)).toEqual({
      expires: "2026-03-10",
      lastWorkingDayToRenew: "2026-03-10",
      reminders: [
        { daysBefore: 30, date: "2026-02-06", movedFrom: "2026-02-08" }, // Sun → Fri
        { daysBefore: 15, date: "2026-02-14", movedFrom: "2026-02-23" }, // Spring Festival → the 调休 Saturday before it
        { daysBefore: 7, date: "2026-03-03" },
      ],
    });
  });

  it.each<[IsoDate, IsoDate]>([
    ["2026-03-13", "2026-03-13"], // Fri
    ["2026-03-14", "2026-03-13"], // Sat → Fri
    ["2026-03-15", "2026-03-13"], // Sun → Fri
    ["2026-10-01", "2026-09-30"], // National Day
  ])("last day %s → last working day to renew %s (the term itself is not shifted)", (expires, day) => {
    expect(expiryReminders({ expires }, cal).lastWorkingDayToRenew).toBe(day);
  });

  it.each<[IsoDate, number[]]>([
    ["2026-03-02", [7]], // the 7-day reminder falls on 03-03: after the start
    ["2026-03-03", []], // on the start day: dropped
    ["2026-02-05", [30, 15, 7]], // the day before the 30-day reminder (02-06): all kept
    ["2026-02-06", [15, 7]], // on it: dropped
  ])("term starting %s keeps reminders %j", (startDate, kept) => {
    expect(expiryReminders({ expires: "2026-03-10", startDate }, cal).reminders.map((r) => r.daysBefore)).toEqual(kept);
  });

  it("offsets are configurable", () => {
    expect(expiryReminders({ expires: "2026-03-10" }, cal, [1, 60]).reminders).toEqual([
      { daysBefore: 60, date: "2026-01-09" },
      { daysBefore: 1, date: "2026-03-09" },
    ]);
  });

  it.each<[number[], string]>([
    [[0], "offsets.0"],
    [[7, 7], "offsets.1"],
    [[30, 1.5], "offsets.1"],
    [[366], "offsets.0"],
  ])("offsets %j → VALIDATION %s", (offsets, field) => {
    expectDomainError(() => expiryReminders({ expires: "2026-03-10" }, cal, offsets), "VALIDATION", field);
  });
});

describe("clueVerificationDeadline (财产调查规定 art 2 para 1: 7 days, 3 if urgent)", () => {
  it.each<[IsoDate, boolean, IsoDate, string]>([
    ["2025-03-10", false, "2025-03-17", "Mon + 7 → Mon"],
    ["2025-03-10", true, "2025-03-13", "Mon + 3 → Thu"],
    ["2025-03-11", true, "2025-03-14", "Tue + 3 → Fri"],
    ["2025-03-12", true, "2025-03-17", "Wed + 3 → Sat, shifted to Mon (民诉法 art 85 para 3)"],
    ["2025-09-26", false, "2025-10-09", "Fri + 7 → 10-03 National Day, shifted past the holiday"],
  ])("received %s, urgent %s → due %s (%s)", (clueReceivedDate, urgent, due) => {
    const c = clueVerificationDeadline({ clueReceivedDate, urgent }, cal);
    expect(c).toMatchObject({ key: urgent ? "clueVerificationUrgent" : "clueVerification", from: clueReceivedDate, due, confidence: "CONFIRMED-P" });
    expect(c.basis[0]).toMatchObject({ law: "财产调查规定(2020)", article: "art 2 para 1" });
  });

  it("rejects a malformed date", () => {
    expectDomainError(() => clueVerificationDeadline({ clueReceivedDate: "2025-3-10", urgent: false }, cal), "VALIDATION", "clueReceivedDate");
  });
});

describe("investigationDeadline (若干期限规定: 1 month, PARTIAL → configurable)", () => {
  it.each<[IsoDate, number | undefined, IsoDate]>([
    ["2025-03-10", undefined, "2025-04-10"],
    ["2025-01-31", undefined, "2025-02-28"], // 民法典 art 202
    ["2025-03-10", 2, "2025-05-12"], // 05-10 is a Saturday
  ])("from %s, %s month(s) → due %s", (investigationFrom, months, due) => {
    const periods = months === undefined ? undefined : withPreservationOverrides({ propertyInvestigation: months });
    const c = investigationDeadline({ investigationFrom }, cal, periods);
    expect(c).toMatchObject({ due, confidence: "PARTIAL" });
  });
});

describe("investigationStartDeadline (若干期限规定 art 6: start within 10 days of the request; CONFIRMED-S → configurable)", () => {
  it.each<[IsoDate, number | undefined, IsoDate, string]>([
    ["2025-03-10", undefined, "2025-03-20", "10 days, a Thursday"],
    ["2025-09-26", undefined, "2025-10-09", "10-06 falls in the National Day holiday → first working day after"],
    ["2025-03-10", 5, "2025-03-17", "configured 5: 03-15 is a Saturday → Monday"],
  ])("requested %s, %s day(s) → due %s (%s)", (requestedDate, days, due) => {
    const periods = days === undefined ? undefined : withPreservationOverrides({ investigationStart: days });
    expect(investigationStartDeadline({ requestedDate }, cal, periods)).toMatchObject({ due, confidence: "CONFIRMED-S" });
  });
});
