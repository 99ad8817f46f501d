// 结案方式 and their preconditions (rules.md §§16, 18): 执行完毕 needs every duty done; 终结本次执行程序
// needs the record of notice and report order, more than 3 months since 立案, the 终本规定 art 1
// checklist and an approval under 民诉法解释 art 517; the other modes need only a reason.
import { describe, expect, it } from "vitest";
import { addDays, type IsoDate } from "../dates";
import { checkClosure, checkMeasuresOnClosure, SUSPENSION_CHECKLIST_ITEMS } from "./closure";
import {
  FULL_CHECKLIST,
  HANDLER_ID,
  T,
  actors,
  assignedCase,
  ctx,
  expectDomainError,
  inProgressCase,
  periods,
  registeredCase,
  run,
  type Step,
} from "./test-helpers";
import { transition } from "./transition";
import { NON_ENFORCEMENT_GROUNDS, TERMINATION_GROUNDS } from "./closure-grounds";
import type { Actor, CaseEvent, CaseState, ClosureMode, SuspensionApproval, SuspensionChecklist } from "./types";

type CloseEvent = Extract<CaseEvent, { type: "close" }>;

/** A closure with a reason and, for the modes that need one, a valid statutory ground. */
function close(mode: ClosureMode, extra: Partial<CloseEvent> = {}): CloseEvent {
  const ground = mode === "terminated" ? "applicationWithdrawn" : mode === "notEnforced" ? "awardOrNotarialInstrument" : undefined;
  return { type: "close", mode, reason: "依法结案", ...(ground ? { ground } : {}), ...extra };
}

const SUSPEND: CloseEvent = close("suspendedNoAssets", { checklist: FULL_CHECKLIST, approval: "applicantConfirmed" });

/** Registered on `registration`, assigned the next day, notice with the report order the day after. */
function suspendableCase(registration: IsoDate, over: Partial<CaseState> = {}): CaseState {
  const assigned = run(registeredCase({ applicationDate: registration, ...over }, registration), [
    [{ type: "assign", handlerId: HANDLER_ID }, actors.divisionHead, registration],
  ]);
  return run(assigned, [[{ type: "issueNotice", withReportOrder: true }, actors.handler, registration]]);
}

function closeOn(state: CaseState, event: CloseEvent, today: IsoDate, actor: Actor = actors.handler) {
  return transition(state, event, ctx(today, actor));
}

describe("completed (执行完毕, 法发〔2014〕26号 art 15): every duty recorded as done", () => {
  const paid = { type: "recordDutyDone", dutyId: "duty-pay", evidence: "银行回单" } as const;
  const stopped = { type: "recordDutyDone", dutyId: "duty-stop", evidence: "停止侵权公证书" } as const;
  it.each<[string, CaseEvent[], number | null]>([
    ["both duties done", [paid, stopped], null],
    ["money paid, conduct still open", [paid], 1],
    ["conduct done, money still open", [stopped], 1],
    ["nothing done", [], 2],
  ])("%s", (_l, done, open) => {
    const state = run(inProgressCase(), done.map((e): Step => [e, actors.handler, "2025-04-01"]));
    const act = () => closeOn(state, close("completed"), "2025-04-02");
    if (open === null) {
      expect(act().next).toMatchObject({ status: "closed", closureMode: "completed", closureDate: "2025-04-02" });
      return;
    }
    const err = expectDomainError(act, "PRECONDITION_FAILED", "mode");
    expect(err.messages.zh).toContain(`${open} 项义务`);
    expect(err.messages.en).toContain(`${open} duty`);
  });

  it("is checked before the notice: a case assigned and fully performed may close as completed", () => {
    const state = assignedCase({ duties: [{ id: "duty-pay", kind: "monetary", done: true }] });
    expect(closeOn(state, close("completed"), "2025-03-08").next.closureMode).toBe("completed");
  });
});

