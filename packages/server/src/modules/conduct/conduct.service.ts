// 行为义务 (rules.md §15): compliance checks with their evidence and the escalation on a breach,
// substitute performance (代履行) and its cost, and 迟延履行金. Every write locks the case row, decides
// with the domain (packages/domain/src/conduct), and persists the row, its clocks, the case event and the
// audit record in one transaction. A sanction an escalation starts is proposed through the coercion
// module's proposeSanctionIn (in the same transaction: the limits, the art 503 repeat rule and the president's
// approval stay there); the check then records the sanction and the new performance period.
//   Checks: complianceCheckSchedule (product schedule, UNCONFIRMED) from the end of the performance
//     period; assessComplianceCheck; on a breach nextEscalation (民诉法 arts 114, 118, 263; 解释 art 503).
//   Substitute: decideSubstitutePerformer (解释 art 501), fixSubstituteCost (art 502 para 1, prepayment
//     clock), decideUnpaidCostEnforcement → a new monetary duty of the case (category costs), completion
//     with its record; costListAccess (art 502 para 2).
//   迟延履行金: conductDelayPenalty (民诉法 art 264; 解释 arts 504–505) → a monetary duty.
import { randomUUID } from "node:crypto";
import { insertClocks, type Executor } from "@zhixing/db";
import {
  assessComplianceCheck,
  CONDUCT_DUTY_INFO,
  complianceCheckSchedule,
  conductDelayPenalty,
  decideSubstitutePerformer,
  decideUnpaidCostEnforcement,
  fixSubstituteCost,
  invalidField,
  nextEscalation,
  orThrow,
  performerClass,
  type Citation,
  type ConductCategory,
  type Fen,
  type IsoDate,
  type PartyKind,
  type PerformerClass,
} from "@zhixing/domain";
import { today, type AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import { lockCase, OPEN_CASE_STATUSES, type LockedCase } from "../cases/case-lock";
import { actorOf, assertHandlerOrHead, closeClocks, notFound, record, refused } from "../coercion/coercion.common";
import { proposeSanctionIn } from "../coercion/coercion.service";
import { conductSettings } from "./conduct-settings";
import type { AppointInput, CompleteInput, DelayPenaltyInput, EscalateInput, FixCostInput, RecordCheckInput } from "./conduct.schemas";

export const CONDUCT_CLOCKS = { check: "conductComplianceCheck", newPeriod: "conductNewPerformancePeriod", prepayment: "conductCostPrepayment" } as const;

const checkNotFound = () => notFound("合规检查不存在或无权查看", "No such compliance check, or you may not see it");
const substituteNotFound = () => notFound("代履行记录不存在或无权查看", "No such substitute performance, or you may not see it");

type Act = { zh: string; en: string };
async function openCaseFor(tx: Executor, user: AuthUser, caseId: string, what: Act): Promise<LockedCase> {
  const c = await lockCase(tx, caseId);
  await assertHandlerOrHead(tx, user, c, what);
  if (!OPEN_CASE_STATUSES.includes(c.status)) {
    throw refused("caseStatus", `案件状态为 ${c.status}，只有已立案且未结案的案件可以${what.zh}`, `The case is ${c.status}: only a registered case that is not closed may ${what.en}`);
  }
  return c;
}

async function conductDuty(tx: Executor, caseId: string, dutyId: string) {
  const d = await tx.selectFrom("duties").selectAll().where("id", "=", dutyId).where("case_id", "=", caseId).executeTakeFirst();
  if (!d || d.kind !== "conduct") throw invalidField("dutyId", { zh: "须为本案的行为义务", en: "Must be a conduct duty of this case" });
  return d;
}

/** The duty's recorded finding (on its checks), else the domain default; null when the court must find it. */
async function performerOf(tx: Executor, duty: { id: string; category: string }, finding?: PerformerClass | null): Promise<PerformerClass | null> {
  const stored = finding ?? (await tx.selectFrom("conduct_checks").select("performer_finding").where("duty_id", "=", duty.id).where("performer_finding", "is not", null).executeTakeFirst())?.performer_finding ?? null;
  if (stored) return stored;
  const info = CONDUCT_DUTY_INFO[duty.category as ConductCategory];
  return !info || info.defaultPerformer === "courtDecides" ? null : info.defaultPerformer;
}

function clock(c: { id: string; court_id: string }, kind: string, subjectId: string, k: { from: IsoDate; due: IsoDate; n: number; unit?: "days"; provisional: boolean; basis: Citation[] }, now: IsoDate) {
  return {
    id: randomUUID(),
    court_id: c.court_id,
    case_id: c.id,
    kind,
    subject_id: subjectId,
    start_date: now,
    due_date: k.due,
    basis: JSON.stringify(k.basis[0]),
    provisional: k.provisional,
    counted_from: k.from,
    period_unit: k.unit ?? ("days" as const),
    period_n: k.n,
    status: "open" as const,
    met_date: null,
    reminded_at: null,
    overdue_notified_at: null,
  };
}

// ─── compliance checks ─────────────────────────────────────────────────────────────────────────────

/** The schedule of checks of one conduct duty, from the end of its performance period. */
export async function scheduleChecks(ctx: AppContext, user: AuthUser, caseId: string, dutyId: string, input: { performanceDue?: IsoDate | undefined; performerFinding?: PerformerClass | undefined }, ip: string | null = null): Promise<void> {
  const now = today(ctx);
  await ctx.database.db.transaction().execute(async (tx) => {
    const c = await openCaseFor(tx, user, caseId, { zh: "安排合规检查", en: "schedule compliance checks" });
    const duty = await conductDuty(tx, caseId, dutyId);
    if (duty.done) throw refused("dutyId", "该行为义务已记录为履行完毕", "That duty is already recorded as done");
    const existing = await tx.selectFrom("conduct_checks").select("id").where("duty_id", "=", dutyId).executeTakeFirst();
    if (existing) throw refused("dutyId", "该行为义务已安排合规检查", "Compliance checks of this duty are already scheduled");
    const category = duty.category as ConductCategory;
    // 民诉法解释 arts 501, 503: who can perform it — the court's finding, or the default ("other" needs a finding).
    performerClass(category, input.performerFinding ?? null);
    const performanceDue = input.performanceDue ?? c.basis_performance_deadline ?? c.basis_effective_date;
    const settings = conductSettings(ctx);
    const schedule = complianceCheckSchedule(category, performanceDue, ctx.calendar.get(), settings);
    const rows = schedule.map((s) => ({
      id: randomUUID(),
      court_id: c.court_id,
      case_id: c.id,
      duty_id: duty.id,
      seq: s.seq,
      due_date: s.due,
      provisional: s.provisional,
      performance_due: performanceDue,
      performer_finding: input.performerFinding ?? null,
      status: "scheduled" as const,
      check_date: null,
      outcome: null,
      evidence: "[]",
      checked_by: null,
      escalation: null,
      sanction_id: null,
      new_period_due: null,
      basis: JSON.stringify(s.basis),
    }));
    await tx.insertInto("conduct_checks").values(rows).execute();
    await insertClocks(
      tx,
      rows.map((r, i) => clock(c, CONDUCT_CLOCKS.check, r.id, { from: performanceDue, due: r.due_date, n: settings.checkIntervalDays * (i + 1), provisional: true, basis: schedule[i]!.basis }, now)),
    );
    await record(tx, ctx, actorOf(user), c, {
      type: "conduct.checksScheduled",
      entityType: "duty",
      entityId: duty.id,
      data: { dutyId: duty.id, category, performanceDue, checks: rows.map((r) => r.due_date), performerFinding: input.performerFinding ?? null },
      ip,
    });
  });
}

async function lockCheck(tx: Executor, id: string) {
  const first = await tx.selectFrom("conduct_checks").select("case_id").where("id", "=", id).executeTakeFirst();
  if (!first) throw checkNotFound();
  const c = await lockCase(tx, first.case_id);
  const k = await tx.selectFrom("conduct_checks").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  return { c, k };
}

/** Sanctions already on this duty: proposed or decided, not refused or revoked (the ladder counts them). */
async function sanctionsSoFar(tx: Executor, caseId: string, dutyId: string) {
  const linked = (await tx.selectFrom("conduct_checks").select("sanction_id").where("duty_id", "=", dutyId).where("sanction_id", "is not", null).execute()).map((r) => r.sanction_id!);
  let q = tx.selectFrom("sanctions").select(["id", "measure", "status"]).where("case_id", "=", caseId).where("revoked", "=", false).where("status", "!=", "refused");
  q = linked.length ? q.where((eb) => eb.or([eb("duty_id", "=", dutyId), eb("id", "in", linked)])) : q.where("duty_id", "=", dutyId);
  const rows = await q.execute();
  return { fines: rows.filter((r) => r.measure === "fine").length, detentions: rows.filter((r) => r.measure === "detention").length };
}

async function respondentKind(tx: Executor, caseId: string): Promise<PartyKind> {
  const r = await tx.selectFrom("case_parties").select("kind").where("case_id", "=", caseId).where("role", "=", "respondent").orderBy("position").executeTakeFirst();
  return (r?.kind ?? "naturalPerson") as PartyKind;
}

/** Records a check with its evidence; the domain's assessment; on a breach, the next escalation. */
export async function recordCheck(ctx: AppContext, user: AuthUser, checkId: string, input: RecordCheckInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  return ctx.database.db.transaction().execute(async (tx) => {
    const { c, k } = await lockCheck(tx, checkId);
    await openCaseFor(tx, user, c.id, { zh: "记录合规检查", en: "record a compliance check" });
    if (k.status === "recorded") throw refused("checkId", "该次合规检查已记录", "This check is already recorded");
    if (input.checkDate > now) throw invalidField("checkDate", { zh: "检查日期不能晚于今天", en: "The check date cannot be after today" });
    const duty = await conductDuty(tx, c.id, k.duty_id);
    const assessment = assessComplianceCheck(duty.category as ConductCategory, input.evidence.map((e) => ({ kind: e.kind, finding: e.finding })));
    let escalation: ReturnType<typeof nextEscalation> | null = null;
    if (assessment.outcome === "breach") {
      const performer = (await performerOf(tx, duty, k.performer_finding)) ?? "respondentOnly";
      const so = await sanctionsSoFar(tx, c.id, duty.id);
      const substitute = await tx.selectFrom("conduct_substitutes").select("id").where("duty_id", "=", duty.id).executeTakeFirst();
      escalation = nextEscalation({ performer, respondentKind: await respondentKind(tx, c.id), finesSoFar: so.fines, detentionsSoFar: so.detentions, substitutePerformanceOrdered: !!substitute }, conductSettings(ctx));
    }
    await tx
      .updateTable("conduct_checks")
      .set({ status: "recorded", check_date: input.checkDate, outcome: assessment.outcome, evidence: JSON.stringify(input.evidence), checked_by: user.id, escalation: escalation ? JSON.stringify(escalation) : null })
      .where("id", "=", k.id)
      .execute();
    await closeClocks(tx, c.id, [CONDUCT_CLOCKS.check], k.id, "met", input.checkDate);
    await record(tx, ctx, actorOf(user), c, {
      type: "conduct.checkRecorded",
      entityType: "conductCheck",
      entityId: k.id,
      data: { checkId: k.id, dutyId: duty.id, seq: k.seq, checkDate: input.checkDate, outcome: assessment.outcome, breaches: assessment.breaches, evidenceKinds: input.evidence.map((e) => e.kind), nextSteps: escalation?.steps.map((s) => s.kind) ?? [] },
      eventDate: input.checkDate,
      ip,
    });
    return assessment.outcome;
  });
}

/**
 * Starts the escalation a breach shows: proposes the fine or detention through the coercion module
 * (民诉法 arts 114, 118; for a respondent-only duty 解释 art 503, the repeat after the new period), then
 * records it on the check with the new performance period the court sets (art 503 para 2).
 */
export async function escalateCheck(ctx: AppContext, user: AuthUser, checkId: string, input: EscalateInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  // One transaction: the check (and its case) locked, the step decided, the sanction proposed through
  // the coercion module in the same transaction, and the check linked to it — so a breach is
  // escalated once, and never half.
  return ctx.database.db.transaction().execute(async (tx) => {
    const { c, k } = await lockCheck(tx, checkId);
    await openCaseFor(tx, user, c.id, { zh: "对违反行为义务采取强制措施", en: "escalate a breach of a conduct duty" });
    if (k.outcome !== "breach") throw refused("checkId", "只有检查发现违反行为义务时才能采取强制措施", "Only a check that found a breach is escalated");
    if (k.sanction_id) throw refused("checkId", "该次违反已经提出强制措施", "A sanction was already proposed for this breach");
    const steps = ((k.escalation as { steps?: { kind: string }[] } | null)?.steps ?? []).map((s) => s.kind);
    const allowed = steps.flatMap((s) => (s === "fine" ? ["fine"] : s === "detention" ? ["detention"] : s === "repeatSanction" ? ["fine", "detention"] : []));
    if (!allowed.includes(input.measure)) {
      throw invalidField("measure", { zh: `按照处罚顺序，下一步是：${steps.join("、") || "无"}`, en: `By the escalation ladder the next step is: ${steps.join(", ") || "none"}` });
    }
    if (input.newPeriodDue && input.newPeriodDue <= now) throw invalidField("newPeriodDue", { zh: "新的履行期间应在今天之后届满", en: "The new performance period must end after today" });
    const duty = await conductDuty(tx, c.id, k.duty_id);
    const performer = (await performerOf(tx, duty, k.performer_finding)) ?? "respondentOnly";
    const lastPeriod = (await tx.selectFrom("conduct_checks").select("new_period_due").where("duty_id", "=", duty.id).where("new_period_due", "is not", null).orderBy("new_period_due", "desc").executeTakeFirst())?.new_period_due ?? null;
    const sanctionId = await proposeSanctionIn(
      tx,
      ctx,
      user,
      c,
      {
        measure: input.measure,
        partyId: input.partyId,
        ...(input.forEntity ? { forEntity: input.forEntity } : {}),
        ...(input.personName ? { personName: input.personName } : {}),
        ground: performer === "respondentOnly" ? "conductDutyOnlyRespondent" : "refusalToPerform",
        facts: input.facts,
        ...(input.amountFen !== undefined ? { amountFen: input.amountFen } : {}),
        ...(input.days !== undefined ? { days: input.days } : {}),
        ...(performer === "respondentOnly" ? { dutyId: duty.id, performerFinding: "respondentOnly" as const, ...(lastPeriod ? { newPeriodDue: lastPeriod } : {}) } : {}),
      },
      ip,
    );
    await tx.updateTable("conduct_checks").set({ sanction_id: sanctionId, new_period_due: input.newPeriodDue ?? null }).where("id", "=", k.id).execute();
    if (input.newPeriodDue) {
      const n = Math.round((Date.parse(input.newPeriodDue) - Date.parse(now)) / 86_400_000);
      await insertClocks(tx, [clock(c, CONDUCT_CLOCKS.newPeriod, k.id, { from: now, due: input.newPeriodDue, n, provisional: false, basis: [{ law: "民诉法解释(2022)", article: "art 503 para 2", en: "SPC Interpretation of the Civil Procedure Law (2022)" } as Citation] }, now)]);
    }
    await record(tx, ctx, actorOf(user), c, {
      type: "conduct.escalated",
      entityType: "conductCheck",
      entityId: k.id,
      data: { checkId: k.id, dutyId: k.duty_id, sanctionId, measure: input.measure, newPeriodDue: input.newPeriodDue ?? null },
      ip,
    });
    return sanctionId;
  });
}

// ─── substitute performance ───────────────────────────────────────────────────────────────────────

async function lockSubstitute(tx: Executor, id: string) {
  const first = await tx.selectFrom("conduct_substitutes").select("case_id").where("id", "=", id).executeTakeFirst();
  if (!first) throw substituteNotFound();
  const c = await lockCase(tx, first.case_id);
  const s = await tx.selectFrom("conduct_substitutes").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  return { c, s };
}

/** The court appoints the substitute performer (民诉法 art 263; 解释 art 501). */
export async function appointSubstitute(ctx: AppContext, user: AuthUser, caseId: string, dutyId: string, input: AppointInput & { performerFinding?: PerformerClass | undefined }, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  const id = randomUUID();
  await ctx.database.db.transaction().execute(async (tx) => {
    const c = await openCaseFor(tx, user, caseId, { zh: "选定代履行人", en: "appoint a substitute performer" });
    const duty = await conductDuty(tx, caseId, dutyId);
    if (duty.done) throw refused("dutyId", "该行为义务已记录为履行完毕", "That duty is already recorded as done");
    const stored = await performerOf(tx, duty, input.performerFinding ?? null);
    const pc = performerClass(duty.category as ConductCategory, stored);
    if (pc.performer !== "substitutable") {
      throw refused("dutyId", "该行为义务只能由被执行人履行，不能代履行，应依法处罚（《民诉法解释》第五百零三条）", "Only the respondent can perform this duty: no substitute; sanction instead (民诉法解释 art 503)");
    }
    if (await tx.selectFrom("conduct_substitutes").select("id").where("duty_id", "=", dutyId).executeTakeFirst()) {
      throw refused("dutyId", "该行为义务已选定代履行人", "A substitute performer is already appointed for this duty");
    }
    const d = orThrow(decideSubstitutePerformer({ method: input.method, qualificationRequired: input.qualificationRequired, performerQualified: input.performerQualified, courtApproved: input.courtApproved }));
    if (input.qualificationRequired && !input.qualification) throw invalidField("qualification", { zh: "请填写代履行人的资质（证书名称和编号）", en: "Enter the performer's qualification (certificate and number)" });
    await tx
      .insertInto("conduct_substitutes")
      .values({
        id,
        court_id: c.court_id,
        case_id: c.id,
        duty_id: duty.id,
        method: input.method,
        performer_name: input.performerName,
        qualification_required: input.qualificationRequired,
        performer_qualified: input.performerQualified,
        qualification: input.qualification ?? null,
        court_approved: input.courtApproved,
        appointed_on: now,
        appointed_by: user.id,
        cost_fen: null,
        cost_items: "[]",
        order_date: null,
        prepayment_due: null,
        cost_duty_id: null,
        cost_converted_on: null,
        completed_on: null,
        completion: null,
        basis: JSON.stringify([...pc.basis, ...d.basis]),
      })
      .execute();
    await record(tx, ctx, actorOf(user), c, {
      type: "conduct.substituteAppointed",
      entityType: "conductSubstitute",
      entityId: id,
      data: { substituteId: id, dutyId: duty.id, method: input.method, performerName: input.performerName, qualificationRequired: input.qualificationRequired },
      ip,
    });
  });
  return id;
}

/** The court fixes the cost and orders the respondent to prepay it within the period (解释 art 502 para 1). */
export async function fixCost(ctx: AppContext, user: AuthUser, substituteId: string, input: FixCostInput, ip: string | null = null): Promise<void> {
  const now = today(ctx);
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, s } = await lockSubstitute(tx, substituteId);
    await openCaseFor(tx, user, c.id, { zh: "确定代履行费用", en: "fix the substitute-performance cost" });
    if (s.cost_fen !== null) throw refused("substituteId", "代履行费用已经确定", "The cost is already fixed");
    const items = input.items ?? [];
    if (items.length > 0) {
      const sum = items.reduce((a, i) => a + i.amountFen, 0);
      if (sum !== input.amountFen) throw invalidField("items", { zh: `费用清单合计 ${sum} 分，与确定的费用 ${input.amountFen} 分不一致`, en: `The cost list adds up to ${sum} fen, not the ${input.amountFen} fen fixed` });
    }
    const cost = fixSubstituteCost({ amountFen: input.amountFen as Fen, orderDate: now, ...(input.prepaymentDays !== undefined ? { prepaymentDays: input.prepaymentDays } : {}) }, ctx.calendar.get());
    await tx
      .updateTable("conduct_substitutes")
      .set({ cost_fen: cost.amountFen, cost_items: JSON.stringify(items), order_date: now, prepayment_due: cost.prepaymentDue.due, basis: JSON.stringify([...(s.basis as Citation[]), ...cost.basis.slice(0, 1)]) })
      .where("id", "=", s.id)
      .execute();
    await insertClocks(tx, [clock(c, CONDUCT_CLOCKS.prepayment, s.id, { from: now, due: cost.prepaymentDue.due, n: cost.prepaymentDue.n, provisional: cost.prepaymentDue.provisional, basis: cost.basis }, now)]);
    await record(tx, ctx, actorOf(user), c, {
      type: "conduct.costFixed",
      entityType: "conductSubstitute",
      entityId: s.id,
      data: { substituteId: s.id, amountFen: cost.amountFen, prepaymentDue: cost.prepaymentDue.due, items: items.length },
      ip,
    });
  });
}

