// 民诉法解释(2022) art 168: preservation measures carry into enforcement, terms running on, except
// those whose term has ended. Table-first; each row says why.
import { describe, expect, it } from "vitest";
import { checkConversionParties, planConversion, type ConvertibleMeasure } from "./conversion";
import { expectDomainError } from "./test-helpers";

const TODAY = "2026-03-10";
const m = (id: string, over: Partial<ConvertibleMeasure> = {}): ConvertibleMeasure => ({ id, status: "active", expires: "2026-09-01", external: false, ...over });

describe("planConversion (民诉法解释 art 168)", () => {
  // [why, measure, converted?, skip reason]
  const rows: [string, ConvertibleMeasure, boolean, string | null][] = [
    ["active, in its term → carried over, term unchanged", m("a"), true, null],
    ["last day in force is today → still in its term", m("b", { expires: TODAY }), true, null],
    ["last day was yesterday, not yet lapsed by the job → 期限届满 exception", m("c", { expires: "2026-03-09" }), false, "termEnded"],
    ["queued (轮候), no term yet → keeps its place in the queue", m("d", { expires: null }), true, null],
    ["released → stays in the preservation case's history", m("e", { status: "released" }), false, "notInForce"],
    ["lapsed → stays", m("f", { status: "lapsed" }), false, "notInForce"],
    ["a deduction done (completed) → stays", m("g", { status: "completed" }), false, "notInForce"],
    ["another court's measure → not ours; moves only with the asset", m("h", { external: true }), false, null],
  ];
  it.each(rows)("%s", (_why, measure, converted, reason) => {
    const plan = planConversion([m("anchor"), measure], TODAY);
    expect(plan.convert.includes(measure.id)).toBe(converted);
    expect(plan.skipped.find((s) => s.id === measure.id)?.reason ?? null).toBe(reason);
    expect(plan.basis.article).toBe("art 168");
  });

  it("refuses when nothing is left in force", () => {
    expectDomainError(() => planConversion([m("x", { status: "released" }), m("y", { expires: "2026-01-01" })], TODAY), "PRECONDITION_FAILED", "preservationCaseId");
    expectDomainError(() => planConversion([], TODAY), "PRECONDITION_FAILED", "preservationCaseId");
  });
});

describe("checkConversionParties: the same applicant and respondent", () => {
  const P = { applicants: ["91110000100000000X"], respondents: ["110101199003071234"] };
  // [why, enforcement parties, accepted?]
  const rows: [string, { applicants: string[]; respondents: string[] }, boolean][] = [
    ["identical parties", { applicants: ["91110000100000000X"], respondents: ["110101199003071234"] }, true],
    ["more respondents in enforcement (joint debtors) is fine", { applicants: ["91110000100000000X"], respondents: ["110101199003071234", "91310000000000000A"] }, true],
    ["case and spacing of the identifier do not matter", { applicants: ["91110000100000000x "], respondents: ["110101199003071234"] }, true],
    ["another respondent → a stranger's property", { applicants: ["91110000100000000X"], respondents: ["110101199003075678"] }, false],
    ["another applicant → someone else's claim", { applicants: ["91440300000000000B"], respondents: ["110101199003071234"] }, false],
  ];
  it.each(rows)("%s", (_why, enforcement, ok) => {
    if (ok) expect(() => checkConversionParties(P, enforcement)).not.toThrow();
    else expectDomainError(() => checkConversionParties(P, enforcement), "PRECONDITION_FAILED", "preservationCaseId");
  });
});
