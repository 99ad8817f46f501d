// After a report arrives (参考价规定(2018) arts 21–24): serving it on the parties within 3 days (those
// who cannot be reached: published, deemed received after 15 days); a party's written objection within
// 5 days of receipt, accepted or refused and put on its track by classifyObjection; the officer records
// the rest — the decision on an enforcement-act objection, the referral to the agency within 3 days,
// the agency's explanation within 5 (afterAgencyExplanation), the professional review's conclusion.
import { randomUUID } from "node:crypto";
import { insertClocks, type Executor } from "@zhixing/db";
import {
  agencyExplanationDeadline,
  citeSource,
  afterAgencyExplanation,
  classifyObjection,
  compareIsoDates,
  deemedReceiptDate,
  invalidField,
  objectionDeadline,
  objectionReferralDeadline,
  type Citation,
  type IsoDate,
  type ObjectionGround,
  type ValuationMethod,
} from "@zhixing/domain";
import { today, type AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import {
  actorOf,
  assertCaseOpen,
  assertMayAct,
  clockRow,
  closeClocks,
  conflict,
  forbidden,
  json,
  lockValuation,
  record,
  refused,
} from "./valuation.common";
import { replaceAgency, commissionNextAgency } from "./appraisal.service";
import { caseParties, VALUATION_CLOCKS } from "./valuation.service";
import type { DecideInput, ExplanationInput, ObjectionInput, ServeInput } from "./valuation.schemas";

/**
 * One person's receipt of a report (art 21): a party of the case, or an interested person (利害关系人:
 * a priority holder, another creditor with a measure on the asset, a co-owner …) named by the court,
 * whose id is made for the receipt.
 */
export type Receipt = {
  partyId: string;
  receivedDate: IsoDate;
  via: "served" | "published";
  publishedDate?: IsoDate;
  objectionDue: IsoDate | null;
  person?: "party" | "interested";
  name?: string;
  relation?: string;
};

const objectable = (kind: string) => kind === "onlineInquiry" || kind === "appraisal";

const P = (article: string): Citation => citeSource("referencePrice", article);

// ─── service (art 21) ────────────────────────────────────────────────────────────────────────────────

/**
 * art 21: the report is sent to every party and every interested person the court names; those who cannot
 * be reached get it by publication (deemed received after 15 days). The last day anyone may object runs
 * from the last receipt, so an interested person's window holds the price back like a party's.
 */
export async function serveReport(ctx: AppContext, user: AuthUser, valuationId: string, reportId: string, input: ServeInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  const cal = ctx.calendar.get();
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, v } = await lockValuation(tx, valuationId, user);
    await assertMayAct(tx, user, c);
    assertCaseOpen(c);
    const report = await findReport(tx, v.id, reportId);
    if (report.served_date) throw conflict(`该报告已于 ${report.served_date} 送达`, `The report was served on ${report.served_date}`);
    const parties = await caseParties(tx, c.id);
    const unreachable = input.unreachable ?? [];
    unreachable.forEach((id, i) => {
      if (!parties.some((p) => p.id === id)) throw invalidField(`unreachable.${i}`, { zh: "须为本案当事人", en: "Must be a party of this case" });
    });
    const receiptOf = (published: boolean, who: Pick<Receipt, "partyId" | "person" | "name" | "relation">): Receipt => {
      const receivedDate = published ? deemedReceiptDate({ publishedDate: now }, cal).due : now;
      return {
        ...who,
        receivedDate,
        via: published ? "published" : "served",
        ...(published ? { publishedDate: now } : {}),
        objectionDue: objectable(report.kind) ? objectionDeadline({ receivedDate }, cal).due : null,
      };
    };
    const receipts: Receipt[] = [
      ...parties.map((p) => receiptOf(unreachable.includes(p.id), { partyId: p.id, person: "party" })),
      ...(input.interested ?? []).map((x) => receiptOf(x.unreachable ?? false, { partyId: randomUUID(), person: "interested", name: x.name, relation: x.relation })),
    ];
    const objectionDue = objectable(report.kind) ? receipts.map((r) => r.objectionDue!).sort().at(-1)! : null;
    await tx.updateTable("valuation_reports").set({ served_date: now, receipts: json(receipts), objection_due: objectionDue }).where("id", "=", report.id).execute();
    const met = await tx
      .updateTable("clocks")
      .set({ status: "met", met_date: now })
      .where("case_id", "=", c.id)
      .where("kind", "=", VALUATION_CLOCKS.reportService)
      .where("subject_id", "=", report.id)
      .where("status", "=", "open")
      .returning(["due_date"])
      .execute();
    if (objectionDue) {
      const last = receipts.reduce((a, b) => (compareIsoDates(a.receivedDate, b.receivedDate) >= 0 ? a : b));
      const k = objectionDeadline({ receivedDate: last.receivedDate }, cal);
      await insertClocks(tx, [clockRow(c, VALUATION_CLOCKS.objection, report.id, k, now)]);
    }
    await record(tx, ctx, actorOf(user), c, {
      type: "valuation.reportServed",
      valuationId: v.id,
      entityType: "valuationReport",
      entityId: report.id,
      data: {
        reportId: report.id,
        kind: report.kind,
        receipts,
        objectionDue,
        interested: receipts.filter((r) => r.person === "interested").length,
        late: met.some((m) => compareIsoDates(now, m.due_date) > 0),
        basis: [P(receipts.some((r) => r.via === "published") ? "art 21 paras 1–2" : "art 21 para 1")],
      },
      ip,
    });
  });
  return valuationId;
}

