// 委托评估 (参考价规定(2018) arts 14–19): three agencies and their order, agreed by the parties from the
// 名单分库 (checkAgreedAgencies) or drawn by lot (drawAgencies, with a seed derived from public inputs and
// recorded so that anyone can re-run the draw: `zhixing valuation draw`); the first in order is
// commissioned; its report within 30 days (appraisalDeadline), at most two extensions of ≤ 15 days
// applied for 5 days ahead (requestAppraisalExtension); on default the next agency (nextAgency). When
// all three failed, three are chosen anew (a new round, with a new seed).
import { randomUUID } from "node:crypto";
import { extendOpenClock, insertClocks, type Executor } from "@zhixing/db";
import {
  AGENCY_LOTTERY,
  appraisalDeadline,
  appraisalStatus,
  checkAgreedAgencies,
  citeSource,
  compareIsoDates,
  drawAgencies,
  isIsoDate,
  materialsReturnDeadline,
  maxValidUntil,
  nextAgency,
  requestAppraisalExtension,
  sm3Hex,
  type AppraisalExtension,
  type IsoDate,
  type Suspension,
} from "@zhixing/domain";
import type { AgencyReply } from "../../adapters/valuation";
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
  SYSTEM_ACTOR,
  valuationSettings,
  withTimeout,
  type Actor,
} from "./valuation.common";
import { valuedAsset } from "./online.service";
import { openServiceClock, VALUATION_CLOCKS } from "./valuation.service";
import type { AgenciesInput, ExtensionInput } from "./valuation.schemas";

const PURPOSE = "确定财产处置参考价（委托评估）";

/** The version of how a lottery's seed is derived from public inputs (recorded with every draw). */
export const LOTTERY_SEED_VERSION = "zhixing/valuation/lottery-seed/v1";

/**
 * The seed of a draw: SM3 (hex) of the UTF-8 text "zhixing/valuation/lottery-seed/v1", case id,
 * valuation id, round, date and the sorted candidate ids joined by ",", each on its own line — all
 * public or recorded, fixed before the draw, so neither the court nor a party chooses the outcome.
 */
export function lotterySeed(inputs: { caseId: string; valuationId: string; round: number; date: IsoDate; candidates: readonly string[] }): string {
  const sorted = [...inputs.candidates].sort();
  return sm3Hex([LOTTERY_SEED_VERSION, inputs.caseId, inputs.valuationId, String(inputs.round), inputs.date, sorted.join(",")].join("\n"));
}

export type Extension = AppraisalExtension;

export function deadlineOf(row: { commission_date: string; extensions: unknown; suspensions: unknown }, cal: ReturnType<AppContext["calendar"]["get"]>) {
  return appraisalDeadline({ commissionDate: row.commission_date, extensions: row.extensions as Extension[], suspensions: row.suspensions as Suspension[] }, cal);
}

// ─── choosing the three agencies (art 16) ────────────────────────────────────────────────────────────

