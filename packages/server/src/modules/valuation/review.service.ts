// The court's review of an appraisal report (参考价规定(2018) art 20) and re-issued reports after validity
// lapsed before the first auction notice (arts 11 para 4, 19 para 4).
// - orderReview: the officer names the art 20 defects; the agency explains or corrects in writing within 3
//   days (clock valuationAppraisalCorrection). collectReview asks the agency through the adapter: an
//   explanation leaves the result; a correction replaces it (the report is served anew, art 21 para 1);
//   silence past the 3 days is a default (art 19 para 3): the next agency is commissioned.
// - requestReissue: the price's validity ran out before the first auction notice; the platforms whose
//   results made the price (3 days) or the original agency (15 days) re-issue (clock valuationReissue);
//   collectReissue asks them; the new result replaces the price (new validity, new 10-day sale clock,
//   art 30), and the re-issued reports are served like any other (art 21).
// Outside calls never run under the case lock (as online.service / appraisal.service).
import { randomUUID } from "node:crypto";
import { insertClocks, type Executor } from "@zhixing/db";
import {
  appraisalReviewOutcome,
  citeSource,
  compareIsoDates,
  isIsoDate,
  maxValidUntil,
  orderAppraisalReview,
  reissueOutcome,
  requestReissue,
  saleStartDeadline,
  type Citation,
  type IsoDate,
  type ReissueAnswer,
} from "@zhixing/domain";
import type { PriceReport, ReissueReply, ReviewReply } from "../../adapters/valuation";
import { today, type AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import { commissionNextAgency, replaceAgency } from "./appraisal.service";
import { valuedAsset } from "./online.service";
import {
  actorOf,
  assertCaseOpen,
  assertMayAct,
  assertNotSuspended,
  clockRow,
  closeClocks,
  conflict,
  json,
  latestStep,
  lockValuation,
  openStepOf,
  record,
  refused,
  stepSuspensions,
  SYSTEM_ACTOR,
  valuationSettings,
  withTimeout,
} from "./valuation.common";
import { openServiceClock, VALUATION_CLOCKS } from "./valuation.service";
import type { ReissueInput, ReviewOrderInput } from "./valuation.schemas";

const P = (article: string): Citation => citeSource("referencePrice", article);
const PURPOSE = "确定财产处置参考价";

/** A report an outside body sent, checked before it is believed. */
function saneReport(r: PriceReport, from: IsoDate, now: IsoDate): string | null {
  const inRange = (d: IsoDate) => isIsoDate(d) && compareIsoDates(d, from) >= 0 && compareIsoDates(d, now) <= 0;
  if (!inRange(r.reportDate) || !Number.isSafeInteger(r.resultFen) || r.resultFen <= 0 || !isIsoDate(r.validUntil)) return `报告无效（日期 ${r.reportDate}，结果 ${r.resultFen}）`;
  return null;
}
const capValidity = (r: PriceReport) =>
  compareIsoDates(r.validUntil, maxValidUntil(r.reportDate)) > 0 || compareIsoDates(r.validUntil, r.reportDate) < 0 ? maxValidUntil(r.reportDate) : r.validUntil;

// ─── art 20: the court's review of the appraisal report ─────────────────────────────────────────────

export type ReviewAnswer = { date: IsoDate; text: string; kind: "explained" | "corrected"; reportNo?: string; resultFen?: number; validUntil?: IsoDate; previousResultFen?: number };

/** art 20: the officer orders the agency that reported to explain or correct the defects found within 3 days. */
export async function orderReview(ctx: AppContext, user: AuthUser, valuationId: string, input: ReviewOrderInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  const cal = ctx.calendar.get();
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, v } = await lockValuation(tx, valuationId, user);
    await assertMayAct(tx, user, c);
    assertCaseOpen(c);
    await assertNotSuspended(tx, v.id);
    const step = await openStepOf(tx, v, "appraisal");
    const row = await tx.selectFrom("valuation_agency_commissions").selectAll().where("step_id", "=", step.id).where("status", "=", "reported").forUpdate().executeTakeFirst();
    if (!row) throw refused("report", "评估机构尚未出具评估报告", "The agency has not reported yet");
    if (row.review_status === "waiting") throw conflict(`已于 ${row.review_notice_date} 责令说明或者补正，期限至 ${row.review_due}`, `An explanation or correction was ordered on ${row.review_notice_date}, due ${row.review_due}`, "defects");
    const o = orderAppraisalReview({ defects: input.defects, noticeDate: now }, cal);
    await tx
      .updateTable("valuation_agency_commissions")
      .set({ review_notice_date: now, review_defects: json(o.defects), review_note: input.note, review_due: o.deadline.due, review_status: "waiting", review_answer: null })
      .where("id", "=", row.id)
      .execute();
    await insertClocks(tx, [clockRow(c, VALUATION_CLOCKS.appraisalCorrection, row.id, o.deadline, now)]);
    await record(tx, ctx, actorOf(user), c, {
      type: "valuation.reviewOrdered",
      valuationId: v.id,
      entityType: "valuationAgencyCommission",
      entityId: row.id,
      data: { stepId: step.id, commissionId: row.id, agencyId: row.agency_id, defects: o.defects, due: o.deadline.due, basis: o.basis },
      reason: input.note,
      ip,
    });
  });
  return valuationId;
}

