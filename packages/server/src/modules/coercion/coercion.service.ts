// 罚款、拘留 and 拒执罪 referrals (rules.md §11). Every write locks the case row, decides with the domain
// (packages/domain/src/coercion), and persists the row, its clocks, the case event and the audit record
// in one transaction.
//   Proposal (handler / division head): the measure, the person, the ground and the amount or days,
//     checked by decideSanction as if approved (the limits of 民诉法 art 118), and for a conduct duty only
//     the respondent can perform, decideRepeatSanction (民诉法解释 art 503).
//   Approval (the president, art 119 para 1): decideSanction with the approval → the decision (决定书).
//   Service: the 3-day reconsideration clock (民诉法解释 art 185) from the day the person received it.
//   Reconsideration: once (art 119 para 3), by the sanctioned party's user or recorded by staff from a
//     written application; the higher court's 5-day clock; affirmed, varied (limits rechecked) or
//     revoked; an urgent reversal gives oral notice first and the written decision within 3 days (解释
//     art 186). Enforcement is not stayed: payment and detention are recorded whatever is pending.
//   Referral of 拒执罪 (刑法 art 313): the route, then each step through the domain's state machine.
import { randomUUID } from "node:crypto";
import { insertClocks, type Executor } from "@zhixing/db";
import {
  advanceRefusalCrime,
  COERCION_GROUND_INFO,
  compareIsoDates,
  decideRepeatSanction,
  decideSanction,
  decideSanctionReconsiderationApplication,
  invalidField,
  isRefusalCrimeFinal,
  orThrow,
  performerClass,
  refusalCrimeBasis,
  REFUSAL_CRIME_STATES,
  sanctionReconsiderationDecisionDue,
  urgentReversalWrittenDecisionDue,
  type Citation,
  type ConductCategory,
  type Fen,
  type IsoDate,
  type RefusalCrimeState,
  type SanctionTarget,
} from "@zhixing/domain";
import { today, type AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import { caseAccess, caseNotFound } from "../cases/case-access";
import { lockCase, type LockedCase } from "../cases/case-lock";
import {
  actorOf,
  assertHandlerOrHead,
  assertHigherCourtStaff,
  assertPresident,
  clockRow,
  closeClocks,
  forbidden,
  higherCourtOf,
  notFound,
  partyRowsOf,
  record,
  refused,
} from "./coercion.common";
import type {
  CoercionView,
  ReconsiderationDecisionInput,
  ReconsiderationInput,
  ReferralDto,
  ReferralInput,
  SanctionDto,
  SanctionInput,
} from "./coercion.schemas";

export const SANCTION_CLOCKS = {
  application: "sanctionReconsiderationApplication",
  decision: "sanctionReconsiderationDecision",
  urgentWritten: "sanctionUrgentWrittenDecision",
} as const;

const OPEN = ["registered", "assigned", "inProgress"];
const sanctionNotFound = () => notFound("强制措施不存在或无权查看", "No such sanction, or you may not see it");

type SanctionRow = Awaited<ReturnType<typeof loadSanction>>;
async function loadSanction(tx: Executor, id: string) {
  const s = await tx.selectFrom("sanctions").selectAll().where("id", "=", id).executeTakeFirst();
  if (!s) throw sanctionNotFound();
  return s;
}

/** Locks the sanction's case, then re-reads the sanction under the lock. */
async function lockSanction(tx: Executor, id: string): Promise<{ c: LockedCase; s: SanctionRow }> {
  const first = await loadSanction(tx, id);
  const c = await lockCase(tx, first.case_id);
  return { c, s: await loadSanction(tx, id) };
}

const targetOf = (s: { target_kind: "individual" | "entity"; for_entity: "principal" | "directlyResponsible" | null }): SanctionTarget =>
  s.target_kind === "entity" ? { kind: "entity" } : s.for_entity ? { kind: "individual", forEntity: s.for_entity } : { kind: "individual" };

function sanctionRequest(s: { measure: "fine" | "detention"; target: SanctionTarget; ground: string; amountFen: number | null; days: number | null }, approved: boolean) {
  const ground = s.ground as Parameters<typeof decideSanction>[0]["ground"];
  return s.measure === "fine"
    ? decideSanction({ measure: "fine", target: s.target, ground, amountFen: (s.amountFen ?? NaN) as Fen, presidentApproved: approved })
    : decideSanction({ measure: "detention", target: s.target, ground, days: s.days ?? NaN, presidentApproved: approved });
}

// ─── proposal and approval ─────────────────────────────────────────────────────────────────────────

export async function proposeSanction(ctx: AppContext, user: AuthUser, caseId: string, input: SanctionInput, ip: string | null = null): Promise<string> {
  return ctx.database.db.transaction().execute(async (tx) => proposeSanctionIn(tx, ctx, user, await lockCase(tx, caseId), input, ip));
}

/**
 * The proposal inside the caller's transaction, the case `c` already locked by the caller (the conduct
 * module escalates a breach and links the sanction to its check in one transaction).
 */
export async function proposeSanctionIn(tx: Executor, ctx: AppContext, user: AuthUser, c: LockedCase, input: SanctionInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  const id = randomUUID();
  const caseId = c.id;
  await assertHandlerOrHead(tx, user, c, { zh: "提出罚款、拘留", en: "propose a fine or detention" });
  if (!OPEN.includes(c.status)) throw refused("caseStatus", `案件状态为 ${c.status}，只有已立案且未结案的案件可以采取强制措施`, `The case is ${c.status}: sanctions are for a registered case that is not closed`);
  if (input.measure === "fine" && input.amountFen === undefined) throw invalidField("amountFen", { zh: "请填写罚款金额（分）", en: "Enter the fine in fen" });
  if (input.measure === "detention" && input.days === undefined) throw invalidField("days", { zh: "请填写拘留天数", en: "Enter the days of detention" });
  if (input.measure === "fine" && input.days !== undefined) throw invalidField("days", { zh: "罚款不填写拘留天数", en: "A fine has no days" });
  if (input.measure === "detention" && input.amountFen !== undefined) throw invalidField("amountFen", { zh: "拘留不填写罚款金额", en: "Detention has no amount" });

  // Who: a party of the case (an entity's principal or responsible person acts for it), or a non-party.
  let target: SanctionTarget;
  let personName: string;
  if (input.partyId) {
    const p = await tx.selectFrom("case_parties").select(["id", "kind", "name"]).where("id", "=", input.partyId).where("case_id", "=", caseId).executeTakeFirst();
    if (!p) throw invalidField("partyId", { zh: "须为本案当事人", en: "Must be a party of this case" });
    const entity = p.kind !== "naturalPerson";
    if (input.forEntity && !entity) throw invalidField("forEntity", { zh: "只有单位当事人有主要负责人或直接责任人员", en: "Only an entity has a principal or directly responsible person" });
    if (entity && input.forEntity) {
      if (!input.personName) throw invalidField("personName", { zh: "请填写被处罚的主要负责人或直接责任人员姓名", en: "Enter the name of the principal or responsible person" });
      target = { kind: "individual", forEntity: input.forEntity };
      personName = input.personName;
    } else {
      target = entity ? { kind: "entity" } : { kind: "individual" };
      personName = p.name;
    }
  } else {
    if (input.forEntity) throw invalidField("partyId", { zh: "请选择其主要负责人或直接责任人员所在的单位当事人", en: "Choose the entity party the person acts for" });
    if (!input.personName) throw invalidField("personName", { zh: "请填写被处罚人姓名", en: "Enter the name of the person sanctioned" });
    target = { kind: "individual" };
    personName = input.personName;
  }
  // 民诉法 arts 114, 118: the limits, checked now (the approval is the president's, below).
  const check = sanctionRequest({ measure: input.measure, target, ground: input.ground, amountFen: input.amountFen ?? null, days: input.days ?? null }, true);
  orThrow(check);

  // 民诉法解释 art 503: a conduct duty only the respondent can perform; again only after the new period ran out.
  let repetition = 0;
  if (input.ground === "conductDutyOnlyRespondent") {
    if (!input.dutyId) throw invalidField("dutyId", { zh: "请选择未履行的行为义务", en: "Choose the conduct duty not performed" });
    const duty = await tx.selectFrom("duties").select(["id", "kind", "category", "done"]).where("id", "=", input.dutyId).where("case_id", "=", caseId).executeTakeFirst();
    if (!duty || duty.kind !== "conduct") throw invalidField("dutyId", { zh: "须为本案的行为义务", en: "Must be a conduct duty of this case" });
    const performer = performerClass(duty.category as ConductCategory, input.performerFinding ?? null);
    const earlier = await tx
      .selectFrom("sanctions")
      .select(["new_period_due"])
      .where("case_id", "=", caseId)
      .where("duty_id", "=", duty.id)
      .where("status", "=", "decided")
      .where("revoked", "=", false)
      .execute();
    const repeat = decideRepeatSanction({
      onlyRespondentCanPerform: performer.performer === "respondentOnly",
      earlierSanctions: earlier.length,
      newPeriodDue: input.newPeriodDue ?? null,
      performed: duty.done,
      today: now,
    });
    repetition = orThrow(repeat).repetition;
  } else if (input.dutyId || input.newPeriodDue) {
    throw invalidField(input.dutyId ? "dutyId" : "newPeriodDue", { zh: "只有不履行行为义务的处罚关联行为义务", en: "Only a sanction for a conduct duty names the duty" });
  }

  await tx
    .insertInto("sanctions")
    .values({
      id,
      court_id: c.court_id,
      case_id: c.id,
      measure: input.measure,
      target_kind: target.kind,
      for_entity: target.kind === "individual" ? (target.forEntity ?? null) : null,
      party_id: input.partyId ?? null,
      person_name: personName,
      ground: input.ground,
      facts: input.facts,
      amount_fen: input.amountFen ?? null,
      days: input.days ?? null,
      duty_id: input.dutyId ?? null,
      new_period_due: input.newPeriodDue ?? null,
      repetition,
      status: "proposed",
      proposed_by: user.id,
      proposed_on: now,
      approved_by: null,
      decided_on: null,
      refusal_reason: null,
      served_on: null,
      paid_fen: null,
      paid_on: null,
      detention_started_on: null,
      detention_ended_on: null,
      detention_end: null,
      effective_amount_fen: null,
      effective_days: null,
    })
    .execute();
  await record(tx, ctx, actorOf(user), c, {
    type: "sanction.propose",
    entityType: "sanction",
    entityId: id,
    data: { sanctionId: id, measure: input.measure, ground: input.ground, amountFen: input.amountFen ?? null, days: input.days ?? null, repetition },
    ip,
  });
  return id;
}

/** The president approves (the decision is made: 决定书) or refuses a proposed sanction. */
export async function approveSanction(ctx: AppContext, user: AuthUser, sanctionId: string, ip: string | null = null): Promise<void> {
  const now = today(ctx);
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, s } = await lockSanction(tx, sanctionId);
    await assertPresident(tx, user, c);
    if (s.status !== "proposed") throw refused("status", "该强制措施已经处理", "This sanction was already decided");
    const d = orThrow(sanctionRequest({ measure: s.measure, target: targetOf(s), ground: s.ground, amountFen: s.amount_fen, days: s.days }, true));
    await tx.updateTable("sanctions").set((eb) => ({ status: "decided", approved_by: user.id, decided_on: now, version: eb("version", "+", 1) })).where("id", "=", s.id).execute();
    await record(tx, ctx, actorOf(user), c, {
      type: "sanction.approve",
      entityType: "sanction",
      entityId: s.id,
      data: { sanctionId: s.id, measure: s.measure, amountFen: d.amountFen, days: d.days, basis: d.basis },
      ip,
    });
  });
}

