// 轮询冻结 / 持续冻结 (a standing freeze order): when an account holds less than the amount to be frozen,
// the court's order keeps freezing new incoming funds each day until the target is frozen. The order
// runs on each of its days from the day after it was made (started_date + 1 … ends_date); the number of
// days is a PRODUCT SETTING, not a statutory period (ZHIXING_STANDING_FREEZE_MAX_DAYS, default 30): the
// freeze itself keeps its own term (民诉法解释 art 485), the order only raises its amount.
//
// Each run asks the account's provider (adapters/inquiry: a bank's or payment institution's connection;
// the simulator here) what reached the account unfrozen since the last run, raises the freeze by
// min(that, target − frozen), and records the case event and the audit entry in one transaction with
// the case row locked; the order is `met` when the target is reached and `expired` after its last day.
// Idempotent per day: an order already run today is not picked, and is re-checked under the lock.
import { randomUUID } from "node:crypto";
import {
  findActiveStandingFreezeOfMeasure,
  findAsset,
  findMeasure,
  findStandingFreeze,
  insertStandingFreeze,
  listCaseStandingFreezes,
  updateMeasureVersioned,
  type StandingFreezeRow,
} from "@zhixing/db";
import { addDays, compareIsoDates, DomainError, invalidField, type IsoDate } from "@zhixing/domain";
import { today, type AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import type { ProviderKey } from "../../adapters/inquiry";
import { caseAccess } from "../cases/case-access";
import { inquirySettings } from "../inquiries/inquiries.service";
import { lockCase, type LockedCase } from "../cases/case-lock";
import { assertCaseOpenFor, assertMayAct, checkOverSeizure, lockMeasureOfCase, record, SYSTEM_ACTOR } from "./measures.service";
import type { StandingFreezeInput, StopStandingFreezeInput } from "./measures.schemas";

/** Asset types held in accounts that receive money: only their freezes can be topped up. */
export const STANDING_FREEZE_ASSET_TYPES = ["bankDeposit", "onlinePaymentFunds"] as const;

export type StandingFreezeSettings = {
  /** The longest an order runs, in days (product setting, not statute). Also the default. */
  maxDays: number;
};

export function standingFreezeSettingsFromEnv(): StandingFreezeSettings {
  const raw = process.env.ZHIXING_STANDING_FREEZE_MAX_DAYS;
  if (raw === undefined || raw === "") return { maxDays: 30 };
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 366) throw new Error(`ZHIXING_STANDING_FREEZE_MAX_DAYS must be a whole number from 1 to 366; got ${JSON.stringify(raw)}`);
  return { maxDays: n };
}

const SETTINGS = new WeakMap<object, StandingFreezeSettings>();
export function standingFreezeSettings(ctx: AppContext): StandingFreezeSettings {
  let s = SETTINGS.get(ctx);
  if (!s) {
    s = standingFreezeSettingsFromEnv();
    SETTINGS.set(ctx, s);
  }
  return s;
}
export function configureStandingFreezes(ctx: AppContext, patch: Partial<StandingFreezeSettings>): StandingFreezeSettings {
  const s = { ...standingFreezeSettings(ctx), ...patch };
  SETTINGS.set(ctx, s);
  return s;
}

const refused = (field: string, zh: string, en: string) => new DomainError("PRECONDITION_FAILED", { zh, en }, { field });
const notFound = () => new DomainError("NOT_FOUND", { zh: "轮询冻结不存在或无权查看", en: "No such standing freeze, or you may not see it" });

export type StandingFreezeDto = {
  id: string;
  caseId: string;
  assetId: string;
  measureId: string;
  targetFen: number;
  frozenFen: number;
  remainingFen: number;
  startedDate: string;
  endsDate: string;
  status: StandingFreezeRow["status"];
  stoppedReason: string | null;
  endedDate: string | null;
  lastRunDate: string | null;
  runs: number;
};

export const standingFreezeDto = (r: StandingFreezeRow): StandingFreezeDto => ({
  id: r.id,
  caseId: r.case_id,
  assetId: r.asset_id,
  measureId: r.measure_id,
  targetFen: Number(r.target_fen),
  frozenFen: Number(r.frozen_fen),
  remainingFen: Math.max(0, Number(r.target_fen) - Number(r.frozen_fen)),
  startedDate: r.started_date,
  endsDate: r.ends_date,
  status: r.status,
  stoppedReason: r.stopped_reason,
  endedDate: r.ended_date,
  lastRunDate: r.last_run_date,
  runs: Number(r.runs),
});

