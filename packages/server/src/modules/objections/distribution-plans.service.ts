// 分配方案 and its objections (民诉法解释 arts 506–510; 执行程序解释 arts 17–18; rules.md §14). Every write
// locks the enforcement case row, decides with the domain (distributionObjectionDue,
// distributionCounterObjectionDue, distributionSuitDue, distributionOutcome) and the plan rules
// (distribution-plan.rules.ts), and persists the rows, the clocks, the case event and the audit record in
// one transaction.
//   Draft: the handler (or the division head) shares an amount of the case's undistributed money among the
//     creditors: the case's applicant(s) (case_parties) and other creditors by name with their enforcement
//     basis and claim; the lines add up to the amount, which stays within the ledger's undistributed money
//     less what other plans reserve.
//   Service: the date each creditor and the respondent received the plan → a 15-day objection clock each.
//   Objection (one round per plan): a creditor or the respondent, in writing (staff record it; a party may
//     file online), with the amounts it says each line should get. Notice to the others (the date they
//     received it) → 15 days to counter-object; a counter-objection, its notice to the objector → 15 days
//     to sue; the suit.
//   Carrying out: distributionOutcome decides (as drafted / as revised per the objection / the disputed
//     amount deposited while the suit runs). The applicant's share is allocated in the ledger
//     (distributePlanShare, in this transaction); the other creditors' payouts are recorded on the plan
//     lines with the transfer reference — the ledger has no payee for another case's creditor, so that
//     money and a deposited disputed amount stay in the ledger's undistributed total and are reserved
//     here (availableFen) against later plans.
import { randomUUID } from "node:crypto";
import { planReservedFen } from "../ledger/plan-reserve";
import { insertClocks, ledgerEntryOf, listLedgerRows, type Executor } from "@zhixing/db";
import {
  checkPlanAmounts,
  planPayments,
  planReady,
  compareIsoDates,
  distributionCounterObjectionDue,
  distributionObjectionDue,
  distributionOutcome,
  distributionSuitDue,
  invalidField,
  objectionClock,
  replayLedger,
  type IsoDate,
} from "@zhixing/domain";
import { today, type AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import { caseAccess, caseNotFound } from "../cases/case-access";
import { lockCase, type LockedCase } from "../cases/case-lock";
import { distributePlanShare } from "../ledger/ledger.service";
import { actorOf, clockRow, closeClocks, forbidden, notFound, partyRowsOf, record, refused } from "../coercion/coercion.common";
import type { CounterInput, PlanDto, PlanInput, PlanObjectionInput, PlanServiceInput } from "./distribution-plans.schemas";

export const PLAN_CLOCKS = { objection: "distributionPlanObjection", counter: "distributionPlanCounterObjection", suit: "distributionPlanSuit" } as const;
const ALL_PLAN_CLOCKS = Object.values(PLAN_CLOCKS);
const REGISTERED = ["registered", "assigned", "inProgress"];

const planNotFound = () => notFound("分配方案不存在或无权查看", "No such distribution plan, or you may not see it");

async function lockPlan(tx: Executor, planId: string) {
  const first = await tx.selectFrom("distribution_plans").select("case_id").where("id", "=", planId).executeTakeFirst();
  if (!first) throw planNotFound();
  const c = await lockCase(tx, first.case_id);
  const p = (await tx.selectFrom("distribution_plans").selectAll().where("id", "=", planId).executeTakeFirst())!;
  const lines = await tx.selectFrom("distribution_plan_lines").selectAll().where("plan_id", "=", planId).orderBy("seq").execute();
  const recipients = await tx.selectFrom("distribution_plan_recipients").selectAll().where("plan_id", "=", planId).execute();
  const objection = (await tx.selectFrom("distribution_plan_objections").selectAll().where("plan_id", "=", planId).executeTakeFirst()) ?? null;
  return { c, p, lines, recipients, objection };
}
type LockedPlan = Awaited<ReturnType<typeof lockPlan>>;

/** The handler of the case or the division head (the ledger's writers: distributePlanShare checks the same). */
async function assertPlanner(tx: Executor, user: AuthUser, c: LockedCase, what: { zh: string; en: string }): Promise<void> {
  const access = await caseAccess(tx, user, c);
  if (access === "party") throw forbidden(`当事人不能${what.zh}`, `A party may not ${what.en}`);
  if (access !== "act") throw forbidden(`只有执行法院可以${what.zh}`, `Only the executing court may ${what.en}`);
  const ok = user.role === "divisionHead" || user.role === "president" || (user.role === "officer" && c.handler_id === user.id);
  if (!ok) throw forbidden(`只有本案承办人、执行局负责人或院长可以${what.zh}`, `Only the handler, the division head or the president may ${what.en}`);
}

function notFuture(date: IsoDate, now: IsoDate, field: string) {
  if (compareIsoDates(date, now) > 0) throw invalidField(field, { zh: "日期不能晚于今天", en: "The date cannot be in the future" });
}

/** The ledger's undistributed money less what plans reserve (ledger/plan-reserve.ts). */
async function availableFen(tx: Executor, caseId: string, exceptPlanId: string | null = null): Promise<number> {
  const undistributed = replayLedger((await listLedgerRows(tx, caseId)).map(ledgerEntryOf)).totals.undistributedFen;
  return Math.max(0, undistributed - (await planReservedFen(tx, caseId, exceptPlanId)));
}

// ─── draft and service ───────────────────────────────────────────────────────────────────────────────

export async function draftPlan(ctx: AppContext, user: AuthUser, caseId: string, input: PlanInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  const id = randomUUID();
  await ctx.database.db.transaction().execute(async (tx) => {
    const c = await lockCase(tx, caseId);
    await assertPlanner(tx, user, c, { zh: "制作分配方案", en: "draft a distribution plan" });
    if (!REGISTERED.includes(c.status)) throw refused("caseStatus", "案件不在执行中，不能制作分配方案", "The case is not in enforcement");
    const parties = await tx.selectFrom("case_parties").select(["id", "role", "name"]).where("case_id", "=", caseId).execute();
    const rows = input.lines.map((l, i) => {
      const field = `lines.${i}`;
      if (l.partyId) {
        const party = parties.find((p) => p.id === l.partyId && p.role === "applicant");
        if (!party) throw invalidField(`${field}.partyId`, { zh: "须为本案的申请执行人", en: "Must be an applicant of this case" });
        if (l.creditorName || l.basis || l.claimFen !== undefined) throw invalidField(`${field}.creditorName`, { zh: "本案申请执行人无需另填名称、执行依据和债权数额", en: "The case's applicant needs no name, basis or claim" });
        return { id: randomUUID(), plan_id: id, seq: i + 1, creditor_kind: "applicant" as const, party_id: party.id, creditor_name: party.name, basis: null, claim_fen: null, amount_fen: l.amountFen, revised_amount_fen: null, paid_fen: null, paid_on: null, payout_reference: null };
      }
      if (!l.creditorName) throw invalidField(`${field}.creditorName`, { zh: "请填写债权人名称，或选择本案申请执行人", en: "Enter the creditor, or choose the case's applicant" });
      if (!l.basis) throw invalidField(`${field}.basis`, { zh: "请填写该债权人的执行依据", en: "Enter the creditor's enforcement basis" });
      if (l.claimFen === undefined) throw invalidField(`${field}.claimFen`, { zh: "请填写该债权人的债权数额", en: "Enter the creditor's claim" });
      if (l.amountFen > l.claimFen) throw invalidField(`${field}.amountFen`, { zh: "分配数额不能超过该债权人的债权数额", en: "A creditor's share cannot exceed its claim" });
      return { id: randomUUID(), plan_id: id, seq: i + 1, creditor_kind: "other" as const, party_id: null, creditor_name: l.creditorName, basis: l.basis, claim_fen: l.claimFen, amount_fen: l.amountFen, revised_amount_fen: null, paid_fen: null, paid_on: null, payout_reference: null };
    });
    if (!rows.some((r) => r.creditor_kind === "applicant")) throw invalidField("lines", { zh: "分配方案须包括本案申请执行人", en: "The plan includes the case's applicant" });
    if (!rows.some((r) => r.creditor_kind === "other")) throw invalidField("lines", { zh: "参与分配须有其他债权人；仅本案申请执行人时直接分配执行款", en: "A plan shares the money among several creditors; with the applicant alone, distribute in the ledger" });
    const checked = checkPlanAmounts(input.amountFen, rows.map((r) => r.amount_fen), await availableFen(tx, caseId));
    if (!checked.ok) {
      if (checked.field === "lines") throw invalidField("lines", { zh: checked.zh, en: checked.en });
      throw refused("amountFen", checked.zh, checked.en);
    }
    await tx.insertInto("distribution_plans").values({ id, court_id: c.court_id, case_id: c.id, amount_fen: input.amountFen, note: input.note ?? null, status: "draft", drafted_on: now, drafted_by: user.id, served_on: null, outcome: null, carried_out_on: null }).execute();
    await tx.insertInto("distribution_plan_lines").values(rows).execute();
    await record(tx, ctx, actorOf(user), c, {
      type: "distributionPlan.draft",
      entityType: "distributionPlan",
      entityId: id,
      data: { planId: id, amountFen: input.amountFen, lines: rows.map((r) => ({ lineId: r.id, creditorKind: r.creditor_kind, creditorName: r.creditor_name, amountFen: r.amount_fen })) },
      ip,
    });
  });
  return id;
}

/** The plan was served: the date each creditor and the respondent received it → 15 days each to object (民诉法解释 art 509). */
export async function servePlan(ctx: AppContext, user: AuthUser, planId: string, input: PlanServiceInput, ip: string | null = null): Promise<void> {
  const now = today(ctx);
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, p, lines } = await lockPlan(tx, planId);
    await assertPlanner(tx, user, c, { zh: "送达分配方案", en: "serve a distribution plan" });
    if (p.status !== "draft") throw refused("status", "分配方案已经送达", "The plan was already served");
    const cal = ctx.calendar.get();
    const respondents = await tx.selectFrom("case_parties").select(["name"]).where("case_id", "=", c.id).where("role", "=", "respondent").execute();
    const rows = input.recipients.map((r, i) => {
      notFuture(r.receivedOn, now, `recipients.${i}.receivedOn`);
      if (compareIsoDates(r.receivedOn, p.drafted_on) < 0) throw invalidField(`recipients.${i}.receivedOn`, { zh: "不能早于方案制作日期", en: "Cannot precede the plan" });
      if (r.lineId) {
        const line = lines.find((l) => l.id === r.lineId);
        if (!line || r.respondentName) throw invalidField(`recipients.${i}.lineId`, { zh: "须为本方案的债权人", en: "Must be a creditor of this plan" });
        return { id: randomUUID(), plan_id: p.id, name: line.creditor_name, role: "creditor" as const, line_id: line.id, received_on: r.receivedOn };
      }
      const resp = respondents.find((x) => x.name === r.respondentName);
      if (!resp) throw invalidField(`recipients.${i}.respondentName`, { zh: "须为本案的被执行人", en: "Must be a respondent of this case" });
      return { id: randomUUID(), plan_id: p.id, name: resp.name, role: "respondent" as const, line_id: null, received_on: r.receivedOn };
    });
    const missing = lines.find((l) => !rows.some((r) => r.line_id === l.id));
    if (missing) throw invalidField("recipients", { zh: `尚未登记债权人「${missing.creditor_name}」收到方案的日期`, en: `Enter when creditor "${missing.creditor_name}" received the plan` });
    if (!rows.some((r) => r.role === "respondent")) throw invalidField("recipients", { zh: "分配方案应当送达被执行人", en: "The plan is served on the respondent too" });
    if (new Set(rows.map((r) => r.line_id ?? `r:${r.name}`)).size !== rows.length) throw invalidField("recipients", { zh: "同一收件人只能登记一次", en: "Each recipient once" });
    await tx.insertInto("distribution_plan_recipients").values(rows).execute();
    await tx.updateTable("distribution_plans").set((eb) => ({ status: "served", served_on: now, version: eb("version", "+", 1) })).where("id", "=", p.id).execute();
    const clocks = rows.map((r) => clockRow(c, PLAN_CLOCKS.objection, p.id, distributionObjectionDue(r.received_on, cal), now));
    await insertClocks(tx, clocks);
    await record(tx, ctx, actorOf(user), c, {
      type: "distributionPlan.serve",
      entityType: "distributionPlan",
      entityId: p.id,
      data: { planId: p.id, recipients: rows.map((r, i) => ({ name: r.name, role: r.role, receivedOn: r.received_on, objectionDue: clocks[i]!.due_date })) },
      ip,
    });
  });
}