/** Asks the agency for its written explanation or correction (art 20); after the 3 days without one, the next agency (art 19 para 3). */
export async function collectReview(ctx: AppContext, user: AuthUser | null, valuationId: string, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  const cal = ctx.calendar.get();
  const settings = valuationSettings(ctx);
  const pre = await ctx.database.db.transaction().execute(async (tx) => {
    const { c, v } = await lockValuation(tx, valuationId, user);
    if (user) await assertMayAct(tx, user, c);
    assertCaseOpen(c);
    await assertNotSuspended(tx, v.id);
    const step = await openStepOf(tx, v, "appraisal");
    const row = await tx.selectFrom("valuation_agency_commissions").selectAll().where("step_id", "=", step.id).where("status", "=", "reported").where("review_status", "=", "waiting").executeTakeFirst();
    if (!row) throw refused("review", "没有等待评估机构说明或者补正的审查", "No explanation or correction is awaited");
    return { c, step, row, asset: await valuedAsset(tx, v.asset_id) };
  });
  const row = pre.row;
  let reply: ReviewReply = await withTimeout(
    settings.callTimeoutMs,
    (signal) =>
      settings.adapters.agencies.pollReview(row.agency_id, {
        commissionId: row.id,
        caseId: pre.c.id,
        asset: pre.asset,
        commissionDate: row.commission_date,
        purpose: PURPOSE,
        asOf: now,
        noticeDate: row.review_notice_date!,
        defects: row.review_defects as string[],
        reportNo: row.report_no,
        resultFen: Number(row.result_fen),
        signal,
      }),
    (error) => ({ status: "error" as const, error }),
  );
  if (reply.status === "explained" || reply.status === "corrected") {
    const bad = !isIsoDate(reply.date) || compareIsoDates(reply.date, row.review_notice_date!) < 0 || compareIsoDates(reply.date, now) > 0 ? `答复日期无效：${reply.date}` : reply.status === "corrected" ? saneReport(reply.report, row.review_notice_date!, now) : null;
    if (bad) reply = { status: "error", error: bad };
  }
  const actor = user ? actorOf(user) : SYSTEM_ACTOR;
  let defaulted = false;
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, v } = await lockValuation(tx, valuationId, user);
    const step = await openStepOf(tx, v, "appraisal");
    const cur = await tx.selectFrom("valuation_agency_commissions").selectAll().where("id", "=", row.id).forUpdate().executeTakeFirstOrThrow();
    if (step.id !== pre.step.id || cur.status !== "reported" || cur.review_status !== "waiting") return;
    await tx.updateTable("valuation_agency_commissions").set({ last_polled_date: now, last_error: reply.status === "error" ? reply.error : null }).where("id", "=", cur.id).execute();
    const answered = reply.status === "explained" || reply.status === "corrected" ? { kind: reply.status, date: reply.date } : undefined;
    const o = appraisalReviewOutcome({ noticeDate: cur.review_notice_date!, ...(answered ? { answer: answered } : {}), today: now, suspensions: await stepSuspensions(tx, step.id) }, cal);
    if (o.status === "waiting") return;
    if (o.status === "defaulted") {
      await tx.updateTable("valuation_agency_commissions").set({ review_status: "defaulted" }).where("id", "=", cur.id).execute();
      await closeClocks(tx, c.id, [VALUATION_CLOCKS.appraisalCorrection], cur.id, "cancelled", now);
      await replaceAgency(tx, ctx, actor, c, v.id, step.id, cur, "defaulted", { review: true, explanation: o.explanation, basis: o.basis, due: o.due }, ip);
      defaulted = true;
      return;
    }
    const report = await tx.selectFrom("valuation_reports").selectAll().where("source_id", "=", cur.id).executeTakeFirstOrThrow();
    let answer: ReviewAnswer;
    if (reply.status === "corrected") {
      const validUntil = capValidity(reply.report);
      answer = { kind: "corrected", date: reply.date, text: reply.text, reportNo: reply.report.reportNo, resultFen: reply.report.resultFen, validUntil, previousResultFen: Number(report.result_fen) };
      await tx
        .updateTable("valuation_agency_commissions")
        .set({ result_fen: reply.report.resultFen, valid_until: validUntil, report_no: reply.report.reportNo })
        .where("id", "=", cur.id)
        .execute();
      // art 21 para 1: a 说明补正 report is served like the others; the previous service no longer counts.
      await tx
        .updateTable("valuation_reports")
        .set({ result_fen: reply.report.resultFen, report_date: reply.report.reportDate, valid_until: validUntil, received_date: now, served_date: null, receipts: "[]", objection_due: null })
        .where("id", "=", report.id)
        .execute();
      await closeClocks(tx, c.id, [VALUATION_CLOCKS.reportService, VALUATION_CLOCKS.objection], report.id, "cancelled", now);
      await openServiceClock(tx, c, report.id, now, cal);
    } else {
      answer = { kind: "explained", date: (reply as { date: IsoDate }).date, text: (reply as { text: string }).text };
    }
    await tx.updateTable("valuation_agency_commissions").set({ review_status: o.status, review_answer: json(answer) }).where("id", "=", cur.id).execute();
    await closeClocks(tx, c.id, [VALUATION_CLOCKS.appraisalCorrection], cur.id, "met", now);
    await record(tx, ctx, actor, c, {
      type: "valuation.reviewAnswered",
      valuationId: v.id,
      entityType: "valuationAgencyCommission",
      entityId: cur.id,
      data: { stepId: step.id, commissionId: cur.id, agencyId: cur.agency_id, reportId: report.id, outcome: o.status, answer, due: o.due, explanation: o.explanation, basis: o.basis },
      ip,
    });
  });
  if (defaulted) {
    await commissionNextAgency(ctx, user, valuationId, ip).catch((e: unknown) => {
      if ((e as { code?: string }).code !== "PRECONDITION_FAILED") throw e;
    });
  }
  return valuationId;
}

