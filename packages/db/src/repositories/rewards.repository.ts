// 悬赏公告 and the tips given on them (财产调查规定 arts 21–24).
import type { Insertable, Selectable } from "kysely";
import type { Executor } from "../database";
import type { RewardNoticesTable, RewardTipsTable } from "../schema";

export type RewardNoticeRow = Selectable<RewardNoticesTable>;
export type RewardTipRow = Selectable<RewardTipsTable>;

export async function insertRewardNotice(db: Executor, row: Insertable<RewardNoticesTable>): Promise<void> {
  await db.insertInto("reward_notices").values(row).execute();
}

export async function findRewardNotice(db: Executor, noticeId: string, opts: { forUpdate?: boolean } = {}): Promise<RewardNoticeRow | undefined> {
  let q = db.selectFrom("reward_notices").selectAll().where("id", "=", noticeId);
  if (opts.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** A case's reward notices, oldest first. */
export async function listRewardNotices(db: Executor, caseId: string): Promise<RewardNoticeRow[]> {
  return db.selectFrom("reward_notices").selectAll().where("case_id", "=", caseId).orderBy("created_at").orderBy("id").execute();
}

/** Records the court's decision on a notice still awaiting one; false when it was already decided. */
export async function decideRewardNotice(
  db: Executor,
  noticeId: string,
  d: { status: "published" | "refused"; decidedBy: string; decidedDate: string; reason: string | null; publishedDate: string | null },
): Promise<boolean> {
  const res = await db
    .updateTable("reward_notices")
    .set({ status: d.status, decided_by: d.decidedBy, decided_date: d.decidedDate, decision_reason: d.reason, published_date: d.publishedDate })
    .where("id", "=", noticeId)
    .where("status", "=", "applied")
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** The next number in the order of receipt for a notice (art 23 para 1). Call with the notice row locked. */
export async function nextRewardTipSeq(db: Executor, noticeId: string): Promise<number> {
  const r = await db
    .selectFrom("reward_tips")
    .select((eb) => eb.fn.max<number | null>("seq").as("m"))
    .where("notice_id", "=", noticeId)
    .executeTakeFirst();
  return Number(r?.m ?? 0) + 1;
}

export async function insertRewardTip(db: Executor, row: Insertable<RewardTipsTable>): Promise<void> {
  await db.insertInto("reward_tips").values(row).execute();
}

/** The tips of a case's notices, by notice and order of receipt. */
export async function listRewardTips(db: Executor, caseId: string): Promise<RewardTipRow[]> {
  return db.selectFrom("reward_tips").selectAll().where("case_id", "=", caseId).orderBy("notice_id").orderBy("seq").execute();
}
