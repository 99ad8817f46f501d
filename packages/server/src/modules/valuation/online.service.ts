// 网络询价 (参考价规定(2018) arts 10–13): the commission goes to every listed platform at once through the
// adapter; collecting asks each what it did by today and lets the domain decide (assessOnlineDelivery:
// waiting, the single 3-day extension when all are late, delivered, or failed → appraisal); the court's
// review (art 12: defective reports left out, or all corrected within 3 days). The price itself is
// fixed in price.service.ts once the reports were served and the objection periods ran.
//
// Outside calls never run under the case lock: the service checks under the lock, calls the platforms,
// then takes the lock again, checks nothing changed meanwhile, and persists.
import { randomUUID } from "node:crypto";
import { extendOpenClock, insertClocks, type Executor } from "@zhixing/db";
import {
  assessOnlineDelivery,
  compareIsoDates,
  invalidField,
  isIsoDate,
  maxValidUntil,
  onlineCorrectionDeadline,
  onlineInquiryDeadline,
  reviewOnlineReports,
  type IsoDate,
  type OnlineDelivery,
  type OnlineReview,
} from "@zhixing/domain";
import type { PlatformReply, ValuedAsset } from "../../adapters/valuation";
import { today, type AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import type { LockedCase } from "../cases/case-lock";
import {
  actorOf,
  assertCaseOpen,
  assertMayAct,
  assertNotSuspended,
  clockRow,
  closeClocks,
  conflict,
  json,
  lockValuation,
  openClockOf,
  openStepOf,
  record,
  refused,
  stepSuspensions,
  SYSTEM_ACTOR,
  valuationSettings,
  withTimeout,
  type Actor,
  type StepRow,
  type ValuationRow,
} from "./valuation.common";
import { endStep, openServiceClock, VALUATION_CLOCKS } from "./valuation.service";
import type { CorrectionInput, ReviewInput } from "./valuation.schemas";

const DEFAULT_PURPOSE = "确定财产处置参考价（网络询价）";

export type StoredDelivery = {
  status: OnlineDelivery["status"];
  due: IsoDate;
  extended: boolean;
  onTime?: string[];
  late?: string[];
  waitingFor?: string[];
  review?: { status: OnlineReview["status"]; usable?: string[]; excluded?: string[]; waitingFor?: string[]; due?: IsoDate };
};

export async function valuedAsset(db: Executor, assetId: string): Promise<ValuedAsset> {
  const a = await db.selectFrom("assets").select(["id", "asset_type", "description", "identifier", "value_fen"]).where("id", "=", assetId).executeTakeFirstOrThrow();
  return { id: a.id, type: a.asset_type, description: a.description, identifier: a.identifier, declaredValueFen: a.value_fen === null ? null : Number(a.value_fen) };
}

async function prepare(ctx: AppContext, user: AuthUser | null, valuationId: string) {
  return ctx.database.db.transaction().execute(async (tx) => {
    const { c, v } = await lockValuation(tx, valuationId, user);
    if (user) await assertMayAct(tx, user, c);
    assertCaseOpen(c);
    await assertNotSuspended(tx, v.id);
    const step = await openStepOf(tx, v, "onlineInquiry");
    return { c, v, step, asset: await valuedAsset(tx, v.asset_id) };
  });
}

/** Locks again after an outside call and checks the step is the one prepared and still open. */
async function relock(tx: Executor, user: AuthUser | null, valuationId: string, stepId: string) {
  const { c, v } = await lockValuation(tx, valuationId, user);
  const step = await openStepOf(tx, v, "onlineInquiry");
  if (step.id !== stepId) throw conflict("网络询价已被他人更新，请刷新后重试", "The online inquiry changed meanwhile; reload and try again");
  await assertNotSuspended(tx, v.id);
  return { c, v, step };
}

// ─── commission (art 10) ─────────────────────────────────────────────────────────────────────────────

/** art 10: the commission, sent to every platform in the list at the same time. */
export async function commissionOnline(ctx: AppContext, user: AuthUser, valuationId: string, input: { purpose?: string | undefined }, ip: string | null = null): Promise<string> {
  const pre = await prepare(ctx, user, valuationId);
  if (pre.step.commission_date) throw conflict(`已于 ${pre.step.commission_date} 发出网络询价委托书`, `The commission was sent on ${pre.step.commission_date}`);
  const now = today(ctx);
  const settings = valuationSettings(ctx);
  const purpose = input.purpose ?? DEFAULT_PURPOSE;
  const sends = await Promise.all(
    settings.adapters.platforms.map(async (p) => {
      const commissionId = randomUUID();
      const ack = await withTimeout(
        settings.callTimeoutMs,
        (signal) => p.commission({ commissionId, caseId: pre.c.id, asset: pre.asset, commissionDate: now, purpose, signal }),
        (error) => ({ status: "error" as const, error }),
      );
      return { p, commissionId, ack };
    }),
  );
  if (!sends.some((s) => s.ack.status === "received")) {
    throw refused(
      "platforms",
      `没有司法网络询价平台收到委托书，请稍后重新发送：${sends.map((s) => (s.ack.status === "error" ? s.ack.error : "")).join("；")}`,
      "No platform received the commission; send it again later",
    );
  }
  const cal = ctx.calendar.get();
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, v, step } = await relock(tx, user, valuationId, pre.step.id);
    await assertMayAct(tx, user, c);
    if (step.commission_date) throw conflict(`已于 ${step.commission_date} 发出网络询价委托书`, `The commission was sent on ${step.commission_date}`);
    for (const s of sends) {
      await tx
        .insertInto("valuation_platform_commissions")
        .values({
          id: s.commissionId,
          court_id: c.court_id,
          case_id: c.id,
          valuation_id: v.id,
          step_id: step.id,
          platform_id: s.p.id,
          platform_name: s.p.label.zh,
          commission_date: now,
          // Sent at once (art 10): every platform that acknowledged received it today.
          received_date: s.ack.status === "received" ? now : null,
          send_error: s.ack.status === "error" ? s.ack.error : null,
        })
        .execute();
    }
    const due = onlineInquiryDeadline({ commissionReceivedDate: now }, cal);
    await tx.updateTable("valuation_steps").set({ commission_date: now, delivery: json({ status: "waiting", due: due.due, extended: false }) }).where("id", "=", step.id).execute();
    await insertClocks(tx, [clockRow(c, VALUATION_CLOCKS.onlineReport, step.id, due, now)]);
    await record(tx, ctx, actorOf(user), c, {
      type: "valuation.onlineCommissioned",
      valuationId: v.id,
      data: {
        stepId: step.id,
        purpose,
        platforms: sends.map((s) => ({ platformId: s.p.id, received: s.ack.status === "received", error: s.ack.status === "error" ? s.ack.error : null })),
        due: due.due,
        basis: [...due.basis],
      },
      ip,
    });
  });
  return valuationId;
}

