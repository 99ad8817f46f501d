import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { CaseEvent } from "@zhixing/domain";
import { z } from "zod";
import type { AppContext } from "../../context";
import { requireStaff, requireUser } from "../../http/auth";
import {
  actionBodies,
  actionParams,
  applicationBody,
  caseDetailDto,
  caseIdParams,
  caseSummaryDto,
  complianceCheckBody,
  complianceCheckDto,
  preservationCaseBody,
  listQuery,
  personalDataDto,
  personalDataParams,
  type ActionName,
} from "./cases.schemas";
import { caseAuditTrail, getCaseDetail, listCasesFor, readPersonalData } from "./cases.queries";
import { applyCaseEvent, submitApplication } from "./cases.service";
import { parseOrThrow } from "../../http/validate";
import { listComplianceChecks, recordComplianceCheck, submitPreservationCase } from "./preservation.service";

export function casesRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      "/cases",
      { schema: { tags: ["cases"], summary: "申请执行 submit an enforcement application", body: applicationBody, response: { 201: caseDetailDto } } },
      async (req, reply) => {
        const user = requireUser(req);
        const id = await submitApplication(ctx, user, req.body, req.ip);
        return reply.code(201).send(await getCaseDetail(ctx, user, id));
      },
    );

    app.post(
      "/preservation-cases",
      {
        schema: {
          tags: ["cases"],
          summary: "执保 enter a pre-suit or in-suit preservation ruling (property, evidence, conduct) as a preservation case (the filing division)",
          body: preservationCaseBody,
          response: { 201: caseDetailDto },
        },
      },
      async (req, reply) => {
        const user = requireUser(req);
        const id = await submitPreservationCase(ctx, user, req.body, req.ip);
        return reply.code(201).send(await getCaseDetail(ctx, user, id));
      },
    );

    app.post(
      "/cases/:id/compliance-checks",
      {
        schema: {
          tags: ["cases"],
          summary: "Record a check of compliance with a conduct preservation order, with its evidence (the handler)",
          params: caseIdParams,
          body: complianceCheckBody,
          response: { 201: complianceCheckDto },
        },
      },
      async (req, reply) => reply.code(201).send(await recordComplianceCheck(ctx, requireUser(req), req.params.id, req.body, req.ip)),
    );

    app.get(
      "/cases/:id/compliance-checks",
      { schema: { tags: ["cases"], summary: "The compliance checks of a conduct preservation case", params: caseIdParams, response: { 200: z.object({ items: z.array(complianceCheckDto) }) } } },
      async (req) => ({ items: await listComplianceChecks(ctx, requireUser(req), req.params.id) }),
    );

    app.get(
      "/cases",
      { schema: { tags: ["cases"], querystring: listQuery, response: { 200: z.object({ items: z.array(caseSummaryDto), total: z.number() }) } } },
      async (req) => listCasesFor(ctx, requireUser(req), req.query),
    );

    app.get("/cases/:id", { schema: { tags: ["cases"], params: caseIdParams, response: { 200: caseDetailDto } } }, async (req) =>
      getCaseDetail(ctx, requireUser(req), req.params.id),
    );

    // One endpoint per lifecycle action; the body schema depends on the action.
    app.post(
      "/cases/:id/actions/:action",
      {
        schema: {
          tags: ["cases"],
          summary: "Apply a lifecycle action (register, refuse, assign, issueNotice, requestExtension, approveExtension, rejectExtension, reportFurtherExtension, recordDutyDone, close)",
          params: actionParams,
          body: z.record(z.string(), z.unknown()).describe("The action's fields; see the action list in the summary"),
          response: { 200: caseDetailDto },
        },
      },
      async (req) => {
        const user = requireUser(req);
        const action = req.params.action as ActionName;
        const body = parseOrThrow(actionBodies[action], req.body);
        await applyCaseEvent(ctx, user, req.params.id, { type: action, ...body } as CaseEvent, req.ip);
        return getCaseDetail(ctx, user, req.params.id);
      },
    );

    app.get(
      "/cases/:id/parties/:partyId/personal-data",
      { schema: { tags: ["cases"], summary: "Full personal data of a party (staff; audited)", params: personalDataParams, response: { 200: personalDataDto } } },
      async (req) => {
        const user = requireStaff(req);
        return readPersonalData(ctx, user, req.params.id, req.params.partyId, req.ip);
      },
    );

    app.get(
      "/cases/:id/audit",
      {
        schema: {
          tags: ["cases"],
          summary: "The case's audit trail (court leaders, supervisors)",
          params: caseIdParams,
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  id: z.string(),
                  at: z.string(),
                  action: z.string(),
                  actorName: z.string(),
                  actorRole: z.string().nullable(),
                  entityType: z.string(),
                  entityId: z.string().nullable(),
                  detail: z.record(z.string(), z.unknown()),
                  ip: z.string().nullable(),
                }),
              ),
            }),
          },
        },
      },
      async (req) => ({ items: await caseAuditTrail(ctx, requireUser(req), req.params.id) }),
    );
  };
}
