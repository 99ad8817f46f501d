// zh-CN is the default and English is complete: both files have the same keys (English may split a
// key into i18next plural forms `_one`/`_other`), and no value is empty.
import { describe, expect, it } from "vitest";
import en from "./en.json";
import zhCN from "./zh-CN.json";

function keys(obj: unknown, prefix = ""): string[] {
  return Object.entries(obj as Record<string, unknown>).flatMap(([k, v]) =>
    v !== null && typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

const base = (k: string) => k.replace(/_(one|other|zero|two|few|many)$/, "");

describe("translations", () => {
  it("have the same keys in zh-CN and en", () => {
    const zh = new Set(keys(zhCN).map(base));
    const e = new Set(keys(en).map(base));
    expect([...zh].filter((k) => !e.has(k))).toEqual([]);
    expect([...e].filter((k) => !zh.has(k))).toEqual([]);
  });

  it.each([
    ["zh-CN", zhCN],
    ["en", en],
  ])("%s has no empty strings", (_l, messages) => {
    const empty = keys(messages).filter((k) => {
      const v = k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], messages);
      return typeof v !== "string" || v.trim() === "";
    });
    expect(empty).toEqual([]);
  });

  it("uses the same interpolation variables in both languages", () => {
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const get = (m: unknown, k: string) => k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)?.[p], m) as string | undefined;
    const mismatched = keys(zhCN).filter((k) => {
      const zh = get(zhCN, k)!;
      const other = get(en, k) ?? get(en, `${k}_other`);
      return other !== undefined && vars(zh).join() !== vars(other).join();
    });
    expect(mismatched).toEqual([]);
  });
});
