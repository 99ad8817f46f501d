// zhixing valuation list | draw | collect | document: a case's reference-price procedures from the command
// line (read as the system, like `measures list`: the CLI runs on the court's own machine), the agency
// lottery re-run by anyone from a recorded candidate list and seed (参考价规定(2018) art 16; domain
// drawAgencies), the collection job once, and a report as its printable HTML document.
import { AGENCY_LOTTERY, drawAgencies, formatYuan, invalidField, VALUATION_METHOD_LABELS } from "@zhixing/domain";
import { today } from "../context";
import { collectValuations } from "../modules/valuation/valuation-collect.job";
import { caseValuationsOf, valuationView } from "../modules/valuation/valuation.queries";
import { reportDocument } from "../modules/valuation/valuation.document";
import type { ValuationDto } from "../modules/valuation/valuation.schemas";
import { withContext } from "./db-context";
import { resolveCase } from "./property.command";

const yuan = (fen: number) => formatYuan(fen, "en").replace(/^CNY /, "¥");
const out = (lines: string[]) => process.stdout.write(lines.join("\n") + "\n");

/** The command that re-runs a recorded draw. */
export const drawCommand = (candidates: readonly string[], seed: string) => `zhixing valuation draw --candidates ${candidates.join(",")} --seed ${seed}`;

export async function runValuationList(o: { case: string; json?: boolean }): Promise<void> {
  await withContext(async (ctx) => {
    const db = ctx.database.db;
    const c = await resolveCase(db, o.case);
    const asOf = today(ctx);
    const list = await caseValuationsOf(db, ctx.calendar.get(), c.id, asOf, true);
    const items: ValuationDto[] = [];
    for (const item of list.items) items.push(await valuationView(ctx, db, item.id, "read", null));
    if (o.json) {
      process.stdout.write(JSON.stringify({ caseId: c.id, caseNumber: c.case_number, asOf, valuations: items, pending: list.pending }, null, 2) + "\n");
      return;
    }
    const lines = [`${c.case_number ?? c.id} (${c.id}): ${items.length} valuation(s) 确定参考价 as of ${asOf}`];
    for (const v of items) {
      const p = v.referencePrice;
      lines.push(
        [
          v.id.slice(0, 8),
          v.asset.type.padEnd(12),
          `${VALUATION_METHOD_LABELS[v.method].zh} ${v.method}`.padEnd(22),
          v.status.padEnd(10),
          p ? `${yuan(p.priceFen)} fixed ${p.fixedDate}, valid until ${p.validUntil}${p.usableToday.usable ? "" : ` (NOT usable today: ${p.usableToday.reason})`}` : `started ${v.startedDate}${v.startedLate ? " (late, art 1)" : ""}`,
          p?.saleStartDue ? `sale start due ${p.saleStartDue}${p.firstNoticeDate ? `, first notice ${p.firstNoticeDate}` : ""}` : "",
        ]
          .filter(Boolean)
          .join("  "),
      );
      lines.push(`  steps: ${v.steps.map((s) => `${s.method} ${s.status}`).join(" → ")}`);
      if (v.ended) lines.push(`  ended ${v.ended.date}: ${v.ended.ground} (参考价规定 art 29)${v.ended.note ? ` — ${v.ended.note}` : ""}`);
      for (const s of v.suspensions) lines.push(`  suspended ${s.from}${s.open ? " (in force)" : ` → resumed ${s.resumedDate}`}: ${s.ground} (art 28)`);
      for (const r of v.reissues) lines.push(`  re-issue requested ${r.requestedDate}, due ${r.due}: ${r.status}${r.priceFen !== null ? `, ${yuan(r.previous.priceFen)} → ${yuan(r.priceFen)}` : ""}`);
      for (const r of v.reports) lines.push(`  report ${r.id.slice(0, 8)} ${r.kind}${r.origin === "reissue" ? " (re-issued)" : ""} ${r.sourceName}: ${yuan(r.resultFen)}, valid until ${r.validUntil}${r.servedDate ? `, served ${r.servedDate}` : ", not served"}`);
      for (const s of v.appraisal?.selections ?? []) {
        const order = s.order.map((a, i) => `${i + 1}. ${a.agencyId}`).join("  ");
        lines.push(s.mode === "lottery" ? `  lottery round ${s.round} (${s.selectedDate}, ${s.algorithm?.version}): ${order}\n    re-run: ${drawCommand(s.candidates, s.seed!)}` : `  agreed agencies round ${s.round} (${s.selectedDate}): ${order}`);
      }
      for (const a of v.appraisal?.agencies ?? []) lines.push(`  agency ${a.position} ${a.agencyId}: ${a.status}, commissioned ${a.commissionDate}, due ${a.due}${a.resultFen !== null ? `, ${yuan(a.resultFen)}` : ""}`);
      const open = v.clocks.filter((k) => k.status === "open");
      for (const k of open) lines.push(`  clock ${k.kind}: due ${k.due}${k.overdue ? ` OVERDUE ${-k.daysLeft!}d` : `, ${k.daysLeft}d left`}`);
    }
    for (const p of list.pending) {
      lines.push(`to value: ${p.assetType} ${p.assetId.slice(0, 8)} controlled ${p.controlDate}, start by ${p.startDue}${p.overdue ? ` OVERDUE ${-p.daysLeft}d` : ` (${p.daysLeft}d left)`} — 参考价规定 art 1`);
    }
    out(lines);
  });
}