describe("suspendedNoAssets (终本): more than 3 months since 立案 (终本规定 art 1(4)) — boundaries", () => {
  it.each<[string, IsoDate, IsoDate, boolean, string]>([
    ["the day before the 3-month day", "2025-03-05", "2025-06-04", false, "终本规定 art 1(4)"],
    ["on the exact 3-month day (not yet 'more than')", "2025-03-05", "2025-06-05", false, "终本规定 art 1(4)"],
    ["the day after", "2025-03-05", "2025-06-06", true, "终本规定 art 1(4)"],
    // Elapsed time counts to the nominal day: the rest-day shift of 民诉法 art 85 para 3 lengthens a
    // period for acting, it does not postpone a waiting condition. 07-05 is a Saturday (shifted: 07-07).
    ["nominal day on a Saturday: on it", "2025-04-05", "2025-07-05", false, "民法典 art 202; 终本规定 art 1(4)"],
    ["nominal day on a Saturday: the Sunday after is already enough", "2025-04-05", "2025-07-06", true, "民法典 art 202"],
    ["30 Nov + 3 months has no 30 Feb → 28 Feb: on it", "2025-11-30", "2026-02-28", false, "民法典 art 202"],
    ["30 Nov + 3 months → 28 Feb: 1 Mar is after", "2025-11-30", "2026-03-01", true, "民法典 art 202"],
    ["31 Mar + 3 months → 30 Jun: on it", "2025-03-31", "2025-06-30", false, "民法典 art 202"],
    ["31 Mar + 3 months → 30 Jun: 1 Jul is after", "2025-03-31", "2025-07-01", true, "民法典 art 202"],
  ])("registered %2$s, close on %3$s: %1$s → allowed %4$s (%5$s)", (_l, registration, today, ok) => {
    const state = suspendableCase(registration);
    const act = () => closeOn(state, SUSPEND, today);
    if (ok) {
      expect(act().next).toMatchObject({ status: "closed", closureMode: "suspendedNoAssets", closureDate: today });
      return;
    }
    const err = expectDomainError(act, "PRECONDITION_FAILED", "mode");
    expect(err.messages.zh).toContain("第一条第四项");
  });

  it("names the first allowed day's eve in the message", () => {
    const err = expectDomainError(() => closeOn(suspendableCase("2025-03-05"), SUSPEND, "2025-06-05"), "PRECONDITION_FAILED", "mode");
    expect(err.messages.en).toContain("after 2025-06-05");
    expect(periods.suspendedNoAssetsMinimum.period).toEqual({ unit: "months", n: 3 });
  });
});

describe("suspendedNoAssets: notice issued and property report ordered, from the record (终本规定 art 1(1))", () => {
  const late = "2025-07-01"; // well past 3 months from T.registration
  it.each<[string, () => CaseState, Actor]>([
    ["no handler, no notice", registeredCase, actors.divisionHead],
    ["assigned, notice not yet issued", assignedCase, actors.handler],
    ["notice issued without a report order (conduct-only case)", () => inProgressCase({ duties: [{ id: "duty-stop", kind: "conduct", done: false }] }, false), actors.handler],
  ])("%s → PRECONDITION_FAILED (field mode), even with a full checklist and an approval", (_l, state, actor) => {
    const err = expectDomainError(() => closeOn(state(), SUSPEND, late, actor), "PRECONDITION_FAILED", "mode");
    expect(err.messages.zh).toContain("第一条第一项");
  });

  it("the record check comes before the 3-month check", () => {
    const err = expectDomainError(() => closeOn(assignedCase(), SUSPEND, "2025-03-20"), "PRECONDITION_FAILED", "mode");
    expect(err.messages.zh).toContain("第一条第一项");
  });

  it("a conduct-only case where the order was issued anyway qualifies", () => {
    const state = inProgressCase({ duties: [{ id: "duty-stop", kind: "conduct", done: false }] }, true);
    expect(closeOn(state, SUSPEND, late).next.closureMode).toBe("suspendedNoAssets");
  });
});

