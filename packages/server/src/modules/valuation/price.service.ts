// Fixing the reference price from an online inquiry (art 13: the domain's average of the reports used)
// or an appraisal (the report's result, or its correction after an objection), once every report used
// was served and every party's objection period has run with no objection left undecided. (An agreed
// price and a directed inquiry fix the price as they arrive: valuation.service.ts.)
import {
  checkValidity,
  citeSource,
  compareIsoDates,
  onlineReferencePrice,
  type Citation,
  type PlatformResult,
} from "@zhixing/domain";
import { today, type AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import { actorOf, assertCaseOpen, assertMayAct, assertNotSuspended, latestStep, lockValuation, refused } from "./valuation.common";
import type { StoredDelivery } from "./online.service";
import { objectionStatusOf } from "./objections.service";
import { endStep, fixPrice } from "./valuation.service";

const P = (article: string): Citation => citeSource("referencePrice", article);

type ReportRow = { id: string; source_id: string | null; source_name: string; served_date: string | null; objection_due: string | null; report_date: string; valid_until: string; result_fen: number };

function checkServedAndPast(reports: ReportRow[], now: string): void {
  const unserved = reports.filter((r) => !r.served_date);
  if (unserved.length) {
    throw refused(
      "reports",
      `报告尚未送达当事人（第二十一条）：${unserved.map((r) => r.source_name).join("、")}`,
      `Serve the reports on the parties first (art 21): ${unserved.map((r) => r.source_name).join(", ")}`,
    );
  }
  const running = reports.filter((r) => r.objection_due && compareIsoDates(now, r.objection_due) <= 0);
  if (running.length) {
    const last = running.map((r) => r.objection_due!).sort().at(-1)!;
    throw refused("objectionDue", `当事人的异议期间至 ${last} 届满（第二十二条、第二十三条），届满后方可确定参考价`, `The parties may object until ${last} (arts 22–23); the price is fixed after that`);
  }
}

/** Each report's validity, capped at art 27's one year; the price is valid until the earliest of them. */
function validUntilOf(reports: ReportRow[]): string {
  return reports.map((r) => checkValidity({ issuedDate: r.report_date, validUntil: r.valid_until }).validUntil).sort().at(0)!;
}

export async function fixReferencePrice(ctx: AppContext, user: AuthUser, valuationId: string, ip: string | null = null): Promise<string> {
  const now = today(ctx);
  await ctx.database.db.transaction().execute(async (tx) => {
    const { c, v } = await lockValuation(tx, valuationId, user);
    await assertMayAct(tx, user, c);
    assertCaseOpen(c);
    if (v.status !== "inProgress") throw refused("status", "参考价已经确定或程序已终止", "The price is fixed or the valuation has ended");
    await assertNotSuspended(tx, v.id);
    const step = await latestStep(tx, v.id);
    if (step.status !== "open") throw refused("status", "当前方式已经结束，请进行下一种方式", "The current method has ended; move to the next one");
    const reports = await tx.selectFrom("valuation_reports").selectAll().where("step_id", "=", step.id).orderBy("created_at").execute();
    const objections = reports.length ? await tx.selectFrom("valuation_objections").selectAll().where("report_id", "in", reports.map((r) => r.id)).execute() : [];
    const objectionsOf = (reportId: string) => objections.filter((o) => o.report_id === reportId);

    if (step.method === "onlineInquiry") {
      const delivery = step.delivery as StoredDelivery | null;
      if (delivery?.status !== "delivered") throw refused("delivery", "网络询价报告尚未全部到达", "The online reports are not all in yet");
      if (delivery.review?.status !== "usable") throw refused("review", "请先审查网络询价报告（第十二条）", "Review the online reports first (art 12)");
      const usable = delivery.review.usable ?? [];
      const platformOf = new Map((await tx.selectFrom("valuation_platform_commissions").select(["id", "platform_id"]).where("step_id", "=", step.id).execute()).map((r) => [r.id, r.platform_id]));
      const used = reports.filter((r) => usable.includes(platformOf.get(r.source_id ?? "") ?? ""));
      checkServedAndPast(used, now);
      const results: PlatformResult[] = used.map((r) => {
        const s = objectionStatusOf(objectionsOf(r.id));
        return { platformId: platformOf.get(r.source_id!)!, resultFen: Number(r.result_fen), objection: s.objection, ...(s.objection === "corrected" ? { correctedResultFen: s.correctedResultFen } : {}) };
      });
      const price = onlineReferencePrice(results);
      if (price.status === "pending") {
        throw refused("objections", `尚有异议未处理完毕：${price.waitingFor.join("、")}`, `Objections are still undecided: ${price.waitingFor.join(", ")}`);
      }
      if (price.status === "appraisal") {
        await endStep(tx, ctx, actorOf(user), c, v, step, "failed", { explanation: price.explanation, basis: price.basis, data: { reason: "allObjectionsUpheld" } }, ip);
        return;
      }
      const usedIds = new Set(price.used.map((u) => u.platformId));
      await fixPrice(tx, ctx, actorOf(user), c, v, step, {
        priceFen: price.priceFen,
        fixedDate: now,
        validUntil: validUntilOf(used.filter((r) => usedIds.has(platformOf.get(r.source_id!)!))),
        basis: [...price.basis, P("art 27 para 1")],
        detail: { used: price.used, excluded: price.excluded, rounding: price.rounding, reviewExcluded: delivery.review.excluded ?? [], late: delivery.late ?? [] },
      }, ip);
      return;
    }

    if (step.method === "appraisal") {
      const agency = await tx.selectFrom("valuation_agency_commissions").selectAll().where("step_id", "=", step.id).where("status", "=", "reported").executeTakeFirst();
      const report = agency ? reports.find((r) => r.source_id === agency.id) : undefined;
      if (!agency || !report) throw refused("report", "评估机构尚未出具评估报告", "The agency has not reported yet");
      if (agency.review_status === "waiting") {
        throw refused("review", `评估机构的书面说明或者补正尚未到达（第二十条，期限至 ${agency.review_due}）`, `The agency's written explanation or correction is awaited (art 20, due ${agency.review_due})`);
      }
      checkServedAndPast([report], now);
      const s = objectionStatusOf(objectionsOf(report.id));
      if (s.objection === "pending") throw refused("objections", "尚有异议未处理完毕（第二十二条、第二十三条）", "Objections are still undecided (arts 22–23)");
      const priceFen = s.objection === "corrected" ? s.correctedResultFen : Number(report.result_fen);
      await fixPrice(tx, ctx, actorOf(user), c, v, step, {
        priceFen,
        fixedDate: now,
        validUntil: validUntilOf([report]),
        basis: [P("art 17 para 2"), ...(s.objection === "corrected" ? [P("art 23 para 1")] : []), P("art 27 para 1")],
        detail: { reportId: report.id, agencyId: agency.agency_id, agencyName: agency.agency_name, reportResultFen: Number(report.result_fen), objection: s.objection },
      }, ip);
      return;
    }
    throw refused("method", "议价和定向询价在结果到达时即确定参考价", "An agreed price and a directed inquiry fix the price when the result arrives");
  });
  return valuationId;
}
