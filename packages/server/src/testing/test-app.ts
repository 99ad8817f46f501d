// A real application on a real database (PGlite or the PostgreSQL server) for service and API tests,
// with a settable clock and signed-in clients that carry the session cookie and CSRF token.
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { createTestDatabase, type TestDatabase } from "@zhixing/db/testing";
import type { DatabaseKind } from "@zhixing/db";
import { buildApp } from "../app";
import type { AppContext } from "../context";
import type { AuthUser } from "../http/auth";
import { createContext } from "../runtime";
import { DEMO_PASSWORD, seedDemo } from "../seed/demo.seed";

export type Client = {
  user: AuthUser;
  csrf: string;
  cookie: string | undefined;
  get: (url: string) => Promise<LightMyRequestResponse>;
  post: (url: string, body?: unknown) => Promise<LightMyRequestResponse>;
  put: (url: string, body?: unknown) => Promise<LightMyRequestResponse>;
};

export type TestApp = {
  kind: DatabaseKind;
  ctx: AppContext;
  app: FastifyInstance;
  database: TestDatabase;
  /** Sets the clock to this Shanghai calendar date (10:00 local time). */
  setToday: (date: string) => void;
  login: (username: string, password?: string) => Promise<Client>;
  anonymous: () => Client;
  user: (username: string) => Promise<AuthUser>;
  close: () => Promise<void>;
};

/**
 * `database` lets a test bring its own (e.g. PGlite on a data directory that a spawned `zhixing serve`
 * opens after this app is closed); by default a fresh, migrated test database of `kind`.
 */
export async function createTestApp(kind: DatabaseKind, opts: { today?: string; demoCases?: boolean; database?: TestDatabase } = {}): Promise<TestApp> {
  const database = opts.database ?? (await createTestDatabase(kind));
  let now = new Date(`${opts.today ?? "2025-09-15"}T02:00:00Z`);
  const base = await createContext(database);
  const ctx: AppContext = { ...base, now: () => now };
  await seedDemo(ctx, { cases: opts.demoCases ?? false });
  const app = await buildApp(ctx, { webDist: null });
  await app.ready();

  const client = (cookie: string | undefined, csrf: string, user: AuthUser): Client => {
    const headers = (unsafe: boolean) => ({
      ...(cookie ? { cookie } : {}),
      ...(unsafe && csrf ? { "x-csrf-token": csrf } : {}),
    });
    return {
      user,
      csrf,
      cookie,
      get: (url) => app.inject({ method: "GET", url, headers: headers(false) }),
      post: (url, body) => app.inject({ method: "POST", url, headers: headers(true), ...(body === undefined ? {} : { payload: body as object }) }),
      put: (url, body) => app.inject({ method: "PUT", url, headers: headers(true), ...(body === undefined ? {} : { payload: body as object }) }),
    };
  };

  return {
    kind,
    ctx,
    app,
    database,
    setToday: (date) => {
      now = new Date(`${date}T02:00:00Z`);
    },
    login: async (username, password = DEMO_PASSWORD) => {
      const res = await app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === "zx_session")!;
      const body = res.json() as { user: AuthUser; csrfToken: string };
      return client(`zx_session=${cookie.value}`, body.csrfToken, body.user);
    },
    anonymous: () => client(undefined, "", { id: "", username: "", displayName: "", role: "applicant", courtId: null }),
    user: async (username) => {
      const u = await database.db.selectFrom("users").selectAll().where("username", "=", username).executeTakeFirstOrThrow();
      return { id: u.id, username: u.username, displayName: u.display_name, role: u.role as AuthUser["role"], courtId: u.court_id };
    },
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
