// 暂缓 and 撤回 (参考价规定(2018) arts 28, 29; art 19 para 1): the officer suspends the running online
// inquiry or appraisal on an art 28 ground and resumes it; the suspended days are deducted from the
// appraisal's 30 days (the running agency's `suspensions`, read by deadlineOf) and, by analogy, from the
// online inquiry's periods (suspension.ts DECISIONS). While suspended, nothing is sent or collected and the
// outside body's report clocks stand still: they are cancelled on suspension and opened again, recounted,
// on resumption. The court's own clocks (service, objections, referral, sale) run on.
// The officer withdraws a valuation on an art 29 ground: its step ends, the agency at work stops, every
// open clock of it is cancelled (the materials' return excepted), a suspension or re-issue in force ends,
// and the valuation is 'cancelled' so the asset may be valued again. Closing the case does the same to
// the case's valuations in progress (endValuationsOnCaseClosure, called by cases.service).
import { randomUUID } from "node:crypto";
import { insertClocks, type Executor } from "@zhixing/db";
import {
  decideSuspension,
  decideWithdrawal,
  endSuspension,
  onlineCorrectionDeadline,
  onlineInquiryDeadline,
  reviewDeadline,
  type WithdrawalDecision,
  type WithdrawalGround,
} from "@zhixing/domain";
import { today, type AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import type { LockedCase } from "../cases/case-lock";
import { deadlineOf } from "./appraisal.service";
import type { StoredDelivery } from "./online.service";
import {
  actorOf,
  assertCaseOpen,
  assertMayAct,
  clockRow,
  json,
  latestStep,
  lockValuation,
  openSuspensionOf,
  record,
  refused,
  stepSuspensions,
  type Actor,
  type ValuationRow,
} from "./valuation.common";
import { VALUATION_CLOCKS } from "./valuation.service";
import type { ResumeInput, SuspendInput, WithdrawInput } from "./valuation.schemas";

/** The outside body's report clocks that stand still while the work is suspended (a function: cases.service imports this module). */
const pausedKinds = () => [VALUATION_CLOCKS.onlineReport, VALUATION_CLOCKS.onlineCorrection, VALUATION_CLOCKS.appraisalReport, VALUATION_CLOCKS.appraisalCorrection];

/** art 28: the officer suspends the running online inquiry or appraisal. */
export async function suspendValuation(ctx: AppContext, user: AuthUser, valuationId: string, input: SuspendInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, v } = await lockValuation(tx, valuationId, user);
    await assertMayAct(tx, user, c);
    assertCaseOpen(c);
    const step = await latestStep(tx, v.id);
    const open = await openSuspensionOf(tx, v.id);
    const d = decideSuspension({ method: step.method, valuationStatus: v.status, stepOpen: step.status === "open", alreadySuspended: !!open, ground: input.ground, date: now });
    const id = randomUUID();
    await tx
      .insertInto("valuation_suspensions")
      .values({ id, court_id: c.court_id, case_id: c.id, valuation_id: v.id, step_id: step.id, ground: input.ground, note: input.note, from_date: d.from, to_date: null, resumed_date: null, suspended_by: user.id })
      .execute();
    const agencies = await tx.selectFrom("valuation_agency_commissions").select("id").where("step_id", "=", step.id).where("status", "in", ["commissioned", "reported"]).execute();
    const paused = await tx
      .updateTable("clocks")
      .set({ status: "cancelled" })
      .where("case_id", "=", c.id)
      .where("kind", "in", pausedKinds())
      .where("subject_id", "in", [step.id, ...agencies.map((a) => a.id)])
      .where("status", "=", "open")
      .returning(["kind", "due_date"])
      .execute();
    await record(tx, ctx, actorOf(user), c, {
      type: "valuation.suspended",
      valuationId: v.id,
      entityType: "valuationSuspension",
      entityId: id,
      data: { suspensionId: id, stepId: step.id, method: step.method, ground: input.ground, from: d.from, pausedClocks: paused.map((p) => ({ kind: p.kind, due: p.due_date })), explanation: d.explanation, basis: d.basis },
      reason: input.note,
      ip,
    });
  });
  return valuationId;
}

