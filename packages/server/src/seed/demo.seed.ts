// Demo data for `npm start` on an empty database: one user for each role and a few cases in different
// states, created through the services so that every clock, event and audit row is real.
import { randomUUID } from "node:crypto";
import { countUsers, insertUser, upsertCourts, writeAudit } from "@zhixing/db";
import { addDays, creditCodeCheckChar, residentIdCheckChar, type IsoDate } from "@zhixing/domain";
import { today, type AppContext } from "../context";
import type { AuthUser } from "../http/auth";
import { hashPassword } from "../modules/auth/auth.service";
import { applyCaseEvent, submitApplication } from "../modules/cases/cases.service";
import { submitPreservationCase } from "../modules/cases/preservation.service";
import { createAsset, createMeasure } from "../modules/measures/measures.service";
import { deductFrozenFunds, distributeReceipts } from "../modules/ledger/ledger.service";
import { submitClue, verifyClue } from "../modules/clues/clues.service";
import { requestInvestigation, startInvestigation } from "../modules/clues/investigation.service";
import { applyForReward, decideReward } from "../modules/rewards/rewards.service";
import type { ApplicationInput } from "../modules/cases/cases.schemas";
import { COURTS } from "./courts.seed";
import { seedDemoCredit } from "./credit.seed";
import { seedDemoConduct } from "./conduct.seed";

export const DEMO_PASSWORD = "zhixing-demo";

export const residentId = (first17: string) => first17 + residentIdCheckChar(first17);
export const creditCode = (first17: string) => first17 + creditCodeCheckChar(first17);

export const DEMO_RESPONDENT_ID = residentId("11010819850315123");

export type DemoUser = { username: string; role: string; displayName: string; courtId: string | null; note: string };

export const DEMO_USERS: DemoUser[] = [
  { username: "clerk", role: "filingClerk", displayName: "李立案", courtId: "bj-ip", note: "立案庭 filing clerk, 京73" },
  { username: "officer", role: "officer", displayName: "王执行", courtId: "bj-ip", note: "执行法官 enforcement officer, 京73" },
  { username: "officer2", role: "officer", displayName: "赵执行", courtId: "bj-ip", note: "执行法官 enforcement officer, 京73" },
  { username: "head", role: "divisionHead", displayName: "陈局长", courtId: "bj-ip", note: "执行局负责人 division head, 京73" },
  { username: "president", role: "president", displayName: "周院长", courtId: "bj-ip", note: "院长 court president, 京73" },
  { username: "supervisor", role: "supervisor", displayName: "孙监督", courtId: "bj-high", note: "上级法院监督 higher-court supervisor, 京高院" },
  { username: "admin", role: "admin", displayName: "系统管理员", courtId: "bj-ip", note: "administrator, 京73" },
  { username: "applicant", role: "applicant", displayName: "北京创新科技有限公司", courtId: null, note: "申请执行人 applicant" },
  { username: "respondent", role: "respondent", displayName: "张某某", courtId: null, note: "被执行人 respondent" },
  { username: "liaison", role: "agencyLiaison", displayName: "市场监管联络员", courtId: null, note: "协助执行单位 agency liaison" },
];

export async function seedCourts(ctx: AppContext): Promise<void> {
  await upsertCourts(ctx.database.db, COURTS);
}

/** Seeds demo users and cases if the database has no users yet; returns whether it did. */
export async function seedDemo(ctx: AppContext, opts: { cases?: boolean } = {}): Promise<boolean> {
  await seedCourts(ctx);
  if ((await countUsers(ctx.database.db)) > 0) return false;
  const hash = await hashPassword(DEMO_PASSWORD);
  const ids = new Map<string, AuthUser>();
  await ctx.database.db.transaction().execute(async (tx) => {
    for (const u of DEMO_USERS) {
      const id = randomUUID();
      const applicant = u.role === "applicant";
      await insertUser(tx, {
        id,
        court_id: u.courtId,
        username: u.username,
        password_hash: hash,
        display_name: u.displayName,
        role: u.role,
        party_kind: applicant ? "legalPerson" : u.role === "respondent" ? "naturalPerson" : null,
        id_type: applicant ? "creditCode" : u.role === "respondent" ? "residentId" : null,
        id_number: applicant ? creditCode("91110108MA01ABCD2") : u.role === "respondent" ? DEMO_RESPONDENT_ID : null,
        phone: applicant ? "13800138000" : null,
        email: null,
      });
      ids.set(u.username, { id, username: u.username, displayName: u.displayName, role: u.role as AuthUser["role"], courtId: u.courtId });
    }
    await writeAudit(tx, {
      courtId: null,
      actorId: null,
      actorRole: "system",
      action: "seed.demoUsers",
      entityType: "user",
      entityId: null,
      detail: { usernames: DEMO_USERS.map((u) => u.username) },
    });
  });
  if (opts.cases !== false) await seedDemoCases(ctx, ids);
  return true;
}

