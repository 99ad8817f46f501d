import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context";
import { requireStaff, requireUser } from "../../http/auth";
import { caseParams, extensionBody, reportBody, reportListDto } from "./property-reports.schemas";
import { extendReportPeriod, fileReport, listReports } from "./property-reports.service";

export function propertyReportsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      "/cases/:id/property-reports",
      {
        schema: {
          tags: ["property"],
          summary: "报告财产 file a property report (the respondent; or the handler entering a paper report)",
          params: caseParams,
          body: reportBody,
          response: { 201: z.object({ id: z.string(), late: z.boolean(), due: z.string().nullable(), assetIds: z.array(z.string()) }) },
        },
      },
      async (req, reply) => reply.code(201).send(await fileReport(ctx, requireUser(req), req.params.id, req.body, req.ip)),
    );

    app.post(
      "/cases/:id/property-reports/extensions",
      {
        schema: {
          tags: ["property"],
          summary: "延长报告期限 extend a respondent's reporting deadline on its written application (the handler; 财产调查规定 art 5 para 3)",
          params: caseParams,
          body: extensionBody,
          response: { 200: z.object({ partyId: z.string(), due: z.string() }) },
        },
      },
      async (req) => extendReportPeriod(ctx, requireStaff(req), req.params.id, req.body, req.ip),
    );

    app.get(
      "/cases/:id/property-reports",
      {
        schema: {
          tags: ["property"],
          summary: "The case's property reports (staff; the applicant may consult them, audited and confidential; a respondent its own)",
          params: caseParams,
          response: { 200: reportListDto },
        },
      },
      async (req) => listReports(ctx, requireUser(req), req.params.id, req.ip),
    );
  };
}
