// Bilingual messages for schema validation issues, so that a 400 names the field and says in zh-CN
// and en what is wrong with it. Schema-specific messages are written with msg(en, zh).
import type { Localized } from "@zhixing/domain";

type Issue = { keyword: string; message: string; params: Record<string, unknown> };

const typeZh: Record<string, string> = {
  string: "文本",
  number: "数字",
  int: "整数",
  boolean: "布尔值",
  array: "列表",
  object: "对象",
  date: "日期",
};

const SEP = " \u2016 ";

/** A schema message in both languages: `z.string().regex(re, msg("Invalid code", "代码无效"))`. */
export function msg(en: string, zh: string): { message: string } {
  return { message: `${en}${SEP}${zh}` };
}

export function localizeIssue(issue: Issue): Localized {
  const p = issue.params;
  if (issue.message.includes(SEP)) {
    const [en, zh] = issue.message.split(SEP) as [string, string];
    return { zh, en };
  }
  switch (issue.keyword) {
    case "invalid_type": {
      const expected = String(p.expected ?? "");
      if (p.input === undefined || /received undefined/.test(issue.message)) {
        return { zh: "此项为必填项", en: "This field is required" };
      }
      return { zh: `应为${typeZh[expected] ?? expected}`, en: `Expected ${expected}` };
    }
    case "too_small": {
      const min = p.minimum as number | bigint;
      if (p.origin === "string") return { zh: `长度至少为 ${min} 个字符`, en: `Must be at least ${min} characters` };
      if (p.origin === "array") return { zh: `至少需要 ${min} 项`, en: `Needs at least ${min} item(s)` };
      return p.inclusive === false
        ? { zh: `必须大于 ${min}`, en: `Must be greater than ${min}` }
        : { zh: `不能小于 ${min}`, en: `Must be at least ${min}` };
    }
    case "too_big": {
      const max = p.maximum as number | bigint;
      if (p.origin === "string") return { zh: `长度不能超过 ${max} 个字符`, en: `Must be at most ${max} characters` };
      if (p.origin === "array") return { zh: `最多 ${max} 项`, en: `At most ${max} item(s)` };
      return p.inclusive === false
        ? { zh: `必须小于 ${max}`, en: `Must be less than ${max}` }
        : { zh: `不能大于 ${max}`, en: `Must be at most ${max}` };
    }
    case "invalid_value": {
      const values = (p.values as unknown[] | undefined)?.map(String).join(", ") ?? "";
      return { zh: `取值无效，应为以下之一：${values}`, en: `Invalid value; expected one of: ${values}` };
    }
    case "invalid_format": {
      if (p.format === "regex") return { zh: "格式不正确", en: "Invalid format" };
      return { zh: `格式不正确（应为 ${String(p.format)}）`, en: `Invalid format (expected ${String(p.format)})` };
    }
    case "unrecognized_keys": {
      const keys = (p.keys as string[] | undefined)?.join(", ") ?? "";
      return { zh: `不允许的字段：${keys}`, en: `Unknown field(s): ${keys}` };
    }
    case "not_multiple_of":
      return { zh: `必须是 ${String(p.divisor)} 的整数倍`, en: `Must be a multiple of ${String(p.divisor)}` };
    case "invalid_union":
      return { zh: "内容不符合任何允许的形式", en: "Does not match any allowed form" };
    default:
      return { zh: `输入无效：${issue.message}`, en: issue.message };
  }
}
