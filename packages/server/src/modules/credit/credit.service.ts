// 信用惩戒 (rules.md §§12–13): 限制消费令 (限制消费规定(2015)), 限制出境 (执行程序解释 arts 23–25, 异议复议规定
// art 9) and the 失信被执行人名单 (失信规定(2017)). Every decision is the domain's (packages/domain/src/credit);
// this module loads the facts (the case, the party, the ledger), asks, and persists the state with a case
// event and an audit record in one transaction, the case row locked first.
// - A consumption restriction order is proposed by the handler and signed by the president (art 5): only
//   then is it issued and its notices (the assisting units named) recorded. Lifting notices go to the
//   same recipients (art 9).
// - An exit restriction is decided by the handler; the 10-day reconsideration window and the higher
//   court's 15 days are clocks (异议复议规定 art 9).
// - A 失信 entry stores the art 6 fields (subject) for publication; the public form masks the ID. The
//   deletion job (jobs/credit-deletion.job.ts) deletes entries whose case closed as completed,
//   terminated or notEnforced, whose ledger shows the claim paid, or whose term ended (art 10).
import { randomUUID } from "node:crypto";
import { appendEvent, insertClocks, meetSubjectClocks, writeAudit, type Executor } from "@zhixing/db";
import {
  correctionExaminationDue,
  correctionOutcome,
  correctionReconsiderationDecisionDue,
  citeSource,
  decideConsumptionException,
  decideConsumptionLifting,
  decideConsumptionRestriction,
  decideDeletion,
  decideDishonestListing,
  decideExitLifting,
  decideExitReconsiderationApplication,
  decideExitRestriction,
  decideRelistingRequest,
  DomainError,
  exitReconsiderationDecisionDue,
  invalidField,
  orThrow,
  publicDishonestEntry,
  validateResidentId,
  type Citation,
  type ClockKind,
  type DeletionCondition,
  type DishonestEntryRecord,
  type DishonestGround,
  type DishonestSubject,
  type EntityPersonRole,
  type IsoDate,
  type ListingEvidenceKind,
  type PartyKind,
  type StatutoryClock,
} from "@zhixing/domain";
import { creditPeriods } from "./credit-settings";
import { today, type AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import { caseAccess, caseNotFound } from "../cases/case-access";
import { lockCase, OPEN_CASE_STATUSES, type LockedCase } from "../cases/case-lock";
import { applicantOutstandingIn } from "../ledger/ledger.service";
import { assertHigherCourtStaff, higherCourtOf } from "../coercion/coercion.common";
import type {
  ApplicationTextInput,
  ApplyCorrectionInput,
  ConsumptionInput,
  DecideCorrectionInput,
  DecideExceptionInput,
  DecideReconsiderationInput,
  DeleteInput,
  ExceptionInput,
  ExitInput,
  ExtendInput,
  LiftInput,
  ListingInputBody,
} from "./credit.schemas";

export const refused = (field: string, zh: string, en: string) => new DomainError("PRECONDITION_FAILED", { zh, en }, { field });
const forbidden = (zh: string, en: string) => new DomainError("FORBIDDEN", { zh, en });
const notFound = () => new DomainError("NOT_FOUND", { zh: "记录不存在或无权查看", en: "No such record, or you may not see it" });

const ACTORS = new Set(["officer", "divisionHead", "president"]);
export type Actor = { id: string | null; name: string; role: string };
export const SYSTEM: Actor = { id: null, name: "系统", role: "system" };
const actorOf = (u: AuthUser): Actor => ({ id: u.id, name: u.displayName, role: u.role });

export async function record(
  tx: Executor,
  ctx: AppContext,
  c: Pick<LockedCase, "id" | "court_id">,
  actor: Actor,
  e: { type: string; action: string; entityType: string; entityId: string; data: Record<string, unknown>; reason?: string | null },
  ip: string | null,
): Promise<void> {
  await appendEvent(tx, {
    id: randomUUID(),
    court_id: c.court_id,
    case_id: c.id,
    type: e.type,
    at: ctx.now(),
    event_date: today(ctx),
    actor_id: actor.id,
    actor_name: actor.name,
    actor_role: actor.role,
    reason: e.reason ?? null,
    data: JSON.stringify(e.data),
  });
  await writeAudit(tx, { courtId: c.court_id, actorId: actor.id, actorRole: actor.role, action: e.action, entityType: e.entityType, entityId: e.entityId, caseId: c.id, detail: e.data, ip });
}

/** Staff of the case's court who act on credit measures (handler, division head, president). */
async function staffOn(tx: Executor, user: AuthUser, c: LockedCase): Promise<void> {
  const access = await caseAccess(tx, user, c);
  if (access === "party") throw caseNotFound();
  if (access !== "act" || !ACTORS.has(user.role)) throw forbidden("信用惩戒措施由本院执行人员决定", "Credit measures are decided by the enforcing court's officers");
  if (user.role === "officer" && c.handler_id !== user.id) throw forbidden("只有案件承办人可以办理", "Only the case's handler may do this");
}

type PartyRowLite = { id: string; role: string; kind: string; name: string; id_type: string; id_number: string; user_id: string | null };

async function respondentOf(tx: Executor, caseId: string, partyId: string): Promise<PartyRowLite> {
  const p = await tx.selectFrom("case_parties").select(["id", "role", "kind", "name", "id_type", "id_number", "user_id"]).where("case_id", "=", caseId).where("id", "=", partyId).executeTakeFirst();
  if (!p) throw invalidField("partyId", { zh: "该案没有这个当事人", en: "No such party in this case" });
  if (p.role !== "respondent") throw invalidField("partyId", { zh: "只能对被执行人采取信用惩戒措施", en: "Only a respondent can be restricted or listed" });
  return p;
}

/** The party rows of the case that belong to this user. */
async function myPartyIds(db: Executor, caseId: string, userId: string): Promise<string[]> {
  return (await db.selectFrom("case_parties").select("id").where("case_id", "=", caseId).where("user_id", "=", userId).execute()).map((r) => r.id);
}

function requireOpen(c: LockedCase): void {
  if (!OPEN_CASE_STATUSES.includes(c.status)) throw refused("caseId", "案件立案后、结案前方可采取该措施", "Only between registration and closure");
}

const json = (v: unknown) => JSON.stringify(v);

function clockRow(c: Pick<LockedCase, "id" | "court_id">, kind: ClockKind, clock: StatutoryClock, subjectId: string) {
  return {
    id: randomUUID(),
    court_id: c.court_id,
    case_id: c.id,
    kind,
    start_date: clock.from,
    due_date: clock.due,
    basis: json(clock.basis[0]),
    provisional: clock.provisional,
    counted_from: clock.from,
    period_unit: clock.period.unit,
    period_n: clock.period.n,
    subject_id: subjectId,
    status: "open" as const,
    met_date: null,
    reminded_at: null,
    overdue_notified_at: null,
  };
}

/**
 * Whether the respondent has performed in full as the records show: every duty recorded done, or the
 * ledger shows the money claim paid (nothing outstanding on the parties' components) and every conduct
 * duty done. `on` is the day it happened (the last duty done or the last allocation).
 */
export async function performedInFull(db: Executor, caseId: string, asOf: IsoDate): Promise<{ performed: boolean; on: IsoDate | null }> {
  const duties = await db.selectFrom("duties").select(["kind", "done", "done_date"]).where("case_id", "=", caseId).execute();
  if (!duties.length) return { performed: false, on: null };
  const conductDone = duties.filter((d) => d.kind === "conduct").every((d) => d.done);
  if (!conductDone) return { performed: false, on: null };
  const lastDone = duties.map((d) => d.done_date).filter((x): x is string => !!x).sort().at(-1) ?? null;
  if (duties.every((d) => d.done)) return { performed: true, on: lastDone ?? asOf };
  if (!duties.some((d) => d.kind === "monetary")) return { performed: false, on: null };
  if ((await applicantOutstandingIn(db, caseId, asOf)) > 0) return { performed: false, on: null };
  const lastAllocation = await db.selectFrom("ledger_entries").select((eb) => eb.fn.max("entry_date").as("d")).where("case_id", "=", caseId).where("kind", "=", "allocation").executeTakeFirst();
  const on = [lastDone, (lastAllocation?.d as string | null | undefined) ?? null].filter((x): x is string => !!x).sort().at(-1) ?? asOf;
  return { performed: true, on };
}

async function isListed(db: Executor, partyId: string): Promise<boolean> {
  return !!(await db.selectFrom("dishonest_listings").select("id").where("party_id", "=", partyId).where("status", "=", "listed").executeTakeFirst());
}

const personsOf = (persons: { name: string; role: EntityPersonRole }[] | undefined) => (persons ?? []).map((p, i) => ({ id: `p${i + 1}`, role: p.role, name: p.name }));

// ─── 限制消费令 ──────────────────────────────────────────────────────────────────────────────────────────

/** The handler proposes the order; everything but the president's signature is decided now (限制消费规定 arts 1, 3–4). */
export async function proposeConsumptionRestriction(ctx: AppContext, user: AuthUser, caseId: string, input: ConsumptionInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  return ctx.database.db.transaction().execute(async (tx) => {
    const c = await lockCase(tx, caseId);
    await staffOn(tx, user, c);
    requireOpen(c);
    if (!c.notice_date) throw refused("noticePeriodDue", "须先发出执行通知书", "The enforcement notice must be issued first (限制消费规定 art 1)");
    if (input.noticePeriodDue < c.notice_date) throw invalidField("noticePeriodDue", { zh: "履行期间不能早于执行通知书发出之日", en: "The notice's period cannot end before the notice was issued" });
    const party = await respondentOf(tx, c.id, input.partyId);
    const open = await tx.selectFrom("credit_restrictions").select("id").where("party_id", "=", party.id).where("kind", "=", "consumption").where("status", "in", ["awaitingSignature", "issued"]).executeTakeFirst();
    if (open) throw new DomainError("CONFLICT", { zh: "该被执行人已有待签发或生效的限制消费令", en: "This respondent already has a consumption restriction awaiting signature or in force" }, { field: "partyId" });
    const persons = personsOf(input.persons);
    const perf = await performedInFull(tx, c.id, now);
    const d = decideConsumptionRestriction({
      respondentKind: party.kind as PartyKind,
      persons,
      noticePeriodDue: input.noticePeriodDue,
      today: now,
      performedInFull: perf.performed,
      listedDishonest: await isListed(tx, party.id),
      initiatedBy: input.initiatedBy,
      // Decided now as the president would sign it (art 5 is met by the signature, next): every other
      // refusal (notice period, performance, persons) stops the proposal here.
      presidentSigned: true,
    });
    orThrow(d);
    const id = randomUUID();
    await tx
      .insertInto("credit_restrictions")
      .values({
        id,
        court_id: c.court_id,
        case_id: c.id,
        party_id: party.id,
        kind: "consumption",
        status: "awaitingSignature",
        initiated_by: input.initiatedBy,
        persons: json(persons.map(({ name, role }) => ({ name, role }))),
        recipients: json(input.recipients),
        proposed_by: user.id,
        proposed_date: now,
        basis: json(d.basis),
      })
      .execute();
    await record(tx, ctx, c, actorOf(user), { type: "consumptionRestrictionProposed", action: "credit.consumptionProposed", entityType: "creditRestriction", entityId: id, data: { restrictionId: id, partyId: party.id, noticePeriodDue: input.noticePeriodDue, persons: persons.map((p) => p.role), recipients: input.recipients } }, ip);
    return id;
  });
}

async function lockRestriction(tx: Executor, id: string) {
  const r = await tx.selectFrom("credit_restrictions").selectAll().where("id", "=", id).executeTakeFirst();
  if (!r) throw notFound();
  const c = await lockCase(tx, r.case_id);
  const fresh = await tx.selectFrom("credit_restrictions").selectAll().where("id", "=", id).forUpdate().executeTakeFirstOrThrow();
  return { r: fresh, c };
}

/** The president signs (限制消费规定 art 5): the order issues and its notices go to the assisting units (art 7). */
export async function signConsumptionRestriction(ctx: AppContext, user: AuthUser, restrictionId: string, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  return ctx.database.db.transaction().execute(async (tx) => {
    const { r, c } = await lockRestriction(tx, restrictionId);
    const access = await caseAccess(tx, user, c).catch(() => null);
    if (!access || access === "party") throw notFound();
    if (access !== "act" || user.role !== "president") throw forbidden("限制消费令由院长签发", "The court president signs the consumption restriction order (限制消费规定 art 5)");
    if (r.kind !== "consumption" || r.status !== "awaitingSignature") throw refused("status", "该限制消费令不在待签发状态", "This order is not awaiting signature");
    const party = await respondentOf(tx, c.id, r.party_id);
    const ev = await tx.selectFrom("case_events").select("data").where("case_id", "=", c.id).where("type", "=", "consumptionRestrictionProposed").orderBy("seq", "desc").execute();
    const proposed = ev.map((e) => (typeof e.data === "string" ? JSON.parse(e.data) : e.data) as { restrictionId: string; noticePeriodDue: IsoDate }).find((e) => e.restrictionId === r.id);
    const persons = (r.persons as { name: string; role: EntityPersonRole }[]).map((p, i) => ({ id: `p${i + 1}`, role: p.role, name: p.name }));
    const perf = await performedInFull(tx, c.id, now);
    const d = orThrow(
      decideConsumptionRestriction({
        respondentKind: party.kind as PartyKind,
        persons,
        noticePeriodDue: proposed?.noticePeriodDue ?? (c.notice_date as IsoDate),
        today: now,
        performedInFull: perf.performed,
        listedDishonest: await isListed(tx, party.id),
        initiatedBy: r.initiated_by,
        presidentSigned: true,
      }),
    );
    await tx.updateTable("credit_restrictions").set({ status: "issued", signed_by: user.id, signed_date: now, issued_date: now, mandatory: d.mandatory, basis: json(d.basis) }).where("id", "=", r.id).execute();
    await record(tx, ctx, c, actorOf(user), { type: "consumptionRestrictionIssued", action: "credit.consumptionIssued", entityType: "creditRestriction", entityId: r.id, data: { restrictionId: r.id, partyId: party.id, mandatory: d.mandatory, acts: d.acts, noticesTo: r.recipients } }, ip);
    return r.id;
  });
}

// ─── 限制出境 ────────────────────────────────────────────────────────────────────────────────────────────

/** 执行程序解释 arts 23–24: on the applicant's written application or of the court's motion. */
export async function issueExitRestriction(ctx: AppContext, user: AuthUser, caseId: string, input: ExitInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  return ctx.database.db.transaction().execute(async (tx) => {
    const c = await lockCase(tx, caseId);
    await staffOn(tx, user, c);
    requireOpen(c);
    const party = await respondentOf(tx, c.id, input.partyId);
    const open = await tx.selectFrom("credit_restrictions").select("id").where("party_id", "=", party.id).where("kind", "=", "exit").where("status", "=", "issued").executeTakeFirst();
    if (open) throw new DomainError("CONFLICT", { zh: "该被执行人已被限制出境", en: "This respondent is already restricted from leaving" }, { field: "partyId" });
    const persons = personsOf(input.persons);
    const d = orThrow(decideExitRestriction({ respondentKind: party.kind as PartyKind, persons, initiatedBy: input.initiatedBy }));
    if (!d.coversRespondent && d.persons.length === 0) {
      throw refused("persons", "被执行人为单位的，限制出境须指明其法定代表人、主要负责人或者直接责任人员（《执行程序解释》第二十四条）", "For an entity, name the legal representative, principal or directly responsible person to restrict (执行程序解释 art 24)");
    }
    const id = randomUUID();
    await tx
      .insertInto("credit_restrictions")
      .values({
        id,
        court_id: c.court_id,
        case_id: c.id,
        party_id: party.id,
        kind: "exit",
        status: "issued",
        initiated_by: input.initiatedBy,
        persons: json(persons.map(({ name, role }) => ({ name, role }))),
        recipients: json(input.recipients),
        covers_respondent: d.coversRespondent,
        proposed_by: user.id,
        proposed_date: now,
        issued_date: now,
        basis: json(d.basis),
      })
      .execute();
    // The 10 days to seek reconsideration run from receipt of the decision, served today.
    const window = decideExitReconsiderationApplication({ decisionReceivedDate: now, filedDate: now }, ctx.calendar.get(), creditPeriods(ctx));
    if (window.ok) await insertClocks(tx, [clockRow(c, "creditExitReconsiderationApplication", window.applicationDue, id)]);
    await record(tx, ctx, c, actorOf(user), { type: "exitRestrictionIssued", action: "credit.exitIssued", entityType: "creditRestriction", entityId: id, data: { restrictionId: id, partyId: party.id, persons: persons.map((p) => p.role), noticesTo: input.recipients } }, ip);
    return id;
  });
}

/** Lifting (限制消费规定 art 9; 执行程序解释 art 25): shall on full performance, may on security or consent. */
export async function liftRestriction(ctx: AppContext, user: AuthUser, restrictionId: string, input: LiftInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  return ctx.database.db.transaction().execute(async (tx) => {
    const { r, c } = await lockRestriction(tx, restrictionId);
    await staffOn(tx, user, c);
    if (r.status !== "issued") throw refused("status", "只有生效中的措施可以解除", "Only a measure in force can be lifted");
    if (input.ground === "fullPerformance" && !(await performedInFull(tx, c.id, now)).performed) {
      throw refused("ground", "案件记录未显示被执行人已全部履行", "The records do not show full performance");
    }
    const args = { securityEffective: input.securityEffective, courtAgrees: input.courtAgrees, originalRecipients: r.recipients as string[] };
    const d = orThrow(r.kind === "consumption" ? decideConsumptionLifting(input.ground, args) : decideExitLifting(input.ground, args));
    await tx.updateTable("credit_restrictions").set({ status: "lifted", lifting_ground: input.ground, lifting_note: input.note ?? null, lifted_by: user.id, lifted_date: now }).where("id", "=", r.id).execute();
    await tx.updateTable("clocks").set({ status: "cancelled" }).where("case_id", "=", c.id).where("subject_id", "=", r.id).where("status", "=", "open").execute();
    await record(tx, ctx, c, actorOf(user), { type: r.kind === "consumption" ? "consumptionRestrictionLifted" : "exitRestrictionLifted", action: "credit.restrictionLifted", entityType: "creditRestriction", entityId: r.id, data: { restrictionId: r.id, ground: input.ground, mandatory: d.mandatory, noticesTo: d.noticeRecipients, basis: d.basis }, reason: input.note ?? null }, ip);
    return r.id;
  });
}

// ─── Applications by the restricted or listed person ─────────────────────────────────────────────────────

async function partyApplicant(tx: Executor, user: AuthUser, c: LockedCase, partyId: string): Promise<void> {
  const access = await caseAccess(tx, user, c);
  if (access !== "party") throw forbidden("由被限制或被纳入的当事人提出", "Filed by the restricted or listed party");
  if (!(await myPartyIds(tx, c.id, user.id)).includes(partyId)) throw notFound();
}

async function insertApplication(tx: Executor, v: { c: LockedCase; kind: "consumptionException" | "exitReconsideration" | "correction"; restrictionId?: string; listingId?: string; user: AuthUser; exceptionKind?: "necessaryLivingOrBusiness" | "personalAssetsPersonalNeed" | null; content: string; filed: IsoDate; due: IsoDate | null }): Promise<string> {
  const id = randomUUID();
  await tx
    .insertInto("credit_applications")
    .values({ id, court_id: v.c.court_id, case_id: v.c.id, kind: v.kind, restriction_id: v.restrictionId ?? null, listing_id: v.listingId ?? null, applicant_id: v.user.id, exception_kind: v.exceptionKind ?? null, content: v.content, filed_date: v.filed, due_date: v.due, status: "pending" })
    .execute();
  return id;
}

/** 限制消费规定 arts 3 para 3, 8: the restricted party applies to spend. */
export async function applyForException(ctx: AppContext, user: AuthUser, restrictionId: string, input: ExceptionInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  return ctx.database.db.transaction().execute(async (tx) => {
    const { r, c } = await lockRestriction(tx, restrictionId);
    await partyApplicant(tx, user, c, r.party_id);
    if (r.kind !== "consumption" || r.status !== "issued") throw refused("restrictionId", "只能对生效中的限制消费令申请", "Only an order in force can be applied against");
    const content = input.personName ? `【${input.personName}】${input.content}` : input.content;
    const id = await insertApplication(tx, { c, kind: "consumptionException", restrictionId: r.id, user, exceptionKind: input.kind, content, filed: now, due: null });
    await record(tx, ctx, c, actorOf(user), { type: "consumptionExceptionApplied", action: "credit.exceptionApplied", entityType: "creditApplication", entityId: id, data: { applicationId: id, restrictionId: r.id, kind: input.kind } }, ip);
    return id;
  });
}

async function lockApplication(tx: Executor, id: string) {
  const a = await tx.selectFrom("credit_applications").selectAll().where("id", "=", id).executeTakeFirst();
  if (!a) throw notFound();
  const c = await lockCase(tx, a.case_id);
  return { a: await tx.selectFrom("credit_applications").selectAll().where("id", "=", id).forUpdate().executeTakeFirstOrThrow(), c };
}

/** The handler decides the exception application; a refusal is recorded with the domain's reason. */
export async function decideException(ctx: AppContext, user: AuthUser, applicationId: string, input: DecideExceptionInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  return ctx.database.db.transaction().execute(async (tx) => {
    const { a, c } = await lockApplication(tx, applicationId);
    await staffOn(tx, user, c);
    if (a.kind !== "consumptionException" || a.status !== "pending") throw refused("status", "该申请不在待决定状态", "This application is not pending");
    const r = await tx.selectFrom("credit_restrictions").select(["persons"]).where("id", "=", a.restriction_id!).executeTakeFirstOrThrow();
    const named = (r.persons as { name: string }[]).some((p) => a.content.startsWith(`【${p.name}】`));
    const d = decideConsumptionException({ kind: a.exception_kind!, applicantIsCoveredPerson: named, verified: input.verified });
    const status = d.ok ? "granted" : "refused";
    const note = d.ok ? input.note : `${input.note}（${d.explanation.zh}）`;
    await tx.updateTable("credit_applications").set({ status, decided_by: user.id, decided_date: now, decision_note: note }).where("id", "=", a.id).execute();
    await record(tx, ctx, c, actorOf(user), { type: "consumptionExceptionDecided", action: "credit.exceptionDecided", entityType: "creditApplication", entityId: a.id, data: { applicationId: a.id, status, reason: d.ok ? null : d.reason, basis: d.basis }, reason: input.note }, ip);
    return a.id;
  });
}

/** 异议复议规定 art 9: reconsideration within 10 days of receipt; the higher court's 15 days start. */
export async function applyExitReconsideration(ctx: AppContext, user: AuthUser, restrictionId: string, input: ApplicationTextInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  return ctx.database.db.transaction().execute(async (tx) => {
    const { r, c } = await lockRestriction(tx, restrictionId);
    await partyApplicant(tx, user, c, r.party_id);
    if (r.kind !== "exit" || r.status !== "issued") throw refused("restrictionId", "只能对生效中的限制出境决定申请复议", "Only an exit restriction in force can be reconsidered");
    if (await tx.selectFrom("credit_applications").select("id").where("restriction_id", "=", r.id).where("kind", "=", "exitReconsideration").executeTakeFirst()) {
      throw new DomainError("CONFLICT", { zh: "已经申请过复议", en: "Reconsideration was already applied for" });
    }
    const cal = ctx.calendar.get();
    orThrow(decideExitReconsiderationApplication({ decisionReceivedDate: r.issued_date as IsoDate, filedDate: now }, cal, creditPeriods(ctx)));
    const due = exitReconsiderationDecisionDue(now, cal, creditPeriods(ctx));
    const id = await insertApplication(tx, { c, kind: "exitReconsideration", restrictionId: r.id, user, content: input.content, filed: now, due: due.due });
    await meetSubjectClocks(tx, c.id, "creditExitReconsiderationApplication", r.id, now);
    await insertClocks(tx, [clockRow(c, "creditExitReconsiderationDecision", due, id)]);
    await record(tx, ctx, c, actorOf(user), { type: "exitReconsiderationApplied", action: "credit.exitReconsiderationApplied", entityType: "creditApplication", entityId: id, data: { applicationId: id, restrictionId: r.id, due: due.due, staysRestriction: false } }, ip);
    return id;
  });
}

/** The higher court's decision, recorded by the enforcing court's staff: upheld, or revoked (the restriction ends). */
export async function decideExitReconsideration(ctx: AppContext, user: AuthUser, applicationId: string, input: DecideReconsiderationInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  return ctx.database.db.transaction().execute(async (tx) => {
    const { a, c } = await lockApplication(tx, applicationId);
    await staffOn(tx, user, c);
    if (a.kind !== "exitReconsideration" || a.status !== "pending") throw refused("status", "该申请不在待决定状态", "This application is not pending");
    const status = input.outcome === "revoked" ? "granted" : "refused";
    await tx.updateTable("credit_applications").set({ status, decided_by: user.id, decided_date: now, decision_note: input.note }).where("id", "=", a.id).execute();
    await meetSubjectClocks(tx, c.id, "creditExitReconsiderationDecision", a.id, now);
    if (input.outcome === "revoked") {
      await tx.updateTable("credit_restrictions").set({ status: "lifted", lifting_note: input.note, lifted_by: user.id, lifted_date: now }).where("id", "=", a.restriction_id!).execute();
    }
    await record(tx, ctx, c, actorOf(user), { type: "exitReconsiderationDecided", action: "credit.exitReconsiderationDecided", entityType: "creditApplication", entityId: a.id, data: { applicationId: a.id, outcome: input.outcome, late: a.due_date !== null && now > a.due_date }, reason: input.note }, ip);
    return a.id;
  });
}

// ─── 失信被执行人名单 ─────────────────────────────────────────────────────────────────────────────────────

function summaryOf(duties: { kind: string; description: string; amount_fen: number | null }[]): string {
  return duties.map((d) => (d.amount_fen ? `${d.description} ${(d.amount_fen / 100).toFixed(2)} 元` : d.description)).join("；");
}

async function listingRecord(db: Executor, l: { case_id: string; subject: unknown; obligation: string; performance_status: string; ground: string }): Promise<DishonestEntryRecord> {
  const c = await db
    .selectFrom("cases")
    .innerJoin("courts", "courts.id", "cases.court_id")
    .select(["cases.case_number", "cases.registered_date", "cases.basis_issuing_court", "cases.basis_document_number", "courts.name as court"])
    .where("cases.id", "=", l.case_id)
    .executeTakeFirstOrThrow();
  return {
    subject: l.subject as DishonestSubject,
    obligation: l.obligation,
    performanceStatus: l.performance_status,
    ground: l.ground as DishonestGround,
    basisIssuer: c.basis_issuing_court,
    basisNumber: c.basis_document_number,
    caseNumber: c.case_number ?? "",
    registeredDate: (c.registered_date ?? "") as IsoDate,
    court: c.court,
  };
}
export { listingRecord };

/** 失信规定 arts 1–7: list a respondent on one of the six grounds with its evidence; the 决定书 takes effect now. */
export async function listDishonest(ctx: AppContext, user: AuthUser, caseId: string, input: ListingInputBody, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  const cal = ctx.calendar.get();
  return ctx.database.db.transaction().execute(async (tx) => {
    const c = await lockCase(tx, caseId);
    await staffOn(tx, user, c);
    requireOpen(c);
    const party = await respondentOf(tx, c.id, input.partyId);
    if (await isListed(tx, party.id)) throw new DomainError("CONFLICT", { zh: "该被执行人已在失信名单中", en: "This respondent is already listed" }, { field: "partyId" });
    // 失信规定 art 10: the applicant's re-listing request within 6 months after a deletion it asked for.
    if (input.onApplicantRequest) {
      const prev = await tx.selectFrom("dishonest_listings").select(["deletion_condition", "deleted_date", "deletion_requested_by"]).where("party_id", "=", party.id).where("status", "=", "deleted").orderBy("deleted_date", "desc").executeTakeFirst();
      const requester = await tx.selectFrom("case_parties").select("user_id").where("case_id", "=", c.id).where("role", "=", "applicant").executeTakeFirst();
      orThrow(
        decideRelistingRequest(
          {
            requestDate: now,
            requesterId: requester?.user_id ?? "applicant",
            previousDeletion: prev?.deletion_condition && prev.deleted_date ? { condition: prev.deletion_condition as DeletionCondition, deletedOn: prev.deleted_date as IsoDate, requestedBy: prev.deletion_requested_by } : null,
          },
          cal,
          creditPeriods(ctx),
        ),
      );
    }
    let subject: DishonestSubject;
    let birthDate: IsoDate | null = null;
    if (party.kind === "naturalPerson") {
      const id = party.id_type === "residentId" ? validateResidentId(party.id_number, now) : null;
      birthDate = id && id.ok ? id.birthDate : (input.birthDate as IsoDate | undefined) ?? null;
      if (!birthDate) throw invalidField("birthDate", { zh: "自然人被执行人须提供出生日期，以确认其不是未成年人（《失信规定》第四条）", en: "A natural person's birth date is needed to rule out a minor (失信规定 art 4)" });
      const sex = id && id.ok ? id.sex : input.sex;
      if (!sex) throw invalidField("sex", { zh: "请填写被执行人的性别（《失信规定》第六条第二项）", en: "Give the respondent's sex (失信规定 art 6(2))" });
      subject = { kind: "naturalPerson", name: party.name, sex, birthDate, idNumber: party.id_number };
    } else {
      let rep = input.representativeName ?? null;
      if (!rep) {
        const rs = await tx.selectFrom("credit_restrictions").select("persons").where("party_id", "=", party.id).execute();
        rep = rs.flatMap((r) => r.persons as { name: string; role: string }[]).find((p) => p.role === "legalRepresentative" || p.role === "principal")?.name ?? null;
      }
      if (!rep) throw invalidField("representativeName", { zh: "单位被执行人须载明其法定代表人或者负责人姓名（《失信规定》第六条第一项）", en: "An entity's entry names its legal representative or principal (失信规定 art 6(1))" });
      subject = { kind: "entity", name: party.name, creditCode: party.id_number, representativeName: rep };
    }
    const perf = await performedInFull(tx, c.id, now);
    // 限制消费规定(2015) art 1 para 2: a listed respondent SHALL be restricted. The order issues only on the
    // president's signature (art 5), so when none is awaiting signature or in force the listing creates one
    // of the court's own motion, marked mandatory, awaiting the signature — in this same transaction; an
    // order in force becomes mandatory. Without the enforcement notice (art 1: after the period it gives)
    // no order can be made, so the listing is refused with that reason.
    const restriction = await tx.selectFrom("credit_restrictions").select(["id", "status"]).where("party_id", "=", party.id).where("kind", "=", "consumption").where("status", "in", ["awaitingSignature", "issued"]).executeTakeFirst();
    if (!restriction && !c.notice_date) {
      throw refused("partyId", "纳入失信名单的被执行人应当限制消费，限制消费令须在执行通知书指定的期间届满后作出：请先发出执行通知书（《限制消费规定》第一条）", "A listed respondent shall be restricted, and the restriction follows the period in the enforcement notice: issue the notice first (限制消费规定 art 1)");
    }
    const consumptionPersons = subject.kind === "entity" ? [{ role: "legalRepresentative" as EntityPersonRole, name: subject.representativeName }] : [];
    // The order's own conditions (the notice's period over, performance, persons) are decided again
    // when the president signs it (signConsumptionRestriction → decideConsumptionRestriction).
    const consumptionBasis = [citeSource("consumptionRestriction", "art 1 para 2"), citeSource("consumptionRestriction", "art 5")];
    const d = orThrow(
      decideDishonestListing(
        {
          ground: input.ground,
          respondent: { kind: party.kind as PartyKind, birthDate },
          decisionDate: now,
          performedInFull: perf.performed,
          exclusions: input.exclusions ?? [],
          evidence: input.evidence as ListingEvidenceKind[],
          extension: input.extension ?? null,
        },
        cal,
        creditPeriods(ctx),
      ),
    );
    const duties = await tx.selectFrom("duties").select(["kind", "description", "amount_fen", "done"]).where("case_id", "=", c.id).orderBy("position").execute();
    const paidSome = (await tx.selectFrom("ledger_entries").select("id").where("case_id", "=", c.id).where("kind", "=", "allocation").executeTakeFirst()) || duties.some((x) => x.done);
    const id = randomUUID();
    const publish = input.publish ?? true;
    await tx
      .insertInto("dishonest_listings")
      .values({
        id,
        court_id: c.court_id,
        case_id: c.id,
        party_id: party.id,
        ground: input.ground,
        evidence: json(input.evidence),
        requested_by: input.onApplicantRequest ? ((await tx.selectFrom("case_parties").select("user_id").where("case_id", "=", c.id).where("role", "=", "applicant").executeTakeFirst())?.user_id ?? null) : null,
        decision_date: now,
        term_end: d.termEnd,
        extension_years: d.extensionYears,
        extension_reason: input.extension?.reason ?? null,
        status: "listed",
        published: publish,
        published_date: publish ? now : null,
        subject: json(subject),
        obligation: summaryOf(duties),
        performance_status: paidSome ? "部分履行" : "全部未履行",
        listed_by: user.id,
        basis: json(d.basis),
      })
      .execute();
    let restrictionId = restriction?.id ?? null;
    if (restriction?.status === "issued") await tx.updateTable("credit_restrictions").set({ mandatory: true }).where("id", "=", restriction.id).execute();
    if (!restriction) {
      restrictionId = randomUUID();
      const recipients = input.consumptionRecipients ?? [];
      await tx
        .insertInto("credit_restrictions")
        .values({ id: restrictionId, court_id: c.court_id, case_id: c.id, party_id: party.id, kind: "consumption", status: "awaitingSignature", initiated_by: "courtOwnMotion", persons: json(consumptionPersons), recipients: json(recipients), mandatory: true, proposed_by: user.id, proposed_date: now, basis: json(consumptionBasis) })
        .execute();
      await record(tx, ctx, c, actorOf(user), { type: "consumptionRestrictionProposed", action: "credit.consumptionProposed", entityType: "creditRestriction", entityId: restrictionId, data: { restrictionId, partyId: party.id, noticePeriodDue: c.notice_date, persons: consumptionPersons.map((p) => p.role), recipients, onListing: id } }, ip);
    }
    await record(tx, ctx, c, actorOf(user), { type: "dishonestListed", action: "credit.listed", entityType: "dishonestListing", entityId: id, data: { listingId: id, partyId: party.id, ground: input.ground, termEnd: d.termEnd, published: publish, consumptionRestrictionRequired: d.consumptionRestrictionRequired, consumptionRestrictionId: restrictionId, consumptionRestrictionCreated: !restriction } }, ip);
    return id;
  });
}

async function lockListing(tx: Executor, id: string) {
  const l = await tx.selectFrom("dishonest_listings").selectAll().where("id", "=", id).executeTakeFirst();
  if (!l) throw notFound();
  const c = await lockCase(tx, l.case_id);
  return { l: await tx.selectFrom("dishonest_listings").selectAll().where("id", "=", id).forUpdate().executeTakeFirstOrThrow(), c };
}

/** Publication through the database (art 7) is on or off; a deleted entry is never published. */
export async function setPublished(ctx: AppContext, user: AuthUser, listingId: string, published: boolean, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  return ctx.database.db.transaction().execute(async (tx) => {
    const { l, c } = await lockListing(tx, listingId);
    await staffOn(tx, user, c);
    if (l.status !== "listed") throw refused("status", "失信信息已删除", "The entry was deleted");
    await tx.updateTable("dishonest_listings").set({ published, published_date: published ? (l.published_date ?? now) : l.published_date }).where("id", "=", l.id).execute();
    await record(tx, ctx, c, actorOf(user), { type: published ? "dishonestPublished" : "dishonestUnpublished", action: "credit.published", entityType: "dishonestListing", entityId: l.id, data: { listingId: l.id, published } }, ip);
    return l.id;
  });
}

/** art 2: extend a fixed term by 1–3 years (violence or threats, or several breaches); the term is counted anew from the decision. */
export async function extendListing(ctx: AppContext, user: AuthUser, listingId: string, input: ExtendInput, ip: string | null = null): Promise<string> {
  return ctx.database.db.transaction().execute(async (tx) => {
    const { l, c } = await lockListing(tx, listingId);
    await staffOn(tx, user, c);
    if (l.status !== "listed") throw refused("status", "失信信息已删除", "The entry was deleted");
    if (l.extension_years > 0) throw new DomainError("CONFLICT", { zh: "该失信期限已经延长过", en: "This term was already extended" });
    const party = await respondentOf(tx, c.id, l.party_id);
    const subject = l.subject as DishonestSubject;
    const d = orThrow(
      decideDishonestListing(
        {
          ground: l.ground as DishonestGround,
          respondent: { kind: party.kind as PartyKind, birthDate: subject.kind === "naturalPerson" ? subject.birthDate : null },
          decisionDate: l.decision_date as IsoDate,
          performedInFull: false,
          evidence: l.evidence as ListingEvidenceKind[],
          extension: input,
        },
        ctx.calendar.get(),
        creditPeriods(ctx),
      ),
    );
    await tx.updateTable("dishonest_listings").set({ term_end: d.termEnd, extension_years: d.extensionYears, extension_reason: input.reason }).where("id", "=", l.id).execute();
    await record(tx, ctx, c, actorOf(user), { type: "dishonestExtended", action: "credit.extended", entityType: "dishonestListing", entityId: l.id, data: { listingId: l.id, years: input.years, reason: input.reason, termEnd: d.termEnd } }, ip);
    return l.id;
  });
}

/**
 * Deletes an entry on a condition of art 10 (decideDeletion): the condition, the day it occurred, the
 * 3-working-day deadline and the re-listing bar are recorded; the deletion itself takes effect at once.
 * `actor` SYSTEM for the job.
 */
export async function deleteListingIn(
  tx: Executor,
  ctx: AppContext,
  actor: Actor,
  l: { id: string; term_end: string | null; case_id: string },
  c: LockedCase,
  input: { condition: DeletionCondition; occurredOn: IsoDate; note: string | null; fruitlessSearchesAfterSuspension?: number; clueProvided?: boolean; applicantRequestApproved?: boolean },
  ip: string | null,
): Promise<{ due: IsoDate; relistingBarredUntil: IsoDate | null }> {
  const now = today(ctx);
  const d = orThrow(
    decideDeletion(
      {
        condition: input.condition,
        occurredOn: input.occurredOn,
        listing: { termEnd: l.term_end as IsoDate | null },
        fruitlessSearchesAfterSuspension: input.fruitlessSearchesAfterSuspension,
        clueProvided: input.clueProvided,
        applicantRequestApproved: input.applicantRequestApproved,
      },
      ctx.calendar.get(),
      creditPeriods(ctx),
    ),
  );
  const requester = input.condition === "applicantRequest" ? ((await tx.selectFrom("case_parties").select("user_id").where("case_id", "=", c.id).where("role", "=", "applicant").executeTakeFirst())?.user_id ?? null) : null;
  await tx
    .updateTable("dishonest_listings")
    .set({
      status: "deleted",
      published: false,
      deletion_condition: input.condition,
      deletion_occurred_on: input.occurredOn,
      deletion_due: d.deleteBy.due,
      deleted_date: now,
      deleted_by: actor.id,
      deletion_note: input.note,
      deletion_requested_by: requester,
      relisting_barred_until: d.relistingBarredUntil,
    })
    .where("id", "=", l.id)
    .execute();
  await tx.updateTable("clocks").set({ status: "cancelled" }).where("case_id", "=", c.id).where("kind", "in", ["creditCorrectionExamination", "creditCorrectionExecution"]).where("status", "=", "open").where("subject_id", "in", tx.selectFrom("credit_applications").select("id").where("listing_id", "=", l.id)).execute();
  await record(tx, ctx, c, actor, { type: "dishonestDeleted", action: "credit.deleted", entityType: "dishonestListing", entityId: l.id, data: { listingId: l.id, condition: input.condition, occurredOn: input.occurredOn, due: d.deleteBy.due, late: now > d.deleteBy.due, relistingBarredUntil: d.relistingBarredUntil, basis: d.basis }, reason: input.note }, ip);
  return { due: d.deleteBy.due, relistingBarredUntil: d.relistingBarredUntil };
}

/** The handler deletes on a condition the records do not show by themselves (settlement performed, the applicant's approved request, …). */
export async function deleteListing(ctx: AppContext, user: AuthUser, listingId: string, input: DeleteInput, ip: string | null = null): Promise<string> {
  return ctx.database.db.transaction().execute(async (tx) => {
    const { l, c } = await lockListing(tx, listingId);
    await staffOn(tx, user, c);
    if (l.status !== "listed") throw refused("status", "失信信息已删除", "The entry was already deleted");
    if (input.occurredOn > today(ctx)) throw invalidField("occurredOn", { zh: "删除情形的发生日期不能晚于今天", en: "The condition cannot occur in the future" });
    await deleteListingIn(tx, ctx, actorOf(user), l, c, { ...input, occurredOn: input.occurredOn as IsoDate }, ip);
    return l.id;
  });
}

/** 失信规定 art 12: the listed person's written correction request; examined within 15 days. */
export async function requestCorrection(ctx: AppContext, user: AuthUser, listingId: string, input: ApplicationTextInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  return ctx.database.db.transaction().execute(async (tx) => {
    const { l, c } = await lockListing(tx, listingId);
    await partyApplicant(tx, user, c, l.party_id);
    if (l.status !== "listed") throw refused("listingId", "失信信息已删除", "The entry was deleted");
    const pending = await tx.selectFrom("credit_applications").select("id").where("listing_id", "=", l.id).where("status", "=", "pending").executeTakeFirst();
    if (pending) throw new DomainError("CONFLICT", { zh: "已有待审查的纠正申请", en: "A correction request is already pending" });
    const due = correctionExaminationDue(now, ctx.calendar.get(), creditPeriods(ctx));
    const id = await insertApplication(tx, { c, kind: "correction", listingId: l.id, user, content: input.content, filed: now, due: due.due });
    await insertClocks(tx, [clockRow(c, "creditCorrectionExamination", due, id)]);
    await record(tx, ctx, c, actorOf(user), { type: "dishonestCorrectionRequested", action: "credit.correctionRequested", entityType: "creditApplication", entityId: id, data: { applicationId: id, listingId: l.id, due: due.due } }, ip);
    return id;
  });
}

/** The examination: well founded → correct within 3 working days; otherwise rejected with 10 days to seek reconsideration. */
export async function decideCorrection(ctx: AppContext, user: AuthUser, applicationId: string, input: DecideCorrectionInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  return ctx.database.db.transaction().execute(async (tx) => {
    const { a, c } = await lockApplication(tx, applicationId);
    await staffOn(tx, user, c);
    if (a.kind !== "correction" || a.status !== "pending") throw refused("status", "该申请不在待审查状态", "This request is not pending");
    const o = correctionOutcome({ decisionDate: now, wellFounded: input.wellFounded }, ctx.calendar.get(), creditPeriods(ctx));
    await meetSubjectClocks(tx, c.id, "creditCorrectionExamination", a.id, now);
    if (o.wellFounded) {
      await tx.updateTable("credit_applications").set({ status: "granted", decided_by: user.id, decided_date: now, decision_note: input.note, correct_by: o.correctBy.due }).where("id", "=", a.id).execute();
      await insertClocks(tx, [clockRow(c, "creditCorrectionExecution", o.correctBy, a.id)]);
    } else {
      await tx.updateTable("credit_applications").set({ status: "refused", decided_by: user.id, decided_date: now, decision_note: input.note, reconsideration_due: o.reconsiderationApplicationDue.due }).where("id", "=", a.id).execute();
      await insertClocks(tx, [clockRow(c, "creditCorrectionReconsiderationApplication", o.reconsiderationApplicationDue, a.id)]);
    }
    await record(tx, ctx, c, actorOf(user), { type: "dishonestCorrectionDecided", action: "credit.correctionDecided", entityType: "creditApplication", entityId: a.id, data: { applicationId: a.id, wellFounded: o.wellFounded, due: o.wellFounded ? o.correctBy.due : o.reconsiderationApplicationDue.due, late: a.due_date !== null && now > a.due_date, basis: o.basis }, reason: input.note }, ip);
    return a.id;
  });
}

/**
 * 失信规定 art 12: the listed person whose correction request was rejected applies, within 10 days of the
 * decision, to the higher court for reconsideration; the higher court decides in 15 days. The listing is
 * not stayed meanwhile (correctionOutcome: staysListing false).
 */
export async function applyCorrectionReconsideration(ctx: AppContext, user: AuthUser, correctionId: string, input: ApplicationTextInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  return ctx.database.db.transaction().execute(async (tx) => {
    const { a, c } = await lockApplication(tx, correctionId);
    if (a.kind !== "correction" || !a.listing_id) throw notFound();
    const l = await tx.selectFrom("dishonest_listings").select(["id", "party_id", "status"]).where("id", "=", a.listing_id).executeTakeFirstOrThrow();
    await partyApplicant(tx, user, c, l.party_id);
    if (a.status !== "refused") throw refused("status", "只有被驳回的纠正申请可以申请复议", "Only a rejected correction request can be reconsidered");
    if (l.status !== "listed") throw refused("status", "失信信息已删除", "The entry was deleted");
    if (await tx.selectFrom("credit_applications").select("id").where("parent_application_id", "=", a.id).executeTakeFirst()) {
      throw new DomainError("CONFLICT", { zh: "已经申请过复议", en: "Reconsideration was already applied for" });
    }
    if (a.reconsideration_due && now > a.reconsideration_due) {
      throw refused("filedDate", `纠正申请被驳回的，应当自决定作出之日起十日内向上一级人民法院申请复议，期间已于 ${a.reconsideration_due} 届满（《失信规定》第十二条）`, `Reconsideration must be applied for within 10 days of the rejection; the period ended on ${a.reconsideration_due} (失信规定 art 12)`);
    }
    const higher = await higherCourtOf(tx, c.court_id);
    const due = correctionReconsiderationDecisionDue(now, ctx.calendar.get(), creditPeriods(ctx));
    const id = randomUUID();
    await tx
      .insertInto("credit_applications")
      .values({ id, court_id: c.court_id, case_id: c.id, kind: "correctionReconsideration", listing_id: l.id, applicant_id: user.id, content: input.content, filed_date: now, due_date: due.due, status: "pending", higher_court_id: higher, parent_application_id: a.id })
      .execute();
    await meetSubjectClocks(tx, c.id, "creditCorrectionReconsiderationApplication", a.id, now);
    await insertClocks(tx, [clockRow(c, "creditCorrectionReconsiderationDecision", due, id)]);
    await record(tx, ctx, c, actorOf(user), { type: "dishonestCorrectionReconsiderationApplied", action: "credit.correctionReconsiderationApplied", entityType: "creditApplication", entityId: id, data: { applicationId: id, correctionId: a.id, listingId: l.id, higherCourtId: higher, due: due.due, staysListing: false, basis: due.basis } }, ip);
    return id;
  });
}

/** The higher court's staff decide the reconsideration: upheld (the listing stands) or revoked (the entry is removed). */
export async function decideCorrectionReconsideration(ctx: AppContext, user: AuthUser, applicationId: string, input: DecideReconsiderationInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  return ctx.database.db.transaction().execute(async (tx) => {
    const { a, c } = await lockApplication(tx, applicationId);
    if (a.kind !== "correctionReconsideration" || !a.higher_court_id) throw refused("status", "这不是失信纠正的复议申请", "This is not a correction's reconsideration");
    await assertHigherCourtStaff(tx, user, c, a.higher_court_id);
    if (a.status !== "pending") throw refused("status", "复议已经决定", "The reconsideration was already decided");
    const status = input.outcome === "revoked" ? "granted" : "refused";
    await tx.updateTable("credit_applications").set({ status, decided_by: user.id, decided_date: now, decision_note: input.note }).where("id", "=", a.id).execute();
    await meetSubjectClocks(tx, c.id, "creditCorrectionReconsiderationDecision", a.id, now);
    if (input.outcome === "revoked") {
      await tx.updateTable("dishonest_listings").set({ status: "deleted", published: false, deleted_date: now, deleted_by: user.id, deletion_note: `复议：撤销 ${input.note}` }).where("id", "=", a.listing_id!).where("status", "=", "listed").execute();
    }
    await record(tx, ctx, c, actorOf(user), { type: "dishonestCorrectionReconsiderationDecided", action: "credit.correctionReconsiderationDecided", entityType: "creditApplication", entityId: a.id, data: { applicationId: a.id, listingId: a.listing_id, outcome: input.outcome, late: a.due_date !== null && now > a.due_date }, reason: input.note }, ip);
    return a.id;
  });
}

/** Giving effect to a well-founded request: the entry is revoked (deleted, no art 10 condition) or its performance status corrected. */
export async function applyCorrection(ctx: AppContext, user: AuthUser, applicationId: string, input: ApplyCorrectionInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  return ctx.database.db.transaction().execute(async (tx) => {
    const { a, c } = await lockApplication(tx, applicationId);
    await staffOn(tx, user, c);
    if (a.kind !== "correction" || a.status !== "granted" || a.corrected_date) throw refused("status", "只有成立且尚未纠正的申请可以执行纠正", "Only a well-founded request not yet given effect");
    const l = await tx.selectFrom("dishonest_listings").selectAll().where("id", "=", a.listing_id!).forUpdate().executeTakeFirstOrThrow();
    if (input.revoke) {
      await tx.updateTable("dishonest_listings").set({ status: "deleted", published: false, deleted_date: now, deleted_by: user.id, deletion_note: `纠正：撤销 ${input.note}` }).where("id", "=", l.id).execute();
    } else if (input.performanceStatus) {
      await tx.updateTable("dishonest_listings").set({ performance_status: input.performanceStatus }).where("id", "=", l.id).execute();
    } else {
      throw invalidField("performanceStatus", { zh: "请填写更正后的履行情况，或选择撤销", en: "Give the corrected performance status, or revoke" });
    }
    await tx.updateTable("credit_applications").set({ corrected_date: now }).where("id", "=", a.id).execute();
    await meetSubjectClocks(tx, c.id, "creditCorrectionExecution", a.id, now);
    await record(tx, ctx, c, actorOf(user), { type: "dishonestCorrected", action: "credit.corrected", entityType: "dishonestListing", entityId: l.id, data: { listingId: l.id, applicationId: a.id, revoked: input.revoke, late: a.correct_by !== null && now > a.correct_by }, reason: input.note }, ip);
    return l.id;
  });
}

export type { Citation };
