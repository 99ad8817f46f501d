// The simulator behind the price platforms and the appraisal agencies until real connections exist.
//
// Deterministic: every draw comes from a seeded PRNG (mulberry32) whose seed is the SHA-256 of the
// simulator seed (ZHIXING_VALUATION_SIMULATOR_SEED, else ZHIXING_SIMULATOR_SEED, else "zhixing") and
// what is drawn: the same commission gets the same behaviour and the same result on every machine.
//
// Realistic:
//   - Each asset has a "true" market value (from the value the court holds, within ±20 %, or drawn
//     by asset type); every platform and agency prices around it — each platform with its own bias
//     of up to ±4 % and a spread of ±6 %, each agency within ±8 % — so the averages move.
//   - Platforms (淘宝网 / 京东 / 工行融e购-like names, all marked 模拟): about 70 % report within the 3
//     days (day 0–3 after receipt), 15 % are late but apply for an extension on day 1–3 and report on
//     day 4–6, 10 % are late without applying (day 4–8), 5 % never report.
//   - Agencies: about 65 % report in 10–30 days, 15 % apply for an extension (5–15 days) on day 15–24
//     and report within it, 20 % default (no report, no application): the next agency is commissioned.
//   - Reports state a validity of one year (art 27's maximum).
//
// Imperfect on purpose: every call waits a seeded latency around ZHIXING_VALUATION_SIMULATOR_LATENCY_MS
// (default 80 ms, ±50 %), and with probability ZHIXING_VALUATION_SIMULATOR_FAILURE_RATE (default 0.05)
// a call fails with the kind of message a real system sends; the draw depends on the call's day, so the
// next day's collection usually succeeds. Tests and demos can fix a platform's or an agency's
// behaviour (`platformScript`, `agencyScript`) instead of drawing it.
import { createHash } from "node:crypto";
import { addDays, compareIsoDates, maxValidUntil, type IsoDate } from "@zhixing/domain";
import type {
  AgencyLibrary,
  AgencyReply,
  AppraisalAgencies,
  AppraisalAgency,
  CommissionAck,
  CommissionRequest,
  PlatformReply,
  PollRequest,
  PricePlatform,
  ReissuePoll,
  ReissueReply,
  ReviewPoll,
  ReviewReply,
  ValuedAsset,
} from "./valuation-provider";

/** A platform's fixed behaviour: report this many days after receipt (null: never), apply for an extension on that day; re-issue N days after the request (null: never). */
export type PlatformScript = { reportAfterDays: number | null; extensionAfterDays?: number | null; resultPermille?: number; reissueAfterDays?: number | null; reissuePermille?: number };
/**
 * An agency's fixed behaviour: report after N days (null: default), ask for `days` more on day `afterDays`;
 * answer an art 20 order N days after it (explained, or corrected to `resultPermille` of the true value;
 * null: silent); re-issue N days after the request (null: never).
 */
export type AgencyScript = {
  reportAfterDays: number | null;
  extension?: { afterDays: number; days: number } | null;
  resultPermille?: number;
  review?: { kind: "explained" | "corrected"; afterDays: number; resultPermille?: number } | null;
  reissueAfterDays?: number | null;
  reissuePermille?: number;
};

export type ValuationSimulatorOptions = {
  seed: string;
  /** Mean latency of one call in ms; each call waits between 0.5× and 1.5× of it. */
  latencyMs: number;
  /** Probability (0–1) that one call fails. */
  failureRate: number;
  platformScript?: Readonly<Record<string, PlatformScript>>;
  agencyScript?: Readonly<Record<string, AgencyScript>>;
};

function envNumber(name: string, fallback: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0 || n > max) throw new Error(`${name} must be a number from 0 to ${max}; got ${JSON.stringify(raw)}`);
  return n;
}

export function valuationSimulatorOptionsFromEnv(): ValuationSimulatorOptions {
  return {
    seed: process.env.ZHIXING_VALUATION_SIMULATOR_SEED || process.env.ZHIXING_SIMULATOR_SEED || "zhixing",
    latencyMs: envNumber("ZHIXING_VALUATION_SIMULATOR_LATENCY_MS", 80, 600_000),
    failureRate: envNumber("ZHIXING_VALUATION_SIMULATOR_FAILURE_RATE", 0.05, 1),
  };
}

