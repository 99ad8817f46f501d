import { readFileSync } from "node:fs";
import { invalidField } from "@zhixing/domain";
import { withContext } from "./db-context";

export async function runCalendarShow(year: string, o: { json?: boolean }): Promise<void> {
  if (!/^\d{4}$/.test(year)) throw invalidField("year", { zh: "年份应为四位数字", en: "year must be four digits" });
  await withContext(async (ctx) => {
    const a = ctx.calendar.get().arrangement(Number(year));
    if (o.json) {
      process.stdout.write(JSON.stringify(a, null, 2) + "\n");
      return;
    }
    const source = { official: "官方安排 official", loaded: "管理员导入 loaded by an administrator", fallback: "按法定节日推算（未公布）fallback: statutory holidays only, not yet published" }[a.source];
    process.stdout.write(`${a.year}: ${source}\n`);
    for (const h of a.holidays) process.stdout.write(`  休 ${h.date} ${h.name}\n`);
    for (const w of a.workdays) process.stdout.write(`  班 ${w.date} ${w.name}\n`);
  });
}

/** The administrator loads the State Council's arrangement for a year (audited as the system). */
export async function runCalendarLoad(file: string): Promise<void> {
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw invalidField("file", { zh: `无法读取 JSON 文件：${(e as Error).message}`, en: `cannot read the JSON file: ${(e as Error).message}` });
  }
  await withContext(async (ctx) => {
    const a = await ctx.calendar.load(input, null);
    process.stdout.write(
      `loaded ${a.year}: ${a.holidays.length} holiday(s), ${a.workdays.length} adjusted working day(s); ` +
        `${a.recomputed.clocks} provisional clock(s) recounted, ${a.recomputed.casesMoved} case(s) with moved dates\n`,
    );
  });
}
