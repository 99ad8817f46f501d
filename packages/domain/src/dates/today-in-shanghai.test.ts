import { describe, expect, it } from "vitest";
import { todayInShanghai } from "./today-in-shanghai";

describe("todayInShanghai (UTC+8, no daylight saving)", () => {
  it.each([
    ["2025-01-27T15:59:59.999Z", "2025-01-27"], // 23:59:59 in Shanghai
    ["2025-01-27T16:00:00.000Z", "2025-01-28"], // midnight in Shanghai
    ["2025-12-31T16:00:00Z", "2026-01-01"],
    ["2024-02-28T16:30:00Z", "2024-02-29"],
    ["2025-06-01T00:00:00Z", "2025-06-01"],
  ])("%s → %s", (instant, day) => expect(todayInShanghai(new Date(instant))).toBe(day));
  it("rejects an invalid Date", () => expect(() => todayInShanghai(new Date("x"))).toThrow(RangeError));
});