/** The work resumes: the suspended days are deducted and the outside body's report clocks open again, recounted. */
export async function resumeValuation(ctx: AppContext, user: AuthUser, valuationId: string, input: ResumeInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  const cal = ctx.calendar.get();
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, v } = await lockValuation(tx, valuationId, user);
    await assertMayAct(tx, user, c);
    assertCaseOpen(c);
    const s = await openSuspensionOf(tx, v.id);
    if (!s) throw refused("suspension", "确定参考价程序没有被暂缓", "The valuation is not suspended");
    const { range, days } = endSuspension({ from: s.from_date, resumeDate: now });
    await tx
      .updateTable("valuation_suspensions")
      .set({ resumed_date: now, to_date: range?.to ?? null, resumed_by: user.id, resume_note: input.note ?? null })
      .where("id", "=", s.id)
      .execute();
    const step = await tx.selectFrom("valuation_steps").selectAll().where("id", "=", s.step_id).executeTakeFirstOrThrow();
    const reopened: { kind: string; due: string }[] = [];
    if (step.status === "open" && step.method === "appraisal") {
      const row = await tx.selectFrom("valuation_agency_commissions").selectAll().where("step_id", "=", step.id).where("status", "=", "commissioned").forUpdate().executeTakeFirst();
      if (row) {
        const suspensions = [...(row.suspensions as { from: string; to: string }[]), ...(range ? [range] : [])];
        await tx.updateTable("valuation_agency_commissions").set({ suspensions: json(suspensions) }).where("id", "=", row.id).execute();
        const d = deadlineOf({ ...row, suspensions }, cal);
        await insertClocks(tx, [clockRow(c, VALUATION_CLOCKS.appraisalReport, row.id, { ...d, from: row.commission_date }, now)]);
        reopened.push({ kind: VALUATION_CLOCKS.appraisalReport, due: d.due });
      }
      // An art 20 answer awaited: its 3 days gain the suspended days too.
      const reviewed = await tx.selectFrom("valuation_agency_commissions").selectAll().where("step_id", "=", step.id).where("status", "=", "reported").where("review_status", "=", "waiting").executeTakeFirst();
      if (reviewed) {
        const k = reviewDeadline({ noticeDate: reviewed.review_notice_date!, suspensions: await stepSuspensions(tx, step.id) }, cal);
        await tx.updateTable("valuation_agency_commissions").set({ review_due: k.due }).where("id", "=", reviewed.id).execute();
        await insertClocks(tx, [clockRow(c, VALUATION_CLOCKS.appraisalCorrection, reviewed.id, k, now)]);
        reopened.push({ kind: VALUATION_CLOCKS.appraisalCorrection, due: k.due });
      }
    }
    if (step.status === "open" && step.method === "onlineInquiry") {
      const suspensions = await stepSuspensions(tx, step.id);
      const delivery = step.delivery as StoredDelivery | null;
      if (step.commission_date && delivery?.status === "waiting") {
        const k = onlineInquiryDeadline({ commissionReceivedDate: step.commission_date, extended: step.extended, suspensions }, cal);
        await tx.updateTable("valuation_steps").set({ delivery: json({ ...delivery, due: k.due }) }).where("id", "=", step.id).execute();
        await insertClocks(tx, [clockRow(c, VALUATION_CLOCKS.onlineReport, step.id, k, now)]);
        reopened.push({ kind: VALUATION_CLOCKS.onlineReport, due: k.due });
      }
      if (step.correction_notice_date && delivery?.review?.status === "waitingForCorrections") {
        const k = onlineCorrectionDeadline({ noticeDate: step.correction_notice_date, suspensions }, cal);
        await tx.updateTable("valuation_steps").set({ delivery: json({ ...delivery, review: { ...delivery.review, due: k.due } }) }).where("id", "=", step.id).execute();
        await insertClocks(tx, [clockRow(c, VALUATION_CLOCKS.onlineCorrection, step.id, k, now)]);
        reopened.push({ kind: VALUATION_CLOCKS.onlineCorrection, due: k.due });
      }
    }
    await record(tx, ctx, actorOf(user), c, {
      type: "valuation.resumed",
      valuationId: v.id,
      entityType: "valuationSuspension",
      entityId: s.id,
      data: { suspensionId: s.id, stepId: step.id, from: s.from_date, to: range?.to ?? null, resumedDate: now, suspendedDays: days, reopenedClocks: reopened, basis: [{ law: "参考价规定(2018)", article: "art 28" }, ...(step.method === "appraisal" ? [{ law: "参考价规定(2018)", article: "art 19 para 1" }] : [])] },
      reason: input.note ?? null,
      ip,
    });
  });
  return valuationId;
}

/** art 29: the officer withdraws the valuation. */
export async function withdrawValuation(ctx: AppContext, user: AuthUser, valuationId: string, input: WithdrawInput, ip: string | null = null): Promise<string> {
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, v } = await lockValuation(tx, valuationId, user);
    await assertMayAct(tx, user, c);
    assertCaseOpen(c);
    if (input.ground === "caseClosed") throw refused("ground", "案件结案时确定参考价程序自动终止", "A valuation ends by itself when its case closes");
    // A lot already set up (or announced) from this price is the auction's to end first.
    const lot = await tx.selectFrom("auction_lots").select(["id", "status"]).where("valuation_id", "=", v.id).where("status", "in", ["draft", "announced"]).executeTakeFirst();
    if (lot) {
      throw refused("status", "已依该参考价设立拍卖，请先撤回或终结拍卖", "An auction lot was set up from this price; cancel or end the auction first");
    }
    const d = await decide(tx, v, input.ground);
    await endValuationIn(tx, ctx, actorOf(user), c, v, d, input.note, ip);
  });
  return valuationId;
}