// ─── objection, counter-objection, suit ──────────────────────────────────────────────────────────────

/** Who is objecting (or counter-objecting): a party online (its own name) or staff recording a written one (a named recipient). */
async function whoActs(tx: Executor, user: AuthUser, lp: LockedPlan, given: { name?: string | undefined; date?: IsoDate | undefined }, now: IsoDate, what: { zh: string; en: string }, fields: { name: string; date: string }) {
  const access = await caseAccess(tx, user, lp.c);
  if (access === "party") {
    if (given.name || given.date) throw invalidField(given.name ? fields.name : fields.date, { zh: "在线提出时以您本人名义于今日提出", en: "Online, you act yourself, today" });
    const mine = await partyRowsOf(tx, lp.c.id, user.id);
    const rec = lp.recipients.find((r) => (r.role === "creditor" ? mine.some((m) => lp.lines.find((l) => l.id === r.line_id)?.party_id === m.id) : mine.some((m) => m.role === "respondent" && m.name === r.name)));
    if (!rec) throw forbidden(`只有收到分配方案的债权人或被执行人可以${what.zh}`, `Only a creditor or the respondent served with the plan may ${what.en}`);
    return { name: rec.name, userId: user.id as string | null, date: now, recipient: rec };
  }
  await assertPlanner(tx, user, lp.c, { zh: `登记${what.zh}`, en: `record ${what.en}` });
  if (!given.name) throw invalidField(fields.name, { zh: "请填写提出人（收到方案的债权人或被执行人）", en: "Enter who it is from (a creditor or the respondent served with the plan)" });
  if (!given.date) throw invalidField(fields.date, { zh: "请填写收到书面意见的日期", en: "Enter the day it was received in writing" });
  notFuture(given.date, now, fields.date);
  const rec = lp.recipients.find((r) => r.name === given.name);
  if (!rec) throw invalidField(fields.name, { zh: "须为收到分配方案的债权人或被执行人", en: "Must be a creditor or the respondent served with the plan" });
  return { name: rec.name, userId: null as string | null, date: given.date, recipient: rec };
}

