// 执行异议 (执异), 复议 (执复) and 案外人异议 (rules.md §14). Every write locks the enforcement case row,
// decides with the domain (packages/domain/src/objection), and persists the row, its clocks, the case
// event and the audit record in one transaction.
//   Receipt: a party files an objection to an enforcement act online; staff record any written objection
//     received (also a third party's on an asset). The 3-day docketing clock runs (异议复议规定 art 2).
//   Docketing: decideObjectionDocketing → a linked 执异 case with its own number (cases/linked-cases.ts);
//     the 3-day notice clock and the 15-day decision clock counted from receipt (民诉法 arts 236, 238).
//   Ruling and service: an enforcement-act ruling → 10 days to apply for 复议 at the higher court; a
//     third-party rejection → 15 days to sue, and no disposal of the asset meanwhile (民诉法解释 art 463);
//     a 中止 ruling → the applicant's 15 days to sue, then release of the measures within 7 days
//     (民诉法解释 art 314) — the release is the handler's act, prompted by the clock.
//   复议: decideReconsiderationApplication; the executing court sends the file up within 5 days
//     (执行程序解释 art 7), which registers the linked 执复 case at the higher court with its 30-day clock
//     (art 8; +30 days with that court's president's approval).
//   Enforcement is never stayed (执行程序解释 art 9): nothing here touches the enforcement case's state.
//   执行管辖异议 (kind "jurisdiction"): the respondent, within 10 days of receiving the enforcement notice
//     (the case's notice_date; 执行程序解释 art 3, decideJurisdictionObjection), refused when late; not
//     docketed as 执异: the court rules on it directly (upheld → the case is to be transferred or withdrawn,
//     which the handler does by the case's existing actions; rejected → 复议 within 10 days by the 执复 path).
//   分配方案 and its objections: distribution-plans.service.ts.
import { randomUUID } from "node:crypto";
import { insertClocks, type Executor } from "@zhixing/db";
import {
  citeSource,
  compareIsoDates,
  decideJurisdictionObjection,
  decideObjectionDocketing,
  decideReconsiderationApplication,
  decideReleaseAfterNoSuit,
  docketingNoticeDue,
  fileTransmissionDue,
  invalidField,
  NO_STAY,
  objectionClock,
  orThrow,
  reconsiderationDecisionDue,
  thirdPartySuitDue,
  todayInShanghai,
  type Citation,
  type IsoDate,
  formatCitation,
} from "@zhixing/domain";
import { today, type AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import { caseAccess, caseNotFound } from "../cases/case-access";
import { lockCase, type LockedCase } from "../cases/case-lock";
import { closeLinkedCase, registerLinkedCase } from "../cases/linked-cases";
import { actorOf, assertHigherCourtStaff, clockRow, closeClocks, forbidden, higherCourtOf, notFound, partyRowsOf, record, refused } from "../coercion/coercion.common";
import type { AssetHold, ObjectionDto, ObjectionInput, ObjectionReconsiderationInput } from "./objections.schemas";

export const OBJECTION_CLOCKS = {
  docketing: "objectionDocketing",
  notice: "objectionDocketingNotice",
  decision: "objectionDecision",
  reconsiderationApplication: "objectionReconsiderationApplication",
  fileTransmission: "objectionFileTransmission",
  reconsiderationDecision: "objectionReconsiderationDecision",
  suitWindow: "objectionSuitWindow",
  release: "objectionReleaseMeasures",
} as const;

const objectionNotFound = () => notFound("异议不存在或无权查看", "No such objection, or you may not see it");
const REGISTERED = ["registered", "assigned", "inProgress", "closed"];

async function loadObjection(tx: Executor, id: string) {
  const o = await tx.selectFrom("objections").selectAll().where("id", "=", id).executeTakeFirst();
  if (!o) throw objectionNotFound();
  return o;
}
type ObjectionRow = Awaited<ReturnType<typeof loadObjection>>;

async function lockObjection(tx: Executor, id: string): Promise<{ c: LockedCase; o: ObjectionRow }> {
  const first = await loadObjection(tx, id);
  const c = await lockCase(tx, first.case_id);
  return { c, o: await loadObjection(tx, id) };
}

/** Staff of the executing court who handle objections: the filing division, the division head, the handler. */
async function assertExaminer(tx: Executor, user: AuthUser, c: LockedCase, what: { zh: string; en: string }): Promise<void> {
  const access = await caseAccess(tx, user, c);
  if (access === "party") throw forbidden(`当事人不能${what.zh}`, `A party may not ${what.en}`);
  if (access !== "act") throw forbidden(`只有执行法院可以${what.zh}`, `Only the executing court may ${what.en}`);
  const ok = user.role === "filingClerk" || user.role === "divisionHead" || user.role === "president" || (user.role === "officer" && c.handler_id === user.id);
  if (!ok) throw forbidden(`只有立案庭、执行局负责人或本案承办人可以${what.zh}`, `Only the filing division, the division head or the handler may ${what.en}`);
}

// ─── receipt, docketing, ruling ──────────────────────────────────────────────────────────────────────

export async function fileObjection(ctx: AppContext, user: AuthUser, caseId: string, input: ObjectionInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  const id = randomUUID();
  await ctx.database.db.transaction().execute(async (tx) => {
    const c = await lockCase(tx, caseId);
    const access = await caseAccess(tx, user, c);
    let objectorName: string;
    let objectorUserId: string | null = null;
    let receivedOn: IsoDate;
    if (access === "party") {
      if (input.kind === "thirdParty") throw invalidField("kind", { zh: "当事人提出的是执行行为异议；案外人异议由案外人书面提出", en: "A party objects to an enforcement act; a third-party objection comes from a third party in writing" });
      if (input.objectorName || input.receivedOn) throw invalidField(input.objectorName ? "objectorName" : "receivedOn", { zh: "在线提出时异议人为您本人，日期为当日", en: "Online, you are the objector and it is dated today" });
      const mine = await partyRowsOf(tx, c.id, user.id);
      if (input.kind === "jurisdiction" && !mine.some((p) => p.role === "respondent")) {
        throw invalidField("kind", { zh: "执行管辖异议由被执行人提出（《执行程序解释》第三条）", en: "An objection to jurisdiction comes from the respondent (执行程序解释 art 3)" });
      }
      objectorName = mine.find((p) => input.kind !== "jurisdiction" || p.role === "respondent")?.name ?? user.displayName;
      objectorUserId = user.id;
      receivedOn = now;
    } else {
      await assertExaminer(tx, user, c, { zh: "登记执行异议", en: "record an objection" });
      if (!input.objectorName) throw invalidField("objectorName", { zh: "请填写异议人", en: "Enter the objector" });
      if (!input.receivedOn) throw invalidField("receivedOn", { zh: "请填写收到书面异议的日期", en: "Enter the day the written objection was received" });
      if (compareIsoDates(input.receivedOn, now) > 0) throw invalidField("receivedOn", { zh: "日期不能晚于今天", en: "The date cannot be in the future" });
      objectorName = input.objectorName;
      receivedOn = input.receivedOn;
    }
    if (!REGISTERED.includes(c.status)) throw refused("caseStatus", "案件尚未立案执行，不能提出执行异议", "The case is not registered for enforcement");
    if (input.kind === "jurisdiction") {
      if (input.assetId) throw invalidField("assetId", { zh: "执行管辖异议不指向具体财产", en: "An objection to jurisdiction names no asset" });
      // 执行程序解释 art 3: within 10 days of receiving the enforcement notice (the case's notice_date).
      if (!c.notice_date) throw refused("noticeDate", "执行通知书尚未送达，管辖异议期间尚未起算", "The enforcement notice has not been served; the period has not begun");
      const j = decideJurisdictionObjection({ noticeReceivedDate: c.notice_date, filedDate: receivedOn }, ctx.calendar.get());
      if (!j.ok) throw refused("receivedOn", j.explanation.zh, j.explanation.en);
    }
    if (input.kind === "thirdParty" && !input.assetId) throw invalidField("assetId", { zh: "案外人异议须指明执行标的（财产）", en: "A third-party objection names the asset" });
    if (input.assetId) {
      const a = await tx.selectFrom("assets").select("id").where("id", "=", input.assetId).where("case_id", "=", caseId).executeTakeFirst();
      if (!a) throw invalidField("assetId", { zh: "须为本案的财产", en: "Must be an asset of this case" });
    }
    await tx
      .insertInto("objections")
      .values({
        id,
        court_id: c.court_id,
        case_id: c.id,
        kind: input.kind,
        objector_name: objectorName,
        objector_user_id: objectorUserId,
        asset_id: input.assetId ?? null,
        request: input.request,
        grounds: input.grounds,
        received_on: receivedOn,
        status: "received",
        linked_case_id: null,
        docketed_on: null,
        not_accepted_reason: null,
        ruling: null,
        ruling_reasons: null,
        ruled_on: null,
        ruling_served_on: null,
        suit_filed_on: null,
        measures_released_on: null,
        recorded_by: user.id,
      })
      .execute();
    // A jurisdiction objection is ruled on directly (执行程序解释 art 3), with no 执异 docketing clock.
    const docketBy = input.kind === "jurisdiction" ? null : objectionClock("docketing", receivedOn, ctx.calendar.get());
    if (docketBy) await insertClocks(tx, [clockRow(c, OBJECTION_CLOCKS.docketing, id, docketBy, now)]);
    await record(tx, ctx, actorOf(user), c, {
      type: "objection.file",
      entityType: "objection",
      entityId: id,
      data: { objectionId: id, kind: input.kind, assetId: input.assetId ?? null, receivedOn, docketBy: docketBy?.due ?? null, noticeDate: input.kind === "jurisdiction" ? c.notice_date : undefined },
      eventDate: receivedOn,
      ip,
    });
  });
  return id;
}

export async function docketObjection(ctx: AppContext, user: AuthUser, objectionId: string, materialsComplete: boolean, ip: string | null = null): Promise<void> {
  const now = today(ctx);
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, o } = await lockObjection(tx, objectionId);
    await assertExaminer(tx, user, c, { zh: "受理执行异议", en: "docket an objection" });
    if (o.status !== "received") throw refused("status", "该异议已经处理", "This objection was already handled");
    if (o.kind === "jurisdiction") throw refused("kind", "执行管辖异议由执行法院直接审查裁定，不另立执异案件", "An objection to jurisdiction is ruled on directly; it is not docketed as a 执异 case");
    const cal = ctx.calendar.get();
    const d = orThrow(decideObjectionDocketing({ kind: o.kind, receivedDate: o.received_on, materialsComplete, enforcementEnded: c.status === "closed" }, cal));
    const linked = await registerLinkedCase(tx, ctx, user, c.id, { typeCode: "执异", courtId: c.court_id, date: now, note: `执行异议 objection ${o.id}`, ip });
    await tx.updateTable("objections").set((eb) => ({ status: "docketed", docketed_on: now, linked_case_id: linked.id, version: eb("version", "+", 1) })).where("id", "=", o.id).execute();
    await closeClocks(tx, c.id, [OBJECTION_CLOCKS.docketing], o.id, "met", now);
    await insertClocks(tx, [clockRow(c, OBJECTION_CLOCKS.notice, o.id, docketingNoticeDue(now, cal), now), clockRow(c, OBJECTION_CLOCKS.decision, o.id, d.decisionDue, now)]);
    await record(tx, ctx, actorOf(user), c, {
      type: "objection.docket",
      entityType: "objection",
      entityId: o.id,
      data: { objectionId: o.id, linkedCaseId: linked.id, linkedCaseNumber: linked.caseNumber, decisionDue: d.decisionDue.due, staysEnforcement: false, disposalHeld: d.disposalHeld },
      ip,
    });
  });
}