async function decide(tx: Executor, v: NonNullable<ValuationRow>, ground: WithdrawalGround): Promise<WithdrawalDecision> {
  const commissioned = await tx.selectFrom("valuation_agency_commissions").select("id").where("valuation_id", "=", v.id).where("status", "=", "commissioned").executeTakeFirst();
  return decideWithdrawal({ method: v.method, valuationStatus: v.status, firstNoticeDate: v.first_notice_date, ground, agencyCommissioned: !!commissioned });
}

/** Ends the valuation in the caller's transaction (case row locked): step, agency, suspension, re-issue, clocks, status. */
export async function endValuationIn(
  tx: Executor,
  ctx: AppContext,
  actor: Actor,
  c: Pick<LockedCase, "id" | "court_id">,
  v: NonNullable<ValuationRow>,
  d: WithdrawalDecision,
  note: string | null,
  ip: string | null,
): Promise<void> {
  const now = today(ctx);
  const steps = await tx.selectFrom("valuation_steps").select(["id", "status", "method"]).where("valuation_id", "=", v.id).execute();
  await tx.updateTable("valuation_steps").set({ status: "withdrawn", ended_date: now, outcome_explanation: json(d.explanation), outcome_note: note }).where("valuation_id", "=", v.id).where("status", "=", "open").execute();
  const stopped = await tx
    .updateTable("valuation_agency_commissions")
    .set({ status: "withdrawn", ended_date: now, end_reason: "withdrawn", extension_request: null })
    .where("valuation_id", "=", v.id)
    .where("status", "=", "commissioned")
    .returning(["id", "agency_id"])
    .execute();
  const suspension = await openSuspensionOf(tx, v.id);
  if (suspension) {
    const { range } = endSuspension({ from: suspension.from_date, resumeDate: now });
    await tx.updateTable("valuation_suspensions").set({ resumed_date: now, to_date: range?.to ?? null, resume_note: "撤回 withdrawn" }).where("id", "=", suspension.id).execute();
  }
  const reissues = await tx.updateTable("valuation_reissues").set({ status: "cancelled", ended_date: now }).where("valuation_id", "=", v.id).where("status", "=", "requested").returning(["id"]).execute();
  const [reports, agencies, objections, allReissues] = await Promise.all([
    tx.selectFrom("valuation_reports").select("id").where("valuation_id", "=", v.id).execute(),
    tx.selectFrom("valuation_agency_commissions").select("id").where("valuation_id", "=", v.id).execute(),
    tx.selectFrom("valuation_objections").select("id").where("valuation_id", "=", v.id).execute(),
    tx.selectFrom("valuation_reissues").select("id").where("valuation_id", "=", v.id).execute(),
  ]);
  const subjects = [v.id, ...steps.map((s) => s.id), ...reports.map((r) => r.id), ...agencies.map((a) => a.id), ...objections.map((o) => o.id), ...allReissues.map((r) => r.id)];
  const cancelled = await tx
    .updateTable("clocks")
    .set({ status: "cancelled" })
    .where("case_id", "=", c.id)
    .where("subject_id", "in", subjects)
    .where("status", "=", "open")
    .where("kind", "!=", VALUATION_CLOCKS.materialsReturn)
    .returning(["kind"])
    .execute();
  await tx
    .updateTable("valuations")
    .set((eb) => ({ status: "cancelled", ended_date: now, end_ground: d.ground, end_note: note, version: eb("version", "+", 1) }))
    .where("id", "=", v.id)
    .execute();
  await record(tx, ctx, actor, c, {
    type: "valuation.withdrawn",
    valuationId: v.id,
    data: {
      ground: d.ground,
      previousStatus: v.status,
      method: v.method,
      stoppedAgencies: stopped.map((a) => a.agency_id),
      suspensionEnded: suspension?.id ?? null,
      reissuesCancelled: reissues.map((r) => r.id),
      clocksCancelled: cancelled.map((k) => k.kind),
      fees: d.fees,
      explanation: d.explanation,
      basis: d.basis,
    },
    reason: note,
    ip,
  });
}

/**
 * The case is closing (cases.service applyCaseEvent, inside its transaction, the case row locked): its
 * valuations in progress end on the ground caseClosed (art 29). Priced valuations stay as the record of
 * the price. Returns the ids ended.
 */
export async function endValuationsOnCaseClosure(tx: Executor, ctx: AppContext, user: AuthUser, c: Pick<LockedCase, "id" | "court_id">, ip: string | null = null): Promise<string[]> {
  const rows = await tx.selectFrom("valuations").selectAll().where("case_id", "=", c.id).where("status", "=", "inProgress").orderBy("created_at").forUpdate().execute();
  for (const v of rows) {
    const d = await decide(tx, v, "caseClosed");
    await endValuationIn(tx, ctx, actorOf(user), c, v, d, "案件已结案 case closed", ip);
  }
  return rows.map((r) => r.id);
}
