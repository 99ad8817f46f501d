import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context";
import { requireUser } from "../../http/auth";
import { applyBody, caseNoticeParams, caseParams, closeBody, decideBody, noticeDto, noticeParams, payBody, payResultDto, publicNoticeDto, tipBody, tipParams, tipReceiptDto, withdrawBody } from "./rewards.schemas";
import { applyForReward, closeReward, decideReward, listCaseRewards, listPublicRewards, payTipReward, submitTip, withdrawReward } from "./rewards.service";

export function rewardsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      "/cases/:id/reward-notices",
      {
        schema: {
          tags: ["property"],
          summary: "申请发布悬赏公告 apply for a reward notice (the applicant, in writing; 财产调查规定 art 21); the court decides within 10 days",
          params: caseParams,
          body: applyBody,
          response: { 201: noticeDto },
        },
      },
      async (req, reply) => reply.code(201).send(await applyForReward(ctx, requireUser(req), req.params.id, req.body, req.ip)),
    );

    app.post(
      "/reward-notices/:id/decide",
      { schema: { tags: ["property"], summary: "决定发布或不予发布悬赏公告 publish or refuse with a reason (the handler or the division head)", params: noticeParams, body: decideBody, response: { 200: noticeDto } } },
      async (req) => decideReward(ctx, requireUser(req), req.params.id, req.body, req.ip),
    );

    app.post(
      "/cases/:id/reward-notices/:noticeId/withdraw",
      {
        schema: {
          tags: ["property"],
          summary: "撤回悬赏公告 the applicant who applied withdraws its notice, awaiting the decision or published, with a reason (read from 财产调查规定 art 21); it leaves the public list",
          params: caseNoticeParams,
          body: withdrawBody,
          response: { 200: noticeDto },
        },
      },
      async (req) => withdrawReward(ctx, requireUser(req), req.params.id, req.params.noticeId, req.body, req.ip),
    );

    app.post(
      "/cases/:id/reward-notices/:noticeId/close",
      {
        schema: {
          tags: ["property"],
          summary: "结束悬赏公告 the handler or the division head closes a published notice (property found, reward paid, case closed, other with a note); it leaves the public list and takes no more tips",
          params: caseNoticeParams,
          body: closeBody,
          response: { 200: noticeDto },
        },
      },
      async (req) => closeReward(ctx, requireUser(req), req.params.id, req.params.noticeId, req.body, req.ip),
    );

    app.post(
      "/reward-notices/:id/tips",
      {
        schema: {
          tags: ["property"],
          summary: "提供悬赏线索 give a tip on a published reward notice: signed in or not, anonymously if wished; identity kept confidential (art 23)",
          params: noticeParams,
          body: tipBody,
          response: { 201: tipReceiptDto },
        },
      },
      async (req, reply) => reply.code(201).send(await submitTip(ctx, req.auth?.user ?? null, req.params.id, req.body, req.ip)),
    );

    app.post(
      "/reward-notices/:id/tips/:tipId/pay",
      {
        schema: {
          tags: ["property"],
          summary: "发放悬赏金 pay the reward for a tip out of the applicant's recovered money (the handler or the division head; 财产调查规定 art 24)",
          params: tipParams,
          body: payBody,
          response: { 200: payResultDto },
        },
      },
      async (req) => payTipReward(ctx, requireUser(req), req.params.id, req.params.tipId, req.body, req.ip),
    );

    app.get(
      "/public/reward-notices",
      {
        schema: {
          tags: ["property"],
          summary: "Published reward notices, for anyone (no sign-in): case number, court, reward, date; a natural person's name masked, no ID numbers or addresses",
          response: { 200: z.object({ items: z.array(publicNoticeDto) }) },
        },
      },
      async () => ({ items: await listPublicRewards(ctx) }),
    );

    app.get(
      "/cases/:id/reward-notices",
      { schema: { tags: ["property"], summary: "The case's reward notices (staff with tips; the applicant without)", params: caseParams, response: { 200: z.object({ items: z.array(noticeDto) }) } } },
      async (req) => ({ items: await listCaseRewards(ctx, requireUser(req), req.params.id, req.ip) }),
    );
  };
}