// ─── arts 11 para 4, 19 para 4: re-issued reports ────────────────────────────────────────────────────

export type ReissueSource = { sourceId: string; kind: "platform" | "agency"; bodyId: string; name: string };
export type StoredReissueResult = ReissueAnswer & { reportNo?: string; error?: string; polledDate?: IsoDate };

/** The officer asks for re-issued reports: the price's validity ran out before the first auction notice. */
export async function requestReissueOf(ctx: AppContext, user: AuthUser, valuationId: string, input: ReissueInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  const cal = ctx.calendar.get();
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, v } = await lockValuation(tx, valuationId, user);
    await assertMayAct(tx, user, c);
    assertCaseOpen(c);
    if (v.status !== "priced" || !v.valid_until || v.reference_price_fen === null) throw refused("status", "参考价尚未确定", "The reference price is not fixed");
    const pending = await tx.selectFrom("valuation_reissues").select(["id", "due_date"]).where("valuation_id", "=", v.id).where("status", "=", "requested").executeTakeFirst();
    if (pending) throw conflict(`已通知重新出具报告，期限至 ${pending.due_date}`, `A re-issue was requested, due ${pending.due_date}`);
    const r = requestReissue({ method: v.method, validUntil: v.valid_until, firstNoticeDate: v.first_notice_date, today: now }, cal);
    const step = await latestStep(tx, v.id);
    const sources = await reissueSources(tx, v, step.id);
    if (sources.length === 0) throw refused("method", "找不到出具参考价所依据报告的平台或者评估机构", "No platform or agency whose report made the price was found");
    const id = randomUUID();
    await tx
      .insertInto("valuation_reissues")
      .values({
        id,
        court_id: c.court_id,
        case_id: c.id,
        valuation_id: v.id,
        step_id: step.id,
        method: v.method as "onlineInquiry" | "appraisal",
        requested_date: now,
        due_date: r.deadline.due,
        sources: json(sources),
        results: "[]",
        status: "requested",
        previous: json({ priceFen: Number(v.reference_price_fen), validUntil: v.valid_until, fixedDate: v.price_fixed_date }),
        requested_by: user.id,
      })
      .execute();
    // The old price cannot start a sale any more: its art 30 clock, if still running, is no longer the one.
    await closeClocks(tx, c.id, [VALUATION_CLOCKS.saleStart], v.id, "cancelled", now);
    await insertClocks(tx, [clockRow(c, VALUATION_CLOCKS.reissue, id, r.deadline, now)]);
    await record(tx, ctx, actorOf(user), c, {
      type: "valuation.reissueRequested",
      valuationId: v.id,
      entityType: "valuationReissue",
      entityId: id,
      data: { reissueId: id, method: v.method, sources: sources.map((s) => s.name), validUntil: v.valid_until, due: r.deadline.due, explanation: r.explanation, basis: r.basis },
      reason: input.note ?? null,
      ip,
    });
  });
  return valuationId;
}

