// 终结本次执行程序 (终本) done properly (rules.md §16). The checklist is DERIVED from the case's records
// and decided by the domain (evaluateZhongben, packages/domain/src/zhongben): nobody ticks a box. The
// records, condition by condition (终本规定(2016) arts 1–3, 5; 民诉法解释 art 517):
//   (1) notice and report order — cases.notice_date / report_order_issued; the report "verified" when every
//       respondent filed its report and a network inquiry ran on or after the last one (art 2), or, when a
//       report was refused or late (late report, or the report clock overdue), the breach was sanctioned by
//       a decided fine/detention on ground propertyReportBreach or a 失信 listing on ground reportBreach;
//   (2) consumption restriction — an issued 限制消费令 for every respondent (credit_restrictions); 失信
//       listing "where the conditions are met": the records show a listing ground when a report breach or
//       an obstruction sanction exists, and then a respondent must be listed (dishonest_listings);
//   (3) investigation exhausted — the applicant's clues all checked (asset_clues), a network inquiry run
//       (inquiries done/partial), the court's investigations on application completed (investigation_
//       requests: property the network cannot reach), a reward notice decided when applied for
//       (reward_notices); and nothing disposable: no asset under an active measure of this court that is
//       not exempt (art 3 PARTIAL: the list of required steps is the domain's configurable setting);
//   (4) more than 3 months since registration — the domain counts it;
//   (5) a missing respondent searched for (zhongben_debtor_searches) and obstruction sanctioned: every
//       fine or detention proposed is decided (sanctions), a referral for the crime counts as sanctioned;
//   art 5 — the applicant interviewed (zhongben_interviews);
//   art 517 — the applicant's signature on the interview record, else the collegial panel's review
//       approved by the president (zhongben_approvals).
import { randomUUID } from "node:crypto";
import type { Executor } from "@zhixing/db";
import {
  DomainError,
  evaluateZhongben,
  invalidField,
  reinquirySchedule,
  type InvestigationStep,
  type IsoDate,
  type SuspensionApproval,
  type SuspensionChecklist,
  type ZhongbenEvaluation,
  type ZhongbenFacts,
} from "@zhixing/domain";
import { today, type AppContext } from "../../context";
import { zhongbenSettings } from "./zhongben-settings";
import type { AuthUser } from "../../http/auth";
import { caseAccess, caseNotFound } from "../cases/case-access";
import { lockCase, OPEN_CASE_STATUSES, type LockedCase } from "../cases/case-lock";
import { record, type Actor } from "../credit/credit.service";
import type { ApprovalInput, DebtorSearchInput, InterviewInput, ResumeAckInput, ZhongbenDto } from "./zhongben.schemas";

const forbidden = (zh: string, en: string) => new DomainError("FORBIDDEN", { zh, en });
const refused = (field: string, zh: string, en: string) => new DomainError("PRECONDITION_FAILED", { zh, en }, { field });
const actorOf = (u: AuthUser): Actor => ({ id: u.id, name: u.displayName, role: u.role });
const count = (n: unknown) => Number(n ?? 0);

type Loaded = { facts: ZhongbenFacts; records: ZhongbenDto["records"]; row: { id: string; court_id: string; status: string; closure_mode: string | null; closure_date: string | null } };

