// 终本 (rules.md §16): 终本规定(2016) arts 1–3, 5, 9; 民诉法解释(2022) art 517; 失信规定(2017) art 10(4).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createStatutoryCalendar } from "../calendar";
import { transition } from "../case/transition";
import { actors, ctx, HANDLER_ID, registeredCase, run } from "../case/test-helpers";
import { fromDayNumber, toDayNumber, compareIsoDates, type IsoDate } from "../dates/iso-date";
import { expectDomainError } from "../testing/expect-domain-error";
import { evaluateZhongben, ZHONGBEN_CONDITION_KEYS, ZHONGBEN_SETTINGS, type ZhongbenConditionKey, type ZhongbenFacts } from "./checklist";
import { reinquiryOutcome, reinquirySchedule, withZhongbenOverrides, ZHONGBEN_PERIODS } from "./reinquiry";

const cal = createStatutoryCalendar();

const ALL_MET: ZhongbenFacts = {
  registeredDate: "2025-03-05",
  today: "2025-06-06",
  noticeIssued: true,
  reportOrderIssued: true,
  reportVerified: true,
  reportBreach: false,
  reportBreachSanctioned: false,
  consumptionRestrictionIssued: true,
  dishonestConditionsMet: true,
  dishonestListed: true,
  investigationStepsDone: ["cluesChecked", "networkInquiry"],
  propertyBeyondNetwork: false,
  applicantAppliedForAuditOrReward: false,
  noDisposableProperty: true,
  respondentMissing: false,
  respondentSearched: false,
  obstructionFound: false,
  obstructionSanctioned: false,
  applicantInterviewed: true,
  approval: "applicantConfirmed",
};

describe("the 终本 checklist, each condition with its article (终本规定 art 1; 解释 art 517)", () => {
  it("all conditions met → ready, with the checklist and approval the closure takes", () => {
    const e = evaluateZhongben(ALL_MET, cal);
    expect(e.ready).toBe(true);
    expect(e.conditions.map((c) => c.key)).toEqual(ZHONGBEN_CONDITION_KEYS);
    expect(Object.values(e.checklist).every(Boolean)).toBe(true);
    expect(e).toMatchObject({ approval: "applicantConfirmed", earliestDate: "2025-06-06" });
  });

  it.each<[string, Partial<ZhongbenFacts>, ZhongbenConditionKey, string]>([
    ["art 1(1): no report order", { reportOrderIssued: false }, "notifiedAndReportOrdered", "第一条第一项"],
    ["art 2: report not verified", { reportVerified: false }, "notifiedAndReportOrdered", "第二条"],
    ["art 2: a late report not sanctioned", { reportBreach: true }, "notifiedAndReportOrdered", "第二条"],
    ["art 1(2): no consumption restriction", { consumptionRestrictionIssued: false }, "consumptionRestricted", "第一条第二项"],
    ["art 1(2): listing conditions met but not listed", { dishonestListed: false }, "dishonestListedWhereApplicable", "第一条第二项"],
    ["art 1(3), art 3: network inquiry not run", { investigationStepsDone: ["cluesChecked"] }, "investigationExhausted", "网络执行查控"],
    ["art 3: property beyond the network needs an on-site check", { propertyBeyondNetwork: true }, "investigationExhausted", "现场调查"],
    ["art 3: the applicant's audit/reward application", { applicantAppliedForAuditOrReward: true }, "investigationExhausted", "审计或者悬赏"],
    ["art 1(3): disposable property found", { noDisposableProperty: false }, "investigationExhausted", "应当处置"],
    ["art 1(4): exactly 3 months is not 'more than'", { today: "2025-06-05" }, "moreThanThreeMonths", "2025-06-05 之后"],
    ["art 1(5): missing respondent not searched", { respondentMissing: true }, "debtorSearchedAndSanctioned", "下落不明"],
    ["art 1(5): obstruction not sanctioned", { obstructionFound: true }, "debtorSearchedAndSanctioned", "妨害执行"],
    ["art 5 (PARTIAL): applicant not heard", { applicantInterviewed: false }, "applicantInterviewed", "听取其意见"],
    ["民诉法解释 art 517: no approval", { approval: null }, "approval", "第五百一十七条"],
  ])("%s", (_l, over, key, fragment) => {
    const e = evaluateZhongben({ ...ALL_MET, ...over }, cal);
    expect(e.ready).toBe(false);
    expect(e.unmet.map((c) => c.key)).toEqual([key]);
    expect(e.unmet[0]!.reason!.zh).toContain(fragment);
    expect(e.unmet[0]!.reason!.en.length).toBeGreaterThan(0);
  });

  it.each<[string, Partial<ZhongbenFacts>]>([
    ["art 1(2): not listed when the conditions are not met", { dishonestConditionsMet: false, dishonestListed: false }],
    ["art 1(5): searched for when missing", { respondentMissing: true, respondentSearched: true }],
    ["art 2: a breach that was sanctioned", { reportBreach: true, reportBreachSanctioned: true }],
    ["解释 art 517: a collegial panel approved by the president", { approval: "collegialPanelApproved" }],
  ])("still ready — %s", (_l, over) => expect(evaluateZhongben({ ...ALL_MET, ...over }, cal).ready).toBe(true));

  it("marks which conditions are confirmed and which configurable", () => {
    const e = evaluateZhongben(ALL_MET, cal);
    const by = Object.fromEntries(e.conditions.map((c) => [c.key, [c.confidence, c.configurable]]));
    expect(by).toMatchObject({
      notifiedAndReportOrdered: ["CONFIRMED-S", false],
      investigationExhausted: ["PARTIAL", true],
      moreThanThreeMonths: ["CONFIRMED-S", true],
      applicantInterviewed: ["PARTIAL", false],
      approval: ["CONFIRMED-P", false],
    });
  });

  it("art 3 (PARTIAL): the required investigation steps are configurable", () => {
    const settings = { ...ZHONGBEN_SETTINGS, requiredInvestigationSteps: ["cluesChecked", "networkInquiry", "search"] as const };
    expect(evaluateZhongben(ALL_MET, cal, settings).unmet.map((c) => c.key)).toEqual(["investigationExhausted"]);
  });
});

