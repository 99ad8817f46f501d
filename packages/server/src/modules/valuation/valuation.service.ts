// 确定财产处置参考价 (参考价规定(2018), rules.md §9): starting the procedure for a controlled asset,
// moving from one method to the next, the parties' agreement (议价), the directed inquiry (定向询价),
// fixing the price and starting the sale. The online inquiry (online.service.ts), the appraisal
// (appraisal.service.ts) and the reports' service and objections (objections.service.ts) sit beside it.
//
// Every write locks the case row, checks that the user may act (the handler or the division head),
// decides with the domain (packages/domain/src/valuation) and persists the state, its clocks, the case
// event and the audit record in one transaction. Clocks are rows with subject_id naming the valuation,
// the step, the report, the agency commission or the objection they concern.
import { randomUUID } from "node:crypto";
import { insertClocks, type Executor } from "@zhixing/db";
import {
  checkValidity,
  citeSource,
  compareIsoDates,
  evaluateAgreement,
  invalidField,
  maxValidUntil,
  nextValuationMethod,
  procedureStartDeadline,
  reportServiceDeadline,
  saleStartDeadline,
  VALUATION_METHOD_LABELS,
  type AgreementOutcome,
  type Citation,
  type IsoDate,
  type Localized,
  type MethodStep,
  type StatutoryCalendar,
  type ValuationFacts,
  type ValuationMethod,
} from "@zhixing/domain";
import { today, type AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import type { LockedCase } from "../cases/case-lock";
import { lockCase } from "../cases/case-lock";
import { PRESERVATION_TYPE_CODE } from "../cases/cases.service";
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
  type Actor,
  type StepRow,
  type ValuationRow,
} from "./valuation.common";
import type { DirectedResultInput, NextInput, StartInput, SubmissionInput } from "./valuation.schemas";

export const VALUATION_CLOCKS = {
  start: "valuationStart",
  agreement: "valuationAgreement",
  directedInquiry: "valuationDirectedInquiry",
  onlineReport: "valuationOnlineReport",
  onlineCorrection: "valuationOnlineCorrection",
  appraisalReport: "valuationAppraisalReport",
  materialsReturn: "valuationMaterialsReturn",
  reportService: "valuationReportService",
  objection: "valuationObjection",
  objectionReferral: "valuationObjectionReferral",
  agencyExplanation: "valuationAgencyExplanation",
  saleStart: "valuationSaleStart",
  appraisalCorrection: "valuationAppraisalCorrection",
  reissue: "valuationReissue",
} as const;

/** Money itself: a deposit or a payment-account balance is deducted and paid over, never valued or sold. */
export const NO_VALUATION_TYPES: ReadonlySet<string> = new Set(["bankDeposit", "onlinePaymentFunds"]);

const P = (article: string): Citation => citeSource("referencePrice", article);

// ─── starting ────────────────────────────────────────────────────────────────────────────────────────

/** The measure that controls the asset for this case: our own, in effect (first in rank), not a deduction. */
export async function controllingMeasure(db: Executor, caseId: string, assetId: string) {
  return db
    .selectFrom("measures")
    .select(["id", "start_date", "kind"])
    .where("case_id", "=", caseId)
    .where("asset_id", "=", assetId)
    .where("status", "=", "active")
    .where("external", "=", false)
    .where("rank", "=", "first")
    .where("kind", "!=", "deduct")
    .orderBy("start_date")
    .orderBy("registered_at")
    .limit(1)
    .executeTakeFirst();
}