export async function refuseSanction(ctx: AppContext, user: AuthUser, sanctionId: string, reason: string, ip: string | null = null): Promise<void> {
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, s } = await lockSanction(tx, sanctionId);
    await assertPresident(tx, user, c);
    if (s.status !== "proposed") throw refused("status", "该强制措施已经处理", "This sanction was already decided");
    await tx.updateTable("sanctions").set((eb) => ({ status: "refused", approved_by: user.id, refusal_reason: reason, version: eb("version", "+", 1) })).where("id", "=", s.id).execute();
    await record(tx, ctx, actorOf(user), c, { type: "sanction.refuse", entityType: "sanction", entityId: s.id, data: { sanctionId: s.id }, reason, ip });
  });
}

function assertDecided(s: SanctionRow): void {
  if (s.status !== "decided") throw refused("status", "该强制措施尚未经院长批准作出决定", "The sanction has not been decided with the president's approval");
}

/** The decision was served on the person: the 3-day reconsideration clock starts (民诉法解释 art 185). */
export async function serveSanction(ctx: AppContext, user: AuthUser, sanctionId: string, servedOn: IsoDate, ip: string | null = null): Promise<void> {
  const now = today(ctx);
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, s } = await lockSanction(tx, sanctionId);
    await assertHandlerOrHead(tx, user, c, { zh: "送达决定书", en: "record service of the decision" });
    assertDecided(s);
    if (s.served_on) throw refused("servedOn", "决定书已送达", "The decision was already served");
    if (compareIsoDates(servedOn, now) > 0) throw invalidField("servedOn", { zh: "送达日期不能晚于今天", en: "The service date cannot be in the future" });
    if (compareIsoDates(servedOn, s.decided_on!) < 0) throw invalidField("servedOn", { zh: "送达日期不能早于决定日期", en: "Service cannot precede the decision" });
    const first = decideSanctionReconsiderationApplication({ decisionReceivedDate: servedOn, filedDate: servedOn, previousApplications: 0 }, ctx.calendar.get());
    const clock = orThrow(first).applicationDue;
    await tx.updateTable("sanctions").set((eb) => ({ served_on: servedOn, version: eb("version", "+", 1) })).where("id", "=", s.id).execute();
    await insertClocks(tx, [clockRow(c, SANCTION_CLOCKS.application, s.id, clock, now)]);
    await record(tx, ctx, actorOf(user), c, {
      type: "sanction.serve",
      entityType: "sanction",
      entityId: s.id,
      data: { sanctionId: s.id, servedOn, reconsiderationDue: clock.due },
      eventDate: servedOn,
      ip,
    });
  });
}