describe("suspendedNoAssets: the checklist of 终本规定 art 1 and art 5 (约谈)", () => {
  const KEYS = SUSPENSION_CHECKLIST_ITEMS.map((i) => i.key);
  const after = "2025-06-06";

  it("checks every item of SuspensionChecklist, in the order of the rule", () => {
    expect(KEYS).toEqual([
      "notifiedAndReportOrdered",
      "consumptionRestricted",
      "dishonestListedWhereApplicable",
      "investigationExhausted",
      "debtorSearchedAndSanctioned",
      "applicantInterviewed",
    ]);
    expect([...KEYS].sort()).toEqual(Object.keys(FULL_CHECKLIST).sort());
  });

  it.each(SUSPENSION_CHECKLIST_ITEMS.map((i) => [i.key, i] as const))("%s missing → PRECONDITION_FAILED, field checklist, detail checklist.%s", (key, item) => {
    const checklist: SuspensionChecklist = { ...FULL_CHECKLIST, [key]: false };
    const err = expectDomainError(() => closeOn(suspendableCase(T.registration), { ...SUSPEND, checklist }, after), "PRECONDITION_FAILED", "checklist");
    expect(err.details).toEqual([{ field: `checklist.${key}`, message: { zh: item.zh, en: item.en } }]);
    expect(err.messages.zh).toContain(item.zh);
  });

  it.each<[string, Partial<SuspensionChecklist> | undefined, string[]]>([
    ["no checklist at all: all six, in order", undefined, SUSPENSION_CHECKLIST_ITEMS.map((i) => i.key)],
    ["two missing: both, in the rule's order", { applicantInterviewed: false, consumptionRestricted: false }, ["consumptionRestricted", "applicantInterviewed"]],
  ])("%s", (_l, override, missing) => {
    const event: CloseEvent = override === undefined ? close("suspendedNoAssets", { approval: "applicantConfirmed" }) : { ...SUSPEND, checklist: { ...FULL_CHECKLIST, ...override } };
    const err = expectDomainError(() => closeOn(suspendableCase(T.registration), event, after), "PRECONDITION_FAILED", "checklist");
    expect(err.details.map((d) => d.field)).toEqual(missing.map((k) => `checklist.${k}`));
  });

  it("the 3-month check comes before the checklist", () => {
    expectDomainError(() => closeOn(suspendableCase(T.registration), close("suspendedNoAssets"), "2025-06-05"), "PRECONDITION_FAILED", "mode");
  });
});

describe("suspendedNoAssets: approval (民诉法解释 art 517): the applicant's signed confirmation or a panel approved by the president", () => {
  const after = "2025-06-06";
  it.each<[string, SuspensionApproval | undefined, boolean]>([
    ["no approval", undefined, false],
    ["applicant's signed confirmation", "applicantConfirmed", true],
    ["collegial panel approved by the president", "collegialPanelApproved", true],
  ])("%s → allowed %s", (_l, approval, ok) => {
    const event = close("suspendedNoAssets", { checklist: FULL_CHECKLIST, ...(approval ? { approval } : {}) });
    const act = () => closeOn(suspendableCase(T.registration), event, after);
    if (ok) expect(act().next).toMatchObject({ status: "closed", closureMode: "suspendedNoAssets" });
    else expect(expectDomainError(act, "PRECONDITION_FAILED", "approval").messages.zh).toContain("第五百一十七条");
  });

  it("the checklist comes before the approval", () => {
    expectDomainError(
      () => closeOn(suspendableCase(T.registration), close("suspendedNoAssets", { checklist: { ...FULL_CHECKLIST, investigationExhausted: false } }), after),
      "PRECONDITION_FAILED",
      "checklist",
    );
  });

  it("open duties do not stand in the way of 终本 (nothing was found to enforce them with)", () => {
    const state = suspendableCase(T.registration);
    expect(state.duties.some((d) => !d.done)).toBe(true);
    expect(closeOn(state, SUSPEND, after).next.closureMode).toBe("suspendedNoAssets");
  });
});

