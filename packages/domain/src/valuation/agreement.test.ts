// 当事人议价: 参考价规定(2018) art 4 (identical results within the court's period, harming no one) and
// art 27 para 2 (agreed validity, at most one year).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectDomainError } from "../testing/expect-domain-error";
import { evaluateAgreement, type AgreementInput, type AgreementSubmission } from "./agreement";

const parties = [
  { partyId: "a", side: "applicant" as const },
  { partyId: "r", side: "respondent" as const },
];
const sub = (partyId: string, priceFen: number, submittedDate = "2025-03-12", validUntil?: string): AgreementSubmission => ({
  partyId,
  priceFen,
  submittedDate,
  ...(validUntil ? { validUntil } : {}),
});
const input = (submissions: AgreementSubmission[], over: Partial<AgreementInput> = {}): AgreementInput => ({
  parties,
  submissions,
  dueDate: "2025-03-20",
  today: "2025-03-21",
  ...over,
});

describe("evaluateAgreement (art 4)", () => {
  it.each<[string, AgreementInput, object]>([
    ["identical prices in time → the reference price (para 2)", input([sub("a", 1_000_000_00, "2025-03-12"), sub("r", 1_000_000_00, "2025-03-18")]), { status: "agreed", priceFen: 1_000_000_00, fixedDate: "2025-03-18", validUntil: "2026-03-18", validityAgreed: false }],
    ["the last result on the last day", input([sub("a", 500), sub("r", 500, "2025-03-20")]), { status: "agreed", fixedDate: "2025-03-20" }],
    ["prices differ by one fen", input([sub("a", 500), sub("r", 501)]), { status: "failed", reason: "resultsDiffer" }],
    ["prices differ, before the last day: failed at once", input([sub("a", 500), sub("r", 600)], { today: "2025-03-13" }), { status: "failed", reason: "resultsDiffer" }],
    ["one side only, before the last day", input([sub("a", 500)], { today: "2025-03-20" }), { status: "pending", waitingFor: ["r"] }],
    ["one side only, the day after the last day (para 1)", input([sub("a", 500)]), { status: "failed", reason: "notSubmittedInTime" }],
    ["the other side a day late", input([sub("a", 500), sub("r", 500, "2025-03-21")]), { status: "failed", reason: "notSubmittedInTime" }],
    ["identical but harming others (para 2)", input([sub("a", 500), sub("r", 500)], { harmsOthers: true }), { status: "failed", reason: "harmsOthers" }],
    ["identical with an agreed validity (art 27 para 2)", input([sub("a", 500, "2025-03-12", "2025-09-30"), sub("r", 500, "2025-03-12", "2025-09-30")]), { status: "agreed", validUntil: "2025-09-30", validityAgreed: true }],
    ["identical prices, different validity", input([sub("a", 500, "2025-03-12", "2025-09-30"), sub("r", 500)]), { status: "failed", reason: "resultsDiffer" }],
  ])("%s", (_l, i, expected) => {
    const out = evaluateAgreement(i);
    expect(out).toMatchObject(expected);
    expect(out.basis[0]).toMatchObject({ law: "参考价规定(2018)" });
  });

  it("every party of several must submit the same result", () => {
    const many = [...parties, { partyId: "r2", side: "respondent" as const }];
    expect(evaluateAgreement(input([sub("a", 500), sub("r", 500)], { parties: many }))).toMatchObject({ status: "failed", reason: "notSubmittedInTime" });
    expect(evaluateAgreement(input([sub("a", 500), sub("r", 500), sub("r2", 500)], { parties: many }))).toMatchObject({ status: "agreed" });
  });

  it.each<[string, AgreementInput, string]>([
    ["an agreed validity beyond one year (art 27 para 2)", input([sub("a", 500, "2025-03-12", "2026-03-13"), sub("r", 500, "2025-03-12", "2026-03-13")]), "validUntil"],
    ["only applicants", input([], { parties: [parties[0]!] }), "parties"],
    ["a repeated party", input([], { parties: [...parties, parties[0]!] }), "parties.2.partyId"],
    ["a submission by a stranger", input([sub("x", 500)]), "submissions.0.partyId"],
    ["two submissions by one party", input([sub("a", 500), sub("a", 500)]), "submissions.1.partyId"],
    ["a price of zero", input([sub("a", 0)]), "submissions.0.priceFen"],
    ["a price in yuan with decimals", input([sub("a", 10.5)]), "submissions.0.priceFen"],
    ["a malformed date", input([sub("a", 500, "2025-02-30")]), "submissions.0.submittedDate"],
  ])("%s → VALIDATION", (_l, i, field) => {
    expectDomainError(() => evaluateAgreement(i), "VALIDATION", field);
  });

  it("agreed only when every party submitted the same price in time (property)", () => {
    const side = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 12 }));
    fc.assert(
      fc.property(fc.tuple(side, side), ([[pa, da], [pr, dr]]) => {
        const day = (d: number) => `2025-03-${String(10 + d).padStart(2, "0")}`;
        const out = evaluateAgreement(input([sub("a", pa, day(da)), sub("r", pr, day(dr))], { today: "2025-03-25" }));
        const inTime = da <= 10 && dr <= 10;
        expect(out.status === "agreed").toBe(inTime && pa === pr);
        if (out.status === "agreed") expect(out.priceFen).toBe(pa);
      }),
    );
  });
});
