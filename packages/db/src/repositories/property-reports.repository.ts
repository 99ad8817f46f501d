// Property reports (财产调查规定 arts 5–7), the assets their items identify, and the clocks that concern
// one subject of a case (a respondent's propertyReport clock, a clue's clueVerification clock).
import type { Insertable, Selectable } from "kysely";
import type { Executor } from "../database";
import type { AssetsTable, ClockRow, PropertyReportsTable } from "../schema";

export type PropertyReportRow = Selectable<PropertyReportsTable>;

export async function insertPropertyReport(db: Executor, row: Insertable<PropertyReportsTable>): Promise<void> {
  await db.insertInto("property_reports").values(row).execute();
}

/** A case's reports in the order filed; only those of `partyIds` when given. */
export async function listPropertyReports(db: Executor, caseId: string, partyIds?: string[]): Promise<PropertyReportRow[]> {
  let q = db.selectFrom("property_reports").selectAll().where("case_id", "=", caseId);
  if (partyIds) q = q.where("party_id", "in", partyIds.length ? partyIds : ["00000000-0000-0000-0000-000000000000"]);
  return q.orderBy("submitted_at").orderBy("id").execute();
}

export async function findInitialReport(db: Executor, caseId: string, partyId: string): Promise<PropertyReportRow | undefined> {
  return db
    .selectFrom("property_reports")
    .selectAll()
    .where("case_id", "=", caseId)
    .where("party_id", "=", partyId)
    .where("kind", "=", "initial")
    .orderBy("submitted_at")
    .executeTakeFirst();
}

/** Assets named in a report (source "report"). */
export async function insertReportAssets(db: Executor, rows: Insertable<AssetsTable>[]): Promise<void> {
  if (rows.length) await db.insertInto("assets").values(rows).execute();
}

/** The clocks of one kind in a case that concern a subject (party, clue), newest last. */
export async function listSubjectClocks(db: Executor, caseId: string, kind: string, subjectIds?: string[]): Promise<ClockRow[]> {
  let q = db.selectFrom("clocks").selectAll().where("case_id", "=", caseId).where("kind", "=", kind).where("subject_id", "is not", null);
  if (subjectIds) q = q.where("subject_id", "in", subjectIds.length ? subjectIds : ["00000000-0000-0000-0000-000000000000"]);
  return q.orderBy("created_at").orderBy("id").execute();
}

/** Meets the open clocks of `kind` that concern `subjectId`; returns the clocks met. */
export async function meetSubjectClocks(db: Executor, caseId: string, kind: string, subjectId: string, date: string): Promise<ClockRow[]> {
  return db
    .updateTable("clocks")
    .set({ status: "met", met_date: date })
    .where("case_id", "=", caseId)
    .where("kind", "=", kind)
    .where("subject_id", "=", subjectId)
    .where("status", "=", "open")
    .returningAll()
    .execute();
}

/** Moves an open clock to a new due date counted `periodN` days from `countedFrom` (an extension), re-arming its reminders. */
export async function extendOpenClock(
  db: Executor,
  clockId: string,
  c: { due: string; basis: unknown; provisional: boolean; countedFrom: string; periodN: number },
): Promise<boolean> {
  const r = await db
    .updateTable("clocks")
    .set({
      due_date: c.due,
      basis: JSON.stringify(c.basis),
      provisional: c.provisional,
      counted_from: c.countedFrom,
      period_unit: "days",
      period_n: c.periodN,
      reminded_at: null,
      overdue_notified_at: null,
    })
    .where("id", "=", clockId)
    .where("status", "=", "open")
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