// ─── collection (art 11) ─────────────────────────────────────────────────────────────────────────────

/** A reply a platform gave, checked before it is believed: dates within the commission and today, a positive whole result. */
function sane(reply: PlatformReply, commissionDate: IsoDate, now: IsoDate): PlatformReply {
  if (reply.status === "error") return reply;
  const inRange = (d: IsoDate | null) => d === null || (isIsoDate(d) && compareIsoDates(d, commissionDate) >= 0 && compareIsoDates(d, now) <= 0);
  if (!inRange(reply.extensionRequestDate)) return { status: "error", error: `平台答复的延期申请日期无效：${reply.extensionRequestDate}` };
  if (reply.status === "reported") {
    const r = reply.report;
    if (!inRange(r.reportDate) || !Number.isSafeInteger(r.resultFen) || r.resultFen <= 0 || !isIsoDate(r.validUntil)) {
      return { status: "error", error: `平台答复的询价报告无效（日期 ${r.reportDate}，结果 ${r.resultFen}）` };
    }
  }
  return reply;
}

/**
 * Asks every platform that received the commission and has not reported what it has done by today,
 * stores the answers, and lets the domain decide where the inquiry stands (art 11). Idempotent: a
 * collection after the delivery was settled changes nothing. `user` null: the system (a job).
 */
