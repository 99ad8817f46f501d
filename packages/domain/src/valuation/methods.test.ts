// The order of methods and the conditions for moving on: 参考价规定(2018) arts 2, 4, 5, 7, 14, 29 para 2.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createStatutoryCalendar } from "../calendar";
import { expectDomainError } from "../testing/expect-domain-error";
import {
  VALUATION_METHODS,
  VALUATION_METHOD_LABELS,
  isValuationMethod,
  nextValuationMethod,
  procedureStartDeadline,
  type NextMethodInput,
  type ValuationFacts,
  type ValuationMethod,
} from "./methods";

const cal = createStatutoryCalendar();

/** Every condition holds: a government price, no inspection, platforms can price it. */
const ALL: ValuationFacts = { hasGovernmentPrice: true, needsOnSiteInspection: false, onlineInquiryAvailable: true };
const NO_GOV: ValuationFacts = { ...ALL, hasGovernmentPrice: false };
const NO_GOV_NO_ONLINE: ValuationFacts = { ...NO_GOV, onlineInquiryAvailable: false };
const INSPECTION: ValuationFacts = { ...NO_GOV, needsOnSiteInspection: true };

type After = NextMethodInput["after"];
const failed = (method: ValuationMethod): After => ({ method, outcome: "failed" });
const impossible = (method: ValuationMethod): After => ({ method, outcome: "impossible" });

describe("procedureStartDeadline (art 1: within 30 days of control)", () => {
  it.each([
    ["2025-03-10", "2025-04-09"],
    ["2025-09-01", "2025-10-09"], // nominal 10-01, National Day holiday → 10-09
  ])("controlled %s → start by %s", (controlDate, due) => {
    const c = procedureStartDeadline({ controlDate }, cal);
    expect(c).toMatchObject({ key: "procedureStart", due });
    expect(c.basis[0]).toMatchObject({ law: "参考价规定(2018)", article: "art 1" });
  });
  it("refuses a malformed date", () => expectDomainError(() => procedureStartDeadline({ controlDate: "2025-3-1" }, cal), "VALIDATION", "controlDate"));
});

describe("the default order and when the court moves on", () => {
  it.each<[string, After, ValuationFacts, ValuationMethod, string[], string]>([
    ["start: agreement first", undefined, ALL, "agreed", [], "art 4 para 1"],
    ["start, a party refuses to negotiate", undefined, { ...ALL, partyRefusesAgreement: true }, "directedInquiry", ["agreed"], "art 5 para 1"],
    ["start, a party missing, no government price", undefined, { ...NO_GOV, partyMissing: true }, "onlineInquiry", ["agreed", "directedInquiry"], "art 7 para 1"],
    ["start, a party missing, nothing but appraisal", undefined, { ...NO_GOV_NO_ONLINE, partyMissing: true }, "appraisal", ["agreed", "directedInquiry", "onlineInquiry"], "art 14"],
    ["agreement fails, government price", failed("agreed"), ALL, "directedInquiry", [], "art 5 para 1"],
    ["agreement impossible, no government price", impossible("agreed"), NO_GOV, "onlineInquiry", ["directedInquiry"], "art 7 para 1"],
    ["agreement fails, on-site inspection needed", failed("agreed"), INSPECTION, "appraisal", ["directedInquiry", "onlineInquiry"], "art 14"],
    ["directed inquiry fails", failed("directedInquiry"), ALL, "onlineInquiry", [], "art 7 para 1"],
    ["directed inquiry impossible, platforms cannot price it", impossible("directedInquiry"), { ...ALL, onlineInquiryAvailable: false }, "appraisal", ["onlineInquiry"], "art 14"],
    ["online inquiry fails", failed("onlineInquiry"), ALL, "appraisal", [], "art 14"],
  ])("%s → %s", (_l, after, facts, method, skipped, article) => {
    const step = nextValuationMethod(after ? { after, facts } : { facts });
    expect(step).toMatchObject({ method, reason: "defaultOrder" });
    expect(step.skipped.map((s) => s.method)).toEqual(skipped);
    expect(step.basis.map((b) => b.article)).toContain(article);
    expect(step.explanation.zh.length).toBeGreaterThan(0);
  });

  it("the skip reasons name the failed condition (arts 4, 5, 7)", () => {
    const step = nextValuationMethod({ facts: { ...INSPECTION, partyMissing: true } });
    expect(step.skipped.map((s) => [s.method, s.reason, s.basis.article])).toEqual([
      ["agreed", "agreementRefusedOrPartyMissing", "art 4 para 1"],
      ["directedInquiry", "noGovernmentPrice", "art 5"],
      ["onlineInquiry", "onlineInquiryUnavailable", "art 7"],
    ]);
  });

  it("appraisal is the last method: a failed appraisal goes to the next agency (art 19 para 3)", () => {
    const err = expectDomainError(() => nextValuationMethod({ after: failed("appraisal"), facts: ALL }), "PRECONDITION_FAILED", "after");
    expect(err.messages.zh).toContain("下一顺序");
  });
});