// ─── carrying it out (not stayed by a reconsideration) ──────────────────────────────────────────────

export async function recordFinePaid(ctx: AppContext, user: AuthUser, sanctionId: string, input: { amountFen: number; paidOn: IsoDate }, ip: string | null = null): Promise<void> {
  const now = today(ctx);
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, s } = await lockSanction(tx, sanctionId);
    await assertHandlerOrHead(tx, user, c, { zh: "登记罚款缴纳", en: "record a fine paid" });
    assertDecided(s);
    if (s.measure !== "fine") throw refused("measure", "只有罚款可以登记缴纳", "Only a fine is paid");
    if (s.revoked) throw refused("revoked", "罚款决定已被撤销", "The fine was revoked");
    if (s.paid_fen !== null) throw refused("paidOn", "罚款已登记缴纳", "The payment was already recorded");
    if (compareIsoDates(input.paidOn, now) > 0) throw invalidField("paidOn", { zh: "缴纳日期不能晚于今天", en: "The payment date cannot be in the future" });
    const due = s.effective_amount_fen ?? s.amount_fen!;
    if (input.amountFen !== due) throw invalidField("amountFen", { zh: `应缴罚款为 ${due} 分`, en: `The fine in force is ${due} fen` });
    await tx.updateTable("sanctions").set((eb) => ({ paid_fen: input.amountFen, paid_on: input.paidOn, version: eb("version", "+", 1) })).where("id", "=", s.id).execute();
    await record(tx, ctx, actorOf(user), c, { type: "sanction.finePaid", entityType: "sanction", entityId: s.id, data: { sanctionId: s.id, amountFen: input.amountFen }, eventDate: input.paidOn, ip });
  });
}