export async function collectOnline(ctx: AppContext, user: AuthUser | null, valuationId: string, ip: string | null = null): Promise<string> {
  const pre = await prepare(ctx, user, valuationId);
  if (!pre.step.commission_date) throw refused("commission", "尚未发出网络询价委托书", "The commission has not been sent yet");
  if ((pre.step.delivery as StoredDelivery | null)?.status === "delivered") return valuationId;
  const now = today(ctx);
  const settings = valuationSettings(ctx);
  const open = await ctx.database.db
    .selectFrom("valuation_platform_commissions")
    .selectAll()
    .where("step_id", "=", pre.step.id)
    .where("received_date", "is not", null)
    .where("report_date", "is", null)
    .execute();
  const replies = await Promise.all(
    open.map(async (row) => {
      const p = settings.adapters.platforms.find((x) => x.id === row.platform_id);
      const reply: PlatformReply = p
        ? await withTimeout(
            settings.callTimeoutMs,
            (signal) => p.poll({ commissionId: row.id, caseId: pre.c.id, asset: pre.asset, commissionDate: row.commission_date, purpose: DEFAULT_PURPOSE, asOf: now, signal }),
            (error) => ({ status: "error", error }),
          )
        : { status: "error", error: `平台 ${row.platform_id} 已不在名单库中` };
      return { row, reply: sane(reply, row.commission_date, now) };
    }),
  );
  const actor = user ? actorOf(user) : SYSTEM_ACTOR;
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, v, step } = await relock(tx, user, valuationId, pre.step.id);
    if ((step.delivery as StoredDelivery | null)?.status === "delivered") return;
    for (const { row, reply } of replies) {
      if (reply.status === "error") {
        await tx.updateTable("valuation_platform_commissions").set({ last_error: reply.error, last_polled_date: now }).where("id", "=", row.id).execute();
        continue;
      }
      const r = reply.status === "reported" ? reply.report : null;
      await tx
        .updateTable("valuation_platform_commissions")
        .set({
          last_error: null,
          last_polled_date: now,
          extension_request_date: reply.extensionRequestDate,
          ...(r
            ? {
                report_date: r.reportDate,
                result_fen: r.resultFen,
                // art 27 para 1: a validity stated beyond one year is capped at it.
                valid_until: compareIsoDates(r.validUntil, maxValidUntil(r.reportDate)) > 0 || compareIsoDates(r.validUntil, r.reportDate) < 0 ? maxValidUntil(r.reportDate) : r.validUntil,
                report_no: r.reportNo,
                collected_date: now,
              }
            : {}),
        })
        .where("id", "=", row.id)
        .where("report_date", "is", null)
        .execute();
    }
    await assess(tx, ctx, actor, c, v, step, now, {
      collected: replies.map(({ row, reply }) => ({ platformId: row.platform_id, status: reply.status, ...(reply.status === "error" ? { error: reply.error } : {}) })),
    }, ip);
  });
  return valuationId;
}

/** assessOnlineDelivery over the stored answers; persists what it decides. */
async function assess(tx: Executor, ctx: AppContext, actor: Actor, c: LockedCase, v: NonNullable<ValuationRow>, step: StepRow, now: IsoDate, extra: Record<string, unknown>, ip: string | null): Promise<void> {
  const cal = ctx.calendar.get();
  const rows = await tx.selectFrom("valuation_platform_commissions").selectAll().where("step_id", "=", step.id).where("received_date", "is not", null).orderBy("platform_id").execute();
  const d = assessOnlineDelivery(
    {
      commissionReceivedDate: step.commission_date!,
      platforms: rows.map((r) => ({
        platformId: r.platform_id,
        ...(r.report_date ? { reportDate: r.report_date } : {}),
        ...(r.extension_request_date ? { extensionRequestDate: r.extension_request_date } : {}),
      })),
      today: now,
      suspensions: await stepSuspensions(tx, step.id),
    },
    cal,
  );
  const stored: StoredDelivery = { status: d.status, due: d.due, extended: d.extended };
  if (d.status === "waiting") stored.waitingFor = d.waitingFor;
  if (d.status === "delivered") {
    stored.onTime = d.onTime;
    stored.late = d.late;
  }
  await tx.updateTable("valuation_steps").set({ delivery: json(stored), extended: d.extended }).where("id", "=", step.id).execute();
  if (d.extended && !step.extended) {
    // art 11 para 2: every platform missed the 3 days; those that applied get 3 more (once).
    const k = onlineInquiryDeadline({ commissionReceivedDate: step.commission_date!, extended: true, suspensions: await stepSuspensions(tx, step.id) }, cal);
    const clock = await openClockOf(tx, c.id, VALUATION_CLOCKS.onlineReport, step.id);
    if (clock) await extendOpenClock(tx, clock.id, { due: k.due, basis: k.basis[0], provisional: k.provisional, countedFrom: step.commission_date!, periodN: k.period.n });
    const granted = rows.filter((r) => r.extension_request_date).map((r) => r.platform_id);
    await record(tx, ctx, actor, c, { type: "valuation.onlineExtended", valuationId: v.id, data: { stepId: step.id, granted, due: k.due, basis: k.basis }, ip });
  }
  if (d.status === "waiting") {
    await record(tx, ctx, actor, c, { type: "valuation.onlineCollected", valuationId: v.id, data: { stepId: step.id, due: d.due, extended: d.extended, waitingFor: d.waitingFor, ...extra }, ip });
    return;
  }
  if (d.status === "appraisal") {
    await endStep(tx, ctx, actor, c, v, step, "failed", { explanation: d.explanation, basis: d.basis, data: { reason: d.reason, ...extra } }, ip);
    return;
  }
  // Delivered: the reports that count are received; each is sent to the parties within 3 days (art 21).
  await closeClocks(tx, c.id, [VALUATION_CLOCKS.onlineReport], step.id, "met", now);
  for (const r of rows.filter((x) => d.onTime.includes(x.platform_id))) {
    const reportId = randomUUID();
    const received = r.collected_date ?? now;
    await tx
      .insertInto("valuation_reports")
      .values({
        id: reportId,
        court_id: c.court_id,
        case_id: c.id,
        valuation_id: v.id,
        step_id: step.id,
        kind: "onlineInquiry",
        source_id: r.id,
        source_name: r.platform_name,
        report_date: r.report_date!,
        received_date: received,
        result_fen: Number(r.result_fen),
        valid_until: r.valid_until!,
      })
      .execute();
    await openServiceClock(tx, c, reportId, received, cal);
  }
  await record(tx, ctx, actor, c, { type: "valuation.onlineDelivered", valuationId: v.id, data: { stepId: step.id, onTime: d.onTime, late: d.late, due: d.due, extended: d.extended, basis: d.basis, ...extra }, ip });
}

