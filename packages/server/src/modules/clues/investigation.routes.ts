import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context";
import { requireStaff, requireUser } from "../../http/auth";
import { caseParams } from "./clues.schemas";
import { investigationCompleteBody, investigationParams, investigationRequestBody, investigationRequestDto } from "./investigation.schemas";
import { completeInvestigation, listCaseInvestigations, requestInvestigation, startInvestigation } from "./investigation.service";

export function investigationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      "/cases/:id/investigation-requests",
      {
        schema: {
          tags: ["property"],
          summary: "申请法院调查财产 ask the court to investigate the respondent's property (the applicant, or staff); completed generally within 1 month",
          params: caseParams,
          body: investigationRequestBody,
          response: { 201: investigationRequestDto },
        },
      },
      async (req, reply) => reply.code(201).send(await requestInvestigation(ctx, requireUser(req), req.params.id, req.body, req.ip)),
    );

    app.post(
      "/cases/:id/investigation-requests/:requestId/start",
      {
        schema: {
          tags: ["property"],
          summary: "启动财产调查 record that the investigation asked for has started, within 10 days of the request (若干期限规定 art 6; the handler or division head); an online inquiry on the case also starts it",
          params: investigationParams,
          response: { 200: investigationRequestDto },
        },
      },
      async (req) => startInvestigation(ctx, requireStaff(req), req.params.id, req.params.requestId, req.ip),
    );

    app.post(
      "/cases/:id/investigation-requests/:requestId/complete",
      {
        schema: {
          tags: ["property"],
          summary: "财产调查完成 record the result of the investigation (the handler or division head)",
          params: investigationParams,
          body: investigationCompleteBody,
          response: { 200: investigationRequestDto },
        },
      },
      async (req) => completeInvestigation(ctx, requireStaff(req), req.params.id, req.params.requestId, req.body, req.ip),
    );

    app.get(
      "/cases/:id/investigation-requests",
      {
        schema: {
          tags: ["property"],
          summary: "The case's property-investigation requests (staff, supervisors, the applicant)",
          params: caseParams,
          response: { 200: z.object({ items: z.array(investigationRequestDto) }) },
        },
      },
      async (req) => ({ items: await listCaseInvestigations(ctx, requireUser(req), req.params.id) }),
    );
  };
}