export async function startDetention(ctx: AppContext, user: AuthUser, sanctionId: string, startedOn: IsoDate, ip: string | null = null): Promise<void> {
  const now = today(ctx);
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, s } = await lockSanction(tx, sanctionId);
    await assertHandlerOrHead(tx, user, c, { zh: "执行拘留", en: "carry out a detention" });
    assertDecided(s);
    if (s.measure !== "detention") throw refused("measure", "只有拘留可以执行拘留", "Only a detention is carried out");
    if (s.revoked) throw refused("revoked", "拘留决定已被撤销", "The detention was revoked");
    if (s.detention_started_on) throw refused("startedOn", "拘留已开始执行", "The detention already started");
    if (compareIsoDates(startedOn, now) > 0) throw invalidField("startedOn", { zh: "日期不能晚于今天", en: "The date cannot be in the future" });
    if (compareIsoDates(startedOn, s.decided_on!) < 0) throw invalidField("startedOn", { zh: "不能早于决定日期", en: "Cannot precede the decision" });
    await tx.updateTable("sanctions").set((eb) => ({ detention_started_on: startedOn, version: eb("version", "+", 1) })).where("id", "=", s.id).execute();
    await record(tx, ctx, actorOf(user), c, { type: "sanction.detentionStart", entityType: "sanction", entityId: s.id, data: { sanctionId: s.id, custody: "publicSecurity" }, eventDate: startedOn, ip });
  });
}

/** The detention ends: served in full, or released early on admission and correction (民诉法 art 118 para 3). */
export async function endDetention(ctx: AppContext, user: AuthUser, sanctionId: string, input: { endedOn: IsoDate; earlyRelease: boolean }, ip: string | null = null): Promise<void> {
  const now = today(ctx);
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, s } = await lockSanction(tx, sanctionId);
    await assertHandlerOrHead(tx, user, c, { zh: "办理解除拘留", en: "end a detention" });
    if (!s.detention_started_on) throw refused("startedOn", "拘留尚未开始执行", "The detention has not started");
    if (s.detention_ended_on) throw refused("endedOn", "拘留已经结束", "The detention already ended");
    if (compareIsoDates(input.endedOn, now) > 0) throw invalidField("endedOn", { zh: "日期不能晚于今天", en: "The date cannot be in the future" });
    if (compareIsoDates(input.endedOn, s.detention_started_on) < 0) throw invalidField("endedOn", { zh: "不能早于拘留开始日期", en: "Cannot precede the start" });
    const days = s.effective_days ?? s.days!;
    const served = Math.round((Date.parse(input.endedOn) - Date.parse(s.detention_started_on)) / 86_400_000);
    if (served > days) throw invalidField("endedOn", { zh: `拘留期限为 ${days} 日，不得超期羁押`, en: `The detention lasts ${days} days and may not be exceeded` });
    if (!input.earlyRelease && served < days && !s.revoked) {
      throw invalidField("earlyRelease", { zh: `拘留期限 ${days} 日尚未届满；提前解除须标明提前解除`, en: `The ${days} days have not run: mark an early release` });
    }
    const end = input.earlyRelease ? "earlyRelease" : "completed";
    await tx.updateTable("sanctions").set((eb) => ({ detention_ended_on: input.endedOn, detention_end: end, version: eb("version", "+", 1) })).where("id", "=", s.id).execute();
    await record(tx, ctx, actorOf(user), c, { type: "sanction.detentionEnd", entityType: "sanction", entityId: s.id, data: { sanctionId: s.id, end, daysServed: served }, eventDate: input.endedOn, ip });
  });
}

// ─── reconsideration at the higher court ────────────────────────────────────────────────────────────

