// Online inquiries (网络执行查控) and their results. An inquiry is written once, complete: the inquiry row,
// one result row per item found (or one per provider and respondent that found nothing or failed), and an
// asset row for each item found that the case's asset list does not already have.
import { randomUUID } from "node:crypto";
import { sql, type Insertable, type Selectable } from "kysely";
import type { Executor } from "../database";
import type { AssetsTable, InquiriesTable, InquiryResultsTable } from "../schema";

export type InquiryRow = Selectable<InquiriesTable>;
export type InquiryResultRow = Selectable<InquiryResultsTable>;

export type NewInquiryResult = Omit<Insertable<InquiryResultsTable>, "id" | "court_id" | "case_id" | "inquiry_id" | "asset_id" | "created_at">;

/**
 * Locks the requesting user's row and then the case's row until commit, so that two inquiries by the
 * same user or on the same case are counted against the limits one after the other.
 */
export async function lockInquiryScope(db: Executor, userId: string, caseId: string): Promise<void> {
  await db.selectFrom("users").select("id").where("id", "=", userId).forUpdate().execute();
  await db.selectFrom("cases").select("id").where("id", "=", caseId).forUpdate().execute();
}

/** Inquiries made after `since` (a rolling window), by a user or on a case. */
export async function countInquiriesSince(db: Executor, f: { userId?: string; caseId?: string; since: Date }): Promise<number> {
  let q = db.selectFrom("inquiries").select(sql<number>`count(*)::int`.as("n")).where("created_at", ">", f.since);
  if (f.userId) q = q.where("requested_by", "=", f.userId);
  if (f.caseId) q = q.where("case_id", "=", f.caseId);
  const r = await q.executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * Stores an inquiry with its results. A found item becomes an asset of the case (source 'inquiry', owned
 * by the respondent it was found for) unless the case already has an inquiry asset of the same type and
 * identifier for that respondent, which the result then points to.
 */
export async function insertInquiry(
  db: Executor,
  inquiry: Insertable<InquiriesTable>,
  results: NewInquiryResult[],
): Promise<{ assetsCreated: number; assetsMatched: number }> {
  await db.insertInto("inquiries").values(inquiry).execute();
  const found = results.filter((r) => r.status === "found" && r.asset_type && r.identifier);
  const existing = found.length
    ? await db
        .selectFrom("assets")
        .select(["id", "owner_party_id", "asset_type", "identifier"])
        .where("case_id", "=", inquiry.case_id)
        .where("source", "=", "inquiry")
        .where("identifier", "in", [...new Set(found.map((r) => r.identifier!))])
        .execute()
    : [];
  const key = (party: string | null | undefined, type: string | null | undefined, identifier: string | null | undefined) => `${party ?? ""}\u0000${type}\u0000${identifier}`;
  const assetIds = new Map(existing.map((a) => [key(a.owner_party_id, a.asset_type, a.identifier), a.id]));
  const newAssets: Insertable<AssetsTable>[] = [];
  let assetsMatched = 0;
  const rows: Insertable<InquiryResultsTable>[] = results.map((r) => {
    let assetId: string | null = null;
    if (r.status === "found" && r.asset_type && r.identifier) {
      const k = key(r.party_id, r.asset_type, r.identifier);
      assetId = assetIds.get(k) ?? null;
      if (assetId) {
        assetsMatched++;
      } else {
        assetId = randomUUID();
        assetIds.set(k, assetId);
        newAssets.push({
          id: assetId,
          court_id: inquiry.court_id,
          case_id: inquiry.case_id,
          owner_party_id: r.party_id ?? null,
          asset_type: r.asset_type,
          description: r.description ?? "",
          identifier: r.identifier,
          holder: r.holder ?? null,
          value_fen: r.amount_fen ?? null,
          source: "inquiry",
          exempt_category: null,
          created_at: inquiry.created_at,
        });
      }
    }
    return { ...r, id: randomUUID(), court_id: inquiry.court_id, case_id: inquiry.case_id, inquiry_id: inquiry.id, asset_id: assetId, created_at: inquiry.created_at };
  });
  if (newAssets.length) await db.insertInto("assets").values(newAssets).execute();
  for (let i = 0; i < rows.length; i += 500) await db.insertInto("inquiry_results").values(rows.slice(i, i + 500)).execute();
  return { assetsCreated: newAssets.length, assetsMatched };
}

export type InquiryListItem = InquiryRow & {
  requester_name: string;
  requester_role: string;
  found_items: number;
  none_results: number;
  error_results: number;
};

/** A case's inquiries, newest first, with result counts. */
export async function listCaseInquiries(db: Executor, caseId: string, limit = 200): Promise<InquiryListItem[]> {
  const rows = await db
    .selectFrom("inquiries as i")
    .innerJoin("users as u", "u.id", "i.requested_by")
    .selectAll("i")
    .select([
      "u.display_name as requester_name",
      "u.role as requester_role",
      sql<number>`(select count(*)::int from inquiry_results r where r.inquiry_id = i.id and r.status = 'found')`.as("found_items"),
      sql<number>`(select count(*)::int from inquiry_results r where r.inquiry_id = i.id and r.status = 'none')`.as("none_results"),
      sql<number>`(select count(*)::int from inquiry_results r where r.inquiry_id = i.id and r.status = 'error')`.as("error_results"),
    ])
    .where("i.case_id", "=", caseId)
    .orderBy("i.created_at", "desc")
    .orderBy("i.id")
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, found_items: Number(r.found_items), none_results: Number(r.none_results), error_results: Number(r.error_results) }));
}

export async function findInquiry(db: Executor, id: string): Promise<(InquiryRow & { requester_name: string; requester_role: string }) | undefined> {
  return db
    .selectFrom("inquiries as i")
    .innerJoin("users as u", "u.id", "i.requested_by")
    .selectAll("i")
    .select(["u.display_name as requester_name", "u.role as requester_role"])
    .where("i.id", "=", id)
    .executeTakeFirst();
}

export type InquiryResultItem = InquiryResultRow & { party_name: string | null };

/** An inquiry's results in the order they were stored. */
export async function listInquiryResults(db: Executor, inquiryId: string): Promise<InquiryResultItem[]> {
  return db
    .selectFrom("inquiry_results as r")
    .leftJoin("case_parties as p", "p.id", "r.party_id")
    .selectAll("r")
    .select("p.name as party_name")
    .where("r.inquiry_id", "=", inquiryId)
    .orderBy("r.position")
    .orderBy("r.id")
    .execute();
}
