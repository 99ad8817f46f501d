// 悬赏公告 through the API, on PGlite and on the PostgreSQL server (财产调查规定 arts 21–24): the 10-day
// decision clock (art 21 last para) across the National Day holiday, who may apply and decide, the
// protected tip channel (anonymous, unauthenticated), the handler-only view of informants (art 23 para 2)
// with its audit trail, and bad input. Calendar: 国庆/中秋 2025 is 10-01..10-08 (调休 09-28).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { addUsers, caseWithNotice, loginAll, type Clients } from "../property-reports/property-test-setup";

const APPLY = { written: true, amountFen: 5_000_000, promiseToPay: true, channels: ["nationalPlatform", "courtWeChat"] };

describe.each(TEST_BACKENDS)("reward notices on %s", (kind) => {
  let t: TestApp;
  let c: Clients;
  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-09-15" });
    await addUsers(t);
    c = await loginAll(t);
  });
  afterAll(async () => t?.close());

  type Table = "reward_notices" | "reward_tips" | "clocks" | "case_events" | "audit_log";
  const count = async (table: Table, caseId: string) =>
    Number((await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as("n")).where("case_id", "=", caseId).executeTakeFirstOrThrow()).n);

  const published = async (date = "2025-09-15") => {
    const a = await caseWithNotice(t, c, date);
    const n = (await c.applicant.post(`/api/v1/cases/${a.id}/reward-notices`, APPLY)).json();
    const d = await c.officer.post(`/api/v1/reward-notices/${n.id}/decide`, { decision: "publish" });
    expect(d.statusCode).toBe(200);
    return { caseId: a.id, noticeId: n.id as string };
  };

  it.each([
    ["an ordinary application: 10 days", "2025-09-15", "2025-09-25"],
    ["10 days from 09-21 end on 10-01, National Day: 10-09", "2025-09-21", "2025-10-09"],
    ["10 days from 09-18 end on the 调休 Sunday 09-28: a working day", "2025-09-18", "2025-09-28"],
  ])("%s (applied %s → decide by %s)", async (_l, date, due) => {
    const a = await caseWithNotice(t, c, date);
    const r = await c.applicant.post(`/api/v1/cases/${a.id}/reward-notices`, APPLY);
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ status: "applied", applicationDate: date, decisionDue: due, appliedByMe: true, amountFen: 5_000_000, tips: null, clock: { due, status: "open", overdue: false } });
    expect(r.json().clock.basis).toMatchObject({ law: "财产调查规定(2020)", article: "art 21" });
    const detail = (await c.officer.get(`/api/v1/cases/${a.id}`)).json();
    expect((detail.clocks as { kind: string; due: string }[]).filter((k) => k.kind === "rewardDecision").map((k) => k.due)).toEqual([due]);
    expect(detail.events.at(-1)).toMatchObject({ type: "rewardApplied", data: { due } });
  });

  it("a formula instead of an amount; the decision after the deadline is recorded as late", async () => {
    const a = await caseWithNotice(t, c, "2025-09-21");
    const r = await c.applicant.post(`/api/v1/cases/${a.id}/reward-notices`, { ...APPLY, amountFen: undefined, formula: "实际执行到位金额的 10%" });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ amountFen: null, formula: "实际执行到位金额的 10%" });
    t.setToday("2025-10-10");
    const d = await c.head.post(`/api/v1/reward-notices/${r.json().id}/decide`, { decision: "refuse", reason: "已查控到足额财产，无须悬赏" });
    expect(d.statusCode).toBe(200);
    expect(d.json()).toMatchObject({ status: "refused", decisionReason: "已查控到足额财产，无须悬赏", decidedDate: "2025-10-10", publishedDate: null, clock: { status: "met", metDate: "2025-10-10" } });
    expect((await c.officer.get(`/api/v1/cases/${a.id}`)).json().events.at(-1)).toMatchObject({ type: "rewardRefused", data: { late: true } });
    // A refused notice takes no tips.
    expect((await t.anonymous().post(`/api/v1/reward-notices/${r.json().id}/tips`, { content: "被执行人在某地有仓库" })).statusCode).toBe(404);
  });

  it("only the applicant applies; the respondent gets 404; only the handler or the division head decides", async () => {
    const a = await caseWithNotice(t, c, "2025-09-15");
    const url = `/api/v1/cases/${a.id}/reward-notices`;
    expect((await c.respondent.post(url, APPLY)).statusCode).toBe(404);
    expect((await c.respondent.get(url)).statusCode).toBe(404);
    expect((await c.officer.post(url, APPLY)).statusCode).toBe(403);
    expect((await c.shOfficer.post(url, APPLY)).statusCode).toBe(404);
    expect((await t.anonymous().post(url, APPLY)).statusCode).toBe(401);
    const n = (await c.applicant.post(url, APPLY)).json();
    const decide = `/api/v1/reward-notices/${n.id}/decide`;
    const body = { decision: "publish" };
    expect((await c.officer2.post(decide, body)).statusCode).toBe(403);
    expect((await c.supervisor.post(decide, body)).statusCode).toBe(403);
    expect((await c.shOfficer.post(decide, body)).statusCode).toBe(404);
    expect((await c.applicant.post(decide, body)).statusCode).toBe(404);
    expect((await c.respondent.post(decide, body)).statusCode).toBe(404);
    const ok = await c.officer.post(decide, body);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ status: "published", publishedDate: "2025-09-15", clock: { status: "met" }, tips: [] });
    expect((await c.officer.post(decide, { decision: "refuse", reason: "重复决定" })).statusCode).toBe(409);
    expect((await c.officer.post(`/api/v1/reward-notices/00000000-0000-4000-8000-000000000000/decide`, body)).statusCode).toBe(404);
    const trail = await t.database.db.selectFrom("audit_log").select("action").where("case_id", "=", a.id).where("action", "like", "reward.%").execute();
    expect(trail.map((x) => x.action).sort()).toEqual(["reward.apply", "reward.publish"]);
  });

  it("tips: no tip before publication; anonymous and unauthenticated tips in order of receipt; only the handler sees who gave them, and that read is audited", async () => {
    const a = await caseWithNotice(t, c, "2025-09-15");
    const n = (await c.applicant.post(`/api/v1/cases/${a.id}/reward-notices`, APPLY)).json();
    const tips = `/api/v1/reward-notices/${n.id}/tips`;
    expect((await t.anonymous().post(tips, { content: "被执行人在某地有仓库" })).statusCode).toBe(404);
    expect((await c.officer.post(`/api/v1/reward-notices/${n.id}/decide`, { decision: "publish" })).statusCode).toBe(200);

    const anon = await t.anonymous().post(tips, { content: "被执行人在东莞有一处仓库，存有大量货物" });
    expect(anon.statusCode).toBe(201);
    expect(anon.json()).toMatchObject({ seq: 1, anonymous: true, receivedDate: "2025-09-15" });
    const named = await t.anonymous().post(tips, { content: "被执行人在工商银行深圳分行开有账户", anonymous: false, informantName: "李四", informantContact: "13812345678" });
    expect(named.statusCode).toBe(201);
    expect(named.json()).toMatchObject({ seq: 2, anonymous: false });
    const signedIn = await c.respondent2.post(tips, { content: "张某某名下有一辆车停在小区车库", anonymous: true, informantContact: "wx:tip123" });
    expect(signedIn.json()).toMatchObject({ seq: 3, anonymous: true });
    expect((await c.shOfficer.post(tips, { content: "另一法院人员提供的线索" })).json()).toMatchObject({ seq: 4, anonymous: false });

    const auditReads = async () =>
      Number((await t.database.db.selectFrom("audit_log").select((eb) => eb.fn.countAll<string>().as("n")).where("case_id", "=", a.id).where("action", "=", "reward.tipIdentityRead").executeTakeFirstOrThrow()).n);
    expect(await auditReads()).toBe(0);

    const handlerView = (await c.officer.get(`/api/v1/cases/${a.id}/reward-notices`)).json().items[0];
    expect(handlerView.tipCount).toBe(4);
    expect(handlerView.tips.map((x: { seq: number; informantName: string | null; informantContact: string | null; identityVisible: boolean }) => [x.seq, x.informantName, x.informantContact, x.identityVisible])).toEqual([
      [1, "匿名/confidential", null, true],
      [2, "李四", "13812345678", true],
      [3, "匿名/confidential", "wx:tip123", true],
      [4, "沪执行", null, true],
    ]);
    expect(await auditReads()).toBe(1);
    (await c.officer.get(`/api/v1/cases/${a.id}/reward-notices`)).json();
    expect(await auditReads()).toBe(2);

    for (const who of [c.head, c.officer2, c.supervisor]) {
      const view = (await who.get(`/api/v1/cases/${a.id}/reward-notices`)).json().items[0];
      expect(view.tips.map((x: { informantName: string; identityVisible: boolean }) => [x.informantName, x.identityVisible])).toEqual([
        ["匿名/confidential", false],
        ["匿名/confidential", false],
        ["匿名/confidential", false],
        ["匿名/confidential", false],
      ]);
      expect(JSON.stringify(view)).not.toMatch(/李四|13812345678|wx:tip123|沪执行/);
    }
    expect(await auditReads()).toBe(2);
    const applicantView = (await c.applicant.get(`/api/v1/cases/${a.id}/reward-notices`)).json().items[0];
    expect(applicantView).toMatchObject({ tipCount: 4, tips: null, status: "published" });
    expect((await c.respondent.get(`/api/v1/cases/${a.id}/reward-notices`)).statusCode).toBe(404);

    // The case record and the audit trail name no informant.
    const detail = (await c.officer.get(`/api/v1/cases/${a.id}`)).json();
    expect(JSON.stringify(detail.events)).not.toMatch(/李四|13812345678|wx:tip123/);
    const audit = await t.database.db.selectFrom("audit_log").selectAll().where("case_id", "=", a.id).execute();
    expect(JSON.stringify(audit)).not.toMatch(/李四|13812345678|wx:tip123/);
    expect(detail.events.filter((e: { type: string }) => e.type === "rewardTipReceived")).toHaveLength(4);
  });

  describe("bad input names the field and stores nothing", () => {
    let caseId: string;
    let noticeId: string;
    beforeAll(async () => {
      ({ caseId, noticeId } = await published("2025-09-15"));
    });
    const snapshot = async () => Promise.all((["reward_notices", "reward_tips", "clocks", "case_events", "audit_log"] as Table[]).map((x) => count(x, caseId)));
    it.each<[string, "apply" | "decide" | "tip", unknown, string]>([
      ["not written", "apply", { ...APPLY, written: false }, "written"],
      ["no promise to pay", "apply", { ...APPLY, promiseToPay: false }, "promiseToPay"],
      ["amount 0", "apply", { ...APPLY, amountFen: 0 }, "amountFen"],
      ["amount not an integer", "apply", { ...APPLY, amountFen: 12.5 }, "amountFen"],
      ["neither amount nor formula", "apply", { ...APPLY, amountFen: undefined }, "amountFen"],
      ["both amount and formula", "apply", { ...APPLY, formula: "执行到位金额的 5%" }, "formula"],
      ["no channel", "apply", { ...APPLY, channels: [] }, "channels"],
      ["unknown channel", "apply", { ...APPLY, channels: ["tiktok"] }, "channels.0"],
      ["only the notice board", "apply", { ...APPLY, channels: ["courtNoticeBoard"] }, "channels"],
      ["other media without the cost", "apply", { ...APPLY, channels: ["courtWeibo", "otherMedia"], otherMediaName: "某日报" }, "applicantBearsOtherMediaCost"],
      ["unknown field", "apply", { ...APPLY, reward: 1 }, "reward"],
      ["decision unknown", "decide", { decision: "maybe" }, "decision"],
      ["refusal without a reason", "decide", { decision: "refuse" }, "reason"],
      ["tip without content", "tip", { anonymous: true }, "content"],
      ["anonymous tip with a name", "tip", { content: "某处有财产线索", anonymous: true, informantName: "王五" }, "informantName"],
      ["unauthenticated, not anonymous, no name", "tip", { content: "某处有财产线索", anonymous: false }, "informantName"],
      ["anonymous not a boolean", "tip", { content: "某处有财产线索", anonymous: "yes" }, "anonymous"],
    ])("%s → 400 naming %s", async (_l, route, body, field) => {
      const before = await snapshot();
      const r =
        route === "apply"
          ? await c.applicant.post(`/api/v1/cases/${caseId}/reward-notices`, body)
          : route === "decide"
            ? await c.officer.post(`/api/v1/reward-notices/${noticeId}/decide`, body)
            : await t.anonymous().post(`/api/v1/reward-notices/${noticeId}/tips`, body);
      expect(r.statusCode, r.body).toBe(400);
      expect(r.json().error.field).toBe(field);
      expect(r.json().error.message.zh.length).toBeGreaterThan(0);
      expect(r.json().error.message.en.length).toBeGreaterThan(0);
      expect(await snapshot()).toEqual(before);
    });
  });
});
