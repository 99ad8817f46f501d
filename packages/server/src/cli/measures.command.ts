// zhixing measures lapse | list: the lapse job run once (查封规定 art 27), and a case's measures register
// from the command line (identifiers in full: the CLI runs on the court's own machine).
import { DomainError, fenToYuanString } from "@zhixing/domain";
import { today } from "../context";
import { lapseMeasures } from "../jobs/measure-lapse.job";
import { runStandingFreezes } from "../jobs/standing-freeze.job";
import { registerForSystem } from "../modules/measures/measures.queries";
import { withContext } from "./db-context";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function runMeasuresLapse(o: { json?: boolean }): Promise<void> {
  await withContext(async (ctx) => {
    const r = await lapseMeasures(ctx);
    process.stdout.write(
      o.json ? JSON.stringify(r) + "\n" : `measures lapsed: ${r.lapsed} (${r.batches} batch(es)); renewal reminders met: ${r.remindersMet}\n`,
    );
  });
}

export async function runMeasuresStanding(o: { run?: boolean; json?: boolean }): Promise<void> {
  if (!o.run) throw new DomainError("VALIDATION", { zh: "请指定 --run", en: "say --run to run the standing freeze job once" }, { field: "run" });
  await withContext(async (ctx) => {
    const r = await runStandingFreezes(ctx);
    const by = Object.entries(r.byOutcome)
      .map(([k, n]) => `${k} ${n}`)
      .join(", ");
    process.stdout.write(o.json ? JSON.stringify(r) + "\n" : `standing freezes run for ${r.date}: ${r.run} (${r.batches} batch(es))${by ? `; ${by}` : ""}\n`);
  });
}

export async function runMeasuresList(o: { case: string; json?: boolean }): Promise<void> {
  await withContext(async (ctx) => {
    const db = ctx.database.db;
    const ref = o.case.trim();
    const c = await db.selectFrom("cases").select(["id", "case_number"]).where(UUID.test(ref) ? "id" : "case_number", "=", ref).executeTakeFirst();
    if (!c) throw new DomainError("NOT_FOUND", { zh: `案件 ${ref} 不存在`, en: `no case ${ref}` }, { field: "case" });
    const reg = await registerForSystem(db, c.id, today(ctx));
    if (o.json) {
      process.stdout.write(JSON.stringify({ caseNumber: c.case_number, ...reg }, null, 2) + "\n");
      return;
    }
    process.stdout.write(`${c.case_number ?? c.id}: ${reg.measures.length} measure(s) as of ${reg.asOf}\n`);
    for (const m of reg.measures) {
      process.stdout.write(
        [
          m.id.slice(0, 8),
          m.kind.padEnd(6),
          m.asset.type.padEnd(18),
          `¥${fenToYuanString(m.amountFen)}`.padStart(16),
          m.rank.padEnd(6),
          m.status.padEnd(9),
          `${m.start} → ${m.expires ?? "—"}`,
          m.daysLeft !== null ? `${m.daysLeft}d` : "",
          m.renewals ? `renewed ×${m.renewals}` : "",
          m.external ? `[${m.executedBy}]` : "",
        ]
          .filter(Boolean)
          .join("  ") + "\n",
      );
    }
    if (reg.control) {
      process.stdout.write(`controlled ¥${fenToYuanString(reg.control.controlledFen)} of limit ¥${fenToYuanString(reg.control.limitFen)}\n`);
    }
    for (const l of reg.excess?.lines ?? []) {
      process.stdout.write(`release ¥${fenToYuanString(l.releaseFen)} on measure ${l.measureId.slice(0, 8)}${l.whole ? " (whole)" : ""} — 查封规定 art 19 para 2\n`);
    }
  });
}
