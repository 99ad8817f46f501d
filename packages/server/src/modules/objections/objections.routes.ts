// Objections (执异), their reconsideration (执复) and third-party objections over HTTP. Routes validate
// and translate; the service decides with the domain.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context";
import { requireUser } from "../../http/auth";
import { decideBody, docketBody, extendBody, idParams, notAcceptBody, objectionBody, objectionDto, reconsiderationBody, ruleBody, serveBody, suitBody } from "./objections.schemas";
import {
  applyForObjectionReconsideration,
  decideObjectionReconsideration,
  docketObjection,
  extendReconsideration,
  fileObjection,
  getObjection,
  listObjections,
  notAcceptObjection,
  recordDocketingNotices,
  recordSuit,
  releaseAfterNoSuit,
  ruleOnObjection,
  sendFileUp,
  serveRuling,
} from "./objections.service";

import { carryOutBody, counterBody, noticeBody, planBody, planDto, planListDto, planObjectionBody, planSuitBody, serveBodyPlan } from "./distribution-plans.schemas";
import { carryOutPlan, counterObject, draftPlan, getPlan, listPlans, notifyObjector, notifyOthers, objectToPlan, recordPlanSuit, servePlan } from "./distribution-plans.service";

const tags = ["objections"];

export function objectionsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/cases/:id/objections",
      { schema: { tags, summary: "The case's objections (执异) with their linked cases, clocks, rulings, reconsideration (执复) and the disposal hold of a third-party objection", params: idParams, response: { 200: z.object({ items: z.array(objectionDto) }) } } },
      async (req) => ({ items: await listObjections(ctx, requireUser(req), req.params.id) }),
    );
    app.post(
      "/cases/:id/objections",
      {
        schema: {
          tags,
          summary: "File an objection to an enforcement act (a party, online) or record a written objection received (staff; also a third party's objection to an asset): 3 days to docket",
          params: idParams,
          body: objectionBody,
          response: { 201: objectionDto },
        },
      },
      async (req, reply) => {
        const user = requireUser(req);
        const id = await fileObjection(ctx, user, req.params.id, req.body, req.ip);
        return reply.code(201).send(await getObjection(ctx, user, id));
      },
    );

    const act = (summary: string, body: z.ZodType) => ({ schema: { tags, summary, params: idParams, body, response: { 200: objectionDto } } });
    const objectionOf = async (reconsiderationId: string) =>
      (await ctx.database.db.selectFrom("objection_reconsiderations").select("objection_id").where("id", "=", reconsiderationId).executeTakeFirstOrThrow()).objection_id;

    app.post("/objections/:id/docket", act("Docket the objection as a 执异 case (异议复议规定 art 2): notices in 3 days, ruling in 15 days from receipt", docketBody), async (req) => {
      const user = requireUser(req);
      await docketObjection(ctx, user, req.params.id, (req.body as z.infer<typeof docketBody>).materialsComplete, req.ip);
      return getObjection(ctx, user, req.params.id);
    });
    app.post("/objections/:id/not-accept", act("Refuse to accept the objection by ruling (不予受理)", notAcceptBody), async (req) => {
      const user = requireUser(req);
      await notAcceptObjection(ctx, user, req.params.id, (req.body as z.infer<typeof notAcceptBody>).reason, req.ip);
      return getObjection(ctx, user, req.params.id);
    });
    app.post("/objections/:id/notices", act("The objector and the parties were notified of the docketing", z.strictObject({})), async (req) => {
      const user = requireUser(req);
      await recordDocketingNotices(ctx, user, req.params.id, req.ip);
      return getObjection(ctx, user, req.params.id);
    });
    app.post("/objections/:id/ruling", act("Rule: enforcement act upheld / rejected; third-party objection 中止 / rejected (民诉法 arts 236, 238)", ruleBody), async (req) => {
      const user = requireUser(req);
      await ruleOnObjection(ctx, user, req.params.id, req.body as z.infer<typeof ruleBody>, req.ip);
      return getObjection(ctx, user, req.params.id);
    });
    app.post("/objections/:id/service", act("The ruling was served: 10 days for 复议, or 15 days to sue (and the hold / release clocks)", serveBody), async (req) => {
      const user = requireUser(req);
      await serveRuling(ctx, user, req.params.id, (req.body as z.infer<typeof serveBody>).servedOn, req.ip);
      return getObjection(ctx, user, req.params.id);
    });
    app.post("/objections/:id/suit", act("A suit (执行异议之诉) was filed within 15 days", suitBody), async (req) => {
      const user = requireUser(req);
      await recordSuit(ctx, user, req.params.id, (req.body as z.infer<typeof suitBody>).filedOn, req.ip);
      return getObjection(ctx, user, req.params.id);
    });
    app.post("/objections/:id/release", act("After a 中止 ruling and no suit: the measures on the asset are released (民诉法解释 art 314)", z.strictObject({})), async (req) => {
      const user = requireUser(req);
      await releaseAfterNoSuit(ctx, user, req.params.id, req.ip);
      return getObjection(ctx, user, req.params.id);
    });
    app.post(
      "/objections/:id/reconsideration",
      { schema: { tags, summary: "Apply for 复议 to the higher court within 10 days of service (a party online, or staff recording a written application)", params: idParams, body: reconsiderationBody, response: { 201: objectionDto } } },
      async (req, reply) => {
        const user = requireUser(req);
        await applyForObjectionReconsideration(ctx, user, req.params.id, req.body, req.ip);
        return reply.code(201).send(await getObjection(ctx, user, req.params.id));
      },
    );
    app.post("/objection-reconsiderations/:id/send-file", act("The executing court sends the file up (5 days): the higher court's 执复 case, 30 days to decide", z.strictObject({})), async (req) => {
      const user = requireUser(req);
      await sendFileUp(ctx, user, req.params.id, req.ip);
      return getObjection(ctx, user, await objectionOf(req.params.id));
    });
    app.post("/objection-reconsiderations/:id/extend", act("The higher court's president extends the period by at most 30 days (执行程序解释 art 8)", extendBody), async (req) => {
      const user = requireUser(req);
      await extendReconsideration(ctx, user, req.params.id, (req.body as z.infer<typeof extendBody>).extensionDays, req.ip);
      return getObjection(ctx, user, await objectionOf(req.params.id));
    });
    app.post("/objection-reconsiderations/:id/decide", act("The higher court decides the 复议: affirmed, revoked or varied", decideBody), async (req) => {
      const user = requireUser(req);
      await decideObjectionReconsideration(ctx, user, req.params.id, req.body as z.infer<typeof decideBody>, req.ip);
      return getObjection(ctx, user, await objectionOf(req.params.id));
    });

    // ─── 分配方案 and its objections (民诉法解释 arts 509–510) ───
    app.get(
      "/cases/:id/distribution-plans",
      { schema: { tags, summary: "The case's distribution plans (分配方案) with their lines, service, objection round and clocks; the money available to a new plan; the jurisdiction-objection deadline", params: idParams, response: { 200: planListDto } } },
      async (req) => listPlans(ctx, requireUser(req), req.params.id),
    );
    app.post(
      "/cases/:id/distribution-plans",
      { schema: { tags, summary: "Draft a plan sharing an amount of the undistributed money among the applicant and other creditors (lines add up; within the undistributed money)", params: idParams, body: planBody, response: { 201: planDto } } },
      async (req, reply) => {
        const user = requireUser(req);
        const id = await draftPlan(ctx, user, req.params.id, req.body, req.ip);
        return reply.code(201).send(await getPlan(ctx, user, id));
      },
    );
    const planAct = (summary: string, body: z.ZodType) => ({ schema: { tags, summary, params: idParams, body, response: { 200: planDto } } });
    app.post("/distribution-plans/:id/service", planAct("The plan was served: each creditor's and the respondent's date of receipt → 15 days to object (民诉法解释 art 509)", serveBodyPlan), async (req) => {
      const user = requireUser(req);
      await servePlan(ctx, user, req.params.id, req.body as z.infer<typeof serveBodyPlan>, req.ip);
      return getPlan(ctx, user, req.params.id);
    });
    app.post(
      "/distribution-plans/:id/objection",
      { schema: { tags, summary: "A written objection to the plan within 15 days of receipt (a creditor or the respondent online, or staff recording it) with the amounts it asks for", params: idParams, body: planObjectionBody, response: { 201: planDto } } },
      async (req, reply) => {
        const user = requireUser(req);
        await objectToPlan(ctx, user, req.params.id, req.body, req.ip);
        return reply.code(201).send(await getPlan(ctx, user, req.params.id));
      },
    );
    app.post("/distribution-plans/:id/objection-notice", planAct("The others received notice of the objection → 15 days to counter-object (民诉法解释 art 510)", noticeBody), async (req) => {
      const user = requireUser(req);
      await notifyOthers(ctx, user, req.params.id, (req.body as z.infer<typeof noticeBody>).receivedOn, req.ip);
      return getPlan(ctx, user, req.params.id);
    });
    app.post("/distribution-plans/:id/counter-objection", planAct("A counter-objection within 15 days of the notice (a party online, or staff recording it)", counterBody), async (req) => {
      const user = requireUser(req);
      await counterObject(ctx, user, req.params.id, req.body as z.infer<typeof counterBody>, req.ip);
      return getPlan(ctx, user, req.params.id);
    });
    app.post("/distribution-plans/:id/counter-notice", planAct("The objector received notice of the counter-objection → 15 days to sue (民诉法解释 art 510 para 2)", noticeBody), async (req) => {
      const user = requireUser(req);
      await notifyObjector(ctx, user, req.params.id, (req.body as z.infer<typeof noticeBody>).receivedOn, req.ip);
      return getPlan(ctx, user, req.params.id);
    });
    app.post("/distribution-plans/:id/suit", planAct("The objector sued within 15 days: the disputed amount is deposited (民诉法解释 art 510 para 3)", planSuitBody), async (req) => {
      const user = requireUser(req);
      await recordPlanSuit(ctx, user, req.params.id, (req.body as z.infer<typeof planSuitBody>).filedOn, req.ip);
      return getPlan(ctx, user, req.params.id);
    });
    app.post("/distribution-plans/:id/carry-out", planAct("Carry the plan out as distributionOutcome says: the applicant's share allocated in the ledger, other creditors' payouts recorded, the disputed amount deposited", carryOutBody), async (req) => {
      const user = requireUser(req);
      await carryOutPlan(ctx, user, req.params.id, (req.body as z.infer<typeof carryOutBody>).reference, req.ip);
      return getPlan(ctx, user, req.params.id);
    });
  };
}