export async function notAcceptObjection(ctx: AppContext, user: AuthUser, objectionId: string, reason: string, ip: string | null = null): Promise<void> {
  const now = today(ctx);
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, o } = await lockObjection(tx, objectionId);
    await assertExaminer(tx, user, c, { zh: "裁定不予受理", en: "refuse to accept an objection" });
    if (o.status !== "received") throw refused("status", "该异议已经处理", "This objection was already handled");
    await tx.updateTable("objections").set((eb) => ({ status: "notAccepted", not_accepted_reason: reason, version: eb("version", "+", 1) })).where("id", "=", o.id).execute();
    await closeClocks(tx, c.id, [OBJECTION_CLOCKS.docketing], o.id, "met", now);
    await record(tx, ctx, actorOf(user), c, { type: "objection.notAccept", entityType: "objection", entityId: o.id, data: { objectionId: o.id }, reason, ip });
  });
}

/** The objector and the parties were notified of the docketing (异议复议规定 art 2 para 1: within 3 days). */
export async function recordDocketingNotices(ctx: AppContext, user: AuthUser, objectionId: string, ip: string | null = null): Promise<void> {
  const now = today(ctx);
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, o } = await lockObjection(tx, objectionId);
    await assertExaminer(tx, user, c, { zh: "登记受理通知", en: "record the docketing notices" });
    if (o.status === "received" || o.status === "notAccepted") throw refused("status", "异议尚未立案", "The objection is not docketed");
    await closeClocks(tx, c.id, [OBJECTION_CLOCKS.notice], o.id, "met", now);
    await record(tx, ctx, actorOf(user), c, { type: "objection.notices", entityType: "objection", entityId: o.id, data: { objectionId: o.id }, ip });
  });
}

