// 悬赏公告 (财产调查规定 arts 21–24). The applicant applies in writing; a rewardDecision clock runs 10 days
// (art 21 last para); the handler or the division head publishes or refuses, meeting it. Tips on a
// published notice come through a protected channel: anyone signed in, or anyone without an account,
// may give one, anonymously if they wish; they are numbered in the order received (art 23 para 1).
// The informant's identity and contact are kept confidential (art 23 para 2): only the case's handler
// sees them, and every such read is audited. Each change commits with its case event and audit record
// in one transaction. The applicant who applied may withdraw its notice, before the decision (the decision
// clock is cancelled) or after publication; the handler or the division head closes a published notice.
// A withdrawn or closed notice leaves the public list and takes no more tips; what was received while it
// was published can still be rewarded (art 24). The table keeps the status; when and why a notice ended
// is kept in its case event (and the audit record), from which the DTO reads it.
import { randomUUID } from "node:crypto";
import {
  appendEvent,
  decideRewardNotice,
  findRewardNotice,
  insertClocks,
  insertRewardNotice,
  insertRewardTip,
  listRewardNotices,
  listRewardTips,
  listSubjectClocks,
  meetSubjectClocks,
  nextRewardTipSeq,
  writeAudit,
  type ClockRow,
  type Executor,
  type RewardNoticeRow,
  type RewardTipRow,
} from "@zhixing/db";
import {
  checkRewardPayee,
  compareIsoDates,
  DomainError,
  invalidField,
  maskName,
  REWARD_CLOSE_REASON_LABELS,
  rewardDecisionDeadline,
  rewardNoticeTransition,
  rewardTakesTips,
  validateRewardApplication,
  validateRewardClosure,
  type Citation,
  type IsoDate,
  type RewardChannel,
  type RewardCloseReason,
} from "@zhixing/domain";
import { today, type AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import { caseAccess, caseNotFound } from "../cases/case-access";
import { recordRewardPayout } from "../ledger/ledger.service";
import {
  CONFIDENTIAL,
  type ApplyInput,
  type CloseInput,
  type DecideInput,
  type NoticeDto,
  type PayInput,
  type PayResultDto,
  type PublicNoticeDto,
  type TipDto,
  type TipInput,
  type TipReceiptDto,
  type WithdrawInput,
} from "./rewards.schemas";
import { isCaseApplicant, lockCase, OPEN_CASE_STATUSES, type LockedCase } from "../cases/case-lock";

export const REWARD_CLOCK = "rewardDecision";

const forbidden = (zh: string, en: string) => new DomainError("FORBIDDEN", { zh, en });
const noticeNotFound = () => new DomainError("NOT_FOUND", { zh: "悬赏公告不存在或无权查看", en: "No such reward notice, or you may not see it" });

/** The case events that end a notice; their data carries noticeId (and, for closing, closeReason and note). */
const ENDED_EVENTS = { rewardWithdrawn: "withdrawn", rewardClosed: "closed" } as const;
type Ended = NonNullable<NoticeDto["ended"]>;

/** How each of a case's withdrawn or closed notices ended, from its case event. */
async function endedOf(db: Executor, caseId: string): Promise<Map<string, Ended>> {
  const rows = await db
    .selectFrom("case_events")
    .select(["type", "event_date", "actor_role", "reason", "data"])
    .where("case_id", "=", caseId)
    .where("type", "in", Object.keys(ENDED_EVENTS))
    .orderBy("seq")
    .execute();
  const out = new Map<string, Ended>();
  for (const r of rows) {
    const data = (typeof r.data === "string" ? JSON.parse(r.data) : r.data) as { noticeId?: string; closeReason?: RewardCloseReason; note?: string | null };
    if (!data?.noticeId) continue;
    const kind = ENDED_EVENTS[r.type as keyof typeof ENDED_EVENTS];
    out.set(data.noticeId, {
      kind,
      date: r.event_date,
      byRole: r.actor_role,
      closeReason: kind === "closed" ? (data.closeReason ?? null) : null,
      note: kind === "closed" ? (data.note ?? null) : r.reason,
    });
  }
  return out;
}

type Actor = { id: string | null; name: string; role: string };
const actorOf = (u: AuthUser | null): Actor => (u ? { id: u.id, name: u.displayName, role: u.role } : { id: null, name: "匿名", role: "public" });

async function record(
  tx: Executor,
  ctx: AppContext,
  c: Pick<LockedCase, "id" | "court_id">,
  actor: Actor,
  e: { type: string; action: string; entityType: string; entityId: string; data: Record<string, unknown>; reason?: string | null },
  ip: string | null,
): Promise<void> {
  await appendEvent(tx, {
    id: randomUUID(),
    court_id: c.court_id,
    case_id: c.id,
    type: e.type,
    at: ctx.now(),
    event_date: today(ctx),
    actor_id: actor.id,
    actor_name: actor.name,
    actor_role: actor.role,
    reason: e.reason ?? null,
    data: JSON.stringify(e.data),
  });
  await writeAudit(tx, { courtId: c.court_id, actorId: actor.id, actorRole: actor.role, action: e.action, entityType: e.entityType, entityId: e.entityId, caseId: c.id, detail: e.data, ip });
}

function tipDtoOf(t: RewardTipRow, identityVisible: boolean): TipDto {
  const hidden = t.anonymous || !identityVisible;
  return {
    id: t.id,
    noticeId: t.notice_id,
    seq: t.seq,
    receivedDate: t.received_date,
    receivedAt: new Date(t.received_at).toISOString(),
    anonymous: t.anonymous,
    informantName: hidden ? CONFIDENTIAL : t.informant_name,
    informantContact: !identityVisible ? (t.informant_contact || t.informant_name ? CONFIDENTIAL : null) : t.informant_contact,
    identityVisible,
    content: t.content,
    status: t.status,
    rewardPaidFen: t.reward_paid_fen,
  };
}

function noticeDtoOf(
  r: RewardNoticeRow,
  clock: ClockRow | undefined,
  user: AuthUser,
  now: IsoDate,
  tips: RewardTipRow[],
  showTips: boolean,
  identityVisible: boolean,
  ended: Ended | null = null,
): NoticeDto {
  return {
    id: r.id,
    caseId: r.case_id,
    amountFen: r.amount_fen === null ? null : Number(r.amount_fen),
    formula: r.formula,
    promiseToPay: r.promise_to_pay,
    channels: r.publication as RewardChannel[],
    otherMediaName: r.other_media_name,
    status: r.status,
    applicationDate: r.application_date,
    decisionDue: r.decision_due,
    decidedDate: r.decided_date,
    decisionReason: r.decision_reason,
    publishedDate: r.published_date,
    ended: r.status === "withdrawn" || r.status === "closed" ? ended : null,
    appliedByMe: r.applied_by === user.id,
    tipCount: tips.length,
    tips: showTips ? tips.map((t) => tipDtoOf(t, identityVisible)) : null,
    clock: clock
      ? { due: clock.due_date, status: clock.status, metDate: clock.met_date, overdue: clock.status === "open" && compareIsoDates(clock.due_date, now) < 0, basis: clock.basis as Citation }
      : null,
  };
}

/** The applicant's written application (art 21); the court's 10-day decision clock starts. */
export async function applyForReward(ctx: AppContext, user: AuthUser, caseId: string, input: ApplyInput, ip: string | null = null): Promise<NoticeDto> {
  const now = today(ctx);
  const app = validateRewardApplication({ ...input, amountFen: input.amountFen ?? null, formula: input.formula ?? null });
  return ctx.database.db.transaction().execute(async (tx) => {
    const c = await lockCase(tx, caseId);
    const access = await caseAccess(tx, user, c);
    if (access !== "party") throw forbidden("悬赏公告由申请执行人书面申请", "A reward notice is applied for by the applicant (财产调查规定 art 21)");
    // A respondent does not learn of an application for a reward notice.
    if (!(await isCaseApplicant(tx, c.id, user.id))) throw caseNotFound();
    if (!OPEN_CASE_STATUSES.includes(c.status)) {
      throw new DomainError("PRECONDITION_FAILED", { zh: "案件立案后、结案前方可申请悬赏公告", en: "A reward notice is applied for between registration and closure" });
    }
    const d = rewardDecisionDeadline(now, ctx.calendar.get());
    const id = randomUUID();
    await insertRewardNotice(tx, {
      id,
      court_id: c.court_id,
      case_id: c.id,
      applied_by: user.id,
      amount_fen: app.amountFen,
      formula: app.formula,
      promise_to_pay: true,
      publication: JSON.stringify(app.channels),
      other_media_name: app.otherMediaName,
      status: "applied",
      application_date: now,
      decision_due: d.due,
      decided_by: null,
      decided_date: null,
      decision_reason: null,
      published_date: null,
    });
    await insertClocks(tx, [
      {
        id: randomUUID(),
        court_id: c.court_id,
        case_id: c.id,
        kind: REWARD_CLOCK,
        subject_id: id,
        start_date: now,
        due_date: d.due,
        basis: JSON.stringify(d.ruleBasis),
        provisional: d.provisional,
        counted_from: now,
        period_unit: d.unit,
        period_n: d.n,
        status: "open",
        met_date: null,
        reminded_at: null,
        overdue_notified_at: null,
      },
    ]);
    await record(
      tx,
      ctx,
      c,
      actorOf(user),
      { type: "rewardApplied", action: "reward.apply", entityType: "rewardNotice", entityId: id, data: { noticeId: id, amountFen: app.amountFen, formula: app.formula, channels: app.channels, due: d.due } },
      ip,
    );
    const row = (await findRewardNotice(tx, id))!;
    const [clock] = await listSubjectClocks(tx, c.id, REWARD_CLOCK, [id]);
    return noticeDtoOf(row, clock, user, now, [], false, false);
  });
}

/** The handler or the division head publishes the notice or refuses it with a reason; the clock is met. */
export async function decideReward(ctx: AppContext, user: AuthUser, noticeId: string, input: DecideInput, ip: string | null = null): Promise<NoticeDto> {
  const now = today(ctx);
  return ctx.database.db.transaction().execute(async (tx) => {
    const pre = await findRewardNotice(tx, noticeId);
    if (!pre) throw noticeNotFound();
    const c = await lockCase(tx, pre.case_id);
    let access;
    try {
      access = await caseAccess(tx, user, c);
    } catch {
      throw noticeNotFound();
    }
    if (access === "party") throw noticeNotFound();
    const mayDecide = access === "act" && (user.role === "divisionHead" || (user.role === "officer" && c.handler_id === user.id));
    if (!mayDecide) throw forbidden("只有本案承办人或执行局负责人可以决定是否发布悬赏公告", "Only the case's handler or the division head decides on a reward notice");
    const notice = (await findRewardNotice(tx, noticeId, { forUpdate: true }))!;
    const publish = input.decision === "publish";
    const reason = input.decision === "refuse" ? input.reason : null;
    const ok = await decideRewardNotice(tx, notice.id, { status: publish ? "published" : "refused", decidedBy: user.id, decidedDate: now, reason, publishedDate: publish ? now : null });
    if (!ok) throw new DomainError("CONFLICT", { zh: "该悬赏申请已有决定", en: "This reward application has already been decided" }, { field: "id" });
    const met = await meetSubjectClocks(tx, c.id, REWARD_CLOCK, notice.id, now);
    const late = met.some((k) => compareIsoDates(now, k.due_date) > 0);
    await record(
      tx,
      ctx,
      c,
      actorOf(user),
      { type: publish ? "rewardPublished" : "rewardRefused", action: publish ? "reward.publish" : "reward.refuse", entityType: "rewardNotice", entityId: notice.id, data: { noticeId: notice.id, late }, reason },
      ip,
    );
    const row = (await findRewardNotice(tx, notice.id))!;
    const [clock] = await listSubjectClocks(tx, c.id, REWARD_CLOCK, [notice.id]);
    const tips = (await listRewardTips(tx, c.id)).filter((t) => t.notice_id === notice.id);
    return noticeDtoOf(row, clock, user, now, tips, true, false);
  });
}

/**
 * A tip on a published notice, from anyone signed in or from someone without an account. Nothing about
 * the notice is revealed to the informant beyond the receipt; an unpublished or unknown notice is 404.
 */
export async function submitTip(ctx: AppContext, user: AuthUser | null, noticeId: string, input: TipInput, ip: string | null = null): Promise<TipReceiptDto> {
  const now = today(ctx);
  const anonymous = input.anonymous ?? (!user && !input.informantName);
  if (anonymous && input.informantName) {
    throw invalidField("informantName", { zh: "匿名提供线索时不填写姓名", en: "An anonymous tip carries no name" });
  }
  if (!anonymous && !user && !input.informantName) {
    throw invalidField("informantName", { zh: "未登录且不匿名时，请填写姓名", en: "Give your name, or send the tip anonymously" });
  }
  return ctx.database.db.transaction().execute(async (tx) => {
    const pre = await findRewardNotice(tx, noticeId);
    if (!pre || !rewardTakesTips(pre.status)) throw noticeNotFound();
    const c = await lockCase(tx, pre.case_id);
    const notice = (await findRewardNotice(tx, noticeId, { forUpdate: true }))!;
    if (!rewardTakesTips(notice.status)) throw noticeNotFound();
    const seq = await nextRewardTipSeq(tx, notice.id);
    const id = randomUUID();
    await insertRewardTip(tx, {
      id,
      court_id: c.court_id,
      case_id: c.id,
      notice_id: notice.id,
      seq,
      received_at: ctx.now(),
      received_date: now,
      submitted_by: anonymous ? null : (user?.id ?? null),
      anonymous,
      informant_name: anonymous ? null : (input.informantName ?? user?.displayName ?? null),
      informant_contact: input.informantContact ?? null,
      content: input.content,
      status: "received",
      reward_paid_fen: null,
    });
    // The event and the audit record name no informant: an anonymous tip is recorded as the public's.
    const actor = anonymous ? actorOf(null) : actorOf(user ?? null);
    await record(tx, ctx, c, anonymous || !user ? { id: null, name: CONFIDENTIAL, role: "public" } : actor, { type: "rewardTipReceived", action: "reward.tip", entityType: "rewardTip", entityId: id, data: { noticeId: notice.id, tipId: id, seq, anonymous } }, ip);
    return { id, noticeId: notice.id, seq, receivedDate: now, anonymous };
  });
}

/**
 * The case's notices: to staff of the case's court and supervisors, with the tips; to the applicant,
 * without them; a respondent gets 404. Only the handler sees informants; each such read is audited.
 */
/**
 * The case's notices. The handler sees informants' identities (and that read is audited); a caller
 * that prints no identity (the CLI) passes `withIdentities: false`, so none is returned and no read is
 * recorded.
 */
export async function listCaseRewards(ctx: AppContext, user: AuthUser, caseId: string, ip: string | null = null, opts: { withIdentities?: boolean } = {}): Promise<NoticeDto[]> {
  const now = today(ctx);
  return ctx.database.db.transaction().execute(async (tx) => {
    const c = await tx.selectFrom("cases").select(["id", "court_id", "status", "handler_id"]).where("id", "=", caseId).executeTakeFirst();
    if (!c) throw caseNotFound();
    const access = await caseAccess(tx, user, c);
    if (access === "party" && !(await isCaseApplicant(tx, c.id, user.id))) throw caseNotFound();
    const rows = await listRewardNotices(tx, c.id);
    const tips = await listRewardTips(tx, c.id);
    const clocks = await listSubjectClocks(tx, c.id, REWARD_CLOCK, rows.map((r) => r.id));
    const ended = rows.some((r) => r.status === "withdrawn" || r.status === "closed") ? await endedOf(tx, c.id) : new Map<string, Ended>();
    const isHandler = access === "act" && user.role === "officer" && c.handler_id === user.id && opts.withIdentities !== false;
    const revealed = isHandler ? tips.filter((t) => t.informant_name || t.informant_contact) : [];
    if (revealed.length) {
      await writeAudit(tx, {
        courtId: c.court_id,
        actorId: user.id,
        actorRole: user.role,
        action: "reward.tipIdentityRead",
        entityType: "rewardTip",
        entityId: revealed.map((t) => t.id).join(","),
        caseId: c.id,
        detail: { tipIds: revealed.map((t) => t.id) },
        ip,
      });
    }
    return rows.map((r) =>
      noticeDtoOf(
        r,
        clocks.filter((k) => k.subject_id === r.id).at(-1),
        user,
        now,
        tips.filter((t) => t.notice_id === r.id),
        access !== "party",
        isHandler,
        ended.get(r.id) ?? null,
      ),
    );
  });
}

/**
 * Pays the reward for one tip (财产调查规定 art 24): the handler or the division head, out of the money held
 * for the applicant. Refused for the applicant's agent or a person obliged to report property (art 24
 * para 3), naming the field; an overdraft of the applicant's held money is refused by the ledger (422).
 * The reward ledger entry, the tip's status, the case event and the audit record commit together.
 */
export async function payTipReward(ctx: AppContext, user: AuthUser, noticeId: string, tipId: string, input: PayInput, ip: string | null = null): Promise<PayResultDto> {
  return ctx.database.db.transaction().execute(async (tx) => {
    const pre = await findRewardNotice(tx, noticeId);
    if (!pre) throw noticeNotFound();
    const c = await lockCase(tx, pre.case_id);
    let access;
    try {
      access = await caseAccess(tx, user, c);
    } catch {
      throw noticeNotFound();
    }
    if (access === "party") throw noticeNotFound();
    const mayPay = access === "act" && (user.role === "divisionHead" || (user.role === "officer" && c.handler_id === user.id));
    if (!mayPay) throw forbidden("只有本案承办人或执行局负责人可以发放悬赏金", "Only the case's handler or the division head pays a reward");
    // Tips received while the notice was published keep their right to the reward after it is closed or withdrawn.
    if (pre.published_date === null || !["published", "closed", "withdrawn"].includes(pre.status)) {
      throw new DomainError("PRECONDITION_FAILED", { zh: "悬赏公告未发布，不能发放悬赏金", en: "The reward notice was not published; no reward is paid" }, { field: "id" });
    }
    const tip = await tx.selectFrom("reward_tips").selectAll().where("id", "=", tipId).where("notice_id", "=", noticeId).forUpdate().executeTakeFirst();
    if (!tip) throw new DomainError("NOT_FOUND", { zh: "该悬赏公告下没有此线索", en: "No such tip on this reward notice" }, { field: "tipId" });
    if (tip.status === "rewarded") throw new DomainError("CONFLICT", { zh: "该线索的悬赏金已发放", en: "The reward for this tip has already been paid" }, { field: "tipId" });
    if (tip.status === "unfounded") {
      throw new DomainError("PRECONDITION_FAILED", { zh: "该线索已认定为不实，不发放悬赏金", en: "This tip was found unfounded; no reward is paid" }, { field: "tipId" });
    }
    // art 24 para 1 (a new clue that led to recovery) is the handler's finding in paying; the ledger
    // refuses a reward beyond the applicant's recovered money. art 24 para 3 is asked explicitly.
    const payee = checkRewardPayee({ isApplicantAgent: input.payeeIsApplicantAgent, obligedToReport: input.payeeObligedToReport, clueNewToCourt: true, ledToRecovery: true });
    if (!payee.eligible) {
      throw new DomainError(
        "PRECONDITION_FAILED",
        {
          zh: `不得发放悬赏金：${payee.reasons.map((r) => r.zh).join("；")}（《财产调查规定》第二十四条第三款）`,
          en: `The reward may not be paid: ${payee.reasons.map((r) => r.en).join("; ")} (财产调查规定 art 24 para 3)`,
        },
        { field: input.payeeIsApplicantAgent ? "payeeIsApplicantAgent" : "payeeObligedToReport" },
      );
    }
    const ledgerEntryId = await recordRewardPayout(tx, ctx, user, c.id, { amountFen: input.amountFen, date: input.date, note: input.note, noticeId, tipId: tip.id, tipSeq: tip.seq }, ip);
    await tx.updateTable("reward_tips").set({ status: "rewarded", reward_paid_fen: input.amountFen }).where("id", "=", tip.id).execute();
    const row = (await tx.selectFrom("reward_tips").selectAll().where("id", "=", tip.id).executeTakeFirstOrThrow()) as RewardTipRow;
    return { tip: tipDtoOf(row, c.handler_id === user.id && user.role === "officer"), ledgerEntryId };
  });
}

type EndAction = "withdraw" | "close";

/**
 * Moves a locked notice to withdrawn or closed (refused with TRANSITION_NOT_ALLOWED from any other
 * status), cancels a decision clock still open for it, and records the case event and the audit record.
 * The caller holds the case lock and has checked who may act.
 */
async function endNotice(
  tx: Executor,
  ctx: AppContext,
  c: Pick<LockedCase, "id" | "court_id">,
  actor: Actor,
  notice: RewardNoticeRow,
  end: { action: "withdraw"; reason: string } | { action: "close"; closeReason: RewardCloseReason; note: string | null },
  ip: string | null,
): Promise<void> {
  const { next, basis } = rewardNoticeTransition(notice.status, end.action);
  const res = await tx.updateTable("reward_notices").set({ status: next }).where("id", "=", notice.id).where("status", "=", notice.status).executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw new DomainError("CONFLICT", { zh: "悬赏公告已被他人更新，请刷新后重试", en: "The reward notice changed meanwhile; reload and try again" }, { field: "id" });
  // An application withdrawn before the decision needs no decision: its clock is cancelled, not met.
  const cancelled = await tx
    .updateTable("clocks")
    .set({ status: "cancelled" })
    .where("case_id", "=", c.id)
    .where("kind", "=", REWARD_CLOCK)
    .where("subject_id", "=", notice.id)
    .where("status", "=", "open")
    .returning("id")
    .execute();
  const data = { noticeId: notice.id, from: notice.status, to: next, decisionClockCancelled: cancelled.length > 0, basis, ...(end.action === "close" ? { closeReason: end.closeReason, note: end.note } : {}) };
  const reason = end.action === "withdraw" ? end.reason : end.note ? `${REWARD_CLOSE_REASON_LABELS[end.closeReason].zh}：${end.note}` : REWARD_CLOSE_REASON_LABELS[end.closeReason].zh;
  await record(
    tx,
    ctx,
    c,
    actor,
    { type: end.action === "withdraw" ? "rewardWithdrawn" : "rewardClosed", action: `reward.${end.action}`, entityType: "rewardNotice", entityId: notice.id, data, reason },
    ip,
  );
}

/** The notice after a change, as `user` sees it. */
async function noticeAfter(tx: Executor, c: Pick<LockedCase, "id">, user: AuthUser, now: IsoDate, noticeId: string, staffView: boolean): Promise<NoticeDto> {
  const row = (await findRewardNotice(tx, noticeId))!;
  const [clock] = (await listSubjectClocks(tx, c.id, REWARD_CLOCK, [noticeId])).slice(-1);
  const tips = (await listRewardTips(tx, c.id)).filter((t) => t.notice_id === noticeId);
  return noticeDtoOf(row, clock, user, now, tips, staffView, false, (await endedOf(tx, c.id)).get(noticeId) ?? null);
}

/** Loads the notice of `caseId` and locks its case; an unknown notice, or one of another case, is 404. */
async function lockNotice(tx: Executor, caseId: string, noticeId: string): Promise<{ c: LockedCase; notice: RewardNoticeRow }> {
  const pre = await findRewardNotice(tx, noticeId);
  if (!pre || pre.case_id !== caseId) throw noticeNotFound();
  const c = await lockCase(tx, pre.case_id);
  const notice = (await findRewardNotice(tx, noticeId, { forUpdate: true }))!;
  return { c, notice };
}

/**
 * The applicant who applied withdraws its notice (product rule read from 财产调查规定 art 21: the notice
 * exists on its application): while awaiting the decision (the decision clock is cancelled) or once
 * published (it leaves the public list and takes no more tips). Anyone else: a respondent, another
 * court's staff or an unknown notice 404; court staff or another applicant 403.
 */
export async function withdrawReward(ctx: AppContext, user: AuthUser, caseId: string, noticeId: string, input: WithdrawInput, ip: string | null = null): Promise<NoticeDto> {
  const now = today(ctx);
  const reason = input.reason.trim();
  if (reason.length < 1 || reason.length > 500) throw invalidField("reason", { zh: "请写明撤回理由（1 至 500 字）", en: "Give the reason for withdrawing (1 to 500 characters)" });
  return ctx.database.db.transaction().execute(async (tx) => {
    const { c, notice } = await lockNotice(tx, caseId, noticeId);
    let access;
    try {
      access = await caseAccess(tx, user, c);
    } catch {
      throw noticeNotFound();
    }
    // A respondent does not learn of the notice's application.
    if (access === "party" && !(await isCaseApplicant(tx, c.id, user.id))) throw noticeNotFound();
    if (access !== "party" || notice.applied_by !== user.id) {
      throw forbidden("只有申请发布该悬赏公告的申请执行人可以撤回", "Only the applicant who applied for this reward notice may withdraw it (财产调查规定 art 21)");
    }
    await endNotice(tx, ctx, c, actorOf(user), notice, { action: "withdraw", reason }, ip);
    return noticeAfter(tx, c, user, now, notice.id, false);
  });
}

/**
 * The handler or the division head closes a published notice (product rule read from 财产调查规定 art 22:
 * the court makes the notice), giving the reason: property found, reward paid, case closed or another
 * (stated in the note). It leaves the public list and takes no more tips.
 */
export async function closeReward(ctx: AppContext, user: AuthUser, caseId: string, noticeId: string, input: CloseInput, ip: string | null = null): Promise<NoticeDto> {
  const now = today(ctx);
  const { reason: closeReason, note } = validateRewardClosure(input);
  return ctx.database.db.transaction().execute(async (tx) => {
    const { c, notice } = await lockNotice(tx, caseId, noticeId);
    let access;
    try {
      access = await caseAccess(tx, user, c);
    } catch {
      throw noticeNotFound();
    }
    if (access === "party") {
      if (!(await isCaseApplicant(tx, c.id, user.id))) throw noticeNotFound();
      throw forbidden("悬赏公告由法院结束；申请执行人可以撤回自己申请的悬赏公告", "The court closes a reward notice; the applicant may withdraw its own instead");
    }
    const mayClose = access === "act" && (user.role === "divisionHead" || (user.role === "officer" && c.handler_id === user.id));
    if (!mayClose) throw forbidden("只有本案承办人或执行局负责人可以结束悬赏公告", "Only the case's handler or the division head closes a reward notice");
    await endNotice(tx, ctx, c, actorOf(user), notice, { action: "close", closeReason, note }, ip);
    return noticeAfter(tx, c, user, now, notice.id, true);
  });
}

/**
 * For the case-closure code: closes every published notice of the case with the reason "case closed",
 * each with its case event and audit record, inside the caller's transaction. Call it with the case row
 * already locked (cases.service applyCaseEvent, after the status update, when the event is "close").
 * Notices still awaiting the decision are left to the court's decision. Returns the ids closed.
 */
export async function closeRewardNoticesOnCaseClosure(tx: Executor, ctx: AppContext, user: AuthUser, c: Pick<LockedCase, "id" | "court_id">, ip: string | null = null): Promise<string[]> {
  const open = (await listRewardNotices(tx, c.id)).filter((n) => n.status === "published");
  const closed: string[] = [];
  for (const pre of open) {
    const notice = (await findRewardNotice(tx, pre.id, { forUpdate: true }))!;
    if (notice.status !== "published") continue;
    await endNotice(tx, ctx, c, actorOf(user), notice, { action: "close", closeReason: "caseClosed", note: null }, ip);
    closed.push(notice.id);
  }
  return closed;
}

/** Kinds of party whose name is a person's name and is masked on public pages. */
const isPerson = (kind: string, idType: string) => kind === "naturalPerson" || (kind === "foreign" && idType === "passport");

/** Published notices for the public: case number, court, the reward, the published date, respondents' names (a person's masked). */
export async function listPublicRewards(ctx: AppContext): Promise<PublicNoticeDto[]> {
  const db = ctx.database.db;
  const rows = await db
    .selectFrom("reward_notices as n")
    .innerJoin("cases as c", "c.id", "n.case_id")
    .innerJoin("courts as ct", "ct.id", "c.court_id")
    .select(["n.id", "n.case_id", "n.amount_fen", "n.formula", "n.published_date", "c.case_number", "ct.name as court_name", "ct.name_en as court_name_en"])
    .where("n.status", "=", "published")
    .orderBy("n.published_date", "desc")
    .orderBy("n.created_at", "desc")
    .limit(200)
    .execute();
  if (!rows.length) return [];
  const parties = await db
    .selectFrom("case_parties")
    .select(["case_id", "kind", "id_type", "name", "position"])
    .where("role", "=", "respondent")
    .where("case_id", "in", [...new Set(rows.map((r) => r.case_id))])
    .orderBy("position")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    caseNumber: r.case_number,
    court: { name: r.court_name, nameEn: r.court_name_en },
    respondents: parties
      .filter((p) => p.case_id === r.case_id)
      .map((p) => (isPerson(p.kind, p.id_type) ? { name: maskName(p.name), masked: true } : { name: p.name, masked: false })),
    amountFen: r.amount_fen === null ? null : Number(r.amount_fen),
    formula: r.formula,
    publishedDate: r.published_date,
  }));
}