/** art 16: the three agencies and their order, by the parties' agreement or by lottery; then the first is commissioned (art 17). */
export async function selectAgencies(ctx: AppContext, user: AuthUser, valuationId: string, input: AgenciesInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  const { agencies } = valuationSettings(ctx).adapters;
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, v } = await lockValuation(tx, valuationId, user);
    await assertMayAct(tx, user, c);
    assertCaseOpen(c);
    const step = await openStepOf(tx, v, "appraisal");
    const previous = await tx.selectFrom("valuation_agency_selections").selectAll().where("step_id", "=", step.id).orderBy("round", "desc").limit(1).executeTakeFirst();
    if (previous) {
      const failed = await failedAgencies(tx, previous.id);
      const n = nextAgency({ order: previous.result as string[], failed });
      if (n.kind === "next") {
        throw conflict("评估机构已经确定；只有三家均不能完成评估时才重新确定", "The agencies are chosen; they are chosen anew only when all three have failed", "mode");
      }
    }
    const round = (previous?.round ?? 0) + 1;
    const asset = await tx.selectFrom("assets").select(["asset_type"]).where("id", "=", v.asset_id).executeTakeFirstOrThrow();
    const library = agencies.libraryFor(asset.asset_type);
    const candidates = agencies.list(library).map((a) => a.id).sort();
    let order: [string, string, string];
    let seed: string | null = null;
    let seedInputs: Record<string, unknown> | null = null;
    if (input.mode === "agreement") {
      order = checkAgreedAgencies({ candidates, chosen: input.chosen });
    } else {
      seedInputs = { version: LOTTERY_SEED_VERSION, caseId: c.id, valuationId: v.id, round, date: now, candidates };
      seed = lotterySeed({ caseId: c.id, valuationId: v.id, round, date: now, candidates });
      order = drawAgencies(candidates, seed);
    }
    const id = randomUUID();
    await tx
      .insertInto("valuation_agency_selections")
      .values({
        id,
        court_id: c.court_id,
        case_id: c.id,
        valuation_id: v.id,
        step_id: step.id,
        round,
        mode: input.mode,
        candidates: json(candidates),
        seed,
        seed_inputs: seedInputs ? json(seedInputs) : null,
        algorithm: input.mode === "lottery" ? AGENCY_LOTTERY.version : null,
        result: json(order),
        selected_date: now,
        selected_by: user.id,
      })
      .execute();
    await record(tx, ctx, actorOf(user), c, {
      type: input.mode === "lottery" ? "valuation.agenciesDrawn" : "valuation.agenciesAgreed",
      valuationId: v.id,
      entityType: "valuationAgencySelection",
      entityId: id,
      data: {
        stepId: step.id,
        selectionId: id,
        round,
        mode: input.mode,
        library,
        candidates,
        order,
        ...(input.mode === "lottery" ? { seed, seedInputs, algorithm: AGENCY_LOTTERY.version } : {}),
        basis: [citeSource("referencePrice", "art 16")],
      },
      ip,
    });
  });
  // art 17: the first in order is commissioned at once (a failed call leaves it to POST …/appraisal/commission).
  await commissionNextAgency(ctx, user, valuationId, ip).catch((e: unknown) => {
    if ((e as { code?: string }).code !== "PRECONDITION_FAILED") throw e;
  });
  return valuationId;
}

async function failedAgencies(db: Executor, selectionId: string): Promise<string[]> {
  const rows = await db.selectFrom("valuation_agency_commissions").select(["agency_id"]).where("selection_id", "=", selectionId).where("status", "in", ["defaulted", "replaced"]).execute();
  return rows.map((r) => r.agency_id);
}

// ─── commissioning the next agency (arts 17, 19 para 3) ──────────────────────────────────────────────

async function nextToCommission(db: Executor, stepId: string) {
  const selection = await db.selectFrom("valuation_agency_selections").selectAll().where("step_id", "=", stepId).orderBy("round", "desc").limit(1).executeTakeFirst();
  if (!selection) throw refused("mode", "尚未确定评估机构（第十六条）", "No agencies have been chosen yet (art 16)");
  const running = await db.selectFrom("valuation_agency_commissions").select(["agency_id", "status"]).where("step_id", "=", stepId).where("status", "in", ["commissioned", "reported"]).executeTakeFirst();
  if (running) throw conflict(`评估机构 ${running.agency_id} 正在评估或已出具报告`, `Agency ${running.agency_id} is working or has reported`);
  const n = nextAgency({ order: selection.result as string[], failed: await failedAgencies(db, selection.id) });
  if (n.kind === "reselect") throw refused("mode", n.explanation.zh, n.explanation.en);
  return { selection, next: n };
}

