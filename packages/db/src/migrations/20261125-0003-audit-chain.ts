// Chains the audit log by SM3 hashes, one chain per court (see audit-chain.ts), and backfills the
// chain over the records written before this migration, in the order they were written.
import { sql, type Kysely } from "kysely";
import { auditHash, chainKeyOf, GENESIS_HASH } from "../audit-chain";
import { executeStatements } from "./execute-statements";

type Row = {
  id: string;
  at: Date;
  court_id: string | null;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  case_id: string | null;
  detail: unknown;
  ip: string | null;
};

export async function up(db: Kysely<unknown>): Promise<void> {
  await executeStatements(
    db,
    `
    alter table audit_log add column chain_key text;
    alter table audit_log add column chain_seq bigint;
    alter table audit_log add column prev_hash text;
    alter table audit_log add column hash text;
    create table audit_chain_heads (
      chain_key text primary key,
      last_seq bigint not null,
      last_hash text not null
    )
  `,
  );
  const rows = (await sql<Row>`select id, at, court_id, actor_id, actor_role, action, entity_type, entity_id, case_id, detail, ip from audit_log order by at, id`.execute(db)).rows;
  const heads = new Map<string, { seq: number; hash: string }>();
  for (const r of rows) {
    const chainKey = chainKeyOf(r.court_id);
    const prev = heads.get(chainKey) ?? { seq: 0, hash: GENESIS_HASH };
    const at = new Date(r.at).toISOString();
    const hash = auditHash({
      id: r.id,
      chainKey,
      chainSeq: prev.seq + 1,
      prevHash: prev.hash,
      at,
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
    await sql`update audit_log set chain_key = ${chainKey}, chain_seq = ${prev.seq + 1}, prev_hash = ${prev.hash}, hash = ${hash}, at = ${at}::timestamptz where id = ${r.id}`.execute(db);
    heads.set(chainKey, { seq: prev.seq + 1, hash });
  }
  for (const [key, h] of heads) {
    await sql`insert into audit_chain_heads (chain_key, last_seq, last_hash) values (${key}, ${h.seq}, ${h.hash})`.execute(db);
  }
  await executeStatements(
    db,
    `
    alter table audit_log alter column chain_key set not null;
    alter table audit_log alter column chain_seq set not null;
    alter table audit_log alter column prev_hash set not null;
    alter table audit_log alter column hash set not null;
    create unique index audit_log_chain on audit_log (chain_key, chain_seq)
  `,
  );
}