/** art 1: starts the procedure for a controlled asset of the case with the first method the order allows. */
export async function startValuation(ctx: AppContext, user: AuthUser, caseId: string, input: StartInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  const cal = ctx.calendar.get();
  const id = randomUUID();
  await ctx.database.db.transaction().execute(async (tx) => {
    const c = await lockCase(tx, caseId);
    await assertMayAct(tx, user, c);
    assertCaseOpen(c);
    const { type_code } = await tx.selectFrom("cases").select("type_code").where("id", "=", c.id).executeTakeFirstOrThrow();
    if (type_code === PRESERVATION_TYPE_CODE) {
      throw refused("caseId", "保全案件只控制财产，不处置财产；财产的处置参考价在执行案件中确定", "A preservation case controls property and does not sell it: the reference price is determined in the enforcement case");
    }
    const asset = await tx.selectFrom("assets").select(["id", "case_id", "asset_type", "description"]).where("id", "=", input.assetId).executeTakeFirst();
    if (!asset || asset.case_id !== caseId) throw invalidField("assetId", { zh: "本案没有该财产", en: "No such asset in this case" });
    if (NO_VALUATION_TYPES.has(asset.asset_type)) {
      throw refused(
        "assetId",
        "银行存款、网络支付账户资金等货币财产直接扣划，无需确定处置参考价（参考价规定第一条：需要拍卖、变卖的财产）",
        "Deposits and payment-account funds are money: they are deducted, not valued (参考价规定 art 1 covers property to be auctioned or sold)",
      );
    }
    const measure = await controllingMeasure(tx, caseId, asset.id);
    if (!measure) {
      throw refused(
        "assetId",
        "该财产未被本院查封、扣押、冻结（或仅为轮候），不能启动确定参考价程序（第一条）",
        "The asset is not sealed, seized or frozen by this court in first rank (a queued measure does not count): the procedure cannot start (art 1)",
      );
    }
    const running = await tx.selectFrom("valuations").select(["id", "status", "valid_until"]).where("asset_id", "=", asset.id).where("status", "in", ["inProgress", "priced"]).execute();
    if (running.some((r) => r.status === "inProgress")) throw conflict("该财产已有正在进行的确定参考价程序", "A valuation of this asset is already running", "assetId");
    const valid = running.find((r) => r.status === "priced" && r.valid_until && compareIsoDates(now, r.valid_until) <= 0);
    if (valid) throw conflict(`该财产的参考价仍在有效期内（至 ${valid.valid_until}）`, `The asset's reference price is still valid (until ${valid.valid_until})`, "assetId");

    const startClock = procedureStartDeadline({ controlDate: measure.start_date }, cal);
    const facts = factsOf(input.facts);
    const step = nextValuationMethod({
      facts,
      ...(input.target !== undefined ? { target: input.target } : {}),
      ...(input.bothPartiesAgree !== undefined ? { bothPartiesAgree: input.bothPartiesAgree } : {}),
    });
    const late = compareIsoDates(now, startClock.due) > 0;
    await tx
      .insertInto("valuations")
      .values({
        id,
        court_id: c.court_id,
        case_id: c.id,
        asset_id: asset.id,
        measure_id: measure.id,
        control_date: measure.start_date,
        start_due: startClock.due,
        started_date: now,
        facts: json(facts),
        method: step.method,
        status: "inProgress",
        created_by: user.id,
      })
      .execute();
    // The art 1 clock ran from the control date; starting meets it (late when after its due date).
    await insertClocks(tx, [clockRow(c, VALUATION_CLOCKS.start, id, { ...startClock, from: startClock.from }, now, "met")]);
    const stepId = await openStep(tx, c, { id, case_id: c.id }, 1, step, input, now, user.id);
    await record(tx, ctx, actorOf(user), c, {
      type: "valuation.start",
      valuationId: id,
      data: {
        assetId: asset.id,
        assetType: asset.asset_type,
        measureId: measure.id,
        controlDate: measure.start_date,
        startDue: startClock.due,
        late,
        stepId,
        method: step.method,
        reason: step.reason,
        skipped: step.skipped.map((s) => ({ method: s.method, reason: s.reason })),
        facts,
        basis: [...startClock.basis, ...step.basis],
      },
      ip,
    });
  });
  return id;
}

function factsOf(f: Partial<ValuationFacts>): ValuationFacts {
  return {
    hasGovernmentPrice: f.hasGovernmentPrice ?? false,
    needsOnSiteInspection: f.needsOnSiteInspection ?? false,
    onlineInquiryAvailable: f.onlineInquiryAvailable ?? false,
    ...(f.partyRefusesAgreement !== undefined ? { partyRefusesAgreement: f.partyRefusesAgreement } : {}),
    ...(f.partyMissing !== undefined ? { partyMissing: f.partyMissing } : {}),
    ...(f.appraisalRequiredByLaw !== undefined ? { appraisalRequiredByLaw: f.appraisalRequiredByLaw } : {}),
  };
}

