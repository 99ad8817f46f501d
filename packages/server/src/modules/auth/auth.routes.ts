import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context";
import { requireUser, SESSION_COOKIE, setSessionCookie } from "../../http/auth";
import { loginBody, registerBody, sessionDto } from "./auth.schemas";
import { login, logout, registerApplicant, toSessionView } from "./auth.service";

export function authRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post("/auth/login", { schema: { tags: ["auth"], body: loginBody, response: { 200: sessionDto } } }, async (req, reply) => {
      const { token, session } = await login(ctx, req.body, req.ip);
      setSessionCookie(req, reply, token);
      return session;
    });

    app.post("/auth/register", { schema: { tags: ["auth"], body: registerBody, response: { 201: sessionDto } } }, async (req, reply) => {
      const { token, session } = await registerApplicant(ctx, req.body, req.ip);
      setSessionCookie(req, reply, token);
      return reply.code(201).send(session);
    });

    app.post("/auth/logout", { schema: { tags: ["auth"], response: { 200: z.object({ ok: z.literal(true) }) } } }, async (req, reply) => {
      const user = requireUser(req);
      await logout(ctx, req.auth!.sessionId, user);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return { ok: true as const };
    });

    app.get("/auth/session", { schema: { tags: ["auth"], response: { 200: sessionDto } } }, async (req) => {
      const user = requireUser(req);
      return toSessionView(ctx, user, req.auth!.csrfToken);
    });
  };
}