/** POST /measures/:id/standing — the case's handler or the division head, on an active first freeze of an account. */
export async function createStandingFreeze(ctx: AppContext, user: AuthUser, measureId: string, input: StandingFreezeInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  const { maxDays } = standingFreezeSettings(ctx);
  const id = randomUUID();
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, m } = await lockMeasureOfCase(tx, measureId);
    await assertMayAct(tx, user, c);
    assertCaseOpenFor(c, "create");
    const days = input.days ?? maxDays;
    if (days > maxDays) throw invalidField("days", { zh: `轮询冻结最长 ${maxDays} 天（本系统设置）`, en: `A standing freeze runs for at most ${maxDays} days (a setting of this system)` });
    if (m.kind !== "freeze" || !(STANDING_FREEZE_ASSET_TYPES as readonly string[]).includes(m.asset_type)) {
      throw refused("id", "只有对银行存款或网络资金的冻结可以轮询冻结", "Only a freeze of a bank deposit or online payment funds can be a standing freeze");
    }
    if (m.external) throw refused("id", "其他法院的措施由该院办理", "Another court's measure is handled by that court");
    if (m.status !== "active") throw refused("status", `该冻结已不在有效状态（${m.status}）`, `The freeze is no longer active (${m.status})`);
    if (m.rank !== "first") throw refused("rank", "轮候冻结尚未生效，不能轮询冻结", "A queued freeze is not in effect yet; it cannot be topped up");
    const frozen = Number(m.amount_fen);
    if (input.targetFen <= frozen) {
      throw refused("targetFen", `目标金额须大于已冻结金额（${frozen} 分）`, `The target must exceed the amount already frozen (${frozen} fen)`);
    }
    if (await findActiveStandingFreezeOfMeasure(tx, m.id)) {
      throw new DomainError("CONFLICT", { zh: "该冻结已有进行中的轮询冻结", en: "This freeze already has an active standing freeze" }, { field: "id" });
    }
    // 查封规定 art 19, the measures service's own check: what this order may still add, plus what the
    // case's other active orders may still add.
    const others = await tx
      .selectFrom("standing_freezes")
      .select(["target_fen", "frozen_fen"])
      .where("case_id", "=", c.id)
      .where("status", "=", "active")
      .execute();
    const pending = others.reduce((s, o) => s + Math.max(0, Number(o.target_fen) - Number(o.frozen_fen)), 0);
    const asset = (await findAsset(tx, m.asset_id))!;
    const { control } = await checkOverSeizure(tx, c, now, { addFen: input.targetFen - frozen + pending, field: "targetFen", indivisible: asset.indivisible, noOtherProperty: false });
    const endsDate = addDays(now, days);
    await insertStandingFreeze(tx, {
      id,
      court_id: c.court_id,
      case_id: c.id,
      asset_id: m.asset_id,
      measure_id: m.id,
      target_fen: input.targetFen,
      frozen_fen: frozen,
      started_date: now,
      ends_date: endsDate,
      status: "active",
      stopped_reason: null,
      stopped_by: null,
      ended_date: null,
      last_run_date: null,
      created_by: user.id,
    });
    await record(tx, ctx, { id: user.id, name: user.displayName, role: user.role }, c, {
      type: "standingFreeze.create",
      entityType: "standingFreeze",
      entityId: id,
      data: {
        standingFreezeId: id,
        measureId: m.id,
        assetId: m.asset_id,
        targetFen: input.targetFen,
        frozenFen: frozen,
        days,
        endsDate,
        ...(control ? { limitFen: control.limitFen, controlledBeforeFen: control.controlledFen, pendingOtherOrdersFen: pending } : {}),
      },
      ip,
    });
  });
  return id;
}

/** POST /standing-freezes/:id/stop — the handler or the division head ends an active order. */
export async function stopStandingFreeze(ctx: AppContext, user: AuthUser, id: string, input: StopStandingFreezeInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  return ctx.database.db.transaction().execute(async (tx) => {
    const first = await findStandingFreeze(tx, id);
    if (!first) throw notFound();
    let c: LockedCase;
    try {
      c = await lockCase(tx, first.case_id);
      await caseAccess(tx, user, c);
    } catch {
      throw notFound();
    }
    await assertMayAct(tx, user, c);
    const o = (await findStandingFreeze(tx, id))!;
    if (o.status !== "active") throw refused("status", `该轮询冻结已结束（${o.status}）`, `The standing freeze has already ended (${o.status})`);
    await tx
      .updateTable("standing_freezes")
      .set({ status: "stopped", stopped_reason: input.reason, stopped_by: user.id, ended_date: now })
      .where("id", "=", id)
      .execute();
    await record(tx, ctx, { id: user.id, name: user.displayName, role: user.role }, c, {
      type: "standingFreeze.stop",
      entityType: "standingFreeze",
      entityId: id,
      data: { standingFreezeId: id, measureId: o.measure_id, targetFen: Number(o.target_fen), frozenFen: Number(o.frozen_fen) },
      reason: input.reason,
      ip,
    });
    return id;
  });
}

/** GET /cases/:id/standing-freezes — court staff of the case's court or a court above it. */
export async function listStandingFreezes(ctx: AppContext, user: AuthUser, caseId: string): Promise<StandingFreezeDto[]> {
  const db = ctx.database.db;
  const c = await db.selectFrom("cases").select(["id", "court_id"]).where("id", "=", caseId).executeTakeFirst();
  if (!c) throw new DomainError("NOT_FOUND", { zh: "案件不存在或无权查看", en: "No such case, or you may not see it" });
  const access = await caseAccess(db, user, c);
  if (access === "party") throw new DomainError("FORBIDDEN", { zh: "仅限法院工作人员", en: "Court staff only" });
  return (await listCaseStandingFreezes(db, caseId)).map(standingFreezeDto);
}

