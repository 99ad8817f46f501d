// The audit log is append-only and chained by SM3 (GB/T 32905) hashes, one chain per court: each
// record's hash covers its content, its position in the chain and the previous record's hash, and a
// head row holds the last position and hash. Altering a record breaks its hash; deleting or inserting
// one breaks the sequence or the linkage; deleting the newest ones no longer matches the head.
import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

export type ChainedFields = {
  id: string;
  chainKey: string;
  chainSeq: number;
  prevHash: string;
  at: string; // ISO timestamp, millisecond precision
  courtId: string | null;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  caseId: string | null;
  detail: unknown;
  ip: string | null;
};

/** JSON with object keys sorted at every level, so that the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export function auditHash(f: ChainedFields): string {
  const content = canonicalJson({
    id: f.id,
    chainKey: f.chainKey,
    chainSeq: f.chainSeq,
    prevHash: f.prevHash,
    at: f.at,
    courtId: f.courtId,
    actorId: f.actorId,
    actorRole: f.actorRole,
    action: f.action,
    entityType: f.entityType,
    entityId: f.entityId,
    caseId: f.caseId,
    detail: f.detail,
    ip: f.ip,
  });
  return createHash("sm3").update(content, "utf8").digest("hex");
}

export const chainKeyOf = (courtId: string | null): string => courtId ?? "system";
