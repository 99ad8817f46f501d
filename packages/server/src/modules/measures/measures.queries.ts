// Read side of the measures register. Staff of the case's court see identifiers in full (and that read
// is audited); a supervising court and the parties (applicant and respondent of the case) see them
// masked (裁判文书上网规定 art 10: account and certificate numbers are personal data); registration
// numbers of patents and trademarks and companies' credit codes are public and stay. Anyone else: 404.
import { listCaseAssets, listCaseMeasures, writeAudit, type AssetRecord, type Executor } from "@zhixing/db";
import { daysBetween, excessToRelease, maskBankAccount, type Citation, type IsoDate } from "@zhixing/domain";
import { today, type AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import { caseAccess, caseNotFound } from "../cases/case-access";
import type { AssetDto, MeasureDto, RegisterDto } from "./measures.schemas";
import { controlFigures } from "./measures.service";

const PUBLIC_IDENTIFIERS = new Set(["patent", "trademark", "equity"]);

/** An asset identifier as a party or a supervising court sees it: the last 4 characters of a number. */
export function maskAssetIdentifier(assetType: string, identifier: string): string {
  if (PUBLIC_IDENTIFIERS.has(assetType)) return identifier;
  return identifier.replace(/[0-9A-Za-z]{5,}/g, (run) => maskBankAccount(run));
}

type Reader = { c: { id: string; court_id: string; basis_effective_date: string; basis_performance_deadline: string | null }; full: boolean };

async function reader(db: Executor, user: AuthUser, caseId: string): Promise<Reader> {
  const c = await db
    .selectFrom("cases")
    .select(["id", "court_id", "basis_effective_date", "basis_performance_deadline"])
    .where("id", "=", caseId)
    .executeTakeFirst();
  if (!c) throw caseNotFound();
  const access = await caseAccess(db, user, c);
  return { c, full: access === "act" };
}

function assetView(a: AssetRecord, full: boolean): AssetDto {
  return {
    id: a.id,
    caseId: a.case_id,
    type: a.asset_type,
    description: a.description,
    identifier: a.identifier === null ? null : full ? a.identifier : maskAssetIdentifier(a.asset_type, a.identifier),
    identifierMasked: !full && a.identifier !== null && !PUBLIC_IDENTIFIERS.has(a.asset_type),
    holder: a.holder,
    valueFen: a.value_fen === null ? null : Number(a.value_fen),
    indivisible: a.indivisible,
    exemptCategory: a.exempt_category,
    onlyHome: a.only_home,
    ownerPartyId: a.owner_party_id,
    source: a.source,
    createdAt: new Date(a.created_at).toISOString(),
  };
}

async function auditFullRead(db: Executor, user: AuthUser, r: Reader, what: string, ip: string | null): Promise<void> {
  await writeAudit(db, {
    courtId: r.c.court_id,
    actorId: user.id,
    actorRole: user.role,
    action: `${what}.read`,
    entityType: "case",
    entityId: r.c.id,
    caseId: r.c.id,
    detail: { identifiers: "full" },
    ip,
  });
}

export async function listAssetsFor(ctx: AppContext, user: AuthUser, caseId: string, ip: string | null = null): Promise<AssetDto[]> {
  const db = ctx.database.db;
  const r = await reader(db, user, caseId);
  const rows = await listCaseAssets(db, caseId);
  if (r.full && rows.some((a) => a.identifier)) await auditFullRead(db, user, r, "assets", ip);
  return rows.map((a) => assetView(a, r.full));
}

export async function getRegister(ctx: AppContext, user: AuthUser, caseId: string, ip: string | null = null, opts: { audit?: boolean } = {}): Promise<RegisterDto> {
  const db = ctx.database.db;
  const r = await reader(db, user, caseId);
  return registerOf(db, r, today(ctx), async () => {
    if (r.full && opts.audit !== false) await auditFullRead(db, user, r, "measures", ip);
  });
}

/** The register as the system sees it (CLI): identifiers in full, no reader. */
export async function registerForSystem(db: Executor, caseId: string, on: IsoDate): Promise<RegisterDto> {
  const c = await db.selectFrom("cases").select(["id", "court_id", "basis_effective_date", "basis_performance_deadline"]).where("id", "=", caseId).executeTakeFirst();
  if (!c) throw caseNotFound();
  return registerOf(db, { c, full: true }, on, async () => {});
}

async function registerOf(db: Executor, r: Reader, now: IsoDate, onFullRead: () => Promise<void>): Promise<RegisterDto> {
  const [rows, control] = await Promise.all([listCaseMeasures(db, r.c.id), controlFigures(db, r.c, now)]);
  if (rows.some((m) => !m.external)) await onFullRead();
  const assets = new Map((await listCaseAssets(db, r.c.id)).map((a) => [a.id, a]));
  // A measure that stayed behind (released, lapsed) on an asset carried into enforcement (民诉法解释
  // art 168) still shows its asset, which now belongs to the enforcement case.
  const moved = [...new Set(rows.map((m) => m.asset_id).filter((id) => !assets.has(id)))];
  if (moved.length) for (const a of await db.selectFrom("assets").selectAll().where("id", "in", moved).execute()) assets.set(a.id, a);
  const held = new Map((control?.measures ?? []).map((m) => [m.id, m.valueFen]));
  const measures: MeasureDto[] = rows.map((m) => {
    const a = assets.get(m.asset_id)!;
    const view = assetView(a, r.full);
    const inForce = m.status === "active" && m.expires !== null;
    return {
      id: m.id,
      caseId: m.case_id,
      asset: { id: a.id, type: a.asset_type, description: a.description, identifier: view.identifier, holder: a.holder },
      kind: m.kind,
      context: m.context,
      external: m.external,
      executedBy: m.executed_by,
      amountFen: Number(m.amount_fen),
      controlledFen: held.get(m.id) ?? 0,
      rank: m.rank,
      registeredAt: new Date(m.registered_at).toISOString(),
      start: m.start_date,
      countsFrom: m.counts_from,
      expires: m.expires,
      status: m.status,
      renewals: m.renewals,
      // Days from today to the last day in force; 0 on the last day, negative once past (lapse pending).
      daysLeft: inForce ? daysBetween(now, m.expires!) : null,
      registryReceiptDate: m.registry_receipt_date,
      basis: (m.basis as Citation[]) ?? [],
      justification: m.justification,
      exceptionApplied: m.exception_applied,
      releasedDate: m.released_date,
      releaseReason: m.release_reason,
      releaseNote: m.release_note,
      lapsedDate: m.lapsed_date,
      convertedFromCaseId: m.converted_from_case_id,
    };
  });
  let excess: RegisterDto["excess"] = null;
  if (control && control.controlledFen > control.limitFen) {
    const e = excessToRelease({ controlledFen: control.controlledFen, limitFen: control.limitFen, measures: control.measures });
    excess = {
      excessFen: e.excessFen,
      releaseFen: e.releaseFen,
      retainedFen: e.retainedFen,
      lines: e.lines.map((l) => ({ measureId: l.id, valueFen: l.valueFen, releaseFen: l.releaseFen, whole: l.whole })),
      retained: e.retained.map((l) => ({ measureId: l.id, valueFen: l.valueFen, reason: l.reason })),
      basis: e.basis,
    };
  }
  return {
    caseId: r.c.id,
    asOf: now,
    measures,
    control: control
      ? {
          claimFen: control.claimFen,
          enforcementFeeFen: control.enforcementFeeFen,
          delayInterestFen: control.delayInterestFen,
          receivedFen: control.receivedFen,
          limitFen: control.limitFen,
          controlledFen: control.controlledFen,
          basis: control.basis,
        }
      : null,
    excess,
  };
}
