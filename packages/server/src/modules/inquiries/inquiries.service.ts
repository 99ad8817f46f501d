// Online inquiries (网络执行查控系统, 执行工作实施计划 item 4: "严格规范查控行为，确保信息安全"). Who may
// query, on which cases, how often; the outside systems are asked outside any database transaction (they
// are network calls), then one transaction stores the inquiry, its results, the assets found and the
// audit record — an inquiry is stored whole or not at all.
//
// Who may query (our reading of "信息安全" for this system, not a statute's list):
//   - the case's handler (承办人), and the division head (执行局负责人) of the case's court;
//   - a supervisor (上级法院监督) of a court above the case's court, only with a recorded supervision
//     reason;
//   - nobody else: another officer of the same court gets 403; parties and strangers get 404.
// Everyone states the purpose (at least 10 characters); it goes to every provider and into the audit log.
//
// On which cases: registered and not refused or closed — except a case closed by 终结本次执行程序, which
// the court must query again every 6 months for 5 years (终本规定 art 9, rules.md §16).
//
// How often (PRODUCT CHOICES, not statute; configurable): at most 20 inquiries per user in any hour
// (ZHIXING_INQUIRY_LIMIT_PER_USER_HOUR) and 5 per case in any 24 hours (ZHIXING_INQUIRY_LIMIT_PER_CASE_DAY).
// Each provider call may take ZHIXING_INQUIRY_TIMEOUT_MS (default 10 000 ms) before it counts as failed.
import { startOpenInvestigations } from "../clues/investigation.service";
import { randomUUID } from "node:crypto";
import { userInfo } from "node:os";
import { ancestorCourtIds, countInquiriesSince, insertInquiry, lockInquiryScope, writeAudit, type Executor, type NewInquiryResult } from "@zhixing/db";
import { compareIsoDates, DomainError, addMonthsClamped, invalidField, isStaffRole, type IsoDate, type Localized } from "@zhixing/domain";
import {
  createInquiryProviders,
  PROVIDER_KEYS,
  type InquiryProvider,
  type InquiryRequest,
  type ProviderItem,
  type ProviderKey,
  type ProviderResult,
} from "../../adapters/inquiry";
import { today, type AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import { caseNotFound } from "../cases/case-access";
import { PURPOSE_MIN } from "./inquiries.schemas";

export type InquiryLimits = { perUserPerHour: number; perCasePerDay: number };

export type InquirySettings = {
  providers: InquiryProvider[];
  limits: InquiryLimits;
  providerTimeoutMs: number;
  /** At most this many provider calls at once within one inquiry. */
  maxConcurrency: number;
};

function envInt(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be a whole number from ${min} to ${max}; got ${JSON.stringify(raw)}`);
  return n;
}

export function inquirySettingsFromEnv(): InquirySettings {
  return {
    providers: createInquiryProviders({ kind: "simulator" }),
    limits: {
      perUserPerHour: envInt("ZHIXING_INQUIRY_LIMIT_PER_USER_HOUR", 20, 1, 100_000),
      perCasePerDay: envInt("ZHIXING_INQUIRY_LIMIT_PER_CASE_DAY", 5, 1, 100_000),
    },
    providerTimeoutMs: envInt("ZHIXING_INQUIRY_TIMEOUT_MS", 10_000, 1, 600_000),
    maxConcurrency: 16,
  };
}

// Settings belong to an application context (tests configure theirs; the server and CLI read the
// environment once), without widening AppContext for one module.
const SETTINGS = new WeakMap<object, InquirySettings>();

export function inquirySettings(ctx: AppContext): InquirySettings {
  let s = SETTINGS.get(ctx);
  if (!s) {
    s = inquirySettingsFromEnv();
    SETTINGS.set(ctx, s);
  }
  return s;
}

export function configureInquiries(ctx: AppContext, patch: Partial<InquirySettings>): InquirySettings {
  const s = { ...inquirySettings(ctx), ...patch };
  SETTINGS.set(ctx, s);
  return s;
}

export type InquiryBasis = "handler" | "divisionHead" | "supervisor";

type CaseForInquiry = {
  id: string;
  court_id: string;
  status: string;
  handler_id: string | null;
  case_number: string | null;
  closure_mode: string | null;
  closure_date: string | null;
};

async function loadCase(db: Executor, caseId: string): Promise<CaseForInquiry> {
  const c = await db
    .selectFrom("cases")
    .select(["id", "court_id", "status", "handler_id", "case_number", "closure_mode", "closure_date"])
    .where("id", "=", caseId)
    .executeTakeFirst();
  if (!c) throw caseNotFound();
  return c;
}

const forbidden = (zh: string, en: string, field?: string) => new DomainError("FORBIDDEN", { zh, en }, field ? { field } : {});

/**
 * May this user run an inquiry on this case, and on what footing? Parties and users of unrelated courts
 * get NOT_FOUND (the case's existence does not leak); staff who may see the case but not query get
 * FORBIDDEN; a supervisor without a reason gets PRECONDITION_FAILED naming supervisionReason.
 */
export async function inquiryBasis(db: Executor, user: AuthUser, c: CaseForInquiry, supervisionReason: string | undefined): Promise<InquiryBasis> {
  if (!isStaffRole(user.role) || !user.courtId) throw caseNotFound();
  let basis: InquiryBasis;
  if (user.courtId === c.court_id) {
    if (c.handler_id === user.id) basis = "handler";
    else if (user.role === "divisionHead") basis = "divisionHead";
    else {
      throw forbidden(
        "只有本案承办人或本院执行局负责人可以发起网络查控",
        "Only the case's handler or the division head of its court may run an online inquiry",
      );
    }
  } else {
    const above = await ancestorCourtIds(db, c.court_id);
    if (!above.includes(user.courtId)) throw caseNotFound();
    if (user.role !== "supervisor") {
      throw forbidden("上级法院仅监督人员可以发起网络查控", "Of a higher court, only a supervisor may run an online inquiry");
    }
    if (!supervisionReason) {
      throw new DomainError(
        "PRECONDITION_FAILED",
        { zh: "上级法院监督查询须记录监督理由（supervisionReason）", en: "A supervisor of a higher court must record a supervision reason (supervisionReason)" },
        { field: "supervisionReason" },
      );
    }
    basis = "supervisor";
  }
  if (basis !== "supervisor" && supervisionReason) {
    throw invalidField("supervisionReason", { zh: "只有上级法院监督人员填写监督理由", en: "Only a supervisor of a higher court gives a supervision reason" });
  }
  return basis;
}

/** Registered and still running; or closed by 终本 within the 5 years of 6-monthly re-inquiries (终本规定 art 9). */
export function assertQueryable(c: CaseForInquiry, now: IsoDate): void {
  if (c.status === "registered" || c.status === "assigned" || c.status === "inProgress") return;
  if (c.status === "closed" && c.closure_mode === "suspendedNoAssets" && c.closure_date && compareIsoDates(now, addMonthsClamped(c.closure_date, 60)) <= 0) return;
  const why: Record<string, Localized> = {
    applied: { zh: "案件尚未立案，不能发起网络查控", en: "The case is not registered yet; no online inquiry before registration" },
    refused: { zh: "案件已裁定不予受理，不能发起网络查控", en: "Registration was refused; no online inquiry" },
    closed: { zh: "案件已结案，不能发起网络查控（终结本次执行程序五年内的定期查询除外）", en: "The case is closed; no online inquiry (except the periodic ones within 5 years of 终本)" },
  };
  throw new DomainError("PRECONDITION_FAILED", why[c.status] ?? { zh: "案件当前状态不能发起网络查控", en: "No online inquiry in the case's current state" });
}

async function assertWithinLimits(db: Executor, limits: InquiryLimits, userId: string, caseId: string, at: Date): Promise<void> {
  const byUser = await countInquiriesSince(db, { userId, since: new Date(at.getTime() - 3_600_000) });
  if (byUser >= limits.perUserPerHour) {
    throw new DomainError("RATE_LIMITED", {
      zh: `每名用户每小时最多发起 ${limits.perUserPerHour} 次网络查控，请稍后再试`,
      en: `At most ${limits.perUserPerHour} online inquiries per user in an hour; try again later`,
    });
  }
  const byCase = await countInquiriesSince(db, { caseId, since: new Date(at.getTime() - 86_400_000) });
  if (byCase >= limits.perCasePerDay) {
    throw new DomainError("RATE_LIMITED", {
      zh: `同一案件 24 小时内最多发起 ${limits.perCasePerDay} 次网络查控，请稍后再试`,
      en: `At most ${limits.perCasePerDay} online inquiries per case in 24 hours; try again later`,
    });
  }
}

const clip = (s: unknown, max: number): string => String(s ?? "").slice(0, max);

/** An adapter's answer checked and trimmed to what we store; anything malformed counts as an error. */
export function normalizeResult(r: unknown): ProviderResult {
  const bad: ProviderResult = { status: "error", items: [], error: "接口返回数据格式不正确" };
  if (!r || typeof r !== "object") return bad;
  const x = r as Partial<ProviderResult>;
  if (x.status === "error") return { status: "error", items: [], error: clip(x.error || "查询失败（未说明原因）", 500) };
  if (x.status !== "found" && x.status !== "none") return bad;
  if (!Array.isArray(x.items)) return bad;
  const items: ProviderItem[] = [];
  for (const it of x.items.slice(0, 200)) {
    if (!it || typeof it !== "object" || !it.identifier || !it.assetType) return bad;
    const amount = it.amountFen;
    if (amount !== null && amount !== undefined && !(Number.isSafeInteger(amount) && amount >= 0)) return bad;
    items.push({
      assetType: clip(it.assetType, 40) as ProviderItem["assetType"],
      holder: clip(it.holder, 200),
      identifier: clip(it.identifier, 200),
      description: clip(it.description, 2000),
      amountFen: amount ?? null,
    });
  }
  return items.length ? { status: "found", items } : { status: "none", items: [] };
}

async function callProvider(p: InquiryProvider, req: InquiryRequest, timeoutMs: number): Promise<ProviderResult> {
  const ac = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<ProviderResult>((resolve) => {
    timer = setTimeout(() => {
      ac.abort();
      resolve({ status: "error", items: [], error: `查询超时：${timeoutMs} 毫秒内未答复` });
    }, timeoutMs);
  });
  try {
    const call = Promise.resolve()
      .then(() => p.query({ ...req, signal: ac.signal }))
      .then(normalizeResult, (e: unknown) => ({ status: "error" as const, items: [], error: clip(`查询失败：${(e as Error)?.message ?? e}`, 500) }));
    return await Promise.race([call, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function inPool<T>(tasks: (() => Promise<T>)[], size: number): Promise<T[]> {
  const out: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      out[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(size, tasks.length)) }, worker));
  return out;
}

export type RunInquiryInput = { caseId: string; purpose: string; providers?: ProviderKey[]; supervisionReason?: string };
export type RunInquiryOptions = { ip?: string | null; channel?: "api" | "cli" };

/** Runs an online inquiry on a case's respondents and stores it; returns the inquiry's id. */
export async function runInquiry(ctx: AppContext, user: AuthUser, input: RunInquiryInput, opts: RunInquiryOptions = {}): Promise<string> {
  const db = ctx.database.db;
  const settings = inquirySettings(ctx);
  const purpose = input.purpose.trim();
  const supervisionReason = input.supervisionReason?.trim() || undefined;
  if (purpose.length < PURPOSE_MIN) {
    throw invalidField("purpose", { zh: `请写明查询事由，至少 ${PURPOSE_MIN} 个字`, en: `State the purpose of the inquiry in at least ${PURPOSE_MIN} characters` });
  }
  if (supervisionReason !== undefined && supervisionReason.length < PURPOSE_MIN) {
    throw invalidField("supervisionReason", { zh: `请写明监督查询理由，至少 ${PURPOSE_MIN} 个字`, en: `State the supervision reason in at least ${PURPOSE_MIN} characters` });
  }
  const keys = input.providers?.length ? [...new Set(input.providers)] : [...PROVIDER_KEYS];
  const providers = keys.map((k) => {
    const p = settings.providers.find((x) => x.key === k);
    if (!p) throw invalidField("providers", { zh: `查询对象 ${k} 未接入`, en: `Provider ${k} is not connected` });
    return p;
  });

  const c = await loadCase(db, input.caseId);
  const basis = await inquiryBasis(db, user, c, supervisionReason);
  assertQueryable(c, today(ctx));
  await assertWithinLimits(db, settings.limits, user.id, c.id, ctx.now());
  const respondents = await db
    .selectFrom("case_parties")
    .select(["id", "name", "id_type", "id_number"])
    .where("case_id", "=", c.id)
    .where("role", "=", "respondent")
    .orderBy("position")
    .execute();
  if (!respondents.length) throw new DomainError("PRECONDITION_FAILED", { zh: "案件没有被执行人", en: "The case has no respondent" });

  // The outside systems, concurrently, outside any transaction.
  const id = randomUUID();
  const startedAt = ctx.now();
  const calls = respondents.flatMap((party) => providers.map((provider) => ({ party, provider })));
  const answers = await inPool(
    calls.map(({ party, provider }) => () =>
      callProvider(
        provider,
        { caseId: c.id, respondent: { name: party.name, idType: party.id_type, idNumber: party.id_number }, purpose, requestId: id },
        settings.providerTimeoutMs,
      ),
    ),
    settings.maxConcurrency,
  );

  // Results in provider order, then respondent order, then item order.
  const results: NewInquiryResult[] = [];
  for (const provider of providers) {
    calls.forEach((call, i) => {
      if (call.provider !== provider) return;
      const a = answers[i]!;
      const base = { provider: provider.key, party_id: call.party.id };
      if (a.status === "found") {
        for (const it of a.items) {
          results.push({ ...base, status: "found", asset_type: it.assetType, holder: it.holder, identifier: it.identifier, description: it.description, amount_fen: it.amountFen, error: null, position: results.length });
        }
      } else {
        results.push({ ...base, status: a.status, asset_type: null, holder: null, identifier: null, description: null, amount_fen: null, error: a.status === "error" ? (a.error ?? "查询失败") : null, position: results.length });
      }
    });
  }
  const failedCalls = answers.filter((a) => a.status === "error").length;
  const status = failedCalls === 0 ? "done" : failedCalls === answers.length ? "failed" : "partial";
  const itemsFound = results.filter((r) => r.status === "found").length;
  const completedAt = ctx.now();

  try {
    await db.transaction().execute(async (tx) => {
      await lockInquiryScope(tx, user.id, c.id);
      // Counted again under the locks: a concurrent inquiry may have used the last one meanwhile.
      await assertWithinLimits(tx, settings.limits, user.id, c.id, completedAt);
      assertQueryable(await loadCase(tx, c.id), today(ctx));
      const stored = await insertInquiry(
        tx,
        {
          id,
          court_id: c.court_id,
          case_id: c.id,
          requested_by: user.id,
          purpose,
          providers: JSON.stringify(keys),
          status,
          created_at: startedAt,
          completed_at: completedAt,
          supervision_reason: supervisionReason ?? null,
        },
        results,
      );
      await writeAudit(tx, {
        courtId: c.court_id,
        actorId: user.id,
        actorRole: user.role,
        action: "inquiry.run",
        entityType: "inquiry",
        entityId: id,
        caseId: c.id,
        detail: {
          purpose,
          providers: keys,
          basis,
          ...(supervisionReason ? { supervisionReason } : {}),
          respondents: respondents.length,
          status,
          itemsFound,
          failedCalls,
          assetsCreated: stored.assetsCreated,
          channel: opts.channel ?? "api",
          ...(opts.channel === "cli" ? { osUser: osUser() } : {}),
        },
        ip: opts.ip ?? null,
      });
      // 若干期限规定 art 6: the court's own inquiry on the case starts the investigation the applicant asked for.
      if (user.courtId === c.court_id) await startOpenInvestigations(tx, ctx, c, user, id, opts.ip ?? null);
    });
  } catch (e) {
    // The outside systems were asked but nothing is stored: that they were asked still goes on record.
    if (e instanceof DomainError) {
      await writeAudit(db, {
        courtId: c.court_id,
        actorId: user.id,
        actorRole: user.role,
        action: "inquiry.discarded",
        entityType: "inquiry",
        entityId: id,
        caseId: c.id,
        detail: { purpose, providers: keys, basis, reason: e.code },
        ip: opts.ip ?? null,
      });
    }
    throw e;
  }
  return id;
}

function osUser(): string | null {
  try {
    return userInfo().username;
  } catch {
    return null;
  }
}
