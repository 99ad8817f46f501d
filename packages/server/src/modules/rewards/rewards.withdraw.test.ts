// Ending a 悬赏公告, on PGlite and on the PostgreSQL server: the applicant who applied withdraws its notice
// (read from 财产调查规定 art 21: the notice exists on its application) while awaiting the decision — the
// decision clock is cancelled — or once published; the handler or the division head closes a published
// notice (read from art 22: the court makes the notice). A withdrawn or closed notice leaves the public
// list and takes no tips (art 23 para 1); a tip received while it was published can still be rewarded
// (art 24). Each change with its case event and audit record; refusals change nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import { lockCase } from "../cases/case-lock";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { addUsers, caseWithNotice, loginAll, type Clients } from "../property-reports/property-test-setup";
import { closeRewardNoticesOnCaseClosure } from "./rewards.service";

const APPLY = { written: true, amountFen: 50_000, promiseToPay: true, channels: ["nationalPlatform", "courtWeChat"] };

describe.each(TEST_BACKENDS)("withdrawing and closing reward notices on %s", (kind) => {
  let t: TestApp;
  let c: Clients;
  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-09-15" });
    await addUsers(t);
    c = await loginAll(t);
  });
  afterAll(async () => t?.close());

  type Table = "reward_notices" | "reward_tips" | "clocks" | "case_events" | "audit_log";
  const snapshot = async (caseId: string) => ({
    counts: await Promise.all(
      (["reward_notices", "reward_tips", "case_events", "audit_log"] as Table[]).map(async (x) =>
        Number((await t.database.db.selectFrom(x).select((eb) => eb.fn.countAll<string>().as("n")).where("case_id", "=", caseId).executeTakeFirstOrThrow()).n),
      ),
    ),
    notices: await t.database.db.selectFrom("reward_notices").select(["id", "status"]).where("case_id", "=", caseId).orderBy("id").execute(),
    clocks: await t.database.db.selectFrom("clocks").select(["id", "status"]).where("case_id", "=", caseId).orderBy("id").execute(),
  });
  const applied = async (date = "2025-09-15") => {
    const a = await caseWithNotice(t, c, date);
    const r = await c.applicant.post(`/api/v1/cases/${a.id}/reward-notices`, APPLY);
    expect(r.statusCode, r.body).toBe(201);
    return { caseId: a.id, noticeId: r.json().id as string };
  };
  const published = async (date = "2025-09-15") => {
    const n = await applied(date);
    expect((await c.officer.post(`/api/v1/reward-notices/${n.noticeId}/decide`, { decision: "publish" })).statusCode).toBe(200);
    return n;
  };
  const withdrawUrl = (n: { caseId: string; noticeId: string }) => `/api/v1/cases/${n.caseId}/reward-notices/${n.noticeId}/withdraw`;
  const closeUrl = (n: { caseId: string; noticeId: string }) => `/api/v1/cases/${n.caseId}/reward-notices/${n.noticeId}/close`;
  const publicIds = async () => ((await t.anonymous().get("/api/v1/public/reward-notices")).json().items as { id: string }[]).map((x) => x.id);
  const trail = async (caseId: string) =>
    (await t.database.db.selectFrom("audit_log").select(["action", "actor_role", "detail"]).where("case_id", "=", caseId).where("action", "like", "reward.%").orderBy("chain_seq").execute()).map(
      (x) => x.action,
    );

  it("the applicant withdraws an application awaiting the decision: the decision clock is cancelled, the court can no longer decide", async () => {
    const n = await applied("2025-09-15");
    t.setToday("2025-09-17");
    const r = await c.applicant.post(withdrawUrl(n), { reason: "  已与被执行人达成和解  " });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({
      status: "withdrawn",
      tips: null,
      appliedByMe: true,
      clock: { status: "cancelled", metDate: null },
      ended: { kind: "withdrawn", date: "2025-09-17", byRole: "applicant", closeReason: null, note: "已与被执行人达成和解" },
    });
    const detail = (await c.officer.get(`/api/v1/cases/${n.caseId}`)).json();
    expect(detail.events.at(-1)).toMatchObject({ type: "rewardWithdrawn", reason: "已与被执行人达成和解", data: { noticeId: n.noticeId, from: "applied", to: "withdrawn", decisionClockCancelled: true } });
    expect(await trail(n.caseId)).toEqual(["reward.apply", "reward.withdraw"]);
    // Staff see how it ended, too.
    expect((await c.officer.get(`/api/v1/cases/${n.caseId}/reward-notices`)).json().items[0]).toMatchObject({ status: "withdrawn", ended: { kind: "withdrawn", note: "已与被执行人达成和解" } });
    // The court can no longer publish it; nothing changes.
    const before = await snapshot(n.caseId);
    const d = await c.officer.post(`/api/v1/reward-notices/${n.noticeId}/decide`, { decision: "publish" });
    expect(d.statusCode).toBe(409);
    expect(await snapshot(n.caseId)).toEqual(before);
  });

  it("the applicant withdraws a published notice: it leaves the public list and takes no tips; a second withdrawal is refused and changes nothing", async () => {
    const n = await published("2025-09-15");
    expect(await publicIds()).toContain(n.noticeId);
    const tip = await t.anonymous().post(`/api/v1/reward-notices/${n.noticeId}/tips`, { content: "被执行人在东莞有一处仓库" });
    expect(tip.statusCode).toBe(201);
    const r = await c.applicant.post(withdrawUrl(n), { reason: "财产已查明" });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ status: "withdrawn", publishedDate: "2025-09-15", tipCount: 1, clock: { status: "met" }, ended: { kind: "withdrawn", note: "财产已查明" } });
    expect(await publicIds()).not.toContain(n.noticeId);
    expect((await t.anonymous().post(`/api/v1/reward-notices/${n.noticeId}/tips`, { content: "另一条线索，某银行账户" })).statusCode).toBe(404);
    expect(await trail(n.caseId)).toEqual(["reward.apply", "reward.publish", "reward.tip", "reward.withdraw"]);

    const before = await snapshot(n.caseId);
    const again = await c.applicant.post(withdrawUrl(n), { reason: "再次撤回" });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: "TRANSITION_NOT_ALLOWED", field: "status" });
    expect(again.json().error.message.zh.length).toBeGreaterThan(0);
    expect(again.json().error.message.en).toMatch(/withdrawn/);
    expect((await c.officer.post(closeUrl(n), { reason: "propertyFound" })).statusCode).toBe(409);
    expect(await snapshot(n.caseId)).toEqual(before);
  });

  it("only the applicant who applied withdraws: staff 403, a respondent, another court or an unknown notice 404, anonymous 401; nothing changes", async () => {
    const n = await published("2025-09-15");
    const other = await applied("2025-09-15");
    const before = await snapshot(n.caseId);
    const body = { reason: "不再需要悬赏" };
    for (const who of [c.officer, c.head, c.officer2, c.clerk, c.supervisor]) expect((await who.post(withdrawUrl(n), body)).statusCode).toBe(403);
    for (const who of [c.respondent, c.respondent2, c.shOfficer]) expect((await who.post(withdrawUrl(n), body)).statusCode).toBe(404);
    expect((await t.anonymous().post(withdrawUrl(n), body)).statusCode).toBe(401);
    // A notice addressed under another case, or an unknown one, is not found.
    expect((await c.applicant.post(withdrawUrl({ caseId: other.caseId, noticeId: n.noticeId }), body)).statusCode).toBe(404);
    expect((await c.applicant.post(withdrawUrl({ caseId: n.caseId, noticeId: "00000000-0000-4000-8000-000000000000" }), body)).statusCode).toBe(404);
    expect(await snapshot(n.caseId)).toEqual(before);
    expect(await publicIds()).toContain(n.noticeId);
  });

  it("the handler closes a published notice with a reason: it leaves the public list, tips are refused, the event and audit record say why", async () => {
    const n = await published("2025-09-15");
    t.setToday("2025-09-20");
    const r = await c.officer.post(closeUrl(n), { reason: "propertyFound", note: "已冻结被执行人银行存款" });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ status: "closed", tips: [], ended: { kind: "closed", date: "2025-09-20", byRole: "officer", closeReason: "propertyFound", note: "已冻结被执行人银行存款" } });
    expect(await publicIds()).not.toContain(n.noticeId);
    const tip = await t.anonymous().post(`/api/v1/reward-notices/${n.noticeId}/tips`, { content: "被执行人在某地有仓库" });
    expect(tip.statusCode).toBe(404);
    expect(tip.json().error.message.en.length).toBeGreaterThan(0);
    const detail = (await c.officer.get(`/api/v1/cases/${n.caseId}`)).json();
    expect(detail.events.at(-1)).toMatchObject({ type: "rewardClosed", data: { noticeId: n.noticeId, from: "published", to: "closed", closeReason: "propertyFound" } });
    const audit = await t.database.db.selectFrom("audit_log").select(["action", "actor_role", "entity_id"]).where("case_id", "=", n.caseId).where("action", "=", "reward.close").execute();
    expect(audit).toEqual([{ action: "reward.close", actor_role: "officer", entity_id: n.noticeId }]);
    // The applicant sees it closed, without the tips.
    expect((await c.applicant.get(`/api/v1/cases/${n.caseId}/reward-notices`)).json().items[0]).toMatchObject({ status: "closed", tips: null, ended: { kind: "closed", closeReason: "propertyFound" } });
    // Closed is final.
    const before = await snapshot(n.caseId);
    expect((await c.officer.post(closeUrl(n), { reason: "rewardPaid" })).statusCode).toBe(409);
    expect((await c.applicant.post(withdrawUrl(n), { reason: "撤回" })).statusCode).toBe(409);
    expect(await snapshot(n.caseId)).toEqual(before);
  });

  it("the division head closes too; another officer, a supervisor or the applicant 403; a respondent or another court 404; an unpublished notice 409", async () => {
    const n = await published("2025-09-15");
    const pending = await applied("2025-09-15");
    const before = await snapshot(n.caseId);
    const body = { reason: "caseClosed" };
    for (const who of [c.officer2, c.clerk, c.supervisor, c.applicant]) {
      const r = await who.post(closeUrl(n), body);
      expect(r.statusCode).toBe(403);
      expect(r.json().error.message.zh.length).toBeGreaterThan(0);
    }
    for (const who of [c.respondent, c.shOfficer]) expect((await who.post(closeUrl(n), body)).statusCode).toBe(404);
    expect((await t.anonymous().post(closeUrl(n), body)).statusCode).toBe(401);
    expect(await snapshot(n.caseId)).toEqual(before);

    const beforePending = await snapshot(pending.caseId);
    expect((await c.officer.post(closeUrl(pending), body)).statusCode).toBe(409);
    expect(await snapshot(pending.caseId)).toEqual(beforePending);

    const ok = await c.head.post(closeUrl(n), { reason: "other", note: "申请执行人与被执行人达成执行和解" });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: "closed", ended: { byRole: "divisionHead", closeReason: "other", note: "申请执行人与被执行人达成执行和解" } });
  });

  it("a tip received while the notice was published can still be rewarded after it is withdrawn (art 24)", async () => {
    const n = await published("2025-09-15");
    const tipId = (await t.anonymous().post(`/api/v1/reward-notices/${n.noticeId}/tips`, { content: "被执行人在东莞有一处仓库" })).json().id as string;
    expect((await c.applicant.post(withdrawUrl(n), { reason: "不再悬赏" })).statusCode).toBe(200);
    expect((await c.officer.post(`/api/v1/cases/${n.caseId}/ledger/receipts`, { source: "respondentPayment", amountFen: 5_000_000, date: "2025-09-15" })).statusCode).toBe(201);
    expect((await c.officer.post(`/api/v1/cases/${n.caseId}/ledger/distributions`, {})).statusCode).toBe(201);
    const pay = await c.officer.post(`/api/v1/reward-notices/${n.noticeId}/tips/${tipId}/pay`, {
      amountFen: 50_000,
      date: "2025-09-15",
      payeeIsApplicantAgent: false,
      payeeObligedToReport: false,
      note: "转账凭证 TX-009",
    });
    expect(pay.statusCode, pay.body).toBe(200);
    expect(pay.json().tip).toMatchObject({ status: "rewarded", rewardPaidFen: 50_000 });
  });

  it("closeRewardNoticesOnCaseClosure closes the case's published notices (reason caseClosed) in the caller's transaction, leaving the others", async () => {
    const n = await published("2025-09-15");
    const second = (await c.applicant.post(`/api/v1/cases/${n.caseId}/reward-notices`, APPLY)).json().id as string;
    const head = await t.user("head");
    const closed = await t.database.db.transaction().execute(async (tx) => {
      const locked = await lockCase(tx, n.caseId);
      return closeRewardNoticesOnCaseClosure(tx, t.ctx, head, locked);
    });
    expect(closed).toEqual([n.noticeId]);
    const items = (await c.officer.get(`/api/v1/cases/${n.caseId}/reward-notices`)).json().items as { id: string; status: string; ended: unknown }[];
    expect(items.find((x) => x.id === n.noticeId)).toMatchObject({ status: "closed", ended: { kind: "closed", closeReason: "caseClosed", byRole: "divisionHead" } });
    expect(items.find((x) => x.id === second)).toMatchObject({ status: "applied", ended: null });
    expect(await publicIds()).not.toContain(n.noticeId);
    expect(await trail(n.caseId)).toEqual(["reward.apply", "reward.publish", "reward.apply", "reward.close"]);
    // Idempotent: nothing more to close.
    expect(await t.database.db.transaction().execute(async (tx) => closeRewardNoticesOnCaseClosure(tx, t.ctx, head, await lockCase(tx, n.caseId)))).toEqual([]);
  });

  describe("bad input names the field and changes nothing", () => {
    let n: { caseId: string; noticeId: string };
    beforeAll(async () => {
      n = await published("2025-09-15");
    });
    it.each<[string, "withdraw" | "close", unknown, string]>([
      ["withdraw without a reason", "withdraw", {}, "reason"],
      ["withdraw with a blank reason", "withdraw", { reason: "   " }, "reason"],
      ["withdraw with a reason over 500 characters", "withdraw", { reason: "字".repeat(501) }, "reason"],
      ["withdraw with a reason not a string", "withdraw", { reason: 12 }, "reason"],
      ["withdraw with an unknown field", "withdraw", { reason: "撤回", status: "closed" }, "status"],
      ["close without a reason", "close", {}, "reason"],
      ["close with an unknown reason", "close", { reason: "bored" }, "reason"],
      ["close for another reason without a note", "close", { reason: "other" }, "note"],
      ["close with a one-character note", "close", { reason: "propertyFound", note: "是" }, "note"],
      ["close with a note over 500 characters", "close", { reason: "propertyFound", note: "字".repeat(501) }, "note"],
    ])("%s → 400 naming %s", async (_l, route, body, field) => {
      const before = await snapshot(n.caseId);
      const r = route === "withdraw" ? await c.applicant.post(withdrawUrl(n), body) : await c.officer.post(closeUrl(n), body);
      expect(r.statusCode, r.body).toBe(400);
      expect(r.json().error.field).toBe(field);
      expect(r.json().error.message.zh.length).toBeGreaterThan(0);
      expect(r.json().error.message.en.length).toBeGreaterThan(0);
      expect(await snapshot(n.caseId)).toEqual(before);
      expect(await publicIds()).toContain(n.noticeId);
    });
  });
});
