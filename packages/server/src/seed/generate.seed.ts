// `zhixing seed --cases N`: realistic cases in every lifecycle state, made through the services (so
// numbers, clocks, events and audit rows are real), with a seeded pseudo-random generator so that a
// run is reproducible.
import { randomUUID } from "node:crypto";
import { findCourt, insertUser, listStaff, writeAudit } from "@zhixing/db";
import { addDays, DomainError, type IsoDate } from "@zhixing/domain";
import { today, type AppContext } from "../context";
import type { AuthUser } from "../http/auth";
import { hashPassword } from "../modules/auth/auth.service";
import { applyCaseEvent, submitApplication } from "../modules/cases/cases.service";
import type { ApplicationInput } from "../modules/cases/cases.schemas";
import { creditCode, residentId } from "./demo.seed";

/** mulberry32: a small, good-enough seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华";
const FIRMS = ["科技", "电子", "文化传媒", "服饰", "食品", "生物", "软件", "贸易"];
const RIGHTS = ["patent", "trademark", "copyright", "unfairCompetition", "tradeSecret", "plantVariety", "geographicalIndication"] as const;

async function staffOf(ctx: AppContext, courtId: string): Promise<{ clerk: AuthUser; head: AuthUser; officers: AuthUser[] }> {
  const db = ctx.database.db;
  const toAuth = (u: { id: string; username: string; display_name: string; role: string; court_id: string | null }): AuthUser => ({
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    role: u.role as AuthUser["role"],
    courtId: u.court_id,
  });
  const ensure = async (role: string, name: string, n = 1) => {
    const have = await listStaff(db, courtId, role);
    for (let i = have.length; i < n; i++) {
      const id = randomUUID();
      const username = `gen-${courtId}-${role}-${i + 1}`;
      const passwordHash = await hashPassword(randomUUID());
      await db.transaction().execute(async (tx) => {
        await insertUser(tx, {
          id,
          court_id: courtId,
          username,
          password_hash: passwordHash,
          display_name: `${name}${i + 1}`,
          role,
          party_kind: null,
          id_type: null,
          id_number: null,
          phone: null,
          email: null,
        });
        await writeAudit(tx, { courtId, actorId: null, actorRole: "system", action: "seed.generatedUser", entityType: "user", entityId: id, detail: { username } });
      });
    }
    return (await listStaff(db, courtId, role)).map(toAuth);
  };
  return {
    clerk: (await ensure("filingClerk", "立案员"))[0]!,
    head: (await ensure("divisionHead", "执行局长"))[0]!,
    officers: await ensure("officer", "执行员", 3),
  };
}

export async function generateCases(ctx: AppContext, opts: { count: number; courtId: string; seed?: number; onProgress?: (done: number) => void }): Promise<void> {
  const court = await findCourt(ctx.database.db, opts.courtId);
  if (!court) throw new DomainError("NOT_FOUND", { zh: `法院 ${opts.courtId} 不存在`, en: `No court ${opts.courtId}` }, { field: "court" });
  const { clerk, head, officers } = await staffOf(ctx, court.id);
  const rnd = prng(opts.seed ?? 20251125);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const now = today(ctx);
  const at = (d: IsoDate): AppContext => ({ ...ctx, now: () => new Date(`${d}T02:00:00Z`) });

  for (let i = 0; i < opts.count; i++) {
    const ageDays = Math.floor(rnd() * 300);
    const applied = addDays(now, -ageDays);
    const effective = addDays(applied, -Math.floor(30 + rnd() * 900));
    const company = rnd() < 0.6;
    const seq = String(100000 + i).slice(-5);
    const input: ApplicationInput = {
      courtId: court.id,
      applicants: [
        {
          kind: "legalPerson",
          name: `${pick(["北京", "上海", "深圳", "杭州", "广州"])}${pick(FIRMS)}权利人有限公司`,
          idType: "creditCode",
          idNumber: creditCode(`911100007${seq}A00`.slice(0, 17)),
        },
      ],
      respondents: [
        company
          ? { kind: "legalPerson", name: `${pick(["东莞", "义乌", "泉州", "温州"])}${pick(FIRMS)}有限公司${i}`, idType: "creditCode", idNumber: creditCode(`914403007${seq}B00`.slice(0, 17)) }
          : {
              kind: "naturalPerson",
              name: pick([...SURNAMES]) + pick([...GIVEN]) + (rnd() < 0.5 ? pick([...GIVEN]) : ""),
              idType: "residentId",
              idNumber: residentId(`4403051985${String(1 + Math.floor(rnd() * 12)).padStart(2, "0")}${String(1 + Math.floor(rnd() * 28)).padStart(2, "0")}${String(Math.floor(rnd() * 1000)).padStart(3, "0")}`),
            },
      ],
      basis: {
        issuingCourt: court.name,
        documentNumber: `(${effective.slice(0, 4)})${court.code}民初${1000 + i}号`,
        effectiveDate: effective,
        performanceDeadline: addDays(effective, 10),
        rightType: pick(RIGHTS),
      },
      duties: [
        { kind: "monetary", category: "principal", description: "赔偿经济损失", amountFen: Math.round(1 + rnd() * 500) * 1_000_000 },
        ...(rnd() < 0.7 ? [{ kind: "conduct" as const, category: "ceaseInfringement" as const, description: "停止侵权", proofRequired: "核查笔录" }] : []),
      ],
      applicationDate: applied,
    };
    const id = await submitApplication(at(applied), clerk, input);
    const stage = rnd();
    if (ageDays > 3 || stage > 0.3) {
      if (rnd() < 0.03) {
        await applyCaseEvent(at(addDays(applied, 2)), clerk, id, { type: "refuse", reason: "申请执行的法律文书尚未生效" });
      } else {
        const reg = addDays(applied, Math.floor(rnd() * 7));
        await applyCaseEvent(at(reg), clerk, id, { type: "register" });
        if (ageDays > 10 && stage > 0.1) {
          await applyCaseEvent(at(addDays(reg, 1 + Math.floor(rnd() * 5))), head, id, { type: "assign", handlerId: pick(officers).id });
          const officer = (await ctx.database.db.selectFrom("cases").select("handler_id").where("id", "=", id).executeTakeFirstOrThrow()).handler_id!;
          const handler = officers.find((o) => o.id === officer)!;
          if (ageDays > 15 && stage > 0.2) {
            await applyCaseEvent(at(addDays(reg, 7)), handler, id, { type: "issueNotice", withReportOrder: true });
            if (ageDays > 120 && stage > 0.5) {
              const duties = await ctx.database.db.selectFrom("duties").select("id").where("case_id", "=", id).execute();
              const done = addDays(reg, 60 + Math.floor(rnd() * 50));
              for (const d of duties) await applyCaseEvent(at(done), handler, id, { type: "recordDutyDone", dutyId: d.id, evidence: "执行款已到账" });
              await applyCaseEvent(at(done), handler, id, { type: "close", mode: "completed", reason: "已全部履行" });
            }
          }
        }
      }
    }
    opts.onProgress?.(i + 1);
  }
}
