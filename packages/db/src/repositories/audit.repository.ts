import { randomUUID } from "node:crypto";
import type { Executor } from "../database";

export type AuditEntry = {
  courtId: string | null;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  caseId?: string | null;
  detail?: Record<string, unknown>;
  ip?: string | null;
};

/** Appends to the audit log; call it inside the transaction of the change it records. */
export async function writeAudit(db: Executor, e: AuditEntry): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      id: randomUUID(),
      court_id: e.courtId,
      actor_id: e.actorId,
      actor_role: e.actorRole,
      action: e.action,
      entity_type: e.entityType,
      entity_id: e.entityId,
      case_id: e.caseId ?? null,
      detail: JSON.stringify(e.detail ?? {}),
      ip: e.ip ?? null,
    })
    .execute();
}

export async function listAudit(db: Executor, filter: { caseId?: string; action?: string; limit?: number }) {
  let q = db.selectFrom("audit_log").selectAll();
  if (filter.caseId) q = q.where("case_id", "=", filter.caseId);
  if (filter.action) q = q.where("action", "=", filter.action);
  return q.orderBy("at", "desc").limit(filter.limit ?? 100).execute();
}