export async function applyForSanctionReconsideration(ctx: AppContext, user: AuthUser, sanctionId: string, input: ReconsiderationInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  const id = randomUUID();
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, s } = await lockSanction(tx, sanctionId);
    const access = await caseAccess(tx, user, c);
    let applicantName: string;
    let applicantUserId: string | null = null;
    let filedOn: IsoDate;
    if (access === "party") {
      // The sanctioned person applies: the user of the sanctioned party (not for an entity's officer acting personally).
      const mine = await partyRowsOf(tx, c.id, user.id);
      if (!s.party_id || !mine.some((p) => p.id === s.party_id) || s.for_entity) throw sanctionNotFound();
      if (input.filedOn || input.applicantName) throw invalidField(input.filedOn ? "filedOn" : "applicantName", { zh: "在线申请以您本人名义于今日提出", en: "Online, you apply yourself, today" });
      applicantName = s.person_name;
      applicantUserId = user.id;
      filedOn = now;
    } else {
      await assertHandlerOrHead(tx, user, c, { zh: "登记复议申请", en: "record a reconsideration application" });
      if (!input.filedOn) throw invalidField("filedOn", { zh: "请填写收到书面复议申请的日期", en: "Enter the day the written application was received" });
      if (compareIsoDates(input.filedOn, now) > 0) throw invalidField("filedOn", { zh: "日期不能晚于今天", en: "The date cannot be in the future" });
      applicantName = input.applicantName ?? s.person_name;
      filedOn = input.filedOn;
    }
    if (s.status !== "decided") throw refused("status", "只有已作出的罚款、拘留决定可以申请复议", "Only a decided fine or detention can be reconsidered");
    if (!s.served_on) throw refused("servedOn", "决定书尚未送达", "The decision has not been served");
    const previous = await tx.selectFrom("sanction_reconsiderations").select("id").where("sanction_id", "=", s.id).execute();
    const d = orThrow(decideSanctionReconsiderationApplication({ decisionReceivedDate: s.served_on, filedDate: filedOn, previousApplications: previous.length }, ctx.calendar.get()));
    const higher = await higherCourtOf(tx, c.court_id);
    const due = sanctionReconsiderationDecisionDue(filedOn, ctx.calendar.get());
    await tx
      .insertInto("sanction_reconsiderations")
      .values({
        id,
        court_id: c.court_id,
        case_id: c.id,
        sanction_id: s.id,
        higher_court_id: higher,
        applicant_name: applicantName,
        applicant_user_id: applicantUserId,
        filed_on: filedOn,
        grounds: input.grounds,
        status: "pending",
        decided_on: null,
        decided_by: null,
        varied_amount_fen: null,
        varied_days: null,
        reasons: null,
        oral_notice_on: null,
        written_decision_on: null,
      })
      .execute();
    await closeClocks(tx, c.id, [SANCTION_CLOCKS.application], s.id, "met", filedOn);
    await insertClocks(tx, [clockRow(c, SANCTION_CLOCKS.decision, s.id, due, now)]);
    await record(tx, ctx, actorOf(user), c, {
      type: "sanction.reconsiderationApply",
      entityType: "sanctionReconsideration",
      entityId: id,
      data: { sanctionId: s.id, reconsiderationId: id, filedOn, higherCourtId: higher, decisionDue: due.due, staysEnforcement: d.staysEnforcement },
      eventDate: filedOn,
      ip,
    });
  });
  return id;
}

export async function decideSanctionReconsideration(ctx: AppContext, user: AuthUser, reconsiderationId: string, input: ReconsiderationDecisionInput, ip: string | null = null): Promise<void> {
  const now = today(ctx);
  await ctx.database.db.transaction().execute(async (tx) => {
    const first = await tx.selectFrom("sanction_reconsiderations").select("sanction_id").where("id", "=", reconsiderationId).executeTakeFirst();
    if (!first) throw notFound("复议申请不存在", "No such reconsideration");
    const { c, s } = await lockSanction(tx, first.sanction_id);
    const r = (await tx.selectFrom("sanction_reconsiderations").selectAll().where("id", "=", reconsiderationId).executeTakeFirst())!;
    await assertHigherCourtStaff(tx, user, c, r.higher_court_id);
    if (r.status !== "pending") throw refused("status", "复议已经决定", "The reconsideration was already decided");
    let variedAmount: number | null = null;
    let variedDays: number | null = null;
    if (input.outcome === "varied") {
      if (s.measure === "fine" && input.amountFen === undefined) throw invalidField("amountFen", { zh: "变更罚款须填写变更后的金额", en: "Enter the varied amount" });
      if (s.measure === "detention" && input.days === undefined) throw invalidField("days", { zh: "变更拘留须填写变更后的天数", en: "Enter the varied days" });
      orThrow(sanctionRequest({ measure: s.measure, target: targetOf(s), ground: s.ground, amountFen: input.amountFen ?? null, days: input.days ?? null }, true));
      variedAmount = s.measure === "fine" ? input.amountFen! : null;
      variedDays = s.measure === "detention" ? input.days! : null;
    } else if (input.amountFen !== undefined || input.days !== undefined) {
      throw invalidField(input.amountFen !== undefined ? "amountFen" : "days", { zh: "只有变更决定填写金额或天数", en: "Only a varied decision has an amount or days" });
    }
    const urgent = input.urgentOral === true;
    if (urgent && input.outcome === "affirmed") throw invalidField("urgentOral", { zh: "口头通知适用于撤销或变更原决定的紧急情形", en: "An oral notice is for an urgent reversal or variation" });
    await tx
      .updateTable("sanction_reconsiderations")
      .set({ status: input.outcome, decided_on: now, decided_by: user.id, varied_amount_fen: variedAmount, varied_days: variedDays, reasons: input.reasons, oral_notice_on: urgent ? now : null, written_decision_on: urgent ? null : now })
      .where("id", "=", r.id)
      .execute();
    if (input.outcome !== "affirmed") {
      await tx
        .updateTable("sanctions")
        .set((eb) => ({ revoked: input.outcome === "revoked", effective_amount_fen: variedAmount, effective_days: variedDays, version: eb("version", "+", 1) }))
        .where("id", "=", s.id)
        .execute();
    }
    await closeClocks(tx, c.id, [SANCTION_CLOCKS.decision], s.id, "met", now);
    if (urgent) await insertClocks(tx, [clockRow(c, SANCTION_CLOCKS.urgentWritten, s.id, urgentReversalWrittenDecisionDue(now, ctx.calendar.get()), now)]);
    await record(tx, ctx, actorOf(user), c, {
      type: "sanction.reconsiderationDecide",
      entityType: "sanctionReconsideration",
      entityId: r.id,
      data: { sanctionId: s.id, outcome: input.outcome, variedAmountFen: variedAmount, variedDays, urgentOral: urgent },
      reason: input.reasons,
      ip,
    });
  });
}

