// Enforcement cases: load → decide with the domain → persist the new state, its clocks, the case event
// and the audit record in one transaction.
import { randomUUID } from "node:crypto";
import {
  allocateCaseSeq,
  appendEvent,
  cancelOpenClocks,
  findCourt,
  findUser,
  insertCase,
  insertClocks,
  loadCaseAggregate,
  meetClocks,
  updateCaseVersioned,
  updateDuty,
  writeAudit,
  type CaseAggregate,
  type CourtRow,
  type Executor,
  type NewCase,
} from "@zhixing/db";
import {
  applicationClocks,
  checkMeasuresOnClosure,
  compareIsoDates,
  computeLimitation,
  DomainError,
  formatCaseNumber,
  invalidField,
  isLateApplication,
  transition,
  validatePartyIdentifier,
  checkPartyKindIdType,
  type IdType,
  type PartyKind,
  type Actor,
  type CaseEvent,
  type CaseState,
  type CaseTypeCode,
  type ClosureMode,
  type Effect,
  type IsoDate,
  type Localized,
} from "@zhixing/domain";
import { today, type AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import { caseAccess, caseNotFound } from "./case-access";
import { openReportOrderClocks } from "../property-reports/property-reports.service";
import { stopStandingFreezesOf } from "../measures/measures.service";
import { closeRewardNoticesOnCaseClosure } from "../rewards/rewards.service";
import { zhongbenClosure } from "../zhongben/zhongben.service";
import { endValuationsOnCaseClosure } from "../valuation/suspension.service";
import type { ApplicationInput, DutyInput } from "./cases.schemas";
import { LINKED_REVIEW_TYPE_CODES } from "./linked-cases";

/** The type code of preservation cases (执保); 执 is the column's default. */
export const PRESERVATION_TYPE_CODE = "执保";

export function toActor(user: AuthUser): Actor {
  return { id: user.id, role: user.role, name: user.displayName };
}

export function caseStateOf(a: CaseAggregate): CaseState {
  const r = a.row;
  return {
    kind: r.type_code === PRESERVATION_TYPE_CODE ? "preservation" : "enforcement",
    status: r.status as CaseState["status"],
    applicationDate: r.application_date,
    registeredDate: r.registered_date,
    handlerId: r.handler_id,
    assignedDate: r.assigned_date,
    noticeDate: r.notice_date,
    reportOrderIssued: r.report_order_issued,
    termStart: r.term_start,
    termDue: r.term_due,
    extensionsGranted: r.extensions_granted,
    extensionPending: r.extension_pending,
    duties: a.duties.map((d) => ({ id: d.id, kind: d.kind, done: d.done })),
    closureMode: r.closure_mode as ClosureMode | null,
    closureDate: r.closure_date,
    lateApplication: r.late_application,
  };
}

const APPLICANT_SIDE = ["applicant"] as const;
export const CLERKS = ["filingClerk", "divisionHead"] as const;

type PartyInput = ApplicationInput["respondents"][number];
type ResolvedParty = PartyInput & { userId: string | null };
type FilingInput = { courtId: string; applicants?: PartyInput[] | undefined; respondents: PartyInput[]; applicationDate?: IsoDate | undefined };

/** Who files, for which court, and the checked parties: shared by 执 applications and 执保 preservation cases. */
export type ResolvedFiling = { court: CourtRow; now: IsoDate; applicationDate: IsoDate; applicants: ResolvedParty[]; respondents: ResolvedParty[] };

/**
 * Checks the filer's role and court and the parties (identifier check characters, kind against ID type,
 * links to registered users). `onlineApplicant` lets an applicant file for itself (执 applications only).
 */
export async function resolveFiling(
  ctx: AppContext,
  user: AuthUser,
  input: FilingInput,
  opts: { onlineApplicant: boolean; forbidden: Localized },
): Promise<ResolvedFiling> {
  const db = ctx.database.db;
  const isApplicant = opts.onlineApplicant && (APPLICANT_SIDE as readonly string[]).includes(user.role);
  const isClerk = (CLERKS as readonly string[]).includes(user.role);
  if (!isApplicant && !isClerk) throw new DomainError("FORBIDDEN", opts.forbidden);
  const now = today(ctx);
  const court = await findCourt(db, input.courtId);
  if (!court) throw invalidField("courtId", { zh: "法院不存在", en: "No such court" });
  if (isClerk && court.id !== user.courtId) {
    throw new DomainError("FORBIDDEN", { zh: "只能为本院录入执行申请", en: "You may enter applications for your own court only" }, { field: "courtId" });
  }
  if (!court.has_ip_jurisdiction || court.level === "supreme") {
    throw invalidField("courtId", { zh: "该法院不受理知识产权执行案件", en: "That court does not take IP enforcement cases" });
  }

  // Applicants: a clerk enters them; an online applicant is the applicant (from the registered profile).
  let applicants: ResolvedParty[];
  if (isApplicant) {
    if (input.applicants) throw invalidField("applicants", { zh: "在线申请时申请执行人即为您本人", en: "Online, the applicant is you" });
    if (input.applicationDate) throw invalidField("applicationDate", { zh: "在线申请的申请日期为提交当日", en: "An online application is dated the day it is submitted" });
    const me = await findUser(db, user.id);
    if (!me?.id_type || !me.id_number || !me.party_kind) {
      throw invalidField("applicants", { zh: "您的账户缺少身份信息", en: "Your account has no identity details" });
    }
    applicants = [
      {
        kind: me.party_kind as "naturalPerson",
        name: me.display_name,
        idType: me.id_type as "residentId",
        idNumber: me.id_number,
        phone: me.phone ?? undefined,
        userId: me.id,
      },
    ];
  } else {
    if (!input.applicants?.length) throw invalidField("applicants", { zh: "请填写申请执行人", en: "Enter the applicant(s)" });
    applicants = input.applicants.map((p) => ({ ...p, userId: null }));
  }
  // GB 11643 / GB 32100 check characters; the normalised identifier is what is stored and matched.
  applicants = applicants.map((p, i) => ({ ...p, idNumber: checkedIdentifier(p, `applicants.${i}`) }));
  const respondentInputs = input.respondents.map((p, i) => ({ ...p, idNumber: checkedIdentifier(p, `respondents.${i}`) }));
  if (isClerk) applicants = await Promise.all(applicants.map(async (p) => ({ ...p, userId: await registeredPartyUser(db, "applicant", p) })));
  const respondents = await Promise.all(respondentInputs.map(async (p) => ({ ...p, userId: await registeredPartyUser(db, "respondent", p) })));

  const applicationDate: IsoDate = input.applicationDate ?? now;
  if (compareIsoDates(applicationDate, now) > 0) {
    throw invalidField("applicationDate", { zh: "申请日期不能晚于今天", en: "The application date cannot be in the future" });
  }
  return { court, now, applicationDate, applicants, respondents };
}

/** The case-specific columns of a new case; the rest (parties, lifecycle fields) come from the filing. */
export type NewCaseFields = Pick<
  NewCase,
  | "type_code"
  | "late_application"
  | "limitation_expires"
  | "right_type"
  | "basis_issuing_court"
  | "basis_document_number"
  | "basis_effective_date"
  | "basis_performance_deadline"
  | "basis_instalments"
  | "note"
  | "preservation"
>;

/** Stores a new case in status applied with its parties, duties, clocks, submit event and audit, in one transaction. */
export async function storeNewCase(
  ctx: AppContext,
  user: AuthUser,
  f: ResolvedFiling,
  fields: NewCaseFields,
  duties: DutyInput[],
  audit: { action: string; data: Record<string, unknown> },
  ip: string | null,
): Promise<string> {
  const id = randomUUID();
  const court = f.court;
  const clocks = applicationClocks(f.applicationDate, { today: f.now, calendar: ctx.calendar.get(), periods: ctx.periods });
  await ctx.database.db.transaction().execute(async (tx) => {
    await insertCase(
      tx,
      {
        ...fields,
        id,
        court_id: court.id,
        status: "applied",
        application_date: f.applicationDate,
        submitted_by: user.id,
        year: null,
        seq: null,
        case_number: null,
        registered_date: null,
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
      },
      [
        ...f.applicants.map((p, i) => partyRow(id, court.id, "applicant", p, i, p.userId)),
        ...f.respondents.map((p, i) => partyRow(id, court.id, "respondent", p, i, p.userId)),
      ],
      duties.map((d, i) => ({
        id: randomUUID(),
        court_id: court.id,
        case_id: id,
        position: i,
        kind: d.kind,
        category: d.category,
        description: d.description,
        amount_fen: d.kind === "monetary" ? d.amountFen : null,
        proof_required: d.kind === "conduct" ? d.proofRequired : null,
        done_date: null,
        evidence: null,
      })),
    );
    await applyClockEffects(tx, id, court.id, clocks, f.now);
    await appendEvent(tx, {
      id: randomUUID(),
      court_id: court.id,
      case_id: id,
      type: "submit",
      at: ctx.now(),
      event_date: f.applicationDate,
      actor_id: user.id,
      actor_name: user.displayName,
      actor_role: user.role,
      reason: null,
      data: JSON.stringify(audit.data),
    });
    await writeAudit(tx, {
      courtId: court.id,
      actorId: user.id,
      actorRole: user.role,
      action: audit.action,
      entityType: "case",
      entityId: id,
      caseId: id,
      detail: audit.data,
      ip,
    });
  });
  return id;
}

/** An enforcement application, filed online by an applicant or entered by the filing division. */
export async function submitApplication(ctx: AppContext, user: AuthUser, input: ApplicationInput, ip: string | null = null): Promise<string> {
  const f = await resolveFiling(ctx, user, input, {
    onlineApplicant: true,
    forbidden: { zh: "只有申请执行人或立案庭可以提交执行申请", en: "Only an applicant or the filing division may submit an application" },
  });
  const b = input.basis;
  if (compareIsoDates(b.effectiveDate, f.applicationDate) > 0) {
    throw invalidField("basis.effectiveDate", { zh: "执行依据的生效日期不能晚于申请日期", en: "The basis cannot take effect after the application date" });
  }
  if (b.performanceDeadline && compareIsoDates(b.performanceDeadline, b.effectiveDate) < 0) {
    throw invalidField("basis.performanceDeadline", { zh: "履行期限不能早于生效日期", en: "The performance deadline cannot precede the effective date" });
  }
  (b.instalments ?? []).forEach((inst, i) => {
    if (compareIsoDates(inst.dueDate, b.effectiveDate) < 0) {
      throw invalidField(`basis.instalments.${i}.dueDate`, { zh: "分期履行日期不能早于生效日期", en: "An instalment cannot fall due before the effective date" });
    }
  });

  // 民诉法(2023) art 250: two years; a late application is registered and flagged, never refused (民诉法解释 art 481).
  const limitation = computeLimitation(
    {
      effectiveDate: b.effectiveDate,
      ...(b.performanceDeadline ? { performanceDeadline: b.performanceDeadline } : {}),
      ...(b.instalments?.length ? { instalmentDeadlines: b.instalments.map((x) => x.dueDate) } : {}),
    },
    ctx.calendar.get(),
  );
  const late = isLateApplication(f.applicationDate, limitation);
  return storeNewCase(
    ctx,
    user,
    f,
    {
      late_application: late,
      limitation_expires: limitation.expires,
      right_type: b.rightType,
      basis_issuing_court: b.issuingCourt,
      basis_document_number: b.documentNumber,
      basis_effective_date: b.effectiveDate,
      basis_performance_deadline: b.performanceDeadline ?? null,
      basis_instalments: JSON.stringify(b.instalments ?? []),
      note: input.note ?? null,
    },
    input.duties,
    { action: "case.submit", data: { lateApplication: late, limitationExpires: limitation.expires } },
    ip,
  );
}

/** The party's identifier, checked against its kind and its check character, normalised. */
function checkedIdentifier(p: { kind: PartyKind; idType: IdType; idNumber: string }, path: string): string {
  checkPartyKindIdType(p.kind, p.idType, `${path}.idType`);
  return validatePartyIdentifier({ idType: p.idType, idNumber: p.idNumber }, `${path}.idNumber`).idNumber;
}

/**
 * A party entered by the filing division is linked to the registered user with the same identifier,
 * so that the party can follow its case (identity verified by ID number or credit code, as for
 * 审判流程信息公开规定 art 5).
 */
async function registeredPartyUser(db: Executor, role: "applicant" | "respondent", p: { idType: string; idNumber: string }): Promise<string | null> {
  const u = await db
    .selectFrom("users")
    .select("id")
    .where("role", "=", role)
    .where("id_type", "=", p.idType)
    .where("id_number", "=", p.idNumber)
    .where("active", "=", true)
    .executeTakeFirst();
  return u?.id ?? null;
}

function partyRow(
  caseId: string,
  courtId: string,
  role: "applicant" | "respondent",
  p: ApplicationInput["respondents"][number],
  position: number,
  userId: string | null,
) {
  return {
    id: randomUUID(),
    court_id: courtId,
    case_id: caseId,
    role,
    kind: p.kind,
    name: p.name,
    id_type: p.idType,
    id_number: p.idNumber,
    phone: p.phone ?? null,
    address: p.address ?? null,
    country: p.country ?? null,
    user_id: userId,
    position,
  };
}

async function applyClockEffects(tx: Executor, caseId: string, courtId: string, effects: Effect[], date: IsoDate): Promise<void> {
  for (const e of effects) {
    if (e.type === "openClock") {
      await insertClocks(tx, [
        {
          id: randomUUID(),
          court_id: courtId,
          case_id: caseId,
          kind: e.kind,
          start_date: e.startDate,
          due_date: e.due,
          basis: JSON.stringify(e.basis),
          provisional: e.provisional,
          counted_from: e.counted?.from ?? null,
          period_unit: e.counted?.period.unit ?? null,
          period_n: e.counted?.period.n ?? null,
          status: "open",
          met_date: null,
          reminded_at: null,
          overdue_notified_at: null,
        },
      ]);
    } else if (e.type === "meetClocks") {
      await meetClocks(tx, caseId, e.kinds, date);
    } else if (e.type === "cancelClocks") {
      await cancelOpenClocks(tx, caseId, e.kinds);
    }
  }
}

/** Applies one lifecycle event to a case, as the given user. */
export async function applyCaseEvent(ctx: AppContext, user: AuthUser, caseId: string, event: CaseEvent, ip: string | null = null): Promise<void> {
  const db = ctx.database.db;
  const now = today(ctx);
  await db.transaction().execute(async (tx) => {
    // Lock the row so that concurrent actions on one case run one after the other.
    const locked = await tx.selectFrom("cases").select(["id", "court_id", "version"]).where("id", "=", caseId).forUpdate().executeTakeFirst();
    if (!locked) throw caseNotFound();
    const access = await caseAccess(tx, user, locked);
    if (access !== "act") {
      throw new DomainError("FORBIDDEN", { zh: "只有本院工作人员可以办理本案", en: "Only staff of the case's own court may act on it" });
    }
    const agg = (await loadCaseAggregate(tx, caseId))!;
    // 执异 / 执复 review cases run no enforcement lifecycle: their module examines and closes them (linked-cases.ts).
    if (LINKED_REVIEW_TYPE_CODES.includes(agg.row.type_code)) {
      throw new DomainError("PRECONDITION_FAILED", { zh: "执行异议、复议案件由异议审查办理，不适用执行案件流程", en: "An objection or reconsideration case is handled through its objection, not the enforcement lifecycle" });
    }
    const state = caseStateOf(agg);
    if (event.type === "assign") await checkHandler(tx, event.handlerId, agg.row.court_id);

    // 终本规定 arts 1–3, 5; 民诉法解释 art 517: the checklist and the approval are derived from the records, not typed.
    if (event.type === "close" && event.mode === "suspendedNoAssets") event = { ...event, ...(await zhongbenClosure(tx, ctx, caseId, now)) };
    const { next, effects } = transition(state, event, { today: now, calendar: ctx.calendar.get(), actor: toActor(user), periods: ctx.periods });
    if (event.type === "close") {
      // 查封规定 art 28: closing as paid, withdrawn or 解除保全 requires every measure released first.
      const inForce = await tx
        .selectFrom("measures")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("case_id", "=", caseId)
        .where("status", "=", "active")
        .where("external", "=", false)
        .executeTakeFirstOrThrow();
      checkMeasuresOnClosure(event.mode, Number(inForce.n));
      // A closed case tops up no freeze: its standing freeze orders stop with it.
      await stopStandingFreezesOf(tx, ctx, { id: user.id, name: user.displayName, role: user.role }, agg.row, { caseId }, "案件已结案 case closed", ip);
      // A published reward notice (悬赏公告) is taken down when the case closes.
      await closeRewardNoticesOnCaseClosure(tx, ctx, user, agg.row, ip);
      // A valuation in progress ends with its case (参考价规定 art 29).
      await endValuationsOnCaseClosure(tx, ctx, user, agg.row, ip);
    }

    const patch: Parameters<typeof updateCaseVersioned>[3] = {
      status: next.status,
      registered_date: next.registeredDate,
      handler_id: next.handlerId,
      assigned_date: next.assignedDate,
      notice_date: next.noticeDate,
      report_order_issued: next.reportOrderIssued,
      term_start: next.termStart,
      term_due: next.termDue,
      extensions_granted: next.extensionsGranted,
      extension_pending: next.extensionPending,
      closure_mode: next.closureMode,
      closure_date: next.status === "closed" ? next.closureDate : null,
    };
    if (event.type === "refuse") Object.assign(patch, { refused_date: now, refusal_reason: event.reason });
    if (event.type === "close") {
      Object.assign(patch, {
        closure_reason: event.reason,
        closure_data: JSON.stringify({ checklist: event.checklist ?? null, approval: event.approval ?? null, ground: event.ground ?? null }),
      });
    }
    for (const e of effects) {
      if (e.type === "assignCaseNumber") {
        const year = Number(now.slice(0, 4));
        const seq = await allocateCaseSeq(tx, agg.row.court_id, year, agg.row.type_code);
        Object.assign(patch, { year, seq, case_number: formatCaseNumber({ year, courtCode: agg.courtCode, typeCode: agg.row.type_code as CaseTypeCode, seq }) });
      } else if (e.type === "markDutyDone") {
        await updateDuty(tx, caseId, e.dutyId, { done: true, done_date: now, evidence: e.evidence });
      }
    }
    if (!(await updateCaseVersioned(tx, caseId, locked.version, patch))) {
      throw new DomainError("CONFLICT", { zh: "案件已被他人更新，请刷新后重试", en: "The case changed meanwhile; reload and try again" });
    }
    await applyClockEffects(tx, caseId, agg.row.court_id, effects, now);
    // 财产调查规定 art 3: the order goes with the notice; a preservation case (执保) has no order to report.
    if (event.type === "issueNotice" && agg.row.type_code !== PRESERVATION_TYPE_CODE) await openReportOrderClocks(tx, ctx, agg.row, event, now);
    const { type, ...data } = event;
    const reason = "reason" in event ? event.reason : null;
    if ("reason" in data) delete (data as { reason?: string }).reason;
    await appendEvent(tx, {
      id: randomUUID(),
      court_id: agg.row.court_id,
      case_id: caseId,
      type,
      at: ctx.now(),
      event_date: now,
      actor_id: user.id,
      actor_name: user.displayName,
      actor_role: user.role,
      reason,
      data: JSON.stringify({ ...data, ...(patch.case_number ? { caseNumber: patch.case_number } : {}) }),
    });
    await writeAudit(tx, {
      courtId: agg.row.court_id,
      actorId: user.id,
      actorRole: user.role,
      action: `case.${type}`,
      entityType: "case",
      entityId: caseId,
      caseId,
      detail: { from: state.status, to: next.status },
      ip,
    });
  });
}

async function checkHandler(tx: Executor, handlerId: string, courtId: string): Promise<void> {
  const h = await findUser(tx, handlerId);
  if (!h || h.court_id !== courtId || h.role !== "officer" || !h.active) {
    throw invalidField("handlerId", { zh: "承办人须为本院在职执行人员", en: "The handler must be an active enforcement officer of this court" });
  }
}
