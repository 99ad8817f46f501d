// The measures register: assets, and the seal / freeze / seize / deduct measures on them. Every write
// locks the case row (`for update`), decides with the domain (packages/domain/src/preservation), and
// persists the measure, its clocks, the case event and the audit record in one transaction.
//
// Clocks: a measure in effect with a term has one `measureExpiry` clock (due on its last day in force,
// the nominal day, 民诉法解释 art 485) and one `measureRenewalReminder` clock per reminder day of the
// domain's expiryReminders (30/15/7 days before, moved to the previous working day; a product choice).
// The clock sweep reminds the handler of each as it falls due; the measure job meets reminder clocks
// once their day has come. Renewal meets the clocks and opens the next term's; release and lapse
// cancel them.
import { randomUUID } from "node:crypto";
import {
  appendEvent,
  caseMoneyDuties,
  caseReceipts,
  closeMeasureClocks,
  findAsset,
  findInquiryResultForMeasure,
  findMeasure,
  insertAsset,
  insertMeasure,
  insertMeasureClocks,
  listAssetMeasures,
  nextQueueSeq,
  updateMeasureVersioned,
  writeAudit,
  type Executor,
  type MeasureWithAsset,
} from "@zhixing/db";
import {
  ASSET_TYPE_INFO,
  checkControllable,
  checkNewMeasure,
  citeSource,
  claimPlusCostsToDate,
  compareIsoDates,
  computeEnforcementFee,
  DomainError,
  expiryReminders,
  invalidField,
  isDomainError,
  lapse,
  measureTerm,
  promoteQueue,
  queuePosition,
  renewMeasure,
  requireReleaseReason,
  type AssetType,
  type Citation,
  type ExemptCategory,
  type IsoDate,
  type MeasureKind,
  type Period,
  type Promotion,
  type QueueMeasure,
  type StatutoryCalendar,
} from "@zhixing/domain";
import { today, type AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import { caseAccess, caseNotFound } from "../cases/case-access";
import type { AssetInput, FreezeInput, MeasureInput, ReleaseInput, RenewInput } from "./measures.schemas";
import { lockCase, type LockedCase } from "../cases/case-lock";

export const MEASURE_EXPIRY_CLOCK = "measureExpiry";
export const MEASURE_REMINDER_CLOCK = "measureRenewalReminder";

/** Who acts: a signed-in user, or the system (the lapse job). */
export type MeasureActor = { id: string | null; name: string; role: string };
export const SYSTEM_ACTOR: MeasureActor = { id: null, name: "系统 system", role: "system" };
const actorOf = (u: AuthUser): MeasureActor => ({ id: u.id, name: u.displayName, role: u.role });

/** Asset types registered with a registry or an institution: their release goes by assistance notice (查封规定 art 28 para 2). */
const REGISTERED_TYPES = new Set<string>(["bankDeposit", "onlinePaymentFunds", "realEstate", "vehicle", "equity", "securities", "patent", "trademark", "copyright", "domainName"]);



const forbidden = (zh: string, en: string) => new DomainError("FORBIDDEN", { zh, en });
const refused = (field: string, zh: string, en: string) => new DomainError("PRECONDITION_FAILED", { zh, en }, { field });

/** The case's handler, or the head of its enforcement division; others of the court get 403, everyone else 404. */
export async function assertMayAct(tx: Executor, user: AuthUser, c: LockedCase): Promise<void> {
  const access = await caseAccess(tx, user, c);
  if (access !== "act") throw forbidden("只有本院执行人员可以办理控制措施", "Only staff of the case's own court may take or change measures");
  const isHandler = user.role === "officer" && c.handler_id === user.id;
  if (!isHandler && user.role !== "divisionHead") {
    throw forbidden("只有本案承办人或执行局负责人可以办理控制措施", "Only the case's handler or the division head may take or change measures");
  }
}

export function assertCaseOpenFor(c: LockedCase, what: "create" | "change"): void {
  const ok = what === "create" ? ["registered", "assigned", "inProgress"] : ["registered", "assigned", "inProgress", "closed"];
  if (!ok.includes(c.status)) {
    throw refused(
      "caseStatus",
      what === "create" ? `案件状态为 ${c.status}，只有已立案且未结案的案件可以采取控制措施` : `案件状态为 ${c.status}，不能办理`,
      what === "create" ? `The case is ${c.status}: measures are taken only in a registered case that is not closed` : `The case is ${c.status}`,
    );
  }
}

// ─── assets ──────────────────────────────────────────────────────────────────────────────────────────

export async function createAsset(ctx: AppContext, user: AuthUser, caseId: string, input: AssetInput, ip: string | null = null): Promise<string> {
  const id = randomUUID();
  await ctx.database.db.transaction().execute(async (tx) => {
    const c = await lockCase(tx, caseId);
    await assertMayAct(tx, user, c);
    assertCaseOpenFor(c, "create");
    if (input.onlyHome && input.type !== "realEstate") {
      throw invalidField("onlyHome", { zh: "只有不动产可以标记为生活所必需的居住房屋", en: "Only real estate can be the necessary home" });
    }
    if (input.ownerPartyId) {
      const p = await tx.selectFrom("case_parties").select(["id", "role"]).where("id", "=", input.ownerPartyId).where("case_id", "=", caseId).executeTakeFirst();
      if (!p || p.role !== "respondent") throw invalidField("ownerPartyId", { zh: "须为本案的被执行人", en: "Must be a respondent of this case" });
    }
    await insertAsset(tx, {
      id,
      court_id: c.court_id,
      case_id: caseId,
      owner_party_id: input.ownerPartyId ?? null,
      asset_type: input.type,
      description: input.description,
      identifier: input.identifier,
      holder: input.holder,
      value_fen: input.valueFen,
      indivisible: input.indivisible,
      exempt_category: input.exemptCategory ?? null,
      only_home: input.onlyHome ?? false,
      source: "manual",
    });
    await record(tx, ctx, actorOf(user), c, {
      type: "asset.create",
      entityType: "asset",
      entityId: id,
      data: { assetId: id, assetType: input.type, valueFen: input.valueFen, exemptCategory: input.exemptCategory ?? null },
      ip,
    });
  });
  return id;
}

// ─── taking a measure ────────────────────────────────────────────────────────────────────────────────

type Term = { countsFrom: IsoDate; expires: IsoDate; period: Period | null; basis: Citation[] };

export async function createMeasure(ctx: AppContext, user: AuthUser, caseId: string, input: MeasureInput, ip: string | null = null, via?: { inquiryResultId: string }): Promise<string> {
  const id = randomUUID();
  const now = today(ctx);
  const cal = ctx.calendar.get();
  await ctx.database.db.transaction().execute(async (tx) => {
    const c = await lockCase(tx, caseId);
    await assertMayAct(tx, user, c);
    assertCaseOpenFor(c, "create");
    const asset = await findAsset(tx, input.assetId);
    if (!asset || asset.case_id !== caseId) throw invalidField("assetId", { zh: "本案没有该财产", en: "No such asset in this case" });
    const assetType = asset.asset_type as AssetType;
    const context = input.context ?? "enforcement";

    // The kind fits the asset, and the trademark-preservation receipt date: measureTerm checks both.
    const term = measureTerm(
      {
        assetType,
        kind: input.kind,
        startDate: now,
        context,
        ...(input.registryReceiptDate ? { registryReceiptDate: input.registryReceiptDate } : {}),
        ...(input.requestedMonths !== undefined ? { requestedMonths: input.requestedMonths } : {}),
      },
      cal,
    );
    // 查封规定 art 3: exempt property; art 4: the only home may be sealed only.
    checkControllable({ ...(asset.exempt_category ? { exemptCategory: asset.exempt_category as ExemptCategory } : {}), onlyHome: asset.only_home, kind: input.kind });
    if (asset.value_fen !== null && input.amountFen > Number(asset.value_fen)) {
      throw refused(
        "amountFen",
        `控制金额（${input.amountFen} 分）不能超过该财产的价值或余额（${asset.value_fen} 分）`,
        `The amount controlled (${input.amountFen} fen) cannot exceed the asset's value or balance (${asset.value_fen} fen)`,
      );
    }

    // 查封规定 art 19: the case's controlled value plus this one, against the claim plus costs to date.
    const { control, overSeizure } = await checkOverSeizure(tx, c, now, {
      addFen: input.amountFen,
      field: "amountFen",
      indivisible: input.indivisible ?? asset.indivisible,
      noOtherProperty: input.noOtherProperty ?? false,
      ...(input.justification !== undefined ? { justification: input.justification } : {}),
    });

    // 查封规定 art 26: first, or queued behind what holds the asset (another court's measure recorded as external).
    let measuresOnAsset = await listAssetMeasures(tx, asset.id);
    if (input.queuedBehind) {
      const qb = input.queuedBehind;
      if (compareIsoDates(qb.date, now) > 0) throw invalidField("queuedBehind.date", { zh: "不能晚于今天", en: "Cannot be in the future" });
      if (qb.expires && compareIsoDates(qb.expires, qb.date) < 0) throw invalidField("queuedBehind.expires", { zh: "不能早于该措施的日期", en: "Cannot precede the measure's date" });
      const extRank = queuePosition({ assetType, context: "enforcement" }, toQueue(measuresOnAsset), now);
      const extId = randomUUID();
      await insertMeasure(tx, {
        id: extId,
        court_id: c.court_id,
        case_id: caseId,
        asset_id: asset.id,
        kind: input.kind,
        context: "enforcement",
        executed_by: qb.court,
        registry_receipt_date: null,
        amount_fen: 0,
        rank: extRank,
        start_date: qb.date,
        expires: extRank === "first" ? (qb.expires ?? null) : null,
        status: "active",
        released_date: null,
        release_reason: null,
        release_note: null,
        justification: null,
        created_by: user.id,
          registered_at: new Date(`${qb.date}T00:00:00+08:00`),
        queue_seq: await nextQueueSeq(tx, asset.id),
        external: true,
      });
      await record(tx, ctx, actorOf(user), c, {
        type: "measure.recordExternal",
        entityType: "measure",
        entityId: extId,
        data: { measureId: extId, assetId: asset.id, court: qb.court, date: qb.date, expires: qb.expires ?? null, rank: extRank },
        ip,
      });
      measuresOnAsset = await listAssetMeasures(tx, asset.id);
    }
    const rank = input.kind === "deduct" ? "first" : queuePosition({ assetType, context }, toQueue(measuresOnAsset), now);
    const inEffect = rank === "first" && term.expires !== null;

    await insertMeasure(tx, {
      id,
      court_id: c.court_id,
      case_id: caseId,
      asset_id: asset.id,
      kind: input.kind,
      context,
      executed_by: input.executedBy,
      registry_receipt_date: input.registryReceiptDate ?? null,
      amount_fen: input.amountFen,
      rank,
      start_date: now,
      expires: inEffect ? term.expires : null,
      counts_from: inEffect ? term.countsFrom : null,
      basis: JSON.stringify(term.basis),
      status: "active",
      released_date: null,
      release_reason: null,
      release_note: null,
      justification: input.justification ?? null,
      no_other_property: input.noOtherProperty ?? false,
      exception_applied: overSeizure?.exceptionApplied ?? false,
      created_by: user.id,
      registered_at: ctx.now(),
      queue_seq: await nextQueueSeq(tx, asset.id),
    });
    if (inEffect) await openMeasureClocks(tx, cal, { id, court_id: c.court_id, case_id: caseId }, { countsFrom: term.countsFrom!, expires: term.expires!, period: term.period, basis: term.basis }, now);
    await record(tx, ctx, actorOf(user), c, {
      type: "measure.create",
      entityType: "measure",
      entityId: id,
      data: {
        measureId: id,
        assetId: asset.id,
        assetType,
        kind: input.kind,
        context,
        amountFen: input.amountFen,
        rank,
        expires: inEffect ? term.expires : null,
        ...(via ? { inquiryResultId: via.inquiryResultId } : {}),
        ...(control ? { limitFen: control.limitFen, controlledBeforeFen: control.controlledFen } : {}),
        ...(overSeizure?.exceptionApplied ? { exceptionApplied: true, excessFen: overSeizure.excessFen, justification: overSeizure.justification } : {}),
      },
      ip,
    });
  });
  return id;
}

/**
 * 查封规定 art 19: the case's controlled value plus `addFen` more, against the claim plus costs to date
 * (the one over-seizure check: a new measure, and a standing freeze order's target above its freeze).
 * `field` is what the API calls the amount (the domain says valueFen). No money claim: nothing to check.
 */
export async function checkOverSeizure(
  tx: Executor,
  c: LockedCase,
  now: IsoDate,
  input: { addFen: number; field: string; indivisible: boolean; noOtherProperty: boolean; justification?: string },
): Promise<{ control: ControlFigures | null; overSeizure: ReturnType<typeof checkNewMeasure> | null }> {
  const control = await controlFigures(tx, c, now);
  if (!control) return { control, overSeizure: null };
  try {
    const overSeizure = checkNewMeasure({
      existingControlledFen: control.controlledFen,
      newValueFen: input.addFen,
      limitFen: control.limitFen,
      indivisible: input.indivisible,
      noOtherProperty: input.noOtherProperty,
      ...(input.justification !== undefined ? { justification: input.justification } : {}),
    });
    return { control, overSeizure };
  } catch (e) {
    if (isDomainError(e) && e.field === "valueFen") throw new DomainError(e.code, e.messages, { field: input.field });
    throw e;
  }
}

/** 查询→结果→冻结: the asset an inquiry found, controlled in one step with the usual kind for its type. */
export async function freezeFromInquiryResult(ctx: AppContext, user: AuthUser, resultId: string, input: FreezeInput, ip: string | null = null): Promise<{ caseId: string; measureId: string }> {
  const db = ctx.database.db;
  const r = await findInquiryResultForMeasure(db, resultId);
  const notFound = new DomainError("NOT_FOUND", { zh: "查询结果不存在或无权查看", en: "No such inquiry result, or you may not see it" });
  if (!r) throw notFound;
  try {
    await caseAccess(db, user, { id: r.case_id, court_id: r.court_id });
  } catch {
    throw notFound;
  }
  if (r.status !== "found" || !r.asset_id) {
    throw refused("resultId", "该查询结果没有查到财产，无法控制", "This inquiry result found no asset to control");
  }
  const asset = await findAsset(db, r.asset_id);
  if (!asset) throw refused("resultId", "该查询结果没有对应的财产", "This inquiry result has no asset");
  const info = ASSET_TYPE_INFO[asset.asset_type as AssetType];
  if (!info) throw refused("resultId", `未知的财产类型：${asset.asset_type}`, `unknown asset type: ${asset.asset_type}`);
  const measureId = await createMeasure(
    ctx,
    user,
    r.case_id,
    {
      assetId: asset.id,
      kind: info.kinds[0] as MeasureKind,
      amountFen: input.amountFen,
      executedBy: input.executedBy ?? "网络执行查控系统",
      ...(input.indivisible !== undefined ? { indivisible: input.indivisible } : {}),
      ...(input.noOtherProperty !== undefined ? { noOtherProperty: input.noOtherProperty } : {}),
      ...(input.justification !== undefined ? { justification: input.justification } : {}),
    },
    ip,
    { inquiryResultId: resultId },
  );
  return { caseId: r.case_id, measureId };
}

// ─── renewal, release ────────────────────────────────────────────────────────────────────────────────

export async function lockMeasureOfCase(tx: Executor, measureId: string): Promise<{ c: LockedCase; m: MeasureWithAsset }> {
  const first = await tx.selectFrom("measures").select(["case_id"]).where("id", "=", measureId).executeTakeFirst();
  if (!first) throw new DomainError("NOT_FOUND", { zh: "控制措施不存在或无权查看", en: "No such measure, or you may not see it" });
  const c = await lockCase(tx, first.case_id);
  const m = (await findMeasure(tx, measureId))!;
  return { c, m };
}

export async function renewMeasureFor(ctx: AppContext, user: AuthUser, measureId: string, input: RenewInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  const cal = ctx.calendar.get();
  return ctx.database.db.transaction().execute(async (tx) => {
    const { c, m } = await lockMeasureOfCase(tx, measureId);
    await assertMayAct(tx, user, c);
    assertCaseOpenFor(c, "change");
    if (m.external) throw refused("id", "其他法院的措施由该院续行", "Another court's measure is renewed by that court");
    if (m.status !== "active") {
      throw refused("status", `该措施已${m.status === "lapsed" ? "失效" : "解除"}，不能续行；只能重新采取措施`, `The measure is ${m.status}; it cannot be renewed, only a new measure taken`);
    }
    // 民诉法解释 art 485 paras 2–3: before expiry (the last day included), each renewal capped like the first term.
    const r = renewMeasure(
      {
        assetType: m.asset_type as AssetType,
        kind: m.kind,
        context: m.context,
        startDate: m.start_date,
        expires: m.expires,
        renewals: m.renewals,
        ...(m.registry_receipt_date ? { registryReceiptDate: m.registry_receipt_date } : {}),
      },
      {
        requestDate: now,
        ...(input.requestedMonths !== undefined ? { requestedMonths: input.requestedMonths } : {}),
        ...(input.registryReceiptDate ? { registryReceiptDate: input.registryReceiptDate } : {}),
      },
      cal,
    );
    const ok = await updateMeasureVersioned(tx, m.id, m.version, {
      expires: r.expires,
      counts_from: r.countsFrom,
      renewals: r.measure.renewals ?? m.renewals + 1,
      basis: JSON.stringify(r.basis),
      ...(r.measure.registryReceiptDate ? { registry_receipt_date: r.measure.registryReceiptDate } : {}),
    });
    if (!ok) throw new DomainError("CONFLICT", { zh: "该措施已被他人更新，请刷新后重试", en: "The measure changed meanwhile; reload and try again" });
    await closeMeasureClocks(tx, m.id, "met", now);
    await openMeasureClocks(tx, cal, m, { countsFrom: r.countsFrom, expires: r.expires, period: r.period, basis: r.basis }, now);
    await record(tx, ctx, actorOf(user), c, {
      type: "measure.renew",
      entityType: "measure",
      entityId: m.id,
      data: { measureId: m.id, previousExpires: r.previousExpires, expires: r.expires, renewals: m.renewals + 1, continuous: r.continuous },
      ip,
    });
    return m.id;
  });
}

export async function releaseMeasureFor(ctx: AppContext, user: AuthUser, measureId: string, input: ReleaseInput, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  return ctx.database.db.transaction().execute(async (tx) => {
    const { c, m } = await lockMeasureOfCase(tx, measureId);
    await assertMayAct(tx, user, c);
    assertCaseOpenFor(c, "change");
    // 查封规定 art 28: the statutory ground and the facts; a registered measure is released by notice (para 2).
    const ground = requireReleaseReason(input.reason, input.note, { registered: !m.external && REGISTERED_TYPES.has(m.asset_type) });
    if (m.status !== "active") throw refused("status", `该措施已不在有效状态（${m.status}）`, `The measure is no longer active (${m.status})`);
    if (m.kind === "deduct") throw refused("kind", "扣划是一次性措施，无需解除", "A deduction is a one-off measure; there is nothing to release");
    if (input.amountFen !== undefined) return releasePart(tx, ctx, user, c, m, ground, input.amountFen, ip);
    const ok = await updateMeasureVersioned(tx, m.id, m.version, { status: "released", released_date: now, release_reason: ground.reason, release_note: ground.note });
    if (!ok) throw new DomainError("CONFLICT", { zh: "该措施已被他人更新，请刷新后重试", en: "The measure changed meanwhile; reload and try again" });
    await closeMeasureClocks(tx, m.id, "cancelled", now);
    await stopStandingFreezesOf(tx, ctx, actorOf(user), c, { measureId: m.id }, "措施已解除 measure released", ip);
    await record(tx, ctx, actorOf(user), c, {
      type: "measure.release",
      entityType: "measure",
      entityId: m.id,
      data: { measureId: m.id, reason: ground.reason, basis: ground.basis, registryNoticeRequired: ground.registryNoticeRequired, wasFirst: m.rank === "first" },
      reason: ground.note,
      ip,
    });
    if (m.rank === "first") await promoteOnAsset(tx, ctx, c, m.asset_id, now, actorOf(user), ip);
    return m.id;
  });
}

/**
 * 查封规定 art 19 para 2: release the part over the limit — reduce the measure's amount by `amountFen`,
 * the measure staying active. Only a divisible asset can be released in part (an indivisible one is
 * released whole or not at all), and only less than what the measure still controls (its amount less
 * what was deducted under it); releasing all of it is a release of the measure, without amountFen.
 */
async function releasePart(
  tx: Executor,
  ctx: AppContext,
  user: AuthUser,
  c: LockedCase,
  m: MeasureWithAsset,
  ground: ReturnType<typeof requireReleaseReason>,
  amountFen: number,
  ip: string | null,
): Promise<string> {
  if (m.external) throw refused("amountFen", "其他法院的措施由该院解除", "Another court's measure is released by that court");
  const asset = await tx.selectFrom("assets").select(["indivisible"]).where("id", "=", m.asset_id).executeTakeFirstOrThrow();
  if (asset.indivisible) {
    throw refused("amountFen", "不可分割的财产只能整体解除，不能部分解除", "An indivisible asset is released whole or not at all, not in part");
  }
  const deducted = (await caseReceipts(tx, c.id)).byMeasure.get(m.id) ?? 0;
  const controlledFen = Math.max(0, Number(m.amount_fen) - deducted);
  if (!Number.isInteger(amountFen) || amountFen <= 0 || amountFen >= controlledFen) {
    throw refused(
      "amountFen",
      `部分解除的金额须大于 0 且小于该措施控制的金额（${controlledFen} 分）；全部解除请不填金额`,
      `The part released must be more than 0 and less than what the measure controls (${controlledFen} fen); to release all of it, leave the amount out`,
    );
  }
  const newAmountFen = Number(m.amount_fen) - amountFen;
  const ok = await updateMeasureVersioned(tx, m.id, m.version, { amount_fen: newAmountFen });
  if (!ok) throw new DomainError("CONFLICT", { zh: "该措施已被他人更新，请刷新后重试", en: "The measure changed meanwhile; reload and try again" });
  await record(tx, ctx, actorOf(user), c, {
    type: "measure.releasePart",
    entityType: "measure",
    entityId: m.id,
    data: {
      measureId: m.id,
      reason: ground.reason,
      basis: ground.basis,
      registryNoticeRequired: ground.registryNoticeRequired,
      releasedFen: amountFen,
      previousAmountFen: Number(m.amount_fen),
      amountFen: newAmountFen,
      controlledFen: controlledFen - amountFen,
    },
    reason: ground.note,
    ip,
  });
  await stopStandingFreezesOf(tx, ctx, actorOf(user), c, { measureId: m.id }, "部分解除 part of the freeze released", ip);
  return m.id;
}

/**
 * 查封规定(2020) art 27 para 2: once the property has been sold at auction, sold or taken in lieu of
 * payment, the seal, seizure or freeze on it ends of itself — no release ruling. The case's own
 * measures still active on the asset become `completed` on the day ownership passes, their term clocks
 * are met, standing freeze orders stop, and each is recorded. Another court's measures recorded for the
 * queue are that court's to close. Returns the measures ended.
 */
export async function extinguishAssetMeasures(
  tx: Executor,
  ctx: AppContext,
  actor: MeasureActor,
  c: { id: string; court_id: string },
  assetId: string,
  on: IsoDate,
  cause: { kind: "auctionSold" | "transferInLieu" | "fixedPriceSale"; lotId: string },
  ip: string | null,
): Promise<string[]> {
  const ended = await tx
    .updateTable("measures")
    .set((eb) => ({ status: "completed", released_date: on, release_note: "拍卖、变卖或抵债后查封、扣押、冻结效力消灭", version: eb("version", "+", 1) }))
    .where("case_id", "=", c.id)
    .where("asset_id", "=", assetId)
    .where("status", "=", "active")
    .where("external", "=", false)
    .returning(["id"])
    .execute();
  const basis = citeSource("seizureProvisions", "art 27 para 2");
  for (const m of ended) {
    await closeMeasureClocks(tx, m.id, "met", on);
    await stopStandingFreezesOf(tx, ctx, actor, c, { measureId: m.id }, "财产已处置 property disposed of", ip);
    await record(tx, ctx, actor, c, {
      type: "measure.extinguished",
      entityType: "measure",
      entityId: m.id,
      data: { measureId: m.id, assetId, cause: cause.kind, lotId: cause.lotId, on, basis },
      eventDate: on,
      ip,
    });
  }
  return ended.map((m) => m.id);
}

/**
 * Ends the standing freeze orders (轮询冻结) still running on a measure or on every measure of a case,
 * recording each stop. A standing order tops a freeze up to its target: once part of the freeze is
 * released as excess (查封规定 art 19 para 2), the measure is released, or the case is closed, topping
 * it up again would re-freeze what the court has just let go, so the order stops in the same
 * transaction, with the reason.
 */
export async function stopStandingFreezesOf(
  tx: Executor,
  ctx: AppContext,
  actor: MeasureActor,
  c: { id: string; court_id: string },
  scope: { measureId: string } | { caseId: string },
  reason: string,
  ip: string | null,
): Promise<number> {
  const now = today(ctx);
  let q = tx.selectFrom("standing_freezes").select(["id", "measure_id", "target_fen", "frozen_fen"]).where("status", "=", "active");
  q = "measureId" in scope ? q.where("measure_id", "=", scope.measureId) : q.where("case_id", "=", scope.caseId);
  const running = await q.forUpdate().execute();
  for (const o of running) {
    await tx
      .updateTable("standing_freezes")
      .set({ status: "stopped", stopped_reason: reason, stopped_by: actor.id, ended_date: now })
      .where("id", "=", o.id)
      .execute();
    await record(tx, ctx, actor, c, {
      type: "standingFreeze.stop",
      entityType: "standingFreeze",
      entityId: o.id,
      data: { standingFreezeId: o.id, measureId: o.measure_id, targetFen: Number(o.target_fen), frozenFen: Number(o.frozen_fen), automatic: true },
      reason,
      ip,
    });
  }
  return running.length;
}

// ─── lapse (the job) ─────────────────────────────────────────────────────────────────────────────────

/**
 * 查封规定 art 27: a measure whose last day in force has passed without renewal has lapsed. Idempotent:
 * a measure no longer active (or renewed meanwhile) is left alone. Returns whether it lapsed.
 */
export async function lapseMeasure(ctx: AppContext, measureId: string): Promise<boolean> {
  const now = today(ctx);
  return ctx.database.db.transaction().execute(async (tx) => {
    const { c, m } = await lockMeasureOfCase(tx, measureId);
    if (m.status !== "active" || !m.expires || compareIsoDates(m.expires, now) >= 0) return false;
    const l = lapse({ expires: m.expires, assetType: m.asset_type as AssetType, context: m.context }, now);
    if (!l.lapsed) return false;
    const ok = await updateMeasureVersioned(tx, m.id, m.version, { status: "lapsed", lapsed_date: l.lapsedOn });
    if (!ok) return false;
    await closeMeasureClocks(tx, m.id, "cancelled", now);
    await record(tx, ctx, SYSTEM_ACTOR, c, {
      type: "measure.lapse",
      entityType: "measure",
      entityId: m.id,
      data: { measureId: m.id, lastDayInForce: l.lastDayInForce, lapsedOn: l.lapsedOn, basis: l.basis, external: m.external },
      eventDate: l.lapsedOn,
    });
    if (m.rank === "first") await promoteOnAsset(tx, ctx, c, m.asset_id, now, SYSTEM_ACTOR, null);
    return true;
  });
}

// ─── shared pieces ───────────────────────────────────────────────────────────────────────────────────

/** Beijing time "YYYY-MM-DDTHH:mm:ss", strictly increasing along the stored queue order. */
export function toQueue(rows: readonly MeasureWithAsset[]): QueueMeasure[] {
  let prev = "";
  return rows.map((m) => {
    let key = new Date(new Date(m.registered_at).getTime() + 8 * 3600_000).toISOString().slice(0, 19);
    if (key <= prev) key = new Date(Date.parse(`${prev}Z`) + 1000).toISOString().slice(0, 19);
    prev = key;
    return {
      id: m.id,
      assetType: m.asset_type as AssetType,
      kind: m.kind,
      context: m.context,
      position: m.rank,
      registeredAt: key,
      startDate: m.start_date,
      expires: m.expires,
      // A completed freeze (all deducted) holds nothing any more, like a released one.
      releasedOn: m.status === "released" ? m.released_date : m.status === "completed" ? m.start_date : null,
      ...(m.registry_receipt_date ? { registryReceiptDate: m.registry_receipt_date } : {}),
    };
  });
}

/**
 * After the first measure on an asset ended (released or lapsed): 查封规定 art 26 para 1, the queued
 * measure registered earliest takes effect, with a full term from then (the domain's default).
 */
async function promoteOnAsset(tx: Executor, ctx: AppContext, c: LockedCase, assetId: string, now: IsoDate, actor: MeasureActor, ip: string | null): Promise<Promotion[]> {
  const cal = ctx.calendar.get();
  // A deduct is a one-off and holds nothing (it never ranks in the queue).
  const rows = (await listAssetMeasures(tx, assetId)).filter((r) => r.kind !== "deduct");
  const byId = new Map(rows.map((r) => [r.id, r]));
  const result = promoteQueue(toQueue(rows), now, cal);
  for (const s of result.skipped) {
    const m = byId.get(s.measureId)!;
    if (s.reason === "lapsedWhileQueued" && m.status === "active") {
      await updateMeasureVersioned(tx, m.id, m.version, { status: "lapsed", lapsed_date: now });
      await record(tx, ctx, actor, c, { type: "measure.lapse", entityType: "measure", entityId: m.id, data: { measureId: m.id, whileQueued: true }, ip });
    }
  }
  for (const p of result.promotions) {
    const m = byId.get(p.measureId)!;
    const ok = await updateMeasureVersioned(tx, m.id, m.version, {
      rank: "first",
      counts_from: p.countsFrom,
      expires: p.expires,
      basis: JSON.stringify(p.basis),
    });
    if (!ok) throw new DomainError("CONFLICT", { zh: "轮候措施已被他人更新，请重试", en: "A queued measure changed meanwhile; try again" });
    if (p.countsFrom && p.expires && !m.external) {
      await openMeasureClocks(tx, cal, m, { countsFrom: p.countsFrom, expires: p.expires, period: null, basis: p.basis }, now);
    }
    await record(tx, ctx, actor, c, {
      type: "measure.promote",
      entityType: "measure",
      entityId: m.id,
      data: { measureId: m.id, previousFirstId: p.previousFirstId, cause: p.cause, effectiveFrom: p.effectiveFrom, expires: p.expires, basis: p.basis },
      ip,
    });
  }
  return result.promotions;
}

async function openMeasureClocks(
  tx: Executor,
  cal: StatutoryCalendar,
  m: { id: string; court_id: string; case_id: string },
  term: Term,
  now: IsoDate,
): Promise<void> {
  const base = { court_id: m.court_id, case_id: m.case_id, measure_id: m.id, status: "open" as const, met_date: null, reminded_at: null, overdue_notified_at: null, provisional: false };
  const reminders = expiryReminders({ expires: term.expires, startDate: now }, cal);
  const renewalBasis = citeSource("civilProcedureInterpretation", "art 485 para 2");
  await insertMeasureClocks(tx, [
    {
      ...base,
      id: randomUUID(),
      kind: MEASURE_EXPIRY_CLOCK,
      start_date: term.countsFrom,
      due_date: term.expires,
      basis: JSON.stringify(term.basis[0] ?? citeSource("civilProcedureInterpretation", "art 485 para 1")),
      counted_from: term.countsFrom,
      period_unit: term.period?.unit ?? null,
      period_n: term.period?.n ?? null,
    },
    ...reminders.reminders.map((r) => ({
      ...base,
      id: randomUUID(),
      kind: MEASURE_REMINDER_CLOCK,
      start_date: now,
      due_date: r.date,
      basis: JSON.stringify(renewalBasis),
      counted_from: null,
      period_unit: null,
      period_n: null,
    })),
  ]);
}

export type ControlFigures = {
  claimFen: number;
  enforcementFeeFen: number;
  delayInterestFen: number;
  receivedFen: number;
  limitFen: number;
  controlledFen: number;
  /** Our own active measures and what each still holds. */
  measures: { id: string; valueFen: number; registeredAt: string; indivisible: boolean }[];
  basis: Citation[];
};

/**
 * The case's control limit on `on` and what it controls (查封规定 art 19): the money duties (principal,
 * interest, costs) + the enforcement fee on them (诉讼费用交纳办法 art 14) + the doubled delay interest on
 * the principal to date (from the basis's performance deadline, or its effective date) − what the ledger
 * received. Controlled: our active measures' amounts less what was deducted under each. Null when the
 * case has no money claim (a conduct-only case: art 19 measures against 债权额).
 */
export async function controlFigures(db: Executor, c: LockedCase | { id: string; basis_effective_date: string; basis_performance_deadline: string | null }, on: IsoDate): Promise<ControlFigures | null> {
  const duties = await caseMoneyDuties(db, c.id);
  if (!duties.length) return null;
  const sum = (cat?: string) => duties.filter((d) => !cat || d.category === cat).reduce((s, d) => s + d.amount_fen, 0);
  const total = sum();
  const principal = sum("principal");
  const fee = total > 0 ? computeEnforcementFee(total).feeFen : 0;
  const claim = claimPlusCostsToDate({
    principalFen: principal,
    enforcementFeeFen: fee,
    otherCostsFen: total - principal,
    delayFrom: c.basis_performance_deadline ?? c.basis_effective_date,
    today: on,
  });
  const receipts = await caseReceipts(db, c.id);
  const rows = await db
    .selectFrom("measures")
    .innerJoin("assets", "assets.id", "measures.asset_id")
    .select(["measures.id", "measures.amount_fen", "measures.registered_at", "assets.indivisible"])
    .where("measures.case_id", "=", c.id)
    .where("measures.status", "=", "active")
    .where("measures.external", "=", false)
    .orderBy("measures.registered_at")
    .orderBy("measures.created_at")
    .orderBy("measures.id")
    .execute();
  let prev = "";
  const measures = rows.map((r) => {
    let key = new Date(new Date(r.registered_at).getTime() + 8 * 3600_000).toISOString().slice(0, 19);
    if (key <= prev) key = new Date(Date.parse(`${prev}Z`) + 1000).toISOString().slice(0, 19);
    prev = key;
    return { id: r.id, valueFen: Math.max(0, Number(r.amount_fen) - (receipts.byMeasure.get(r.id) ?? 0)), registeredAt: key, indivisible: r.indivisible };
  });
  return {
    claimFen: total,
    enforcementFeeFen: fee,
    delayInterestFen: claim.delayInterestFen,
    receivedFen: receipts.totalFen,
    limitFen: Math.max(0, claim.limitFen - receipts.totalFen),
    controlledFen: measures.reduce((s, m) => s + m.valueFen, 0),
    measures,
    basis: [...claim.basis, citeSource("litigationFees", "art 14(1)2")],
  };
}

/** The case event and the audit record of one change, in the caller's transaction. */
export async function record(
  tx: Executor,
  ctx: AppContext,
  actor: MeasureActor,
  c: { id: string; court_id: string },
  e: { type: string; entityType: string; entityId: string; data: Record<string, unknown>; reason?: string | null; eventDate?: IsoDate; ip?: string | null },
): Promise<void> {
  await appendEvent(tx, {
    id: randomUUID(),
    court_id: c.court_id,
    case_id: c.id,
    type: e.type,
    at: ctx.now(),
    event_date: e.eventDate ?? today(ctx),
    actor_id: actor.id,
    actor_name: actor.name,
    actor_role: actor.role,
    reason: e.reason ?? null,
    data: JSON.stringify(e.data),
  });
  await writeAudit(tx, {
    courtId: c.court_id,
    actorId: actor.id,
    actorRole: actor.role,
    action: e.type,
    entityType: e.entityType,
    entityId: e.entityId,
    caseId: c.id,
    detail: e.data,
    ip: e.ip ?? null,
  });
}
