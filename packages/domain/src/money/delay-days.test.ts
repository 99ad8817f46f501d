import { describe, expect, it } from "vitest";
import { delayDays } from "./delay-days";

describe("delayDays (迟延履行利息解释 arts 2–3; start day per 民法典 art 201, rules.md §7 UNCONFIRMED)", () => {
  it.each<[string, string, boolean | undefined, number]>([
    ["2025-03-01", "2025-03-01", undefined, 0], // paid on the expiry day
    ["2025-03-01", "2025-03-02", undefined, 1], // the day after
    ["2025-03-01", "2025-03-31", undefined, 30],
    ["2024-02-28", "2024-03-01", undefined, 2], // leap day counts
    ["2025-03-01", "2025-02-28", undefined, 0], // performed before expiry
    ["2025-03-01", "2025-03-01", true, 1], // counting the expiry day
    ["2025-03-01", "2025-03-31", true, 31],
    ["2025-03-01", "2025-02-28", true, 0],
  ])("%s → %s (countStartDay %s) = %i", (from, to, countStartDay, days) => {
    expect(delayDays(from, to, countStartDay === undefined ? undefined : { countStartDay })).toBe(days);
  });
  it("rejects bad dates", () => expect(() => delayDays("2025-02-30", "2025-03-01")).toThrow(/from/));
});
