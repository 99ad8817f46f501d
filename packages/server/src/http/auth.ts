// Sessions and CSRF. The session token lives only in an httpOnly, SameSite=Strict cookie (Secure
// when served over TLS or when ZHIXING_COOKIE_SECURE=1); the database keeps its SHA-256, never the
// token. Every unsafe request of a signed-in user must echo the session's CSRF token in x-csrf-token.
import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { findSessionWithUser } from "@zhixing/db";
import { DomainError, isStaffRole, type Role } from "@zhixing/domain";
import type { AppContext } from "../context";

export const SESSION_COOKIE = "zx_session";
export const CSRF_HEADER = "x-csrf-token";
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export type AuthUser = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  courtId: string | null;
};

export type Auth = { user: AuthUser; csrfToken: string; sessionId: string } | null;

declare module "fastify" {
  interface FastifyRequest {
    auth: Auth;
  }
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** Routes that create a session: they need no CSRF token (there is no session yet). */
const CSRF_EXEMPT = new Set(["/api/v1/auth/login", "/api/v1/auth/register"]);

export function cookieSecure(req: FastifyRequest): boolean {
  return process.env.ZHIXING_COOKIE_SECURE === "1" || req.protocol === "https";
}

export function setSessionCookie(req: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "strict",
    secure: cookieSecure(req),
    maxAge: SESSION_TTL_MS / 1000,
  });
}

export function installAuth(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest("auth", null);
  app.addHook("onRequest", async (req) => {
    req.auth = null;
    if (!req.url.startsWith("/api/")) return;
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const id = hashToken(token);
      // Sessions expire on the wall clock, not on the business clock that tests may move.
      const found = await findSessionWithUser(ctx.database.db, id, new Date());
      if (found) {
        const u = found.user;
        req.auth = {
          sessionId: id,
          csrfToken: found.csrfToken,
          user: { id: u.id, username: u.username, displayName: u.display_name, role: u.role as Role, courtId: u.court_id },
        };
      }
    }
    const path = req.url.split("?")[0]!;
    if (UNSAFE.has(req.method) && req.auth && !CSRF_EXEMPT.has(path)) {
      const sent = req.headers[CSRF_HEADER];
      const ok =
        typeof sent === "string" &&
        sent.length === req.auth.csrfToken.length &&
        timingSafeEqual(Buffer.from(sent), Buffer.from(req.auth.csrfToken));
      if (!ok) {
        throw new DomainError("CSRF", {
          zh: "缺少或错误的 CSRF 令牌，请刷新页面后重试",
          en: "Missing or wrong CSRF token; reload the page and try again",
        });
      }
    }
  });
}

export function requireUser(req: FastifyRequest): AuthUser {
  if (!req.auth) {
    throw new DomainError("UNAUTHENTICATED", { zh: "请先登录", en: "Please sign in" });
  }
  return req.auth.user;
}

export function requireStaff(req: FastifyRequest): AuthUser & { courtId: string } {
  const user = requireUser(req);
  if (!isStaffRole(user.role) || !user.courtId) {
    throw new DomainError("FORBIDDEN", { zh: "仅限法院工作人员", en: "Court staff only" });
  }
  return user as AuthUser & { courtId: string };
}

export function requireRole(req: FastifyRequest, roles: readonly Role[]): AuthUser {
  const user = requireUser(req);
  if (!roles.includes(user.role)) {
    throw new DomainError("FORBIDDEN", { zh: "您的角色无权执行此操作", en: "Your role may not do this" });
  }
  return user;
}
