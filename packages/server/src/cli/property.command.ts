// zhixing reports show | clues list | investigations list | rewards list: a case's property reports, asset
// clues, investigation requests and reward notices from the command line, read through the same services
// the API uses. Like `inquiry run`, the CLI acts as a court staff user: --as <username>, or by default the
// case's handler; the services decide access and write any audit record a read needs (as for the API).
// What is printed carries no personal data: free text (report items, clue descriptions, investigation
// scopes and results, reasons and notes, tip contents) and informants are not printed, only counts,
// dates, statuses and clocks; the public reward list is the public site's, natural persons' names masked.
import { DomainError, daysBetween, formatYuan, invalidField, isDomainError, isStaffRole, type IsoDate } from "@zhixing/domain";
import type { Executor } from "@zhixing/db";
import { today, type AppContext } from "../context";
import type { AuthUser } from "../http/auth";
import { findLedgerCase } from "../modules/ledger/ledger.queries";
import { listReports } from "../modules/property-reports/property-reports.service";
import { listCaseClues } from "../modules/clues/clues.service";
import { listCaseInvestigations } from "../modules/clues/investigation.service";
import { listCaseRewards, listPublicRewards } from "../modules/rewards/rewards.service";
import { withContext } from "./db-context";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type CaseRef = { id: string; court_id: string; case_number: string | null; handler_id: string | null; notice_date: string | null; report_order_issued: boolean };

/** A case by its id or its number (full-width brackets accepted), as `ledger show --case` finds it. */
export async function resolveCase(db: Executor, ref: string): Promise<CaseRef> {
  const key = ref.trim().replace(/（/g, "(").replace(/）/g, ")");
  if (!key) throw invalidField("case", { zh: "请给出案号或案件编号，如 (2025)京73执1号", en: "give a case number or case id, e.g. (2025)京73执1号" });
  const c = await findLedgerCase(db, key, UUID.test(key) ? "id" : "caseNumber");
  if (!c) throw new DomainError("NOT_FOUND", { zh: `没有案件 ${key}`, en: `no case ${key}` }, { field: "case" });
  const more = await db.selectFrom("cases").select(["handler_id", "notice_date", "report_order_issued"]).where("id", "=", c.id).executeTakeFirstOrThrow();
  return { id: c.id, court_id: c.court_id, case_number: c.case_number, ...more };
}

/** The staff user the CLI reads as: --as <username>, or the case's handler. */
async function actingUser(db: Executor, c: { handler_id: string | null } | null, as: string | undefined): Promise<AuthUser> {
  let u;
  if (as !== undefined) {
    const name = as.trim();
    u = name ? await db.selectFrom("users").selectAll().where("username", "=", name).executeTakeFirst() : undefined;
    if (!u) throw invalidField("as", { zh: `用户 ${name} 不存在`, en: `no user ${name}` });
  } else {
    if (!c?.handler_id) throw invalidField("as", { zh: "案件尚未分配承办人，请用 --as 指定查看的法院工作人员", en: "the case has no handler yet; name a court staff user with --as" });
    u = await db.selectFrom("users").selectAll().where("id", "=", c.handler_id).executeTakeFirstOrThrow();
  }
  if (!u.active) throw invalidField("as", { zh: `用户 ${u.username} 已停用`, en: `user ${u.username} is deactivated` });
  if (!isStaffRole(u.role) || !u.court_id) {
    throw invalidField("as", { zh: `命令行只能以法院工作人员身份查看，${u.username} 不是`, en: `the command line reads as court staff; ${u.username} is not` });
  }
  return { id: u.id, username: u.username, displayName: u.display_name, role: u.role as AuthUser["role"], courtId: u.court_id };
}

type Clock = { due: string; status: string; metDate: string | null; overdue: boolean };

/** Days from `asOf` to an open clock's due date (negative when overdue); null once met or cancelled. */
const daysLeft = (k: Clock, asOf: IsoDate) => (k.status === "open" ? daysBetween(asOf, k.due) : null);

function clockText(k: Clock | null, asOf: IsoDate): string {
  if (!k) return "no clock 无期限";
  if (k.status === "met") return `due ${k.due}, met 已完成 ${k.metDate}`;
  if (k.status === "cancelled") return `due ${k.due}, cancelled 已取消`;
  const d = daysBetween(asOf, k.due);
  return `due ${k.due}, ${k.overdue ? `OVERDUE 已逾期 ${-d}d` : `open 进行中, ${d}d left`}`;
}