async function findReport(db: Executor, valuationId: string, reportId: string) {
  const r = await db.selectFrom("valuation_reports").selectAll().where("id", "=", reportId).where("valuation_id", "=", valuationId).executeTakeFirst();
  if (!r) throw invalidField("reportId", { zh: "该确定参考价程序没有这份报告", en: "No such report in this valuation" });
  return r;
}

/** A report of a method the court has moved on from, or of an agency replaced, is no longer the one the price may come from. */
async function assertCurrentReport(db: Executor, valuationId: string, report: { step_id: string; kind: string; source_id: string | null }): Promise<void> {
  const latest = await db.selectFrom("valuation_steps").select(["id"]).where("valuation_id", "=", valuationId).orderBy("seq", "desc").limit(1).executeTakeFirstOrThrow();
  let current = latest.id === report.step_id;
  if (current && report.kind === "appraisal" && report.source_id) {
    const agency = await db.selectFrom("valuation_agency_commissions").select(["status"]).where("id", "=", report.source_id).executeTakeFirst();
    current = agency?.status === "reported";
  }
  if (!current) {
    throw refused("reportId", "该报告所属的方式或评估机构已被替换，不再作为确定参考价的依据", "That report belongs to a method or an agency the court has moved on from; the price will not come from it");
  }
}

// ─── objections (arts 22–24) ─────────────────────────────────────────────────────────────────────────

const METHOD_OF_REPORT: Record<string, ValuationMethod> = { directedInquiry: "directedInquiry", onlineInquiry: "onlineInquiry", appraisal: "appraisal" };

/**
 * A party's written objection to a report. Accepted on its track, or refused (不予受理: late, against an
 * agreed price or a directed inquiry, against a correction or a review, or on grounds not open against
 * this kind of report) — a refusal is a decision the court records, so it is stored too.
 */