// ---- seeded randomness ----------------------------------------------------------------------------

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rand {
  private readonly next: () => number;
  constructor(...parts: string[]) {
    const h = createHash("sha256").update(parts.join("\u0000")).digest();
    this.next = mulberry32(h.readUInt32LE(0));
  }
  float(): number {
    return this.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }
  amount(min: number, max: number): number {
    return Math.round(Math.exp(Math.log(min) + this.next() * (Math.log(max) - Math.log(min))));
  }
}

// ---- the simulated parties --------------------------------------------------------------------------

export const SIMULATED_PLATFORMS = [
  { id: "sim-taobao", label: { zh: "淘宝网司法询价平台（模拟）", en: "Taobao judicial price inquiry (simulated)" } },
  { id: "sim-jd", label: { zh: "京东司法询价平台（模拟）", en: "JD judicial price inquiry (simulated)" } },
  { id: "sim-icbc", label: { zh: "工行融e购司法询价平台（模拟）", en: "ICBC e-Buy judicial price inquiry (simulated)" } },
] as const;

const AGENCY_ROWS: readonly [string, string, AgencyLibrary, string][] = [
  ["sim-ag-01", "京华信诚资产评估有限公司（模拟）", "assets", "北京"],
  ["sim-ag-02", "中衡正信资产评估有限公司（模拟）", "assets", "北京"],
  ["sim-ag-03", "北方天元资产评估事务所（模拟）", "assets", "天津"],
  ["sim-ag-04", "华夏博远资产评估有限公司（模拟）", "assets", "上海"],
  ["sim-ag-05", "长城明德资产评估有限公司（模拟）", "assets", "北京"],
  ["sim-ag-06", "海岳中鉴资产评估有限公司（模拟）", "assets", "深圳"],
  ["sim-ag-07", "东方知衡知识产权资产评估有限公司（模拟）", "assets", "北京"],
  ["sim-re-01", "京都安居房地产估价有限公司（模拟）", "realEstate", "北京"],
  ["sim-re-02", "首信恒泰房地产土地评估有限公司（模拟）", "realEstate", "北京"],
  ["sim-re-03", "中原广厦房地产估价有限公司（模拟）", "realEstate", "郑州"],
  ["sim-re-04", "燕京置信房地产估价有限公司（模拟）", "realEstate", "北京"],
  ["sim-re-05", "金桥永诚房地产评估有限公司（模拟）", "realEstate", "上海"],
];

export const SIMULATED_AGENCIES: readonly AppraisalAgency[] = AGENCY_ROWS.map(([id, name, library, region]) => Object.freeze({ id, name, library, region }));

/** Value ranges by asset type (fen) for assets the court holds no value for. */
const VALUE_RANGE: Readonly<Record<string, [number, number]>> = {
  realEstate: [50_000_000, 3_000_000_000],
  vehicle: [3_000_000, 60_000_000],
  equipment: [1_000_000, 200_000_000],
  infringingStock: [500_000, 50_000_000],
  equity: [1_000_000, 1_000_000_000],
  securities: [1_000_000, 300_000_000],
  patent: [2_000_000, 500_000_000],
  trademark: [1_000_000, 300_000_000],
  copyright: [500_000, 100_000_000],
  domainName: [100_000, 20_000_000],
  receivable: [1_000_000, 200_000_000],
  insurance: [500_000, 50_000_000],
};

/** The asset's "true" market value in fen, the same for every platform and agency. */
export function simulatedTrueValueFen(opts: Pick<ValuationSimulatorOptions, "seed">, asset: ValuedAsset): number {
  const r = new Rand(opts.seed, "asset", asset.id);
  if (asset.declaredValueFen !== null && asset.declaredValueFen > 0) return Math.max(10_000, Math.round(asset.declaredValueFen * r.between(0.8, 1.2)));
  const [min, max] = VALUE_RANGE[asset.type] ?? [1_000_000, 100_000_000];
  return r.amount(min, max);
}

/** Rounded to the yuan, as reports state results; at least 1 yuan. */
const toYuan = (fen: number) => Math.max(100, Math.round(fen / 100) * 100);