/** 民诉法解释 art 509: a written objection within 15 days of the objector's receipt of the plan. */
export async function objectToPlan(ctx: AppContext, user: AuthUser, planId: string, input: PlanObjectionInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  const id = randomUUID();
  await ctx.database.db.transaction().execute(async (tx) => {
    const lp = await lockPlan(tx, planId);
    const { c, p, lines } = lp;
    const who = await whoActs(tx, user, lp, { name: input.objectorName, date: input.filedOn }, now, { zh: "对分配方案提出异议", en: "object to the plan" }, { name: "objectorName", date: "filedOn" });
    if (p.status !== "served") throw refused("status", "分配方案未送达或已实施", "The plan is not served, or was carried out");
    if (lp.objection) throw refused("status", "该分配方案已有异议在处理（每一方案一轮异议）", "An objection to this plan is already being handled (one round per plan)");
    const cal = ctx.calendar.get();
    const due = distributionObjectionDue(who.recipient.received_on, cal);
    if (compareIsoDates(who.date, due.due) > 0) throw refused("filedOn", `分配方案异议应当自收到分配方案之日起十五日内提出，期间已于 ${due.due} 届满（《民诉法解释》第五百零九条）`, `The objection was due within 15 days of receiving the plan; the period ended on ${due.due} (民诉法解释 art 509)`);
    if (compareIsoDates(who.date, who.recipient.received_on) < 0) throw invalidField("filedOn", { zh: "不能早于收到方案的日期", en: "Cannot precede receipt of the plan" });
    const revised = lines.map((l) => ({ lineId: l.id, amountFen: l.amount_fen }));
    input.revised.forEach((r, i) => {
      const at = revised.findIndex((x) => x.lineId === r.lineId);
      if (at < 0) throw invalidField(`revised.${i}.lineId`, { zh: "须为本方案的分配项", en: "Must be a line of this plan" });
      revised[at] = { lineId: r.lineId, amountFen: r.amountFen };
    });
    if (revised.every((r, i) => r.amountFen === lines[i]!.amount_fen)) throw invalidField("revised", { zh: "异议应当载明请求变更的分配数额", en: "The objection states the amounts it asks to change" });
    const sum = checkPlanAmounts(p.amount_fen, revised.map((r) => r.amountFen), Number.MAX_SAFE_INTEGER);
    if (!sum.ok) throw invalidField("revised", { zh: sum.zh, en: sum.en });
    await tx.insertInto("distribution_plan_objections").values({ id, plan_id: p.id, objector_name: who.name, objector_user_id: who.userId, filed_on: who.date, grounds: input.grounds, revised: JSON.stringify(revised), recorded_by: user.id }).execute();
    for (const r of revised) await tx.updateTable("distribution_plan_lines").set({ revised_amount_fen: r.amountFen }).where("id", "=", r.lineId).execute();
    // One round per plan: the objection periods end with it.
    await closeClocks(tx, c.id, [PLAN_CLOCKS.objection], p.id, "met", who.date);
    await record(tx, ctx, actorOf(user), c, { type: "distributionPlan.objection", entityType: "distributionPlan", entityId: p.id, data: { planId: p.id, objectionId: id, objectorName: who.name, filedOn: who.date, revised }, eventDate: who.date, ip });
  });
  return id;
}