export async function fileObjection(ctx: AppContext, user: AuthUser, valuationId: string, input: ObjectionInput, ip: string | null = null): Promise<{ objectionId: string }> {
  const now = today(ctx);
  const cal = ctx.calendar.get();
  const id = randomUUID();
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, v, access } = await lockValuation(tx, valuationId, user);
    if (access !== "party") throw forbidden("异议由当事人提出；法院工作人员记录处理结果", "Objections are filed by the parties; court staff record how they are handled");
    assertCaseOpen(c);
    const party = await tx.selectFrom("case_parties").select(["id", "role"]).where("case_id", "=", c.id).where("user_id", "=", user.id).orderBy("position").executeTakeFirstOrThrow();
    const report = await findReport(tx, v.id, input.reportId);
    await assertCurrentReport(tx, v.id, report);
    const receipt = (report.receipts as Receipt[]).find((r) => r.partyId === party.id);
    // Not served yet: the party evidently has it; the period runs from today.
    const receivedDate = receipt && compareIsoDates(receipt.receivedDate, now) <= 0 ? receipt.receivedDate : now;
    const decision = classifyObjection({ method: METHOD_OF_REPORT[report.kind]!, target: input.target ?? "report", grounds: input.grounds, receivedDate, filedDate: now }, cal);
    await tx
      .insertInto("valuation_objections")
      .values({
        id,
        court_id: c.court_id,
        case_id: c.id,
        valuation_id: v.id,
        report_id: report.id,
        party_id: party.id,
        filed_by: user.id,
        grounds: json(input.grounds),
        target: input.target ?? "report",
        statement: input.statement,
        received_date: receivedDate,
        filed_date: now,
        accepted: decision.accepted,
        refusal_reason: decision.accepted ? null : decision.reason,
        track: decision.accepted ? decision.track : null,
        decision: json({
          explanation: decision.explanation,
          basis: decision.basis,
          deadline: decision.deadline?.due ?? null,
          groundsNotAvailable: decision.accepted ? decision.groundsNotAvailable : [],
          referralDue: decision.accepted ? (decision.referral?.due ?? null) : null,
        }),
        status: decision.accepted ? "pending" : "refused",
      })
      .execute();
    if (decision.accepted && decision.track === "agencyExplanation" && decision.referral) {
      await insertClocks(tx, [clockRow(c, VALUATION_CLOCKS.objectionReferral, id, decision.referral, now)]);
    }
    await record(tx, ctx, actorOf(user), c, {
      type: decision.accepted ? "valuation.objectionFiled" : "valuation.objectionRefused",
      valuationId: v.id,
      entityType: "valuationObjection",
      entityId: id,
      data: {
        objectionId: id,
        reportId: report.id,
        partyId: party.id,
        side: party.role,
        grounds: input.grounds,
        receivedDate,
        accepted: decision.accepted,
        ...(decision.accepted ? { track: decision.track, groundsNotAvailable: decision.groundsNotAvailable } : { reason: decision.reason }),
        deadline: decision.deadline?.due ?? null,
        basis: decision.basis,
      },
      ip,
    });
  });
  return { objectionId: id };
}

async function lockObjection(tx: Executor, valuationId: string, objectionId: string) {
  const o = await tx.selectFrom("valuation_objections").selectAll().where("id", "=", objectionId).where("valuation_id", "=", valuationId).forUpdate().executeTakeFirst();
  if (!o) throw invalidField("objectionId", { zh: "该确定参考价程序没有这项异议", en: "No such objection in this valuation" });
  return o;
}
type ObjectionRow = Awaited<ReturnType<typeof lockObjection>>;

const QUALIFICATION: ObjectionGround[] = ["agencyUnqualified", "seriousProceduralViolation"];

/**
 * The court's decision on an objection: on the enforcement-act track (art 22 para 2) dismissed, upheld
 * or corrected; on the art 23 para 2 track the qualification/procedure part first (upheld: the next
 * agency re-appraises; dismissed: on to the agency's explanation); after a professional review, its
 * conclusion (dismissed or corrected).
 */
