// 确定财产处置参考价 over HTTP (参考价规定(2018)). Routes validate and translate; the services decide.
// Every write answers with the valuation as the caller sees it (GET /valuations/:id).
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { z } from "zod";
import type { AppContext } from "../../context";
import { requireUser, type AuthUser } from "../../http/auth";
import { collectAppraisal, commissionNextAgency, grantExtension, selectAgencies } from "./appraisal.service";
import { decideObjection, fileObjection, recordExplanation, referObjection, serveReport } from "./objections.service";
import { collectOnline, commissionOnline, recordOnlineCorrection, reviewOnline } from "./online.service";
import { fixReferencePrice } from "./price.service";
import { collectReissue, collectReview, orderReview, requestReissueOf } from "./review.service";
import { resumeValuation, suspendValuation, withdrawValuation } from "./suspension.service";
import { reportDocument } from "./valuation.document";
import { getValuation, listCaseValuations } from "./valuation.queries";
import { valuationSettings } from "./valuation.common";
import {
  agenciesBody,
  agenciesQuery,
  agencyListDto,
  caseParams,
  caseValuationsDto,
  commissionBody,
  correctionBody,
  decideBody,
  directedResultBody,
  emptyBody,
  evaluateBody,
  explanationBody,
  extensionBody,
  nextBody,
  objectionBody,
  objectionParams,
  reportParams,
  reissueBody,
  resumeBody,
  reviewBody,
  reviewOrderBody,
  suspendBody,
  withdrawBody,
  saleStartBody,
  serveBody,
  startBody,
  submissionBody,
  valuationDto,
  valuationParams,
  documentQuery,
} from "./valuation.schemas";
import { evaluateAgreementNow, moveToNextMethod, recordDirectedResult, recordSaleStart, startValuation, submitAgreement } from "./valuation.service";

const tags = ["valuation"];

