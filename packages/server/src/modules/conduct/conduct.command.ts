// zhixing conduct list --case <number> [--json]: the case's conduct duties with their compliance checks,
// substitute performance (cost, prepayment, enforcement as a monetary duty, completion) and 迟延履行金.
import { today } from "../../context";
import { withContext } from "../../cli/db-context";
import { conductByCase } from "./conduct.queries";

export async function runConductList(o: { case: string; json?: boolean }): Promise<void> {
  await withContext(async (ctx) => {
    const view = await conductByCase(ctx.database.db, o.case, today(ctx));
    if (!view) {
      process.stderr.write(`no case ${o.case}\n`);
      process.exitCode = 1;
      return;
    }
    if (o.json) {
      process.stdout.write(JSON.stringify(view, null, 2) + "\n");
      return;
    }
    process.stdout.write(`${view.caseNumber ?? view.caseId}  行为义务 conduct duties ${view.duties.length}:\n`);
    for (const d of view.duties) {
      process.stdout.write(`  ${d.id.slice(0, 8)}  ${d.category}  ${d.performer ?? "courtDecides"}  ${d.done ? `done ${d.doneDate}` : "open"}  ${d.description}\n`);
      for (const k of d.checks) {
        process.stdout.write(`    check ${k.seq}  due ${k.dueDate}  ${k.status === "recorded" ? `${k.checkDate} ${k.outcome}${k.escalation ? ` → ${k.escalation.steps.map((s) => s.kind).join(", ")}` : ""}` : "scheduled"}\n`);
      }
      const s = d.substitute;
      if (s) {
        process.stdout.write(
          `    substitute ${s.performerName} (${s.method})  cost ${s.costFen ?? "-"} fen  prepaid ${s.prepaidFen}  due ${s.prepaymentDue ?? "-"}${s.costDutyId ? `  enforced as duty ${s.costDutyId.slice(0, 8)}` : ""}${s.completedOn ? `  completed ${s.completedOn}` : ""}\n`,
        );
      }
      for (const p of d.penalties) process.stdout.write(`    迟延履行金 ${p.amountFen} fen  ${p.days} d  ${p.method}\n`);
    }
    for (const m of view.addedMonetaryDuties) process.stdout.write(`  + monetary duty ${m.id.slice(0, 8)}  ${m.category}  ${m.amountFen} fen  ${m.description}\n`);
  });
}
