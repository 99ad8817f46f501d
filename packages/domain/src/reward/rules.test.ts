// 悬赏公告 rules (财产调查规定 arts 21–24). Calendar: 国庆/中秋 2025 is 10-01..10-08, 调休 09-28 (Sun), 10-11 (Sat).
import { describe, expect, it } from "vitest";
import { createStatutoryCalendar } from "../calendar";
import { DomainError } from "../errors/domain-error";
import {
  allowedRewardActions,
  checkRewardPayee,
  REWARD_DECISION_PERIOD,
  REWARD_NOTICE_STATUSES,
  rewardDecisionDeadline,
  rewardNoticeTransition,
  rewardTakesTips,
  validateRewardApplication,
  validateRewardClosure,
  type RewardApplicationInput,
  type RewardNoticeAction,
} from "./rules";

const cal = createStatutoryCalendar();

function expectField(fn: () => unknown, code: string, field: string): DomainError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe(code);
    expect((e as DomainError).field).toBe(field);
    return e as DomainError;
  }
  throw new Error("expected a DomainError");
}

describe("rewardDecisionDeadline: 10 days from the written application (art 21 last para, CONFIRMED-P)", () => {
  it("is a fixed 10-day period citing art 21", () => {
    expect(REWARD_DECISION_PERIOD).toEqual({ unit: "days", n: 10 });
    expect(rewardDecisionDeadline("2025-09-01", cal)).toMatchObject({ due: "2025-09-11", ruleBasis: { law: "财产调查规定(2020)", article: "art 21" } });
  });
  it.each([
    ["start day not counted", "2025-09-15", "2025-09-25", false],
    ["ends on the 调休 Sunday 09-28: a working day", "2025-09-18", "2025-09-28", false],
    ["ends on 10-01 (National Day): moves to 10-09", "2025-09-21", "2025-10-09", true],
    ["ends on 10-05 inside the holiday: 10-09", "2025-09-25", "2025-10-09", true],
    ["ends on Saturday 09-20: Monday 09-22", "2025-09-10", "2025-09-22", true],
    ["ends on the 调休 Saturday 10-11: a working day", "2025-10-01", "2025-10-11", false],
  ])("%s: applied %s → due %s", (_l, applied, due, shifted) => {
    expect(rewardDecisionDeadline(applied, cal)).toMatchObject({ due, shifted, n: 10 });
  });
  it("refuses a malformed date", () => {
    expect(() => rewardDecisionDeadline("2025-13-01", cal)).toThrow(DomainError);
  });
});

describe("validateRewardApplication (art 21 para 1; art 22 para 2)", () => {
  const ok: RewardApplicationInput = { written: true, amountFen: 5_000_000, promiseToPay: true, channels: ["nationalPlatform"] };

  it.each<[string, Partial<RewardApplicationInput>, Record<string, unknown>]>([
    ["a fixed amount", {}, { amountFen: 5_000_000, formula: null, channels: ["nationalPlatform"] }],
    ["a formula", { amountFen: null, formula: "实际执行到位金额的 10%" }, { amountFen: null, formula: "实际执行到位金额的 10%" }],
    ["several channels", { channels: ["courtWeibo", "courtWeChat", "courtNoticeBoard"] }, { channels: ["courtWeibo", "courtWeChat", "courtNoticeBoard"] }],
    ["other media at the applicant's cost", { channels: ["courtWeChat", "otherMedia"], applicantBearsOtherMediaCost: true, otherMediaName: "某日报" }, { otherMediaName: "某日报" }],
  ])("accepts %s", (_l, patch, expected) => {
    expect(validateRewardApplication({ ...ok, ...patch })).toMatchObject(expected);
  });

  it.each<[string, Partial<RewardApplicationInput>, string, string]>([
    ["not written", { written: false }, "PRECONDITION_FAILED", "written"],
    ["neither amount nor formula", { amountFen: null, formula: " " }, "VALIDATION", "amountFen"],
    ["both amount and formula", { formula: "执行到位金额的 5%" }, "VALIDATION", "formula"],
    ["amount 0", { amountFen: 0 }, "VALIDATION", "amountFen"],
    ["amount negative", { amountFen: -100 }, "VALIDATION", "amountFen"],
    ["amount fractional", { amountFen: 10.5 }, "VALIDATION", "amountFen"],
    ["amount above the bound", { amountFen: 10_000_000_001 }, "VALIDATION", "amountFen"],
    ["formula too short", { amountFen: null, formula: "5%" }, "VALIDATION", "formula"],
    ["no promise to pay", { promiseToPay: false }, "PRECONDITION_FAILED", "promiseToPay"],
    ["no channel", { channels: [] }, "VALIDATION", "channels"],
    ["only a notice board (no media platform)", { channels: ["courtNoticeBoard"] }, "VALIDATION", "channels"],
    ["unknown channel", { channels: ["nationalPlatform", "tiktok"] }, "VALIDATION", "channels"],
    ["duplicate channel", { channels: ["courtWeibo", "courtWeibo"] }, "VALIDATION", "channels"],
    ["other media without bearing the cost", { channels: ["courtWeibo", "otherMedia"], otherMediaName: "某日报" }, "VALIDATION", "applicantBearsOtherMediaCost"],
    ["other media unnamed", { channels: ["courtWeibo", "otherMedia"], applicantBearsOtherMediaCost: true }, "VALIDATION", "otherMediaName"],
    ["media name without other media", { otherMediaName: "某日报" }, "VALIDATION", "otherMediaName"],
  ])("refuses %s", (_l, patch, code, field) => {
    const e = expectField(() => validateRewardApplication({ ...ok, ...patch }), code, field);
    expect(e.message.length).toBeGreaterThan(0);
  });
});

