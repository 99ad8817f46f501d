// zhixing reports show | clues list | investigations list | rewards list as a user runs them: a real
// process on a PostgreSQL test database seeded through the services, real output and exit codes. The
// CLI runs on today's clock: the case below was worked in 2025, so its open clocks are overdue.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@zhixing/db";
import { todayInShanghai } from "@zhixing/domain";
import { createTestApp, type TestApp } from "../testing/test-app";
import { validApplication } from "../testing/fixtures";
import { DEMO_RESPONDENT_ID } from "../seed/demo.seed";
import { applyCaseEvent, submitApplication } from "../modules/cases/cases.service";
import type { ApplicationInput } from "../modules/cases/cases.schemas";
import { fileReport } from "../modules/property-reports/property-reports.service";
import { otherCourtOfficer } from "../modules/ledger/ledger-fixtures";
import { SECOND_RESPONDENT_CODE } from "../modules/property-reports/property-test-setup";
import { submitClue, verifyClue } from "../modules/clues/clues.service";
import { requestInvestigation } from "../modules/clues/investigation.service";
import { applyForReward, decideReward, submitTip, withdrawReward } from "../modules/rewards/rewards.service";

const run = promisify(execFile);
const BIN = join(import.meta.dirname, "..", "..", "bin", "zhixing.mjs");

// Personal data that must never reach the output.
const SECRETS = {
  idNumber: DEMO_RESPONDENT_ID,
  phone: "13900001111",
  address: "广东省深圳市南山区科技园路1号",
  account: "6222020000001111",
  clueAccount: "6214830000001234",
  informant: "李线人",
  informantPhone: "13700007777",
  tipContent: "被执行人在大兴区有一处仓库",
  scope: "调查被执行人名下证券账户",
  withdrawal: "已与被执行人达成和解协议",
};