/** The respondent's prepayment of the cost, recorded by staff. */
export async function recordPrepayment(ctx: AppContext, user: AuthUser, substituteId: string, input: { amountFen: number; paidOn: IsoDate }, ip: string | null = null): Promise<void> {
  const now = today(ctx);
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, s } = await lockSubstitute(tx, substituteId);
    await openCaseFor(tx, user, c.id, { zh: "记录代履行费用预付", en: "record a prepayment of the cost" });
    if (s.cost_fen === null) throw refused("substituteId", "代履行费用尚未确定", "The cost is not fixed yet");
    if (s.cost_duty_id) throw refused("substituteId", "未预付费用已转为金钱给付义务，请在执行款中记录", "The unpaid cost is already a monetary duty: record the payment in the ledger");
    if (input.paidOn > now) throw invalidField("paidOn", { zh: "付款日期不能晚于今天", en: "The payment date cannot be after today" });
    const paid = s.prepaid_fen + input.amountFen;
    if (paid > s.cost_fen) throw invalidField("amountFen", { zh: `预付合计不能超过代履行费用 ${s.cost_fen} 分`, en: `Prepayments cannot exceed the cost of ${s.cost_fen} fen` });
    await tx.updateTable("conduct_substitutes").set({ prepaid_fen: paid }).where("id", "=", s.id).execute();
    if (paid === s.cost_fen) await closeClocks(tx, c.id, [CONDUCT_CLOCKS.prepayment], s.id, "met", input.paidOn);
    await record(tx, ctx, actorOf(user), c, { type: "conduct.costPrepaid", entityType: "conductSubstitute", entityId: s.id, data: { substituteId: s.id, amountFen: input.amountFen, prepaidFen: paid }, eventDate: input.paidOn, ip });
  });
}