/** Records a method's step and the clock of the court-set period it needs (agreement art 4, directed inquiry art 6). */
async function openStep(
  tx: Executor,
  c: LockedCase,
  v: { id: string; case_id: string },
  seq: number,
  step: MethodStep,
  setup: { dueDate?: string | undefined; institution?: string | undefined },
  now: IsoDate,
  userId: string | null,
): Promise<string> {
  const id = randomUUID();
  const needsPeriod = step.method === "agreed" || step.method === "directedInquiry";
  if (needsPeriod) {
    if (!setup.dueDate) {
      throw invalidField("dueDate", {
        zh: step.method === "agreed" ? "议价须指定当事人提交议价结果的期限（第四条第一款）" : "定向询价函须载明完成期限（第六条第一款）",
        en: step.method === "agreed" ? "An agreement needs the period the court sets for the parties' results (art 4 para 1)" : "A directed inquiry letter states the period to complete it (art 6 para 1)",
      });
    }
    if (compareIsoDates(setup.dueDate, now) < 0) throw invalidField("dueDate", { zh: "指定期限不能早于今天", en: "The period cannot end before today" });
  }
  if (step.method === "directedInquiry" && !setup.institution) {
    throw invalidField("institution", { zh: "须写明接受定向询价的机构（第五条、第六条）", en: "Name the institution asked (arts 5, 6)" });
  }
  await tx
    .insertInto("valuation_steps")
    .values({
      id,
      court_id: c.court_id,
      case_id: c.id,
      valuation_id: v.id,
      seq,
      method: step.method,
      reason: step.reason,
      explanation: json(step.explanation),
      basis: json(step.basis),
      skipped: json(step.skipped),
      started_date: now,
      due_date: needsPeriod ? setup.dueDate! : null,
      institution: step.method === "directedInquiry" ? setup.institution! : null,
      status: "open",
      created_by: userId,
    })
    .execute();
  if (needsPeriod) {
    const kind = step.method === "agreed" ? VALUATION_CLOCKS.agreement : VALUATION_CLOCKS.directedInquiry;
    await insertClocks(tx, [clockRow(c, kind, id, { due: setup.dueDate!, basis: step.method === "agreed" ? P("art 4 para 1") : P("art 6 para 1") }, now)]);
  }
  return id;
}

/** The open clocks a step leaves behind when it ends without a price: its own, its reports', its agencies', their objections'. */
export async function cancelStepClocks(tx: Executor, c: { id: string }, stepId: string, now: IsoDate): Promise<void> {
  const reports = await tx.selectFrom("valuation_reports").select("id").where("step_id", "=", stepId).execute();
  const agencies = await tx.selectFrom("valuation_agency_commissions").select("id").where("step_id", "=", stepId).execute();
  const objections = reports.length
    ? await tx.selectFrom("valuation_objections").select("id").where("report_id", "in", reports.map((r) => r.id)).execute()
    : [];
  const subjects = [stepId, ...reports.map((r) => r.id), ...agencies.map((r) => r.id), ...objections.map((r) => r.id)];
  await tx
    .updateTable("clocks")
    .set({ status: "cancelled" })
    .where("case_id", "=", c.id)
    .where("subject_id", "in", subjects)
    .where("status", "=", "open")
    .where("kind", "!=", VALUATION_CLOCKS.materialsReturn)
    .execute();
  void now;
}

/** Ends the open step without a price: 不能 (impossible) or 不成 (failed), with why. */
export async function endStep(
  tx: Executor,
  ctx: AppContext,
  actor: Actor,
  c: LockedCase,
  v: { id: string },
  step: StepRow,
  outcome: "impossible" | "failed",
  why: { explanation?: Localized; note?: string; basis?: Citation[]; data?: Record<string, unknown> },
  ip: string | null,
): Promise<void> {
  const now = today(ctx);
  await tx
    .updateTable("valuation_steps")
    .set({ status: outcome, ended_date: now, outcome_explanation: why.explanation ? json(why.explanation) : null, outcome_note: why.note ?? null })
    .where("id", "=", step.id)
    .where("status", "=", "open")
    .execute();
  await cancelStepClocks(tx, c, step.id, now);
  await record(tx, ctx, actor, c, {
    type: "valuation.methodEnded",
    valuationId: v.id,
    data: { stepId: step.id, method: step.method, outcome, explanation: why.explanation ?? null, basis: why.basis ?? [], ...why.data },
    reason: why.note ?? null,
    ip,
  });
}

// ─── the next method ─────────────────────────────────────────────────────────────────────────────────