const RULINGS: Record<"executionAct" | "thirdParty" | "jurisdiction", readonly string[]> = { executionAct: ["upheld", "rejected"], thirdParty: ["suspended", "rejected"], jurisdiction: ["upheld", "rejected"] };

export async function ruleOnObjection(ctx: AppContext, user: AuthUser, objectionId: string, input: { ruling: "upheld" | "rejected" | "suspended"; reasons: string }, ip: string | null = null): Promise<void> {
  const now = today(ctx);
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, o } = await lockObjection(tx, objectionId);
    await assertExaminer(tx, user, c, { zh: "作出异议裁定", en: "rule on an objection" });
    const rulable = o.kind === "jurisdiction" ? o.status === "received" : o.status === "docketed";
    if (!rulable) throw refused("status", "只有已立案、尚未裁定的异议可以裁定", "Only a docketed objection not yet ruled on can be ruled on");
    if (!RULINGS[o.kind].includes(input.ruling)) {
      throw invalidField("ruling", {
        zh: o.kind !== "thirdParty" ? "执行行为异议裁定为异议成立（撤销或改正）或驳回" : "案外人异议裁定为中止执行或驳回（《民事诉讼法》第二百三十八条）",
        en: o.kind !== "thirdParty" ? "An enforcement-act or jurisdiction objection is upheld or rejected" : "A third-party objection ends in 中止 (suspension of enforcement of the object) or rejection (Civil Procedure Law art 238)",
      });
    }
    await tx.updateTable("objections").set((eb) => ({ status: "ruled", ruling: input.ruling, ruling_reasons: input.reasons, ruled_on: now, version: eb("version", "+", 1) })).where("id", "=", o.id).execute();
    await closeClocks(tx, c.id, [OBJECTION_CLOCKS.decision], o.id, "met", now);
    if (o.linked_case_id) await closeLinkedCase(tx, o.linked_case_id, now, `ruling: ${input.ruling}`);
    // 执行程序解释 art 3: an upheld jurisdiction objection → the case is to be transferred to the competent
    // court or withdrawn; the handler closes or transfers it by the case's existing actions.
    const jurisdiction = o.kind === "jurisdiction" ? { transferOrWithdraw: input.ruling === "upheld" } : {};
    await record(tx, ctx, actorOf(user), c, { type: "objection.rule", entityType: "objection", entityId: o.id, data: { objectionId: o.id, ruling: input.ruling, linkedCaseId: o.linked_case_id, ...jurisdiction }, reason: input.reasons, ip });
  });
}

