// The order to report property and the respondent's report (财产调查规定 arts 3–10, rules.md §8):
// the propertyReport clock opened with the enforcement notice, the report that meets it, the late
// flag and the sanctions-trigger event, and the applicant's audited, confidential reading.
// Every change commits with its case event and audit record in one transaction.
import { randomUUID } from "node:crypto";
import {
  appendEvent,
  extendOpenClock,
  findInitialReport,
  insertClocks,
  insertPropertyReport,
  insertReportAssets,
  listPropertyReports,
  listSubjectClocks,
  meetSubjectClocks,
  writeAudit,
  type ClockRow,
  type Executor,
  type PropertyReportRow,
} from "@zhixing/db";
import {
  assetTypeForItem,
  citeSource,
  compareIsoDates,
  DEFAULT_REPORT_DAYS,
  detectReportBreach,
  extendReportDeadline,
  DomainError,
  invalidField,
  isLateReport,
  reportDeadline,
  reportSanctionGrounds,
  reportScope,
  supplementaryDeadline,
  type CaseEvent,
  type IsoDate,
  type PartyKind,
} from "@zhixing/domain";
import { today, type AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import { caseAccess, caseNotFound } from "../cases/case-access";
import type { ExtensionInput, ReportDto, ReportInput, ReportList } from "./property-reports.schemas";
import { lockCase, type LockedCase } from "../cases/case-lock";

export const PROPERTY_REPORT_CLOCK = "propertyReport";

type IssueNotice = Extract<CaseEvent, { type: "issueNotice" }>;
type CaseRef = { id: string; court_id: string };

/**
 * Called by the notice action inside its transaction: the order to report goes with the notice
 * (财产调查规定 art 3) and gives each respondent `reportDays` (the order's own number, art 4(1);
 * product default 10) to report. One propertyReport clock per respondent party.
 */
export async function openReportOrderClocks(tx: Executor, ctx: AppContext, c: CaseRef, event: IssueNotice, noticeDate: IsoDate): Promise<void> {
  if (!event.withReportOrder) {
    if (event.reportDays !== undefined) {
      throw invalidField("reportDays", { zh: "未发出报告财产令时不能设定报告期限", en: "A reporting period needs an order to report" });
    }
    return;
  }
  const days = event.reportDays ?? DEFAULT_REPORT_DAYS;
  const d = reportDeadline(noticeDate, days, ctx.calendar.get());
  const respondents = await tx.selectFrom("case_parties").select(["id"]).where("case_id", "=", c.id).where("role", "=", "respondent").orderBy("position").execute();
  await insertClocks(
    tx,
    respondents.map((p) => ({
      id: randomUUID(),
      court_id: c.court_id,
      case_id: c.id,
      kind: PROPERTY_REPORT_CLOCK,
      subject_id: p.id,
      start_date: noticeDate,
      due_date: d.due,
      basis: JSON.stringify(d.ruleBasis),
      provisional: d.provisional,
      counted_from: noticeDate,
      period_unit: "days" as const,
      period_n: days,
      status: "open" as const,
      met_date: null,
      reminded_at: null,
      overdue_notified_at: null,
    })),
  );
}



const forbidden = (zh: string, en: string, field?: string) => new DomainError("FORBIDDEN", { zh, en }, field ? { field } : {});

/** The respondent party a report is for, and whether staff entered it. */
async function reportingParty(tx: Executor, user: AuthUser, c: LockedCase, partyId: string | undefined): Promise<{ id: string; name: string; kind: string; byStaff: boolean }> {
  const access = await caseAccess(tx, user, c);
  const respondents = await tx
    .selectFrom("case_parties")
    .select(["id", "name", "kind", "user_id"])
    .where("case_id", "=", c.id)
    .where("role", "=", "respondent")
    .orderBy("position")
    .execute();
  if (access === "supervise") throw forbidden("上级法院只能查看本案", "A supervising court may only read this case");
  if (access === "act") {
    const mayEnter = user.role === "divisionHead" || (user.role === "officer" && c.handler_id === user.id);
    if (!mayEnter) throw forbidden("只有承办人或执行局负责人可以录入书面财产报告", "Only the handler or the division head may enter a paper report");
    if (!partyId) throw invalidField("partyId", { zh: "请指明报告财产的被执行人", en: "Name the respondent party who reported" });
    const p = respondents.find((r) => r.id === partyId);
    if (!p) throw invalidField("partyId", { zh: "该当事人不是本案被执行人", en: "That party is not a respondent of this case" });
    return { id: p.id, name: p.name, kind: p.kind, byStaff: true };
  }
  const mine = respondents.filter((r) => r.user_id === user.id);
  if (!mine.length) throw forbidden("只有被执行人可以报告财产", "Only the respondent reports its property");
  if (partyId) {
    const p = mine.find((r) => r.id === partyId);
    if (!p) throw forbidden("只能为本人报告财产", "You may report only for yourself", "partyId");
    return { id: p.id, name: p.name, kind: p.kind, byStaff: false };
  }
  if (mine.length > 1) throw invalidField("partyId", { zh: "您在本案中有多个被执行人身份，请指明", en: "You are more than one respondent in this case; name the party" });
  return { id: mine[0]!.id, name: mine[0]!.name, kind: mine[0]!.kind, byStaff: false };
}

export type FiledReport = { id: string; late: boolean; due: IsoDate | null; assetIds: string[] };

/** A respondent files its report (or staff enter a paper one). */
export async function fileReport(ctx: AppContext, user: AuthUser, caseId: string, input: ReportInput, ip: string | null = null): Promise<FiledReport> {
  const now = today(ctx);
  const cal = ctx.calendar.get();
  return ctx.database.db.transaction().execute(async (tx) => {
    const c = await lockCase(tx, caseId);
    const party = await reportingParty(tx, user, c, input.partyId);

    // When a report may be filed: after the order (art 3); after 终本 only supplementary ones (art 11 para 2).
    if (!c.report_order_issued) {
      throw new DomainError("PRECONDITION_FAILED", { zh: "本案尚未发出报告财产令", en: "No order to report property has been issued in this case" });
    }
    const open = c.status === "inProgress" || (c.status === "closed" && c.closure_mode === "suspendedNoAssets" && input.kind === "supplementary");
    if (!open) {
      throw new DomainError(
        "PRECONDITION_FAILED",
        { zh: "本案财产报告程序已终结（《财产调查规定》第十一条）", en: "The reporting procedure of this case has ended (财产调查规定 art 11)" },
        { field: "kind" },
      );
    }

    // Dates: nothing in the future; a posting date only on a paper report, never after today.
    if (input.postedDate !== undefined) {
      if (!party.byStaff) throw invalidField("postedDate", { zh: "邮寄日期仅用于法院录入的书面报告", en: "A posting date is only for a paper report the court enters" });
      if (compareIsoDates(input.postedDate, now) > 0) throw invalidField("postedDate", { zh: "邮寄日期不能晚于今天", en: "The posting date cannot be in the future" });
    }
    const transfers = input.transfers ?? [];
    transfers.forEach((t, i) => {
      if (compareIsoDates(t.date, now) > 0) throw invalidField(`transfers.${i}.date`, { zh: "变动日期不能晚于今天", en: "A change cannot be dated in the future" });
    });
    const assetTypes = input.items.map((it, i) => assetTypeForItem(it, `items.${i}`));

    let due: IsoDate | null = null;
    let clocks: ClockRow[] = [];
    if (input.kind === "initial") {
      if (input.changeDate !== undefined) throw invalidField("changeDate", { zh: "首次报告不填变动日期", en: "An initial report has no change date" });
      if (await findInitialReport(tx, c.id, party.id)) {
        throw new DomainError(
          "CONFLICT",
          { zh: "该被执行人已提交财产报告；此后的变动请提交补充报告", en: "This respondent has already reported; report later changes in a supplementary report" },
          { field: "kind" },
        );
      }
      const partyClocks = await listSubjectClocks(tx, c.id, PROPERTY_REPORT_CLOCK, [party.id]);
      due = partyClocks.at(-1)?.due_date ?? null;
      clocks = await meetSubjectClocks(tx, c.id, PROPERTY_REPORT_CLOCK, party.id, now);
    } else {
      if (input.changeDate === undefined) throw invalidField("changeDate", { zh: "补充报告须填写财产变动日期", en: "A supplementary report needs the date of the change" });
      if (compareIsoDates(input.changeDate, now) > 0) throw invalidField("changeDate", { zh: "变动日期不能晚于今天", en: "The change date cannot be in the future" });
      if (!input.items.length && !transfers.length) {
        throw invalidField("items", { zh: "补充报告须至少报告一项财产或变动", en: "A supplementary report needs at least one item or change" });
      }
      const initial = await findInitialReport(tx, c.id, party.id);
      if (!initial) {
        throw new DomainError(
          "PRECONDITION_FAILED",
          { zh: "补充报告须在首次财产报告之后提交（《财产调查规定》第七条）", en: "A supplementary report follows the initial report (财产调查规定 art 7)" },
          { field: "kind" },
        );
      }
      due = supplementaryDeadline(input.changeDate, cal).due;
    }
    const late = due !== null && isLateReport({ submittedDate: now, due, postedDate: input.postedDate ?? null });

    const id = randomUUID();
    const assets = input.items.flatMap((it, i) => {
      const t = assetTypes[i];
      return t ? [{ index: i, row: { id: randomUUID(), court_id: c.court_id, case_id: c.id, owner_party_id: party.id, asset_type: t, description: it.description, identifier: it.identifier ?? null, holder: it.holder ?? null, value_fen: it.valueFen ?? null, exempt_category: null, source: "report" as const } }] : [];
    });
    await insertReportAssets(tx, assets.map((a) => a.row));
    const assetOf = new Map(assets.map((a) => [a.index, a.row]));
    await insertPropertyReport(tx, {
      id,
      court_id: c.court_id,
      case_id: c.id,
      party_id: party.id,
      kind: input.kind,
      submitted_by: user.id,
      submitted_at: ctx.now(),
      submitted_date: now,
      change_date: input.changeDate ?? null,
      items: JSON.stringify(
        input.items.map((it, i) => ({
          category: it.category,
          description: it.description,
          holder: it.holder ?? null,
          identifier: it.identifier ?? null,
          valueFen: it.valueFen ?? null,
          assetType: assetOf.get(i)?.asset_type ?? it.assetType ?? null,
          assetId: assetOf.get(i)?.id ?? null,
        })),
      ),
      transfers: JSON.stringify(transfers.map((t) => ({ kind: t.kind, date: t.date, description: t.description, amountFen: t.amountFen ?? null }))),
      late,
    });

    const event = (type: string, data: Record<string, unknown>) =>
      appendEvent(tx, {
        id: randomUUID(),
        court_id: c.court_id,
        case_id: c.id,
        type,
        at: ctx.now(),
        event_date: now,
        actor_id: user.id,
        actor_name: user.displayName,
        actor_role: user.role,
        reason: null,
        data: JSON.stringify(data),
      });
    const audit = (action: string, detail: Record<string, unknown>) =>
      writeAudit(tx, { courtId: c.court_id, actorId: user.id, actorRole: user.role, action, entityType: "propertyReport", entityId: id, caseId: c.id, detail, ip });

    const summary = { reportId: id, partyId: party.id, kind: input.kind, due, late, items: input.items.length, transfers: transfers.length, assets: assets.length, clocksMet: clocks.length, ...(input.postedDate ? { postedDate: input.postedDate } : {}), ...(input.changeDate ? { changeDate: input.changeDate } : {}) };
    await event("propertyReport", summary);
    await audit("propertyReport.file", summary);
    if (late) {
      // 财产调查规定 arts 9–10: a late report (without good reason, which the court decides) is a sanctions ground.
      const grounds = reportSanctionGrounds({ breach: "late", respondentKind: party.kind as PartyKind });
      const data = { partyId: party.id, reportId: id, breach: "late", due, submittedDate: now, grounds: grounds.map((g) => ({ key: g.key, mandatory: g.mandatory, basis: g.basis })) };
      await event("sanctionsTrigger", data);
      await audit("propertyReport.sanctionsTrigger", data);
    }
    return { id, late, due, assetIds: assets.map((a) => a.row.id) };
  });
}

/**
 * The handler (or the division head) grants a respondent's written application, made within the
 * period, to extend its reporting deadline (财产调查规定 art 5 para 3): the open propertyReport clock
 * moves, counted from the current deadline.
 */
export async function extendReportPeriod(ctx: AppContext, user: AuthUser, caseId: string, input: ExtensionInput, ip: string | null = null): Promise<{ partyId: string; due: IsoDate }> {
  const now = today(ctx);
  return ctx.database.db.transaction().execute(async (tx) => {
    const c = await lockCase(tx, caseId);
    const access = await caseAccess(tx, user, c);
    const mayGrant = access === "act" && (user.role === "divisionHead" || (user.role === "officer" && c.handler_id === user.id));
    if (!mayGrant) throw forbidden("只有本案承办人或执行局负责人可以延长报告期限", "Only the case's handler or the division head may extend the reporting deadline");
    const party = await tx.selectFrom("case_parties").select(["id"]).where("case_id", "=", c.id).where("id", "=", input.partyId).where("role", "=", "respondent").executeTakeFirst();
    if (!party) throw invalidField("partyId", { zh: "该当事人不是本案被执行人", en: "That party is not a respondent of this case" });
    if (compareIsoDates(input.applicationDate, now) > 0) throw invalidField("applicationDate", { zh: "申请日期不能晚于今天", en: "The application date cannot be in the future" });
    const clock = (await listSubjectClocks(tx, c.id, PROPERTY_REPORT_CLOCK, [party.id])).filter((k) => k.status === "open").at(-1);
    if (!clock) {
      throw new DomainError("CONFLICT", { zh: "该被执行人没有进行中的报告期限", en: "This respondent has no running reporting deadline" }, { field: "partyId" });
    }
    const d = extendReportDeadline({ currentDue: clock.due_date, applicationDate: input.applicationDate, days: input.days, written: true, reason: input.reason }, ctx.calendar.get());
    await extendOpenClock(tx, clock.id, { due: d.due, basis: d.ruleBasis, provisional: d.provisional, countedFrom: clock.due_date, periodN: input.days });
    const data = { partyId: party.id, from: clock.due_date, to: d.due, days: input.days, applicationDate: input.applicationDate };
    await appendEvent(tx, {
      id: randomUUID(),
      court_id: c.court_id,
      case_id: c.id,
      type: "propertyReportExtended",
      at: ctx.now(),
      event_date: now,
      actor_id: user.id,
      actor_name: user.displayName,
      actor_role: user.role,
      reason: input.reason,
      data: JSON.stringify(data),
    });
    await writeAudit(tx, { courtId: c.court_id, actorId: user.id, actorRole: user.role, action: "propertyReport.extend", entityType: "clock", entityId: clock.id, caseId: c.id, detail: data, ip });
    return { partyId: party.id, due: d.due };
  });
}

const CONFIDENTIALITY = {
  zh: "申请执行人及其代理人对查询中知悉的被执行人财产信息应当保密（《财产调查规定》第八条第二款）。本次查询已记录。",
  en: "The applicant and its agent must keep confidential what they learn from the report (财产调查规定 art 8 para 2). This reading has been recorded.",
  basis: citeSource("propertyInvestigation", "art 8 para 2"),
};

type StoredItem = ReportDto["items"][number];
type StoredTransfer = ReportDto["transfers"][number];

/**
 * The reports of a case: staff of the case and supervisors see all; the applicant may consult them
 * (art 8 para 2), every reading audited, and is told to keep them confidential; a respondent sees its own.
 */
export async function listReports(ctx: AppContext, user: AuthUser, caseId: string, ip: string | null = null): Promise<ReportList> {
  const now = today(ctx);
  const cal = ctx.calendar.get();
  return ctx.database.db.transaction().execute(async (tx) => {
    const c = await tx.selectFrom("cases").select(["id", "court_id", "notice_date"]).where("id", "=", caseId).executeTakeFirst();
    if (!c) throw caseNotFound();
    const access = await caseAccess(tx, user, c);
    const parties = await tx.selectFrom("case_parties").select(["id", "name", "kind", "role", "user_id"]).where("case_id", "=", c.id).orderBy("position").execute();
    const respondents = parties.filter((p) => p.role === "respondent");
    let visible = respondents;
    let applicantReading = false;
    if (access === "party") {
      const mine = parties.filter((p) => p.user_id === user.id);
      if (mine.some((p) => p.role === "applicant")) applicantReading = true;
      else visible = respondents.filter((p) => p.user_id === user.id);
    }
    const ids = visible.map((p) => p.id);
    const rows = await listPropertyReports(tx, c.id, ids);
    const clocks = await listSubjectClocks(tx, c.id, PROPERTY_REPORT_CLOCK, ids);
    if (applicantReading) {
      await writeAudit(tx, {
        courtId: c.court_id,
        actorId: user.id,
        actorRole: user.role,
        action: "propertyReport.read",
        entityType: "propertyReport",
        entityId: null,
        caseId: c.id,
        detail: { reportIds: rows.map((r) => r.id), confidentialityNotice: true },
        ip,
      });
    }
    const nameOf = new Map(parties.map((p) => [p.id, p.name]));
    const dueOf = (r: PropertyReportRow): IsoDate | null => {
      if (r.kind === "supplementary") return r.change_date ? supplementaryDeadline(r.change_date, cal).due : null;
      return clocks.filter((k) => k.subject_id === r.party_id).at(-1)?.due_date ?? null;
    };
    const items: ReportDto[] = rows.map((r) => ({
      id: r.id,
      partyId: r.party_id,
      partyName: nameOf.get(r.party_id) ?? "",
      kind: r.kind,
      submittedDate: r.submitted_date,
      submittedAt: new Date(r.submitted_at).toISOString(),
      enteredByStaff: !!r.submitted_by && !parties.some((p) => p.id === r.party_id && p.user_id === r.submitted_by),
      changeDate: r.change_date,
      due: dueOf(r),
      late: r.late,
      items: r.items as StoredItem[],
      transfers: r.transfers as StoredTransfer[],
    }));
    const obligations = visible.map((p) => {
      const clock = clocks.filter((k) => k.subject_id === p.id).at(-1);
      const initial = rows.find((r) => r.party_id === p.id && r.kind === "initial");
      const breach =
        clock && clock.status !== "cancelled"
          ? detectReportBreach({ due: clock.due_date, today: now, report: initial ? { submittedDate: initial.submitted_date } : null })
          : null;
      // A report stored as on time (posted in time) is no breach even if it arrived after the due date.
      const effective = breach === "late" && initial && !initial.late ? null : breach;
      return {
        partyId: p.id,
        partyName: p.name,
        due: clock?.due_date ?? null,
        clockStatus: clock?.status ?? null,
        overdue: clock?.status === "open" && compareIsoDates(clock.due_date, now) < 0,
        reportedDate: initial?.submitted_date ?? null,
        late: initial?.late ?? false,
        breach: effective,
        sanctionGrounds: effective ? reportSanctionGrounds({ breach: effective, respondentKind: p.kind as PartyKind }) : [],
      };
    });
    return {
      items,
      obligations,
      scope: c.notice_date ? { noticeDate: c.notice_date, changesFrom: reportScope(c.notice_date).changesFrom } : null,
      confidentiality: applicantReading ? CONFIDENTIALITY : null,
    };
  });
}