const out = (lines: string[]) => process.stdout.write(lines.join("\n") + "\n");
const json = (v: unknown) => process.stdout.write(JSON.stringify(v, null, 2) + "\n");
const yuan = (fen: number) => formatYuan(fen, "en").replace(/^CNY /, "¥");
const head = (c: CaseRef, user: AuthUser, asOf: IsoDate) => `${c.case_number ?? "(待立案 pending)"} (${c.id})  as of ${asOf}, read as ${user.username} (${user.role})`;

type CaseOptions = { case: string; as?: string; json?: boolean };

async function caseRead<T>(o: CaseOptions, fn: (ctx: AppContext, c: CaseRef, user: AuthUser, asOf: IsoDate) => Promise<T>): Promise<T> {
  return withContext(async (ctx) => {
    const c = await resolveCase(ctx.database.db, o.case);
    const user = await actingUser(ctx.database.db, c, o.as);
    return fn(ctx, c, user, today(ctx));
  });
}

/** zhixing reports show: the order to report, each respondent's clock and breach, the filed reports with counts. */
export async function runReportsShow(o: CaseOptions): Promise<void> {
  await caseRead(o, async (ctx, c, user, asOf) => {
    const list = await listReports(ctx, user, c.id);
    const triggers = await ctx.database.db
      .selectFrom("case_events")
      .select(["event_date", "data"])
      .where("case_id", "=", c.id)
      .where("type", "=", "sanctionsTrigger")
      .orderBy("seq")
      .execute();
    const nameOf = new Map(list.obligations.map((p) => [p.partyId, p.partyName]));
    const sanctionsTriggers = triggers.map((e) => {
      const d = (typeof e.data === "string" ? JSON.parse(e.data) : e.data) as { partyId?: string; reportId?: string; breach?: string; due?: string; grounds?: { key: string }[] };
      return { date: e.event_date, partyId: d.partyId ?? null, partyName: (d.partyId && nameOf.get(d.partyId)) || null, breach: d.breach ?? null, reportId: d.reportId ?? null, due: d.due ?? null, grounds: (d.grounds ?? []).map((g) => g.key) };
    });
    const reports = list.items.map((r) => ({
      id: r.id,
      partyId: r.partyId,
      partyName: r.partyName,
      kind: r.kind,
      submittedDate: r.submittedDate,
      changeDate: r.changeDate,
      due: r.due,
      late: r.late,
      enteredByStaff: r.enteredByStaff,
      itemCount: r.items.length,
      transferCount: r.transfers.length,
    }));
    const view = {
      caseId: c.id,
      caseNumber: c.case_number,
      asOf,
      readAs: { username: user.username, role: user.role },
      order: { issued: c.report_order_issued, noticeDate: c.notice_date, changesFrom: list.scope?.changesFrom ?? null },
      obligations: list.obligations.map((p) => ({
        ...p,
        daysLeft: p.due && p.clockStatus === "open" ? daysBetween(asOf, p.due) : null,
        sanctionGrounds: p.sanctionGrounds.map((g) => ({ key: g.key, breach: g.breach, mandatory: g.mandatory, label: g.label, basis: g.basis })),
      })),
      counts: { initial: reports.filter((r) => r.kind === "initial").length, supplementary: reports.filter((r) => r.kind === "supplementary").length },
      reports,
      sanctionsTriggers,
    };
    if (o.json) return json(view);
    const lines = [`财产报告 property reports of ${head(c, user, asOf)}`];
    lines.push(
      c.report_order_issued
        ? `报告财产令 order to report: issued with the notice of ${c.notice_date ?? "—"}${list.scope ? `; changes reported from ${list.scope.changesFrom}` : ""}`
        : "报告财产令 order to report: not issued 未发出",
    );
    for (const p of view.obligations) {
      const clock = p.due ? clockText({ due: p.due, status: p.clockStatus ?? "open", metDate: p.reportedDate, overdue: p.overdue }, asOf) : "no clock 无期限";
      const reported = p.reportedDate ? `reported 已报告 ${p.reportedDate}${p.late ? " LATE 逾期报告" : ""}` : "not reported 未报告";
      const breach = p.breach ? `  sanctions trigger 制裁事由 ${p.breach}: ${p.sanctionGrounds.map((g) => `${g.label.zh} ${g.label.en}`).join("; ")}` : "";
      lines.push(`  ${p.partyName}  ${clock}  ${reported}${breach}`);
    }
    lines.push(`reports 已提交报告: ${view.counts.initial} initial 首次, ${view.counts.supplementary} supplementary 补充`);
    for (const r of reports) {
      lines.push(
        `  ${r.id.slice(0, 8)}  ${r.kind.padEnd(13)} ${r.partyName}  submitted ${r.submittedDate}${r.changeDate ? `, change of ${r.changeDate}` : ""}${r.due ? ` (due ${r.due})` : ""}${r.late ? " LATE 逾期" : ""}  ${r.itemCount} item(s) 项财产, ${r.transferCount} change(s) 项变动${r.enteredByStaff ? "  [entered by staff 法院录入]" : ""}`,
      );
    }
    for (const s of sanctionsTriggers) lines.push(`  sanctions trigger recorded 已记录制裁事由 ${s.date}: ${s.partyName ?? s.partyId ?? "—"} ${s.breach ?? ""} (${s.grounds.join(", ")})`);
    out(lines);
  });
}

