// SM3 (GB/T 32905-2016): the standard's two examples, and agreement with Node's createHash("sm3") on
// arbitrary input (the specs run in Node; the implementation itself imports nothing).
import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sm3, sm3Hex } from "./sm3";

describe("sm3 (GB/T 32905-2016)", () => {
  it.each<[string, string]>([
    ["abc", "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"], // Appendix A, example 1
    ["abcd".repeat(16), "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732"], // Appendix A, example 2
    ["", "1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b"],
  ])("%j → %s", (input, hex) => {
    expect(sm3Hex(input)).toBe(hex);
    expect(createHash("sm3").update(input).digest("hex")).toBe(hex);
  });

  it("hashes strings as UTF-8", () => {
    expect(sm3Hex("摇号")).toBe(createHash("sm3").update("摇号", "utf8").digest("hex"));
  });

  it("agrees with node:crypto on any input, across block boundaries (property)", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(Buffer.from(sm3(bytes)).toString("hex")).toBe(createHash("sm3").update(bytes).digest("hex"));
      }),
      { numRuns: 500 },
    );
    for (let n = 50; n < 140; n++) {
      const bytes = new Uint8Array(n).fill(n);
      expect(sm3Hex(bytes)).toBe(createHash("sm3").update(bytes).digest("hex"));
    }
  });
});
