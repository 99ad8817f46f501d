// zhixing coercion list | objections list | objections hold: the court's fines and detentions (with their
// reconsideration), its objections with their linked 执异 / 执复 cases, and whether an asset is held by a
// third-party objection (the function auctions and valuation ask, assetDisposalHold).
import { today } from "../../context";
import { withContext } from "../../cli/db-context";
import { assetDisposalHold } from "../objections/objections.service";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function runCoercionList(o: { case?: string; json?: boolean }): Promise<void> {
  await withContext(async (ctx) => {
    const db = ctx.database.db;
    const rows = await db
      .selectFrom("sanctions as s")
      .innerJoin("cases as c", "c.id", "s.case_id")
      .leftJoin("sanction_reconsiderations as r", "r.sanction_id", "s.id")
      .select(["s.id", "c.case_number", "s.measure", "s.person_name", "s.ground", "s.amount_fen", "s.days", "s.status", "s.decided_on", "s.served_on", "s.paid_on", "s.revoked", "s.effective_amount_fen", "s.effective_days", "r.status as reconsideration"])
      .$if(o.case !== undefined, (q) => q.where(UUID.test(o.case!) ? "c.id" : "c.case_number", "=", o.case!))
      .orderBy("s.created_at")
      .execute();
    const referrals = await db
      .selectFrom("refusal_crime_referrals as f")
      .innerJoin("cases as c", "c.id", "f.case_id")
      .select(["f.id", "c.case_number", "f.route", "f.state", "f.referred_on", "f.recipient"])
      .$if(o.case !== undefined, (q) => q.where(UUID.test(o.case!) ? "c.id" : "c.case_number", "=", o.case!))
      .orderBy("f.created_at")
      .execute();
    if (o.json) {
      process.stdout.write(JSON.stringify({ sanctions: rows, referrals }, null, 2) + "\n");
      return;
    }
    process.stdout.write(`罚款、拘留 sanctions ${rows.length}:\n`);
    for (const s of rows) {
      const what = s.measure === "fine" ? `fine ${s.amount_fen} fen${s.effective_amount_fen !== null && s.effective_amount_fen !== s.amount_fen ? ` → ${s.effective_amount_fen}` : ""}` : `detention ${s.days} d${s.effective_days !== null && s.effective_days !== s.days ? ` → ${s.effective_days}` : ""}`;
      process.stdout.write(`  ${s.id.slice(0, 8)}  ${s.case_number ?? ""}  ${what}  ${s.person_name}  ${s.ground}  ${s.revoked ? "revoked" : s.status}${s.served_on ? `  served ${s.served_on}` : ""}${s.paid_on ? `  paid ${s.paid_on}` : ""}${s.reconsideration ? `  reconsideration ${s.reconsideration}` : ""}\n`);
    }
    process.stdout.write(`拒执罪 referrals ${referrals.length}:\n`);
    for (const f of referrals) process.stdout.write(`  ${f.id.slice(0, 8)}  ${f.case_number ?? ""}  ${f.route}  ${f.state}  ${f.referred_on}  ${f.recipient}\n`);
  });
}

export async function runObjectionsList(o: { case?: string; json?: boolean }): Promise<void> {
  await withContext(async (ctx) => {
    const db = ctx.database.db;
    const rows = await db
      .selectFrom("objections as o")
      .innerJoin("cases as c", "c.id", "o.case_id")
      .leftJoin("cases as l", "l.id", "o.linked_case_id")
      .leftJoin("objection_reconsiderations as r", "r.objection_id", "o.id")
      .leftJoin("cases as h", "h.id", "r.linked_case_id")
      .select(["o.id", "c.case_number", "o.kind", "o.objector_name", "o.received_on", "o.status", "o.ruling", "o.ruling_served_on", "l.case_number as linked", "r.status as reconsideration", "h.case_number as higher", "o.asset_id"])
      .$if(o.case !== undefined, (q) => q.where(UUID.test(o.case!) ? "c.id" : "c.case_number", "=", o.case!))
      .orderBy("o.created_at")
      .execute();
    if (o.json) {
      process.stdout.write(JSON.stringify({ objections: rows }, null, 2) + "\n");
      return;
    }
    process.stdout.write(`执行异议 objections ${rows.length}:\n`);
    for (const r of rows) {
      process.stdout.write(`  ${r.id.slice(0, 8)}  ${r.case_number ?? ""}  ${r.kind.padEnd(12)} ${r.objector_name}  received ${r.received_on}  ${r.status}${r.ruling ? ` (${r.ruling})` : ""}  ${r.linked ?? "—"}${r.reconsideration ? `  复议 ${r.reconsideration} ${r.higher ?? ""}` : ""}\n`);
    }
  });
}

export async function runObjectionsHold(assetId: string, o: { json?: boolean }): Promise<void> {
  await withContext(async (ctx) => {
    const hold = await assetDisposalHold(ctx.database.db, assetId, today(ctx));
    if (o.json) {
      process.stdout.write(JSON.stringify({ assetId, hold }) + "\n");
      return;
    }
    process.stdout.write(hold ? `held: ${hold.reason}${hold.until ? ` until ${hold.until}` : ""} (objection ${hold.objectionId.slice(0, 8)})\n` : "not held\n");
  });
}
