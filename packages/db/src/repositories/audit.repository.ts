import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { auditHash, chainKeyOf, GENESIS_HASH } from "../audit-chain";
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

/**
 * Appends to the audit log, chained to the court's previous record by SM3; call it inside the
 * transaction of the change it records (outside one, it opens its own). The chain head row is locked
 * until commit, so records of one court are chained in commit order.
 */
export async function writeAudit(db: Executor, e: AuditEntry): Promise<void> {
  if (!db.isTransaction) {
    await db.transaction().execute((tx) => writeAudit(tx, e));
    return;
  }
  const chainKey = chainKeyOf(e.courtId);
  await sql`insert into audit_chain_heads (chain_key, last_seq, last_hash) values (${chainKey}, 0, ${GENESIS_HASH}) on conflict (chain_key) do nothing`.execute(db);
  const head = await db.selectFrom("audit_chain_heads").select(["last_seq", "last_hash"]).where("chain_key", "=", chainKey).forUpdate().executeTakeFirstOrThrow();
  const id = randomUUID();
  const at = new Date().toISOString();
  // What is hashed is what the database gives back: the detail after a JSON round trip.
  const detail = JSON.parse(JSON.stringify(e.detail ?? {})) as unknown;
  const chainSeq = Number(head.last_seq) + 1;
  const fields = {
    id,
    chainKey,
    chainSeq,
    prevHash: head.last_hash,
    at,
    courtId: e.courtId,
    actorId: e.actorId,
    actorRole: e.actorRole,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    caseId: e.caseId ?? null,
    detail,
    ip: e.ip ?? null,
  };
  const hash = auditHash(fields);
  await db
    .insertInto("audit_log")
    .values({
      id,
      court_id: e.courtId,
      at,
      actor_id: e.actorId,
      actor_role: e.actorRole,
      action: e.action,
      entity_type: e.entityType,
      entity_id: e.entityId,
      case_id: e.caseId ?? null,
      detail: JSON.stringify(detail),
      ip: e.ip ?? null,
      chain_key: chainKey,
      chain_seq: chainSeq,
      prev_hash: head.last_hash,
      hash,
    })
    .execute();
  await db.updateTable("audit_chain_heads").set({ last_seq: chainSeq, last_hash: hash }).where("chain_key", "=", chainKey).execute();
}

export async function listAudit(db: Executor, filter: { caseId?: string; action?: string; limit?: number }) {
  let q = db.selectFrom("audit_log").selectAll();
  if (filter.caseId) q = q.where("case_id", "=", filter.caseId);
  if (filter.action) q = q.where("action", "=", filter.action);
  return q.orderBy("at", "desc").limit(filter.limit ?? 100).execute();
}

export type AuditProblem = {
  chainKey: string;
  chainSeq: number | null;
  id: string | null;
  problem: "altered" | "brokenLink" | "missing" | "inserted" | "truncated" | "headMissing";
  detail: string;
};

export type AuditVerification = { ok: boolean; chains: number; records: number; problems: AuditProblem[] };

/**
 * Walks every chain in order and recomputes every hash: an altered record, a deleted one (a gap in
 * the sequence, or a missing tail against the head), an inserted one (a sequence or link that does
 * not fit) is reported with where it is. Reads in pages, so memory stays flat on a large log.
 */
export async function verifyAuditChain(db: Executor, opts: { pageSize?: number } = {}): Promise<AuditVerification> {
  const pageSize = opts.pageSize ?? 5000;
  const problems: AuditProblem[] = [];
  const heads = await db.selectFrom("audit_chain_heads").selectAll().execute();
  const keys = new Set([...heads.map((h) => h.chain_key), ...(await db.selectFrom("audit_log").select("chain_key").distinct().execute()).map((r) => r.chain_key)]);
  let records = 0;
  for (const chainKey of [...keys].sort()) {
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    let afterSeq = 0;
    for (;;) {
      const page = await db
        .selectFrom("audit_log")
        .selectAll()
        .where("chain_key", "=", chainKey)
        .where("chain_seq", ">", afterSeq)
        .orderBy("chain_seq")
        .limit(pageSize)
        .execute();
      for (const r of page) {
        records++;
        const seq = Number(r.chain_seq);
        if (seq !== expectedSeq) {
          problems.push({
            chainKey,
            chainSeq: seq,
            id: r.id,
            problem: seq > expectedSeq ? "missing" : "inserted",
            detail: seq > expectedSeq ? `records ${expectedSeq}–${seq - 1} are missing before this one` : `sequence ${seq} repeats or goes back`,
          });
        } else if (r.prev_hash !== prevHash) {
          problems.push({ chainKey, chainSeq: seq, id: r.id, problem: "brokenLink", detail: "its previous-hash does not match the record before it" });
        }
        const recomputed = auditHash({
          id: r.id,
          chainKey,
          chainSeq: seq,
          prevHash: r.prev_hash,
          at: new Date(r.at).toISOString(),
          courtId: r.court_id,
          actorId: r.actor_id,
          actorRole: r.actor_role,
          action: r.action,
          entityType: r.entity_type,
          entityId: r.entity_id,
          caseId: r.case_id,
          detail: r.detail ?? {},
          ip: r.ip,
        });
        if (recomputed !== r.hash) {
          problems.push({ chainKey, chainSeq: seq, id: r.id, problem: "altered", detail: "its content does not match its hash" });
        }
        expectedSeq = seq + 1;
        prevHash = r.hash;
      }
      if (page.length < pageSize) break;
      afterSeq = Number(page.at(-1)!.chain_seq);
    }
    const head = heads.find((h) => h.chain_key === chainKey);
    if (!head) {
      problems.push({ chainKey, chainSeq: null, id: null, problem: "headMissing", detail: "the chain has records but no head" });
    } else if (Number(head.last_seq) !== expectedSeq - 1 || head.last_hash !== prevHash) {
      problems.push({
        chainKey,
        chainSeq: Number(head.last_seq),
        id: null,
        problem: "truncated",
        detail: `the head says ${head.last_seq} record(s) ending in ${head.last_hash.slice(0, 12)}…, the log ends at ${expectedSeq - 1}`,
      });
    }
  }
  return { ok: problems.length === 0, chains: keys.size, records, problems };
}