describe("zhixing reports / clues / investigations / rewards on a PostgreSQL server", () => {
  let t: TestApp;
  let env: Record<string, string>;
  let caseId: string;
  let caseNumber: string;
  let pendingId: string;
  const seeded: { urgentDue?: string; todayDue?: string; investigationDue?: string; startDue?: string; noticeId?: string } = {};
  const zhixing = async (args: string[]) => {
    try {
      const r = await run(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, timeout: 60_000 });
      return { code: 0, stdout: r.stdout, stderr: r.stderr };
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string };
      return { code: err.code, stdout: err.stdout, stderr: err.stderr };
    }
  };
  const leaks = (text: string) => Object.values(SECRETS).filter((s) => text.includes(s));

  beforeAll(async () => {
    t = await createTestApp("postgres", { today: "2025-09-15" });
    env = { DATABASE_URL: t.database.url! };
    const [clerk, head, officer, applicant, respondent] = await Promise.all([t.user("clerk"), t.user("head"), t.user("officer"), t.user("applicant"), t.user("respondent")]);
    const app = validApplication({
      respondents: [
        { kind: "naturalPerson", name: "张三丰", idType: "residentId", idNumber: DEMO_RESPONDENT_ID, phone: SECRETS.phone, address: SECRETS.address },
        { kind: "legalPerson", name: "深圳仿冒电子有限公司", idType: "creditCode", idNumber: SECOND_RESPONDENT_CODE },
      ],
    }) as ApplicationInput;
    caseId = await submitApplication(t.ctx, clerk, app);
    await applyCaseEvent(t.ctx, clerk, caseId, { type: "register" });
    await applyCaseEvent(t.ctx, head, caseId, { type: "assign", handlerId: officer.id });
    // The order to report goes with the notice on 09-15: 10 days, due 09-25.
    await applyCaseEvent(t.ctx, officer, caseId, { type: "issueNotice", withReportOrder: true });
    caseNumber = (await t.database.db.selectFrom("cases").select("case_number").where("id", "=", caseId).executeTakeFirstOrThrow()).case_number!;

    // 09-26: 张三丰 reports a day late (a sanctions trigger); 09-27 a supplementary report; the company never reports.
    t.setToday("2025-09-26");
    await fileReport(t.ctx, respondent, caseId, {
      kind: "initial",
      items: [
        { category: "deposits", description: "工商银行储蓄账户", holder: "工商银行深圳分行", identifier: SECRETS.account, valueFen: 5_000_000 },
        { category: "income", description: "工资收入", valueFen: 1_200_000 },
      ],
    });
    t.setToday("2025-09-27");
    await fileReport(t.ctx, respondent, caseId, { kind: "supplementary", changeDate: "2025-09-26", items: [{ category: "movables", description: "小型轿车一辆" }] });
    t.setToday("2025-09-26");

    // Clues: an urgent one never verified, one verified; an investigation request never completed.
    seeded.urgentDue = (await submitClue(t.ctx, applicant, caseId, { description: `被执行人在招商银行有账户 ${SECRETS.clueAccount}`, urgent: true })).clock!.due;
    const second = await submitClue(t.ctx, applicant, caseId, { description: "被执行人持有一辆小型轿车" });
    await verifyClue(t.ctx, officer, caseId, second.id, { result: "verified", note: "已查实并查封" });
    const requested = await requestInvestigation(t.ctx, applicant, caseId, { scope: SECRETS.scope });
    seeded.investigationDue = requested.clock!.due;
    seeded.startDue = requested.startClock!.due;

    // A reward notice, published, with a named tip and an anonymous one.
    const notice = await applyForReward(t.ctx, applicant, caseId, { written: true, amountFen: 5_000_000, promiseToPay: true, channels: ["nationalPlatform", "courtWeChat"] });
    await decideReward(t.ctx, officer, notice.id, { decision: "publish" });
    await submitTip(t.ctx, null, notice.id, { content: SECRETS.tipContent, informantName: SECRETS.informant, informantContact: SECRETS.informantPhone });
    await submitTip(t.ctx, null, notice.id, { content: "被执行人常去某商场", anonymous: true });
    seeded.noticeId = notice.id;

    // A clue received today: its clock still runs.
    t.setToday(todayInShanghai(new Date()));
    seeded.todayDue = (await submitClue(t.ctx, applicant, caseId, { description: "被执行人近日出售房产" })).clock!.due;

    // A second case, registered but not yet assigned, with a reward application awaiting decision.
    t.setToday("2025-09-26");
    pendingId = await submitApplication(t.ctx, clerk, validApplication() as ApplicationInput);
    await applyCaseEvent(t.ctx, clerk, pendingId, { type: "register" });
    await applyForReward(t.ctx, applicant, pendingId, { written: true, formula: "实际执行到位金额的 10%", promiseToPay: true, channels: ["courtWeibo", "courtNoticeBoard"] });
    // And one the applicant withdrew the next day: the reason stays in the system.
    const withdrawn = await applyForReward(t.ctx, applicant, pendingId, { written: true, amountFen: 1_000_000, promiseToPay: true, channels: ["nationalPlatform"] });
    t.setToday("2025-09-27");
    await withdrawReward(t.ctx, applicant, pendingId, withdrawn.id, { reason: SECRETS.withdrawal });
  }, 120_000);
  afterAll(async () => t?.close());

  it("reports show: the order, each respondent's clock and breach, the reports with item counts", async () => {
    const r = await zhixing(["reports", "show", "--case", caseNumber, "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const v = JSON.parse(r.stdout);
    expect(v).toMatchObject({
      caseId,
      caseNumber,
      readAs: { username: "officer", role: "officer" },
      order: { issued: true, noticeDate: "2025-09-15" },
      counts: { initial: 1, supplementary: 1 },
    });
    expect(v.obligations).toEqual([
      expect.objectContaining({ partyName: "张三丰", due: "2025-09-25", clockStatus: "met", overdue: false, reportedDate: "2025-09-26", late: true, breach: "late", daysLeft: null }),
      expect.objectContaining({ partyName: "深圳仿冒电子有限公司", due: "2025-09-25", clockStatus: "open", overdue: true, reportedDate: null, breach: "notReported" }),
    ]);
    expect(v.obligations[1].daysLeft).toBeLessThan(0);
    expect(v.obligations[1].sanctionGrounds.map((g: { key: string }) => g.key)).toContain("dishonestListing");
    expect(v.reports).toEqual([
      expect.objectContaining({ kind: "initial", partyName: "张三丰", submittedDate: "2025-09-26", due: "2025-09-25", late: true, enteredByStaff: false, itemCount: 2, transferCount: 0 }),
      expect.objectContaining({ kind: "supplementary", submittedDate: "2025-09-27", changeDate: "2025-09-26", late: false, itemCount: 1 }),
    ]);
    expect(v.sanctionsTriggers).toEqual([expect.objectContaining({ date: "2025-09-26", partyName: "张三丰", breach: "late", due: "2025-09-25" })]);
    expect(leaks(r.stdout)).toEqual([]);

    const text = await zhixing(["reports", "show", "--case", caseId]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain(caseNumber);
    expect(text.stdout).toContain("issued with the notice of 2025-09-15");
    expect(text.stdout).toMatch(/张三丰 {2}due 2025-09-25, met 已完成 2025-09-26 {2}reported 已报告 2025-09-26 LATE/);
    expect(text.stdout).toMatch(/深圳仿冒电子有限公司 {2}due 2025-09-25, OVERDUE 已逾期 \d+d {2}not reported 未报告 {2}sanctions trigger 制裁事由 notReported/);
    expect(text.stdout).toContain("1 initial 首次, 1 supplementary 补充");
    expect(text.stdout).toContain("2 item(s) 项财产");
    expect(text.stdout).toContain("sanctions trigger recorded 已记录制裁事由 2025-09-26: 张三丰 late");
    expect(leaks(text.stdout)).toEqual([]);
  }, 60_000);

  it("clues list and investigations list: clocks (due, urgent, overdue) and status, no descriptions", async () => {
    const r = await zhixing(["clues", "list", "--case", caseNumber, "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const v = JSON.parse(r.stdout);
    expect(v).toMatchObject({ caseId, caseNumber, readAs: { username: "officer" } });
    expect(v.items).toHaveLength(3);
    const [urgent, verified, fresh] = v.items;
    expect(urgent).toMatchObject({ receivedDate: "2025-09-26", urgent: true, status: "received", verifiedDate: null, clock: { due: seeded.urgentDue, status: "open", overdue: true } });
    expect(urgent.clock.daysLeft).toBeLessThan(0);
    expect(verified).toMatchObject({ urgent: false, status: "verified", verifiedDate: "2025-09-26", clock: { status: "met", metDate: "2025-09-26", overdue: false, daysLeft: null } });
    expect(fresh).toMatchObject({ urgent: false, status: "received", clock: { due: seeded.todayDue, status: "open", overdue: false } });
    expect(fresh.clock.daysLeft).toBeGreaterThanOrEqual(0);
    expect(Object.keys(urgent)).not.toContain("description");
    expect(leaks(r.stdout)).toEqual([]);

    const text = await zhixing(["clues", "list", "--case", caseNumber]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain(`received 2025-09-26  URGENT 紧急  received    verification 核实 due ${seeded.urgentDue}, OVERDUE 已逾期`);
    expect(text.stdout).toContain("verified   on 2025-09-26  verification 核实 due");
    expect(text.stdout).toMatch(new RegExp(`due ${seeded.todayDue}, open 进行中, \\d+d left`));
    expect(text.stdout).not.toContain("被执行人");
    expect(leaks(text.stdout)).toEqual([]);

    const inv = await zhixing(["investigations", "list", "--case", caseNumber, "--json"]);
    expect(inv.code, inv.stderr).toBe(0);
    const items = JSON.parse(inv.stdout).items;
    expect(items).toEqual([
      expect.objectContaining({
        requestedDate: "2025-09-26",
        status: "requested",
        startedDate: null,
        completedDate: null,
        startClock: expect.objectContaining({ due: seeded.startDue, status: "open", overdue: true }),
        clock: expect.objectContaining({ due: seeded.investigationDue, status: "open", overdue: true }),
      }),
    ]);
    expect(items[0].clock.basis.law).toBeTruthy();
    const invText = await zhixing(["investigations", "list", "--case", caseId]);
    expect(invText.stdout).toMatch(new RegExp(`requested 2025-09-26  requested   start 启动 due ${seeded.startDue}, OVERDUE 已逾期 \\d+d  complete 完成 due ${seeded.investigationDue}, OVERDUE 已逾期`));
    expect(leaks(inv.stdout + invText.stdout)).toEqual([]);
  }, 60_000);

  it("rewards list: the staff view counts tips without informants; --public is the public list, masked", async () => {
    const r = await zhixing(["rewards", "list", "--case", caseNumber, "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const v = JSON.parse(r.stdout);
    expect(v).toMatchObject({ view: "staff", skipped: [] });
    // The CLI prints no informant, so no identity read is recorded for it (财产调查规定 art 23).
    const identityReads = await t.database.db.selectFrom("audit_log").select("action").where("case_id", "=", caseId).where("action", "=", "reward.tipIdentityRead").execute();
    expect(identityReads).toEqual([]);
    expect(v.items).toEqual([
      expect.objectContaining({
        caseId,
        caseNumber,
        readAs: "officer",
        id: seeded.noticeId,
        status: "published",
        amountFen: 5_000_000,
        channels: ["nationalPlatform", "courtWeChat"],
        applicationDate: "2025-09-26",
        publishedDate: "2025-09-26",
        tipCount: 2,
        tips: [
          { seq: 1, receivedDate: "2025-09-26", anonymous: false, status: "received", rewardPaidFen: null },
          { seq: 2, receivedDate: "2025-09-26", anonymous: true, status: "received", rewardPaidFen: null },
        ],
        clock: expect.objectContaining({ status: "met", metDate: "2025-09-26", overdue: false }),
      }),
    ]);
    // Even read as the handler, who may see informants in the system, the CLI prints none.
    expect(leaks(r.stdout)).toEqual([]);
    const text = await zhixing(["rewards", "list", "--case", caseNumber]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(new RegExp(`${caseNumber.replace(/[()]/g, "\\$&")} {2}${seeded.noticeId!.slice(0, 8)} {2}published ¥50,000.00 {2}applied 申请 2025-09-26`));
    expect(text.stdout).toContain("tips 线索 2 (1 anonymous 匿名)");
    expect(leaks(text.stdout)).toEqual([]);

    // Every case: the unassigned case has no handler to read as and is named as skipped; --as reads both.
    const all = JSON.parse((await zhixing(["rewards", "list", "--json"])).stdout);
    expect(all.items.map((n: { caseId: string }) => n.caseId)).toEqual([caseId]);
    expect(all.skipped).toEqual([expect.objectContaining({ caseId: pendingId, reason: expect.objectContaining({ en: expect.stringContaining("--as") }) })]);
    const asHead = JSON.parse((await zhixing(["rewards", "list", "--as", "head", "--json"])).stdout);
    expect(asHead.items.map((n: { caseId: string; status: string }) => [n.caseId, n.status]).sort()).toEqual(
      [
        [caseId, "published"],
        [pendingId, "applied"],
        [pendingId, "withdrawn"],
      ].sort(),
    );
    const pendingNotices = asHead.items.filter((n: { caseId: string }) => n.caseId === pendingId);
    expect(pendingNotices).toEqual([
      expect.objectContaining({ formula: "实际执行到位金额的 10%", amountFen: null, ended: null, clock: expect.objectContaining({ status: "open", overdue: true }) }),
      expect.objectContaining({ amountFen: 1_000_000, ended: { kind: "withdrawn", date: "2025-09-27", byRole: "applicant", closeReason: null }, clock: expect.objectContaining({ status: "cancelled" }) }),
    ]);
    const asHeadText = await zhixing(["rewards", "list", "--as", "head"]);
    expect(asHeadText.stdout).toContain("withdrawn 已撤回 2025-09-27");
    expect(asHeadText.stdout).toContain("decision 决定 due 2025-10-09, OVERDUE 已逾期");
    expect(leaks(asHeadText.stdout)).toEqual([]);
    // A user of another court sees none of 京73's cases.
    const other = await otherCourtOfficer(t);
    expect(JSON.parse((await zhixing(["rewards", "list", "--as", other, "--json"])).stdout)).toMatchObject({ items: [], skipped: [] });

    const pub = await zhixing(["rewards", "list", "--public", "--json"]);
    expect(pub.code, pub.stderr).toBe(0);
    const p = JSON.parse(pub.stdout);
    expect(p).toMatchObject({ view: "public" });
    expect(p.items).toEqual([
      expect.objectContaining({
        id: seeded.noticeId,
        caseNumber,
        court: expect.objectContaining({ name: "北京知识产权法院" }),
        amountFen: 5_000_000,
        publishedDate: "2025-09-26",
        respondents: [
          { name: "张某某", masked: true },
          { name: "深圳仿冒电子有限公司", masked: false },
        ],
      }),
    ]);
    const pubText = await zhixing(["rewards", "list", "--public", "--case", caseNumber]);
    expect(pubText.stdout).toContain(`${caseNumber}  北京知识产权法院  ¥50,000.00  published 发布 2025-09-26  被执行人 张某某、深圳仿冒电子有限公司`);
    expect(pubText.stdout).not.toContain("张三丰");
    expect(leaks(pub.stdout + pubText.stdout)).toEqual([]);
    const pendingPublic = JSON.parse((await zhixing(["rewards", "list", "--public", "--case", pendingId, "--json"])).stdout);
    expect(pendingPublic.items).toEqual([]);
  }, 120_000);

  it("reads as the named staff user; refuses unknown cases, parties, missing handlers and bad options with exit 2, in both languages", async () => {
    const fullWidth = caseNumber.replace("(", "（").replace(")", "）");
    const asSupervisor = await zhixing(["clues", "list", "--case", fullWidth, "--as", "supervisor", "--json"]);
    expect(asSupervisor.code, asSupervisor.stderr).toBe(0);
    expect(JSON.parse(asSupervisor.stdout)).toMatchObject({ caseId, readAs: { username: "supervisor", role: "supervisor" } });
    const audits = await t.database.db.selectFrom("audit_log").select("action").where("case_id", "=", caseId).where("action", "=", "propertyReport.read").execute();
    expect(audits).toEqual([]);

    const other = await otherCourtOfficer(t);
    for (const [args, field, zh] of [
      [["reports", "show", "--case", "(2099)京73执9号"], "case", "没有案件"],
      [["clues", "list", "--case", "  "], "case", "请给出案号"],
      [["investigations", "list", "--case", "not-a-case"], "case", "没有案件"],
      [["rewards", "list", "--case", "(2099)京73执9号"], "case", "没有案件"],
      [["clues", "list", "--case", caseNumber, "--as", "nobody"], "as", "不存在"],
      [["reports", "show", "--case", caseNumber, "--as", "applicant"], "as", "法院工作人员"],
      [["clues", "list", "--case", pendingId], "as", "承办人"],
      [["rewards", "list", "--public", "--as", "officer"], "as", "公众视图"],
      [["investigations", "list", "--case", caseNumber, "--as", other], null, "案件不存在或无权查看"],
    ] as const) {
      const r = await zhixing([...args]);
      expect(r.code, `${args.join(" ")}: ${r.stdout}`).toBe(2);
      expect(r.stderr).toMatch(/错误：/);
      expect(r.stderr).toMatch(/error: /);
      expect(r.stderr).toContain(zh);
      if (field) expect(r.stderr).toContain(`(${field})`);
      expect(r.stdout).toBe("");
    }
    const missing = await zhixing(["clues", "list"]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain("--case");
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  }, 120_000);
});