/** What the records show, as ZhongbenFacts for the domain plus the counts the checklist explains itself with. */
export async function loadZhongbenFacts(db: Executor, caseId: string, now: IsoDate): Promise<Loaded> {
  const c = await db.selectFrom("cases").select(["id", "court_id", "status", "registered_date", "notice_date", "report_order_issued", "closure_mode", "closure_date"]).where("id", "=", caseId).executeTakeFirst();
  if (!c) throw caseNotFound();
  const respondents = (await db.selectFrom("case_parties").select("id").where("case_id", "=", caseId).where("role", "=", "respondent").execute()).map((p) => p.id);
  const reports = await db.selectFrom("property_reports").select(["party_id", "submitted_date", "late"]).where("case_id", "=", caseId).where("kind", "=", "initial").execute();
  const reported = new Set(reports.map((r) => r.party_id));
  const lastReport = reports.map((r) => r.submitted_date).sort().at(-1) ?? null;
  const overdueReportClock = await db.selectFrom("clocks").select("id").where("case_id", "=", caseId).where("kind", "=", "propertyReport").where("status", "=", "open").where("due_date", "<", now).executeTakeFirst();
  const reportBreach = reports.some((r) => r.late) || !!overdueReportClock;
  const sanctions = await db.selectFrom("sanctions").select(["status", "ground", "revoked"]).where("case_id", "=", caseId).execute();
  const live = sanctions.filter((s) => s.status !== "refused" && !s.revoked);
  const decided = live.filter((s) => s.status === "decided");
  const pending = live.filter((s) => s.status === "proposed");
  const referrals = count((await db.selectFrom("refusal_crime_referrals").select((eb) => eb.fn.countAll().as("n")).where("case_id", "=", caseId).executeTakeFirst())?.n);
  const listings = await db.selectFrom("dishonest_listings").select(["ground", "status", "decision_date"]).where("case_id", "=", caseId).execute();
  const reportBreachSanctioned = decided.some((s) => s.ground === "propertyReportBreach") || listings.some((l) => l.ground === "reportBreach");
  const inquiries = await db.selectFrom("inquiries").select(["status", "created_at"]).where("case_id", "=", caseId).where("status", "in", ["done", "partial"]).orderBy("created_at").execute();
  const inquiryDates = inquiries.map((i) => shanghaiDate(i.created_at));
  const lastInquiry = inquiryDates.at(-1) ?? null;
  const reportVerified =
    (respondents.length > 0 && respondents.every((p) => reported.has(p)) && lastInquiry !== null && lastReport !== null && lastInquiry >= lastReport) || (reportBreach && reportBreachSanctioned);
  const restrictions = await db.selectFrom("credit_restrictions").select(["party_id", "issued_date"]).where("case_id", "=", caseId).where("kind", "=", "consumption").where("status", "=", "issued").execute();
  const restricted = new Set(restrictions.map((r) => r.party_id));
  const clues = await db.selectFrom("asset_clues").select("status").where("case_id", "=", caseId).execute();
  const investigations = await db.selectFrom("investigation_requests").select("status").where("case_id", "=", caseId).execute();
  const rewards = await db.selectFrom("reward_notices").select("status").where("case_id", "=", caseId).where("status", "!=", "withdrawn").execute();
  const disposable = count(
    (
      await db
        .selectFrom("measures")
        .innerJoin("assets", "assets.id", "measures.asset_id")
        .select((eb) => eb.fn.count("assets.id").distinct().as("n"))
        .where("measures.case_id", "=", caseId)
        .where("measures.status", "=", "active")
        .where("measures.external", "=", false)
        .where("assets.exempt_category", "is", null)
        .where("assets.only_home", "=", false)
        .executeTakeFirst()
    )?.n,
  );
  const searches = await db.selectFrom("zhongben_debtor_searches").select(["party_id", "found"]).where("case_id", "=", caseId).orderBy("created_at").execute();
  const interviews = await db.selectFrom("zhongben_interviews").select(["signed", "created_at"]).where("case_id", "=", caseId).orderBy("created_at").execute();
  const approvals = await db.selectFrom("zhongben_approvals").select("id").where("case_id", "=", caseId).execute();

  const steps: InvestigationStep[] = [];
  if (!clues.some((x) => x.status === "received")) steps.push("cluesChecked");
  if (inquiries.length > 0) steps.push("networkInquiry");
  if (investigations.length > 0 && investigations.every((x) => x.status === "completed")) steps.push("onSiteCheck");
  if (rewards.length > 0 && !rewards.some((x) => x.status === "applied")) steps.push("auditOrReward");
  const obstructionFound = live.some((s) => s.ground !== "propertyReportBreach") || pending.length > 0;
  const lastInterview = interviews.at(-1);
  const approval: SuspensionApproval | null = lastInterview?.signed ? "applicantConfirmed" : approvals.length > 0 ? "collegialPanelApproved" : null;
  const listedNow = listings.filter((l) => l.status === "listed");

  const facts: ZhongbenFacts = {
    registeredDate: (c.registered_date ?? now) as IsoDate,
    today: now,
    noticeIssued: !!c.notice_date,
    reportOrderIssued: c.report_order_issued,
    reportVerified,
    reportBreach,
    reportBreachSanctioned,
    consumptionRestrictionIssued: respondents.length > 0 && respondents.every((p) => restricted.has(p)),
    dishonestConditionsMet: reportBreach || decided.length > 0,
    dishonestListed: listedNow.length > 0,
    investigationStepsDone: steps,
    propertyBeyondNetwork: investigations.length > 0,
    applicantAppliedForAuditOrReward: rewards.length > 0,
    noDisposableProperty: disposable === 0,
    respondentMissing: searches.length > 0,
    respondentSearched: searches.length > 0,
    obstructionFound,
    obstructionSanctioned: pending.length === 0 && (decided.length > 0 || referrals > 0 || !obstructionFound),
    applicantInterviewed: interviews.length > 0,
    approval,
  };
  const records: ZhongbenDto["records"] = {
    noticeDate: c.notice_date,
    reportOrderIssued: c.report_order_issued,
    reportsFiled: reported.size,
    respondents: respondents.length,
    reportBreach,
    consumptionRestrictionIssuedDate: restrictions.map((r) => r.issued_date).filter((d): d is string => !!d).sort()[0] ?? null,
    dishonestListedDate: listedNow.map((l) => l.decision_date).sort()[0] ?? null,
    dishonestConditionsMet: facts.dishonestConditionsMet,
    inquiriesRun: inquiries.length,
    lastInquiryDate: lastInquiry,
    clues: clues.length,
    cluesUnchecked: clues.filter((x) => x.status === "received").length,
    investigations: investigations.length,
    investigationsOpen: investigations.filter((x) => x.status !== "completed").length,
    rewardNotices: rewards.length,
    disposableAssets: disposable,
    sanctionsDecided: decided.length,
    sanctionsPending: pending.length,
    crimeReferrals: referrals,
  };
  return { facts, records, row: c };
}