/** The court notified the other creditors and the respondent of the objection: 15 days to counter-object from receipt (民诉法解释 art 510 para 1). */
export async function notifyOthers(ctx: AppContext, user: AuthUser, planId: string, receivedOn: IsoDate, ip: string | null = null): Promise<void> {
  const now = today(ctx);
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, p, objection } = await lockPlan(tx, planId);
    await assertPlanner(tx, user, c, { zh: "登记异议通知", en: "record the notice of the objection" });
    if (!objection || p.status !== "served") throw refused("status", "没有待通知的分配方案异议", "No objection to notify");
    if (objection.others_notified_on) throw refused("receivedOn", "已登记通知", "The notice was already recorded");
    notFuture(receivedOn, now, "receivedOn");
    if (compareIsoDates(receivedOn, objection.filed_on) < 0) throw invalidField("receivedOn", { zh: "不能早于异议提出日期", en: "Cannot precede the objection" });
    const due = distributionCounterObjectionDue(receivedOn, ctx.calendar.get());
    await tx.updateTable("distribution_plan_objections").set({ others_notified_on: receivedOn }).where("id", "=", objection.id).execute();
    await insertClocks(tx, [clockRow(c, PLAN_CLOCKS.counter, p.id, due, now)]);
    await record(tx, ctx, actorOf(user), c, { type: "distributionPlan.othersNotified", entityType: "distributionPlan", entityId: p.id, data: { planId: p.id, receivedOn, counterDue: due.due }, eventDate: receivedOn, ip });
  });
}

