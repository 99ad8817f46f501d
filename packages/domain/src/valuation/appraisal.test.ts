// 委托评估: 参考价规定(2018) arts 16–17 (three agencies in order), 19 (30 days, suspensions deducted, at
// most two extensions of ≤ 15 days applied for 5 days ahead, default → next agency), 20 (3 days), 23 para 2.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createStatutoryCalendar } from "../calendar";
import { addDays } from "../dates/date-arithmetic";
import type { IsoDate } from "../dates/iso-date";
import { expectDomainError } from "../testing/expect-domain-error";
import {
  appraisalCorrectionDeadline,
  appraisalDeadline,
  appraisalStatus,
  checkAgreedAgencies,
  materialsReturnDeadline,
  nextAgency,
  requestAppraisalExtension,
  type AppraisalExtension,
  type Suspension,
} from "./appraisal";

const cal = createStatutoryCalendar();
// Commissioned Monday 2025-03-10: the 30th day is Wednesday 2025-04-09 (a working day).
const commissionDate = "2025-03-10";

describe("appraisalDeadline (art 19 paras 1–2)", () => {
  type Row = [string, AppraisalExtension[], Suspension[], IsoDate, object];
  it.each<Row>([
    ["30 days from the commission", [], [], "2025-04-09", { extensionsLeft: 2, latestExtensionRequest: "2025-04-04" }],
    ["one 15-day extension applied for exactly 5 days ahead", [{ requestDate: "2025-04-04", days: 15 }], [], "2025-04-24", { extensionDays: 15, extensionsUsed: 1, latestExtensionRequest: "2025-04-19" }],
    [
      "two 15-day extensions: 60 days in all",
      [{ requestDate: "2025-04-01", days: 15 }, { requestDate: "2025-04-19", days: 15 }],
      [],
      "2025-05-09",
      { extensionDays: 30, extensionsLeft: 0, latestExtensionRequest: null },
    ],
    ["a 10-day extension ending on a Saturday is shifted once", [{ requestDate: "2025-04-01", days: 10 }], [], "2025-04-21", { nominalDue: "2025-04-19", latestExtensionRequest: "2025-04-16" }],
    // The extension lengthens one period; the shift applies to its final day only, so 10 + 1 days also
    // end on Monday 04-21 (nominal Sunday 04-20) — the earlier Saturday was never a last day.
    ["10 + 1 days: the shift is not counted twice", [{ requestDate: "2025-04-01", days: 10 }, { requestDate: "2025-04-16", days: 1 }], [], "2025-04-21", { nominalDue: "2025-04-20" }],
    ["a 10-day suspension inside the period is deducted", [], [{ from: "2025-03-20", to: "2025-03-29" }], "2025-04-21", { suspendedDays: 10, nominalDue: "2025-04-19" }],
    ["a suspension across the original last day counts in full", [], [{ from: "2025-04-05", to: "2025-04-14" }], "2025-04-21", { suspendedDays: 10 }],
    ["a suspension after the last day does not count", [], [{ from: "2025-04-10", to: "2025-04-20" }], "2025-04-09", { suspendedDays: 0 }],
    ["a suspension ending on the commission day does not count", [], [{ from: "2025-03-01", to: "2025-03-10" }], "2025-04-09", { suspendedDays: 0 }],
    ["overlapping suspensions are deducted once", [], [{ from: "2025-03-20", to: "2025-03-29" }, { from: "2025-03-25", to: "2025-04-02" }], "2025-04-23", { suspendedDays: 14 }],
  ])("%s → due %s", (_l, extensions, suspensions, due, more) => {
    const d = appraisalDeadline({ commissionDate, extensions, suspensions }, cal);
    expect(d).toMatchObject({ key: "appraisalReport", due, ...more });
    expect(d.basis[0]).toMatchObject({ law: "参考价规定(2018)", article: "art 19 para 1" });
    if (extensions.length > 0) expect(d.basis[1]).toMatchObject({ article: "art 19 para 2" });
  });

  type Bad = [string, AppraisalExtension[], "VALIDATION" | "PRECONDITION_FAILED", string];
  it.each<Bad>([
    ["applied 4 days ahead", [{ requestDate: "2025-04-05", days: 15 }], "PRECONDITION_FAILED", "extensions.0.requestDate"],
    ["applied on the last day", [{ requestDate: "2025-04-09", days: 5 }], "PRECONDITION_FAILED", "extensions.0.requestDate"],
    ["second applied too late", [{ requestDate: "2025-04-01", days: 15 }, { requestDate: "2025-04-20", days: 15 }], "PRECONDITION_FAILED", "extensions.1.requestDate"],
    ["a third extension", [{ requestDate: "2025-03-20", days: 1 }, { requestDate: "2025-03-21", days: 1 }, { requestDate: "2025-03-22", days: 1 }], "PRECONDITION_FAILED", "extensions.2"],
    ["16 days", [{ requestDate: "2025-04-01", days: 16 }], "VALIDATION", "extensions.0.days"],
    ["0 days", [{ requestDate: "2025-04-01", days: 0 }], "VALIDATION", "extensions.0.days"],
    ["half a day", [{ requestDate: "2025-04-01", days: 1.5 }], "VALIDATION", "extensions.0.days"],
    ["applied before the commission", [{ requestDate: "2025-03-09", days: 5 }], "VALIDATION", "extensions.0.requestDate"],
  ])("refused: %s", (_l, extensions, code, field) => {
    expectDomainError(() => appraisalDeadline({ commissionDate, extensions }, cal), code, field);
  });

  it("refuses a suspension that ends before it starts", () => {
    expectDomainError(() => appraisalDeadline({ commissionDate, suspensions: [{ from: "2025-03-20", to: "2025-03-19" }] }, cal), "VALIDATION", "suspensions.0.to");
  });

  it("requestAppraisalExtension adds one extension on top of those granted", () => {
    const granted = { commissionDate, extensions: [{ requestDate: "2025-04-01", days: 15 }] };
    expect(requestAppraisalExtension(granted, { requestDate: "2025-04-19", days: 15 }, cal).due).toBe("2025-05-09");
    expectDomainError(() => requestAppraisalExtension(granted, { requestDate: "2025-04-20", days: 15 }, cal), "PRECONDITION_FAILED", "extensions.1.requestDate");
  });

  it("never ends on a rest day, is 30 + extensions + suspended days from the commission (then shifted), and never shrinks with an extension (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6000 }),
        fc.array(fc.integer({ min: 1, max: 15 }), { maxLength: 2 }),
        fc.option(fc.tuple(fc.integer({ min: -10, max: 70 }), fc.integer({ min: 0, max: 40 })), { nil: undefined }),
        (offset, days, susp) => {
          const from = addDays("2005-01-01", offset);
          const suspensions = susp ? [{ from: addDays(from, susp[0]), to: addDays(from, susp[0] + susp[1]) }] : [];
          let prev: { due: IsoDate; nominalDue: IsoDate } | undefined;
          const extensions: AppraisalExtension[] = [];
          for (const n of [undefined, ...days]) {
            if (n !== undefined) extensions.push({ requestDate: from, days: n });
            const d = appraisalDeadline({ commissionDate: from, extensions, suspensions }, cal);
            expect(cal.isWorkingDay(d.due)).toBe(true);
            expect(d.nominalDue).toBe(addDays(from, 30 + d.extensionDays + d.suspendedDays));
            expect(d.suspendedDays).toBeLessThanOrEqual(susp ? susp[1] + 1 : 0);
            // The nominal day always moves on; the due day may stay when both fall in one rest period.
            if (prev !== undefined) expect(d.nominalDue > prev.nominalDue && d.due >= prev.due).toBe(true);
            prev = d;
          }
        },
      ),
    );
  });
});

