import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context";
import { requireUser } from "../../http/auth";
import { caseInquiriesParams, inquiryBody, inquiryDetailDto, inquiryParams, inquirySummaryDto } from "./inquiries.schemas";
import { getInquiryDetail, listInquiriesFor } from "./inquiries.queries";
import { runInquiry } from "./inquiries.service";

export function inquiriesRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      "/cases/:id/inquiries",
      {
        schema: {
          tags: ["inquiries"],
          summary: "网络执行查控 run an online inquiry on the case's respondents (handler, division head; a higher-court supervisor with a reason; audited)",
          params: caseInquiriesParams,
          body: inquiryBody,
          response: { 201: inquiryDetailDto },
        },
      },
      async (req, reply) => {
        const user = requireUser(req);
        const id = await runInquiry(ctx, user, { caseId: req.params.id, ...req.body }, { ip: req.ip, channel: "api" });
        return reply.code(201).send(await getInquiryDetail(ctx, user, id, { audit: false }));
      },
    );

    app.get(
      "/cases/:id/inquiries",
      {
        schema: {
          tags: ["inquiries"],
          summary: "The case's online inquiries with status and counts (court staff)",
          params: caseInquiriesParams,
          response: { 200: z.object({ items: z.array(inquirySummaryDto) }) },
        },
      },
      async (req) => ({ items: await listInquiriesFor(ctx, requireUser(req), req.params.id) }),
    );

    app.get(
      "/inquiries/:id",
      {
        schema: {
          tags: ["inquiries"],
          summary: "An inquiry's results (court staff; identifiers masked except for the handler and the requester; every view audited)",
          params: inquiryParams,
          response: { 200: inquiryDetailDto },
        },
      },
      async (req) => getInquiryDetail(ctx, requireUser(req), req.params.id, { audit: true, ip: req.ip }),
    );
  };
}