export async function decideObjection(ctx: AppContext, user: AuthUser, valuationId: string, objectionId: string, input: DecideInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  const cal = ctx.calendar.get();
  let replaced = false;
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, v } = await lockValuation(tx, valuationId, user);
    await assertMayAct(tx, user, c);
    assertCaseOpen(c);
    const o = await lockObjection(tx, v.id, objectionId);
    const report = await findReport(tx, v.id, o.report_id);
    const grounds = o.grounds as ObjectionGround[];
    if (input.outcome === "corrected" && input.correctedResultFen === undefined) {
      throw invalidField("correctedResultFen", { zh: "补正的，须写明补正后的结果", en: "A correction needs the corrected result" });
    }
    const enforcementStage = o.status === "pending" && (o.track === "enforcementObjection" || (o.track === "enforcementObjectionThenAgencyExplanation" && !o.enforcement_outcome));
    const reviewStage = o.status === "professionalReview";
    if (!enforcementStage && !reviewStage) {
      throw refused(
        "status",
        o.status === "refused" ? "该异议不予受理，无需处理" : o.status === "resolved" ? "该异议已经处理" : "该异议须先交评估机构说明（第二十三条）",
        o.status === "refused" ? "The objection was not accepted" : o.status === "resolved" ? "The objection has been decided" : "The objection goes to the agency for an explanation first (art 23)",
      );
    }
    if (input.outcome === "upheld" && report.kind === "appraisal" && !report.source_id) {
      throw refused("outcome", "重新出具的评估报告的异议成立的，应当补正（corrected）", "An upheld objection to a re-issued appraisal is corrected");
    }
    if (input.outcome === "upheld") {
      // Upheld without correction: an online report is left out (art 13 para 2); an appraisal is redone only on qualification or procedure grounds (art 23 para 2).
      if (report.kind === "appraisal" && !(enforcementStage && grounds.some((g) => QUALIFICATION.includes(g)))) {
        throw refused("outcome", "评估报告的异议成立的，应当补正（corrected）；仅资质或程序异议成立时另行委托评估机构（第二十三条第二款）", "An upheld objection to an appraisal is corrected; only a qualification or procedure objection upheld sends it to the next agency (art 23 para 2)");
      }
    }
    if (reviewStage && input.outcome === "upheld") throw refused("outcome", "专业技术评审的结论为维持（dismissed）或补正（corrected）", "A professional review ends dismissed or corrected");

    const thenExplain = enforcementStage && o.track === "enforcementObjectionThenAgencyExplanation" && input.outcome === "dismissed";
    if (thenExplain) {
      // art 23 para 2: the qualification/procedure part is not upheld; the substantive part goes to the agency (3 days).
      const k = objectionReferralDeadline({ objectionFiledDate: now }, cal);
      await tx.updateTable("valuation_objections").set({ enforcement_outcome: "dismissed", outcome_note: input.note }).where("id", "=", o.id).execute();
      await insertClocks(tx, [clockRow(c, VALUATION_CLOCKS.objectionReferral, o.id, k, now)]);
    } else {
      await tx
        .updateTable("valuation_objections")
        .set({
          status: "resolved",
          outcome: input.outcome,
          ...(enforcementStage ? { enforcement_outcome: input.outcome === "upheld" ? "upheld" : "dismissed" } : {}),
          corrected_result_fen: input.outcome === "corrected" ? input.correctedResultFen! : null,
          outcome_note: input.note,
          outcome_date: now,
        })
        .where("id", "=", o.id)
        .execute();
      await closeClocks(tx, c.id, [VALUATION_CLOCKS.objectionReferral, VALUATION_CLOCKS.agencyExplanation], o.id, "met", now);
    }
    await record(tx, ctx, actorOf(user), c, {
      type: "valuation.objectionDecided",
      valuationId: v.id,
      entityType: "valuationObjection",
      entityId: o.id,
      data: { objectionId: o.id, reportId: report.id, stage: reviewStage ? "professionalReview" : "enforcementObjection", outcome: input.outcome, correctedResultFen: input.correctedResultFen ?? null, next: thenExplain ? "agencyExplanation" : null },
      reason: input.note,
      ip,
    });
    if (input.outcome === "upheld" && report.kind === "appraisal") {
      const row = await tx.selectFrom("valuation_agency_commissions").select(["id", "agency_id", "step_id"]).where("id", "=", report.source_id!).executeTakeFirstOrThrow();
      await replaceAgency(tx, ctx, actorOf(user), c, v.id, row.step_id, row, "replaced", { objectionId: o.id, basis: [P("art 23 para 2")] }, ip);
      replaced = true;
    }
  });
  if (replaced) {
    await commissionNextAgency(ctx, user, valuationId, ip).catch((e: unknown) => {
      if ((e as { code?: string }).code !== "PRECONDITION_FAILED") throw e;
    });
  }
  return valuationId;
}

function referrable(o: ObjectionRow): boolean {
  return o.status === "pending" && (o.track === "agencyExplanation" || (o.track === "enforcementObjectionThenAgencyExplanation" && o.enforcement_outcome === "dismissed"));
}

