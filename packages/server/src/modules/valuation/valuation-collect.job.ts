// The collection job: every online inquiry still waiting for its platforms and every agency at work is
// asked, as the system, what it has done by today (online.service collectOnline, appraisal.service
// collectAppraisal) — so that extensions, deliveries, defaults and the next agency happen without an
// officer pressing "collect". Idempotent (a settled delivery or an ended commission is left alone) and
// bounded per run; one valuation's failure is recorded in the result and does not stop the others.
// A suspended valuation (art 28) is left alone; an agency's answer to an art 20 order and re-issued
// reports (arts 11 para 4, 19 para 4) are collected the same way.
// Run it with `zhixing valuation collect`, or schedule VALUATION_COLLECT_QUEUE with pg-boss.
import { sql } from "kysely";
import { isDomainError } from "@zhixing/domain";
import type { AppContext } from "../../context";
import { collectAppraisal } from "./appraisal.service";
import { collectOnline } from "./online.service";
import { collectReissue, collectReview } from "./review.service";

export const VALUATION_COLLECT_QUEUE = "valuation-collect";

export type CollectResult = { online: number; appraisal: number; review: number; reissue: number; failed: { valuationId: string; error: string }[] };

const notSuspended = sql<boolean>`not exists (select 1 from valuation_suspensions s where s.valuation_id = valuations.id and s.resumed_date is null)`;

export async function collectValuations(ctx: AppContext, opts: { limit?: number } = {}): Promise<CollectResult> {
  const db = ctx.database.db;
  const limit = opts.limit ?? 500;
  const online = await db
    .selectFrom("valuation_steps")
    .innerJoin("valuations", "valuations.id", "valuation_steps.valuation_id")
    .innerJoin("cases", "cases.id", "valuations.case_id")
    .select(["valuations.id"])
    .where("valuation_steps.method", "=", "onlineInquiry")
    .where("valuation_steps.status", "=", "open")
    .where("valuation_steps.commission_date", "is not", null)
    .where(sql<string>`coalesce(valuation_steps.delivery->>'status', 'waiting')`, "=", "waiting")
    .where("cases.status", "in", ["registered", "assigned", "inProgress"])
    .where(notSuspended)
    .orderBy("valuation_steps.commission_date")
    .orderBy("valuations.id")
    .limit(limit)
    .execute();
  const appraisal = await db
    .selectFrom("valuation_agency_commissions")
    .innerJoin("valuation_steps", "valuation_steps.id", "valuation_agency_commissions.step_id")
    .innerJoin("valuations", "valuations.id", "valuation_steps.valuation_id")
    .innerJoin("cases", "cases.id", "valuations.case_id")
    .select(["valuations.id"])
    .where("valuation_agency_commissions.status", "=", "commissioned")
    .where("valuation_steps.status", "=", "open")
    .where("cases.status", "in", ["registered", "assigned", "inProgress"])
    .where(notSuspended)
    .orderBy("valuation_agency_commissions.commission_date")
    .orderBy("valuations.id")
    .limit(limit)
    .execute();
  const review = await db
    .selectFrom("valuation_agency_commissions")
    .innerJoin("valuation_steps", "valuation_steps.id", "valuation_agency_commissions.step_id")
    .innerJoin("valuations", "valuations.id", "valuation_steps.valuation_id")
    .innerJoin("cases", "cases.id", "valuations.case_id")
    .select(["valuations.id"])
    .where("valuation_agency_commissions.status", "=", "reported")
    .where("valuation_agency_commissions.review_status", "=", "waiting")
    .where("valuation_steps.status", "=", "open")
    .where("cases.status", "in", ["registered", "assigned", "inProgress"])
    .where(notSuspended)
    .orderBy("valuation_agency_commissions.review_notice_date")
    .orderBy("valuations.id")
    .limit(limit)
    .execute();
  const reissue = await db
    .selectFrom("valuation_reissues")
    .innerJoin("valuations", "valuations.id", "valuation_reissues.valuation_id")
    .innerJoin("cases", "cases.id", "valuations.case_id")
    .select(["valuations.id"])
    .where("valuation_reissues.status", "=", "requested")
    .where("cases.status", "in", ["registered", "assigned", "inProgress"])
    .orderBy("valuation_reissues.requested_date")
    .orderBy("valuations.id")
    .limit(limit)
    .execute();
  const result: CollectResult = { online: 0, appraisal: 0, review: 0, reissue: 0, failed: [] };
  const attempt = async (valuationId: string, fn: () => Promise<unknown>, kind: "online" | "appraisal" | "review" | "reissue") => {
    try {
      await fn();
      result[kind]++;
    } catch (e) {
      result.failed.push({ valuationId, error: isDomainError(e) ? e.messages.en : (e as Error).message });
    }
  };
  for (const { id } of online) await attempt(id, () => collectOnline(ctx, null, id), "online");
  for (const { id } of appraisal) await attempt(id, () => collectAppraisal(ctx, null, id), "appraisal");
  for (const { id } of review) await attempt(id, () => collectReview(ctx, null, id), "review");
  for (const { id } of reissue) await attempt(id, () => collectReissue(ctx, null, id), "reissue");
  return result;
}
