// zhixing credit list | sweep: the 失信 entries (and restrictions) of the court from the command line, and
// the deletion job run once (失信规定 art 10). The CLI runs on the court's own machine; it prints the art 6
// public form (a natural person's ID masked) all the same.
import { publicDishonestEntry, type IsoDate } from "@zhixing/domain";
import { today } from "../../context";
import { runCreditDeletion } from "../../jobs/credit-deletion.job";
import { withContext } from "../../cli/db-context";
import { listingRecord } from "./credit.service";

export async function runCreditSweep(o: { json?: boolean }): Promise<void> {
  await withContext(async (ctx) => {
    const r = await runCreditDeletion(ctx);
    if (o.json) {
      process.stdout.write(JSON.stringify(r) + "\n");
      return;
    }
    process.stdout.write(`失信 entries checked: ${r.checked}; deleted: ${r.deleted}\n`);
    for (const e of r.entries) process.stdout.write(`  ${e.listingId.slice(0, 8)}  ${e.condition.padEnd(12)}  occurred ${e.occurredOn}  delete by ${e.due}\n`);
  });
}

export async function runCreditList(o: { all?: boolean; json?: boolean }): Promise<void> {
  await withContext(async (ctx) => {
    const db = ctx.database.db;
    let q = db.selectFrom("dishonest_listings").selectAll().orderBy("decision_date").orderBy("id");
    if (!o.all) q = q.where("status", "=", "listed");
    const rows = await q.execute();
    const items = [];
    for (const l of rows) {
      const e = publicDishonestEntry(await listingRecord(db, l), (l.published_date ?? today(ctx)) as IsoDate);
      items.push({ id: l.id, status: l.status, published: l.published, ground: l.ground, decisionDate: l.decision_date, termEnd: l.term_end, deletedDate: l.deleted_date, deletionCondition: l.deletion_condition, name: e.subject.name, id_masked: e.subject.kind === "naturalPerson" ? e.subject.idNumberMasked : e.subject.creditCode, caseNumber: e.caseNumber, court: e.court });
    }
    const restrictions = await db
      .selectFrom("credit_restrictions as r")
      .innerJoin("case_parties as p", "p.id", "r.party_id")
      .innerJoin("cases as c", "c.id", "r.case_id")
      .select(["r.id", "r.kind", "r.status", "r.issued_date", "p.name", "c.case_number"])
      .$if(!o.all, (qb) => qb.where("r.status", "in", ["awaitingSignature", "issued"]))
      .orderBy("r.created_at")
      .execute();
    if (o.json) {
      process.stdout.write(JSON.stringify({ listings: items, restrictions }, null, 2) + "\n");
      return;
    }
    process.stdout.write(`失信被执行人 ${items.length}:\n`);
    for (const i of items) process.stdout.write(`  ${i.id.slice(0, 8)}  ${i.status.padEnd(7)} ${i.published ? "published" : "unpublished"}  ${i.ground.padEnd(28)}  ${i.name} ${i.id_masked}  ${i.caseNumber}  ${i.decisionDate} → ${i.termEnd ?? "—"}${i.deletedDate ? `  deleted ${i.deletedDate} (${i.deletionCondition ?? "corrected"})` : ""}\n`);
    process.stdout.write(`restrictions ${restrictions.length}:\n`);
    for (const r of restrictions) process.stdout.write(`  ${r.id.slice(0, 8)}  ${r.kind.padEnd(11)} ${r.status.padEnd(17)} ${r.name}  ${r.case_number ?? ""}  ${r.issued_date ?? ""}\n`);
  });
}
