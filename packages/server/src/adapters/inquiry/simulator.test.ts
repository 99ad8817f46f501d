// The simulator: the same respondent holds the same things every time; identifiers look like the real
// ones and carry valid check digits; failures come at about the configured rate and name the system.
import { describe, expect, it } from "vitest";
import { validateCreditCode } from "@zhixing/domain";
import { residentId, creditCode } from "../../seed/demo.seed";
import { createInquiryProviders } from "./registry";
import { PROVIDER_KEYS, type InquiryProvider, type ProviderItem } from "./inquiry-provider";
import { createSimulatedProviders, failingProvider, luhnCheckDigit, patentCheckDigit, simulatedHoldings } from "./simulator";

const opts = { seed: "unit", latencyMs: 0, failureRate: 0 };
const person = { name: "张三", idType: "residentId", idNumber: residentId("11010819850315123") };
const company = { name: "深圳市仿冒电子有限公司", idType: "creditCode", idNumber: creditCode("91440300MA5F1001X") };
const request = (respondent: typeof person, requestId = "r-1") => ({ caseId: "c-1", respondent, purpose: "查询被执行人财产以便控制", requestId });

/** Many generated respondents, to look at the spread. */
const population = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    i % 2
      ? { name: `公司${i}`, idType: "creditCode", idNumber: creditCode(`91110108MA${String(1_000_000 + i).slice(-7)}`) }
      : { name: `个人${i}`, idType: "residentId", idNumber: residentId(`11010819850315${String(100 + (i % 900)).padStart(3, "0")}`) },
  );