describe("jumps, returns and refusals (arts 5 para 2, 7 para 2, 14, 29 para 2)", () => {
  type Row = [string, After, ValuationFacts, ValuationMethod, boolean, ValuationMethod | { field: string }, string?];
  it.each<Row>([
    ["both ask for directed inquiry at the start", undefined, ALL, "directedInquiry", true, "directedInquiry", "art 5 para 2"],
    ["one party asks for directed inquiry at the start", undefined, ALL, "directedInquiry", false, { field: "bothPartiesAgree" }],
    ["both ask for directed inquiry, no government price", undefined, NO_GOV, "directedInquiry", true, { field: "hasGovernmentPrice" }],
    ["both ask for online inquiry after agreement failed", failed("agreed"), ALL, "onlineInquiry", true, "onlineInquiry", "art 7 para 2"],
    ["the handler alone skips directed inquiry", failed("agreed"), ALL, "onlineInquiry", false, { field: "bothPartiesAgree" }],
    ["both ask for online inquiry, inspection needed", failed("agreed"), { ...ALL, needsOnSiteInspection: true }, "onlineInquiry", true, { field: "needsOnSiteInspection" }],
    ["both ask for online inquiry, platforms cannot price it", undefined, { ...ALL, onlineInquiryAvailable: false }, "onlineInquiry", true, { field: "onlineInquiryAvailable" }],
    ["both ask for appraisal at the start", undefined, ALL, "appraisal", true, "appraisal", "art 14"],
    ["one party asks for appraisal after directed inquiry", failed("directedInquiry"), ALL, "appraisal", false, { field: "bothPartiesAgree" }],
    ["the default next method needs no agreement", failed("agreed"), ALL, "directedInquiry", false, "directedInquiry", "art 5 para 1"],
    ["directed inquiry targeted after agreement, no government price", failed("agreed"), NO_GOV, "directedInquiry", true, { field: "hasGovernmentPrice" }],
    ["agreement targeted while a party refuses", undefined, { ...ALL, partyRefusesAgreement: true }, "agreed", true, { field: "partyRefusesAgreement" }],
    ["back to agreement during online inquiry", failed("onlineInquiry"), ALL, "agreed", true, "agreed", "art 29 para 2"],
    ["back to agreement during appraisal", failed("appraisal"), ALL, "agreed", true, "agreed", "art 29 para 2"],
    ["back to agreement after directed inquiry", failed("directedInquiry"), ALL, "agreed", true, "agreed", "art 4"],
    ["back to agreement without both parties", failed("appraisal"), ALL, "agreed", false, { field: "bothPartiesAgree" }],
    ["back to agreement, a party now missing", failed("onlineInquiry"), { ...ALL, partyMissing: true }, "agreed", true, { field: "partyMissing" }],
    ["back to directed inquiry after online inquiry", failed("onlineInquiry"), ALL, "directedInquiry", true, { field: "target" }],
    ["back to online inquiry after appraisal", failed("appraisal"), ALL, "onlineInquiry", true, { field: "target" }],
  ])("%s → %j", (_l, after, facts, target, bothPartiesAgree, expected, article) => {
    const input: NextMethodInput = { facts, target, bothPartiesAgree, ...(after ? { after } : {}) };
    if (typeof expected === "object") {
      expectDomainError(() => nextValuationMethod(input), "PRECONDITION_FAILED", expected.field);
      return;
    }
    const step = nextValuationMethod(input);
    expect(step.method).toBe(expected);
    expect(step.basis.map((b) => b.article)).toContain(article);
  });

  it("a jump lists what it skipped and why", () => {
    const step = nextValuationMethod({ facts: ALL, target: "onlineInquiry", bothPartiesAgree: true });
    expect(step.reason).toBe("jointRequest");
    expect(step.skipped.map((s) => [s.method, s.reason])).toEqual([
      ["agreed", "jointRequest"],
      ["directedInquiry", "jointRequest"],
    ]);
  });

  it("art 14: appraisal required by law overrides the order and the parties", () => {
    const step = nextValuationMethod({ facts: { ...ALL, appraisalRequiredByLaw: true } });
    expect(step).toMatchObject({ method: "appraisal", reason: "requiredByLaw" });
    expect(step.skipped).toHaveLength(3);
    expectDomainError(
      () => nextValuationMethod({ facts: { ...ALL, appraisalRequiredByLaw: true }, target: "onlineInquiry", bothPartiesAgree: true }),
      "PRECONDITION_FAILED",
      "appraisalRequiredByLaw",
    );
    expectDomainError(() => nextValuationMethod({ after: failed("appraisal"), facts: { ...ALL, appraisalRequiredByLaw: true } }), "PRECONDITION_FAILED", "after");
  });

  it.each<[Partial<NextMethodInput>, string]>([
    [{ after: { method: "auction" as ValuationMethod, outcome: "failed" } }, "after.method"],
    [{ after: { method: "agreed", outcome: "late" as "failed" } }, "after.outcome"],
    [{ target: "lottery" as ValuationMethod }, "target"],
  ])("malformed input %j → VALIDATION %s", (over, field) => {
    expectDomainError(() => nextValuationMethod({ facts: ALL, ...over }), "VALIDATION", field);
  });
});