/** zhixing clues list: the case's clues with their verification clocks (7 days, 3 if urgent). */
export async function runCluesList(o: CaseOptions): Promise<void> {
  await caseRead(o, async (ctx, c, user, asOf) => {
    const clues = await listCaseClues(ctx, user, c.id);
    const items = clues.map((k) => ({
      id: k.id,
      receivedDate: k.receivedDate,
      urgent: k.urgent,
      anonymous: k.anonymous,
      status: k.status,
      verifiedDate: k.verifiedDate,
      clock: k.clock ? { ...k.clock, daysLeft: daysLeft(k.clock, asOf) } : null,
    }));
    if (o.json) return json({ caseId: c.id, caseNumber: c.case_number, asOf, readAs: { username: user.username, role: user.role }, items });
    const lines = [`财产线索 clues of ${head(c, user, asOf)}: ${items.length}`];
    for (const k of items) {
      lines.push(
        `  ${k.id.slice(0, 8)}  received ${k.receivedDate}${k.urgent ? "  URGENT 紧急" : ""}  ${k.status.padEnd(10)}${k.verifiedDate ? ` on ${k.verifiedDate}` : ""}  verification 核实 ${clockText(k.clock, asOf)}`,
      );
    }
    if (items.length) lines.push("  (descriptions are not printed here 线索内容请在系统中查看)");
    out(lines);
  });
}

/** zhixing investigations list: the applicant's requests that the court investigate, with their start and completion clocks. */
export async function runInvestigationsList(o: CaseOptions): Promise<void> {
  await caseRead(o, async (ctx, c, user, asOf) => {
    const requests = await listCaseInvestigations(ctx, user, c.id);
    const items = requests.map((r) => ({
      id: r.id,
      requestedDate: r.requestedDate,
      status: r.status,
      startedDate: r.startedDate,
      completedDate: r.completedDate,
      startClock: r.startClock ? { ...r.startClock, daysLeft: daysLeft(r.startClock, asOf) } : null,
      clock: r.clock ? { ...r.clock, daysLeft: daysLeft(r.clock, asOf) } : null,
    }));
    if (o.json) return json({ caseId: c.id, caseNumber: c.case_number, asOf, readAs: { username: user.username, role: user.role }, items });
    const lines = [`申请调查财产 investigation requests of ${head(c, user, asOf)}: ${items.length}`];
    for (const r of items) {
      lines.push(
        `  ${r.id.slice(0, 8)}  requested ${r.requestedDate}  ${r.status.padEnd(10)}${r.completedDate ? ` on ${r.completedDate}` : ""}  start 启动 ${r.startedDate ? `${r.startedDate}, ` : ""}${clockText(r.startClock, asOf)}  complete 完成 ${clockText(r.clock, asOf)}${r.clock?.provisional || r.startClock?.provisional ? " (provisional calendar 临时日历)" : ""}`,
      );
    }
    if (items.length) lines.push("  (scopes and results are not printed here 调查范围和结果请在系统中查看)");
    out(lines);
  });
}

type RewardsOptions = { case?: string; public?: boolean; as?: string; json?: boolean };

