// Read side of the reference-price procedure. Staff of the case's court and supervising courts see
// everything — steps with their reasons and citations, the platforms' and agencies' answers, the
// lottery record, reports, objections, clocks and the timeline (the case events of this valuation).
// The parties (applicant and respondent of the case) see the valuation's results: the steps, reports,
// the price, and their own objections; not the clocks or the timeline. Anyone else: 404.
import type { Executor } from "@zhixing/db";
import {
  AGENCY_LOTTERY,
  canUseReferencePrice,
  maskName,
  SUSPENSION_GROUND_INFO,
  suspensionsAsOf,
  WITHDRAWAL_GROUND_INFO,
  type Suspension,
  type SuspensionGround,
  type WithdrawalGround,
  compareIsoDates,
  daysBetween,
  procedureStartDeadline,
  reportServiceDeadline,
  VALUATION_METHOD_LABELS,
  type Citation,
  type IsoDate,
  type Localized,
  type StatutoryCalendar,
  type ValuationMethod,
} from "@zhixing/domain";
import { today, type AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import { caseAccess, caseNotFound } from "../cases/case-access";
import { deadlineOf, type Extension } from "./appraisal.service";
import type { ReissueSource, StoredReissueResult } from "./review.service";
import type { StoredDelivery } from "./online.service";
import type { Receipt } from "./objections.service";
import { valuationNotFound, valuationSettings } from "./valuation.common";
import { agreementOutcome, caseParties, NO_VALUATION_TYPES, VALUATION_CLOCKS } from "./valuation.service";
import type { CaseValuationsDto, ValuationDto } from "./valuation.schemas";

type Viewer = ValuationDto["viewer"];

function viewerOf(access: "act" | "supervise" | "party", user: AuthUser, handlerId: string | null): Viewer {
  if (access === "party") return "party";
  if (access === "act" && (user.role === "divisionHead" || (user.role === "officer" && handlerId === user.id))) return "act";
  return "read";
}

const citationKey = (c: Citation) => `${c.law}|${c.article}`;
function dedupe(cs: Citation[]): Citation[] {
  const seen = new Map<string, Citation>();
  for (const c of cs) if (c && typeof c === "object" && "law" in c && !seen.has(citationKey(c))) seen.set(citationKey(c), c);
  return [...seen.values()];
}

export async function listCaseValuations(ctx: AppContext, user: AuthUser, caseId: string): Promise<CaseValuationsDto> {
  const db = ctx.database.db;
  const c = await db.selectFrom("cases").select(["id", "court_id", "handler_id"]).where("id", "=", caseId).executeTakeFirst();
  if (!c) throw caseNotFound();
  const access = await caseAccess(db, user, c);
  return caseValuationsOf(db, ctx.calendar.get(), c.id, today(ctx), access !== "party");
}

export async function caseValuationsOf(db: Executor, cal: StatutoryCalendar, caseId: string, now: IsoDate, staff: boolean): Promise<CaseValuationsDto> {
  const rows = await db
    .selectFrom("valuations")
    .innerJoin("assets", "assets.id", "valuations.asset_id")
    .select([
      "valuations.id",
      "valuations.status",
      "valuations.method",
      "valuations.control_date",
      "valuations.started_date",
      "valuations.reference_price_fen",
      "valuations.price_fixed_date",
      "valuations.valid_until",
      "assets.id as asset_id",
      "assets.asset_type",
      "assets.description",
    ])
    .where("valuations.case_id", "=", caseId)
    .orderBy("valuations.created_at")
    .orderBy("valuations.id")
    .execute();
  const pending: CaseValuationsDto["pending"] = [];
  if (staff) {
    const controlled = await db
      .selectFrom("measures")
      .innerJoin("assets", "assets.id", "measures.asset_id")
      .select(["measures.id", "measures.start_date", "assets.id as asset_id", "assets.asset_type", "assets.description"])
      .where("measures.case_id", "=", caseId)
      .where("measures.status", "=", "active")
      .where("measures.external", "=", false)
      .where("measures.rank", "=", "first")
      .where("measures.kind", "!=", "deduct")
      .orderBy("measures.start_date")
      .orderBy("measures.registered_at")
      .execute();
    const valued = new Set(rows.filter((r) => r.status !== "cancelled").map((r) => r.asset_id));
    const seen = new Set<string>();
    for (const m of controlled) {
      if (NO_VALUATION_TYPES.has(m.asset_type) || valued.has(m.asset_id) || seen.has(m.asset_id)) continue;
      seen.add(m.asset_id);
      const k = procedureStartDeadline({ controlDate: m.start_date }, cal);
      pending.push({
        assetId: m.asset_id,
        assetType: m.asset_type,
        description: m.description,
        measureId: m.id,
        controlDate: m.start_date,
        startDue: k.due,
        overdue: compareIsoDates(now, k.due) > 0,
        daysLeft: daysBetween(now, k.due),
        basis: k.basis,
      });
    }
  }
  return {
    caseId,
    asOf: now,
    items: rows.map((r) => ({
      id: r.id,
      asset: { id: r.asset_id, type: r.asset_type, description: r.description },
      status: r.status,
      method: r.method,
      methodLabel: VALUATION_METHOD_LABELS[r.method],
      controlDate: r.control_date,
      startedDate: r.started_date,
      referencePriceFen: r.reference_price_fen === null ? null : Number(r.reference_price_fen),
      priceFixedDate: r.price_fixed_date,
      validUntil: r.valid_until,
    })),
    pending,
  };
}

export async function getValuation(ctx: AppContext, user: AuthUser, id: string): Promise<ValuationDto> {
  const db = ctx.database.db;
  const v = await db.selectFrom("valuations").selectAll().where("id", "=", id).executeTakeFirst();
  if (!v) throw valuationNotFound();
  const c = await db.selectFrom("cases").select(["id", "court_id", "handler_id"]).where("id", "=", v.case_id).executeTakeFirstOrThrow();
  let access;
  try {
    access = await caseAccess(db, user, c);
  } catch {
    throw valuationNotFound();
  }
  const viewer = viewerOf(access, user, c.handler_id);
  const ownParties =
    viewer === "party" ? (await db.selectFrom("case_parties").select("id").where("case_id", "=", c.id).where("user_id", "=", user.id).execute()).map((p) => p.id) : null;
  return valuationView(ctx, db, id, viewer, ownParties);
}

/** The whole valuation as `viewer` sees it (the CLI reads as "read": everything). */
export async function valuationView(ctx: AppContext, db: Executor, id: string, viewer: Viewer, ownParties: string[] | null): Promise<ValuationDto> {
  const now = today(ctx);
  const cal = ctx.calendar.get();
  const { agencies: directory } = valuationSettings(ctx).adapters;
  const v = await db.selectFrom("valuations").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
  const [kase, asset, steps, reports, objections, selections, agencyRows, parties, suspensionRows, reissueRows] = await Promise.all([
    db.selectFrom("cases").select(["case_number"]).where("id", "=", v.case_id).executeTakeFirstOrThrow(),
    db.selectFrom("assets").select(["id", "asset_type", "description"]).where("id", "=", v.asset_id).executeTakeFirstOrThrow(),
    db.selectFrom("valuation_steps").selectAll().where("valuation_id", "=", id).orderBy("seq").execute(),
    db.selectFrom("valuation_reports").selectAll().where("valuation_id", "=", id).orderBy("created_at").orderBy("id").execute(),
    db.selectFrom("valuation_objections").selectAll().where("valuation_id", "=", id).orderBy("created_at").orderBy("id").execute(),
    db.selectFrom("valuation_agency_selections").selectAll().where("valuation_id", "=", id).orderBy("round").execute(),
    db.selectFrom("valuation_agency_commissions").selectAll().where("valuation_id", "=", id).orderBy("created_at").orderBy("position").execute(),
    caseParties(db, v.case_id),
    db.selectFrom("valuation_suspensions").selectAll().where("valuation_id", "=", id).orderBy("from_date").orderBy("created_at").execute(),
    db.selectFrom("valuation_reissues").selectAll().where("valuation_id", "=", id).orderBy("created_at").execute(),
  ]);
  const openSuspension = suspensionRows.find((s) => s.resumed_date === null) ?? null;
  // Other measures in force on the asset: their applicants are interested persons (art 21 para 1).
  const otherMeasures =
    viewer === "party"
      ? []
      : await db
          .selectFrom("measures")
          .select(["id", "kind", "rank", "external", "executed_by", "start_date", "queue_seq"])
          .where("asset_id", "=", v.asset_id)
          .where("status", "=", "active")
          .where("id", "!=", v.measure_id ?? "00000000-0000-0000-0000-000000000000")
          .orderBy("start_date")
          .orderBy("registered_at")
          .execute();
  const reportNoOf = new Map<string, string | null>();
  for (const a of agencyRows) reportNoOf.set(a.id, a.report_no);
  if (reports.some((r) => r.kind === "onlineInquiry")) {
    const pc = await db.selectFrom("valuation_platform_commissions").select(["id", "report_no"]).where("valuation_id", "=", id).execute();
    for (const p of pc) reportNoOf.set(p.id, p.report_no);
  }
  const staff = viewer !== "party";
  const sideOf = new Map(parties.map((p) => [p.id, p.role]));
  const latestOf = (m: ValuationMethod) => steps.filter((s) => s.method === m).at(-1);

  // agreement
  const agreedStep = latestOf("agreed");
  let agreement: ValuationDto["agreement"] = null;
  if (agreedStep?.due_date) {
    const subs = await db.selectFrom("valuation_agreement_submissions").selectAll().where("step_id", "=", agreedStep.id).orderBy("created_at").execute();
    const o = await agreementOutcome(db, v.case_id, agreedStep, agreedStep.ended_date ?? now);
    agreement = {
      dueDate: agreedStep.due_date,
      parties: parties.map((p) => ({ partyId: p.id, name: p.name, side: p.role })),
      submissions: subs.map((s) => ({ partyId: s.party_id, priceFen: Number(s.price_fen), submittedDate: s.submitted_date, validUntil: s.valid_until })),
      // A step the officer closed before the period ended (不能, art 4 para 1) shows how it ended, not "pending".
      evaluation:
        o.status === "pending" && agreedStep.status !== "open"
          ? { status: "failed", waitingFor: [], reason: null, explanation: (agreedStep.outcome_explanation as Localized | null) ?? null, basis: o.basis }
          : {
              status: o.status,
              waitingFor: o.status === "pending" ? o.waitingFor : [],
              reason: o.status === "failed" ? o.reason : null,
              explanation: o.status === "failed" ? o.explanation : null,
              basis: o.basis,
            },
    };
  }

  // online inquiry
  const onlineStep = latestOf("onlineInquiry");
  let online: ValuationDto["online"] = null;
  if (onlineStep) {
    const rows = await db.selectFrom("valuation_platform_commissions").selectAll().where("step_id", "=", onlineStep.id).orderBy("platform_id").execute();
    const d = onlineStep.delivery as StoredDelivery | null;
    online = {
      commissionDate: onlineStep.commission_date,
      extended: onlineStep.extended,
      due: d?.due ?? null,
      delivery: d?.status ?? null,
      review: d?.review?.status ?? null,
      correctionNoticeDate: onlineStep.correction_notice_date,
      platforms: rows.map((r) => ({
        platformId: r.platform_id,
        name: r.platform_name,
        receivedDate: r.received_date,
        // Outside systems' error text is for the court, not for the parties.
        sendError: staff ? r.send_error : null,
        extensionRequestDate: r.extension_request_date,
        reportDate: r.report_date,
        resultFen: r.result_fen === null ? null : Number(r.result_fen),
        validUntil: r.valid_until,
        reportNo: r.report_no,
        onTime: d?.onTime ? d.onTime.includes(r.platform_id) : null,
        defective: r.defective,
        correctedDate: r.corrected_date,
        correctedResultFen: r.corrected_result_fen === null ? null : Number(r.corrected_result_fen),
        lastError: staff ? r.last_error : null,
        lastPolledDate: r.last_polled_date,
      })),
    };
  }

  // appraisal
  const appraisalStep = latestOf("appraisal");
  const nameOf = (agencyId: string) => directory.find(agencyId)?.name ?? agencyRows.find((a) => a.agency_id === agencyId)?.agency_name ?? agencyId;
  const appraisal: ValuationDto["appraisal"] = appraisalStep
    ? {
        selections: selections
          .filter((s) => s.step_id === appraisalStep.id)
          .map((s) => ({
            id: s.id,
            round: s.round,
            mode: s.mode,
            candidates: s.candidates as string[],
            seed: s.seed,
            seedInputs: (s.seed_inputs as Record<string, unknown> | null) ?? null,
            algorithm: s.algorithm ? { version: s.algorithm, description: AGENCY_LOTTERY.description } : null,
            order: (s.result as string[]).map((agencyId) => ({ agencyId, name: nameOf(agencyId) })),
            selectedDate: s.selected_date,
          })),
        agencies: agencyRows
          .filter((a) => a.step_id === appraisalStep.id)
          .map((a) => {
            // A suspension in force counts through today: the due date stands still while it lasts (art 19 para 1).
            const suspensions = suspensionsAsOf(a.suspensions as Suspension[], a.status === "commissioned" && openSuspension && openSuspension.step_id === a.step_id ? { from: openSuspension.from_date } : null, now);
            const d = deadlineOf({ ...a, suspensions }, cal);
            return {
              id: a.id,
              agencyId: a.agency_id,
              name: a.agency_name,
              position: a.position,
              commissionDate: a.commission_date,
              due: d.due,
              extensions: a.extensions as Extension[],
              extensionsLeft: d.extensionsLeft,
              latestExtensionRequest: a.status === "commissioned" ? d.latestExtensionRequest : null,
              pendingExtension: (a.extension_request as Extension | null) ?? null,
              status: a.status,
              reportDate: a.report_date,
              resultFen: a.result_fen === null ? null : Number(a.result_fen),
              validUntil: a.valid_until,
              reportNo: a.report_no,
              endedDate: a.ended_date,
              endReason: a.end_reason,
              lastError: staff ? a.last_error : null,
              suspensions,
              suspendedDays: d.suspendedDays,
              review:
                a.review_notice_date && a.review_status
                  ? {
                      noticeDate: a.review_notice_date,
                      defects: (a.review_defects as string[] | null) ?? [],
                      note: staff ? a.review_note : null,
                      due: a.review_due,
                      status: a.review_status,
                      answer: (a.review_answer as Record<string, unknown> | null) ?? null,
                    }
                  : null,
            };
          }),
      }
    : null;

  // clocks and timeline (staff)
  const subjects = [v.id, ...steps.map((s) => s.id), ...reports.map((r) => r.id), ...agencyRows.map((a) => a.id), ...objections.map((o) => o.id), ...reissueRows.map((r) => r.id)];
  const clocks = staff
    ? await db.selectFrom("clocks").selectAll().where("case_id", "=", v.case_id).where("subject_id", "in", subjects).orderBy("created_at").orderBy("due_date").orderBy("id").execute()
    : [];
  // The latest sale clock: a re-issued price (arts 11 para 4, 19 para 4) opens a new one.
  const saleClock =
    (await db
      .selectFrom("clocks")
      .select(["due_date"])
      .where("case_id", "=", v.case_id)
      .where("kind", "=", VALUATION_CLOCKS.saleStart)
      .where("subject_id", "=", v.id)
      .orderBy("created_at", "desc")
      .orderBy("start_date", "desc")
      .limit(1)
      .executeTakeFirst()) ?? null;
  const events = staff
    ? (await db.selectFrom("case_events").selectAll().where("case_id", "=", v.case_id).where("type", "like", "valuation.%").orderBy("seq").execute()).filter(
        (e) => (e.data as { valuationId?: string } | null)?.valuationId === v.id,
      )
    : [];

  const priceDetail = (v.price_detail as (Record<string, unknown> & { basis?: Citation[] }) | null) ?? null;
  let referencePrice: ValuationDto["referencePrice"] = null;
  if (v.status === "priced" && v.reference_price_fen !== null && v.valid_until && v.price_fixed_date) {
    const u = canUseReferencePrice({ method: v.method, validUntil: v.valid_until, ...(v.first_notice_date ? { firstNoticeDate: v.first_notice_date } : {}), saleDate: now });
    referencePrice = {
      priceFen: Number(v.reference_price_fen),
      fixedDate: v.price_fixed_date,
      validUntil: v.valid_until,
      method: v.method,
      detail: priceDetail ?? {},
      basis: priceDetail?.basis ?? [],
      firstNoticeDate: v.first_notice_date,
      usableToday: {
        usable: u.usable,
        via: u.usable ? u.via : null,
        reason: u.usable ? null : u.reason,
        renewal: u.usable ? null : u.renewal,
        graceUntil: u.graceUntil ?? null,
        explanation: u.explanation,
      },
      saleStartDue: saleClock?.due_date ?? null,
    };
  }

  const visibleObjections = ownParties ? objections.filter((o) => ownParties.includes(o.party_id)) : objections;
  type Decision = { explanation: Localized; basis: Citation[]; deadline: string | null; groundsNotAvailable: string[] };
  const dto: ValuationDto = {
    id: v.id,
    caseId: v.case_id,
    caseNumber: kase.case_number,
    asset: { id: asset.id, type: asset.asset_type, description: asset.description },
    measureId: v.measure_id,
    controlDate: v.control_date,
    startDue: v.start_due,
    startedDate: v.started_date,
    startedLate: compareIsoDates(v.started_date, v.start_due) > 0,
    status: v.status,
    method: v.method,
    methodLabel: VALUATION_METHOD_LABELS[v.method],
    facts: v.facts as Record<string, unknown>,
    referencePrice,
    steps: steps.map((s) => ({
      id: s.id,
      seq: s.seq,
      method: s.method,
      label: VALUATION_METHOD_LABELS[s.method],
      reason: s.reason,
      explanation: s.explanation as Localized,
      basis: s.basis as Citation[],
      skipped: s.skipped as ValuationDto["steps"][number]["skipped"],
      startedDate: s.started_date,
      dueDate: s.due_date,
      institution: s.institution,
      status: s.status,
      endedDate: s.ended_date,
      outcomeExplanation: (s.outcome_explanation as Localized | null) ?? null,
      outcomeNote: staff ? s.outcome_note : null,
    })),
    agreement,
    directedInquiry: latestOf("directedInquiry") ? { institution: latestOf("directedInquiry")!.institution, dueDate: latestOf("directedInquiry")!.due_date } : null,
    online,
    appraisal,
    reports: reports.map((r) => ({
      id: r.id,
      kind: r.kind,
      sourceName: r.source_name,
      reportDate: r.report_date,
      receivedDate: r.received_date,
      resultFen: Number(r.result_fen),
      validUntil: r.valid_until,
      serviceDue: reportServiceDeadline({ reportReceivedDate: r.received_date }, cal).due,
      servedDate: r.served_date,
      receipts: (r.receipts as Receipt[]).map((x) => ({
        partyId: x.partyId,
        receivedDate: x.receivedDate,
        via: x.via,
        objectionDue: x.objectionDue,
        person: x.person ?? "party",
        // An interested person's name is the court's record; a party sees it masked.
        name: x.name ? (staff ? x.name : maskName(x.name)) : null,
        relation: x.relation ?? null,
      })),
      objectionDue: r.objection_due,
      origin: r.origin,
      reportNo: r.source_id ? (reportNoOf.get(r.source_id) ?? null) : r.reissue_id ? ((reissueRows.find((x) => x.id === r.reissue_id)?.results as StoredReissueResult[] | undefined)?.find((x) => x.reportDate === r.report_date && x.resultFen === Number(r.result_fen))?.reportNo ?? null) : null,
    })),
    objections: visibleObjections.map((o) => {
      const d = o.decision as Decision;
      return {
        id: o.id,
        reportId: o.report_id,
        partyId: o.party_id,
        side: sideOf.get(o.party_id) ?? null,
        grounds: o.grounds as string[],
        target: o.target,
        statement: o.statement,
        receivedDate: o.received_date,
        filedDate: o.filed_date,
        accepted: o.accepted,
        refusalReason: o.refusal_reason,
        track: o.track,
        groundsNotAvailable: d.groundsNotAvailable ?? [],
        deadline: d.deadline ?? null,
        explanation: d.explanation,
        basis: d.basis,
        status: o.status,
        enforcementOutcome: o.enforcement_outcome,
        referredDate: o.referred_date,
        explainedDate: o.explained_date,
        outcome: o.outcome,
        correctedResultFen: o.corrected_result_fen === null ? null : Number(o.corrected_result_fen),
        outcomeNote: o.outcome_note,
        outcomeDate: o.outcome_date,
      };
    }),
    clocks: clocks.map((k) => ({
      id: k.id,
      kind: k.kind,
      subjectId: k.subject_id,
      start: k.start_date,
      due: k.due_date,
      status: k.status,
      metDate: k.met_date,
      overdue: k.status === "open" && compareIsoDates(k.due_date, now) < 0,
      daysLeft: k.status === "open" ? daysBetween(now, k.due_date) : null,
      provisional: k.provisional,
      basis: k.basis as Citation,
    })),
    timeline: events.map((e) => ({
      id: e.id,
      type: e.type,
      at: new Date(e.at).toISOString(),
      date: e.event_date,
      actorName: e.actor_name,
      actorRole: e.actor_role,
      reason: e.reason,
      data: (e.data as Record<string, unknown>) ?? {},
    })),
    citations: [],
    viewer,
    otherMeasures: otherMeasures.map((m) => ({
      id: m.id,
      kind: m.kind,
      rank: m.rank,
      external: m.external,
      executedBy: m.executed_by,
      startDate: m.start_date,
      queueSeq: m.queue_seq === null ? null : Number(m.queue_seq),
    })),
    viewerParties: ownParties ? parties.filter((p) => ownParties.includes(p.id)).map((p) => ({ partyId: p.id, side: p.role, name: p.name })) : [],
    ended:
      v.status === "cancelled" && v.ended_date && v.end_ground
        ? {
            date: v.ended_date,
            ground: v.end_ground,
            label: WITHDRAWAL_GROUND_INFO[v.end_ground as WithdrawalGround]?.label ?? { zh: v.end_ground, en: v.end_ground },
            note: staff ? v.end_note : null,
          }
        : null,
    suspensions: suspensionRows.map((s) => ({
      id: s.id,
      stepId: s.step_id,
      ground: s.ground,
      label: SUSPENSION_GROUND_INFO[s.ground as SuspensionGround].label,
      basis: SUSPENSION_GROUND_INFO[s.ground as SuspensionGround].basis,
      note: staff ? s.note : null,
      from: s.from_date,
      to: s.to_date,
      resumedDate: s.resumed_date,
      open: s.resumed_date === null,
    })),
    reissues: reissueRows.map((r) => {
      const prev = r.previous as { priceFen: number; validUntil: string; fixedDate: string | null };
      return {
        id: r.id,
        method: r.method,
        requestedDate: r.requested_date,
        due: r.due_date,
        status: r.status,
        sources: (r.sources as ReissueSource[]).map((s) => ({ sourceId: s.sourceId, name: s.name })),
        results: (r.results as StoredReissueResult[]).map((x) => ({
          sourceId: x.sourceId,
          reportDate: x.reportDate ?? null,
          resultFen: x.resultFen ?? null,
          validUntil: x.validUntil ?? null,
          error: staff ? (x.error ?? null) : null,
        })),
        previous: { priceFen: Number(prev.priceFen), validUntil: prev.validUntil, fixedDate: prev.fixedDate ?? null },
        priceFen: r.price_fen === null ? null : Number(r.price_fen),
        validUntil: r.valid_until,
        endedDate: r.ended_date,
      };
    }),
  };
  dto.citations = dedupe([
    ...dto.steps.flatMap((s) => [...s.basis, ...s.skipped.map((k) => k.basis)]),
    ...(referencePrice?.basis ?? []),
    ...dto.objections.flatMap((o) => o.basis),
    ...dto.clocks.map((k) => k.basis),
  ]);
  return dto;
}