/** A timestamp's calendar day in Asia/Shanghai. */
function shanghaiDate(t: Date | string): IsoDate {
  const d = typeof t === "string" ? new Date(t) : t;
  return new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10) as IsoDate;
}

export async function evaluateCase(db: Executor, ctx: AppContext, caseId: string, now: IsoDate): Promise<Loaded & { evaluation: ZhongbenEvaluation }> {
  const loaded = await loadZhongbenFacts(db, caseId, now);
  return { ...loaded, evaluation: evaluateZhongben(loaded.facts, ctx.calendar.get(), zhongbenSettings(ctx).checklist) };
}

/**
 * The close action for 终本 (cases.service applyCaseEvent): the checklist and the approval are the
 * derived ones, whatever the officer sent; when a condition is unmet the closure is refused with each
 * unmet condition's reason and article.
 */
export async function zhongbenClosure(tx: Executor, ctx: AppContext, caseId: string, now: IsoDate): Promise<{ checklist: SuspensionChecklist; approval: SuspensionApproval | undefined }> {
  const { evaluation } = await evaluateCase(tx, ctx, caseId, now);
  const unmet = evaluation.unmet;
  if (unmet.length) {
    throw new DomainError(
      "PRECONDITION_FAILED",
      { zh: `终结本次执行程序的条件未满足：${unmet.map((u) => u.reason!.zh).join("；")}`, en: `Conditions for 终本 not met: ${unmet.map((u) => u.reason!.en).join("; ")}` },
      { field: "checklist", details: unmet.map((u) => ({ field: `checklist.${u.key}`, message: u.reason! })) },
    );
  }
  return { checklist: evaluation.checklist, approval: evaluation.approval ?? undefined };
}

