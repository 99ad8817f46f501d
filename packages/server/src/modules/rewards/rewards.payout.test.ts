// 悬赏金 paid through the ledger (财产调查规定 art 24) and the public list of published notices, on PGlite
// and on the PostgreSQL server: the reward comes out of the money held for the applicant; it is refused
// for the applicant's agent or a person obliged to report property, and beyond the applicant's held money
// (nothing written); the public list shows no ID number, address or full natural-person name.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { validApplication } from "../../testing/fixtures";
import { addUsers, caseWithNotice, loginAll, RESPONDENTS, type Clients } from "../property-reports/property-test-setup";

const APPLY = { written: true, amountFen: 50_000, promiseToPay: true, channels: ["nationalPlatform"] };
const PERSON = validApplication().respondents[0]!;

describe.each(TEST_BACKENDS)("reward payout and the public list on %s", (kind) => {
  let t: TestApp;
  let c: Clients;
  let caseId: string;
  let noticeId: string;
  let tipIds: string[];
  let heldFen: number;

  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-09-15" });
    await addUsers(t);
    c = await loginAll(t);
    const a = await caseWithNotice(t, c, "2025-09-15", { withReportOrder: true }, { respondents: [PERSON, RESPONDENTS[1]] });
    caseId = a.id;
    noticeId = (await c.applicant.post(`/api/v1/cases/${caseId}/reward-notices`, APPLY)).json().id;
    expect((await c.officer.post(`/api/v1/reward-notices/${noticeId}/decide`, { decision: "publish" })).statusCode).toBe(200);
    tipIds = [];
    for (const content of ["被执行人在东莞有一处仓库", "被执行人在某银行有账户"]) {
      tipIds.push((await t.anonymous().post(`/api/v1/reward-notices/${noticeId}/tips`, { content })).json().id);
    }
    expect((await c.officer.post(`/api/v1/cases/${caseId}/ledger/receipts`, { source: "respondentPayment", amountFen: 5_000_000, date: "2025-09-15" })).statusCode).toBe(201);
    expect((await c.officer.post(`/api/v1/cases/${caseId}/ledger/distributions`, {})).statusCode).toBe(201);
    heldFen = (await c.officer.get(`/api/v1/cases/${caseId}/ledger`)).json().balances.heldForPayoutByPayee.applicant;
    expect(heldFen).toBeGreaterThan(50_000);
  });
  afterAll(async () => t?.close());

  const pay = (tipId: string) => `/api/v1/reward-notices/${noticeId}/tips/${tipId}/pay`;
  const BODY = { amountFen: 50_000, date: "2025-09-15", payeeIsApplicantAgent: false, payeeObligedToReport: false, note: "转账凭证 TX-001" };
  type Table = "ledger_entries" | "reward_tips" | "case_events" | "audit_log";
  const snapshot = async () => ({
    counts: await Promise.all(
      (["ledger_entries", "case_events", "audit_log"] as Table[]).map(async (x) =>
        Number((await t.database.db.selectFrom(x).select((eb) => eb.fn.countAll<string>().as("n")).where("case_id", "=", caseId).executeTakeFirstOrThrow()).n),
      ),
    ),
    tips: await t.database.db.selectFrom("reward_tips").select(["id", "status", "reward_paid_fen"]).where("case_id", "=", caseId).orderBy("seq").execute(),
  });

  it("refused for the applicant's agent or a person obliged to report, naming the field; nothing written", async () => {
    const before = await snapshot();
    const agent = await c.officer.post(pay(tipIds[0]!), { ...BODY, payeeIsApplicantAgent: true });
    expect(agent.statusCode, agent.body).toBe(422);
    expect(agent.json().error).toMatchObject({ code: "PRECONDITION_FAILED", field: "payeeIsApplicantAgent" });
    expect(agent.json().error.message.en).toMatch(/agent/);
    const obliged = await c.officer.post(pay(tipIds[0]!), { ...BODY, payeeObligedToReport: true });
    expect(obliged.statusCode).toBe(422);
    expect(obliged.json().error.field).toBe("payeeObligedToReport");
    expect(await snapshot()).toEqual(before);
  });

  it("only the handler or the division head pays; others are refused", async () => {
    const before = await snapshot();
    expect((await c.officer2.post(pay(tipIds[0]!), BODY)).statusCode).toBe(403);
    expect((await c.applicant.post(pay(tipIds[0]!), BODY)).statusCode).toBe(404);
    expect((await t.anonymous().post(pay(tipIds[0]!), BODY)).statusCode).toBe(401);
    expect(await snapshot()).toEqual(before);
  });

  it("an overdraft of the applicant's held money is refused (422 naming the balance) and nothing is written", async () => {
    const before = await snapshot();
    const r = await c.officer.post(pay(tipIds[1]!), { ...BODY, amountFen: heldFen + 1 });
    expect(r.statusCode, r.body).toBe(422);
    expect(r.json().error).toMatchObject({ code: "PRECONDITION_FAILED", field: "heldForPayoutByPayee.applicant" });
    expect(await snapshot()).toEqual(before);
  });

  it("paid out of the applicant's held money: reward entry, tip rewarded, case event and audit together", async () => {
    const before = await snapshot();
    const r = await c.officer.post(pay(tipIds[0]!), BODY);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().tip).toMatchObject({ id: tipIds[0], status: "rewarded", rewardPaidFen: 50_000 });
    const ledger = (await c.officer.get(`/api/v1/cases/${caseId}/ledger`)).json();
    expect(ledger.balances.rewardFen).toBe(50_000);
    expect(ledger.balances.heldForPayoutByPayee.applicant).toBe(heldFen - 50_000);
    const after = await snapshot();
    expect(after.counts).toEqual(before.counts.map((n) => n + 1));
    expect(after.tips.map((x) => [x.status, x.reward_paid_fen])).toEqual([
      ["rewarded", 50_000],
      ["received", null],
    ]);
    const entry = await t.database.db.selectFrom("ledger_entries").selectAll().where("id", "=", r.json().ledgerEntryId).executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ kind: "reward", amount_fen: 50_000, entry_date: "2025-09-15" });
    const events = (await c.officer.get(`/api/v1/cases/${caseId}`)).json().events;
    expect(events.at(-1)).toMatchObject({ type: "rewardPaid", data: { tipId: tipIds[0], amountFen: 50_000 } });
    const audit = await t.database.db.selectFrom("audit_log").select("action").where("case_id", "=", caseId).where("action", "=", "reward.pay").execute();
    expect(audit).toHaveLength(1);
    // Paid once only.
    expect((await c.head.post(pay(tipIds[0]!), BODY)).statusCode).toBe(409);
  });

  it("the public list: published notices only, no sign-in, no ID number, address or full natural-person name", async () => {
    const unpublished = await caseWithNotice(t, c, "2025-09-15", { withReportOrder: true }, { respondents: [PERSON] });
    expect((await c.applicant.post(`/api/v1/cases/${unpublished.id}/reward-notices`, APPLY)).statusCode).toBe(201);
    const r = await t.anonymous().get("/api/v1/public/reward-notices");
    expect(r.statusCode).toBe(200);
    const items = r.json().items as { id: string; caseNumber: string; respondents: { name: string; masked: boolean }[]; amountFen: number; court: { name: string } }[];
    expect(items.map((x) => x.id)).toEqual([noticeId]);
    expect(items[0]).toMatchObject({ amountFen: 50_000, publishedDate: "2025-09-15", court: { name: expect.any(String) } });
    expect(items[0]!.caseNumber).toMatch(/执/);
    expect(items[0]!.respondents).toEqual([
      { name: "张某", masked: true },
      { name: RESPONDENTS[1]!.name, masked: false },
    ]);
    const body = r.body;
    expect(body).not.toContain(PERSON.name);
    expect(body).not.toContain(PERSON.idNumber);
    expect(body).not.toContain(RESPONDENTS[1]!.idNumber);
    expect(body).not.toContain(PERSON.address!);
    expect(body).not.toContain(PERSON.phone!);
  });
});