// ─── the daily run ───────────────────────────────────────────────────────────────────────────────────

export type StandingRunOutcome = "toppedUp" | "nothingNew" | "met" | "expired" | "stopped" | "skipped" | "error";

const minDate = (a: IsoDate, b: IsoDate): IsoDate => (compareIsoDates(a, b) <= 0 ? a : b);

/**
 * One order's run for today. The provider is asked outside the transaction (an outside call holds no
 * lock); the transaction re-reads the order under the case lock and does nothing if it ran meanwhile.
 */
export async function runStandingFreeze(ctx: AppContext, id: string): Promise<StandingRunOutcome> {
  const now = today(ctx);
  const db = ctx.database.db;
  const pre = await findStandingFreeze(db, id);
  if (!pre || !isDue(pre, now)) return "skipped";
  const since = pre.last_run_date ?? pre.started_date;
  const through = minDate(now, pre.ends_date);
  const asset = await findAsset(db, pre.asset_id);
  let available = 0;
  let providerError: string | null = null;
  if (asset && compareIsoDates(since, through) < 0) {
    const provider = inquirySettings(ctx).providers.find((p) => p.key === (asset.asset_type as ProviderKey));
    if (!provider?.incomingFunds) providerError = `no account provider for ${asset.asset_type}`;
    else {
      try {
        const r = await provider.incomingFunds({
          caseId: pre.case_id,
          requestId: `${pre.id}:${now}`,
          purpose: "轮询冻结：冻结新入账资金",
          holder: asset.holder ?? "",
          identifier: asset.identifier ?? "",
          since,
          through,
        });
        if (r.status === "ok") available = Math.max(0, Math.floor(r.availableFen));
        else providerError = r.error;
      } catch (e) {
        providerError = e instanceof Error ? e.message : String(e);
      }
    }
  }
  // An order whose provider failed is left for the next run, which asks again from the same day on.
  if (providerError) return "error";

  return db.transaction().execute(async (tx) => {
    const c = await lockCase(tx, pre.case_id);
    const o = await tx.selectFrom("standing_freezes").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
    if (!o || !isDue(o, now) || (o.last_run_date ?? o.started_date) !== since) return "skipped";
    const m = await findMeasure(tx, o.measure_id);
    const target = Number(o.target_fen);
    let frozen = Number(o.frozen_fen);
    // The freeze ended (released, lapsed, fully deducted): nothing to top up any more.
    if (!m || m.status !== "active") {
      await tx
        .updateTable("standing_freezes")
        .set({ status: "stopped", stopped_reason: `measure ${m?.status ?? "missing"}`, ended_date: now, last_run_date: now, runs: (eb) => eb("runs", "+", 1) })
        .where("id", "=", id)
        .execute();
      await record(tx, ctx, SYSTEM_ACTOR, c, {
        type: "standingFreeze.stop",
        entityType: "standingFreeze",
        entityId: id,
        data: { standingFreezeId: id, measureId: o.measure_id, measureStatus: m?.status ?? null, targetFen: target, frozenFen: frozen },
        reason: "冻结措施已不在有效状态 the freeze is no longer active",
      });
      return "stopped";
    }
    const topUpFen = Math.min(available, target - frozen);
    if (topUpFen > 0) {
      const ok = await updateMeasureVersioned(tx, m.id, m.version, { amount_fen: Number(m.amount_fen) + topUpFen });
      if (!ok) throw new DomainError("CONFLICT", { zh: "冻结措施已被他人更新，请重试", en: "The freeze changed meanwhile; try again" });
      frozen += topUpFen;
    }
    const status: StandingFreezeRow["status"] = frozen >= target ? "met" : compareIsoDates(now, o.ends_date) >= 0 ? "expired" : "active";
    await tx
      .updateTable("standing_freezes")
      .set({ frozen_fen: frozen, status, last_run_date: now, ended_date: status === "active" ? null : now, runs: (eb) => eb("runs", "+", 1) })
      .where("id", "=", id)
      .execute();
    await record(tx, ctx, SYSTEM_ACTOR, c, {
      type: "standingFreeze.run",
      entityType: "standingFreeze",
      entityId: id,
      data: { standingFreezeId: id, measureId: m.id, since, through, availableFen: available, topUpFen, frozenFen: frozen, targetFen: target, status },
    });
    return status === "met" ? "met" : status === "expired" ? "expired" : topUpFen > 0 ? "toppedUp" : "nothingNew";
  });
}

function isDue(o: StandingFreezeRow, now: IsoDate): boolean {
  return o.status === "active" && compareIsoDates(o.started_date, now) < 0 && (o.last_run_date === null || compareIsoDates(o.last_run_date, now) < 0);
}