/** GET /cases/:id/zhongben — staff of the court and of the courts above, and the case's parties. */
export async function zhongbenView(ctx: AppContext, user: AuthUser, caseId: string): Promise<ZhongbenDto> {
  const db = ctx.database.db;
  const c = await db.selectFrom("cases").select(["id", "court_id"]).where("id", "=", caseId).executeTakeFirst();
  if (!c) throw caseNotFound();
  const access = await caseAccess(db, user, c);
  const applicant = access !== "party" || (await db.selectFrom("case_parties").select("id").where("case_id", "=", caseId).where("user_id", "=", user.id).where("role", "=", "applicant").executeTakeFirst()) !== undefined;
  const now = today(ctx);
  const { evaluation, records, row } = await evaluateCase(db, ctx, caseId, now);
  const interviews = await db.selectFrom("zhongben_interviews").selectAll().where("case_id", "=", caseId).orderBy("created_at").execute();
  const approvals = await db.selectFrom("zhongben_approvals").selectAll().where("case_id", "=", caseId).orderBy("created_at").execute();
  const searches = access === "party" ? [] : await db.selectFrom("zhongben_debtor_searches").selectAll().where("case_id", "=", caseId).orderBy("created_at").execute();
  const runs = await db.selectFrom("zhongben_reinquiries").selectAll().where("case_id", "=", caseId).orderBy("seq").execute();
  const schedule =
    row.status === "closed" && row.closure_mode === "suspendedNoAssets" && row.closure_date
      ? reinquirySchedule(row.closure_date as IsoDate, ctx.calendar.get(), zhongbenSettings(ctx).periods).map((s) => {
          const r = runs.find((x) => x.seq === s.seq);
          return { seq: s.seq, due: s.due, run: r ? { runDate: r.run_date, status: r.status, itemsFound: r.items_found, propertyFound: r.property_found, resumeFlag: r.resume_flag, deletionTriggered: r.deletion_triggered } : null };
        })
      : [];
  return {
    caseId,
    status: row.status,
    closureMode: row.closure_mode,
    closureDate: row.closure_date,
    ready: evaluation.ready,
    earliestDate: evaluation.earliestDate,
    approval: evaluation.approval,
    conditions: evaluation.conditions.map((x) => ({ ...x, confidence: String(x.confidence) })),
    records,
    interviews: interviews.map((i) => ({ id: i.id, interviewDate: i.interview_date, told: i.told, applicantOpinion: applicant ? i.applicant_opinion : null, signed: i.signed })),
    approvals: approvals.map((a) => ({ id: a.id, panel: a.panel, opinion: a.opinion, approvedDate: a.approved_date })),
    debtorSearches: searches.map((s) => ({ id: s.id, partyId: s.party_id, searchDate: s.search_date, measures: s.measures, found: s.found })),
    reinquiry: {
      schedule,
      resumeFlag: runs.some((r) => r.resume_flag) && row.status === "closed",
      resumePending: runs.some((r) => r.resume_flag && !r.resume_acknowledged_date) && row.status === "closed",
      acknowledgements: runs.filter((r) => r.resume_flag && r.resume_acknowledged_date).map((r) => ({ seq: r.seq, date: r.resume_acknowledged_date!, note: access === "party" ? null : r.resume_acknowledgement })),
      fruitlessSearches: runs.filter((r) => r.status === "done" && !r.property_found).length,
    },
  };
}

/** The handler, the division head or the president of the case's court, on an open case. */
async function staffOn(tx: Executor, user: AuthUser, c: LockedCase, roles: readonly string[] = ["officer", "divisionHead", "president"]): Promise<void> {
  const access = await caseAccess(tx, user, c);
  if (access === "party") throw caseNotFound();
  if (access !== "act" || !roles.includes(user.role)) throw forbidden("由本院执行人员办理", "Done by the enforcing court's officers");
  if (user.role === "officer" && c.handler_id !== user.id) throw forbidden("只有案件承办人可以办理", "Only the case's handler may do this");
  if (!OPEN_CASE_STATUSES.includes(c.status)) throw refused("caseId", "案件立案后、结案前方可办理", "Only between registration and closure");
}

function notFuture(field: string, d: string, now: IsoDate): void {
  if (d > now) throw invalidField(field, { zh: "日期不能晚于今天", en: "The date cannot be in the future" });
}

/** 终本规定 art 5: the handler records the interview with the applicant (约谈) and whether it signed. */
export async function recordInterview(ctx: AppContext, user: AuthUser, caseId: string, input: InterviewInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  return ctx.database.db.transaction().execute(async (tx) => {
    const c = await lockCase(tx, caseId);
    await staffOn(tx, user, c);
    notFuture("interviewDate", input.interviewDate, now);
    const id = randomUUID();
    await tx.insertInto("zhongben_interviews").values({ id, court_id: c.court_id, case_id: c.id, interview_date: input.interviewDate, told: input.told, applicant_opinion: input.applicantOpinion, signed: input.signed, recorded_by: user.id }).execute();
    await record(tx, ctx, c, actorOf(user), { type: "zhongbenInterviewRecorded", action: "zhongben.interview", entityType: "zhongbenInterview", entityId: id, data: { interviewId: id, interviewDate: input.interviewDate, signed: input.signed } }, ip);
    return id;
  });
}