function demoApplication(n: number, applicationDate?: IsoDate, effective?: IsoDate): ApplicationInput {
  const eff = effective ?? "2025-06-30";
  return {
    courtId: "bj-ip",
    respondents: [
      {
        kind: n % 2 ? "legalPerson" : "naturalPerson",
        name: n % 2 ? `深圳市仿冒电子有限公司${n}` : n === 2 ? "张某某" : `张${"伟芳娜敏静"[n % 5]}`,
        idType: n % 2 ? "creditCode" : "residentId",
        idNumber: n % 2 ? creditCode(`91440300MA5F${String(1000 + n).padStart(4, "0")}X`) : n === 2 ? DEMO_RESPONDENT_ID : residentId(`4403051990010${String(100 + n).slice(-3)}1`),
        phone: `1390000${String(1000 + n).slice(-4)}`,
        address: "广东省深圳市南山区科技园路 1 号",
      },
    ],
    basis: {
      issuingCourt: "北京知识产权法院",
      documentNumber: `(2025)京73民初${100 + n}号`,
      effectiveDate: eff,
      performanceDeadline: addDays(eff, 10),
      rightType: (["patent", "trademark", "copyright", "unfairCompetition"] as const)[n % 4]!,
    },
    duties: [
      { kind: "monetary", category: "principal", description: "赔偿经济损失", amountFen: (n + 1) * 10_000_000 },
      { kind: "monetary", category: "costs", description: "合理开支", amountFen: 2_000_000 },
      { kind: "conduct", category: "ceaseInfringement", description: "立即停止制造、销售侵权产品", proofRequired: "现场检查笔录或市场监管部门核查结果" },
    ],
    ...(applicationDate ? { applicationDate } : {}),
  };
}

async function seedDemoCases(ctx: AppContext, users: Map<string, AuthUser>): Promise<void> {
  const clerk = users.get("clerk")!;
  const head = users.get("head")!;
  const officer = users.get("officer")!;
  const applicant = users.get("applicant")!;
  const now = today(ctx);
  const at = (date: IsoDate): AppContext => ({ ...ctx, now: () => new Date(`${date}T02:00:00Z`) });

  // 1. Filed online by the applicant today: waiting in the registration queue.
  await submitApplication(ctx, applicant, { ...demoApplication(1), applicants: undefined });
  // 2. Entered by the clerk 3 days ago, registered and assigned, notice not yet issued.
  const d2 = addDays(now, -3);
  const c2 = await submitApplication(at(d2), clerk, { ...demoApplication(2, d2), applicants: [demoApplicantParty()] });
  await applyCaseEvent(at(d2), clerk, c2, { type: "register" });
  await applyCaseEvent(at(addDays(d2, 1)), head, c2, { type: "assign", handlerId: officer.id });
  // 3. Running for two months: notice issued with the order to report property.
  const d3 = addDays(now, -60);
  const c3 = await submitApplication(at(d3), clerk, { ...demoApplication(3, d3, "2025-03-31"), applicants: [demoApplicantParty()] });
  await applyCaseEvent(at(addDays(d3, 2)), clerk, c3, { type: "register" });
  await applyCaseEvent(at(addDays(d3, 4)), head, c3, { type: "assign", handlerId: officer.id });
  await applyCaseEvent(at(addDays(d3, 5)), officer, c3, { type: "issueNotice", withReportOrder: true });
  // 4. Paid in full and closed.
  const d4 = addDays(now, -40);
  const c4 = await submitApplication(at(d4), clerk, { ...demoApplication(4, d4), applicants: [demoApplicantParty()] });
  await applyCaseEvent(at(d4), clerk, c4, { type: "register" });
  await applyCaseEvent(at(addDays(d4, 1)), head, c4, { type: "assign", handlerId: officer.id });
  await applyCaseEvent(at(addDays(d4, 2)), officer, c4, { type: "issueNotice", withReportOrder: true });
  const paid = at(addDays(d4, 20));
  for (const duty of await dutiesOf(ctx, c4)) {
    await applyCaseEvent(paid, officer, c4, { type: "recordDutyDone", dutyId: duty, evidence: "执行款已到账，侵权产品已下架（现场核查笔录）" });
  }
  await applyCaseEvent(paid, officer, c4, { type: "close", mode: "completed", reason: "被执行人已全部履行" });

  await seedDemoProperty(ctx, users, { c3, d3, c2 });
  await seedDemoCredit(ctx, users, { c3, d3 });
  await seedDemoConduct(ctx, users, { c2 });
}