describe.each<[ClosureMode, string]>([
  ["terminated", "终结执行, 法发〔2014〕26号 art 17"],
  ["notEnforced", "不予执行 (rules.md §18: UNCONFIRMED)"],
  ["dismissed", "驳回申请 (rules.md §18: UNCONFIRMED)"],
  ["cancelled", "销案 (rules.md §18: UNCONFIRMED)"],
])("%s (%s): a reason (and, where the law asks for one, its ground) is all it needs", (mode) => {
  it.each<[string, () => CaseState, Actor]>([
    ["registered, closed by the division head", registeredCase, actors.divisionHead],
    ["assigned, nothing done, no notice", assignedCase, actors.handler],
    ["in progress with open duties, the day after the notice", inProgressCase, actors.handler],
  ])("%s", (_l, state, actor) => {
    const { next } = closeOn(state(), close(mode), addDays(T.notice, 1), actor);
    expect(next).toMatchObject({ status: "closed", closureMode: mode, closureDate: addDays(T.notice, 1) });
  });

  it.each(["", "无", "  无 "])("reason %j → VALIDATION (field reason)", (reason) => {
    expectDomainError(() => closeOn(inProgressCase(), close(mode, { reason }), "2025-04-01"), "VALIDATION", "reason");
  });

  it("checkClosure accepts it directly (pure, returns nothing)", () => {
    expect(checkClosure(assignedCase(), close(mode), "2025-03-08", ctx("2025-03-08", actors.handler))).toBeUndefined();
  });
});

describe("close: the reason is checked before the mode's preconditions", () => {
  it.each<ClosureMode>(["completed", "suspendedNoAssets"])("%s with a one-character reason → VALIDATION (field reason)", (mode) => {
    expectDomainError(() => closeOn(assignedCase(), close(mode, { reason: "无" }), "2025-03-08"), "VALIDATION", "reason");
  });
});

describe("the statutory ground of 终结执行 (民诉法(2023) art 268) and 不予执行", () => {
  it.each(TERMINATION_GROUNDS.map((g) => [g.key, g.basis.article] as const))("terminated on %s (%s) closes", (ground) => {
    expect(closeOn(inProgressCase(), close("terminated", { ground }), "2025-04-01").next.closureMode).toBe("terminated");
  });

  it.each<[ClosureMode, string | undefined]>([
    ["terminated", undefined],
    ["terminated", "bored"],
    ["notEnforced", undefined],
    ["notEnforced", "applicationWithdrawn"],
  ])("%s with ground %j → PRECONDITION_FAILED (field ground)", (mode, ground) => {
    const event: CloseEvent = { type: "close", mode, reason: "依法结案", ...(ground ? { ground } : {}) };
    expectDomainError(() => closeOn(inProgressCase(), event, "2025-04-01"), "PRECONDITION_FAILED", "ground");
  });

  it("non-enforcement for lateness needs a late application (民诉法解释 art 481)", () => {
    const onTime = close("notEnforced", { ground: "limitationObjectionUpheld" });
    expectDomainError(() => closeOn(inProgressCase(), onTime, "2025-04-01"), "PRECONDITION_FAILED", "ground");
    const late = inProgressCase({ lateApplication: true });
    expect(closeOn(late, onTime, "2025-04-01").next.closureMode).toBe("notEnforced");
    expect(NON_ENFORCEMENT_GROUNDS.find((g) => g.key === "limitationObjectionUpheld")!.basis.article).toBe("art 481");
  });
});

describe("checkMeasuresOnClosure: closure modes that require every measure released first (查封规定 art 28)", () => {
  // [mode, measures in force, accepted?, basis]
  const rows: [ClosureMode, number, boolean, string][] = [
    ["completed", 0, true, "nothing left to release"],
    ["completed", 1, false, "art 28(4): the debt is paid → release"],
    ["cancelled", 2, false, "art 28(2): application withdrawn → release"],
    ["preservationReleased", 1, false, "解除保全: everything released"],
    ["preservationReleased", 0, true, "解除保全 with nothing left"],
    ["suspendedNoAssets", 3, true, "终本 keeps the property controlled for a resumption"],
    ["preservationCompleted", 3, true, "民诉法解释 art 168: carried into enforcement"],
    ["terminated", 1, true, "终结执行: released under its own ground, not forced here"],
  ];
  it.each(rows)("%s with %i in force → accepted %s (%s)", (mode, n, ok) => {
    if (ok) expect(() => checkMeasuresOnClosure(mode, n)).not.toThrow();
    else expectDomainError(() => checkMeasuresOnClosure(mode, n), "PRECONDITION_FAILED", "mode");
  });
});