const PLATFORM_FAILURES = ["询价系统升级维护中，请稍后重试", "接口调用超时（504），请稍后重试", "平台繁忙，委托排队中，请稍后再试", "数据服务异常，暂时无法返回结果"];
const AGENCY_FAILURES = ["评估机构系统对接异常，请稍后重试", "评估业务系统维护中", "机构回执超时，请稍后重试"];

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(t);
      resolve();
    });
  });
}

async function call(opts: ValuationSimulatorOptions, key: string[], signal: AbortSignal | undefined, failures: readonly string[]): Promise<string | null> {
  const r = new Rand(opts.seed, "call", ...key);
  await sleep(Math.round(opts.latencyMs * r.between(0.5, 1.5)), signal);
  return r.float() < opts.failureRate ? failures[r.int(0, failures.length - 1)]! : null;
}

/** What a platform does on one commission: drawn from the seed, or scripted. */
export function platformBehaviour(opts: ValuationSimulatorOptions, platformId: string, commissionId: string): Required<Pick<PlatformScript, "reportAfterDays" | "extensionAfterDays" | "resultPermille">> {
  const scripted = opts.platformScript?.[platformId];
  const r = new Rand(opts.seed, "platform", platformId, commissionId);
  const bias = new Rand(opts.seed, "platform-bias", platformId).between(-0.04, 0.04);
  const resultPermille = scripted?.resultPermille ?? Math.round(1000 * (1 + bias + r.between(-0.06, 0.06)));
  if (scripted) return { reportAfterDays: scripted.reportAfterDays, extensionAfterDays: scripted.extensionAfterDays ?? null, resultPermille };
  const x = r.float();
  if (x < 0.7) return { reportAfterDays: r.int(0, 3), extensionAfterDays: null, resultPermille };
  if (x < 0.85) return { reportAfterDays: r.int(4, 6), extensionAfterDays: r.int(1, 3), resultPermille };
  if (x < 0.95) return { reportAfterDays: r.int(4, 8), extensionAfterDays: null, resultPermille };
  return { reportAfterDays: null, extensionAfterDays: null, resultPermille };
}

/** What an agency does on one commission: drawn from the seed, or scripted. */
export function agencyBehaviour(opts: ValuationSimulatorOptions, agencyId: string, commissionId: string): Required<Pick<AgencyScript, "reportAfterDays" | "extension" | "resultPermille">> {
  const scripted = opts.agencyScript?.[agencyId];
  const r = new Rand(opts.seed, "agency", agencyId, commissionId);
  const resultPermille = scripted?.resultPermille ?? Math.round(1000 * (1 + r.between(-0.08, 0.08)));
  if (scripted) return { reportAfterDays: scripted.reportAfterDays, extension: scripted.extension ?? null, resultPermille };
  const x = r.float();
  if (x < 0.65) return { reportAfterDays: r.int(10, 30), extension: null, resultPermille };
  if (x < 0.8) {
    const days = r.int(5, 15);
    return { reportAfterDays: 30 + r.int(1, days), extension: { afterDays: r.int(15, 24), days }, resultPermille };
  }
  return { reportAfterDays: null, extension: null, resultPermille };
}

const reached = (req: PollRequest, afterDays: number | null): IsoDate | null => {
  if (afterDays === null) return null;
  const d = addDays(req.commissionDate, afterDays);
  return compareIsoDates(d, req.asOf) <= 0 ? d : null;
};

function reportNo(prefix: string, id: string, commissionId: string, date: IsoDate): string {
  const n = createHash("sha256").update(`${id}/${commissionId}`).digest("hex").slice(0, 6).toUpperCase();
  return `${prefix}${date.slice(0, 4)}${date.slice(5, 7)}-${n}`;
}