describe("plugs into the lifecycle's closure (case/closure.ts)", () => {
  function suspendable() {
    const assigned = run(registeredCase({ applicationDate: "2025-03-05" }, "2025-03-05"), [[{ type: "assign", handlerId: HANDLER_ID }, actors.divisionHead, "2025-03-05"]]);
    return run(assigned, [[{ type: "issueNotice", withReportOrder: true }, actors.handler, "2025-03-05"]]);
  }
  it("the evaluated checklist and approval close the case as 终本", () => {
    const e = evaluateZhongben(ALL_MET, cal);
    const r = transition(suspendable(), { type: "close", mode: "suspendedNoAssets", reason: "无可供执行财产", checklist: e.checklist, approval: e.approval! }, ctx("2025-06-06", actors.handler));
    expect(r.next).toMatchObject({ status: "closed", closureMode: "suspendedNoAssets" });
  });
  it("an unmet condition is refused by the closure as well", () => {
    const e = evaluateZhongben({ ...ALL_MET, applicantInterviewed: false }, cal);
    const err = expectDomainError(
      () => transition(suspendable(), { type: "close", mode: "suspendedNoAssets", reason: "无可供执行财产", checklist: e.checklist, approval: "applicantConfirmed" }, ctx("2025-06-06", actors.handler)),
      "PRECONDITION_FAILED",
      "checklist",
    );
    expect(err.details.map((d) => d.field)).toEqual(["checklist.applicantInterviewed"]);
  });
});

describe("re-inquiry after 终本 (终本规定 art 9: every 6 months for 5 years, CONFIRMED-S)", () => {
  it.each<[string, IsoDate, IsoDate[]]>([
    [
      "art 9 + 民法典 art 202: from 31 Aug, month ends respected, 10 runs",
      "2025-08-31",
      ["2026-02-28", "2026-08-31", "2027-02-28", "2027-08-31", "2028-02-29", "2028-08-31", "2029-02-28", "2029-08-31", "2030-02-28", "2030-08-31"],
    ],
    ["art 9: from 2025-06-06", "2025-06-06", ["2025-12-06", "2026-06-06", "2026-12-06", "2027-06-06", "2027-12-06", "2028-06-06", "2028-12-06", "2029-06-06", "2029-12-06", "2030-06-06"]],
  ])("%s", (_l, closure, dues) => {
    expect(reinquirySchedule(closure, cal).map((r) => r.due)).toEqual(dues);
  });
  it("rows are CONFIRMED-S and configurable", () => {
    expect(ZHONGBEN_PERIODS.reinquiryInterval).toMatchObject({ period: { unit: "months", n: 6 }, confidence: "CONFIRMED-S", basis: { article: "art 9" } });
    expect(reinquirySchedule("2025-06-06", cal, withZhongbenOverrides({ reinquiryInterval: 12 }))).toHaveLength(5);
  });
  it("every run is after the closure and within 5 years, increasing (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber("2005-01-01"), max: toDayNumber("2090-01-01") }), (n) => {
        const closure = fromDayNumber(n);
        const runs = reinquirySchedule(closure, cal);
        expect(runs).toHaveLength(10);
        let prev = closure;
        for (const r of runs) {
          expect(compareIsoDates(r.due, prev)).toBeGreaterThan(0);
          prev = r.due;
        }
        expect(toDayNumber(prev) - n).toBeLessThanOrEqual(366 * 5);
      }),
      { numRuns: 100 },
    );
  });
  it.each<[string, Parameters<typeof reinquiryOutcome>[0], boolean, boolean]>([
    ["art 9: property found → resume flag", { propertyFound: true, fruitlessBefore: 1, clueProvided: false }, true, false],
    ["失信 art 10(4): the first fruitless run is not enough", { propertyFound: false, fruitlessBefore: 0, clueProvided: false }, false, false],
    ["失信 art 10(4): the second fruitless run, no clue → deletion condition", { propertyFound: false, fruitlessBefore: 1, clueProvided: false }, false, true],
    ["失信 art 10(4): a clue was given", { propertyFound: false, fruitlessBefore: 3, clueProvided: true }, false, false],
  ])("%s", (_l, input, resumeFlag, deletion) => {
    expect(reinquiryOutcome(input)).toMatchObject({ resumeFlag, dishonestDeletionCondition: deletion, notifyApplicant: true, limitationApplies: false });
  });
});