/**
 * After a method could not be used (不能) or gave no price (不成): the next one the order allows, or the
 * one the court means to use (nextValuationMethod decides; jumps need both parties, arts 5, 7, 14, 29).
 */
export async function moveToNextMethod(ctx: AppContext, user: AuthUser, valuationId: string, input: NextInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, v } = await lockValuation(tx, valuationId, user);
    await assertMayAct(tx, user, c);
    assertCaseOpen(c);
    if (v.status !== "inProgress") throw refused("status", "参考价已经确定或程序已终止", "The price is fixed or the valuation has ended");
    // A suspended method (art 28) is resumed, or the valuation withdrawn (art 29), before anything else.
    await assertNotSuspended(tx, v.id);
    const step = await latestStep(tx, v.id);
    let outcome: "impossible" | "failed";
    if (step.status === "open") {
      if (!input.outcome) {
        throw invalidField("outcome", { zh: `${VALUATION_METHOD_LABELS[step.method].zh}仍在进行：须说明其不能（impossible）或不成（failed）`, en: `${VALUATION_METHOD_LABELS[step.method].en} is still running: say whether it was impossible or failed` });
      }
      outcome = input.outcome;
    } else if (step.status === "impossible" || step.status === "failed") {
      outcome = step.status;
    } else {
      throw refused("status", "该方式已经确定参考价", "This method has fixed the price");
    }
    const facts = factsOf({ ...(v.facts as Partial<ValuationFacts>), ...(input.facts ?? {}) });
    const next = nextValuationMethod({
      after: { method: step.method, outcome },
      facts,
      ...(input.target !== undefined ? { target: input.target } : {}),
      ...(input.bothPartiesAgree !== undefined ? { bothPartiesAgree: input.bothPartiesAgree } : {}),
    });
    if (step.status === "open") {
      await endStep(tx, ctx, actorOf(user), c, v, step, outcome, { note: input.note, data: { closedBy: "nextMethod" } }, ip);
    }
    const stepId = await openStep(tx, c, v, step.seq + 1, next, input, now, user.id);
    await tx
      .updateTable("valuations")
      .set((eb) => ({ method: next.method, facts: json(facts), version: eb("version", "+", 1) }))
      .where("id", "=", v.id)
      .execute();
    await record(tx, ctx, actorOf(user), c, {
      type: "valuation.nextMethod",
      valuationId: v.id,
      data: {
        fromStepId: step.id,
        from: step.method,
        outcome,
        stepId,
        method: next.method,
        reason: next.reason,
        explanation: next.explanation,
        skipped: next.skipped.map((s) => ({ method: s.method, reason: s.reason })),
        basis: next.basis,
        facts,
      },
      reason: input.note,
      ip,
    });
  });
  return valuationId;
}

// ─── 议价 (art 4) ─────────────────────────────────────────────────────────────────────────────────────

export async function caseParties(db: Executor, caseId: string) {
  return db.selectFrom("case_parties").select(["id", "role", "name", "user_id"]).where("case_id", "=", caseId).orderBy("role").orderBy("position").execute();
}

/** evaluateAgreement over the step's submissions as of `now`. */
export async function agreementOutcome(db: Executor, caseId: string, step: StepRow, now: IsoDate, harmsOthers?: boolean): Promise<AgreementOutcome> {
  const parties = await caseParties(db, caseId);
  const subs = await db.selectFrom("valuation_agreement_submissions").selectAll().where("step_id", "=", step.id).orderBy("created_at").execute();
  return evaluateAgreement({
    parties: parties.map((p) => ({ partyId: p.id, side: p.role })),
    submissions: subs.map((s) => ({ partyId: s.party_id, priceFen: Number(s.price_fen), submittedDate: s.submitted_date, ...(s.valid_until ? { validUntil: s.valid_until } : {}) })),
    dueDate: step.due_date!,
    today: now,
    harmsOthers: harmsOthers ?? step.harms_others,
  });
}

