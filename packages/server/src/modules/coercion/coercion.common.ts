// What the coercion and objection modules share: the event + audit record, clock rows counted by the
// domain, role checks (the case's handler or division head; the president; staff of the higher court).
import { randomUUID } from "node:crypto";
import type { Executor } from "@zhixing/db";
import { DomainError, type IsoDate, type StatutoryClock } from "@zhixing/domain";
import type { AuthUser } from "../../http/auth";
import { caseAccess, caseNotFound, type CaseAccess } from "../cases/case-access";
import type { LockedCase } from "../cases/case-lock";

export const forbidden = (zh: string, en: string) => new DomainError("FORBIDDEN", { zh, en });
export const refused = (field: string, zh: string, en: string) => new DomainError("PRECONDITION_FAILED", { zh, en }, { field });
export const notFound = (zh: string, en: string) => new DomainError("NOT_FOUND", { zh, en });

export type Actor = { id: string | null; name: string; role: string };
export const actorOf = (u: AuthUser): Actor => ({ id: u.id, name: u.displayName, role: u.role });

/** One case event and its audit record, in the caller's transaction (the measures module's helper). */
export { record } from "../measures/measures.service";

/** A clock row for `kind` about `subjectId`, from a statutory clock the domain counted. */
export function clockRow(c: { id: string; court_id: string }, kind: string, subjectId: string, k: StatutoryClock, now: IsoDate) {
  return {
    id: randomUUID(),
    court_id: c.court_id,
    case_id: c.id,
    kind,
    subject_id: subjectId,
    start_date: now,
    due_date: k.due,
    basis: JSON.stringify(k.basis[0]),
    provisional: k.provisional,
    counted_from: k.from,
    period_unit: k.period.unit,
    period_n: k.period.n,
    status: "open" as const,
    met_date: null,
    reminded_at: null,
    overdue_notified_at: null,
  };
}

/** Closes the open clocks of `kinds` about `subjectId`: met, or cancelled when no longer needed. */
export async function closeClocks(tx: Executor, caseId: string, kinds: string[], subjectId: string, status: "met" | "cancelled", date: IsoDate): Promise<void> {
  await tx
    .updateTable("clocks")
    .set({ status, met_date: status === "met" ? date : null })
    .where("case_id", "=", caseId)
    .where("kind", "in", kinds)
    .where("subject_id", "=", subjectId)
    .where("status", "=", "open")
    .execute();
}

/** The handler of the case or its division head (own court); others of the court 403, everyone else 404. */
export async function assertHandlerOrHead(tx: Executor, user: AuthUser, c: LockedCase, what: { zh: string; en: string }): Promise<void> {
  const access = await caseAccess(tx, user, c);
  if (access !== "act") throw forbidden(`只有本院执行人员可以${what.zh}`, `Only staff of the case's own court may ${what.en}`);
  const isHandler = user.role === "officer" && c.handler_id === user.id;
  if (!isHandler && user.role !== "divisionHead") throw forbidden(`只有本案承办人或执行局负责人可以${what.zh}`, `Only the case's handler or the division head may ${what.en}`);
}

/** The president (院长) of the case's court (民诉法(2023) art 119 para 1). */
export async function assertPresident(tx: Executor, user: AuthUser, c: LockedCase): Promise<void> {
  const access = await caseAccess(tx, user, c);
  if (access !== "act" || user.role !== "president") {
    if (access === "party") throw caseNotFound();
    throw forbidden("须经本院院长批准", "Only the president of the case's court approves");
  }
}

/** The court directly above the case's court (上一级人民法院), or 422 when there is none. */
export async function higherCourtOf(tx: Executor, courtId: string): Promise<string> {
  const court = await tx.selectFrom("courts").select(["parent_id"]).where("id", "=", courtId).executeTakeFirst();
  if (!court?.parent_id) throw refused("court", "本院没有上一级人民法院", "This court has no higher court");
  return court.parent_id;
}

export const HIGHER_COURT_DECIDERS = ["supervisor", "president", "divisionHead", "officer"] as const;

/** Staff of the court directly above the case's court decide a reconsideration there. */
export async function assertHigherCourtStaff(tx: Executor, user: AuthUser, c: LockedCase, higherCourtId: string): Promise<CaseAccess> {
  const access = await caseAccess(tx, user, c);
  if (access === "party") throw caseNotFound();
  if (user.courtId !== higherCourtId || !(HIGHER_COURT_DECIDERS as readonly string[]).includes(user.role)) {
    throw forbidden("复议由上一级人民法院审查决定", "The higher court decides the reconsideration");
  }
  return access;
}

/** The party rows of the case linked to this user (a party user may act only through them). */
export async function partyRowsOf(db: Executor, caseId: string, userId: string) {
  return db.selectFrom("case_parties").select(["id", "role", "name", "kind"]).where("case_id", "=", caseId).where("user_id", "=", userId).execute();
}