describe("checkRewardPayee (art 24)", () => {
  const base = { isApplicantAgent: false, obligedToReport: false, clueNewToCourt: true, ledToRecovery: true };
  it.each<[string, Partial<typeof base>, boolean, number, string]>([
    ["an outsider with a new clue that led to recovery", {}, true, 0, "art 24 para 1"],
    ["the applicant's agent", { isApplicantAgent: true }, false, 1, "art 24 para 3"],
    ["a person obliged to report", { obligedToReport: true }, false, 1, "art 24 para 3"],
    ["a clue the court already had", { clueNewToCourt: false }, false, 1, "art 24 para 1"],
    ["no recovery", { ledToRecovery: false }, false, 1, "art 24 para 1"],
    ["agent and obliged and no recovery", { isApplicantAgent: true, obligedToReport: true, ledToRecovery: false }, false, 3, "art 24 para 3"],
  ])("%s → eligible %s", (_l, patch, eligible, n, article) => {
    const r = checkRewardPayee({ ...base, ...patch });
    expect(r.eligible).toBe(eligible);
    expect(r.reasons).toHaveLength(n);
    expect(r.basis[0]).toMatchObject({ article });
  });
});

describe("rewardNoticeTransition: who ends a notice, from which status (product rules read from arts 21–22)", () => {
  it.each<[string, string, RewardNoticeAction, string | null, string]>([
    ["the court publishes an application (art 22)", "applied", "publish", "published", "art 22"],
    ["the court refuses an application (art 21 last para)", "applied", "refuse", "refused", "art 21"],
    ["the applicant withdraws its application before the decision (art 21: it applied)", "applied", "withdraw", "withdrawn", "art 21"],
    ["the applicant withdraws a published notice (art 21)", "published", "withdraw", "withdrawn", "art 21"],
    ["the court closes a published notice (art 22: it made the notice)", "published", "close", "closed", "art 22"],
    ["no closing before publication", "applied", "close", null, "art 22"],
    ["no second publication", "published", "publish", null, "art 22"],
    ["a refused notice is final: no withdrawal", "refused", "withdraw", null, "art 21"],
    ["a refused notice is final: no closing", "refused", "close", null, "art 22"],
    ["a withdrawn notice is final: no second withdrawal", "withdrawn", "withdraw", null, "art 21"],
    ["a withdrawn notice is final: no closing", "withdrawn", "close", null, "art 22"],
    ["a closed notice is final: no withdrawal", "closed", "withdraw", null, "art 21"],
    ["a closed notice is final: no second closing", "closed", "close", null, "art 22"],
    ["an unknown status allows nothing", "lost", "withdraw", null, "art 21"],
  ])("%s: %s --%s--> %s", (_l, from, action, to, article) => {
    if (to === null) {
      const e = expectField(() => rewardNoticeTransition(from, action), "TRANSITION_NOT_ALLOWED", "status");
      expect(e.messages.zh.length).toBeGreaterThan(0);
      expect(e.messages.en).toMatch(/cannot be/);
    } else {
      expect(rewardNoticeTransition(from, action)).toMatchObject({ next: to, basis: { law: "财产调查规定(2020)", article } });
    }
  });

  it.each<[string, RewardNoticeAction[], boolean]>([
    ["applied", ["publish", "refuse", "withdraw"], false],
    ["published", ["withdraw", "close"], true],
    ["refused", [], false],
    ["withdrawn", [], false],
    ["closed", [], false],
  ])("a notice %s allows %j and takes tips: %s (art 23 para 1)", (status, actions, tips) => {
    expect(allowedRewardActions(status)).toEqual(actions);
    expect(rewardTakesTips(status)).toBe(tips);
  });

  it("allowedRewardActions agrees with rewardNoticeTransition for every status and action", () => {
    for (const s of REWARD_NOTICE_STATUSES) {
      for (const a of ["publish", "refuse", "withdraw", "close"] as RewardNoticeAction[]) {
        const ok = allowedRewardActions(s).includes(a);
        if (ok) expect(() => rewardNoticeTransition(s, a)).not.toThrow();
        else expect(() => rewardNoticeTransition(s, a)).toThrow(DomainError);
      }
    }
  });
});

describe("validateRewardClosure: why the court closes a published notice (art 22, product rule)", () => {
  it.each<[string, { reason: string; note?: string | null }, { reason: string; note: string | null }]>([
    ["property found", { reason: "propertyFound" }, { reason: "propertyFound", note: null }],
    ["reward paid, with a note", { reason: "rewardPaid", note: " 已按第二十四条发放 " }, { reason: "rewardPaid", note: "已按第二十四条发放" }],
    ["case closed, a blank note dropped", { reason: "caseClosed", note: "  " }, { reason: "caseClosed", note: null }],
    ["other, with the reason stated", { reason: "other", note: "申请执行人与被执行人达成和解" }, { reason: "other", note: "申请执行人与被执行人达成和解" }],
  ])("accepts %s", (_l, input, expected) => {
    expect(validateRewardClosure(input)).toEqual(expected);
  });
  it.each<[string, { reason: string; note?: string | null }, string]>([
    ["an unknown reason", { reason: "bored" }, "reason"],
    ["other without a note", { reason: "other" }, "note"],
    ["other with a blank note", { reason: "other", note: " " }, "note"],
    ["a one-character note", { reason: "propertyFound", note: "是" }, "note"],
    ["a note over 500 characters", { reason: "propertyFound", note: "字".repeat(501) }, "note"],
  ])("refuses %s", (_l, input, field) => {
    expectField(() => validateRewardClosure(input), "VALIDATION", field);
  });
});