/** zhixing rewards list: reward notices as court staff see them (tips counted, informants never shown), or the public list. */
export async function runRewardsList(o: RewardsOptions): Promise<void> {
  if (o.public && o.as !== undefined) {
    throw invalidField("as", { zh: "公众视图对所有人相同，不能与 --as 同用", en: "the public view is the same for everyone; --as does not apply to --public" });
  }
  await withContext(async (ctx) => {
    const db = ctx.database.db;
    const asOf = today(ctx);
    const only = o.case !== undefined ? await resolveCase(db, o.case) : null;
    if (o.public) {
      const items = (await listPublicRewards(ctx)).filter((n) => !only || (only.case_number !== null && n.caseNumber === only.case_number));
      if (o.json) return json({ view: "public", asOf, items });
      const lines = [`悬赏公告 reward notices, public view 公众视图: ${items.length}`];
      for (const n of items) {
        const reward = n.amountFen !== null ? yuan(n.amountFen) : (n.formula ?? "");
        lines.push(`  ${n.caseNumber ?? "—"}  ${n.court.name}  ${reward}  published 发布 ${n.publishedDate ?? "—"}  被执行人 ${n.respondents.map((r) => r.name).join("、")}`);
      }
      return out(lines);
    }
    const cases: CaseRef[] = only
      ? [only]
      : await Promise.all(
          (await db.selectFrom("reward_notices").select("case_id").distinct().execute()).map((r) => resolveCase(db, r.case_id)),
        );
    cases.sort((a, b) => (a.case_number ?? a.id).localeCompare(b.case_number ?? b.id));
    const asUser = o.as !== undefined ? await actingUser(db, null, o.as) : null;
    const items = [];
    const skipped: { caseId: string; caseNumber: string | null; reason: { zh: string; en: string } }[] = [];
    for (const c of cases) {
      let user: AuthUser;
      try {
        user = asUser ?? (await actingUser(db, c, undefined));
      } catch (e) {
        if (only || !isDomainError(e)) throw e;
        skipped.push({ caseId: c.id, caseNumber: c.case_number, reason: e.messages });
        continue;
      }
      let notices;
      try {
        notices = await listCaseRewards(ctx, user, c.id, null, { withIdentities: false });
      } catch (e) {
        // Listing every case as one user: the cases that user may not see are left out.
        if (only || !isDomainError(e) || e.code !== "NOT_FOUND") throw e;
        continue;
      }
      for (const n of notices) {
        items.push({
          caseId: c.id,
          caseNumber: c.case_number,
          readAs: user.username,
          id: n.id,
          status: n.status,
          amountFen: n.amountFen,
          formula: n.formula,
          channels: n.channels,
          applicationDate: n.applicationDate,
          decisionDue: n.decisionDue,
          decidedDate: n.decidedDate,
          publishedDate: n.publishedDate,
          ended: n.ended ? { kind: n.ended.kind, date: n.ended.date, byRole: n.ended.byRole, closeReason: n.ended.closeReason } : null,
          tipCount: n.tipCount,
          // Informants' names and contacts and the tips' contents stay in the system (财产调查规定 art 23 para 2).
          tips: (n.tips ?? []).map((t) => ({ seq: t.seq, receivedDate: t.receivedDate, anonymous: t.anonymous, status: t.status, rewardPaidFen: t.rewardPaidFen })),
          clock: n.clock ? { ...n.clock, daysLeft: daysLeft(n.clock, asOf) } : null,
        });
      }
    }
    if (o.json) return json({ view: "staff", asOf, items, skipped });
    const lines = [`悬赏公告 reward notices, staff view 法院视图, as of ${asOf}: ${items.length}`];
    for (const n of items) {
      const reward = n.amountFen !== null ? yuan(n.amountFen) : (n.formula ?? "");
      const decision =
        n.status === "applied"
          ? `  decision 决定 ${clockText(n.clock, asOf)}`
          : n.decidedDate
            ? `  decided 已决定 ${n.decidedDate}${n.clock?.metDate && n.clock.metDate > n.clock.due ? " (late 逾期)" : ""}`
            : "";
      const anonymous = n.tips.filter((t) => t.anonymous).length;
      lines.push(
        `  ${n.caseNumber ?? n.caseId}  ${n.id.slice(0, 8)}  ${n.status.padEnd(9)} ${reward}  applied 申请 ${n.applicationDate}${decision}${n.publishedDate ? `  published 发布 ${n.publishedDate}` : ""}${n.ended ? `  ${n.ended.kind} 已${n.ended.kind === "withdrawn" ? "撤回" : "结束"} ${n.ended.date}${n.ended.closeReason ? ` (${n.ended.closeReason})` : ""}` : ""}  tips 线索 ${n.tipCount}${anonymous ? ` (${anonymous} anonymous 匿名)` : ""}  [read as ${n.readAs}]`,
      );
      for (const t of n.tips) lines.push(`      tip #${t.seq} ${t.receivedDate} ${t.status}${t.rewardPaidFen !== null ? ` paid ${yuan(t.rewardPaidFen)}` : ""}`);
    }
    for (const s of skipped) lines.push(`  skipped 略过 ${s.caseNumber ?? s.caseId}: ${s.reason.zh} / ${s.reason.en}`);
    out(lines);
  });
}
