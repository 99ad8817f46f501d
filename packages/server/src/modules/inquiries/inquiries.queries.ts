// Read side of online inquiries. Court staff who may read the case (its court, or a court above it) see
// a case's inquiries; parties never do (404, like a case they cannot see). Every view of an inquiry's
// results is audited. Identifiers are shown in full only to the case's handler and to the inquiry's own
// requester; everyone else gets them masked (裁判文书上网规定 art 10: bank accounts and property-certificate
// numbers are personal data), and addresses in descriptions cut to the district. Registration numbers of
// patents and trademarks and the credit codes of companies are public registers and stay as they are.
import { findInquiry, listCaseInquiries, listInquiryResults, writeAudit, type Executor, type InquiryResultItem } from "@zhixing/db";
import { DomainError, isStaffRole, maskAddress, maskBankAccount, maskIdentifier } from "@zhixing/domain";
import { PROVIDER_KEYS, PROVIDER_LABELS, type ProviderKey } from "../../adapters/inquiry";
import type { AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import { caseAccess, caseNotFound } from "../cases/case-access";
import type { InquiryDetail, InquiryStatus, InquirySummary } from "./inquiries.schemas";

const inquiryNotFound = () => new DomainError("NOT_FOUND", { zh: "查询记录不存在或无权查看", en: "No such inquiry, or you may not see it" });

/** Staff who may read the case; a party (or anyone else) gets NOT_FOUND. */
async function assertStaffReader(db: Executor, user: AuthUser, c: { id: string; court_id: string }): Promise<void> {
  if (!isStaffRole(user.role)) throw caseNotFound();
  const access = await caseAccess(db, user, c);
  if (access === "party") throw caseNotFound();
}

function summaryOf(r: {
  id: string;
  case_id: string;
  status: string;
  purpose: string;
  supervision_reason: string | null;
  providers: unknown;
  requested_by: string;
  requester_name: string;
  requester_role: string;
  created_at: Date | string;
  completed_at: Date | string | null;
}, counts: InquirySummary["counts"]): InquirySummary {
  return {
    id: r.id,
    caseId: r.case_id,
    status: r.status as InquiryStatus,
    purpose: r.purpose,
    supervisionReason: r.supervision_reason,
    providers: ((r.providers as string[]) ?? []).filter((k): k is ProviderKey => (PROVIDER_KEYS as readonly string[]).includes(k)),
    requestedBy: { id: r.requested_by, name: r.requester_name, role: r.requester_role },
    createdAt: new Date(r.created_at).toISOString(),
    completedAt: r.completed_at ? new Date(r.completed_at).toISOString() : null,
    counts,
  };
}

export async function listInquiriesFor(ctx: AppContext, user: AuthUser, caseId: string): Promise<InquirySummary[]> {
  const db = ctx.database.db;
  const c = await db.selectFrom("cases").select(["id", "court_id"]).where("id", "=", caseId).executeTakeFirst();
  if (!c) throw caseNotFound();
  await assertStaffReader(db, user, c);
  const rows = await listCaseInquiries(db, caseId);
  return rows.map((r) => summaryOf(r, { itemsFound: r.found_items, none: r.none_results, errors: r.error_results }));
}

const PUBLIC_REGISTERS = new Set(["patent", "trademark"]);

/** An identifier as someone other than the handler or the requester sees it. */
export function maskResultIdentifier(assetType: string | null, identifier: string): string {
  if (assetType && PUBLIC_REGISTERS.has(assetType)) return identifier;
  if (assetType === "equity") return maskIdentifier("creditCode", identifier);
  // Certificate numbers: the serial keeps its last 4 digits, the form stays readable.
  if (assetType === "realEstate" && /\d{5,}/.test(identifier)) return identifier.replace(/第(\d{5,})号/g, (_, n: string) => `第${maskBankAccount(n)}号`);
  return maskBankAccount(identifier);
}

/** Addresses cut to the district, and long digit runs (vehicle identification, accounts) masked. */
export function maskResultDescription(description: string): string {
  return description
    .replace(/坐落：([^，；]+)/g, (_, where: string) => `坐落：${maskAddress(where)}`)
    .replace(/(后六位 ?)([0-9A-Z]{6})/g, (_, p: string) => `${p}******`)
    .replace(/\d{6,}/g, (run) => maskBankAccount(run));
}

function resultsView(rows: InquiryResultItem[], masked: boolean): InquiryDetail["results"] {
  return rows.map((r) => ({
    id: r.id,
    provider: r.provider as ProviderKey,
    respondent: r.party_id ? { partyId: r.party_id, name: r.party_name ?? "" } : null,
    status: r.status,
    assetType: r.asset_type,
    holder: r.holder,
    identifier: r.identifier === null ? null : masked ? maskResultIdentifier(r.asset_type, r.identifier) : r.identifier,
    description: r.description === null ? null : masked ? maskResultDescription(r.description) : r.description,
    amountFen: r.amount_fen,
    error: r.error,
    assetId: r.asset_id,
  }));
}

function outcomesOf(providers: ProviderKey[], results: InquiryDetail["results"]): InquiryDetail["providerOutcomes"] {
  return providers.map((provider) => {
    const mine = results.filter((r) => r.provider === provider);
    const itemCount = mine.filter((r) => r.status === "found").length;
    const errors = [...new Set(mine.filter((r) => r.status === "error").map((r) => r.error ?? ""))];
    const allFailed = mine.length > 0 && mine.every((r) => r.status === "error");
    return { provider, label: PROVIDER_LABELS[provider], status: itemCount ? "found" : allFailed ? "error" : "none", itemCount, errors };
  });
}

/**
 * An inquiry with its results. `audit` records the view (every read through the API is audited; the
 * response to the run itself is covered by the inquiry.run record).
 */
export async function getInquiryDetail(
  ctx: AppContext,
  user: AuthUser,
  inquiryId: string,
  opts: { audit: boolean; ip?: string | null },
): Promise<InquiryDetail> {
  const db = ctx.database.db;
  const read = async (tx: Executor): Promise<InquiryDetail> => {
    const inq = await findInquiry(tx, inquiryId);
    if (!inq) throw inquiryNotFound();
    const c = await tx.selectFrom("cases").select(["id", "court_id", "handler_id", "case_number"]).where("id", "=", inq.case_id).executeTakeFirst();
    if (!c) throw inquiryNotFound();
    try {
      await assertStaffReader(tx, user, c);
    } catch (e) {
      if (e instanceof DomainError && e.code === "NOT_FOUND") throw inquiryNotFound();
      throw e;
    }
    const masked = user.id !== c.handler_id && user.id !== inq.requested_by;
    const rows = await listInquiryResults(tx, inq.id);
    const results = resultsView(rows, masked);
    const summary = summaryOf(inq, {
      itemsFound: rows.filter((r) => r.status === "found").length,
      none: rows.filter((r) => r.status === "none").length,
      errors: rows.filter((r) => r.status === "error").length,
    });
    if (opts.audit) {
      await writeAudit(tx, {
        courtId: c.court_id,
        actorId: user.id,
        actorRole: user.role,
        action: "inquiry.viewResults",
        entityType: "inquiry",
        entityId: inq.id,
        caseId: c.id,
        detail: { masked, results: rows.length },
        ip: opts.ip ?? null,
      });
    }
    return { ...summary, caseNumber: c.case_number, masked, providerOutcomes: outcomesOf(summary.providers, results), results };
  };
  return opts.audit ? db.transaction().execute(read) : read(db);
}