const nextPosition = async (tx: Executor, caseId: string) =>
  ((await tx.selectFrom("duties").select((eb) => eb.fn.max("position").as("p")).where("case_id", "=", caseId).executeTakeFirst())?.p ?? 0) + 1;

/** After the prepayment period, the unpaid cost becomes a monetary duty the court enforces (解释 art 502 para 1). */
export async function convertUnpaidCost(ctx: AppContext, user: AuthUser, substituteId: string, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  const dutyId = randomUUID();
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, s } = await lockSubstitute(tx, substituteId);
    await openCaseFor(tx, user, c.id, { zh: "将未预付的代履行费用纳入执行", en: "enforce the unpaid cost" });
    if (s.cost_fen === null || !s.prepayment_due) throw refused("substituteId", "代履行费用尚未确定", "The cost is not fixed yet");
    if (s.cost_duty_id) throw refused("substituteId", "未预付的代履行费用已转为金钱给付义务", "The unpaid cost is already a monetary duty");
    const d = orThrow(decideUnpaidCostEnforcement({ costFen: s.cost_fen as Fen, paidFen: s.prepaid_fen as Fen, prepaymentDue: s.prepayment_due, today: now }));
    const conduct = await conductDuty(tx, c.id, s.duty_id);
    await tx
      .insertInto("duties")
      .values({
        id: dutyId,
        court_id: c.court_id,
        case_id: c.id,
        position: Number(await nextPosition(tx, c.id)),
        kind: "monetary",
        category: d.duty.category,
        description: `${d.duty.description.zh}（${conduct.description}；《民诉法解释》第五百零二条第一款）`,
        amount_fen: d.duty.amountFen,
        proof_required: null,
        done_date: null,
        evidence: null,
      })
      .execute();
    await tx.updateTable("conduct_substitutes").set({ cost_duty_id: dutyId, cost_converted_on: now }).where("id", "=", s.id).execute();
    await closeClocks(tx, c.id, [CONDUCT_CLOCKS.prepayment], s.id, "met", now);
    await record(tx, ctx, actorOf(user), c, {
      type: "conduct.costEnforced",
      entityType: "duty",
      entityId: dutyId,
      data: { substituteId: s.id, dutyId, amountFen: d.duty.amountFen, category: d.duty.category, basis: d.basis },
      ip,
    });
  });
  return dutyId;
}