/** The ruling was served: the 复议 window (executionAct), or the 15-day suit window (thirdParty) with its consequences. */
export async function serveRuling(ctx: AppContext, user: AuthUser, objectionId: string, servedOn: IsoDate, ip: string | null = null): Promise<void> {
  const now = today(ctx);
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, o } = await lockObjection(tx, objectionId);
    await assertExaminer(tx, user, c, { zh: "登记裁定送达", en: "record service of the ruling" });
    if (o.status !== "ruled") throw refused("status", "尚未作出裁定", "No ruling yet");
    if (o.ruling_served_on) throw refused("servedOn", "裁定已送达", "The ruling was already served");
    if (compareIsoDates(servedOn, now) > 0) throw invalidField("servedOn", { zh: "送达日期不能晚于今天", en: "The service date cannot be in the future" });
    if (compareIsoDates(servedOn, o.ruled_on!) < 0) throw invalidField("servedOn", { zh: "送达日期不能早于裁定日期", en: "Service cannot precede the ruling" });
    const cal = ctx.calendar.get();
    const clocks = [];
    if (o.kind !== "thirdParty") {
      clocks.push(clockRow(c, OBJECTION_CLOCKS.reconsiderationApplication, o.id, objectionClock("reconsiderationApplication", servedOn, cal), now));
    } else {
      const suitDue = thirdPartySuitDue(servedOn, cal);
      clocks.push(clockRow(c, OBJECTION_CLOCKS.suitWindow, o.id, suitDue, now));
      // 中止: no suit by the applicant → the measures are released within 7 days after the window (民诉法解释 art 314).
      if (o.ruling === "suspended") clocks.push(clockRow(c, OBJECTION_CLOCKS.release, o.id, objectionClock("releaseAfterNoSuit", suitDue.due, cal), now));
    }
    await tx.updateTable("objections").set((eb) => ({ ruling_served_on: servedOn, version: eb("version", "+", 1) })).where("id", "=", o.id).execute();
    await insertClocks(tx, clocks);
    await record(tx, ctx, actorOf(user), c, {
      type: "objection.serve",
      entityType: "objection",
      entityId: o.id,
      data: { objectionId: o.id, servedOn, clocks: clocks.map((k) => ({ kind: k.kind, due: k.due_date })) },
      eventDate: servedOn,
      ip,
    });
  });
}

/** A suit (执行异议之诉) was filed within the window: the asset stays held during it; no release after a 中止. */
export async function recordSuit(ctx: AppContext, user: AuthUser, objectionId: string, filedOn: IsoDate, ip: string | null = null): Promise<void> {
  const now = today(ctx);
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, o } = await lockObjection(tx, objectionId);
    await assertExaminer(tx, user, c, { zh: "登记执行异议之诉", en: "record a suit" });
    if (o.kind !== "thirdParty" || !o.ruling_served_on) throw refused("status", "只有已送达的案外人异议裁定之后可以提起执行异议之诉", "A suit follows a served third-party objection ruling");
    if (o.suit_filed_on) throw refused("filedOn", "已登记起诉", "The suit was already recorded");
    if (compareIsoDates(filedOn, now) > 0) throw invalidField("filedOn", { zh: "日期不能晚于今天", en: "The date cannot be in the future" });
    const window = thirdPartySuitDue(o.ruling_served_on, ctx.calendar.get());
    if (compareIsoDates(filedOn, window.due) > 0) {
      throw refused("filedOn", `起诉期限已于 ${window.due} 届满（《民事诉讼法》第二百三十八条）`, `The period to sue ended on ${window.due} (Civil Procedure Law art 238)`);
    }
    if (compareIsoDates(filedOn, o.ruling_served_on) < 0) throw invalidField("filedOn", { zh: "不能早于裁定送达日期", en: "Cannot precede service of the ruling" });
    await tx.updateTable("objections").set((eb) => ({ suit_filed_on: filedOn, version: eb("version", "+", 1) })).where("id", "=", o.id).execute();
    await closeClocks(tx, c.id, [OBJECTION_CLOCKS.suitWindow], o.id, "met", filedOn);
    await closeClocks(tx, c.id, [OBJECTION_CLOCKS.release], o.id, "cancelled", now);
    await record(tx, ctx, actorOf(user), c, { type: "objection.suit", entityType: "objection", entityId: o.id, data: { objectionId: o.id, filedOn }, eventDate: filedOn, ip });
  });
}

