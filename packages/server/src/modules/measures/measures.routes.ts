// The measures register over HTTP: assets, taking a measure (also straight from an inquiry result),
// renewal, release, and the register with its release task. Routes validate and translate; the
// service decides.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context";
import { requireUser } from "../../http/auth";
import { getRegister, listAssetsFor } from "./measures.queries";
import {
  assetBody,
  assetDto,
  caseParams,
  freezeBody,
  measureBody,
  measureDto,
  measureParams,
  registerDto,
  conversionBody,
  conversionCandidateDto,
  conversionDto,
  conversionResultDto,
  releaseBody,
  renewBody,
  resultParams,
  standingBody,
  standingFreezeDto,
  stopStandingBody,
  type MeasureDto,
} from "./measures.schemas";
import { createAsset, createMeasure, freezeFromInquiryResult, releaseMeasureFor, renewMeasureFor } from "./measures.service";
import { createStandingFreeze, listStandingFreezes, stopStandingFreeze } from "./standing-freezes.service";
import { convertPreservation, listConversionCandidates, listConversions } from "./conversion.service";

const tags = ["measures"];

export function measuresRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const entry = async (user: Parameters<typeof getRegister>[1], caseId: string, measureId: string): Promise<MeasureDto> =>
      (await getRegister(ctx, user, caseId, null, { audit: false })).measures.find((m) => m.id === measureId)!;
    const caseOf = async (measureId: string) =>
      (await ctx.database.db.selectFrom("measures").select("case_id").where("id", "=", measureId).executeTakeFirstOrThrow()).case_id;

    app.post(
      "/cases/:id/preservation-conversions",
      {
        schema: {
          tags,
          summary:
            "保全措施转为执行措施: carry a 执保 case's measures still in their term into this enforcement case, terms running on, no new ruling (民诉法解释 art 168; handler or division head)",
          params: caseParams,
          body: conversionBody,
          response: { 201: conversionResultDto },
        },
      },
      async (req, reply) => reply.code(201).send(await convertPreservation(ctx, requireUser(req), req.params.id, req.body, req.ip)),
    );

    app.get(
      "/cases/:id/preservation-conversions",
      { schema: { tags, summary: "The preservation conversions into or out of this case", params: caseParams, response: { 200: z.object({ items: z.array(conversionDto) }) } } },
      async (req) => ({ items: await listConversions(ctx, requireUser(req), req.params.id) }),
    );

    app.get(
      "/cases/:id/preservation-candidates",
      {
        schema: {
          tags,
          summary: "执保 cases of this court whose measures could carry into this enforcement case (same applicant and respondent, measures in force, not yet converted)",
          params: caseParams,
          response: { 200: z.object({ items: z.array(conversionCandidateDto) }) },
        },
      },
      async (req) => ({ items: await listConversionCandidates(ctx, requireUser(req), req.params.id) }),
    );

    app.get(
      "/cases/:id/assets",
      { schema: { tags, summary: "The case's assets (manual, inquiry, clue, report)", params: caseParams, response: { 200: z.object({ items: z.array(assetDto) }) } } },
      async (req) => ({ items: await listAssetsFor(ctx, requireUser(req), req.params.id, req.ip) }),
    );

    app.post(
      "/cases/:id/assets",
      { schema: { tags, summary: "Record an asset by hand (handler or division head)", params: caseParams, body: assetBody, response: { 201: assetDto } } },
      async (req, reply) => {
        const user = requireUser(req);
        const id = await createAsset(ctx, user, req.params.id, req.body, req.ip);
        const items = await listAssetsFor(ctx, user, req.params.id, req.ip);
        return reply.code(201).send(items.find((a) => a.id === id)!);
      },
    );

    app.get(
      "/cases/:id/measures",
      {
        schema: {
          tags,
          summary: "The measures register: asset, kind, amount, rank, start, expiry, status, renewals, days left, basis; and the release task (excess) when over-controlled",
          params: caseParams,
          response: { 200: registerDto },
        },
      },
      async (req) => getRegister(ctx, requireUser(req), req.params.id, req.ip),
    );

    app.post(
      "/cases/:id/measures",
      {
        schema: {
          tags,
          summary: "Take a seal, freeze, seizure or deduction (handler or division head): fit, exempt property, over-seizure (查封规定 art 19), rank (art 26), term (民诉法解释 art 485)",
          params: caseParams,
          body: measureBody,
          response: { 201: measureDto },
        },
      },
      async (req, reply) => {
        const user = requireUser(req);
        const id = await createMeasure(ctx, user, req.params.id, req.body, req.ip);
        return reply.code(201).send(await entry(user, req.params.id, id));
      },
    );

    app.post(
      "/inquiry-results/:resultId/freeze",
      {
        schema: {
          tags,
          summary: "查询→结果→冻结: control the asset an inquiry found, in one step, with the usual kind for its type",
          params: resultParams,
          body: freezeBody,
          response: { 201: measureDto },
        },
      },
      async (req, reply) => {
        const user = requireUser(req);
        const r = await freezeFromInquiryResult(ctx, user, req.params.resultId, req.body, req.ip);
        return reply.code(201).send(await entry(user, r.caseId, r.measureId));
      },
    );

    app.post(
      "/measures/:id/renew",
      { schema: { tags, summary: "续行: renew before expiry (the last day included), capped like the first term", params: measureParams, body: renewBody, response: { 200: measureDto } } },
      async (req) => {
        const user = requireUser(req);
        const id = await renewMeasureFor(ctx, user, req.params.id, req.body, req.ip);
        return entry(user, await caseOf(id), id);
      },
    );

    app.post(
      "/measures/:id/release",
      {
        schema: {
          tags,
          summary: "解除: with the statutory ground (查封规定 art 28) and the facts; the next queued measure takes effect (art 26)",
          params: measureParams,
          body: releaseBody,
          response: { 200: measureDto },
        },
      },
      async (req) => {
        const user = requireUser(req);
        const id = await releaseMeasureFor(ctx, user, req.params.id, req.body, req.ip);
        return entry(user, await caseOf(id), id);
      },
    );

    // 轮询冻结 / 持续冻结: a standing order topping up a freeze of an account daily until the target.
    const standingOf = async (user: Parameters<typeof listStandingFreezes>[1], id: string) => {
      const caseId = (await ctx.database.db.selectFrom("standing_freezes").select("case_id").where("id", "=", id).executeTakeFirstOrThrow()).case_id;
      return (await listStandingFreezes(ctx, user, caseId)).find((s) => s.id === id)!;
    };

    app.post(
      "/measures/:id/standing",
      {
        schema: {
          tags,
          summary: "轮询冻结: freeze new incoming funds daily until targetFen, for `days` (default and maximum a product setting, 30), within the over-seizure limit (查封规定 art 19)",
          params: measureParams,
          body: standingBody,
          response: { 201: standingFreezeDto },
        },
      },
      async (req, reply) => {
        const user = requireUser(req);
        const id = await createStandingFreeze(ctx, user, req.params.id, req.body, req.ip);
        return reply.code(201).send(await standingOf(user, id));
      },
    );

    app.post(
      "/standing-freezes/:id/stop",
      { schema: { tags, summary: "Stop a standing freeze (handler or division head), with the reason", params: measureParams, body: stopStandingBody, response: { 200: standingFreezeDto } } },
      async (req) => {
        const user = requireUser(req);
        const id = await stopStandingFreeze(ctx, user, req.params.id, req.body, req.ip);
        return standingOf(user, id);
      },
    );

    app.get(
      "/cases/:id/standing-freezes",
      { schema: { tags, summary: "The case's standing freezes (court staff)", params: caseParams, response: { 200: z.object({ items: z.array(standingFreezeDto) }) } } },
      async (req) => ({ items: await listStandingFreezes(ctx, requireUser(req), req.params.id) }),
    );
  };
}