describe("appraisalStatus (art 19 para 3: default → next agency)", () => {
  it.each<[string, IsoDate | undefined, IsoDate, string]>([
    ["no report, on the last day", undefined, "2025-04-09", "running"],
    ["no report, the day after", undefined, "2025-04-10", "defaulted"],
    ["reported on the last day", "2025-04-09", "2025-04-20", "delivered"],
    ["reported a day late: still a default", "2025-04-10", "2025-04-10", "defaulted"],
  ])("%s → %s", (_l, reportDate, today, status) => {
    const s = appraisalStatus({ commissionDate, today, ...(reportDate ? { reportDate } : {}) }, cal);
    expect(s.status).toBe(status);
    if (s.status === "defaulted") expect(s.basis[0]).toMatchObject({ article: "art 19 para 3" });
  });
});

describe("3-day clocks for the agency (arts 19 para 3, 20)", () => {
  it("materials returned within 3 days of the notice", () => {
    expect(materialsReturnDeadline({ noticeDate: "2025-03-12" }, cal)).toMatchObject({ key: "appraisalMaterialsReturn", nominalDue: "2025-03-15", due: "2025-03-17" });
  });
  it("explanation or correction within 3 days (art 20)", () => {
    expect(appraisalCorrectionDeadline({ noticeDate: "2025-03-10" }, cal)).toMatchObject({ key: "appraisalCorrection", due: "2025-03-13" });
  });
});

describe("three agencies in order (arts 16, 17, 19 para 3, 23 para 2)", () => {
  const order = ["X", "Y", "Z"];
  it.each<[string[], object]>([
    [[], { kind: "next", agencyId: "X", position: 1 }],
    [["X"], { kind: "next", agencyId: "Y", position: 2 }],
    [["X", "Y"], { kind: "next", agencyId: "Z", position: 3 }],
    [["X", "Y", "Z"], { kind: "reselect" }],
  ])("after %j failed → %j", (failed, expected) => {
    const n = nextAgency({ order, failed });
    expect(n).toMatchObject(expected);
    expect(n.basis[0]).toMatchObject({ law: "参考价规定(2018)" });
  });
  it.each<[{ order: string[]; failed: string[] }, string]>([
    [{ order: ["X", "Y"], failed: [] }, "order"],
    [{ order: ["X", "X", "Z"], failed: [] }, "order"],
    [{ order, failed: ["W"] }, "failed.0"],
  ])("malformed %j → VALIDATION %s", (input, field) => {
    expectDomainError(() => nextAgency(input), "VALIDATION", field);
  });

  it("the parties' agreed three, in their order (art 16)", () => {
    expect(checkAgreedAgencies({ candidates: ["X", "Y", "Z", "W"], chosen: ["W", "X", "Y"] })).toEqual(["W", "X", "Y"]);
    expectDomainError(() => checkAgreedAgencies({ candidates: ["X", "Y", "Z"], chosen: ["X", "W", "Y"] }), "VALIDATION", "chosen.1");
    expectDomainError(() => checkAgreedAgencies({ candidates: ["X", "Y", "Z"], chosen: ["X", "Y"] }), "VALIDATION", "chosen");
    expectDomainError(() => checkAgreedAgencies({ candidates: ["X", "Y", "Z"], chosen: ["X", "Y", "Y"] }), "VALIDATION", "chosen");
  });
});
