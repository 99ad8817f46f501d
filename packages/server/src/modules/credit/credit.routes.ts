// 信用惩戒 over HTTP: validate, translate, call the service; answer with the case's credit view.
// Public (no sign-in): GET /public/dishonest and /public/consumption-restrictions — art 6 form, ID masked.
// There is no per-IP rate limit in http/ yet: the lookup's captcha and rate limit are issue 7's.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context";
import { requireUser } from "../../http/auth";

import { listingDocument, restrictionDocument } from "./credit.document";
import { caseCredit, listingCase, publicConsumptionRestrictions, publicDishonest, restrictionCase } from "./credit.queries";
import {
  applicationTextBody,
  applyCorrectionBody,
  caseCreditDto,
  caseParams,
  consumptionBody,
  decideCorrectionBody,
  decideExceptionBody,
  decideReconsiderationBody,
  deleteBody,
  documentQuery,
  exceptionBody,
  exitBody,
  extendBody,
  idParams,
  liftBody,
  listingBody,
  publicEntryDto,
  publicQuery,
  publicRestrictionDto,
  publishBody,
  sweepDto,
} from "./credit.schemas";
import {
  applyCorrection,
  applyCorrectionReconsideration,
  decideCorrectionReconsideration,
  applyExitReconsideration,
  applyForException,
  decideCorrection,
  decideException,
  decideExitReconsideration,
  deleteListing,
  extendListing,
  issueExitRestriction,
  listDishonest,
  liftRestriction,
  proposeConsumptionRestriction,
  requestCorrection,
  setPublished,
  signConsumptionRestriction,
} from "./credit.service";
import { DomainError } from "@zhixing/domain";
import { runCreditDeletion } from "../../jobs/credit-deletion.job";

const tags = ["credit"];
const idDto = z.object({ id: z.string() });
const notFound = () => new DomainError("NOT_FOUND", { zh: "记录不存在或无权查看", en: "No such record, or you may not see it" });