/**
 * Property work on the demo cases, through the services: case 3 has a deposit and a patent frozen, part
 * of the deposit deducted and distributed, a clue verified, an investigation started and a reward
 * notice published; a 执保 case against case 2's respondent, closed as 保全完毕 with a freeze in force,
 * waits to be carried into case 2 (民诉法解释 art 168).
 */
async function seedDemoProperty(ctx: AppContext, users: Map<string, AuthUser>, k: { c3: string; d3: IsoDate; c2: string }): Promise<void> {
  const clerk = users.get("clerk")!;
  const head = users.get("head")!;
  const officer = users.get("officer")!;
  const applicant = users.get("applicant")!;
  const now = today(ctx);
  const at = (date: IsoDate): AppContext => ({ ...ctx, now: () => new Date(`${date}T02:00:00Z`) });

  const d = (n: number) => addDays(k.d3, n);
  const deposit = await createAsset(at(d(8)), officer, k.c3, {
    type: "bankDeposit",
    description: "招商银行深圳分行对公账户存款",
    identifier: "755912345610801",
    holder: "深圳市仿冒电子有限公司3",
    valueFen: 15_000_000,
    indivisible: false,
  });
  const freeze = await createMeasure(at(d(8)), officer, k.c3, { assetId: deposit, kind: "freeze", amountFen: 15_000_000, executedBy: "招商银行深圳分行" });
  const patent = await createAsset(at(d(12)), officer, k.c3, {
    type: "patent",
    description: "发明专利“一种快速充电电路”",
    identifier: "ZL202110123456.7",
    holder: "深圳市仿冒电子有限公司3",
    valueFen: 20_000_000,
    indivisible: true,
  });
  await createMeasure(at(d(12)), officer, k.c3, { assetId: patent, kind: "freeze", amountFen: 20_000_000, executedBy: "国家知识产权局" });
  await deductFrozenFunds(at(d(30)), officer, k.c3, { measureId: freeze, amountFen: 5_000_000, note: "扣划冻结存款" });
  await distributeReceipts(at(d(31)), officer, k.c3, {});
  const clue = await submitClue(at(d(20)), applicant, k.c3, { description: "被执行人在京东开设网店“仿冒电子旗舰店”，店铺保证金及货款可供执行" });
  await verifyClue(at(d(24)), officer, k.c3, clue.id, { result: "verified", note: "经向平台调查，店铺账户余额约 3 万元" });
  const inv = await requestInvestigation(at(d(40)), applicant, k.c3, { scope: "请调查被执行人的股权投资和应收账款" });
  await startInvestigation(at(d(45)), officer, k.c3, inv.id);
  const notice = await applyForReward(at(d(35)), applicant, k.c3, { written: true, amountFen: 2_000_000, promiseToPay: true, channels: ["nationalPlatform", "courtWeChat"] });
  await decideReward(at(d(38)), officer, notice.id, { decision: "publish" });

  // 执保: an in-suit property preservation against case 2's respondent, frozen 4 months ago, 保全完毕.
  const p0 = addDays(now, -120);
  const base = demoApplication(2);
  const p = await submitPreservationCase(at(p0), clerk, {
    courtId: "bj-ip",
    applicants: [demoApplicantParty()],
    respondents: base.respondents,
    kind: "property",
    stage: "inSuit",
    ruling: { court: "北京知识产权法院", documentNumber: "(2025)京73民初102号之一", date: p0 },
    rightType: "trademark",
    securityFen: 3_000_000,
  });
  await applyCaseEvent(at(p0), clerk, p, { type: "register" });
  await applyCaseEvent(at(p0), head, p, { type: "assign", handlerId: officer.id });
  const account = await createAsset(at(addDays(p0, 1)), officer, p, {
    type: "bankDeposit",
    description: "中国工商银行个人储蓄账户存款",
    identifier: "6222020200112233445",
    holder: "张某某",
    valueFen: 8_000_000,
    indivisible: false,
  });
  await createMeasure(at(addDays(p0, 1)), officer, p, { assetId: account, kind: "freeze", amountFen: 8_000_000, executedBy: "中国工商银行北京分行", context: "preservation" });
  await applyCaseEvent(at(addDays(p0, 2)), officer, p, { type: "close", mode: "preservationCompleted", reason: "保全裁定已执行完毕，冻结存款 8 万元" });
}

async function dutiesOf(ctx: AppContext, caseId: string): Promise<string[]> {
  const rows = await ctx.database.db.selectFrom("duties").select("id").where("case_id", "=", caseId).orderBy("position").execute();
  return rows.map((r) => r.id);
}

function demoApplicantParty(): NonNullable<ApplicationInput["applicants"]>[number] {
  return {
    kind: "legalPerson",
    name: "北京创新科技有限公司",
    idType: "creditCode",
    idNumber: creditCode("91110108MA01ABCD2"),
    phone: "13800138000",
    address: "北京市海淀区中关村大街 1 号",
  };
}
