// Fines, detention, their reconsideration and 拒执罪 referrals over HTTP. Routes validate and
// translate; the service decides with the domain.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context";
import { requireUser } from "../../http/auth";
import {
  coercionViewDto,
  detentionEndBody,
  detentionStartBody,
  idParams,
  paymentBody,
  pendingApprovalDto,
  reconsiderationBody,
  reconsiderationDecisionBody,
  referralBody,
  referralDto,
  referralStepBody,
  refuseBody,
  sanctionBody,
  sanctionDto,
  serveBody,
} from "./coercion.schemas";
import {
  advanceReferral,
  applyForSanctionReconsideration,
  approveSanction,
  createReferral,
  decideSanctionReconsideration,
  endDetention,
  getCoercion,
  getSanction,
  issueWrittenReconsiderationDecision,
  pendingSanctionApprovals,
  pendingSanctionReconsiderations,
  proposeSanction,
  recordFinePaid,
  refuseSanction,
  serveSanction,
  startDetention,
} from "./coercion.service";
import { sanctionDocument } from "./coercion.document";

const tags = ["coercion"];
const documentQuery = z.strictObject({ lang: z.enum(["zh", "en"]).optional() });

export function coercionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const sanctionAction = (summary: string, body: z.ZodType = z.strictObject({})) => ({ schema: { tags, summary, params: idParams, body, response: { 200: sanctionDto } } });

    app.get(
      "/cases/:id/coercion",
      { schema: { tags, summary: "The case's fines, detentions (with their reconsideration) and refusal-crime referrals; a party sees the sanctions on itself only", params: idParams, response: { 200: coercionViewDto } } },
      async (req) => getCoercion(ctx, requireUser(req), req.params.id),
    );

    app.post(
      "/cases/:id/sanctions",
      {
        schema: {
          tags,
          summary: "Propose a fine or detention (handler or division head): the limits by party type (民诉法 art 118) and, for a conduct duty only the respondent can perform, the repeat rule (民诉法解释 art 503); the president approves",
          params: idParams,
          body: sanctionBody,
          response: { 201: sanctionDto },
        },
      },
      async (req, reply) => {
        const user = requireUser(req);
        const id = await proposeSanction(ctx, user, req.params.id, req.body, req.ip);
        return reply.code(201).send(await getSanction(ctx, user, id));
      },
    );

    app.get("/sanctions/:id", { schema: { tags, summary: "One sanction", params: idParams, response: { 200: sanctionDto } } }, async (req) => getSanction(ctx, requireUser(req), req.params.id));

    app.get(
      "/sanctions/:id/document",
      { schema: { tags, summary: "The decision (罚款决定书 / 拘留决定书) as printable HTML", params: idParams, querystring: documentQuery } },
      async (req, reply) => {
        const s = await getSanction(ctx, requireUser(req), req.params.id);
        return reply.type("text/html; charset=utf-8").header("cache-control", "no-store").send(sanctionDocument(s, req.query.lang ?? "zh"));
      },
    );

    const then = async (req: { params: { id: string } } & Parameters<typeof requireUser>[0], run: () => Promise<unknown>) => {
      await run();
      return getSanction(ctx, requireUser(req), req.params.id);
    };
    app.post("/sanctions/:id/approve", sanctionAction("The president approves: the decision is made (民诉法 art 119 para 1)"), async (req) =>
      then(req, () => approveSanction(ctx, requireUser(req), req.params.id, req.ip)),
    );
    app.post("/sanctions/:id/refuse", sanctionAction("The president refuses the proposal", refuseBody), async (req) =>
      then(req, () => refuseSanction(ctx, requireUser(req), req.params.id, (req.body as z.infer<typeof refuseBody>).reason, req.ip)),
    );
    app.post("/sanctions/:id/serve", sanctionAction("The decision was served: the 3-day reconsideration clock starts (民诉法解释 art 185)", serveBody), async (req) =>
      then(req, () => serveSanction(ctx, requireUser(req), req.params.id, (req.body as z.infer<typeof serveBody>).servedOn, req.ip)),
    );
    app.post("/sanctions/:id/payment", sanctionAction("The fine was paid (not stayed by a reconsideration)", paymentBody), async (req) =>
      then(req, () => recordFinePaid(ctx, requireUser(req), req.params.id, req.body as z.infer<typeof paymentBody>, req.ip)),
    );
    app.post("/sanctions/:id/detention/start", sanctionAction("The detention was carried out (custody by the public security organ)", detentionStartBody), async (req) =>
      then(req, () => startDetention(ctx, requireUser(req), req.params.id, (req.body as z.infer<typeof detentionStartBody>).startedOn, req.ip)),
    );
    app.post("/sanctions/:id/detention/end", sanctionAction("The detention ended: served, or released early on admission (民诉法 art 118 para 3)", detentionEndBody), async (req) =>
      then(req, () => endDetention(ctx, requireUser(req), req.params.id, req.body as z.infer<typeof detentionEndBody>, req.ip)),
    );
    app.post(
      "/sanctions/:id/reconsideration",
      {
        schema: {
          tags,
          summary: "Apply once to the higher court within 3 days of receipt (the sanctioned party online, or staff recording a written application); decided in 5 days; enforcement not stayed",
          params: idParams,
          body: reconsiderationBody,
          response: { 201: sanctionDto },
        },
      },
      async (req, reply) => {
        const user = requireUser(req);
        await applyForSanctionReconsideration(ctx, user, req.params.id, req.body, req.ip);
        return reply.code(201).send(await getSanction(ctx, user, req.params.id));
      },
    );
    const sanctionOfReconsideration = async (id: string) =>
      (await ctx.database.db.selectFrom("sanction_reconsiderations").select("sanction_id").where("id", "=", id).executeTakeFirstOrThrow()).sanction_id;
    app.post(
      "/sanction-reconsiderations/:id/decide",
      {
        schema: {
          tags,
          summary: "The higher court affirms, varies or revokes (an urgent reversal: oral notice now, the written decision within 3 days, 民诉法解释 art 186)",
          params: idParams,
          body: reconsiderationDecisionBody,
          response: { 200: sanctionDto },
        },
      },
      async (req) => {
        const user = requireUser(req);
        await decideSanctionReconsideration(ctx, user, req.params.id, req.body, req.ip);
        return getSanction(ctx, user, await sanctionOfReconsideration(req.params.id));
      },
    );
    app.post(
      "/sanction-reconsiderations/:id/written-decision",
      { schema: { tags, summary: "The written decision after an urgent oral notice", params: idParams, body: z.strictObject({}), response: { 200: sanctionDto } } },
      async (req) => {
        const user = requireUser(req);
        await issueWrittenReconsiderationDecision(ctx, user, req.params.id, req.ip);
        return getSanction(ctx, user, await sanctionOfReconsideration(req.params.id));
      },
    );

    app.get(
      "/coercion/approvals",
      { schema: { tags, summary: "The president's queue: proposed fines and detentions of the court", response: { 200: z.object({ items: z.array(pendingApprovalDto) }) } } },
      async (req) => ({ items: await pendingSanctionApprovals(ctx, requireUser(req)) }),
    );
    app.get(
      "/coercion/reconsiderations",
      {
        schema: {
          tags,
          summary: "Sanction reconsiderations pending at the viewer's court (the higher court)",
          response: { 200: z.object({ items: z.array(z.object({ reconsiderationId: z.string(), sanctionId: z.string(), caseId: z.string(), caseNumber: z.string().nullable(), filedOn: z.string() })) }) },
        },
      },
      async (req) => ({ items: await pendingSanctionReconsiderations(ctx, requireUser(req)) }),
    );

    app.post(
      "/cases/:id/refusal-crime-referrals",
      { schema: { tags, summary: "Refer a refusal-to-enforce crime to the public security organ, or record the applicant's private prosecution", params: idParams, body: referralBody, response: { 201: referralDto } } },
      async (req, reply) => {
        const user = requireUser(req);
        const id = await createReferral(ctx, user, req.params.id, req.body, req.ip);
        return reply.code(201).send((await getCoercion(ctx, user, req.params.id)).referrals.find((r) => r.id === id)!);
      },
    );
    app.post(
      "/refusal-crime-referrals/:id/steps",
      { schema: { tags, summary: "Record the referral's next state (opened, not opened, prosecuted, convicted, acquitted, withdrawn)", params: idParams, body: referralStepBody, response: { 200: referralDto } } },
      async (req) => {
        const user = requireUser(req);
        await advanceReferral(ctx, user, req.params.id, req.body, req.ip);
        const caseId = (await ctx.database.db.selectFrom("refusal_crime_referrals").select("case_id").where("id", "=", req.params.id).executeTakeFirstOrThrow()).case_id;
        return (await getCoercion(ctx, user, caseId)).referrals.find((r) => r.id === req.params.id)!;
      },
    );
  };
}