/** Commissions the next agency in order (the first, or the next after a default or an upheld objection). */
export async function commissionNextAgency(ctx: AppContext, user: AuthUser | null, valuationId: string, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  const cal = ctx.calendar.get();
  const settings = valuationSettings(ctx);
  const pre = await ctx.database.db.transaction().execute(async (tx) => {
    const { c, v } = await lockValuation(tx, valuationId, user);
    if (user) await assertMayAct(tx, user, c);
    assertCaseOpen(c);
    await assertNotSuspended(tx, v.id);
    const step = await openStepOf(tx, v, "appraisal");
    return { c, v, step, ...(await nextToCommission(tx, step.id)), asset: await valuedAsset(tx, v.asset_id) };
  });
  const commissionId = randomUUID();
  const agencyId = pre.next.agencyId;
  const info = settings.adapters.agencies.find(agencyId);
  const ack = await withTimeout(
    settings.callTimeoutMs,
    (signal) => settings.adapters.agencies.commission(agencyId, { commissionId, caseId: pre.c.id, asset: pre.asset, commissionDate: now, purpose: PURPOSE, signal }),
    (error) => ({ status: "error" as const, error }),
  );
  if (ack.status === "error") {
    throw refused("agency", `评估机构未能接收委托书，请稍后重试：${ack.error}`, `The agency's system did not take the commission; try again later: ${ack.error}`);
  }
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, v } = await lockValuation(tx, valuationId, user);
    const step = await openStepOf(tx, v, "appraisal");
    const again = await nextToCommission(tx, step.id);
    if (step.id !== pre.step.id || again.next.agencyId !== agencyId || again.selection.id !== pre.selection.id) {
      throw conflict("评估机构已被他人更新，请刷新后重试", "The appraisal changed meanwhile; reload and try again");
    }
    const deadline = appraisalDeadline({ commissionDate: now }, cal);
    await tx
      .insertInto("valuation_agency_commissions")
      .values({
        id: commissionId,
        court_id: c.court_id,
        case_id: c.id,
        valuation_id: v.id,
        step_id: step.id,
        selection_id: pre.selection.id,
        agency_id: agencyId,
        agency_name: info?.name ?? agencyId,
        position: pre.next.position,
        commission_date: now,
        status: "commissioned",
      })
      .execute();
    await insertClocks(tx, [clockRow(c, VALUATION_CLOCKS.appraisalReport, commissionId, deadline, now)]);
    await record(tx, ctx, user ? actorOf(user) : SYSTEM_ACTOR, c, {
      type: "valuation.agencyCommissioned",
      valuationId: v.id,
      entityType: "valuationAgencyCommission",
      entityId: commissionId,
      data: { stepId: step.id, commissionId, agencyId, name: info?.name ?? agencyId, position: pre.next.position, due: deadline.due, reference: ack.reference, basis: [...pre.next.basis, ...deadline.basis] },
      ip,
    });
  });
  return valuationId;
}

// ─── collecting, extensions, default (art 19) ────────────────────────────────────────────────────────

function sane(reply: AgencyReply, commissionDate: IsoDate, now: IsoDate): AgencyReply {
  if (reply.status === "error") return reply;
  const inRange = (d: IsoDate) => isIsoDate(d) && compareIsoDates(d, commissionDate) >= 0 && compareIsoDates(d, now) <= 0;
  if (reply.status === "reported") {
    const r = reply.report;
    if (!inRange(r.reportDate) || !Number.isSafeInteger(r.resultFen) || r.resultFen <= 0 || !isIsoDate(r.validUntil)) return { status: "error", error: `评估报告无效（日期 ${r.reportDate}，结果 ${r.resultFen}）` };
  }
  if (reply.status === "working" && reply.extensionRequest) {
    const e = reply.extensionRequest;
    if (!inRange(e.requestDate) || !Number.isInteger(e.days) || e.days < 1) return { status: "error", error: `延期申请无效（${e.requestDate}，${e.days} 日）` };
  }
  return reply;
}

/**
 * Asks the agency at work what it has done by today: a report (delivered in time → received and to be
 * served), an extension application (kept for the court to decide), or nothing — and after the due date
 * without a report the agency has defaulted (art 19 para 3): the materials come back within 3 days and
 * the next agency is commissioned.
 */