/** After a 中止 ruling and no suit: the handler records the release of the measures on the asset (民诉法解释 art 314). */
export async function releaseAfterNoSuit(ctx: AppContext, user: AuthUser, objectionId: string, ip: string | null = null): Promise<void> {
  const now = today(ctx);
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, o } = await lockObjection(tx, objectionId);
    await assertExaminer(tx, user, c, { zh: "解除执行措施", en: "release the measures" });
    if (o.kind !== "thirdParty" || o.ruling !== "suspended" || !o.ruling_served_on) throw refused("status", "只有中止执行的案外人异议裁定送达后适用", "Only after a served 中止 ruling on a third-party objection");
    if (o.measures_released_on) throw refused("status", "已登记解除", "The release was already recorded");
    const d = orThrow(decideReleaseAfterNoSuit({ suspensionRulingServedDate: o.ruling_served_on, suitFiled: o.suit_filed_on !== null, today: now }, ctx.calendar.get()));
    await tx.updateTable("objections").set((eb) => ({ measures_released_on: now, version: eb("version", "+", 1) })).where("id", "=", o.id).execute();
    await closeClocks(tx, c.id, [OBJECTION_CLOCKS.suitWindow], o.id, "met", d.suitDue.due);
    await closeClocks(tx, c.id, [OBJECTION_CLOCKS.release], o.id, "met", now);
    await record(tx, ctx, actorOf(user), c, { type: "objection.release", entityType: "objection", entityId: o.id, data: { objectionId: o.id, assetId: o.asset_id, releaseBy: d.releaseBy.due }, ip });
  });
}

// ─── 复议 (执复) at the higher court ────────────────────────────────────────────────────────────────────

export async function applyForObjectionReconsideration(ctx: AppContext, user: AuthUser, objectionId: string, input: ObjectionReconsiderationInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  const id = randomUUID();
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, o } = await lockObjection(tx, objectionId);
    const access = await caseAccess(tx, user, c);
    let applicantName: string;
    let applicantUserId: string | null = null;
    let filedOn: IsoDate;
    if (access === "party") {
      if (input.filedOn || input.applicantName) throw invalidField(input.filedOn ? "filedOn" : "applicantName", { zh: "在线申请以您本人名义于今日提出", en: "Online, you apply yourself, today" });
      applicantName = (await partyRowsOf(tx, c.id, user.id))[0]?.name ?? user.displayName;
      applicantUserId = user.id;
      filedOn = now;
    } else {
      await assertExaminer(tx, user, c, { zh: "登记复议申请", en: "record a reconsideration application" });
      if (!input.filedOn) throw invalidField("filedOn", { zh: "请填写收到书面复议申请的日期", en: "Enter the day the written application was received" });
      if (compareIsoDates(input.filedOn, now) > 0) throw invalidField("filedOn", { zh: "日期不能晚于今天", en: "The date cannot be in the future" });
      applicantName = input.applicantName ?? o.objector_name;
      filedOn = input.filedOn;
    }
    if (o.status !== "ruled" || !o.ruling_served_on) throw refused("status", "异议裁定尚未送达", "The ruling has not been served");
    const existing = await tx.selectFrom("objection_reconsiderations").select("id").where("objection_id", "=", o.id).executeTakeFirst();
    if (existing) throw refused("status", "已经申请复议", "Reconsideration was already applied for");
    const cal = ctx.calendar.get();
    // A jurisdiction ruling goes to 复议 at the higher court (执行程序解释 art 3 para 2) by the same path and 10 days.
    orThrow(decideReconsiderationApplication({ objectionKind: o.kind === "thirdParty" ? "thirdParty" : "executionAct", rulingServedDate: o.ruling_served_on, filedDate: filedOn, written: true }, cal));
    const higher = await higherCourtOf(tx, c.court_id);
    await tx
      .insertInto("objection_reconsiderations")
      .values({ id, court_id: c.court_id, case_id: c.id, objection_id: o.id, higher_court_id: higher, linked_case_id: null, applicant_name: applicantName, applicant_user_id: applicantUserId, filed_on: filedOn, grounds: input.grounds, file_sent_on: null, status: "pending", decided_on: null, decided_by: null, reasons: null })
      .execute();
    await closeClocks(tx, c.id, [OBJECTION_CLOCKS.reconsiderationApplication], o.id, "met", filedOn);
    const send = fileTransmissionDue(filedOn, cal);
    await insertClocks(tx, [clockRow(c, OBJECTION_CLOCKS.fileTransmission, o.id, send, now)]);
    await record(tx, ctx, actorOf(user), c, {
      type: "objection.reconsiderationApply",
      entityType: "objectionReconsideration",
      entityId: id,
      data: { objectionId: o.id, reconsiderationId: id, filedOn, higherCourtId: higher, fileBy: send.due, staysEnforcement: NO_STAY.staysEnforcement },
      eventDate: filedOn,
      ip,
    });
  });
  return id;
}

