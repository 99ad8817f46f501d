// 最高人民法院关于人民法院案件案号的若干规定 arts 2–3; type codes per rules.md §18 (UNCONFIRMED list).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error";
import { CASE_TYPES, caseTypeByCode, caseTypeByKey, type CaseTypeCode } from "./case-types";
import { formatCaseNumber, parseCaseNumber } from "./case-number";

describe("CASE_TYPES", () => {
  it("maps the seven execution type codes to keys", () => {
    expect(Object.fromEntries(CASE_TYPES.map((t) => [t.code, t.key]))).toEqual({
      执: "enforcement",
      执恢: "resumed",
      执保: "preservation",
      执异: "objection",
      执复: "reconsideration",
      执监: "supervision",
      执协: "delegated",
    });
    expect(caseTypeByKey("resumed")?.code).toBe("执恢");
    expect(caseTypeByCode("民初")).toBeUndefined();
  });
});

describe("formatCaseNumber / parseCaseNumber", () => {
  it.each<[number, string, CaseTypeCode, number, string]>([
    [2025, "京73", "执", 1, "(2025)京73执1号"],
    [2024, "京73", "执", 123, "(2024)京73执123号"],
    [2025, "沪0115", "执恢", 42, "(2025)沪0115执恢42号"],
    [2025, "粤73", "执保", 7, "(2025)粤73执保7号"],
    [2025, "最高法", "执监", 1, "(2025)最高法执监1号"],
    [2025, "琼73", "执协", 3, "(2025)琼73执协3号"],
  ])("%i %s %s %i ↔ %s", (year, courtCode, typeCode, seq, s) => {
    expect(formatCaseNumber({ year, courtCode, typeCode, seq })).toBe(s);
    expect(parseCaseNumber(s)).toEqual({ year, courtCode, typeCode, seq });
  });

  it.each<[string, ReturnType<typeof parseCaseNumber>]>([
    ["（2025）京73执异5号", { year: 2025, courtCode: "京73", typeCode: "执异", seq: 5 }], // full-width parentheses
    [" (2025)京73执复5号 ", { year: 2025, courtCode: "京73", typeCode: "执复", seq: 5 }],
    ["(2025)京73民初1号", null], // not an execution case type
    ["(25)京73执1号", null],
    ["(2025)京73执号", null],
    ["(2025)京73执0号", null],
    ["(2025)执1号", null], // no court code
    ["(2025)京73执1", null],
    ["2025京73执1号", null],
  ])("parse %j", (s, parts) => expect(parseCaseNumber(s)).toEqual(parts));

  it.each<[string, Parameters<typeof formatCaseNumber>[0]]>([
    ["year", { year: 25, courtCode: "京73", typeCode: "执", seq: 1 }],
    ["courtCode", { year: 2025, courtCode: "73", typeCode: "执", seq: 1 }],
    ["typeCode", { year: 2025, courtCode: "京73", typeCode: "民初" as CaseTypeCode, seq: 1 }],
    ["seq", { year: 2025, courtCode: "京73", typeCode: "执", seq: 0 }],
  ])("format rejects a bad %s", (field, parts) => {
    try {
      formatCaseNumber(parts);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).field).toBe(field);
    }
  });

  it("parse inverts format (property)", () => {
    const parts = fc.record({
      year: fc.integer({ min: 2000, max: 2100 }),
      courtCode: fc.constantFrom("京73", "沪73", "粤73", "琼73", "沪0115", "粤03", "最高法", "京"),
      typeCode: fc.constantFrom(...CASE_TYPES.map((t) => t.code)),
      seq: fc.integer({ min: 1, max: 999_999 }),
    });
    fc.assert(fc.property(parts, (p) => {
      expect(parseCaseNumber(formatCaseNumber(p))).toEqual(p);
    }));
  });
});