/** A counter-objection (反对意见) within 15 days of the notice, from anyone served but the objector (民诉法解释 art 510 para 2). */
export async function counterObject(ctx: AppContext, user: AuthUser, planId: string, input: CounterInput, ip: string | null = null): Promise<void> {
  const now = today(ctx);
  await ctx.database.db.transaction().execute(async (tx) => {
    const lp = await lockPlan(tx, planId);
    const { c, p, objection } = lp;
    const who = await whoActs(tx, user, lp, { name: input.counterByName, date: input.filedOn }, now, { zh: "提出反对意见", en: "counter-object" }, { name: "counterByName", date: "filedOn" });
    if (!objection || !objection.others_notified_on || p.status !== "served") throw refused("status", "尚未通知异议，不能提出反对意见", "The objection has not been notified");
    if (objection.counter_filed_on) throw refused("status", "已有反对意见", "A counter-objection was already recorded");
    if (who.name === objection.objector_name) throw refused("counterByName", "异议人不能对自己的异议提出反对意见", "The objector cannot counter its own objection");
    const due = distributionCounterObjectionDue(objection.others_notified_on, ctx.calendar.get());
    if (compareIsoDates(who.date, due.due) > 0) throw refused("filedOn", `反对意见应当自收到通知之日起十五日内提出，期间已于 ${due.due} 届满（《民诉法解释》第五百一十条）`, `A counter-objection was due within 15 days of the notice; the period ended on ${due.due} (民诉法解释 art 510)`);
    if (compareIsoDates(who.date, objection.others_notified_on) < 0) throw invalidField("filedOn", { zh: "不能早于收到通知的日期", en: "Cannot precede the notice" });
    await tx.updateTable("distribution_plan_objections").set({ counter_filed_on: who.date, counter_by_name: who.name, counter_grounds: input.grounds }).where("id", "=", objection.id).execute();
    await closeClocks(tx, c.id, [PLAN_CLOCKS.counter], p.id, "met", who.date);
    await record(tx, ctx, actorOf(user), c, { type: "distributionPlan.counterObjection", entityType: "distributionPlan", entityId: p.id, data: { planId: p.id, counterByName: who.name, filedOn: who.date }, eventDate: who.date, ip });
  });
}

