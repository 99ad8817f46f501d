// Online inquiries through the API, on PGlite and on the PostgreSQL server: who may query, what is
// stored and audited, who sees what, the limits, failures of outside systems, and bad input.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import { verifyAuditChain } from "@zhixing/db";
import { createSimulatedProviders, PROVIDER_KEYS, simulatedHoldings, type InquiryProvider } from "../../adapters/inquiry";
import { createTestApp, type Client, type TestApp } from "../../testing/test-app";
import { validApplication } from "../../testing/fixtures";
import { DEMO_RESPONDENT_ID, creditCode } from "../../seed/demo.seed";
import { configureInquiries, inquirySettingsFromEnv } from "./inquiries.service";

const SIM = { seed: "zhixing", latencyMs: 2, failureRate: 0 };
const PURPOSE = "查询被执行人财产，以便采取控制措施";
const COMPANY = { kind: "legalPerson", name: "深圳市仿冒电子有限公司", idType: "creditCode", idNumber: creditCode("91440300MA5F1001X"), phone: "13900002222", address: "广东省深圳市南山区科技园路2号" };

describe.each(TEST_BACKENDS)("online inquiries on %s", (kind) => {
  let t: TestApp;
  let clerk: Client, head: Client, officer: Client, officer2: Client, supervisor: Client, president: Client, applicant: Client, respondent: Client;

  const standard = () =>
    configureInquiries(t.ctx, {
      ...inquirySettingsFromEnv(),
      providers: createSimulatedProviders(SIM),
      limits: { perUserPerHour: 1000, perCasePerDay: 1000 },
      providerTimeoutMs: 5_000,
    });

  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-09-15" });
    clerk = await t.login("clerk");
    head = await t.login("head");
    officer = await t.login("officer");
    officer2 = await t.login("officer2");
    supervisor = await t.login("supervisor");
    president = await t.login("president");
    applicant = await t.login("applicant");
    respondent = await t.login("respondent");
  });
  afterAll(async () => t?.close());
  beforeEach(() => {
    t.setToday("2025-09-15");
    standard();
  });

  /** A case entered by the clerk; registered and assigned to `officer` unless told otherwise. */
  async function newCase(opts: { register?: boolean; assign?: boolean; respondents?: unknown[] } = {}): Promise<string> {
    const body = validApplication(opts.respondents ? { respondents: opts.respondents } : {});
    const res = await clerk.post("/api/v1/cases", body);
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as string;
    if (opts.register !== false) expect((await clerk.post(`/api/v1/cases/${id}/actions/register`, {})).statusCode).toBe(200);
    if (opts.register !== false && opts.assign !== false) {
      expect((await head.post(`/api/v1/cases/${id}/actions/assign`, { handlerId: officer.user.id })).statusCode).toBe(200);
    }
    return id;
  }

  const count = async (table: "inquiries" | "inquiry_results" | "assets" | "audit_log", caseId: string) =>
    Number(
      (await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as("n")).where("case_id", "=", caseId).executeTakeFirstOrThrow()).n,
    );
  const stored = async (caseId: string) => ({
    inquiries: await count("inquiries", caseId),
    results: await count("inquiry_results", caseId),
    assets: await count("assets", caseId),
    audit: await count("audit_log", caseId),
  });

  it("lets the handler query: deterministic results, stored with assets, audited, and the chain still verifies", async () => {
    const caseId = await newCase({ respondents: [validApplication().respondents[0], COMPANY] });
    const res = await officer.post(`/api/v1/cases/${caseId}/inquiries`, { purpose: PURPOSE });
    expect(res.statusCode, res.body).toBe(201);
    const inq = res.json();
    expect(inq).toMatchObject({ caseId, status: "done", purpose: PURPOSE, providers: [...PROVIDER_KEYS], masked: false, supervisionReason: null });
    expect(inq.requestedBy).toMatchObject({ id: officer.user.id, role: "officer" });
    expect(inq.caseNumber).toMatch(/^\(2025\)京73执\d+号$/);

    // What was found is what the simulator holds for each respondent, provider by provider.
    const parties = (await officer.get(`/api/v1/cases/${caseId}`)).json().parties.filter((p: { role: string }) => p.role === "respondent");
    const ids = [validApplication().respondents[0]!, COMPANY];
    let expectedItems = 0;
    for (const key of PROVIDER_KEYS) {
      for (const [i, party] of parties.entries()) {
        const holdings = simulatedHoldings(SIM, key, { name: party.name, idType: ids[i]!.idType, idNumber: ids[i]!.idNumber });
        const mine = inq.results.filter((r: { provider: string; respondent: { partyId: string } }) => r.provider === key && r.respondent.partyId === party.id);
        if (holdings.length) {
          expect(mine.map((r: { identifier: string; amountFen: number | null; status: string }) => [r.status, r.identifier, r.amountFen])).toEqual(
            holdings.map((h) => ["found", h.identifier, h.amountFen]),
          );
        } else {
          expect(mine.map((r: { status: string }) => r.status)).toEqual(["none"]);
        }
        expectedItems += holdings.length;
      }
    }
    expect(expectedItems).toBeGreaterThan(3);
    expect(inq.counts).toEqual({ itemsFound: expectedItems, none: inq.results.length - expectedItems, errors: 0 });
    expect(inq.results.find((r: { identifier: string | null }) => r.identifier?.startsWith("62"))?.identifier).toMatch(/^62\d{14,17}$/); // in full

    // Each item found is an asset of the case, owned by the respondent it was found for.
    const assets = await t.database.db.selectFrom("assets").selectAll().where("case_id", "=", caseId).execute();
    expect(assets).toHaveLength(expectedItems);
    expect(assets.every((a) => a.source === "inquiry" && parties.some((p: { id: string }) => p.id === a.owner_party_id))).toBe(true);
    const found = inq.results.filter((r: { status: string }) => r.status === "found");
    expect(new Set(found.map((r: { assetId: string }) => r.assetId))).toEqual(new Set(assets.map((a) => a.id)));

    // Again: the same assets, linked, not duplicated.
    const again = (await officer.post(`/api/v1/cases/${caseId}/inquiries`, { purpose: "再次查询，核对账户余额变化" })).json();
    expect(again.results.map((r: { identifier: string | null }) => r.identifier)).toEqual(inq.results.map((r: { identifier: string | null }) => r.identifier));
    expect(again.results.map((r: { assetId: string | null }) => r.assetId)).toEqual(inq.results.map((r: { assetId: string | null }) => r.assetId));
    expect(await count("assets", caseId)).toBe(expectedItems);

    const runs = await t.database.db.selectFrom("audit_log").selectAll().where("case_id", "=", caseId).where("action", "=", "inquiry.run").orderBy("chain_seq").execute();
    expect(runs).toHaveLength(2);
    expect(runs[0]).toMatchObject({ actor_id: officer.user.id, entity_id: inq.id, court_id: "bj-ip", ip: "127.0.0.1" });
    expect(runs[0]!.detail).toMatchObject({ purpose: PURPOSE, providers: [...PROVIDER_KEYS], basis: "handler", status: "done", respondents: 2, itemsFound: expectedItems, channel: "api" });

    // The list, then a view of the results: audited each time.
    const list = (await officer.get(`/api/v1/cases/${caseId}/inquiries`)).json().items;
    expect(new Set(list.map((i: { id: string }) => i.id))).toEqual(new Set([again.id, inq.id]));
    expect(list.find((i: { id: string }) => i.id === inq.id)).toMatchObject({ status: "done", counts: inq.counts });
    const view = await officer.get(`/api/v1/inquiries/${inq.id}`);
    expect(view.statusCode).toBe(200);
    expect(view.json().results).toEqual(inq.results);
    await officer.get(`/api/v1/inquiries/${inq.id}`);
    const views = await t.database.db.selectFrom("audit_log").selectAll().where("action", "=", "inquiry.viewResults").where("entity_id", "=", inq.id).execute();
    expect(views).toHaveLength(2);
    expect(views[0]!.detail).toMatchObject({ masked: false });
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true, problems: [] });
  });

  it("refuses an officer who is not the case's handler (403), and stores nothing", async () => {
    const caseId = await newCase();
    const before = await stored(caseId);
    for (const who of [officer2, clerk, president]) {
      const res = await who.post(`/api/v1/cases/${caseId}/inquiries`, { purpose: PURPOSE });
      expect(res.statusCode, who.user.username).toBe(403);
      expect(res.json().error.code).toBe("FORBIDDEN");
      expect(res.json().error.message.zh).toContain("承办人");
    }
    expect(await stored(caseId)).toEqual(before);
    // The division head of the case's court may.
    const byHead = await head.post(`/api/v1/cases/${caseId}/inquiries`, { purpose: PURPOSE, providers: ["bankDeposit"] });
    expect(byHead.statusCode).toBe(201);
    expect(byHead.json().providers).toEqual(["bankDeposit"]);
    expect(byHead.json().masked).toBe(false);
  });

  it("never shows inquiries to parties (404), and masks identifiers for staff other than the handler", async () => {
    const caseId = await newCase({ respondents: [{ ...validApplication().respondents[0], idNumber: DEMO_RESPONDENT_ID, name: "张某某" }] });
    expect((await applicant.get(`/api/v1/cases/${caseId}`)).statusCode).toBe(200);
    expect((await respondent.get(`/api/v1/cases/${caseId}`)).statusCode).toBe(200);
    const inq = (await officer.post(`/api/v1/cases/${caseId}/inquiries`, { purpose: PURPOSE })).json();
    const full = inq.results.filter((r: { status: string }) => r.status === "found");
    expect(full.length).toBeGreaterThan(0);
    for (const party of [applicant, respondent]) {
      expect((await party.get(`/api/v1/cases/${caseId}/inquiries`)).statusCode).toBe(404);
      expect((await party.get(`/api/v1/inquiries/${inq.id}`)).statusCode).toBe(404);
      expect((await party.post(`/api/v1/cases/${caseId}/inquiries`, { purpose: PURPOSE })).statusCode).toBe(404);
    }
    expect((await t.anonymous().get(`/api/v1/inquiries/${inq.id}`)).statusCode).toBe(401);

    for (const reader of [officer2, supervisor]) {
      const res = await reader.get(`/api/v1/inquiries/${inq.id}`);
      expect(res.statusCode).toBe(200);
      const seen = res.json();
      expect(seen.masked).toBe(true);
      seen.results
        .filter((r: { status: string }) => r.status === "found")
        .forEach((r: { identifier: string; assetType: string; amountFen: number | null }, i: number) => {
          const original = full[i];
          expect(r.amountFen).toBe(original.amountFen);
          if (["patent", "trademark", "equity"].includes(r.assetType)) expect(r.identifier).toBe(original.identifier);
          else {
            expect(r.identifier).not.toBe(original.identifier);
            expect(r.identifier).toContain("*");
            expect(r.identifier.slice(-4)).toBe(original.identifier.slice(-4));
            expect(r.identifier).toHaveLength(original.identifier.length);
          }
        });
      const flat = seen.results.find((r: { assetType: string | null }) => r.assetType === "realEstate");
      expect(flat.description).toContain("坐落：北京市海淀区***");
      expect(flat.description).not.toContain("学院路");
      expect(JSON.stringify(seen)).not.toContain(full.find((r: { assetType: string }) => r.assetType === "bankDeposit")?.identifier ?? "no bank account");
    }
    const views = await t.database.db.selectFrom("audit_log").select(["actor_id", "detail"]).where("action", "=", "inquiry.viewResults").where("entity_id", "=", inq.id).execute();
    expect(views.map((v) => [v.actor_id, (v.detail as { masked: boolean }).masked])).toEqual([
      [officer2.user.id, true],
      [supervisor.user.id, true],
    ]);
  });

  it("lets a higher-court supervisor query only with a recorded reason", async () => {
    const caseId = await newCase();
    const before = await stored(caseId);
    const noReason = await supervisor.post(`/api/v1/cases/${caseId}/inquiries`, { purpose: PURPOSE });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().error.field).toBe("supervisionReason");
    expect(await stored(caseId)).toEqual(before);
    // A handler does not give one.
    const handlerWithReason = await officer.post(`/api/v1/cases/${caseId}/inquiries`, { purpose: PURPOSE, supervisionReason: "上级法院督办案件需要核查" });
    expect(handlerWithReason.statusCode).toBe(400);
    expect(handlerWithReason.json().error.field).toBe("supervisionReason");

    const reason = "当事人来信反映消极执行，督办核查财产情况";
    const res = await supervisor.post(`/api/v1/cases/${caseId}/inquiries`, { purpose: PURPOSE, supervisionReason: reason, providers: ["realEstate", "bankDeposit"] });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ supervisionReason: reason, providers: ["realEstate", "bankDeposit"], masked: false });
    expect(res.json().providerOutcomes.map((p: { provider: string }) => p.provider)).toEqual(["realEstate", "bankDeposit"]);
    const audit = await t.database.db.selectFrom("audit_log").selectAll().where("action", "=", "inquiry.run").where("entity_id", "=", res.json().id).executeTakeFirstOrThrow();
    expect(audit.detail).toMatchObject({ basis: "supervisor", supervisionReason: reason });
    expect(audit.court_id).toBe("bj-ip");
    const list = (await officer.get(`/api/v1/cases/${caseId}/inquiries`)).json().items;
    expect(list[0]).toMatchObject({ supervisionReason: reason, requestedBy: { role: "supervisor" } });
    // The case's handler sees the supervisor's inquiry in full.
    expect((await officer.get(`/api/v1/inquiries/${res.json().id}`)).json().masked).toBe(false);
  });

  it("answers 429 over the limits and stores nothing; the limits are per user per hour and per case per 24 hours", async () => {
    configureInquiries(t.ctx, { limits: { perUserPerHour: 1000, perCasePerDay: 2 } });
    const caseId = await newCase();
    for (let i = 0; i < 2; i++) expect((await officer.post(`/api/v1/cases/${caseId}/inquiries`, { purpose: PURPOSE, providers: ["bankDeposit"] })).statusCode).toBe(201);
    const before = await stored(caseId);
    const over = await officer.post(`/api/v1/cases/${caseId}/inquiries`, { purpose: PURPOSE, providers: ["bankDeposit"] });
    expect(over.statusCode).toBe(429);
    expect(over.json().error).toMatchObject({ code: "RATE_LIMITED" });
    expect(over.json().error.message.zh).toContain("24 小时内最多");
    expect(await stored(caseId)).toEqual(before);
    t.setToday("2025-09-16");
    expect((await officer.post(`/api/v1/cases/${caseId}/inquiries`, { purpose: PURPOSE, providers: ["bankDeposit"] })).statusCode).toBe(201);

    // Per user: this officer has made 3 inquiries this hour.
    const mine = Number(
      (await t.database.db.selectFrom("inquiries").select((eb) => eb.fn.countAll<string>().as("n")).where("requested_by", "=", officer.user.id).where("created_at", ">=", new Date("2025-09-16T01:00:00Z")).executeTakeFirstOrThrow()).n,
    );
    configureInquiries(t.ctx, { limits: { perUserPerHour: mine, perCasePerDay: 1000 } });
    const other = await newCase();
    const userOver = await officer.post(`/api/v1/cases/${other}/inquiries`, { purpose: PURPOSE });
    expect(userOver.statusCode).toBe(429);
    expect(userOver.json().error.message.en).toMatch(/per user in an hour/);
    expect(await stored(other)).toMatchObject({ inquiries: 0, results: 0, assets: 0 });
    // Another user is not held back by this officer's count.
    expect((await head.post(`/api/v1/cases/${other}/inquiries`, { purpose: PURPOSE, providers: ["vehicle"] })).statusCode).toBe(201);
  });

  it("refuses cases not registered, refused or closed; allows the periodic re-inquiry after 终本", async () => {
    const applied = await newCase({ register: false });
    const res = await head.post(`/api/v1/cases/${applied}/inquiries`, { purpose: PURPOSE });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message.zh).toContain("尚未立案");
    expect(await stored(applied)).toMatchObject({ inquiries: 0, results: 0 });

    const refused = await newCase({ register: false });
    expect((await clerk.post(`/api/v1/cases/${refused}/actions/refuse`, { reason: "不符合受理条件" })).statusCode).toBe(200);
    expect((await head.post(`/api/v1/cases/${refused}/inquiries`, { purpose: PURPOSE })).statusCode).toBe(422);

    // A registered, unassigned case: the division head may query; there is no handler yet.
    const unassigned = await newCase({ assign: false });
    expect((await head.post(`/api/v1/cases/${unassigned}/inquiries`, { purpose: PURPOSE, providers: ["equity"] })).statusCode).toBe(201);

    const closed = await newCase();
    const db = t.database.db;
    await db.updateTable("cases").set({ status: "closed", closure_mode: "completed", closure_date: "2025-09-10" }).where("id", "=", closed).execute();
    expect((await officer.post(`/api/v1/cases/${closed}/inquiries`, { purpose: PURPOSE })).statusCode).toBe(422);
    // 终本规定 art 9: every 6 months for 5 years after 终本.
    await db.updateTable("cases").set({ closure_mode: "suspendedNoAssets", closure_date: "2021-03-01" }).where("id", "=", closed).execute();
    expect((await officer.post(`/api/v1/cases/${closed}/inquiries`, { purpose: "终本后每六个月定期查询被执行人财产" })).statusCode).toBe(201);
    await db.updateTable("cases").set({ closure_date: "2020-09-14" }).where("id", "=", closed).execute();
    expect((await officer.post(`/api/v1/cases/${closed}/inquiries`, { purpose: "终本后每六个月定期查询被执行人财产" })).statusCode).toBe(422);
  });

  it("records a provider's failure: a partial inquiry with the error; all failing is a failed one; a hung system times out", async () => {
    const caseId = await newCase();
    const maintenance: InquiryProvider = {
      key: "bankDeposit",
      label: { zh: "银行存款", en: "Bank deposits" },
      query: async () => ({ status: "error", items: [], error: "银行系统维护中，请稍后重试" }),
    };
    const sim = createSimulatedProviders(SIM);
    configureInquiries(t.ctx, { providers: sim.map((p) => (p.key === "bankDeposit" ? maintenance : p)) });
    const partial = await officer.post(`/api/v1/cases/${caseId}/inquiries`, { purpose: PURPOSE });
    expect(partial.statusCode).toBe(201);
    const p = partial.json();
    expect(p.status).toBe("partial");
    expect(p.counts.errors).toBe(1);
    expect(p.providerOutcomes.find((o: { provider: string }) => o.provider === "bankDeposit")).toMatchObject({ status: "error", errors: ["银行系统维护中，请稍后重试"] });
    expect(p.results.filter((r: { status: string }) => r.status === "found").length).toBeGreaterThan(0);
    expect(await count("assets", caseId)).toBe(p.counts.itemsFound);
    const audit = await t.database.db.selectFrom("audit_log").select("detail").where("entity_id", "=", p.id).where("action", "=", "inquiry.run").executeTakeFirstOrThrow();
    expect(audit.detail).toMatchObject({ status: "partial", failedCalls: 1 });

    const hung: InquiryProvider = { key: "vehicle", label: { zh: "机动车辆", en: "Vehicles" }, query: () => new Promise(() => {}) };
    const broken: InquiryProvider = { key: "realEstate", label: { zh: "不动产", en: "Real estate" }, query: async () => ({ status: "found", items: [{ bogus: true }] }) as never };
    const thrower: InquiryProvider = { key: "equity", label: { zh: "股权", en: "Equity" }, query: async () => { throw new Error("ECONNRESET"); } };
    configureInquiries(t.ctx, { providers: [maintenance, hung, broken, thrower], providerTimeoutMs: 50 });
    const failed = await officer.post(`/api/v1/cases/${caseId}/inquiries`, { purpose: PURPOSE, providers: ["bankDeposit", "vehicle", "realEstate", "equity"] });
    expect(failed.statusCode).toBe(201);
    expect(failed.json().status).toBe("failed");
    expect(failed.json().results.map((r: { provider: string; status: string; error: string }) => [r.provider, r.status, r.error])).toEqual([
      ["bankDeposit", "error", "银行系统维护中，请稍后重试"],
      ["vehicle", "error", "查询超时：50 毫秒内未答复"],
      ["realEstate", "error", "接口返回数据格式不正确"],
      ["equity", "error", "查询失败：ECONNRESET"],
    ]);
    // A provider this deployment does not have is a bad request, not a fault.
    const missing = await officer.post(`/api/v1/cases/${caseId}/inquiries`, { purpose: PURPOSE, providers: ["insurance"] });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.field).toBe("providers");
  });

  it.each([
    ["purpose missing", {}, "purpose"],
    ["purpose too short", { purpose: "查财产" }, "purpose"],
    ["purpose only spaces", { purpose: "            " }, "purpose"],
    ["purpose not text", { purpose: 12345678901 }, "purpose"],
    ["purpose too long", { purpose: "查".repeat(501) }, "purpose"],
    ["unknown provider", { purpose: PURPOSE, providers: ["bank"] }, "providers.0"],
    ["providers empty", { purpose: PURPOSE, providers: [] }, "providers"],
    ["provider twice", { purpose: PURPOSE, providers: ["vehicle", "vehicle"] }, "providers"],
    ["providers not a list", { purpose: PURPOSE, providers: "vehicle" }, "providers"],
    ["supervision reason too short", { purpose: PURPOSE, supervisionReason: "督办" }, "supervisionReason"],
    ["unknown field", { purpose: PURPOSE, respondentId: "x" }, "respondentId"],
  ])("bad input (%s) → 400 naming the field, bilingual, nothing stored", async (_label, body, field) => {
    const caseId = await newCase();
    const before = await stored(caseId);
    const res = await officer.post(`/api/v1/cases/${caseId}/inquiries`, body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe(field);
    expect(res.json().error.message.zh).toContain(field);
    expect(res.json().error.message.en).toContain(field);
    expect(await stored(caseId)).toEqual(before);
  });

  it("answers malformed ids and unknown inquiries with 400 and 404", async () => {
    expect((await officer.post("/api/v1/cases/not-a-uuid/inquiries", { purpose: PURPOSE })).json().error.field).toBe("id");
    expect((await officer.get("/api/v1/inquiries/not-a-uuid")).statusCode).toBe(400);
    expect((await officer.get("/api/v1/inquiries/00000000-0000-4000-8000-000000000000")).statusCode).toBe(404);
    expect((await officer.post("/api/v1/cases/00000000-0000-4000-8000-000000000000/inquiries", { purpose: PURPOSE })).statusCode).toBe(404);
  });
});