// ─── review and corrections (art 12) ─────────────────────────────────────────────────────────────────

/**
 * The court's review of the reports delivered in time (art 12): the defective ones are left out when
 * some are sound; when all are defective the platforms are told to correct within 3 days. Called again
 * after the correction period, it decides on the corrections received (or fails the inquiry).
 */
export async function reviewOnline(ctx: AppContext, user: AuthUser, valuationId: string, input: ReviewInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, v } = await lockValuation(tx, valuationId, user);
    await assertMayAct(tx, user, c);
    assertCaseOpen(c);
    await assertNotSuspended(tx, v.id);
    const step = await openStepOf(tx, v, "onlineInquiry");
    const delivery = step.delivery as StoredDelivery | null;
    if (delivery?.status !== "delivered") throw refused("delivery", "网络询价报告尚未全部到达，请先收取结果", "The reports are not all in yet; collect them first");
    const onTime = delivery.onTime ?? [];
    if (input.defective !== undefined) {
      if (step.correction_notice_date) throw conflict(`已于 ${step.correction_notice_date} 通知补正`, `Corrections were requested on ${step.correction_notice_date}`, "defective");
      input.defective.forEach((id, i) => {
        if (!onTime.includes(id)) throw invalidField(`defective.${i}`, { zh: `${id} 不是按期出具报告的平台`, en: `${id} is not a platform whose report counts` });
      });
      for (const id of onTime) {
        await tx.updateTable("valuation_platform_commissions").set({ defective: input.defective.includes(id) }).where("step_id", "=", step.id).where("platform_id", "=", id).execute();
      }
    }
    await applyReview(tx, ctx, actorOf(user), c, v, step, now, ip);
  });
  return valuationId;
}