/** The objector received notice of the counter-objection: 15 days to sue (民诉法解释 art 510 para 2). */
export async function notifyObjector(ctx: AppContext, user: AuthUser, planId: string, receivedOn: IsoDate, ip: string | null = null): Promise<void> {
  const now = today(ctx);
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, p, objection } = await lockPlan(tx, planId);
    await assertPlanner(tx, user, c, { zh: "登记反对意见通知", en: "record the notice of the counter-objection" });
    if (!objection?.counter_filed_on || p.status !== "served") throw refused("status", "没有反对意见", "No counter-objection");
    if (objection.counter_notice_received_on) throw refused("receivedOn", "已登记通知", "The notice was already recorded");
    notFuture(receivedOn, now, "receivedOn");
    if (compareIsoDates(receivedOn, objection.counter_filed_on) < 0) throw invalidField("receivedOn", { zh: "不能早于反对意见提出日期", en: "Cannot precede the counter-objection" });
    const due = distributionSuitDue(receivedOn, ctx.calendar.get());
    await tx.updateTable("distribution_plan_objections").set({ counter_notice_received_on: receivedOn }).where("id", "=", objection.id).execute();
    await insertClocks(tx, [clockRow(c, PLAN_CLOCKS.suit, p.id, due, now)]);
    await record(tx, ctx, actorOf(user), c, { type: "distributionPlan.objectorNotified", entityType: "distributionPlan", entityId: p.id, data: { planId: p.id, receivedOn, suitDue: due.due }, eventDate: receivedOn, ip });
  });
}

/** The objector sued the counter-objector (分配方案异议之诉) within 15 days (民诉法解释 art 510 paras 2–3). */
export async function recordPlanSuit(ctx: AppContext, user: AuthUser, planId: string, filedOn: IsoDate, ip: string | null = null): Promise<void> {
  const now = today(ctx);
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, p, objection } = await lockPlan(tx, planId);
    await assertPlanner(tx, user, c, { zh: "登记分配方案异议之诉", en: "record the suit" });
    if (!objection?.counter_notice_received_on || p.status !== "served") throw refused("status", "尚未通知异议人反对意见", "The objector has not been notified of a counter-objection");
    if (objection.suit_filed_on) throw refused("filedOn", "已登记起诉", "The suit was already recorded");
    notFuture(filedOn, now, "filedOn");
    const due = distributionSuitDue(objection.counter_notice_received_on, ctx.calendar.get());
    if (compareIsoDates(filedOn, due.due) > 0) throw refused("filedOn", `起诉期间已于 ${due.due} 届满，应按原分配方案分配（《民诉法解释》第五百一十条第二款）`, `The period to sue ended on ${due.due}; the plan is carried out as drafted (民诉法解释 art 510 para 2)`);
    if (compareIsoDates(filedOn, objection.counter_notice_received_on) < 0) throw invalidField("filedOn", { zh: "不能早于收到反对意见通知的日期", en: "Cannot precede the notice of the counter-objection" });
    await tx.updateTable("distribution_plan_objections").set({ suit_filed_on: filedOn }).where("id", "=", objection.id).execute();
    await closeClocks(tx, c.id, [PLAN_CLOCKS.suit], p.id, "met", filedOn);
    await record(tx, ctx, actorOf(user), c, { type: "distributionPlan.suit", entityType: "distributionPlan", entityId: p.id, data: { planId: p.id, filedOn }, eventDate: filedOn, ip });
  });
}

// ─── carrying out ────────────────────────────────────────────────────────────────────────────────────

function outcomeOf(objection: LockedPlan["objection"]) {
  return distributionOutcome({ objectionFiled: objection !== null, counterObjectionFiled: objection?.counter_filed_on != null, suitFiled: objection?.suit_filed_on != null });
}

/**
 * Carries the plan out as distributionOutcome says: the applicant's share allocated in the ledger over its
 * claim (distributePlanShare), the other creditors' payouts recorded on their lines with `reference`, a
 * disputed amount deposited (kept, reserved) while the suit runs (民诉法解释 art 510 para 3).
 */