export function createSimulatedPlatforms(opts: ValuationSimulatorOptions): PricePlatform[] {
  return SIMULATED_PLATFORMS.map((p) => ({
    id: p.id,
    label: p.label,
    async commission(req: CommissionRequest): Promise<CommissionAck> {
      const failed = await call(opts, [p.id, req.commissionId, "commission"], req.signal, PLATFORM_FAILURES);
      if (failed) return { status: "error", error: `${p.label.zh}：${failed}` };
      return { status: "received", receivedDate: req.commissionDate, reference: reportNo("XJ", p.id, req.commissionId, req.commissionDate) };
    },
    async poll(req: PollRequest): Promise<PlatformReply> {
      const failed = await call(opts, [p.id, req.commissionId, req.asOf], req.signal, PLATFORM_FAILURES);
      if (failed) return { status: "error", error: `${p.label.zh}：${failed}` };
      const b = platformBehaviour(opts, p.id, req.commissionId);
      const extensionRequestDate = reached(req, b.extensionAfterDays);
      const reportDate = reached(req, b.reportAfterDays);
      if (!reportDate) return { status: "pending", extensionRequestDate };
      const resultFen = toYuan((simulatedTrueValueFen(opts, req.asset) * b.resultPermille) / 1000);
      return {
        status: "reported",
        extensionRequestDate,
        report: { reportNo: reportNo("WLXJ", p.id, req.commissionId, reportDate), reportDate, resultFen, validUntil: maxValidUntil(reportDate), method: "市场法（同类财产成交价格大数据比对）" },
      };
    },
    async pollReissue(req: ReissuePoll): Promise<ReissueReply> {
      const failed = await call(opts, [p.id, req.reissueId, req.asOf], req.signal, PLATFORM_FAILURES);
      if (failed) return { status: "error", error: `${p.label.zh}：${failed}` };
      const b = reissueBehaviour(opts, "platform", p.id, req.reissueId, opts.platformScript?.[p.id]);
      const reportDate = b.afterDays === null ? null : addDays(req.requestDate, b.afterDays);
      if (!reportDate || compareIsoDates(reportDate, req.asOf) > 0) return { status: "pending" };
      const resultFen = toYuan((simulatedTrueValueFen(opts, req.asset) * b.permille) / 1000);
      return { status: "reported", report: { reportNo: reportNo("CXJ", p.id, req.reissueId, reportDate), reportDate, resultFen, validUntil: maxValidUntil(reportDate), method: "市场法（重新询价）" } };
    },
  }));
}

/** A re-issue (arts 11 para 4, 19 para 4): most answer within the period (platforms 0–3 days, agencies 5–15), some late, a few never. */
export function reissueBehaviour(
  opts: ValuationSimulatorOptions,
  who: "platform" | "agency",
  id: string,
  reissueId: string,
  script: { reissueAfterDays?: number | null; reissuePermille?: number } | undefined,
): { afterDays: number | null; permille: number } {
  const r = new Rand(opts.seed, "reissue", who, id, reissueId);
  const permille = script?.reissuePermille ?? Math.round(1000 * (1 + r.between(-0.08, 0.08)));
  if (script && script.reissueAfterDays !== undefined) return { afterDays: script.reissueAfterDays, permille };
  const x = r.float();
  if (who === "platform") return { afterDays: x < 0.85 ? r.int(0, 3) : x < 0.95 ? r.int(4, 6) : null, permille };
  return { afterDays: x < 0.85 ? r.int(5, 15) : x < 0.95 ? r.int(16, 20) : null, permille };
}

/** An art 20 order: about 65 % explain in 1–3 days, 25 % correct in 1–3 days (result moved by ±5 %), 10 % stay silent. */
export function reviewBehaviour(opts: ValuationSimulatorOptions, agencyId: string, commissionId: string, noticeDate: IsoDate, script: AgencyScript["review"] | undefined): { kind: "explained" | "corrected"; afterDays: number; permille: number } | null {
  const r = new Rand(opts.seed, "review", agencyId, commissionId, noticeDate);
  if (script === null) return null;
  if (script) return { kind: script.kind, afterDays: script.afterDays, permille: script.resultPermille ?? Math.round(1000 * (1 + r.between(-0.05, 0.05))) };
  const x = r.float();
  if (x < 0.65) return { kind: "explained", afterDays: r.int(1, 3), permille: 1000 };
  if (x < 0.9) return { kind: "corrected", afterDays: r.int(1, 3), permille: Math.round(1000 * (1 + r.between(-0.05, 0.05))) };
  return null;
}