export async function runValuationDraw(o: { candidates: string; seed: string; json?: boolean }): Promise<void> {
  const candidates = o.candidates
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (!o.seed.trim()) throw invalidField("seed", { zh: "请给出摇号种子", en: "give the lottery seed" });
  const order = drawAgencies(candidates, o.seed.trim());
  const sorted = [...new Set(candidates)].sort();
  if (o.json) {
    process.stdout.write(JSON.stringify({ algorithm: AGENCY_LOTTERY.version, candidates: sorted, seed: o.seed.trim(), order }, null, 2) + "\n");
    return;
  }
  out([
    `agency lottery 摇号 ${AGENCY_LOTTERY.version} (参考价规定 art 16)`,
    `candidates (sorted): ${sorted.join(", ")}`,
    `seed: ${o.seed.trim()}`,
    `order: ${order.map((a, i) => `${i + 1}. ${a}`).join("  ")}`,
    `how: ${AGENCY_LOTTERY.description.en}`,
  ]);
}

/** A report as its printable HTML document (the same page staff and parties open), on stdout. */
export async function runValuationDocument(valuationId: string, reportId: string, o: { lang?: string }): Promise<void> {
  const lang = o.lang === "en" ? "en" : o.lang === undefined || o.lang === "zh" ? "zh" : null;
  if (!lang) throw invalidField("lang", { zh: "语言须为 zh 或 en", en: "lang must be zh or en" });
  await withContext(async (ctx) => {
    const db = ctx.database.db;
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    if (!uuid.test(valuationId)) throw invalidField("valuation", { zh: "确定参考价程序编号格式不正确", en: "Not a valuation id" });
    if (!uuid.test(reportId)) throw invalidField("reportId", { zh: "报告编号格式不正确", en: "Not a report id" });
    const v = await db.selectFrom("valuations").select(["id"]).where("id", "=", valuationId).executeTakeFirst();
    if (!v) throw invalidField("valuation", { zh: "确定参考价程序不存在", en: "No such valuation" });
    process.stdout.write(reportDocument(await valuationView(ctx, db, v.id, "read", null), reportId, lang));
  });
}

export async function runValuationCollect(o: { json?: boolean }): Promise<void> {
  await withContext(async (ctx) => {
    const r = await collectValuations(ctx);
    if (o.json) {
      process.stdout.write(JSON.stringify(r) + "\n");
      return;
    }
    out([
      `collected: ${r.online} online inquiry(ies), ${r.appraisal} appraisal(s), ${r.review} art 20 answer(s), ${r.reissue} re-issue(s) as of ${today(ctx)}`,
      ...r.failed.map((f) => `  failed ${f.valuationId}: ${f.error}`),
    ]);
  });
}