export async function carryOutPlan(ctx: AppContext, user: AuthUser, planId: string, reference: string, ip: string | null = null): Promise<void> {
  const now = today(ctx);
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, p, lines, objection } = await lockPlan(tx, planId);
    await assertPlanner(tx, user, c, { zh: "实施分配方案", en: "carry out a distribution plan" });
    if (p.status !== "served") throw refused("status", p.status === "draft" ? "分配方案尚未送达" : "分配方案已经实施", p.status === "draft" ? "The plan has not been served" : "The plan was already carried out");
    const cal = ctx.calendar.get();
    const recipients = await tx.selectFrom("distribution_plan_recipients").select("received_on").where("plan_id", "=", p.id).execute();
    const ready = planReady(
      {
        objectionDues: recipients.map((r) => distributionObjectionDue(r.received_on, cal).due),
        objectionFiled: objection !== null,
        counterDue: objection?.others_notified_on ? distributionCounterObjectionDue(objection.others_notified_on, cal).due : null,
        counterFiled: objection?.counter_filed_on != null,
        suitDue: objection?.counter_notice_received_on ? distributionSuitDue(objection.counter_notice_received_on, cal).due : null,
        suitFiled: objection?.suit_filed_on != null,
      },
      now,
    );
    if (!ready.ok) throw refused("status", ready.zh, ready.en);
    const outcome = outcomeOf(objection);
    const payments = planPayments(outcome.distribute, lines.map((l) => ({ id: l.id, amountFen: l.amount_fen, revisedAmountFen: l.revised_amount_fen })));
    const applicantFen = payments.pay.filter((x) => lines.find((l) => l.id === x.id)!.creditor_kind === "applicant").reduce((s, x) => s + x.amountFen, 0);
    const othersFen = payments.pay.filter((x) => lines.find((l) => l.id === x.id)!.creditor_kind === "other").reduce((s, x) => s + x.amountFen, 0);
    // The money must still be there (a reversal may have taken some back since the plan was drafted).
    const available = await availableFen(tx, c.id, p.id);
    if (p.amount_fen > available) throw refused("amountFen", `本案尚未分配的执行款（${available} 分）已不足方案总额 ${p.amount_fen} 分`, `The case's undistributed money (${available} fen) no longer covers the plan's ${p.amount_fen} fen`);
    const entryIds = applicantFen > 0 ? await distributePlanShare(tx, ctx, user, c.id, { amountFen: applicantFen, planId: p.id }, ip) : [];
    for (const x of payments.pay) {
      const line = lines.find((l) => l.id === x.id)!;
      await tx.updateTable("distribution_plan_lines").set({ paid_fen: x.amountFen, paid_on: now, payout_reference: line.creditor_kind === "other" ? reference : null }).where("id", "=", x.id).execute();
    }
    await tx.updateTable("distribution_plans").set((eb) => ({ status: "carriedOut", outcome: outcome.distribute, carried_out_on: now, deposited_fen: payments.depositedFen, version: eb("version", "+", 1) })).where("id", "=", p.id).execute();
    await closeClocks(tx, c.id, ALL_PLAN_CLOCKS, p.id, "cancelled", now);
    await record(tx, ctx, actorOf(user), c, {
      type: "distributionPlan.carryOut",
      entityType: "distributionPlan",
      entityId: p.id,
      data: { planId: p.id, outcome: outcome.distribute, basis: outcome.basis, applicantFen, othersPaidFen: othersFen, depositedFen: payments.depositedFen, ledgerEntryIds: entryIds, reference, payments: payments.pay },
      ip,
    });
  });
}

// ─── reading ─────────────────────────────────────────────────────────────────────────────────────────