/** art 23 para 1: the substantive objection is passed to the agency (within 3 days of filing); it explains within 5. */
export async function referObjection(ctx: AppContext, user: AuthUser, valuationId: string, objectionId: string, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  const cal = ctx.calendar.get();
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, v } = await lockValuation(tx, valuationId, user);
    await assertMayAct(tx, user, c);
    assertCaseOpen(c);
    const o = await lockObjection(tx, v.id, objectionId);
    if (!referrable(o)) throw refused("status", "该异议不需要或尚不能交评估机构说明", "This objection does not go, or cannot yet go, to the agency");
    await tx.updateTable("valuation_objections").set({ status: "referred", referred_date: now }).where("id", "=", o.id).execute();
    const met = await tx
      .updateTable("clocks")
      .set({ status: "met", met_date: now })
      .where("case_id", "=", c.id)
      .where("kind", "=", VALUATION_CLOCKS.objectionReferral)
      .where("subject_id", "=", o.id)
      .where("status", "=", "open")
      .returning(["due_date"])
      .execute();
    const k = agencyExplanationDeadline({ referredDate: now }, cal);
    await insertClocks(tx, [clockRow(c, VALUATION_CLOCKS.agencyExplanation, o.id, k, now)]);
    await record(tx, ctx, actorOf(user), c, {
      type: "valuation.objectionReferred",
      valuationId: v.id,
      entityType: "valuationObjection",
      entityId: o.id,
      data: { objectionId: o.id, explanationDue: k.due, late: met.some((m) => compareIsoDates(now, m.due_date) > 0), basis: k.basis },
      ip,
    });
  });
  return valuationId;
}

/** art 23 para 1: the agency's explanation (or its silence after 5 days): resolved, or a professional review. */
export async function recordExplanation(ctx: AppContext, user: AuthUser, valuationId: string, objectionId: string, input: ExplanationInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  const cal = ctx.calendar.get();
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, v } = await lockValuation(tx, valuationId, user);
    await assertMayAct(tx, user, c);
    assertCaseOpen(c);
    const o = await lockObjection(tx, v.id, objectionId);
    if (o.status !== "referred") throw refused("status", "该异议尚未交评估机构说明", "The objection has not been passed to the agency");
    if (input.explainedDate && (compareIsoDates(input.explainedDate, o.referred_date!) < 0 || compareIsoDates(input.explainedDate, now) > 0)) {
      throw invalidField("explainedDate", { zh: `说明日期须在 ${o.referred_date} 至今天之间`, en: `The explanation's date must be between ${o.referred_date} and today` });
    }
    const r = afterAgencyExplanation(
      { referredDate: o.referred_date!, ...(input.explainedDate ? { explainedDate: input.explainedDate } : {}), ...(input.objectorStillObjects !== undefined ? { objectorStillObjects: input.objectorStillObjects } : {}), today: now },
      cal,
    );
    if (r.next === "waiting") throw refused("explainedDate", r.explanation.zh, r.explanation.en);
    await tx
      .updateTable("valuation_objections")
      .set({
        explained_date: input.explainedDate ?? null,
        objector_still_objects: input.objectorStillObjects ?? null,
        ...(r.next === "resolved" ? { status: "resolved", outcome: "explained", outcome_date: now } : { status: "professionalReview" }),
      })
      .where("id", "=", o.id)
      .execute();
    await closeClocks(tx, c.id, [VALUATION_CLOCKS.agencyExplanation], o.id, "met", now);
    await record(tx, ctx, actorOf(user), c, {
      type: "valuation.objectionExplained",
      valuationId: v.id,
      entityType: "valuationObjection",
      entityId: o.id,
      data: { objectionId: o.id, explainedDate: input.explainedDate ?? null, objectorStillObjects: input.objectorStillObjects ?? null, next: r.next, explanation: r.explanation, basis: r.basis },
      ip,
    });
  });
  return valuationId;
}

/** The status of a report's objections, as onlineReferencePrice reads it (refused ones do not count). */
export function objectionStatusOf(rows: { accepted: boolean; status: string; outcome: string | null; corrected_result_fen: number | null; created_at: Date }[]) {
  const live = rows.filter((r) => r.accepted);
  if (!live.length) return { objection: "none" as const };
  if (live.some((r) => r.status !== "resolved")) return { objection: "pending" as const };
  if (live.some((r) => r.outcome === "upheld")) return { objection: "upheld" as const };
  const corrected = live.filter((r) => r.outcome === "corrected").sort((a, b) => +new Date(a.created_at) - +new Date(b.created_at)).at(-1);
  if (corrected) return { objection: "corrected" as const, correctedResultFen: Number(corrected.corrected_result_fen) };
  return { objection: "dismissed" as const };
}