/** The performer's completion with its record (quantities destroyed, minutes, photos as metadata). */
export async function completeSubstitute(ctx: AppContext, user: AuthUser, substituteId: string, input: CompleteInput, ip: string | null = null): Promise<void> {
  const now = today(ctx);
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, s } = await lockSubstitute(tx, substituteId);
    await openCaseFor(tx, user, c.id, { zh: "记录代履行完成", en: "record the substitute's completion" });
    if (s.completed_on) throw refused("substituteId", "代履行已记录完成", "The substitute performance is already recorded as complete");
    if (input.completedOn > now) throw invalidField("completedOn", { zh: "完成日期不能晚于今天", en: "The completion date cannot be after today" });
    if (input.completedOn < s.appointed_on) throw invalidField("completedOn", { zh: "完成日期不能早于选定代履行人之日", en: "The completion date cannot be before the appointment" });
    if (!input.quantities?.length && !input.attachments?.length && !input.note) {
      throw invalidField("attachments", { zh: "请记录代履行的证据（数量、笔录或照片）", en: "Record the evidence of performance (quantities, minutes or photos)" });
    }
    const completion = { quantities: input.quantities ?? [], note: input.note ?? null, attachments: input.attachments ?? [] };
    await tx.updateTable("conduct_substitutes").set({ completed_on: input.completedOn, completion: JSON.stringify(completion) }).where("id", "=", s.id).execute();
    // 民诉法 art 263: the act done by another at the respondent's cost performs the duty — unless the
    // officer finds the completion partial, the duty is recorded done with the completion record as its evidence.
    const duty = await tx.selectFrom("duties").select(["id", "done"]).where("id", "=", s.duty_id).where("case_id", "=", c.id).executeTakeFirst();
    const dutyDone = !input.partial && !!duty && !duty.done;
    if (dutyDone) {
      const evidence = substituteEvidence(s.id, input.completedOn, completion);
      await tx.updateTable("duties").set({ done: true, done_date: input.completedOn, evidence }).where("id", "=", s.duty_id).execute();
      await tx.updateTable("clocks").set({ status: "cancelled", met_date: null }).where("case_id", "=", c.id).where("kind", "in", [CONDUCT_CLOCKS.check, CONDUCT_CLOCKS.newPeriod]).where("status", "=", "open").where("subject_id", "in", tx.selectFrom("conduct_checks").select("id").where("duty_id", "=", s.duty_id)).execute();
    }
    await record(tx, ctx, actorOf(user), c, {
      type: "conduct.substituteCompleted",
      entityType: "conductSubstitute",
      entityId: s.id,
      data: { substituteId: s.id, dutyId: s.duty_id, completedOn: input.completedOn, quantities: completion.quantities, attachments: completion.attachments.length, partial: !!input.partial, dutyDone },
      eventDate: input.completedOn,
      ip,
    });
  });
}

