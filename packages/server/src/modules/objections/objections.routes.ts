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
  };
}