/** After an urgent oral notice, the written decision (民诉法解释 art 186: within 3 days). */
export async function issueWrittenReconsiderationDecision(ctx: AppContext, user: AuthUser, reconsiderationId: string, ip: string | null = null): Promise<void> {
  const now = today(ctx);
  await ctx.database.db.transaction().execute(async (tx) => {
    const first = await tx.selectFrom("sanction_reconsiderations").select("sanction_id").where("id", "=", reconsiderationId).executeTakeFirst();
    if (!first) throw notFound("复议申请不存在", "No such reconsideration");
    const { c, s } = await lockSanction(tx, first.sanction_id);
    const r = (await tx.selectFrom("sanction_reconsiderations").selectAll().where("id", "=", reconsiderationId).executeTakeFirst())!;
    await assertHigherCourtStaff(tx, user, c, r.higher_court_id);
    if (!r.oral_notice_on || r.written_decision_on) throw refused("writtenDecisionOn", "没有待发出的书面决定", "No written decision is outstanding");
    await tx.updateTable("sanction_reconsiderations").set({ written_decision_on: now }).where("id", "=", r.id).execute();
    await closeClocks(tx, c.id, [SANCTION_CLOCKS.urgentWritten], s.id, "met", now);
    await record(tx, ctx, actorOf(user), c, { type: "sanction.reconsiderationWritten", entityType: "sanctionReconsideration", entityId: r.id, data: { sanctionId: s.id }, ip });
  });
}

// ─── 拒执罪 referrals ────────────────────────────────────────────────────────────────────────────────

export async function createReferral(ctx: AppContext, user: AuthUser, caseId: string, input: ReferralInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  const id = randomUUID();
  await ctx.database.db.transaction().execute(async (tx) => {
    const c = await lockCase(tx, caseId);
    await assertHandlerOrHead(tx, user, c, { zh: "移送拒执罪线索", en: "refer a refusal-to-enforce crime" });
    const p = await tx.selectFrom("case_parties").select(["id", "role"]).where("id", "=", input.respondentPartyId).where("case_id", "=", caseId).executeTakeFirst();
    if (!p || p.role !== "respondent") throw invalidField("respondentPartyId", { zh: "须为本案的被执行人", en: "Must be a respondent of this case" });
    if (compareIsoDates(input.referredOn, now) > 0) throw invalidField("referredOn", { zh: "日期不能晚于今天", en: "The date cannot be in the future" });
    await tx
      .insertInto("refusal_crime_referrals")
      .values({ id, court_id: c.court_id, case_id: c.id, route: input.route, respondent_party_id: p.id, recipient: input.recipient, facts: input.facts, state: "referred", steps: JSON.stringify([]), referred_on: input.referredOn, created_by: user.id })
      .execute();
    await record(tx, ctx, actorOf(user), c, { type: "refusalCrime.refer", entityType: "refusalCrimeReferral", entityId: id, data: { referralId: id, route: input.route, recipient: input.recipient }, eventDate: input.referredOn, ip });
  });
  return id;
}

type Step = { from: string; to: string; date: string; note: string | null; by: string };