/** The duty's evidence: the completion record, in words (quantities, note, attachments' names). */
function substituteEvidence(substituteId: string, completedOn: string, completion: { quantities: { item: string; quantity: number; unit: string }[]; note: string | null; attachments: { name: string }[] }): string {
  const parts = [`代履行完成记录（${completedOn}，记录编号 ${substituteId}）`];
  if (completion.quantities.length) parts.push(completion.quantities.map((q) => `${q.item} ${q.quantity} ${q.unit}`).join("、"));
  if (completion.note) parts.push(completion.note);
  if (completion.attachments.length) parts.push(`附件：${completion.attachments.map((a) => a.name).join("、")}`);
  return parts.join("；");
}

// ─── 迟延履行金 ────────────────────────────────────────────────────────────────────────────────────

/** Computes 迟延履行金 with the domain (loss doubled, or the court's amount) and adds it as a monetary duty. */
export async function addDelayPenalty(ctx: AppContext, user: AuthUser, caseId: string, dutyId: string, input: DelayPenaltyInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  const id = randomUUID();
  const moneyId = randomUUID();
  await ctx.database.db.transaction().execute(async (tx) => {
    const c = await openCaseFor(tx, user, caseId, { zh: "计算迟延履行金", en: "compute the penalty for delay" });
    const duty = await conductDuty(tx, caseId, dutyId);
    if (input.until > now) throw invalidField("until", { zh: "计算截止日不能晚于今天", en: "The computation date cannot be after today" });
    if (duty.done && duty.done_date && input.until > duty.done_date) throw invalidField("until", { zh: `该义务已于 ${duty.done_date} 履行，计算截止日不能晚于履行日`, en: `The duty was performed on ${duty.done_date}: compute to that day at the latest` });
    const performanceDue = input.performanceDue ?? c.basis_performance_deadline ?? c.basis_effective_date;
    const p = orThrow(conductDelayPenalty({ performanceDue, until: input.until, lossFen: (input.lossFen ?? null) as Fen | null, courtDeterminedFen: (input.courtDeterminedFen ?? null) as Fen | null }));
    if (p.amountFen <= 0) throw invalidField(input.lossFen ? "lossFen" : "courtDeterminedFen", { zh: "迟延履行金金额须大于零", en: "The penalty must be more than zero" });
    const method = p.method === "doubleLoss" ? `损失 ${p.lossFen} 分的两倍` : "法院根据案件具体情况决定";
    await tx
      .insertInto("duties")
      .values({
        id: moneyId,
        court_id: c.court_id,
        case_id: c.id,
        position: Number(await nextPosition(tx, c.id)),
        kind: "monetary",
        // A sum owed to the applicant that bears no doubled interest (民诉法 art 264 concerns it alone):
        // counted with the general interest component of the claim.
        category: "interest",
        description: `迟延履行金（${duty.description}；${performanceDue} 后迟延 ${p.days} 日，${method}；《民事诉讼法》第二百六十四条、《民诉法解释》第五百零四条、第五百零五条）`,
        amount_fen: p.amountFen,
        proof_required: null,
        done_date: null,
        evidence: null,
      })
      .execute();
    await tx
      .insertInto("conduct_delay_penalties")
      .values({
        id,
        court_id: c.court_id,
        case_id: c.id,
        duty_id: duty.id,
        performance_due: performanceDue,
        until_date: input.until,
        days: p.days,
        method: p.method,
        loss_fen: p.lossFen,
        amount_fen: p.amountFen,
        monetary_duty_id: moneyId,
        basis: JSON.stringify(p.basis),
        created_by: user.id,
      })
      .execute();
    await record(tx, ctx, actorOf(user), c, {
      type: "conduct.delayPenalty",
      entityType: "duty",
      entityId: moneyId,
      data: { penaltyId: id, dutyId: duty.id, monetaryDutyId: moneyId, days: p.days, method: p.method, amountFen: p.amountFen },
      ip,
    });
  });
  return id;
}