async function reissueSources(tx: Executor, v: { id: string; method: string; price_detail: unknown }, stepId: string): Promise<ReissueSource[]> {
  if (v.method === "onlineInquiry") {
    const used = ((v.price_detail as { used?: { platformId: string }[] } | null)?.used ?? []).map((u) => u.platformId);
    const rows = await tx.selectFrom("valuation_platform_commissions").select(["id", "platform_id", "platform_name"]).where("step_id", "=", stepId).orderBy("platform_id").execute();
    return rows.filter((r) => used.includes(r.platform_id)).map((r) => ({ sourceId: r.id, kind: "platform", bodyId: r.platform_id, name: r.platform_name }));
  }
  const agency = await tx.selectFrom("valuation_agency_commissions").select(["id", "agency_id", "agency_name"]).where("step_id", "=", stepId).where("status", "=", "reported").executeTakeFirst();
  return agency ? [{ sourceId: agency.id, kind: "agency", bodyId: agency.agency_id, name: agency.agency_name }] : [];
}

/** Asks the platforms or the agency what they re-issued by today; decides with the domain; the new price replaces the old one. */
export async function collectReissue(ctx: AppContext, user: AuthUser | null, valuationId: string, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  const cal = ctx.calendar.get();
  const settings = valuationSettings(ctx);
  const pre = await ctx.database.db.transaction().execute(async (tx) => {
    const { c, v } = await lockValuation(tx, valuationId, user);
    if (user) await assertMayAct(tx, user, c);
    assertCaseOpen(c);
    const r = await tx.selectFrom("valuation_reissues").selectAll().where("valuation_id", "=", v.id).where("status", "=", "requested").executeTakeFirst();
    if (!r) throw refused("reissue", "没有等待重新出具的报告", "No re-issue is awaited");
    return { c, r, asset: await valuedAsset(tx, v.asset_id) };
  });
  const sources = pre.r.sources as ReissueSource[];
  const known = new Map((pre.r.results as StoredReissueResult[]).map((x) => [x.sourceId, x]));
  const polled = await Promise.all(
    sources.map(async (s): Promise<StoredReissueResult> => {
      const have = known.get(s.sourceId);
      if (have?.reportDate) return have;
      const req = { commissionId: s.sourceId, caseId: pre.c.id, asset: pre.asset, commissionDate: pre.r.requested_date, purpose: PURPOSE, asOf: now, reissueId: pre.r.id, requestDate: pre.r.requested_date };
      const platform = settings.adapters.platforms.find((p) => p.id === s.bodyId);
      const reply: ReissueReply = await withTimeout(
        settings.callTimeoutMs,
        (signal) => (s.kind === "platform" ? (platform ? platform.pollReissue({ ...req, signal }) : Promise.resolve({ status: "error" as const, error: `平台 ${s.bodyId} 已不在名单库中` })) : settings.adapters.agencies.pollReissue(s.bodyId, { ...req, signal })),
        (error) => ({ status: "error" as const, error }),
      );
      if (reply.status === "error") return { sourceId: s.sourceId, error: reply.error, polledDate: now };
      if (reply.status === "pending") return { sourceId: s.sourceId, polledDate: now };
      const bad = saneReport(reply.report, pre.r.requested_date, now);
      if (bad) return { sourceId: s.sourceId, error: bad, polledDate: now };
      return { sourceId: s.sourceId, reportDate: reply.report.reportDate, resultFen: reply.report.resultFen, validUntil: capValidity(reply.report), reportNo: reply.report.reportNo, polledDate: now };
    }),
  );
  const actor = user ? actorOf(user) : SYSTEM_ACTOR;
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, v } = await lockValuation(tx, valuationId, user);
    const r = await tx.selectFrom("valuation_reissues").selectAll().where("id", "=", pre.r.id).forUpdate().executeTakeFirstOrThrow();
    if (r.status !== "requested" || v.status !== "priced") return;
    await tx.updateTable("valuation_reissues").set({ results: json(polled) }).where("id", "=", r.id).execute();
    const o = reissueOutcome({ method: r.method, requestedDate: r.requested_date, due: r.due_date, answers: polled.map(({ sourceId, reportDate, resultFen, validUntil }) => ({ sourceId, ...(reportDate ? { reportDate } : {}), ...(resultFen ? { resultFen } : {}), ...(validUntil ? { validUntil } : {}) })), today: now });
    if (o.status === "waiting") return;
    if (o.status === "failed") {
      await tx.updateTable("valuation_reissues").set({ status: "failed", ended_date: now }).where("id", "=", r.id).execute();
      await closeClocks(tx, c.id, [VALUATION_CLOCKS.reissue], r.id, "cancelled", now);
      await record(tx, ctx, actor, c, { type: "valuation.reissueFailed", valuationId: v.id, entityType: "valuationReissue", entityId: r.id, data: { reissueId: r.id, due: o.due, explanation: o.explanation, basis: o.basis }, ip });
      return;
    }
    const byId = new Map(sources.map((s) => [s.sourceId, s]));
    const reportIds: string[] = [];
    for (const u of o.used) {
      const s = byId.get(u.sourceId)!;
      const res = polled.find((p) => p.sourceId === u.sourceId)!;
      const reportId = randomUUID();
      reportIds.push(reportId);
      await tx
        .insertInto("valuation_reports")
        .values({
          id: reportId,
          court_id: c.court_id,
          case_id: c.id,
          valuation_id: v.id,
          step_id: r.step_id,
          kind: r.method,
          source_id: null,
          source_name: s.name,
          report_date: res.reportDate!,
          received_date: now,
          result_fen: u.resultFen,
          valid_until: u.validUntil,
          origin: "reissue",
          reissue_id: r.id,
        })
        .execute();
      await openServiceClock(tx, c, reportId, now, cal);
    }
    await tx.updateTable("valuation_reissues").set({ status: "received", price_fen: o.priceFen, valid_until: o.validUntil, ended_date: now }).where("id", "=", r.id).execute();
    await closeClocks(tx, c.id, [VALUATION_CLOCKS.reissue], r.id, "met", now);
    const sale = saleStartDeadline({ priceFixedDate: now }, cal);
    const previousDetail = (v.price_detail as Record<string, unknown> | null) ?? {};
    const used = o.used.map((u) => ({ platformId: byId.get(u.sourceId)!.bodyId, resultFen: u.resultFen }));
    const detail = {
      ...previousDetail,
      ...(r.method === "onlineInquiry" ? { used, excluded: [], late: o.late.map((id) => byId.get(id)!.bodyId) } : { agencyId: byId.get(o.used[0]!.sourceId)!.bodyId, reportResultFen: o.priceFen, objection: "none" }),
      reissueId: r.id,
      reissuedReports: reportIds,
      previous: r.previous,
      basis: o.basis,
    };
    await tx
      .updateTable("valuations")
      .set((eb) => ({ reference_price_fen: o.priceFen, price_fixed_date: now, valid_until: o.validUntil, price_detail: json(detail), version: eb("version", "+", 1) }))
      .where("id", "=", v.id)
      .execute();
    await insertClocks(tx, [clockRow(c, VALUATION_CLOCKS.saleStart, v.id, sale, now)]);
    await record(tx, ctx, actor, c, {
      type: "valuation.reissued",
      valuationId: v.id,
      entityType: "valuationReissue",
      entityId: r.id,
      data: { reissueId: r.id, priceFen: o.priceFen, validUntil: o.validUntil, previous: r.previous, used, late: o.late, reportIds, saleStartDue: sale.due, basis: [...o.basis, P("art 30")] },
      ip,
    });
  });
  return valuationId;
}