/** The case's plans: staff of the court and the courts above it see all; a party sees served ones. */
export async function listPlans(ctx: AppContext, user: AuthUser, caseId: string): Promise<{ items: PlanDto[]; availableFen: number | null; jurisdictionObjectionDue: string | null }> {
  const db = ctx.database.db;
  const c = await db.selectFrom("cases").select(["id", "court_id", "notice_date"]).where("id", "=", caseId).executeTakeFirst();
  if (!c) throw caseNotFound();
  const access = await caseAccess(db, user, c);
  const isParty = access === "party";
  const now = today(ctx);
  const cal = ctx.calendar.get();
  let q = db.selectFrom("distribution_plans").selectAll().where("case_id", "=", caseId).orderBy("created_at");
  if (isParty) q = q.where("status", "!=", "draft");
  const plans = await q.execute();
  const ids = plans.map((p) => p.id);
  const lines = ids.length ? await db.selectFrom("distribution_plan_lines").selectAll().where("plan_id", "in", ids).orderBy("seq").execute() : [];
  const recipients = ids.length ? await db.selectFrom("distribution_plan_recipients").selectAll().where("plan_id", "in", ids).execute() : [];
  const objections = ids.length ? await db.selectFrom("distribution_plan_objections").selectAll().where("plan_id", "in", ids).execute() : [];
  const clocks = ids.length ? await db.selectFrom("clocks").select(["subject_id", "kind", "due_date", "status"]).where("subject_id", "in", ids).where("case_id", "=", caseId).orderBy("due_date").execute() : [];
  const mine = isParty ? await partyRowsOf(db, caseId, user.id) : [];
  const items: PlanDto[] = plans.map((p) => {
    const pl = lines.filter((l) => l.plan_id === p.id);
    const rec = recipients.filter((r) => r.plan_id === p.id);
    const o = objections.find((x) => x.plan_id === p.id) ?? null;
    const myRec = rec.find((r) => (r.role === "creditor" ? mine.some((m) => pl.find((l) => l.id === r.line_id)?.party_id === m.id) : mine.some((m) => m.role === "respondent" && m.name === r.name)));
    const myObjectionDue = myRec ? distributionObjectionDue(myRec.received_on, cal).due : null;
    const counterDue = o?.others_notified_on ? distributionCounterObjectionDue(o.others_notified_on, cal).due : null;
    return {
      id: p.id,
      caseId: p.case_id,
      amountFen: p.amount_fen,
      note: p.note,
      status: p.status,
      draftedOn: p.drafted_on,
      servedOn: p.served_on,
      outcome: p.outcome,
      carriedOutOn: p.carried_out_on,
      depositedFen: p.deposited_fen,
      lines: pl.map((l) => ({ id: l.id, seq: l.seq, creditorKind: l.creditor_kind, partyId: l.party_id, creditorName: l.creditor_name, basis: l.basis, claimFen: l.claim_fen, amountFen: l.amount_fen, revisedAmountFen: l.revised_amount_fen, paidFen: l.paid_fen, paidOn: l.paid_on, payoutReference: l.payout_reference })),
      recipients: rec.map((r) => ({ id: r.id, name: r.name, role: r.role, lineId: r.line_id, receivedOn: r.received_on, objectionDue: distributionObjectionDue(r.received_on, cal).due })),
      objection: o && {
        id: o.id,
        objectorName: o.objector_name,
        filedOn: o.filed_on,
        grounds: o.grounds,
        revised: (typeof o.revised === "string" ? JSON.parse(o.revised) : o.revised) as { lineId: string; amountFen: number }[],
        othersNotifiedOn: o.others_notified_on,
        counterFiledOn: o.counter_filed_on,
        counterByName: o.counter_by_name,
        counterGrounds: o.counter_grounds,
        counterNoticeReceivedOn: o.counter_notice_received_on,
        suitFiledOn: o.suit_filed_on,
      },
      clocks: clocks.filter((k) => k.subject_id === p.id).map((k) => ({ kind: k.kind, due: k.due_date, status: k.status })),
      prospectiveOutcome: outcomeOf(o).distribute,
      mayObject: p.status === "served" && o === null && myObjectionDue !== null && compareIsoDates(now, myObjectionDue) <= 0,
      mayCounter: p.status === "served" && !!o && !o.counter_filed_on && !!myRec && myRec.name !== o.objector_name && counterDue !== null && compareIsoDates(now, counterDue) <= 0,
    };
  });
  const jurisdictionObjectionDue = c.notice_date ? objectionClock("jurisdictionObjection", c.notice_date, cal).due : null;
  return { items, availableFen: isParty ? null : await availableFen(db, caseId), jurisdictionObjectionDue };
}

export async function getPlan(ctx: AppContext, user: AuthUser, planId: string): Promise<PlanDto> {
  const p = await ctx.database.db.selectFrom("distribution_plans").select("case_id").where("id", "=", planId).executeTakeFirst();
  if (!p) throw planNotFound();
  const found = (await listPlans(ctx, user, p.case_id)).items.find((x) => x.id === planId);
  if (!found) throw planNotFound();
  return found;
}