/** Records one party's 议价 result (the handler records what the party submitted), then evaluates. */
export async function submitAgreement(ctx: AppContext, user: AuthUser, valuationId: string, input: SubmissionInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, v } = await lockValuation(tx, valuationId, user);
    await assertMayAct(tx, user, c);
    assertCaseOpen(c);
    const step = await openStepOf(tx, v, "agreed");
    const party = await tx.selectFrom("case_parties").select(["id", "role"]).where("id", "=", input.partyId).where("case_id", "=", c.id).executeTakeFirst();
    if (!party) throw invalidField("partyId", { zh: "须为本案当事人", en: "Must be a party of this case" });
    const submittedDate = input.submittedDate ?? now;
    if (compareIsoDates(submittedDate, now) > 0 || compareIsoDates(submittedDate, step.started_date) < 0) {
      throw invalidField("submittedDate", { zh: `提交日期须在 ${step.started_date} 至今天之间`, en: `The submission date must be between ${step.started_date} and today` });
    }
    if (input.validUntil !== undefined) checkValidity({ issuedDate: submittedDate, validUntil: input.validUntil });
    const dup = await tx.selectFrom("valuation_agreement_submissions").select("id").where("step_id", "=", step.id).where("party_id", "=", party.id).executeTakeFirst();
    if (dup) throw conflict("该当事人已经提交议价结果", "This party has already submitted its result", "partyId");
    const sid = randomUUID();
    await tx
      .insertInto("valuation_agreement_submissions")
      .values({
        id: sid,
        court_id: c.court_id,
        case_id: c.id,
        valuation_id: v.id,
        step_id: step.id,
        party_id: party.id,
        price_fen: input.priceFen,
        submitted_date: submittedDate,
        valid_until: input.validUntil ?? null,
        recorded_by: user.id,
      })
      .execute();
    await record(tx, ctx, actorOf(user), c, {
      type: "valuation.agreementSubmitted",
      valuationId: v.id,
      data: { stepId: step.id, submissionId: sid, partyId: party.id, side: party.role, priceFen: input.priceFen, submittedDate, validUntil: input.validUntil ?? null, inTime: compareIsoDates(submittedDate, step.due_date!) <= 0 },
      ip,
    });
    await applyAgreement(tx, ctx, actorOf(user), c, v, step, now, undefined, ip);
  });
  return valuationId;
}

/** Evaluates the agreement as of today (after the court's period ended, or when results harm others). */
export async function evaluateAgreementNow(ctx: AppContext, user: AuthUser, valuationId: string, input: { harmsOthers?: boolean | undefined }, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, v } = await lockValuation(tx, valuationId, user);
    await assertMayAct(tx, user, c);
    assertCaseOpen(c);
    const step = await openStepOf(tx, v, "agreed");
    if (input.harmsOthers !== undefined) await tx.updateTable("valuation_steps").set({ harms_others: input.harmsOthers }).where("id", "=", step.id).execute();
    const outcome = await applyAgreement(tx, ctx, actorOf(user), c, v, { ...step, harms_others: input.harmsOthers ?? step.harms_others }, now, input.harmsOthers, ip);
    if (outcome.status === "pending") {
      await record(tx, ctx, actorOf(user), c, { type: "valuation.agreementPending", valuationId: v.id, data: { stepId: step.id, waitingFor: outcome.waitingFor, dueDate: outcome.dueDate }, ip });
    }
  });
  return valuationId;
}

async function applyAgreement(
  tx: Executor,
  ctx: AppContext,
  actor: Actor,
  c: LockedCase,
  v: NonNullable<ValuationRow>,
  step: StepRow,
  now: IsoDate,
  harmsOthers: boolean | undefined,
  ip: string | null,
): Promise<AgreementOutcome> {
  const outcome = await agreementOutcome(tx, c.id, step, now, harmsOthers);
  if (outcome.status === "agreed") {
    await closeClocks(tx, c.id, [VALUATION_CLOCKS.agreement], step.id, "met", now);
    await fixPrice(tx, ctx, actor, c, v, step, {
      priceFen: outcome.priceFen,
      fixedDate: outcome.fixedDate,
      validUntil: outcome.validUntil,
      basis: outcome.basis,
      detail: { validityAgreed: outcome.validityAgreed },
    }, ip);
  } else if (outcome.status === "failed") {
    await endStep(tx, ctx, actor, c, v, step, "failed", { explanation: outcome.explanation, basis: outcome.basis, data: { reason: outcome.reason } }, ip);
  }
  return outcome;
}

// ─── 定向询价 (arts 5–6) ──────────────────────────────────────────────────────────────────────────────

/**
 * The directed inquiry's result (art 6 para 2: a result issued within the court's period is the
 * reference price; objections are not accepted, art 24 para 2), or that there was none (不成).
 */