export function creditRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const post = <B extends z.ZodType>(url: string, summary: string, body: B, fn: (user: ReturnType<typeof requireUser>, id: string, body: z.infer<B>, ip: string) => Promise<string>, params: z.ZodType = idParams) =>
      app.post(url, { schema: { tags, summary, params, body, response: { 201: idDto } } }, async (req, reply) => reply.code(201).send({ id: await fn(requireUser(req), (req.params as { id: string }).id, req.body as z.infer<B>, req.ip) }));

    app.get("/cases/:id/credit", { schema: { tags, summary: "The case's restrictions, 失信 entries and applications (staff: all; a party: its own)", params: caseParams, response: { 200: caseCreditDto } } }, async (req) =>
      caseCredit(ctx, requireUser(req), req.params.id),
    );
    post("/cases/:id/consumption-restrictions", "限制消费令 proposed by the handler (限制消费规定 arts 1, 3–4); the president signs", consumptionBody, (u, id, b, ip) => proposeConsumptionRestriction(ctx, u, id, b, ip), caseParams);
    post("/consumption-restrictions/:id/sign", "院长签发 the president signs the order (art 5); its notices go to the assisting units", z.strictObject({}), (u, id, _b, ip) => signConsumptionRestriction(ctx, u, id, ip));
    post("/cases/:id/exit-restrictions", "限制出境 on the applicant's written application or of the court's motion (执行程序解释 arts 23–24)", exitBody, (u, id, b, ip) => issueExitRestriction(ctx, u, id, b, ip), caseParams);
    post("/credit-restrictions/:id/lift", "解除 shall on full performance, may on security or consent (限制消费规定 art 9; 执行程序解释 art 25)", liftBody, (u, id, b, ip) => liftRestriction(ctx, u, id, b, ip));
    post("/consumption-restrictions/:id/exceptions", "The restricted party applies to spend (限制消费规定 arts 3 para 3, 8)", exceptionBody, (u, id, b, ip) => applyForException(ctx, u, id, b, ip));
    post("/credit-applications/:id/decide-exception", "The handler decides an exception application", decideExceptionBody, (u, id, b, ip) => decideException(ctx, u, id, b, ip));
    post("/exit-restrictions/:id/reconsideration", "复议 within 10 days; decided in 15 (异议复议规定 art 9); not stayed", applicationTextBody, (u, id, b, ip) => applyExitReconsideration(ctx, u, id, b, ip));
    post("/credit-applications/:id/decide-reconsideration", "The higher court's reconsideration decision, recorded", decideReconsiderationBody, (u, id, b, ip) => decideExitReconsideration(ctx, u, id, b, ip));
    post("/cases/:id/dishonest-listings", "纳入失信名单 on one of the six grounds with its evidence (失信规定 arts 1–7)", listingBody, (u, id, b, ip) => listDishonest(ctx, u, id, b, ip), caseParams);
    post("/dishonest-listings/:id/publish", "Publication on or off (art 7)", publishBody, (u, id, b, ip) => setPublished(ctx, u, id, b.published, ip));
    post("/dishonest-listings/:id/extend", "延长 1–3 years (art 2)", extendBody, (u, id, b, ip) => extendListing(ctx, u, id, b, ip));
    post("/dishonest-listings/:id/delete", "删除 on an art 10 condition (the job deletes those the records show)", deleteBody, (u, id, b, ip) => deleteListing(ctx, u, id, b, ip));
    post("/dishonest-listings/:id/corrections", "纠正申请 by the listed party (art 12): examined in 15 days", applicationTextBody, (u, id, b, ip) => requestCorrection(ctx, u, id, b, ip));
    post("/credit-applications/:id/decide-correction", "The examination of a correction request: correct within 3 working days, or reject (10 days to seek reconsideration)", decideCorrectionBody, (u, id, b, ip) => decideCorrection(ctx, u, id, b, ip));
    post("/credit-applications/:id/correction-reconsideration", "复议 of a rejected correction request, by the listed party within 10 days to the higher court (失信规定 art 12); the listing is not stayed", applicationTextBody, (u, id, b, ip) => applyCorrectionReconsideration(ctx, u, id, b, ip));
    post("/credit-applications/:id/decide-correction-reconsideration", "The higher court's staff decide a correction's reconsideration in 15 days: upheld, or revoked (the entry removed)", decideReconsiderationBody, (u, id, b, ip) => decideCorrectionReconsideration(ctx, u, id, b, ip));
    post("/credit-applications/:id/apply-correction", "Give effect to a well-founded correction (revoke, or correct the performance status)", applyCorrectionBody, (u, id, b, ip) => applyCorrection(ctx, u, id, b, ip));

    app.get(
      "/credit-restrictions/:id/document",
      { schema: { tags, summary: "限制消费令 / 限制出境决定书 as printable HTML (staff; the restricted party)", params: idParams, querystring: documentQuery } },
      async (req, reply) => {
        const user = requireUser(req);
        const caseId = await restrictionCase(ctx.database.db, req.params.id);
        if (!caseId) throw notFound();
        const view = await caseCredit(ctx, user, caseId);
        const r = view.restrictions.find((x) => x.id === req.params.id);
        if (!r) throw notFound();
        return reply.type("text/html; charset=utf-8").header("cache-control", "no-store").send(restrictionDocument(r, await caseHead(caseId), req.query.lang ?? "zh"));
      },
    );
    app.get(
      "/dishonest-listings/:id/document",
      { schema: { tags, summary: "纳入失信名单决定书 as printable HTML (staff; the listed party), art 6 form", params: idParams, querystring: documentQuery } },
      async (req, reply) => {
        const user = requireUser(req);
        const caseId = await listingCase(ctx.database.db, req.params.id);
        if (!caseId) throw notFound();
        const view = await caseCredit(ctx, user, caseId);
        const l = view.listings.find((x) => x.id === req.params.id);
        if (!l) throw notFound();
        return reply.type("text/html; charset=utf-8").header("cache-control", "no-store").send(listingDocument(l, await caseHead(caseId), req.query.lang ?? "zh"));
      },
    );

    // PGlite is single-process: the CLI (zhixing credit sweep) cannot open a served data dir, so an administrator runs the daily job here.
    app.post("/admin/jobs/credit-deletion/run", { schema: { tags, summary: "Run the 失信 deletion job once (administrator; 失信规定 art 10)", body: z.strictObject({}).optional(), response: { 200: sweepDto } } }, async (req) => {
      const user = requireUser(req);
      if (user.role !== "admin") throw new DomainError("FORBIDDEN", { zh: "只有系统管理员可以手动运行任务", en: "Only an administrator may run a job by hand" });
      return runCreditDeletion(ctx);
    });
    app.get(
      "/public/dishonest",
      { schema: { tags, summary: "失信被执行人 lookup for anyone (no sign-in): published, undeleted entries by name and/or ID number, art 6 form, a natural person's ID masked", querystring: publicQuery, response: { 200: z.object({ items: z.array(publicEntryDto) }) } } },
      async (req) => ({ items: await publicDishonest(ctx, req.query) }),
    );
    app.get(
      "/public/consumption-restrictions",
      { schema: { tags, summary: "限制消费令 in force, by name (a natural person's name masked)", querystring: z.strictObject({ name: z.string().trim().min(2).max(100) }), response: { 200: z.object({ items: z.array(publicRestrictionDto) }) } } },
      async (req) => ({ items: await publicConsumptionRestrictions(ctx, req.query) }),
    );
  };

  async function caseHead(caseId: string) {
    const c = await ctx.database.db.selectFrom("cases").innerJoin("courts", "courts.id", "cases.court_id").select(["cases.case_number", "courts.name"]).where("cases.id", "=", caseId).executeTakeFirstOrThrow();
    return { caseNumber: c.case_number ?? "", court: c.name };
  }
}