describe("inquiry simulator", () => {
  it("gives the same respondent the same assets every time, and another seed other ones", async () => {
    const a = createSimulatedProviders(opts);
    const b = createSimulatedProviders(opts);
    for (const i of PROVIDER_KEYS.keys()) {
      const first = await a[i]!.query(request(person, "r-1"));
      const again = await b[i]!.query(request(person, "r-2"));
      expect(again).toEqual(first);
      expect(first.items).toEqual(simulatedHoldings(opts, PROVIDER_KEYS[i]!, person));
    }
    const everything = (seed: string) => PROVIDER_KEYS.flatMap((k) => population(20).flatMap((p) => simulatedHoldings({ seed }, k, p)));
    expect(everything("unit")).not.toEqual(everything("other"));
  });

  it("matches on the identity number, not the name", () => {
    for (const k of PROVIDER_KEYS) {
      expect(simulatedHoldings(opts, k, { ...person, name: "李四" }).map((i) => i.identifier)).toEqual(simulatedHoldings(opts, k, person).map((i) => i.identifier));
    }
  });

  it("makes realistic identifiers with valid check digits, and amounts in integer fen", () => {
    const items: ProviderItem[] = PROVIDER_KEYS.flatMap((k) => population(300).flatMap((p) => simulatedHoldings(opts, k, p)));
    const of = (t: string) => items.filter((i) => i.assetType === t);
    for (const t of ["bankDeposit", "realEstate", "vehicle", "securities", "onlinePaymentFunds", "equity", "patent", "trademark", "insurance"]) {
      expect(of(t).length, t).toBeGreaterThan(5);
    }
    for (const i of of("bankDeposit")) {
      expect(i.holder).toMatch(/^(中国工商银行|中国农业银行|中国银行|中国建设银行|交通银行|招商银行|中国邮政储蓄银行|兴业银行|上海浦东发展银行|中信银行).*支行$/);
      expect(i.identifier).toMatch(/^\d{12,21}$/);
      if (/^62/.test(i.identifier) && /个人|借记卡|定期/.test(i.description)) expect(luhnCheckDigit(i.identifier.slice(0, -1))).toBe(i.identifier.slice(-1));
    }
    for (const i of of("realEstate")) expect(i.identifier).toMatch(/^[京沪粤浙川]\(20\d\d\).+不动产权第\d{6,8}号$/);
    for (const i of of("vehicle")) expect(i.identifier).toMatch(/^[京沪粤浙川][A-Z]([DF]\d{5}|[A-Z][0-9A-Z]{4})$/);
    for (const i of of("securities")) expect(i.identifier).toMatch(/^(A\d{9}|B8\d{8}|0[18]\d{8})$/);
    for (const i of of("onlinePaymentFunds")) expect(i.identifier).toMatch(/^(2088\d{12}|wxid_[a-z0-9]{14})$/);
    for (const i of of("equity")) expect(validateCreditCode(i.identifier)).toEqual({ ok: true });
    for (const i of of("patent")) {
      const m = /^ZL(\d{4}) ([123]) (\d{7})\.([\dX])$/.exec(i.identifier);
      expect(m, i.identifier).not.toBeNull();
      expect(patentCheckDigit(`${m![1]}${m![2]}${m![3]}`)).toBe(m![4]);
    }
    for (const i of of("trademark")) expect(i.identifier).toMatch(/^第\d{8}号$/);
    for (const i of items) expect(i.amountFen === null || (Number.isSafeInteger(i.amountFen) && i.amountFen >= 0)).toBe(true);
    // Companies have no life-insurance policies; some respondents have nothing anywhere.
    const none = population(300).filter((p) => PROVIDER_KEYS.every((k) => simulatedHoldings(opts, k, p).length === 0));
    expect(none.length).toBeGreaterThan(20);
    expect(none.length).toBeLessThan(100);
  });

  it("checks digits as the standards say (Luhn; CNIPA application numbers)", () => {
    expect(luhnCheckDigit("7992739871")).toBe("3");
    // ZL 2008 1 0012345: 2·2+3·0+4·0+5·8+6·1+7·0+8·0+9·1+2·2+3·3+4·4+5·5 = 113, 113 mod 11 = 3
    expect(patentCheckDigit("200810012345")).toBe("3");
  });

  it("places a respondent in the city of its identity number", () => {
    const bj = simulatedHoldings(opts, "bankDeposit", person).concat(simulatedHoldings(opts, "realEstate", person));
    for (const i of bj) expect(i.holder).toMatch(/北京/);
    const sz = PROVIDER_KEYS.flatMap((k) => simulatedHoldings(opts, k, company)).filter((i) => i.assetType === "bankDeposit" || i.assetType === "vehicle");
    for (const i of sz) expect(i.holder).toMatch(/深圳/);
  });

  it("fails one provider in about the configured share of inquiries, with the system's message", async () => {
    const rate = { ...opts, failureRate: 0.1 };
    const failing = Array.from({ length: 2000 }, (_, i) => failingProvider(rate, `req-${i}`));
    const share = failing.filter(Boolean).length / failing.length;
    expect(share).toBeGreaterThan(0.07);
    expect(share).toBeLessThan(0.13);
    expect(new Set(failing.filter(Boolean)).size).toBe(PROVIDER_KEYS.length);
    const always = createSimulatedProviders({ ...opts, failureRate: 1 });
    const results = await Promise.all(always.map((p) => p.query(request(person, "fixed"))));
    const errors = results.filter((r) => r.status === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]!.error).toMatch(/维护|超时|繁忙|排队|异常|未在规定时间/);
  });

  it("waits about the configured latency", async () => {
    const [bank] = createSimulatedProviders({ ...opts, latencyMs: 40 });
    const t0 = performance.now();
    await bank!.query(request(person));
    expect(performance.now() - t0).toBeGreaterThanOrEqual(15);
  });

  it("lets a real adapter replace the simulator for its key", async () => {
    const real: InquiryProvider = { key: "bankDeposit", label: { zh: "总对总银行", en: "bank" }, query: async () => ({ status: "none", items: [] }) };
    const providers = createInquiryProviders({ kind: "simulator", simulator: opts, overrides: { bankDeposit: real } });
    expect(providers.map((p) => p.key)).toEqual([...PROVIDER_KEYS]);
    expect(providers[0]).toBe(real);
    expect(providers[1]!.label.zh).toBe("不动产");
  });
});