export function valuationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const view = (user: AuthUser, id: string) => getValuation(ctx, user, id);
    /** A write on /valuations/:id: run it, answer with the valuation. */
    const act = <B extends z.ZodType>(summary: string, body: B) => ({
      schema: { tags, summary, params: valuationParams, body, response: { 200: valuationDto } },
    });

    app.get(
      "/cases/:id/valuations",
      {
        schema: {
          tags,
          summary: "The case's valuations (确定参考价) and, for staff, the controlled assets still to be valued with their 30-day start deadline (参考价规定 art 1)",
          params: caseParams,
          response: { 200: caseValuationsDto },
        },
      },
      async (req) => listCaseValuations(ctx, requireUser(req), req.params.id),
    );

    app.post(
      "/cases/:id/valuations",
      {
        schema: {
          tags,
          summary:
            "Start the reference-price procedure for a controlled asset (art 1; handler or division head): the first method the order allows (arts 2, 4, 5, 7, 14) or the one both parties asked for; dueDate (agreement, directed inquiry) and institution (directed inquiry) as the method needs",
          params: caseParams,
          body: startBody,
          response: { 201: valuationDto },
        },
      },
      async (req, reply) => {
        const user = requireUser(req);
        const id = await startValuation(ctx, user, req.params.id, req.body, req.ip);
        return reply.code(201).send(await view(user, id));
      },
    );

    app.get(
      "/valuations/:id",
      { schema: { tags, summary: "One valuation: steps with reasons and citations, platforms, agencies and the lottery record, reports, objections, price, clocks and timeline (staff)", params: valuationParams, response: { 200: valuationDto } } },
      async (req) => view(requireUser(req), req.params.id),
    );

    app.post(
      "/valuations/:id/next",
      act("Move to the next method after the current one was impossible (不能) or failed (不成), with the reason; jumps need both parties (arts 5 para 2, 7 para 2, 14, 29 para 2)", nextBody),
      async (req) => view(requireUser(req), await moveToNextMethod(ctx, requireUser(req), req.params.id, req.body, req.ip)),
    );

    // 议价 (art 4)
    app.post(
      "/valuations/:id/agreement/submissions",
      act("Record a party's 议价 result (art 4); identical results from every party in time make the price", submissionBody),
      async (req) => view(requireUser(req), await submitAgreement(ctx, requireUser(req), req.params.id, req.body, req.ip)),
    );
    app.post(
      "/valuations/:id/agreement/evaluate",
      act("Evaluate the agreement as of today (art 4): pending, agreed (the price) or failed (period over, results differ, harms others)", evaluateBody),
      async (req) => view(requireUser(req), await evaluateAgreementNow(ctx, requireUser(req), req.params.id, req.body, req.ip)),
    );

    // 定向询价 (arts 5–6)
    app.post(
      "/valuations/:id/directed-inquiry/result",
      act("Record the directed inquiry's result (art 6 para 2: within the period it is the price) or that there was none", directedResultBody),
      async (req) => view(requireUser(req), await recordDirectedResult(ctx, requireUser(req), req.params.id, req.body, req.ip)),
    );

    // 网络询价 (arts 10–13)
    app.post(
      "/valuations/:id/online/commission",
      act("Send the online inquiry commission to every listed platform at once (art 10); the 3-day report clock starts (art 11)", commissionBody),
      async (req) => view(requireUser(req), await commissionOnline(ctx, requireUser(req), req.params.id, req.body, req.ip)),
    );
    app.post(
      "/valuations/:id/online/collect",
      act("Collect the platforms' answers as of today: waiting, the one 3-day extension when all are late, delivered, or failed → appraisal (art 11)", emptyBody),
      async (req) => view(requireUser(req), await collectOnline(ctx, requireUser(req), req.params.id, req.ip)),
    );
    app.post(
      "/valuations/:id/online/review",
      act("Review the delivered reports (art 12): defective ones left out, or all corrected within 3 days; call again after the correction period", reviewBody),
      async (req) => view(requireUser(req), await reviewOnline(ctx, requireUser(req), req.params.id, req.body, req.ip)),
    );
    app.post(
      "/valuations/:id/online/corrections",
      act("Record a platform's corrected report (art 12); it is served anew (art 21)", correctionBody),
      async (req) => view(requireUser(req), await recordOnlineCorrection(ctx, requireUser(req), req.params.id, req.body, req.ip)),
    );

    // 委托评估 (arts 14–20)
    app.get(
      "/valuation-agencies",
      { schema: { tags, summary: "The 名单分库 of appraisal agencies for an asset type (art 15) and the listed online platforms (art 8)", querystring: agenciesQuery, response: { 200: agencyListDto } } },
      async (req) => {
        requireUser(req);
        const { agencies, platforms } = valuationSettings(ctx).adapters;
        const library = agencies.libraryFor(req.query.assetType);
        return {
          library,
          agencies: agencies.list(library).map((a) => ({ id: a.id, name: a.name, region: a.region })),
          platforms: platforms.map((p) => ({ id: p.id, name: p.label })),
        };
      },
    );
    app.post(
      "/valuations/:id/appraisal/agencies",
      act("Three agencies and their order (art 16): as the parties agreed, or by the recorded SM3 lottery; the first is commissioned (art 17)", agenciesBody),
      async (req) => view(requireUser(req), await selectAgencies(ctx, requireUser(req), req.params.id, req.body, req.ip)),
    );
    app.post(
      "/valuations/:id/appraisal/commission",
      act("Commission the next agency in order (art 17; art 19 para 3 after a default) — when an automatic commission could not reach the agency", emptyBody),
      async (req) => view(requireUser(req), await commissionNextAgency(ctx, requireUser(req), req.params.id, req.ip)),
    );
    app.post(
      "/valuations/:id/appraisal/collect",
      act("Collect the agency's answer as of today: report, extension application, or default → the next agency (art 19)", emptyBody),
      async (req) => view(requireUser(req), await collectAppraisal(ctx, requireUser(req), req.params.id, req.ip)),
    );
    app.post(
      "/valuations/:id/appraisal/extension",
      act("Grant the agency's extension (art 19 para 2: applied 5 days ahead, at most twice, ≤ 15 days each)", extensionBody),
      async (req) => view(requireUser(req), await grantExtension(ctx, requireUser(req), req.params.id, req.body, req.ip)),
    );

    // reports and objections (arts 21–24)
    app.post(
      "/valuations/:id/reports/:reportId/serve",
      {
        schema: {
          tags,
          summary: "Serve a report on the parties (art 21: within 3 days of receipt; those who cannot be reached by publication, deemed received after 15 days); their 5-day objection periods start",
          params: reportParams,
          body: serveBody,
          response: { 200: valuationDto },
        },
      },
      async (req) => view(requireUser(req), await serveReport(ctx, requireUser(req), req.params.id, req.params.reportId, req.body, req.ip)),
    );
    app.post(
      "/valuations/:id/objections",
      {
        schema: {
          tags,
          summary: "A party objects in writing to a report (arts 22–24): accepted on its track (enforcement-act objection, agency explanation, or both) or refused (late, agreed or directed price, correction or review, ground not available)",
          params: valuationParams,
          body: objectionBody,
          response: { 201: valuationDto },
        },
      },
      async (req, reply) => {
        const user = requireUser(req);
        await fileObjection(ctx, user, req.params.id, req.body, req.ip);
        return reply.code(201).send(await view(user, req.params.id));
      },
    );
    app.post(
      "/valuations/:id/objections/:objectionId/decide",
      {
        schema: { tags, summary: "Record the decision on an objection (enforcement-act objection, art 22 para 2) or the professional review's conclusion (art 23)", params: objectionParams, body: decideBody, response: { 200: valuationDto } },
      },
      async (req) => view(requireUser(req), await decideObjection(ctx, requireUser(req), req.params.id, req.params.objectionId, req.body, req.ip)),
    );
    app.post(
      "/valuations/:id/objections/:objectionId/refer",
      { schema: { tags, summary: "Pass a substantive objection to the agency (art 23 para 1: within 3 days; it explains within 5)", params: objectionParams, body: emptyBody, response: { 200: valuationDto } } },
      async (req) => view(requireUser(req), await referObjection(ctx, requireUser(req), req.params.id, req.params.objectionId, req.ip)),
    );
    app.post(
      "/valuations/:id/objections/:objectionId/explanation",
      {
        schema: { tags, summary: "The agency's explanation, or its silence after 5 days: resolved, or professional review by the trade association (art 23 para 1)", params: objectionParams, body: explanationBody, response: { 200: valuationDto } },
      },
      async (req) => view(requireUser(req), await recordExplanation(ctx, requireUser(req), req.params.id, req.params.objectionId, req.body, req.ip)),
    );

    // 暂缓 and 撤回 (arts 28, 29)
    app.post(
      "/valuations/:id/suspend",
      act("Suspend (暂缓) the running online inquiry or appraisal on an art 28 ground; nothing is sent or collected and the outside body's report clocks stand still until it resumes", suspendBody),
      async (req) => view(requireUser(req), await suspendValuation(ctx, requireUser(req), req.params.id, req.body, req.ip)),
    );
    app.post(
      "/valuations/:id/resume",
      act("Resume a suspended online inquiry or appraisal: the suspended days are deducted (art 19 para 1; the online periods likewise) and the report clocks recounted", resumeBody),
      async (req) => view(requireUser(req), await resumeValuation(ctx, requireUser(req), req.params.id, req.body, req.ip)),
    );
    app.post(
      "/valuations/:id/withdraw",
      act("Withdraw (撤回) the valuation on an art 29 ground: the step ends, every open clock is cancelled, the asset may be valued again (fees: arts 31 para 2, 32 para 2)", withdrawBody),
      async (req) => view(requireUser(req), await withdrawValuation(ctx, requireUser(req), req.params.id, req.body, req.ip)),
    );

    // the court's review of the appraisal report (art 20)
    app.post(
      "/valuations/:id/appraisal/review",
      act("Order the agency to explain or correct the art 20 defects found in its report within 3 days", reviewOrderBody),
      async (req) => view(requireUser(req), await orderReview(ctx, requireUser(req), req.params.id, req.body, req.ip)),
    );
    app.post(
      "/valuations/:id/appraisal/review/collect",
      act("Collect the agency's written explanation or correction (a correction replaces the result and is served anew, art 21); none after 3 days: the next agency (art 19 para 3)", emptyBody),
      async (req) => view(requireUser(req), await collectReview(ctx, requireUser(req), req.params.id, req.ip)),
    );

    // re-issue after validity lapsed (arts 11 para 4, 19 para 4)
    app.post(
      "/valuations/:id/reissue",
      act("Validity lapsed before the first auction notice: the platforms re-issue within 3 days (art 11 para 4), the original agency within 15 (art 19 para 4)", reissueBody),
      async (req) => view(requireUser(req), await requestReissueOf(ctx, requireUser(req), req.params.id, req.body, req.ip)),
    );
    app.post(
      "/valuations/:id/reissue/collect",
      act("Collect the re-issued reports: the new result replaces the price (new validity, new 10-day sale clock, art 30); the reports are served (art 21)", emptyBody),
      async (req) => view(requireUser(req), await collectReissue(ctx, requireUser(req), req.params.id, req.ip)),
    );

    // the report as a document
    app.get(
      "/valuations/:id/reports/:reportId/document",
      {
        schema: {
          tags,
          summary: "A report as a printable HTML document (method, issuer, result, validity, service, basis), for staff and the case's parties",
          params: reportParams,
          querystring: documentQuery,
        },
      },
      async (req, reply) => {
        const v = await view(requireUser(req), req.params.id);
        return reply.type("text/html; charset=utf-8").header("cache-control", "no-store").send(reportDocument(v, req.params.reportId, req.query.lang ?? "zh"));
      },
    );

    // the price
    app.post(
      "/valuations/:id/price",
      act("Fix the reference price of an online inquiry (art 13: the average of the reports used) or an appraisal, once the reports were served and the objection periods ran; the 10-day sale clock starts (art 30)", emptyBody),
      async (req) => view(requireUser(req), await fixReferencePrice(ctx, requireUser(req), req.params.id, req.ip)),
    );
    app.post(
      "/valuations/:id/sale-start",
      act("Record the first auction notice (or the start of a direct sale): meets the sale clock (art 30) and decides the 6-month grace (art 27 para 3)", saleStartBody),
      async (req) => view(requireUser(req), await recordSaleStart(ctx, requireUser(req), req.params.id, req.body, req.ip)),
    );
  };
}
