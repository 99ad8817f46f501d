// Demo 信用惩戒 on demo case 3 (the company 深圳市仿冒电子有限公司3, notice and order to report issued two
// months ago, no report filed): a consumption restriction order proposed by the handler and signed by the
// president, and the company listed as a dishonest debtor for breaching the report duty (失信规定 art
// 1(4)), published — so the public lookup (/dishonest) shows it. Through the services: real events,
// audit rows and documents.
import { addDays, type IsoDate } from "@zhixing/domain";
import { today, type AppContext } from "../context";
import type { AuthUser } from "../http/auth";
import { listDishonest, proposeConsumptionRestriction, signConsumptionRestriction } from "../modules/credit/credit.service";

export async function seedDemoCredit(ctx: AppContext, users: Map<string, AuthUser>, k: { c3: string; d3: IsoDate }): Promise<void> {
  const officer = users.get("officer")!;
  const president = users.get("president")!;
  const at = (date: IsoDate): AppContext => ({ ...ctx, now: () => new Date(`${date}T02:00:00Z`) });
  const now = today(ctx);
  const company = await ctx.database.db.selectFrom("case_parties").select("id").where("case_id", "=", k.c3).where("role", "=", "respondent").executeTakeFirstOrThrow();
  const proposed = addDays(now, -12);
  const r = await proposeConsumptionRestriction(at(proposed), officer, k.c3, {
    partyId: company.id,
    initiatedBy: "applicantWritten",
    noticePeriodDue: addDays(k.d3, 15),
    persons: [{ name: "陈某某", role: "legalRepresentative" }],
    recipients: ["中国民用航空局", "中国国家铁路集团有限公司"],
  });
  await signConsumptionRestriction(at(addDays(proposed, 1)), president, r);
  await listDishonest(at(addDays(now, -10)), officer, k.c3, {
    partyId: company.id,
    ground: "reportBreach",
    evidence: ["enforcementNoticeServed", "reportOrderServed", "reportBreachRecord"],
    representativeName: "陈某某",
    publish: true,
  });
}