async function lockReconsideration(tx: Executor, id: string) {
  const first = await tx.selectFrom("objection_reconsiderations").select("objection_id").where("id", "=", id).executeTakeFirst();
  if (!first) throw notFound("复议申请不存在", "No such reconsideration");
  const { c, o } = await lockObjection(tx, first.objection_id);
  const r = (await tx.selectFrom("objection_reconsiderations").selectAll().where("id", "=", id).executeTakeFirst())!;
  return { c, o, r };
}

/** The executing court sends the file up (within 5 days): the higher court registers the 执复 case, 30 days to decide. */
export async function sendFileUp(ctx: AppContext, user: AuthUser, reconsiderationId: string, ip: string | null = null): Promise<void> {
  const now = today(ctx);
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, o, r } = await lockReconsideration(tx, reconsiderationId);
    await assertExaminer(tx, user, c, { zh: "报送复议案卷", en: "send the file up" });
    if (r.file_sent_on) throw refused("fileSentOn", "案卷已报送", "The file was already sent");
    const linked = await registerLinkedCase(tx, ctx, user, c.id, { typeCode: "执复", courtId: r.higher_court_id, date: now, note: `执行复议 reconsideration ${r.id}`, ip });
    const due = orThrow(reconsiderationDecisionDue({ receivedByHigherCourt: now }, ctx.calendar.get())).due;
    await tx.updateTable("objection_reconsiderations").set({ file_sent_on: now, linked_case_id: linked.id }).where("id", "=", r.id).execute();
    await closeClocks(tx, c.id, [OBJECTION_CLOCKS.fileTransmission], o.id, "met", now);
    await insertClocks(tx, [clockRow({ id: linked.id, court_id: linked.courtId }, OBJECTION_CLOCKS.reconsiderationDecision, o.id, due, now)]);
    await record(tx, ctx, actorOf(user), c, {
      type: "objection.fileSent",
      entityType: "objectionReconsideration",
      entityId: r.id,
      data: { objectionId: o.id, linkedCaseId: linked.id, linkedCaseNumber: linked.caseNumber, decisionDue: due.due },
      ip,
    });
  });
}

/** The higher court's president extends the 30 days by at most 30 (执行程序解释 art 8). */
export async function extendReconsideration(ctx: AppContext, user: AuthUser, reconsiderationId: string, extensionDays: number, ip: string | null = null): Promise<void> {
  const now = today(ctx);
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, o, r } = await lockReconsideration(tx, reconsiderationId);
    await assertHigherCourtStaff(tx, user, c, r.higher_court_id);
    if (user.role !== "president") throw forbidden("延长复议审查期限须经上一级人民法院院长批准", "Only the higher court's president extends the period");
    if (!r.file_sent_on || !r.linked_case_id || r.status !== "pending") throw refused("status", "复议案件不在审查中", "The reconsideration is not under examination");
    if (r.extension_days > 0) throw refused("extensionDays", "复议审查期限已经延长", "The period was already extended");
    const d = orThrow(reconsiderationDecisionDue({ receivedByHigherCourt: r.file_sent_on, extensionDays, presidentApproved: true }, ctx.calendar.get()));
    if (extensionDays < 1) throw invalidField("extensionDays", { zh: "延长天数须为 1 至 30 日", en: "Extend by 1 to 30 days" });
    await tx.updateTable("objection_reconsiderations").set({ extension_days: extensionDays }).where("id", "=", r.id).execute();
    await tx
      .updateTable("clocks")
      .set({ due_date: d.due.due, period_n: d.due.period.n, provisional: d.due.provisional })
      .where("case_id", "=", r.linked_case_id)
      .where("kind", "=", OBJECTION_CLOCKS.reconsiderationDecision)
      .where("subject_id", "=", o.id)
      .where("status", "=", "open")
      .execute();
    await record(tx, ctx, actorOf(user), c, { type: "objection.reconsiderationExtend", entityType: "objectionReconsideration", entityId: r.id, data: { objectionId: o.id, extensionDays, due: d.due.due }, eventDate: now, ip });
  });
}

