// The re-inquiry after 终本 (终本规定(2016) art 9; rules.md §16): within 5 years after a case closed by
// 终结本次执行程序 the court searches the network 查控 system every 6 months and tells the applicant the
// result. Once a day this job finds the closed 终本 cases whose next run of the domain's schedule
// (reinquirySchedule, counted from the closure day) is due and not yet run, runs the online inquiry
// through the inquiries service (as the case's handler, whose duty the search is; the simulator by
// default), and in one transaction per case, the case row locked: stores the run (zhongben_reinquiries,
// one row per run number, so a run is never repeated), records a case event the applicant sees on its
// page, raises the resume flag when property was found (reinquiryOutcome), and — after two or more
// fruitless runs with no clue given since the closure — deletes the case's 失信 entries on the condition
// fruitlessSearchesAfterSuspension (失信规定(2017) art 10(4)) through the credit module's deleteListingIn.
// A run that could not be made (no handler, a rate limit, every provider failing) stores nothing and is
// tried again the next day.
import { randomUUID } from "node:crypto";
import { DomainError, reinquiryOutcome, reinquirySchedule, type IsoDate } from "@zhixing/domain";
import { today, type AppContext } from "../context";
import type { AuthUser } from "../http/auth";
import { lockCase } from "../modules/cases/case-lock";
import { deleteListingIn, record, SYSTEM } from "../modules/credit/credit.service";
import { inquirySettings, runInquiry } from "../modules/inquiries/inquiries.service";
import type { ReinquiryResult } from "../modules/zhongben/zhongben.schemas";
import { zhongbenSettings } from "../modules/zhongben/zhongben-settings";

export const ZHONGBEN_REINQUIRY_QUEUE = "zhongben-reinquiry";

export async function runZhongbenReinquiry(ctx: AppContext, opts: { limit?: number } = {}): Promise<ReinquiryResult> {
  const db = ctx.database.db;
  const now = today(ctx);
  const cal = ctx.calendar.get();
  const cases = await db
    .selectFrom("cases")
    .select(["id", "court_id", "handler_id", "closure_date"])
    .where("status", "=", "closed")
    .where("closure_mode", "=", "suspendedNoAssets")
    .where("closure_date", "is not", null)
    .orderBy("closure_date")
    .limit(opts.limit ?? 5000)
    .execute();
  const result: ReinquiryResult = { checked: cases.length, ran: 0, runs: [] };
  for (const c of cases) {
    const done = new Set((await db.selectFrom("zhongben_reinquiries").select("seq").where("case_id", "=", c.id).execute()).map((r) => r.seq));
    const due = reinquirySchedule(c.closure_date as IsoDate, cal, zhongbenSettings(ctx).periods).find((r) => !done.has(r.seq) && r.due <= now);
    if (!due) continue;
    const fail = (note: string) => result.runs.push({ caseId: c.id, seq: due.seq, due: due.due, status: "failed", itemsFound: 0, resumeFlag: false, deletionTriggered: false, note });
    const u = c.handler_id ? await db.selectFrom("users").select(["id", "username", "display_name", "role", "court_id"]).where("id", "=", c.handler_id).executeTakeFirst() : undefined;
    if (!u) {
      fail("no handler");
      continue;
    }
    const handler: AuthUser = { id: u.id, username: u.username, displayName: u.display_name, role: u.role as AuthUser["role"], courtId: u.court_id };
    let inquiryId: string;
    try {
      // Every connected provider (the network 查控 system as configured).
      inquiryId = await runInquiry(ctx, handler, { caseId: c.id, purpose: `终本后第 ${due.seq} 次定期网络查控（《终本规定》第九条）`, providers: inquirySettings(ctx).providers.map((p) => p.key) });
    } catch (e) {
      if (e instanceof DomainError) {
        fail(e.code);
        continue;
      }
      throw e;
    }
    const inq = await db.selectFrom("inquiries").select("status").where("id", "=", inquiryId).executeTakeFirstOrThrow();
    if (inq.status === "failed") {
      fail("every provider failed");
      continue;
    }
    const itemsFound = (await db.selectFrom("inquiry_results").select("id").where("inquiry_id", "=", inquiryId).where("status", "=", "found").execute()).length;
    await db.transaction().execute(async (tx) => {
      const locked = await lockCase(tx, c.id);
      if (await tx.selectFrom("zhongben_reinquiries").select("id").where("case_id", "=", c.id).where("seq", "=", due.seq).executeTakeFirst()) return;
      const fruitlessBefore = (await tx.selectFrom("zhongben_reinquiries").select("id").where("case_id", "=", c.id).where("status", "=", "done").where("property_found", "=", false).execute()).length;
      // A clue since the closure (the applicant's or anyone's) keeps the 失信 entry (art 10(4): "且申请执行人或者其他人未提供有效财产线索").
      const clue = await tx.selectFrom("asset_clues").select("id").where("case_id", "=", c.id).where("received_date", ">=", c.closure_date!).where("status", "!=", "unfounded").executeTakeFirst();
      const o = reinquiryOutcome({ propertyFound: itemsFound > 0, fruitlessBefore, clueProvided: !!clue });
      let deletionTriggered = false;
      if (o.dishonestDeletionCondition) {
        const listed = await tx.selectFrom("dishonest_listings").select(["id", "case_id", "term_end"]).where("case_id", "=", c.id).where("status", "=", "listed").forUpdate().execute();
        for (const l of listed) {
          await deleteListingIn(tx, ctx, SYSTEM, l, locked, { condition: "fruitlessSearchesAfterSuspension", occurredOn: now, note: `终本后 ${o.fruitlessSearches} 次网络查控未发现财产`, fruitlessSearchesAfterSuspension: o.fruitlessSearches, clueProvided: false }, null);
          deletionTriggered = true;
        }
      }
      const id = randomUUID();
      await tx
        .insertInto("zhongben_reinquiries")
        .values({ id, court_id: c.court_id, case_id: c.id, seq: due.seq, due_date: due.due, run_date: now, inquiry_id: inquiryId, status: "done", items_found: itemsFound, property_found: itemsFound > 0, fruitless_searches: o.fruitlessSearches, clue_provided: !!clue, resume_flag: o.resumeFlag, deletion_triggered: deletionTriggered, note: null })
        .execute();
      // art 9: the applicant is told every result — the event is on its case page.
      await record(
        tx,
        ctx,
        locked,
        SYSTEM,
        { type: "zhongbenReinquiryRun", action: "zhongben.reinquiry", entityType: "zhongbenReinquiry", entityId: id, data: { reinquiryId: id, seq: due.seq, due: due.due, inquiryId, itemsFound, propertyFound: itemsFound > 0, resumeFlag: o.resumeFlag, fruitlessSearches: o.fruitlessSearches, dishonestDeleted: deletionTriggered, basis: o.basis } },
        null,
      );
      result.ran++;
      result.runs.push({ caseId: c.id, seq: due.seq, due: due.due, status: "done", itemsFound, resumeFlag: o.resumeFlag, deletionTriggered, note: null });
    });
  }
  return result;
}
