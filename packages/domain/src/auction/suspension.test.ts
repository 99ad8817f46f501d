// Rows cite 网拍规定(2016) art 28 (暂缓 / 中止, resumption within 5 days) with arts 12, 20, 26 for the resumed schedule.
import { describe, expect, it } from "vitest";
import { assertSuspendable, resumeDeadline, resumedSchedule } from "./suspension";
import { cal, expectDomainError, HOUR } from "./test-helpers";

const at = (s: string) => Date.parse(s);

describe("assertSuspendable (网拍规定 art 28 para 1)", () => {
  it.each<[string, string, number, string | null]>([
    ["art 28 para 1: an announced lot before bidding", "announced", 10, null],
    ["art 28 para 1: an announced lot while bidding", "announced", 1, null],
    ["art 28: already suspended", "suspended", 10, "status"],
    ["art 28: a sold lot is no longer suspended but dealt with after the sale", "sold", 10, "status"],
    ["art 28: bidding ended: close first", "announced", -1, "status"],
  ])("%s", (_rule, status, endsIn, field) => {
    const run = () => assertSuspendable({ status, endAtMs: 1000 + endsIn, nowMs: 1000 });
    if (field) expectDomainError(run, "PRECONDITION_FAILED", field);
    else expect(run()[0]).toMatchObject({ law: "网拍规定(2016)", article: "art 28 para 1" });
  });
});

describe("resumeDeadline: within 5 days after the cause ended (网拍规定 art 28 para 4)", () => {
  it.each<[string, string, string]>([
    ["art 28 para 4: cause ended Mon 2025-03-03 → Sat 03-08 shifted to Mon 03-10", "2025-03-03", "2025-03-10"],
    ["art 28 para 4: cause ended Tue 2025-03-04 → Sun 03-09 → Mon 03-10", "2025-03-04", "2025-03-10"],
    ["art 28 para 4: cause ended Wed 2025-03-12 → Mon 03-17", "2025-03-12", "2025-03-17"],
  ])("%s", (_rule, ended, due) => {
    const r = resumeDeadline(ended, cal);
    expect(r.due).toBe(due);
    expect(r.period).toEqual({ unit: "days", n: 5 });
    expect(r.basis[0]).toMatchObject({ article: "art 28 para 4" });
  });
});

describe("resumedSchedule: re-announced on the resumption day (网拍规定 arts 12, 20, 26, 28)", () => {
  const now = at("2025-03-10T02:00:00Z");
  it.each<[string, { resumeOn: string; causeEndedOn: string | null; round: 1 | 2; startAt: string; endAt: string }, string | null, boolean]>([
    ["art 12 + 28: movables re-announced 03-10 → bidding from 03-26", { resumeOn: "2025-03-10", causeEndedOn: "2025-03-07", round: 1, startAt: "2025-03-26T02:00:00Z", endAt: "2025-03-27T02:00:00Z" }, null, true],
    ["art 26 + 28: a round-2 lot needs 7 days only", { resumeOn: "2025-03-10", causeEndedOn: "2025-03-07", round: 2, startAt: "2025-03-18T02:00:00Z", endAt: "2025-03-19T02:00:00Z" }, null, true],
    ["art 12: too early for the 15-day announcement", { resumeOn: "2025-03-10", causeEndedOn: null, round: 1, startAt: "2025-03-20T02:00:00Z", endAt: "2025-03-21T02:00:00Z" }, "startAt", true],
    ["art 20 para 2: bidding under 24 hours", { resumeOn: "2025-03-10", causeEndedOn: null, round: 1, startAt: "2025-03-26T02:00:00Z", endAt: "2025-03-27T01:00:00Z" }, "endAt", true],
    ["art 28 para 4: resumed after the 5 days — allowed, flagged late", { resumeOn: "2025-03-10", causeEndedOn: "2025-02-24", round: 1, startAt: "2025-03-26T02:00:00Z", endAt: "2025-03-27T02:00:00Z" }, null, false],
    ["art 28 para 4: not before the cause ended", { resumeOn: "2025-03-10", causeEndedOn: "2025-03-11", round: 1, startAt: "2025-03-26T02:00:00Z", endAt: "2025-03-27T02:00:00Z" }, "resumeOn", true],
  ])("%s", (_rule, i, field, inTime) => {
    const run = () => resumedSchedule({ ...i, assetClass: "movables", startAt: at(i.startAt), endAt: at(i.endAt), nowMs: now }, cal);
    if (field) expectDomainError(run, "VALIDATION", field);
    else {
      const r = run();
      expect(r.inTime).toBe(inTime);
      expect(r.basis[0]).toMatchObject({ article: "art 28 para 4" });
    }
  });
  it("refuses a start in the past", () =>
    expectDomainError(() => resumedSchedule({ resumeOn: "2025-03-10", causeEndedOn: null, assetClass: "movables", round: 1, startAt: now - HOUR, endAt: now + 24 * HOUR, nowMs: now }, cal), "VALIDATION", "startAt"));
});
