// The price platforms' and agencies' simulator: the same commission answers the same way every time; the
// behaviours come in about the shares the header promises; results vary around one true value per
// asset, per platform; answers depend on the day asked; failures and scripts; a real adapter replaces it.
import { describe, expect, it } from "vitest";
import { addDays, compareIsoDates, maxValidUntil } from "@zhixing/domain";
import { createValuationAdapters } from "./registry";
import { agencyBehaviour, createSimulatedAgencies, createSimulatedPlatforms, platformBehaviour, SIMULATED_AGENCIES, SIMULATED_PLATFORMS, simulatedTrueValueFen } from "./simulator";
import type { PricePlatform, ValuedAsset } from "./valuation-provider";

const opts = { seed: "unit", latencyMs: 0, failureRate: 0 };
const asset: ValuedAsset = { id: "a-1", type: "patent", description: "发明专利", identifier: "ZL2021 1 0123456.7", declaredValueFen: 50_000_000 };
const req = (commissionId: string, asOf: string) => ({ commissionId, caseId: "c-1", asset, commissionDate: "2025-11-10", purpose: "确定参考价", asOf });

describe("valuation simulator", () => {
  it("answers the same commission the same way every time, and another seed otherwise", async () => {
    const a = createSimulatedPlatforms(opts);
    const b = createSimulatedPlatforms(opts);
    for (const i of SIMULATED_PLATFORMS.keys()) {
      for (const day of ["2025-11-10", "2025-11-13", "2025-11-20"]) {
        expect(await b[i]!.poll(req("k-1", day))).toEqual(await a[i]!.poll(req("k-1", day)));
      }
    }
    const draws = (seed: string) => Array.from({ length: 50 }, (_, i) => platformBehaviour({ ...opts, seed }, "sim-jd", `k-${i}`));
    expect(draws("unit")).not.toEqual(draws("other"));
  });

  it("has platforms report mostly within 3 days, some late with an extension application, some late without, a few never", () => {
    const n = 4000;
    const all = Array.from({ length: n }, (_, i) => platformBehaviour(opts, SIMULATED_PLATFORMS[i % 3]!.id, `k-${i}`));
    const share = (f: (b: (typeof all)[number]) => boolean) => all.filter(f).length / n;
    expect(share((b) => b.reportAfterDays !== null && b.reportAfterDays <= 3)).toBeCloseTo(0.7, 1);
    expect(share((b) => b.extensionAfterDays !== null)).toBeCloseTo(0.15, 1);
    expect(share((b) => b.reportAfterDays === null)).toBeGreaterThan(0.02);
    // An application is always made within the 3 days, and its report follows in the extension.
    for (const b of all.filter((x) => x.extensionAfterDays !== null)) {
      expect(b.extensionAfterDays).toBeLessThanOrEqual(3);
      expect(b.reportAfterDays).toBeGreaterThan(3);
      expect(b.reportAfterDays).toBeLessThanOrEqual(6);
    }
    const agencies = Array.from({ length: n }, (_, i) => agencyBehaviour(opts, "sim-ag-01", `k-${i}`));
    expect(agencies.filter((b) => b.reportAfterDays === null).length / n).toBeCloseTo(0.2, 1);
    for (const b of agencies.filter((x) => x.extension)) {
      expect(b.extension!.days).toBeLessThanOrEqual(15);
      expect(b.extension!.afterDays).toBeLessThanOrEqual(25); // 5 days before the 30th
      expect(b.reportAfterDays).toBeLessThanOrEqual(30 + b.extension!.days);
    }
  });

  it("prices around one true value per asset, each platform differently, in whole yuan", async () => {
    const truth = simulatedTrueValueFen(opts, asset);
    expect(truth).toBeGreaterThanOrEqual(40_000_000);
    expect(truth).toBeLessThanOrEqual(60_000_000);
    const platforms = createSimulatedPlatforms({ ...opts, platformScript: Object.fromEntries(SIMULATED_PLATFORMS.map((p) => [p.id, { reportAfterDays: 1 }])) });
    const results: number[] = [];
    for (let i = 0; i < 40; i++) {
      for (const p of platforms) {
        const r = await p.poll(req(`k-${i}`, "2025-11-12"));
        if (r.status !== "reported") throw new Error("expected a report");
        expect(r.report.resultFen % 100).toBe(0);
        expect(Math.abs(r.report.resultFen / truth - 1)).toBeLessThanOrEqual(0.1);
        expect(r.report.validUntil).toBe(maxValidUntil(r.report.reportDate));
        results.push(r.report.resultFen);
      }
    }
    expect(new Set(results).size).toBeGreaterThan(30);
    // Without a value from the court, a value in the asset type's range.
    const house = simulatedTrueValueFen(opts, { ...asset, id: "h-1", type: "realEstate", declaredValueFen: null });
    expect(house).toBeGreaterThanOrEqual(50_000_000);
  });

  it("answers as of the day asked: nothing before the report date, the report from it on", async () => {
    const [p] = createSimulatedPlatforms({ ...opts, platformScript: { "sim-taobao": { extensionAfterDays: 2, reportAfterDays: 5 } } });
    expect(await p!.poll(req("k", "2025-11-11"))).toEqual({ status: "pending", extensionRequestDate: null });
    expect(await p!.poll(req("k", "2025-11-12"))).toEqual({ status: "pending", extensionRequestDate: "2025-11-12" });
    const r = await p!.poll(req("k", "2025-11-20"));
    expect(r).toMatchObject({ status: "reported", extensionRequestDate: "2025-11-12", report: { reportDate: "2025-11-15" } });
    const agencies = createSimulatedAgencies({ ...opts, agencyScript: { "sim-re-01": { reportAfterDays: 35, extension: { afterDays: 20, days: 10 } } } });
    expect(await agencies.poll("sim-re-01", req("k", "2025-11-29"))).toEqual({ status: "working", extensionRequest: null });
    expect(await agencies.poll("sim-re-01", req("k", "2025-11-30"))).toEqual({ status: "working", extensionRequest: { requestDate: "2025-11-30", days: 10 } });
    const rep = await agencies.poll("sim-re-01", req("k", "2025-12-20"));
    expect(rep).toMatchObject({ status: "reported", report: { reportDate: addDays("2025-11-10", 35) } });
    if (rep.status === "reported") expect(compareIsoDates(rep.report.reportDate, "2025-12-20")).toBeLessThanOrEqual(0);
  });

  it("keeps the 名单分库 by field, with enough agencies for a lottery of three", () => {
    const agencies = createSimulatedAgencies(opts);
    expect(agencies.libraryFor("realEstate")).toBe("realEstate");
    expect(agencies.libraryFor("patent")).toBe("assets");
    for (const lib of ["realEstate", "assets"] as const) {
      const list = agencies.list(lib);
      expect(list.length).toBeGreaterThanOrEqual(5);
      expect(new Set(list.map((a) => a.id)).size).toBe(list.length);
      for (const a of list) expect(a.name).toMatch(/（模拟）$/);
    }
    expect(agencies.find("sim-ag-01")).toBe(SIMULATED_AGENCIES[0]);
    expect(agencies.find("nope")).toBeUndefined();
  });

  it("fails about the configured share of calls with the system's message, and waits about the latency", async () => {
    const flaky = createSimulatedPlatforms({ ...opts, failureRate: 0.3 });
    let errors = 0;
    for (let i = 0; i < 300; i++) {
      const r = await flaky[0]!.poll(req(`k-${i}`, "2025-11-12"));
      if (r.status === "error") {
        errors++;
        expect(r.error).toMatch(/^淘宝网司法询价平台（模拟）：.*(维护|超时|繁忙|异常)/);
      }
    }
    expect(errors / 300).toBeGreaterThan(0.2);
    expect(errors / 300).toBeLessThan(0.4);
    const slow = createSimulatedPlatforms({ ...opts, latencyMs: 40 });
    const t0 = performance.now();
    await slow[0]!.commission(req("k", "2025-11-10"));
    expect(performance.now() - t0).toBeGreaterThanOrEqual(15);
  });

  it("lets real connections replace the simulated ones", async () => {
    const real: PricePlatform = {
      id: "spc-list-1",
      label: { zh: "真实平台", en: "real platform" },
      commission: async (r) => ({ status: "received", receivedDate: r.commissionDate, reference: "R1" }),
      poll: async () => ({ status: "pending", extensionRequestDate: null }),
      pollReissue: async () => ({ status: "pending" }),
    };
    const adapters = createValuationAdapters({ simulator: opts, platforms: [real] });
    expect(adapters.platforms).toEqual([real]);
    expect(adapters.agencies.list("assets").length).toBeGreaterThan(3);
  });

  it("answers an art 20 order and a re-issue request deterministically, on the days scripted or drawn", async () => {
    const scripted = { ...opts, agencyScript: { "sim-ag-01": { reportAfterDays: 10, review: { kind: "corrected" as const, afterDays: 2, resultPermille: 900 }, reissueAfterDays: 7 } }, platformScript: { "sim-jd": { reportAfterDays: 1, reissueAfterDays: 2 } } };
    const agencies = createSimulatedAgencies(scripted);
    const base = { commissionId: "c-1", caseId: "case-1", asset, commissionDate: "2025-11-03", purpose: "p" };
    const review = { ...base, noticeDate: "2025-11-20", defects: ["basicInfoError"], reportNo: null, resultFen: 100 };
    expect(await agencies.pollReview("sim-ag-01", { ...review, asOf: "2025-11-21" })).toEqual({ status: "pending" });
    const corrected = await agencies.pollReview("sim-ag-01", { ...review, asOf: "2025-11-22" });
    expect(corrected).toMatchObject({ status: "corrected", date: "2025-11-22", report: { reportDate: "2025-11-22" } });
    expect(await agencies.pollReview("sim-ag-01", { ...review, asOf: "2025-11-25" })).toEqual(corrected);
    const reissue = { ...base, reissueId: "r-1", requestDate: "2025-12-01" };
    expect(await agencies.pollReissue("sim-ag-01", { ...reissue, asOf: "2025-12-07" })).toEqual({ status: "pending" });
    expect(await agencies.pollReissue("sim-ag-01", { ...reissue, asOf: "2025-12-08" })).toMatchObject({ status: "reported", report: { reportDate: "2025-12-08" } });
    const jd = createSimulatedPlatforms(scripted).find((p) => p.id === "sim-jd")!;
    expect(await jd.pollReissue({ ...reissue, asOf: "2025-12-03" })).toMatchObject({ status: "reported", report: { reportDate: "2025-12-03" } });
    // Drawn: the same request gets the same answer every time.
    const drawn = createSimulatedAgencies(opts);
    expect(await drawn.pollReissue("sim-ag-02", { ...reissue, asOf: "2026-01-31" })).toEqual(await drawn.pollReissue("sim-ag-02", { ...reissue, asOf: "2026-01-31" }));
  });
});