export async function collectAppraisal(ctx: AppContext, user: AuthUser | null, valuationId: string, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  const cal = ctx.calendar.get();
  const settings = valuationSettings(ctx);
  const pre = await ctx.database.db.transaction().execute(async (tx) => {
    const { c, v } = await lockValuation(tx, valuationId, user);
    if (user) await assertMayAct(tx, user, c);
    assertCaseOpen(c);
    await assertNotSuspended(tx, v.id);
    const step = await openStepOf(tx, v, "appraisal");
    const row = await tx.selectFrom("valuation_agency_commissions").selectAll().where("step_id", "=", step.id).where("status", "=", "commissioned").executeTakeFirst();
    return { c, v, step, row, asset: await valuedAsset(tx, v.asset_id) };
  });
  if (!pre.row) return valuationId;
  const row = pre.row;
  const reply = sane(
    await withTimeout(
      settings.callTimeoutMs,
      (signal) => settings.adapters.agencies.poll(row.agency_id, { commissionId: row.id, caseId: pre.c.id, asset: pre.asset, commissionDate: row.commission_date, purpose: PURPOSE, asOf: now, signal }),
      (error) => ({ status: "error" as const, error }),
    ),
    row.commission_date,
    now,
  );
  const actor = user ? actorOf(user) : SYSTEM_ACTOR;
  let defaulted = false;
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, v } = await lockValuation(tx, valuationId, user);
    const step = await openStepOf(tx, v, "appraisal");
    const cur = await tx.selectFrom("valuation_agency_commissions").selectAll().where("id", "=", row.id).forUpdate().executeTakeFirstOrThrow();
    if (step.id !== pre.step.id || cur.status !== "commissioned") return;
    await tx.updateTable("valuation_agency_commissions").set({ last_polled_date: now, last_error: reply.status === "error" ? reply.error : null }).where("id", "=", cur.id).execute();
    const input = { commissionDate: cur.commission_date, extensions: cur.extensions as Extension[], suspensions: cur.suspensions as Suspension[] };
    if (reply.status === "working" && reply.extensionRequest) {
      const pending = cur.extension_request as Extension | null;
      const granted = (cur.extensions as Extension[]).some((e) => e.requestDate === reply.extensionRequest!.requestDate);
      if (!granted && pending?.requestDate !== reply.extensionRequest.requestDate) {
        await tx.updateTable("valuation_agency_commissions").set({ extension_request: json(reply.extensionRequest) }).where("id", "=", cur.id).execute();
        await record(tx, ctx, actor, c, {
          type: "valuation.extensionRequested",
          valuationId: v.id,
          entityType: "valuationAgencyCommission",
          entityId: cur.id,
          data: { stepId: step.id, commissionId: cur.id, agencyId: cur.agency_id, ...reply.extensionRequest, latestRequest: deadlineOf(cur, cal).latestExtensionRequest },
          ip,
        });
      }
    }
    const report = reply.status === "reported" ? reply.report : undefined;
    const status = appraisalStatus({ ...input, ...(report ? { reportDate: report.reportDate } : {}), today: now }, cal);
    if (status.status === "delivered" && report) {
      const validUntil = compareIsoDates(report.validUntil, maxValidUntil(report.reportDate)) > 0 || compareIsoDates(report.validUntil, report.reportDate) < 0 ? maxValidUntil(report.reportDate) : report.validUntil;
      await tx
        .updateTable("valuation_agency_commissions")
        .set({ status: "reported", report_date: report.reportDate, result_fen: report.resultFen, valid_until: validUntil, report_no: report.reportNo, ended_date: now, extension_request: null })
        .where("id", "=", cur.id)
        .execute();
      const reportId = randomUUID();
      await tx
        .insertInto("valuation_reports")
        .values({
          id: reportId,
          court_id: c.court_id,
          case_id: c.id,
          valuation_id: v.id,
          step_id: step.id,
          kind: "appraisal",
          source_id: cur.id,
          source_name: cur.agency_name,
          report_date: report.reportDate,
          received_date: now,
          result_fen: report.resultFen,
          valid_until: validUntil,
        })
        .execute();
      await closeClocks(tx, c.id, [VALUATION_CLOCKS.appraisalReport], cur.id, "met", now);
      await openServiceClock(tx, c, reportId, now, cal);
      await record(tx, ctx, actor, c, {
        type: "valuation.reportReceived",
        valuationId: v.id,
        data: { stepId: step.id, reportId, kind: "appraisal", commissionId: cur.id, agencyId: cur.agency_id, reportDate: report.reportDate, resultFen: report.resultFen, validUntil, reportNo: report.reportNo, due: status.deadline.due },
        ip,
      });
    } else if (status.status === "defaulted") {
      await replaceAgency(tx, ctx, actor, c, v.id, step.id, cur, "defaulted", { explanation: status.explanation, basis: status.basis, due: status.deadline.due, lateReportDate: report?.reportDate ?? null }, ip);
      defaulted = true;
    }
  });
  if (defaulted) {
    // art 19 para 3: the next agency in order re-appraises (when all three failed, they are chosen anew).
    await commissionNextAgency(ctx, user, valuationId, ip).catch((e: unknown) => {
      if ((e as { code?: string }).code !== "PRECONDITION_FAILED") throw e;
    });
  }
  return valuationId;
}