export async function decideObjectionReconsideration(ctx: AppContext, user: AuthUser, reconsiderationId: string, input: { outcome: "affirmed" | "revoked" | "varied"; reasons: string }, ip: string | null = null): Promise<void> {
  const now = today(ctx);
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, o, r } = await lockReconsideration(tx, reconsiderationId);
    await assertHigherCourtStaff(tx, user, c, r.higher_court_id);
    if (!r.file_sent_on || !r.linked_case_id) throw refused("fileSentOn", "执行法院尚未报送案卷", "The executing court has not sent the file");
    if (r.status !== "pending") throw refused("status", "复议已经裁定", "The reconsideration was already decided");
    await tx.updateTable("objection_reconsiderations").set({ status: input.outcome, decided_on: now, decided_by: user.id, reasons: input.reasons }).where("id", "=", r.id).execute();
    await closeClocks(tx, r.linked_case_id, [OBJECTION_CLOCKS.reconsiderationDecision], o.id, "met", now);
    await closeLinkedCase(tx, r.linked_case_id, now, `reconsideration: ${input.outcome}`);
    await record(tx, ctx, actorOf(user), c, { type: "objection.reconsiderationDecide", entityType: "objectionReconsideration", entityId: r.id, data: { objectionId: o.id, outcome: input.outcome }, reason: input.reasons, ip });
  });
}

// ─── the disposal hold (案外人异议) ────────────────────────────────────────────────────────────────────

const E = (article: string): Citation => citeSource("enforcementProcedure", article);

/**
 * Whether an asset may not be disposed of (auctioned, valued for sale) because of a third-party
 * objection: while it is examined (received or docketed, not yet ruled: 执行程序解释 art 15), while the
 * suit is pending (art 16; 民诉法解释 art 313), and for the 15 days after a rejection is served on the
 * third party (民诉法解释 art 463 para 2; the stored suit-window clock's due day). A 中止 ruling holds the
 * asset until the measures are released, or while the applicant's suit runs. Null when nothing holds it.
 * `on` defaults to today in Asia/Shanghai; pass `today(ctx)`.
 */
export async function assetDisposalHold(db: Executor, assetId: string, on: IsoDate = todayInShanghai(new Date())): Promise<AssetHold | null> {
  const rows = await db.selectFrom("objections").selectAll().where("asset_id", "=", assetId).where("kind", "=", "thirdParty").orderBy("created_at").execute();
  for (const o of rows) {
    if (o.status === "received" || o.status === "docketed") return { held: true, until: null, reason: "examination", objectionId: o.id, basis: [E("art 15")] };
    if (o.status !== "ruled") continue;
    if (o.suit_filed_on) return { held: true, until: null, reason: "suit", objectionId: o.id, basis: [E("art 16")] };
    if (o.ruling === "suspended" && !o.measures_released_on) return { held: true, until: null, reason: "suit", objectionId: o.id, basis: [E("art 16")] };
    if (o.ruling === "rejected") {
      if (!o.ruling_served_on) return { held: true, until: null, reason: "examination", objectionId: o.id, basis: [E("art 15")] };
      const window = await db.selectFrom("clocks").select("due_date").where("subject_id", "=", o.id).where("kind", "=", OBJECTION_CLOCKS.suitWindow).executeTakeFirst();
      if (window && compareIsoDates(on, window.due_date) <= 0) {
        return { held: true, until: window.due_date, reason: "afterRejection", objectionId: o.id, basis: [citeSource("civilProcedureInterpretation", "art 463 para 2")] };
      }
    }
  }
  return null;
}

const HOLD_REASON: Record<AssetHold["reason"], { zh: string; en: string }> = {
  examination: { zh: "案外人对该财产的异议正在审查", en: "a third party's objection to it is being examined" },
  suit: { zh: "案外人就该财产提起（或可提起）执行异议之诉，尚未审结或解除", en: "a third party's objection suit about it is pending (or its measures are not yet released)" },
  afterRejection: { zh: "驳回案外人异议的裁定送达后十五日内", en: "it is within 15 days after the ruling rejecting a third party's objection was served" },
};

/**
 * Refuses a disposal step (valuation for sale, a lot, its announcement or resumption) while the asset is
 * held by a third-party objection (执行程序解释 arts 15–16; 民诉法解释 art 463 para 2), naming `field`.
 */
export async function assertNoDisposalHold(db: Executor, assetId: string, on: IsoDate, field = "assetId"): Promise<void> {
  const hold = await assetDisposalHold(db, assetId, on);
  if (!hold) return;
  const r = HOLD_REASON[hold.reason];
  const until = hold.until ? { zh: `（至 ${hold.until}）`, en: ` (until ${hold.until})` } : { zh: "", en: "" };
  const zhCites = hold.basis.map((b) => formatCitation(b, "zh")).join("；");
  const enCites = hold.basis.map((b) => formatCitation(b, "en")).join("; ");
  throw refused(field, `${r.zh}${until.zh}，不得处分该财产（${zhCites}）`, `The asset may not be disposed of: ${r.en}${until.en} (${enCites})`);
}

