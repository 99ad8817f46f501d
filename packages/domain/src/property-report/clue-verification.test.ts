// Clue verification: 7 days, 3 when urgent (财产调查规定 art 2 para 1, CONFIRMED-P); the investigation
// within 1 month (若干期限规定, PARTIAL, configurable). The periods and their counting are the
// preservation module's (periods.ts, expiry-reminders.ts); these rows pin what the clue clocks rely on.
import { describe, expect, it } from "vitest";
import { createStatutoryCalendar } from "../calendar";
import { DomainError } from "../errors/domain-error";
import { clueVerificationDeadline, investigationDeadline, withPreservationOverrides } from "../preservation";

const cal = createStatutoryCalendar();

describe("clueVerificationDeadline (财产调查规定 art 2 para 1)", () => {
  it.each([
    ["7 days, ordinary", "2025-09-15", false, "2025-09-22", false],
    ["7 days ending on 10-03 (National Day) → 10-09", "2025-09-26", false, "2025-10-09", true],
    ["7 days ending on the 调休 Sunday 09-28: no shift", "2025-09-21", false, "2025-09-28", false],
    ["urgent: 3 days", "2025-09-15", true, "2025-09-18", false],
    ["urgent: 3 days ending on Saturday 09-20 → Monday", "2025-09-17", true, "2025-09-22", true],
    ["urgent: 3 days ending on 10-01 → 10-09", "2025-09-28", true, "2025-10-09", true],
  ])("%s: received %s → due %s", (_l, received, urgent, due, shifted) => {
    const d = clueVerificationDeadline({ clueReceivedDate: received, urgent }, cal);
    expect(d).toMatchObject({ due, period: { unit: "days", n: urgent ? 3 : 7 }, confidence: "CONFIRMED-P" });
    expect(d.basis[0]).toMatchObject({ law: "财产调查规定(2020)", article: "art 2 para 1" });
    expect(d.basis.some((b) => b.article === "art 85 para 3")).toBe(shifted);
  });

  it("the 7 and 3 days are confirmed in the norm's text and cannot be configured", () => {
    expect(() => withPreservationOverrides({ clueVerification: 5 })).toThrow(DomainError);
    expect(() => withPreservationOverrides({ clueVerificationUrgent: 1 })).toThrow(DomainError);
  });

  it("refuses a received date that is not a date", () => {
    expect(() => clueVerificationDeadline({ clueReceivedDate: "2025-13-01", urgent: false }, cal)).toThrow(DomainError);
  });
});

describe("investigationDeadline: generally within 1 month (若干期限规定, PARTIAL → configurable)", () => {
  it.each([
    ["a month", "2025-08-15", "2025-09-15"],
    ["month end clamps (民法典 art 202)", "2025-01-31", "2025-02-28"],
    ["ending on 10-01 → 10-09", "2025-09-01", "2025-10-09"],
  ])("%s: %s → %s", (_l, from, due) => {
    expect(investigationDeadline({ investigationFrom: from }, cal)).toMatchObject({ due, confidence: "PARTIAL" });
  });
  it("takes a configured length", () => {
    expect(investigationDeadline({ investigationFrom: "2025-08-15" }, cal, withPreservationOverrides({ propertyInvestigation: 2 })).due).toBe("2025-10-15");
  });
});
