// Read side of cases: the detail page, the list, and the audited read of a party's personal data.
import {
  descendantCourtIds,
  listCases as listCaseRows,
  loadCaseAggregate,
  writeAudit,
  type CaseAggregate,
  type CaseListItem,
  type CaseRow,
} from "@zhixing/db";
import {
  allowedEvents,
  compareIsoDates,
  daysBetween,
  DomainError,
  isStaffRole,
  maskAddress,
  maskIdentifier,
  maskPhone,
  type CaseStatus,
  type Citation,
  type IsoDate,
} from "@zhixing/domain";
import { today, type AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import { caseAccess, caseNotFound } from "./case-access";
import { caseStateOf, toActor } from "./cases.service";
import { LINKED_REVIEW_TYPE_CODES } from "./linked-cases";
import { caseMoneyOf } from "../ledger/ledger.queries";
import type { CaseDetail, CaseSummary, PreservationInfo } from "./cases.schemas";

function nextClock(kind: string | undefined, due: string | undefined, now: IsoDate): CaseSummary["nextClock"] {
  return kind && due ? { kind, due, overdue: compareIsoDates(due, now) < 0 } : null;
}

type SummarySource = {
  row: CaseRow;
  courtName: string;
  handlerName: string | null;
  parties: { role: string; name: string }[];
  next: { kind: string; due_date: string } | null | undefined;
};

function summaryOf(src: SummarySource, now: IsoDate): CaseSummary {
  const r = src.row;
  return {
    id: r.id,
    caseNumber: r.case_number,
    status: r.status as CaseStatus,
    courtId: r.court_id,
    courtName: src.courtName,
    applicantNames: src.parties.filter((p) => p.role === "applicant").map((p) => p.name),
    respondentNames: src.parties.filter((p) => p.role === "respondent").map((p) => p.name),
    handlerId: r.handler_id,
    handlerName: src.handlerName,
    applicationDate: r.application_date,
    registeredDate: r.registered_date,
    rightType: r.right_type,
    lateApplication: r.late_application,
    nextClock: nextClock(src.next?.kind, src.next?.due_date, now),
  };
}

const listSummary = (item: CaseListItem, now: IsoDate) =>
  summaryOf({ row: item, courtName: item.court_name, handlerName: item.handler_name, parties: item.parties, next: item.next_clock }, now);

export function caseDetailOf(a: CaseAggregate, user: AuthUser, canAct: boolean, now: IsoDate): CaseDetail {
  const r = a.row;
  const open = a.clocks.filter((c) => c.status === "open").sort((x, y) => compareIsoDates(x.due_date, y.due_date));
  const termEnd = r.closure_date ?? now;
  const milestones =
    r.status === "refused"
      ? [
          { key: "applied", date: r.application_date, done: true },
          { key: "refused", date: r.refused_date, done: true },
        ]
      : [
          { key: "applied", date: r.application_date, done: true },
          { key: "registered", date: r.registered_date, done: !!r.registered_date },
          { key: "assigned", date: r.assigned_date, done: !!r.assigned_date },
          { key: "noticeIssued", date: r.notice_date, done: !!r.notice_date },
          { key: "closed", date: r.status === "closed" ? r.closure_date : null, done: r.status === "closed" },
        ];
  return {
    ...summaryOf({ row: r, courtName: a.courtName, handlerName: a.handlerName, parties: a.parties, next: open[0] }, now),
    typeCode: r.type_code,
    preservation: (r.preservation as PreservationInfo | null) ?? null,
    parties: a.parties.map((p) => ({
      id: p.id,
      role: p.role,
      kind: p.kind,
      name: p.name,
      idType: p.id_type,
      idNumberMasked: maskIdentifier(p.id_type as "residentId", p.id_number),
      phoneMasked: p.phone ? maskPhone(p.phone) : null,
      addressMasked: p.address ? maskAddress(p.address) : null,
    })),
    basis: {
      issuingCourt: r.basis_issuing_court,
      documentNumber: r.basis_document_number,
      effectiveDate: r.basis_effective_date,
      performanceDeadline: r.basis_performance_deadline,
      instalments: (r.basis_instalments as { dueDate: string; amountFen: number }[]) ?? [],
      rightType: r.right_type,
      limitationExpires: r.limitation_expires,
    },
    duties: a.duties.map((d) => ({
      id: d.id,
      kind: d.kind,
      category: d.category,
      description: d.description,
      amountFen: d.amount_fen,
      proofRequired: d.proof_required,
      done: d.done,
      doneDate: d.done_date,
      evidence: d.evidence,
    })),
    clocks: a.clocks.map((c) => ({
      id: c.id,
      kind: c.kind as CaseDetail["clocks"][number]["kind"],
      startDate: c.start_date,
      due: c.due_date,
      status: c.status,
      basis: c.basis as Citation,
      provisional: c.provisional,
      metDate: c.met_date,
      overdue: c.status === "open" && compareIsoDates(c.due_date, now) < 0,
      daysLeft: c.status === "open" ? daysBetween(now, c.due_date) : null,
    })),
    events: a.events.map((e) => ({
      id: e.id,
      type: e.type,
      at: new Date(e.at).toISOString(),
      actorName: e.actor_name,
      actorRole: e.actor_role,
      reason: e.reason,
      data: (e.data ?? {}) as Record<string, unknown>,
    })),
    // A linked review case (执异/执复/执监) is examined by the objections module, not the lifecycle.
    allowedActions: canAct && !LINKED_REVIEW_TYPE_CODES.includes(r.type_code) ? allowedEvents(caseStateOf(a), toActor(user)) : [],
    term:
      r.term_start && r.term_due
        ? {
            start: r.term_start,
            due: r.term_due,
            daysUsed: Math.max(0, daysBetween(r.term_start, compareIsoDates(termEnd, r.term_due) > 0 && r.status === "closed" ? r.term_due : termEnd)),
            daysTotal: daysBetween(r.term_start, r.term_due),
            extensions: r.extensions_granted,
            extensionPending: r.extension_pending,
          }
        : null,
    closure:
      r.status === "closed" && r.closure_mode
        ? { mode: r.closure_mode, date: r.closure_date!, reason: r.closure_reason ?? "", ground: (r.closure_data as { ground?: string } | null)?.ground ?? null }
        : null,
    refusal: r.status === "refused" ? { date: r.refused_date!, reason: r.refusal_reason ?? "" } : null,
    milestones,
    note: r.note,
  };
}

export async function getCaseDetail(ctx: AppContext, user: AuthUser, id: string): Promise<CaseDetail> {
  const db = ctx.database.db;
  const a = await loadCaseAggregate(db, id);
  if (!a) throw caseNotFound();
  const access = await caseAccess(db, user, a.row);
  const detail = caseDetailOf(a, user, access === "act", today(ctx));
  const isApplicant = a.parties.some((p) => p.user_id === user.id && p.role === "applicant");
  const money = await caseMoneyOf(ctx, access !== "party" ? "staff" : isApplicant ? "applicant" : "respondent", a.row);
  return { ...detail, money };
}

export type ListFilter = { status?: CaseStatus; scope?: "mine" | "court" | "supervised"; q?: string; page?: number; pageSize?: number };

export async function listCasesFor(ctx: AppContext, user: AuthUser, f: ListFilter): Promise<{ items: CaseSummary[]; total: number }> {
  const db = ctx.database.db;
  const page = f.page ?? 1;
  const pageSize = f.pageSize ?? 20;
  let scope: Parameters<typeof listCaseRows>[1];
  if (isStaffRole(user.role) && user.courtId) {
    const courtIds = f.scope === "supervised" ? await descendantCourtIds(db, user.courtId) : [user.courtId];
    scope = { courtIds, page, pageSize, ...(f.scope === "mine" ? { handlerId: user.id } : {}) };
  } else {
    scope = { partyUserId: user.id, page, pageSize };
  }
  const { items, total } = await listCaseRows(db, { ...scope, ...(f.status ? { status: f.status } : {}), ...(f.q ? { q: f.q } : {}) });
  const now = today(ctx);
  return { items: items.map((i) => listSummary(i, now)), total };
}

/** A staff member reads a party's full identity number, phone and address: allowed for the case's courts, always audited. */
export async function readPersonalData(
  ctx: AppContext,
  user: AuthUser,
  caseId: string,
  partyId: string,
  ip: string | null,
): Promise<{ idNumber: string; phone: string | null; address: string | null }> {
  if (!isStaffRole(user.role)) {
    throw new DomainError("FORBIDDEN", { zh: "仅限法院工作人员查看完整个人信息", en: "Only court staff may read full personal data" });
  }
  const db = ctx.database.db;
  return db.transaction().execute(async (tx) => {
    const c = await tx.selectFrom("cases").select(["id", "court_id"]).where("id", "=", caseId).executeTakeFirst();
    if (!c) throw caseNotFound();
    await caseAccess(tx, user, c);
    const p = await tx
      .selectFrom("case_parties")
      .select(["id", "id_number", "phone", "address", "name"])
      .where("id", "=", partyId)
      .where("case_id", "=", caseId)
      .executeTakeFirst();
    if (!p) throw new DomainError("NOT_FOUND", { zh: "当事人不存在", en: "No such party" });
    await writeAudit(tx, {
      courtId: c.court_id,
      actorId: user.id,
      actorRole: user.role,
      action: "personalData.read",
      entityType: "party",
      entityId: p.id,
      caseId,
      detail: { fields: ["idNumber", "phone", "address"] },
      ip,
    });
    return { idNumber: p.id_number, phone: p.phone, address: p.address };
  });
}


const AUDIT_READERS = new Set(["divisionHead", "president", "supervisor", "admin"]);

/** The case's audit trail, for leaders of its court and supervisors above it. */
export async function caseAuditTrail(ctx: AppContext, user: AuthUser, caseId: string) {
  if (!AUDIT_READERS.has(user.role)) {
    throw new DomainError("FORBIDDEN", { zh: "仅限院庭领导和上级法院监督人员查看审计记录", en: "Only court leaders and supervisors may read the audit trail" });
  }
  const db = ctx.database.db;
  const c = await db.selectFrom("cases").select(["id", "court_id"]).where("id", "=", caseId).executeTakeFirst();
  if (!c) throw caseNotFound();
  await caseAccess(db, user, c);
  const rows = await db
    .selectFrom("audit_log")
    .leftJoin("users", "users.id", "audit_log.actor_id")
    .select(["audit_log.id", "audit_log.at", "audit_log.action", "audit_log.actor_role", "audit_log.entity_type", "audit_log.entity_id", "audit_log.detail", "audit_log.ip", "users.display_name"])
    .where("audit_log.case_id", "=", caseId)
    .orderBy("audit_log.at")
    .orderBy("audit_log.id")
    .limit(1000)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    at: new Date(r.at).toISOString(),
    action: r.action,
    actorName: r.display_name ?? "system",
    actorRole: r.actor_role,
    entityType: r.entity_type,
    entityId: r.entity_id,
    detail: (r.detail ?? {}) as Record<string, unknown>,
    ip: r.ip,
  }));
}