describe("labels", () => {
  it("every method has zh and en labels (glossary identifiers)", () => {
    expect(VALUATION_METHODS).toEqual(["agreed", "directedInquiry", "onlineInquiry", "appraisal"]);
    for (const m of VALUATION_METHODS) expect(VALUATION_METHOD_LABELS[m].zh.length).toBeGreaterThan(0);
    expect(isValuationMethod("appraisal")).toBe(true);
    expect(isValuationMethod("auction")).toBe(false);
  });
});

describe("invariants of the order (property)", () => {
  const facts = fc.record({
    partyRefusesAgreement: fc.boolean(),
    partyMissing: fc.boolean(),
    hasGovernmentPrice: fc.boolean(),
    needsOnSiteInspection: fc.boolean(),
    onlineInquiryAvailable: fc.boolean(),
    appraisalRequiredByLaw: fc.boolean(),
  });
  const after = fc.option(
    fc.record({ method: fc.constantFrom<ValuationMethod>("agreed", "directedInquiry", "onlineInquiry"), outcome: fc.constantFrom("impossible" as const, "failed" as const) }),
    { nil: undefined },
  );

  it("the default next method is later than the failed one, and every method in between is accounted for", () => {
    fc.assert(
      fc.property(facts, after, (f, a) => {
        const step = nextValuationMethod(a ? { after: a, facts: f } : { facts: f });
        const from = a ? VALUATION_METHODS.indexOf(a.method) + 1 : 0;
        const at = VALUATION_METHODS.indexOf(step.method);
        expect(at).toBeGreaterThanOrEqual(from);
        expect(step.skipped.map((s) => s.method)).toEqual(VALUATION_METHODS.slice(from, at));
        if (f.appraisalRequiredByLaw) expect(step.method).toBe("appraisal");
      }),
    );
  });

  it("without both parties the court can only take the default next method", () => {
    fc.assert(
      fc.property(facts, after, fc.constantFrom(...VALUATION_METHODS), (f, a, target) => {
        const base = a ? { after: a, facts: f } : { facts: f };
        const def = nextValuationMethod(base).method;
        const act = () => nextValuationMethod({ ...base, target, bothPartiesAgree: false });
        if (target === def) expect(act().method).toBe(def);
        else expect(act).toThrow();
      }),
    );
  });
});