/**
 * An agency leaves the appraisal: it defaulted (art 19 para 3) or an objection to its qualification or
 * procedure was upheld (art 23 para 2). It returns the materials within 3 days; the caller commissions
 * the next one after the transaction.
 */
export async function replaceAgency(
  tx: Executor,
  ctx: AppContext,
  actor: Actor,
  c: LockedCase,
  valuationId: string,
  stepId: string,
  row: { id: string; agency_id: string },
  status: "defaulted" | "replaced",
  why: Record<string, unknown>,
  ip: string | null,
): Promise<void> {
  const now = today(ctx);
  await tx.updateTable("valuation_agency_commissions").set({ status, ended_date: now, end_reason: status, extension_request: null }).where("id", "=", row.id).execute();
  await closeClocks(tx, c.id, [VALUATION_CLOCKS.appraisalReport], row.id, "cancelled", now);
  const back = materialsReturnDeadline({ noticeDate: now }, ctx.calendar.get());
  await insertClocks(tx, [clockRow(c, VALUATION_CLOCKS.materialsReturn, row.id, back, now)]);
  await record(tx, ctx, actor, c, {
    type: status === "defaulted" ? "valuation.agencyDefaulted" : "valuation.agencyReplaced",
    valuationId,
    entityType: "valuationAgencyCommission",
    entityId: row.id,
    data: { stepId, commissionId: row.id, agencyId: row.agency_id, materialsReturnDue: back.due, ...why },
    ip,
  });
}

/** art 19 para 2: the court grants the agency's written application for more time (at most twice, ≤ 15 days, 5 days ahead). */
export async function grantExtension(ctx: AppContext, user: AuthUser, valuationId: string, input: ExtensionInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  const cal = ctx.calendar.get();
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, v } = await lockValuation(tx, valuationId, user);
    await assertMayAct(tx, user, c);
    assertCaseOpen(c);
    const step = await openStepOf(tx, v, "appraisal");
    const row = await tx.selectFrom("valuation_agency_commissions").selectAll().where("step_id", "=", step.id).where("status", "=", "commissioned").forUpdate().executeTakeFirst();
    if (!row) throw refused("status", "没有正在评估的评估机构", "No agency is at work");
    const pending = row.extension_request as Extension | null;
    const requestDate = input.requestDate ?? pending?.requestDate;
    const days = input.days ?? pending?.days;
    if (!requestDate) throw invalidRequest("requestDate");
    if (days === undefined) throw invalidRequest("days");
    if (compareIsoDates(requestDate, now) > 0) throw refused("requestDate", "申请日期不能晚于今天", "The application cannot be dated after today");
    const extensions = row.extensions as Extension[];
    const d = requestAppraisalExtension({ commissionDate: row.commission_date, extensions, suspensions: row.suspensions as Suspension[] }, { requestDate, days }, cal);
    await tx
      .updateTable("valuation_agency_commissions")
      .set({ extensions: json([...extensions, { requestDate, days }]), extension_request: null })
      .where("id", "=", row.id)
      .execute();
    const clock = await openClockOf(tx, c.id, VALUATION_CLOCKS.appraisalReport, row.id);
    if (clock) await extendOpenClock(tx, clock.id, { due: d.due, basis: d.basis[0], provisional: d.provisional, countedFrom: row.commission_date, periodN: d.period.n });
    await record(tx, ctx, actorOf(user), c, {
      type: "valuation.extensionGranted",
      valuationId: v.id,
      entityType: "valuationAgencyCommission",
      entityId: row.id,
      data: { stepId: step.id, commissionId: row.id, agencyId: row.agency_id, requestDate, days, due: d.due, extensionsLeft: d.extensionsLeft, basis: d.basis },
      ip,
    });
  });
  return valuationId;
}

function invalidRequest(field: "requestDate" | "days") {
  return refused(
    field,
    field === "requestDate" ? "评估机构没有提出延期申请；须写明申请日期和天数" : "须写明延长的天数（不超过十五日）",
    field === "requestDate" ? "The agency has not applied; give the application's date and days" : "Give the days to extend (at most 15)",
  );
}