async function applyReview(tx: Executor, ctx: AppContext, actor: Actor, c: LockedCase, v: NonNullable<ValuationRow>, step: StepRow, now: IsoDate, ip: string | null): Promise<OnlineReview> {
  const cal = ctx.calendar.get();
  const delivery = step.delivery as StoredDelivery;
  const rows = await tx.selectFrom("valuation_platform_commissions").selectAll().where("step_id", "=", step.id).where("platform_id", "in", delivery.onTime!).orderBy("platform_id").execute();
  const review = reviewOnlineReports(
    {
      reports: rows.map((r) => ({ platformId: r.platform_id, defective: r.defective, ...(r.corrected_date ? { correctedDate: r.corrected_date } : {}) })),
      ...(step.correction_notice_date ? { correctionNoticeDate: step.correction_notice_date } : {}),
      today: now,
      suspensions: await stepSuspensions(tx, step.id),
    },
    cal,
  );
  const stored: StoredDelivery["review"] = { status: review.status };
  if (review.status === "usable") Object.assign(stored, { usable: review.usable, excluded: review.excluded });
  if (review.status === "waitingForCorrections") Object.assign(stored, { waitingFor: review.waitingFor, due: review.due });
  await tx.updateTable("valuation_steps").set({ delivery: json({ ...delivery, review: stored }) }).where("id", "=", step.id).execute();
  if (review.status === "correctionNeeded") {
    const k = onlineCorrectionDeadline({ noticeDate: now }, cal);
    await tx.updateTable("valuation_steps").set({ correction_notice_date: now, delivery: json({ ...delivery, review: { status: "waitingForCorrections", waitingFor: review.platforms, due: k.due } }) }).where("id", "=", step.id).execute();
    await insertClocks(tx, [clockRow(c, VALUATION_CLOCKS.onlineCorrection, step.id, k, now)]);
    await record(tx, ctx, actor, c, { type: "valuation.onlineCorrectionRequested", valuationId: v.id, data: { stepId: step.id, platforms: review.platforms, due: k.due, basis: review.basis }, ip });
  } else if (review.status === "usable") {
    await closeClocks(tx, c.id, [VALUATION_CLOCKS.onlineCorrection], step.id, "met", now);
    await record(tx, ctx, actor, c, { type: "valuation.onlineReviewed", valuationId: v.id, data: { stepId: step.id, usable: review.usable, excluded: review.excluded, basis: review.basis }, ip });
  } else if (review.status === "appraisal") {
    await endStep(tx, ctx, actor, c, v, step, "failed", { explanation: review.explanation, basis: review.basis, data: { reason: "notCorrected" } }, ip);
  }
  return review;
}

/** A corrected report received from a platform told to correct (art 12); it is served anew (art 21: 说明补正 reports). */
export async function recordOnlineCorrection(ctx: AppContext, user: AuthUser, valuationId: string, input: CorrectionInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  const cal = ctx.calendar.get();
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, v } = await lockValuation(tx, valuationId, user);
    await assertMayAct(tx, user, c);
    assertCaseOpen(c);
    const step = await openStepOf(tx, v, "onlineInquiry");
    if (!step.correction_notice_date) throw refused("platformId", "尚未通知平台补正（第十二条）", "No correction was requested (art 12)");
    const row = await tx.selectFrom("valuation_platform_commissions").selectAll().where("step_id", "=", step.id).where("platform_id", "=", input.platformId).executeTakeFirst();
    if (!row || !row.defective) throw invalidField("platformId", { zh: "该平台没有被通知补正", en: "This platform was not asked to correct" });
    if (row.corrected_date) throw conflict("该平台已经补正", "This platform has already corrected its report", "platformId");
    const correctedDate = input.reportDate ?? now;
    if (compareIsoDates(correctedDate, step.correction_notice_date) < 0 || compareIsoDates(correctedDate, now) > 0) {
      throw invalidField("reportDate", { zh: `补正日期须在 ${step.correction_notice_date} 至今天之间`, en: `The correction's date must be between ${step.correction_notice_date} and today` });
    }
    await tx.updateTable("valuation_platform_commissions").set({ corrected_date: correctedDate, corrected_result_fen: input.resultFen }).where("id", "=", row.id).execute();
    const report = await tx.selectFrom("valuation_reports").select(["id"]).where("source_id", "=", row.id).executeTakeFirst();
    if (report) {
      await tx
        .updateTable("valuation_reports")
        .set({ result_fen: input.resultFen, report_date: correctedDate, received_date: now, served_date: null, receipts: "[]", objection_due: null })
        .where("id", "=", report.id)
        .execute();
      await closeClocks(tx, c.id, [VALUATION_CLOCKS.reportService, VALUATION_CLOCKS.objection], report.id, "cancelled", now);
      await openServiceClock(tx, c, report.id, now, cal);
    }
    await record(tx, ctx, actorOf(user), c, {
      type: "valuation.onlineCorrected",
      valuationId: v.id,
      data: { stepId: step.id, platformId: input.platformId, resultFen: input.resultFen, correctedDate, previousResultFen: Number(row.result_fen) },
      ip,
    });
    await applyReview(tx, ctx, actorOf(user), c, v, (await tx.selectFrom("valuation_steps").selectAll().where("id", "=", step.id).executeTakeFirstOrThrow()), now, ip);
  });
  return valuationId;
}