export async function advanceReferral(ctx: AppContext, user: AuthUser, referralId: string, input: { to: RefusalCrimeState; date: IsoDate; note?: string | undefined }, ip: string | null = null): Promise<void> {
  const now = today(ctx);
  await ctx.database.db.transaction().execute(async (tx) => {
    const first = await tx.selectFrom("refusal_crime_referrals").select("case_id").where("id", "=", referralId).executeTakeFirst();
    if (!first) throw notFound("移送记录不存在", "No such referral");
    const c = await lockCase(tx, first.case_id);
    await assertHandlerOrHead(tx, user, c, { zh: "登记拒执罪办理进展", en: "record a referral's progress" });
    const r = (await tx.selectFrom("refusal_crime_referrals").selectAll().where("id", "=", referralId).executeTakeFirst())!;
    const step = advanceRefusalCrime(r.state as RefusalCrimeState, input.to);
    const steps = r.steps as Step[];
    const last = steps.at(-1)?.date ?? r.referred_on;
    if (compareIsoDates(input.date, now) > 0) throw invalidField("date", { zh: "日期不能晚于今天", en: "The date cannot be in the future" });
    if (compareIsoDates(input.date, last) < 0) throw invalidField("date", { zh: "日期不能早于上一步骤", en: "The date cannot precede the previous step" });
    const next: Step[] = [...steps, { from: step.from, to: step.to, date: input.date, note: input.note ?? null, by: user.displayName }];
    await tx.updateTable("refusal_crime_referrals").set((eb) => ({ state: step.to, steps: JSON.stringify(next), version: eb("version", "+", 1) })).where("id", "=", r.id).execute();
    await record(tx, ctx, actorOf(user), c, { type: "refusalCrime.step", entityType: "refusalCrimeReferral", entityId: r.id, data: { referralId: r.id, from: step.from, to: step.to, confidence: step.confidence }, eventDate: input.date, reason: input.note ?? null, ip });
  });
}

// ─── reading ─────────────────────────────────────────────────────────────────────────────────────────

export function sanctionBasis(s: { measure: "fine" | "detention"; target_kind: "individual" | "entity"; for_entity: "principal" | "directlyResponsible" | null; ground: string; amount_fen: number | null; days: number | null }): Citation[] {
  const d = sanctionRequest({ measure: s.measure, target: targetOf(s), ground: s.ground, amountFen: s.amount_fen, days: s.days }, true);
  return d.basis.length ? d.basis : (COERCION_GROUND_INFO[s.ground as keyof typeof COERCION_GROUND_INFO]?.basis ?? []);
}

async function toDtos(db: Executor, rows: SanctionRow[], viewer: { partyIds: string[] | null; now: IsoDate }): Promise<SanctionDto[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const recs = await db.selectFrom("sanction_reconsiderations").selectAll().where("sanction_id", "in", ids).execute();
  const clocks = await db.selectFrom("clocks").select(["subject_id", "kind", "due_date", "status"]).where("subject_id", "in", ids).execute();
  const caseNos = await db.selectFrom("cases").select(["id", "case_number"]).where("id", "in", [...new Set(rows.map((r) => r.case_id))]).execute();
  const clockDue = (id: string, kind: string) => clocks.filter((k) => k.subject_id === id && k.kind === kind).at(-1)?.due_date ?? null;
  return rows.map((s) => {
    const r = recs.find((x) => x.sanction_id === s.id) ?? null;
    const appDue = clockDue(s.id, SANCTION_CLOCKS.application);
    const mine = viewer.partyIds !== null && s.party_id !== null && viewer.partyIds.includes(s.party_id) && !s.for_entity;
    return {
      id: s.id,
      caseId: s.case_id,
      caseNumber: caseNos.find((c) => c.id === s.case_id)?.case_number ?? null,
      measure: s.measure,
      targetKind: s.target_kind,
      forEntity: s.for_entity,
      partyId: s.party_id,
      personName: s.person_name,
      ground: s.ground,
      facts: s.facts,
      amountFen: s.amount_fen,
      days: s.days,
      dutyId: s.duty_id,
      newPeriodDue: s.new_period_due,
      repetition: s.repetition,
      status: s.status,
      proposedOn: s.proposed_on,
      decidedOn: s.decided_on,
      refusalReason: s.refusal_reason,
      servedOn: s.served_on,
      reconsiderationDue: appDue,
      paidFen: s.paid_fen,
      paidOn: s.paid_on,
      detentionStartedOn: s.detention_started_on,
      detentionEndedOn: s.detention_ended_on,
      detentionEnd: s.detention_end,
      effectiveAmountFen: s.revoked ? null : (s.effective_amount_fen ?? s.amount_fen),
      effectiveDays: s.revoked ? null : (s.effective_days ?? s.days),
      revoked: s.revoked,
      staysEnforcement: false as const,
      basis: sanctionBasis(s),
      reconsideration: r && {
        id: r.id,
        higherCourtId: r.higher_court_id,
        applicantName: r.applicant_name,
        filedOn: r.filed_on,
        grounds: r.grounds,
        status: r.status,
        decisionDue: clockDue(s.id, SANCTION_CLOCKS.decision),
        decidedOn: r.decided_on,
        variedAmountFen: r.varied_amount_fen,
        variedDays: r.varied_days,
        reasons: r.reasons,
        oralNoticeOn: r.oral_notice_on,
        writtenDecisionDue: r.oral_notice_on ? clockDue(s.id, SANCTION_CLOCKS.urgentWritten) : null,
        writtenDecisionOn: r.written_decision_on,
      },
      mayApply: mine && s.status === "decided" && s.served_on !== null && r === null && appDue !== null && compareIsoDates(viewer.now, appDue) <= 0,
    };
  });
}

