// 摇号 (参考价规定(2018) art 16): three agencies and their order, reproducible from the candidates and
// the seed, and uniform enough.
import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectDomainError } from "../testing/expect-domain-error";
import { AGENCY_LOTTERY, drawAgencies } from "./agency-lottery";

/** The published steps re-run with Node's own SM3, as an outsider verifying a draw would. */
function referenceDraw(candidates: string[], seed: string): string[] {
  const pool = [...new Set(candidates)].sort();
  for (let i = 0; i < 3; i++) {
    const h = BigInt("0x" + createHash("sm3").update(`zhixing/valuation/agency-lottery/v1\n${seed}\n${i}`, "utf8").digest("hex"));
    const j = i + Number(h % BigInt(pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, 3);
}

const seven = ["agency-01", "agency-02", "agency-03", "agency-04", "agency-05", "agency-06", "agency-07"];

describe("drawAgencies (art 16)", () => {
  it.each<[string[], string, string[]]>([
    [seven, "(2025)京73执1号/2025-03-10/sub-library 110000", ["agency-05", "agency-07", "agency-06"]],
    [["A", "B", "C"], "seed", ["B", "C", "A"]],
  ])("pinned draw: %j with seed %j → %j", (candidates, seed, expected) => {
    expect(drawAgencies(candidates, seed)).toEqual(expected);
    expect(referenceDraw(candidates, seed)).toEqual(expected);
  });

  it("names its algorithm version for the record (art 34 para 2)", () => {
    expect(AGENCY_LOTTERY.version).toBe("zhixing/valuation/agency-lottery/v1");
    expect(AGENCY_LOTTERY.description.zh).toContain("SM3");
  });

  it.each<[unknown, string, "VALIDATION" | "PRECONDITION_FAILED", string]>([
    [["A", "B"], "seed", "PRECONDITION_FAILED", "candidates"],
    [[], "seed", "PRECONDITION_FAILED", "candidates"],
    [["A", "B", "B", "C"], "seed", "VALIDATION", "candidates"],
    [["A", "", "C"], "seed", "VALIDATION", "candidates.1"],
    [["A", "B", "C"], "", "VALIDATION", "seed"],
    [["A", "B", "C"], "x".repeat(1001), "VALIDATION", "seed"],
    ["ABC", "seed", "VALIDATION", "candidates"],
  ])("refuses %j / %j → %s %s", (candidates, seed, code, field) => {
    const err = expectDomainError(() => drawAgencies(candidates as string[], seed), code, field);
    if (code === "PRECONDITION_FAILED") expect(err.messages.zh).toContain("三家");
  });

  it("three different candidates, the same for the same inputs in any order, and what anyone re-running the steps gets (property)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 3, maxLength: 30 }),
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.integer(),
        (candidates, seed, rot) => {
          const drawn = drawAgencies(candidates, seed);
          expect(new Set(drawn).size).toBe(3);
          for (const id of drawn) expect(candidates).toContain(id);
          const k = ((rot % candidates.length) + candidates.length) % candidates.length;
          const rotated = [...candidates.slice(k), ...candidates.slice(0, k)];
          expect(drawAgencies(rotated, seed)).toEqual(drawn);
          expect(drawAgencies([...candidates].reverse(), seed)).toEqual(drawn);
          expect(referenceDraw(candidates, seed)).toEqual(drawn);
        },
      ),
      { numRuns: 200 },
    );
  });

  // Deterministic seeds, so these bounds are checked once and for all; they sit far above the
  // chi-square value a fair draw gives (p ≈ 10⁻⁴ critical values), and far below what a biased one does.
  it("every ordered triple of 5 candidates is about equally likely (chi-square over 12 000 seeds)", () => {
    const candidates = ["A", "B", "C", "D", "E"];
    const counts = new Map<string, number>();
    const draws = 12_000;
    for (let i = 0; i < draws; i++) {
      const key = drawAgencies(candidates, `seed-${i}`).join("");
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(60); // 5 × 4 × 3
    const expected = draws / 60;
    const chi2 = [...counts.values()].reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(103); // df = 59: critical value at p = 0.0001 ≈ 102.7
  });

  it("each of 7 candidates comes first, second and third about equally often (chi-square over 7 000 seeds)", () => {
    const draws = 7_000;
    const byPosition = [0, 1, 2].map(() => new Map<string, number>());
    for (let i = 0; i < draws; i++) {
      drawAgencies(seven, `案号-${i}`).forEach((id, p) => byPosition[p]!.set(id, (byPosition[p]!.get(id) ?? 0) + 1));
    }
    for (const counts of byPosition) {
      const expected = draws / 7;
      const chi2 = seven.reduce((s, id) => s + ((counts.get(id) ?? 0) - expected) ** 2 / expected, 0);
      expect(chi2).toBeLessThan(27.9); // df = 6: critical value at p = 0.0001 ≈ 27.86
    }
  });
});
