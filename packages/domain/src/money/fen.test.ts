import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error";
import { fenToYuanString, formatYuan, yuanToFen } from "./fen";

describe("yuanToFen: exact decimal parsing", () => {
  it.each<[string | number, number]>([
    ["0", 0],
    ["1", 100],
    ["0.01", 1],
    ["0.1", 10],
    ["12400", 1_240_000],
    ["12400.5", 1_240_050],
    [" 12400.50 ", 1_240_050],
    ["0.29", 29], // 0.29 * 100 is 28.999999999999996 in floating point
    ["1.00", 100],
    [0.29, 29],
    [1234.56, 123_456],
    [19.99, 1999],
    ["90071992547409.91", Number.MAX_SAFE_INTEGER],
  ])("%j → %i fen", (input, fen) => expect(yuanToFen(input, "amount")).toBe(fen));

  it.each<[string | number, string]>([
    ["-1", "negative"],
    [-0.01, "negative"],
    ["1.005", "2 decimal places"],
    [0.1 + 0.2, "2 decimal places"], // 0.30000000000000004
    [Number.NaN, "finite"],
    [Number.POSITIVE_INFINITY, "finite"],
    ["", "not a valid amount"],
    ["abc", "not a valid amount"],
    ["1,000", "not a valid amount"],
    ["1e3", "not a valid amount"],
    [".5", "not a valid amount"],
    ["90071992547409.92", "too large"],
    [1e21, "not a valid amount"],
  ])("%j is rejected (%s)", (input, fragment) => {
    try {
      yuanToFen(input, "amount");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).field).toBe("amount");
      expect((e as DomainError).messages.en).toContain(fragment);
    }
  });
});

describe("fenToYuanString / formatYuan", () => {
  it.each<[number, string, string, string]>([
    [0, "0.00", "0.00元", "CNY 0.00"],
    [1, "0.01", "0.01元", "CNY 0.01"],
    [1_240_000, "12400.00", "12,400.00元", "CNY 12,400.00"],
    [123_456_789, "1234567.89", "1,234,567.89元", "CNY 1,234,567.89"],
    [-5_000, "-50.00", "-50.00元", "CNY -50.00"],
  ])("%i fen → %s / %s / %s", (fen, plain, zh, en) => {
    expect(fenToYuanString(fen)).toBe(plain);
    expect(formatYuan(fen, "zh")).toBe(zh);
    expect(formatYuan(fen, "en")).toBe(en);
  });
  it("round-trips with yuanToFen", () => expect(yuanToFen(fenToYuanString(98_765_432_1), "x")).toBe(98_765_432_1));
  it("rejects non-integer fen", () => expect(() => fenToYuanString(1.5)).toThrow(RangeError));
});
