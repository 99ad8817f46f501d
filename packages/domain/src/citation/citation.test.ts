import { describe, expect, it } from "vitest";
import { articleZh, cite, formatCitation } from "./citation";

describe("articleZh: article references as Chinese readers write them", () => {
  it.each([
    ["art 85 para 2", "第85条第2款"],
    ["art 268(1)", "第268条第1项"],
    ["art 14(1)2", "第14条第1项第2目"],
    ["item 16", "第16项"],
    ["arts 248–249", "第248–249条"],
    ["art 1 paras 2–3", "第1条第2–3款"],
    ["art 1(4)", "第1条第4项"],
    ["art 203 para 1", "第203条第1款"],
    ["arts 2–3", "第2–3条"],
    ["GB 11643 §7", "GB 11643 §7"],
  ])("%s → %s", (en, zh) => {
    expect(articleZh(en)).toBe(zh);
  });

  it("formats a whole citation in either language", () => {
    const c = cite("民事诉讼法(2023)", "art 250", "Civil Procedure Law (2023)");
    expect(formatCitation(c, "zh")).toBe("《民事诉讼法(2023)》第250条");
    expect(formatCitation(c, "en")).toBe("Civil Procedure Law (2023), art 250");
  });
});