// ─── reading ─────────────────────────────────────────────────────────────────────────────────────────

/** The case's objections: staff of the court and the courts above it, and the case's parties. */
export async function listObjections(ctx: AppContext, user: AuthUser, caseId: string): Promise<ObjectionDto[]> {
  const db = ctx.database.db;
  const c = await db.selectFrom("cases").select(["id", "court_id"]).where("id", "=", caseId).executeTakeFirst();
  if (!c) throw caseNotFound();
  const access = await caseAccess(db, user, c);
  const now = today(ctx);
  const rows = await db
    .selectFrom("objections")
    .leftJoin("assets", "assets.id", "objections.asset_id")
    .leftJoin("cases as linked", "linked.id", "objections.linked_case_id")
    .selectAll("objections")
    .select(["assets.description as asset_description", "linked.case_number as linked_case_number"])
    .where("objections.case_id", "=", caseId)
    .orderBy("objections.created_at")
    .execute();
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const recs = await db
    .selectFrom("objection_reconsiderations")
    .leftJoin("cases as linked", "linked.id", "objection_reconsiderations.linked_case_id")
    .selectAll("objection_reconsiderations")
    .select("linked.case_number as linked_case_number")
    .where("objection_id", "in", ids)
    .execute();
  const clocks = await db.selectFrom("clocks").select(["subject_id", "case_id", "kind", "due_date", "status"]).where("subject_id", "in", ids).orderBy("created_at").orderBy("due_date").execute();
  const out: ObjectionDto[] = [];
  for (const o of rows) {
    const r = recs.find((x) => x.objection_id === o.id) ?? null;
    const mine = clocks.filter((k) => k.subject_id === o.id);
    const own = mine.filter((k) => k.case_id === caseId).map((k) => ({ kind: k.kind, due: k.due_date, status: k.status }));
    const higher = mine.filter((k) => k.case_id !== caseId).map((k) => ({ kind: k.kind, due: k.due_date, status: k.status }));
    const appDue = own.find((k) => k.kind === OBJECTION_CLOCKS.reconsiderationApplication)?.due ?? null;
    out.push({
      id: o.id,
      caseId: o.case_id,
      kind: o.kind,
      objectorName: o.objector_name,
      assetId: o.asset_id,
      assetDescription: o.asset_description,
      request: o.request,
      grounds: o.grounds,
      receivedOn: o.received_on,
      status: o.status,
      linkedCaseId: o.linked_case_id,
      linkedCaseNumber: o.linked_case_number,
      docketedOn: o.docketed_on,
      notAcceptedReason: o.not_accepted_reason,
      ruling: o.ruling,
      rulingReasons: o.ruling_reasons,
      ruledOn: o.ruled_on,
      rulingServedOn: o.ruling_served_on,
      suitFiledOn: o.suit_filed_on,
      measuresReleasedOn: o.measures_released_on,
      clocks: own,
      hold: o.asset_id && o.kind === "thirdParty" ? await holdFor(db, o.asset_id, o.id, now) : null,
      staysEnforcement: false,
      reconsideration: r && {
        id: r.id,
        higherCourtId: r.higher_court_id,
        linkedCaseId: r.linked_case_id,
        linkedCaseNumber: r.linked_case_number,
        applicantName: r.applicant_name,
        filedOn: r.filed_on,
        grounds: r.grounds,
        fileSentOn: r.file_sent_on,
        status: r.status,
        extensionDays: r.extension_days,
        decisionDue: higher.find((k) => k.kind === OBJECTION_CLOCKS.reconsiderationDecision)?.due ?? null,
        decidedOn: r.decided_on,
        reasons: r.reasons,
        clocks: higher,
      },
      mayApplyReconsideration: access === "party" && o.kind !== "thirdParty" && o.ruling_served_on !== null && r === null && appDue !== null && compareIsoDates(now, appDue) <= 0,
    });
  }
  return out;
}

async function holdFor(db: Executor, assetId: string, objectionId: string, now: IsoDate) {
  const h = await assetDisposalHold(db, assetId, now);
  return h && h.objectionId === objectionId ? h : null;
}

export async function getObjection(ctx: AppContext, user: AuthUser, objectionId: string): Promise<ObjectionDto> {
  const o = await ctx.database.db.selectFrom("objections").select("case_id").where("id", "=", objectionId).executeTakeFirst();
  if (!o) throw objectionNotFound();
  const found = (await listObjections(ctx, user, o.case_id)).find((x) => x.id === objectionId);
  if (!found) throw objectionNotFound();
  return found;
}
