// 行为义务 over HTTP: validate, translate, call the service; every write answers with the case's conduct view.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context";
import { requireUser } from "../../http/auth";
import { getConduct } from "./conduct.queries";
import {
  appointBody,
  caseDutyParams,
  completeBody,
  conductViewDto,
  delayPenaltyBody,
  escalateBody,
  fixCostBody,
  idParams,
  prepaymentBody,
  recordCheckBody,
  scheduleBody,
} from "./conduct.schemas";
import { addDelayPenalty, appointSubstitute, completeSubstitute, convertUnpaidCost, escalateCheck, fixCost, recordCheck, recordPrepayment, scheduleChecks } from "./conduct.service";

const tags = ["conduct"];

export function conductRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const db = ctx.database.db;
    const caseOf = async (table: "conduct_checks" | "conduct_substitutes", id: string) => (await db.selectFrom(table).select("case_id").where("id", "=", id).executeTakeFirstOrThrow()).case_id;

    app.get(
      "/cases/:id/conduct",
      { schema: { tags, summary: "The case's conduct duties: compliance checks, escalation, substitute performance and its cost list (民诉法解释 art 502 para 2), 迟延履行金", params: idParams, response: { 200: conductViewDto } } },
      async (req) => getConduct(ctx, requireUser(req), req.params.id),
    );

    const onDuty = <B extends z.ZodType>(url: string, summary: string, body: B, run: (user: ReturnType<typeof requireUser>, caseId: string, dutyId: string, b: z.infer<B>, ip: string) => Promise<unknown>) =>
      app.post(url, { schema: { tags, summary, params: caseDutyParams, body, response: { 201: conductViewDto } } }, async (req, reply) => {
        const user = requireUser(req);
        const p = req.params as z.infer<typeof caseDutyParams>;
        await run(user, p.id, p.dutyId, req.body as z.infer<B>, req.ip);
        return reply.code(201).send(await getConduct(ctx, user, p.id));
      });
    onDuty("/cases/:id/conduct/duties/:dutyId/checks", "Schedule the duty's compliance checks from the end of its performance period (product schedule, configurable)", scheduleBody, (u, c, d, b, ip) => scheduleChecks(ctx, u, c, d, b, ip));
    onDuty(
      "/cases/:id/conduct/duties/:dutyId/substitute",
      "Appoint the substitute performer: court choice, applicant's recommendation, the applicant itself, or tender; qualification (民诉法 art 263; 民诉法解释 art 501)",
      appointBody.extend({ performerFinding: z.enum(["respondentOnly", "substitutable"]).optional() }),
      (u, c, d, b, ip) => appointSubstitute(ctx, u, c, d, b, ip),
    );
    onDuty("/cases/:id/conduct/duties/:dutyId/delay-penalty", "迟延履行金: double the loss, or the court's amount without loss (民诉法 art 264; 民诉法解释 arts 504–505), added as a monetary duty", delayPenaltyBody, (u, c, d, b, ip) =>
      addDelayPenalty(ctx, u, c, d, b, ip),
    );

    const onRow = <B extends z.ZodType>(table: "conduct_checks" | "conduct_substitutes", url: string, summary: string, body: B, run: (user: ReturnType<typeof requireUser>, id: string, b: z.infer<B>, ip: string) => Promise<unknown>) =>
      app.post(url, { schema: { tags, summary, params: idParams, body, response: { 200: conductViewDto } } }, async (req) => {
        const user = requireUser(req);
        const id = (req.params as { id: string }).id;
        await run(user, id, req.body as z.infer<B>, req.ip);
        return getConduct(ctx, user, await caseOf(table, id));
      });
    onRow("conduct_checks", "/conduct/checks/:id/record", "Record a compliance check with its evidence; a breach shows the next escalation step", recordCheckBody, (u, id, b, ip) => recordCheck(ctx, u, id, b, ip));
    onRow("conduct_checks", "/conduct/checks/:id/escalate", "Start the escalation of a breach: propose the fine or detention (coercion module) and set a new performance period (民诉法解释 art 503)", escalateBody, (u, id, b, ip) =>
      escalateCheck(ctx, u, id, b, ip),
    );
    onRow("conduct_substitutes", "/conduct/substitutes/:id/cost", "Fix the cost and order its prepayment within the period (民诉法解释 art 502 para 1)", fixCostBody, (u, id, b, ip) => fixCost(ctx, u, id, b, ip));
    onRow("conduct_substitutes", "/conduct/substitutes/:id/prepayment", "Record the respondent's prepayment of the cost", prepaymentBody, (u, id, b, ip) => recordPrepayment(ctx, u, id, b, ip));
    onRow("conduct_substitutes", "/conduct/substitutes/:id/convert", "After the prepayment period: the unpaid cost becomes a monetary duty of the case (民诉法解释 art 502 para 1)", z.strictObject({}), (u, id, _b, ip) =>
      convertUnpaidCost(ctx, u, id, ip),
    );
    onRow("conduct_substitutes", "/conduct/substitutes/:id/complete", "The performer's completion with its record (quantities, minutes, photos as metadata)", completeBody, (u, id, b, ip) => completeSubstitute(ctx, u, id, b, ip));
  };
}