/** 民诉法解释 art 517: without the applicant's signature, the collegial panel's review approved by the president. */
export async function approveByPresident(ctx: AppContext, user: AuthUser, caseId: string, input: ApprovalInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  return ctx.database.db.transaction().execute(async (tx) => {
    const c = await lockCase(tx, caseId);
    await staffOn(tx, user, c, ["president"]);
    const id = randomUUID();
    await tx.insertInto("zhongben_approvals").values({ id, court_id: c.court_id, case_id: c.id, panel: input.panel, opinion: input.opinion, approved_by: user.id, approved_date: now }).execute();
    await record(tx, ctx, c, actorOf(user), { type: "zhongbenApproved", action: "zhongben.approved", entityType: "zhongbenApproval", entityId: id, data: { approvalId: id, panel: input.panel } }, ip);
    return id;
  });
}

/** 终本规定 art 1(5): a respondent's whereabouts unknown, and the search made for it. */
export async function recordDebtorSearch(ctx: AppContext, user: AuthUser, caseId: string, input: DebtorSearchInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  return ctx.database.db.transaction().execute(async (tx) => {
    const c = await lockCase(tx, caseId);
    await staffOn(tx, user, c);
    notFuture("searchDate", input.searchDate, now);
    const p = await tx.selectFrom("case_parties").select("role").where("case_id", "=", c.id).where("id", "=", input.partyId).executeTakeFirst();
    if (!p || p.role !== "respondent") throw invalidField("partyId", { zh: "只能查找本案被执行人", en: "Only a respondent of this case" });
    const id = randomUUID();
    await tx.insertInto("zhongben_debtor_searches").values({ id, court_id: c.court_id, case_id: c.id, party_id: input.partyId, search_date: input.searchDate, measures: input.measures, found: input.found, recorded_by: user.id }).execute();
    await record(tx, ctx, c, actorOf(user), { type: "zhongbenDebtorSearched", action: "zhongben.debtorSearch", entityType: "zhongbenDebtorSearch", entityId: id, data: { searchId: id, partyId: input.partyId, searchDate: input.searchDate, found: input.found } }, ip);
    return id;
  });
}

/**
 * 终本规定 art 9: a re-inquiry found property and raised the resume flag. The case lifecycle has no
 * 恢复执行 action yet, so the handler (or the division head / president of the court) acknowledges the
 * flag with a note of what is being done; the flag leaves the workbench, the acknowledgement stays on the
 * re-inquiry row, with a case event and an audit record, in one transaction.
 */
export async function acknowledgeResumeFlag(ctx: AppContext, user: AuthUser, caseId: string, input: ResumeAckInput, ip: string | null = null): Promise<number[]> {
  const now = today(ctx);
  return ctx.database.db.transaction().execute(async (tx) => {
    const c = await lockCase(tx, caseId);
    const access = await caseAccess(tx, user, c);
    if (access === "party") throw caseNotFound();
    if (access !== "act" || !["officer", "divisionHead", "president"].includes(user.role)) throw forbidden("由本院执行人员办理", "Done by the enforcing court's officers");
    if (user.role === "officer" && c.handler_id !== user.id) throw forbidden("只有案件承办人可以办理", "Only the case's handler may do this");
    const pending = await tx.selectFrom("zhongben_reinquiries").select(["id", "seq"]).where("case_id", "=", c.id).where("resume_flag", "=", true).where("resume_acknowledged_date", "is", null).orderBy("seq").execute();
    if (c.status !== "closed" || pending.length === 0) throw refused("caseId", "本案没有待处理的恢复执行提示", "This case has no resume flag waiting to be dealt with");
    await tx.updateTable("zhongben_reinquiries").set({ resume_acknowledged_by: user.id, resume_acknowledged_date: now, resume_acknowledgement: input.note }).where("id", "in", pending.map((p) => p.id)).execute();
    const seqs = pending.map((p) => p.seq);
    await record(tx, ctx, c, actorOf(user), { type: "zhongbenResumeFlagAcknowledged", action: "zhongben.resumeAcknowledged", entityType: "zhongbenReinquiry", entityId: pending[0]!.id, data: { seqs, acknowledgedDate: now } }, ip);
    return seqs;
  });
}
