import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context";
import { requireStaff, requireUser } from "../../http/auth";
import { caseParams, clueBody, clueDto, clueParams, verifyBody } from "./clues.schemas";
import { listCaseClues, submitClue, verifyClue } from "./clues.service";

export function cluesRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      "/cases/:id/clues",
      {
        schema: {
          tags: ["property"],
          summary: "提供财产线索 give a property clue (the applicant, or staff recording one); verification due in 7 days, 3 if urgent",
          params: caseParams,
          body: clueBody,
          response: { 201: clueDto },
        },
      },
      async (req, reply) => reply.code(201).send(await submitClue(ctx, requireUser(req), req.params.id, req.body, req.ip)),
    );

    app.post(
      "/cases/:id/clues/:clueId/verify",
      {
        schema: { tags: ["property"], summary: "核实财产线索 record the verification of a clue (the handler)", params: clueParams, body: verifyBody, response: { 200: clueDto } },
      },
      async (req) => verifyClue(ctx, requireStaff(req), req.params.id, req.params.clueId, req.body, req.ip),
    );

    app.get(
      "/cases/:id/clues",
      { schema: { tags: ["property"], summary: "The case's property clues (staff; the applicant sees the clues it gave)", params: caseParams, response: { 200: z.object({ items: z.array(clueDto) }) } } },
      async (req) => ({ items: await listCaseClues(ctx, requireUser(req), req.params.id) }),
    );
  };
}
