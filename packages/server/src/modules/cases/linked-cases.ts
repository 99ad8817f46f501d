// Linked review cases (执异 at the executing court, 执复 at the higher court; rules.md §14): an
// objection or a reconsideration is docketed as a case of its own, numbered on its own sequence by the
// same per-(court, year, type) counter as every case (gap-free, in the registering transaction), and
// linked to the enforcement case it reviews by `cases.parent_case_id`. The review case is created
// registered (docketing IS its registration), with the parent's parties (so that they can follow it,
// case-access.ts) and its basis; it runs no enforcement lifecycle of its own (no term, notice or
// duties): the objections module examines it and closes it with the ruling. Called inside the caller's
// transaction, after the caller locked the parent case.
import { randomUUID } from "node:crypto";
import { allocateCaseSeq, appendEvent, findCourt, writeAudit, type Executor } from "@zhixing/db";
import { DomainError, formatCaseNumber, type CaseTypeCode, type IsoDate } from "@zhixing/domain";
import type { AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";

/** Type codes of review cases linked to an enforcement case: examined by their own module, not the lifecycle. */
export const LINKED_REVIEW_TYPE_CODES: readonly string[] = ["执异", "执复", "执监"];

export type LinkedCase = { id: string; caseNumber: string; courtId: string };

export async function registerLinkedCase(
  tx: Executor,
  ctx: AppContext,
  user: AuthUser,
  parentCaseId: string,
  opts: { typeCode: "执异" | "执复" | "执监"; courtId: string; date: IsoDate; note: string; ip: string | null },
): Promise<LinkedCase> {
  const parent = await tx.selectFrom("cases").selectAll().where("id", "=", parentCaseId).executeTakeFirst();
  if (!parent) throw new DomainError("NOT_FOUND", { zh: "原执行案件不存在", en: "No such enforcement case" });
  const court = await findCourt(tx, opts.courtId);
  if (!court) throw new DomainError("NOT_FOUND", { zh: "法院不存在", en: "No such court" });
  const id = randomUUID();
  const year = Number(opts.date.slice(0, 4));
  const seq = await allocateCaseSeq(tx, court.id, year, opts.typeCode);
  const caseNumber = formatCaseNumber({ year, courtCode: court.code, typeCode: opts.typeCode as CaseTypeCode, seq });
  await tx
    .insertInto("cases")
    .values({
      id,
      court_id: court.id,
      type_code: opts.typeCode,
      year,
      seq,
      case_number: caseNumber,
      status: "registered",
      application_date: opts.date,
      registered_date: opts.date,
      refused_date: null,
      refusal_reason: null,
      handler_id: null,
      assigned_date: null,
      notice_date: null,
      term_start: null,
      term_due: null,
      closure_mode: null,
      closure_date: null,
      closure_reason: null,
      closure_data: null,
      late_application: false,
      limitation_expires: null,
      right_type: parent.right_type,
      basis_issuing_court: parent.basis_issuing_court,
      basis_document_number: parent.basis_document_number,
      basis_effective_date: parent.basis_effective_date,
      basis_performance_deadline: null,
      basis_instalments: JSON.stringify([]),
      note: opts.note,
      submitted_by: user.id,
      parent_case_id: parent.id,
    })
    .execute();
  const parties = await tx.selectFrom("case_parties").selectAll().where("case_id", "=", parent.id).orderBy("position").execute();
  if (parties.length) {
    await tx
      .insertInto("case_parties")
      .values(parties.map((p) => ({ ...p, id: randomUUID(), court_id: court.id, case_id: id })))
      .execute();
  }
  const data = { caseNumber, typeCode: opts.typeCode, parentCaseId: parent.id, parentCaseNumber: parent.case_number };
  await appendEvent(tx, {
    id: randomUUID(),
    court_id: court.id,
    case_id: id,
    type: "register",
    at: ctx.now(),
    event_date: opts.date,
    actor_id: user.id,
    actor_name: user.displayName,
    actor_role: user.role,
    reason: null,
    data: JSON.stringify(data),
  });
  await writeAudit(tx, { courtId: court.id, actorId: user.id, actorRole: user.role, action: "case.registerLinked", entityType: "case", entityId: id, caseId: id, detail: data, ip: opts.ip });
  return { id, caseNumber, courtId: court.id };
}

/** Closes a linked review case with its ruling (no lifecycle: status closed, the ruling as the closure reason). */
export async function closeLinkedCase(tx: Executor, caseId: string, date: IsoDate, reason: string): Promise<void> {
  await tx
    .updateTable("cases")
    .set((eb) => ({ status: "closed", closure_date: date, closure_reason: reason, version: eb("version", "+", 1), updated_at: new Date() }))
    .where("id", "=", caseId)
    .execute();
}