export async function recordDirectedResult(ctx: AppContext, user: AuthUser, valuationId: string, input: DirectedResultInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  const cal = ctx.calendar.get();
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, v } = await lockValuation(tx, valuationId, user);
    await assertMayAct(tx, user, c);
    assertCaseOpen(c);
    const step = await openStepOf(tx, v, "directedInquiry");
    if (input.outcome === "noResult") {
      await endStep(tx, ctx, actorOf(user), c, v, step, "failed", { note: input.note, basis: [P("art 7 para 1")], data: { reason: "noResult" } }, ip);
      return;
    }
    if (compareIsoDates(input.reportDate, now) > 0 || compareIsoDates(input.reportDate, step.started_date) < 0) {
      throw invalidField("reportDate", { zh: `出具日期须在 ${step.started_date} 至今天之间`, en: `The result's date must be between ${step.started_date} and today` });
    }
    const validUntil = checkValidity({ issuedDate: input.reportDate, validUntil: input.validUntil ?? maxValidUntil(input.reportDate) }).validUntil;
    if (compareIsoDates(input.reportDate, step.due_date!) > 0) {
      await endStep(
        tx,
        ctx,
        actorOf(user),
        c,
        v,
        step,
        "failed",
        {
          explanation: {
            zh: `询价结果（${input.reportDate}）未在指定期限（${step.due_date} 前）内出具，不能作为参考价（第六条第二款），定向询价不成`,
            en: `the result (${input.reportDate}) was not issued within the period set (by ${step.due_date}) and cannot be the price (art 6 para 2): the directed inquiry failed`,
          },
          basis: [P("art 6 para 2")],
          data: { reason: "late", reportDate: input.reportDate, resultFen: input.resultFen },
        },
        ip,
      );
      return;
    }
    const reportId = randomUUID();
    await tx
      .insertInto("valuation_reports")
      .values({
        id: reportId,
        court_id: c.court_id,
        case_id: c.id,
        valuation_id: v.id,
        step_id: step.id,
        kind: "directedInquiry",
        source_id: null,
        source_name: step.institution ?? "",
        report_date: input.reportDate,
        received_date: now,
        result_fen: input.resultFen,
        valid_until: validUntil,
      })
      .execute();
    await openServiceClock(tx, c, reportId, now, cal);
    await closeClocks(tx, c.id, [VALUATION_CLOCKS.directedInquiry], step.id, "met", now);
    await record(tx, ctx, actorOf(user), c, {
      type: "valuation.reportReceived",
      valuationId: v.id,
      data: { stepId: step.id, reportId, kind: "directedInquiry", institution: step.institution, reportDate: input.reportDate, resultFen: input.resultFen, validUntil, reportNo: input.reportNo ?? null },
      ip,
    });
    await fixPrice(tx, ctx, actorOf(user), c, v, step, { priceFen: input.resultFen, fixedDate: now, validUntil, basis: [P("art 6 para 2"), P("art 24 para 2")], detail: { reportId } }, ip);
  });
  return valuationId;
}

/** art 21 para 1: a report received is sent to the parties within 3 days. */
export async function openServiceClock(tx: Executor, c: LockedCase, reportId: string, received: IsoDate, cal: StatutoryCalendar): Promise<void> {
  const k = reportServiceDeadline({ reportReceivedDate: received }, cal);
  await insertClocks(tx, [clockRow(c, VALUATION_CLOCKS.reportService, reportId, k, received)]);
}

// ─── the price ───────────────────────────────────────────────────────────────────────────────────────