function referralDto(r: Awaited<ReturnType<typeof listReferralRows>>[number]): ReferralDto {
  const state = r.state as RefusalCrimeState;
  const next = REFUSAL_CRIME_STATES.filter((to) => {
    try {
      advanceRefusalCrime(state, to);
      return true;
    } catch {
      return false;
    }
  });
  return {
    id: r.id,
    caseId: r.case_id,
    route: r.route,
    respondentPartyId: r.respondent_party_id,
    respondentName: r.name,
    recipient: r.recipient,
    facts: r.facts,
    state,
    final: isRefusalCrimeFinal(state),
    next,
    referredOn: r.referred_on,
    steps: r.steps as Step[],
    basis: refusalCrimeBasis(),
  };
}

async function listReferralRows(db: Executor, caseId: string) {
  return db
    .selectFrom("refusal_crime_referrals")
    .leftJoin("case_parties", "case_parties.id", "refusal_crime_referrals.respondent_party_id")
    .selectAll("refusal_crime_referrals")
    .select("case_parties.name")
    .where("refusal_crime_referrals.case_id", "=", caseId)
    .orderBy("refusal_crime_referrals.created_at")
    .execute();
}

/**
 * The case's sanctions and referrals: staff of the court and of the courts above it see everything; a
 * party sees only the sanctions on itself (and no referrals).
 */
export async function getCoercion(ctx: AppContext, user: AuthUser, caseId: string): Promise<CoercionView> {
  const db = ctx.database.db;
  const c = await db.selectFrom("cases").select(["id", "court_id"]).where("id", "=", caseId).executeTakeFirst();
  if (!c) throw caseNotFound();
  const access = await caseAccess(db, user, c);
  const now = today(ctx);
  let rows = await db.selectFrom("sanctions").selectAll().where("case_id", "=", caseId).orderBy("created_at").execute();
  if (access === "party") {
    const partyIds = (await partyRowsOf(db, caseId, user.id)).map((p) => p.id);
    rows = rows.filter((s) => s.party_id !== null && partyIds.includes(s.party_id) && s.status === "decided");
    return { sanctions: await toDtos(db, rows, { partyIds, now }), referrals: [] };
  }
  return { sanctions: await toDtos(db, rows, { partyIds: null, now }), referrals: (await listReferralRows(db, caseId)).map(referralDto) };
}

export async function getSanction(ctx: AppContext, user: AuthUser, sanctionId: string): Promise<SanctionDto> {
  const s = await ctx.database.db.selectFrom("sanctions").select("case_id").where("id", "=", sanctionId).executeTakeFirst();
  if (!s) throw sanctionNotFound();
  const found = (await getCoercion(ctx, user, s.case_id)).sanctions.find((x) => x.id === sanctionId);
  if (!found) throw sanctionNotFound();
  return found;
}

/** The president's queue: proposed sanctions of the court waiting for approval (民诉法 art 119 para 1). */
export async function pendingSanctionApprovals(ctx: AppContext, user: AuthUser) {
  if (user.role !== "president" || !user.courtId) throw forbidden("只有院长审批罚款、拘留", "Only the president approves fines and detention");
  const rows = await ctx.database.db
    .selectFrom("sanctions")
    .innerJoin("cases", "cases.id", "sanctions.case_id")
    .select(["sanctions.id", "sanctions.case_id", "cases.case_number", "sanctions.measure", "sanctions.person_name", "sanctions.ground", "sanctions.amount_fen", "sanctions.days", "sanctions.proposed_on"])
    .where("sanctions.court_id", "=", user.courtId)
    .where("sanctions.status", "=", "proposed")
    .orderBy("sanctions.proposed_on")
    .limit(200)
    .execute();
  return rows.map((r) => ({ sanctionId: r.id, caseId: r.case_id, caseNumber: r.case_number, measure: r.measure, personName: r.person_name, ground: r.ground, amountFen: r.amount_fen, days: r.days, proposedOn: r.proposed_on }));
}

/** Pending sanction reconsiderations the viewer's (higher) court decides. */
export async function pendingSanctionReconsiderations(ctx: AppContext, user: AuthUser) {
  if (!user.courtId) throw forbidden("只有法院工作人员可以查看", "Court staff only");
  const rows = await ctx.database.db
    .selectFrom("sanction_reconsiderations")
    .innerJoin("cases", "cases.id", "sanction_reconsiderations.case_id")
    .select(["sanction_reconsiderations.id", "sanction_reconsiderations.sanction_id", "sanction_reconsiderations.case_id", "cases.case_number", "sanction_reconsiderations.filed_on"])
    .where("sanction_reconsiderations.higher_court_id", "=", user.courtId)
    .where("sanction_reconsiderations.status", "=", "pending")
    .execute();
  return rows.map((r) => ({ reconsiderationId: r.id, sanctionId: r.sanction_id, caseId: r.case_id, caseNumber: r.case_number, filedOn: r.filed_on }));
}