export function createSimulatedAgencies(opts: ValuationSimulatorOptions): AppraisalAgencies {
  const byId = new Map(SIMULATED_AGENCIES.map((a) => [a.id, a]));
  const agency = (id: string): AppraisalAgency => {
    const a = byId.get(id);
    if (!a) throw new Error(`unknown appraisal agency ${id}`);
    return a;
  };
  return {
    libraryFor: (assetType) => (assetType === "realEstate" ? "realEstate" : "assets"),
    list: (library) => SIMULATED_AGENCIES.filter((a) => a.library === library),
    find: (id) => byId.get(id),
    async commission(agencyId, req) {
      const a = agency(agencyId);
      const failed = await call(opts, [a.id, req.commissionId, "commission"], req.signal, AGENCY_FAILURES);
      if (failed) return { status: "error", error: `${a.name}：${failed}` };
      return { status: "received", receivedDate: req.commissionDate, reference: reportNo("PG", a.id, req.commissionId, req.commissionDate) };
    },
    async poll(agencyId, req): Promise<AgencyReply> {
      const a = agency(agencyId);
      const failed = await call(opts, [a.id, req.commissionId, req.asOf], req.signal, AGENCY_FAILURES);
      if (failed) return { status: "error", error: `${a.name}：${failed}` };
      const b = agencyBehaviour(opts, a.id, req.commissionId);
      const reportDate = reached(req, b.reportAfterDays);
      if (reportDate) {
        const resultFen = toYuan((simulatedTrueValueFen(opts, req.asset) * b.resultPermille) / 1000);
        return {
          status: "reported",
          report: { reportNo: reportNo("PGBG", a.id, req.commissionId, reportDate), reportDate, resultFen, validUntil: maxValidUntil(reportDate), method: a.library === "realEstate" ? "比较法、收益法" : "收益法、市场法" },
        };
      }
      const requestDate = b.extension ? reached(req, b.extension.afterDays) : null;
      return { status: "working", extensionRequest: requestDate && b.extension ? { requestDate, days: b.extension.days } : null };
    },
    async pollReview(agencyId, req: ReviewPoll): Promise<ReviewReply> {
      const a = agency(agencyId);
      const failed = await call(opts, [a.id, req.commissionId, "review", req.asOf], req.signal, AGENCY_FAILURES);
      if (failed) return { status: "error", error: `${a.name}：${failed}` };
      const b = reviewBehaviour(opts, a.id, req.commissionId, req.noticeDate, opts.agencyScript?.[a.id]?.review);
      const date = b ? addDays(req.noticeDate, b.afterDays) : null;
      if (!b || !date || compareIsoDates(date, req.asOf) > 0) return { status: "pending" };
      if (b.kind === "explained") return { status: "explained", date, text: `${a.name}书面说明：经复核，报告所载财产信息与委托材料一致，评估结果不变（模拟）` };
      const resultFen = toYuan((simulatedTrueValueFen(opts, req.asset) * b.permille) / 1000);
      return {
        status: "corrected",
        date,
        text: `${a.name}书面补正：已更正报告所列事项并重新测算（模拟）`,
        report: { reportNo: reportNo("PGBZ", a.id, req.commissionId, date), reportDate: date, resultFen, validUntil: maxValidUntil(date), method: a.library === "realEstate" ? "比较法、收益法（补正）" : "收益法、市场法（补正）" },
      };
    },
    async pollReissue(agencyId, req: ReissuePoll): Promise<ReissueReply> {
      const a = agency(agencyId);
      const failed = await call(opts, [a.id, req.reissueId, req.asOf], req.signal, AGENCY_FAILURES);
      if (failed) return { status: "error", error: `${a.name}：${failed}` };
      const b = reissueBehaviour(opts, "agency", a.id, req.reissueId, opts.agencyScript?.[a.id]);
      const reportDate = b.afterDays === null ? null : addDays(req.requestDate, b.afterDays);
      if (!reportDate || compareIsoDates(reportDate, req.asOf) > 0) return { status: "pending" };
      const resultFen = toYuan((simulatedTrueValueFen(opts, req.asset) * b.permille) / 1000);
      return { status: "reported", report: { reportNo: reportNo("CPG", a.id, req.reissueId, reportDate), reportDate, resultFen, validUntil: maxValidUntil(reportDate), method: a.library === "realEstate" ? "比较法、收益法（重新评估）" : "收益法、市场法（重新评估）" } };
    },
  };
}