/** The reference price is fixed: stored with its validity (art 27), and the 10-day sale clock opens (art 30). */
export async function fixPrice(
  tx: Executor,
  ctx: AppContext,
  actor: Actor,
  c: LockedCase,
  v: NonNullable<ValuationRow>,
  step: StepRow,
  p: { priceFen: number; fixedDate: IsoDate; validUntil: IsoDate; basis: Citation[]; detail: Record<string, unknown> },
  ip: string | null,
): Promise<void> {
  const now = today(ctx);
  const sale = saleStartDeadline({ priceFixedDate: p.fixedDate }, ctx.calendar.get());
  const detail = { ...p.detail, method: step.method, stepId: step.id, basis: p.basis };
  const r = await tx
    .updateTable("valuations")
    .set((eb) => ({
      status: "priced",
      reference_price_fen: p.priceFen,
      price_fixed_date: p.fixedDate,
      valid_until: p.validUntil,
      price_detail: json(detail),
      version: eb("version", "+", 1),
    }))
    .where("id", "=", v.id)
    .where("status", "=", "inProgress")
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) throw conflict("参考价已被他人确定，请刷新", "The price was fixed meanwhile; reload");
  await tx.updateTable("valuation_steps").set({ status: "priced", ended_date: now }).where("id", "=", step.id).execute();
  // The parties' objection periods have run (the price is fixed after them): their clocks are met.
  const reports = await tx.selectFrom("valuation_reports").select("id").where("step_id", "=", step.id).execute();
  for (const r of reports) await closeClocks(tx, c.id, [VALUATION_CLOCKS.objection], r.id, "met", now);
  await insertClocks(tx, [clockRow(c, VALUATION_CLOCKS.saleStart, v.id, sale, now)]);
  await record(tx, ctx, actor, c, {
    type: "valuation.priceFixed",
    valuationId: v.id,
    data: { stepId: step.id, method: step.method, priceFen: p.priceFen, fixedDate: p.fixedDate, validUntil: p.validUntil, saleStartDue: sale.due, basis: [...p.basis, P("art 27"), ...sale.basis], ...p.detail },
    ip,
  });
}

/**
 * art 30 / art 27 para 3: the first auction notice was published (or the direct sale began): the sale
 * clock is met and the day is kept, since it decides whether the 6-month grace applies. The auctions
 * module calls this inside its own transaction (case locked) when it publishes the first notice.
 */
export async function recordSaleStartIn(tx: Executor, ctx: AppContext, actor: Actor, c: LockedCase, v: NonNullable<ValuationRow>, firstNoticeDate: IsoDate, ip: string | null): Promise<void> {
  const now = today(ctx);
  if (v.status !== "priced") throw refused("status", "参考价尚未确定", "The reference price is not fixed yet");
  if (v.first_notice_date) throw conflict(`已记录一拍公告日（${v.first_notice_date}）`, `The first notice date is already recorded (${v.first_notice_date})`, "firstNoticeDate");
  const reissue = await tx.selectFrom("valuation_reissues").select(["due_date"]).where("valuation_id", "=", v.id).where("status", "=", "requested").executeTakeFirst();
  if (reissue) {
    throw refused("reissue", `参考价有效期已过，正在等待重新出具报告（期限至 ${reissue.due_date}，第十一条第四款、第十九条第四款）`, `The price lapsed and a re-issued report is awaited (due ${reissue.due_date}; arts 11 para 4, 19 para 4)`);
  }
  if (compareIsoDates(firstNoticeDate, v.price_fixed_date!) < 0 || compareIsoDates(firstNoticeDate, now) > 0) {
    throw invalidField("firstNoticeDate", { zh: `须在参考价确定之日（${v.price_fixed_date}）至今天之间`, en: `Must be between the day the price was fixed (${v.price_fixed_date}) and today` });
  }
  await tx.updateTable("valuations").set((eb) => ({ first_notice_date: firstNoticeDate, version: eb("version", "+", 1) })).where("id", "=", v.id).execute();
  const met = await tx
    .updateTable("clocks")
    .set({ status: "met", met_date: firstNoticeDate })
    .where("case_id", "=", c.id)
    .where("kind", "=", VALUATION_CLOCKS.saleStart)
    .where("subject_id", "=", v.id)
    .where("status", "=", "open")
    .returning(["due_date"])
    .execute();
  await record(tx, ctx, actor, c, {
    type: "valuation.saleStarted",
    valuationId: v.id,
    data: { firstNoticeDate, withinValidity: compareIsoDates(firstNoticeDate, v.valid_until!) <= 0, late: met.some((m) => compareIsoDates(firstNoticeDate, m.due_date) > 0), basis: [P("art 30"), P("art 27 para 3")] },
    ip,
  });
}

export async function recordSaleStart(ctx: AppContext, user: AuthUser, valuationId: string, input: { firstNoticeDate: IsoDate }, ip: string | null = null): Promise<string> {
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, v } = await lockValuation(tx, valuationId, user);
    await assertMayAct(tx, user, c);
    assertCaseOpen(c);
    await recordSaleStartIn(tx, ctx, actorOf(user), c, v, input.firstNoticeDate, ip);
  });
  return valuationId;
}

export const methodLabel = (m: ValuationMethod) => VALUATION_METHOD_LABELS[m];
