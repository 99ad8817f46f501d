// The HTTP application: API under /api/v1 (validated with zod, documented at /docs), and the built web
// UI on the same port. Routes only validate and translate; services decide.
import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyCookie from "@fastify/cookie";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance } from "fastify";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppContext } from "./context";
import { installAuth } from "./http/auth";
import { installErrorHandler, notFoundBody } from "./http/error-handler";
import { auctionsRoutes } from "./modules/auctions/auctions.routes";
import { authRoutes } from "./modules/auth/auth.routes";
import { calcRoutes } from "./modules/calc/calc.routes";
import { calendarRoutes } from "./modules/calendar/calendar.routes";
import { casesRoutes } from "./modules/cases/cases.routes";
import { courtsRoutes } from "./modules/courts/courts.routes";
import { ledgerRoutes } from "./modules/ledger/ledger.routes";
import { inquiriesRoutes } from "./modules/inquiries/inquiries.routes";
import { measuresRoutes } from "./modules/measures/measures.routes";
import { remindersRoutes } from "./modules/reminders/reminders.routes";
import { propertyReportsRoutes } from "./modules/property-reports/property-reports.routes";
import { cluesRoutes } from "./modules/clues/clues.routes";
import { investigationRoutes } from "./modules/clues/investigation.routes";
import { rewardsRoutes } from "./modules/rewards/rewards.routes";
import { workbenchRoutes } from "./modules/workbench/workbench.routes";
import { valuationRoutes } from "./modules/valuation/valuation.routes";
import { creditRoutes } from "./modules/credit/credit.routes";
import { zhongbenRoutes } from "./modules/zhongben/zhongben.routes";
import { coercionRoutes } from "./modules/coercion/coercion.routes";
import { conductRoutes } from "./modules/conduct/conduct.routes";
import { objectionsRoutes } from "./modules/objections/objections.routes";

export const WEB_DIST = join(import.meta.dirname, "..", "..", "web", "dist");

export type AppOptions = { logger?: boolean; webDist?: string | null };

export async function buildApp(ctx: AppContext, opts: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ? { level: process.env.LOG_LEVEL ?? "info" } : false,
    bodyLimit: 1024 * 1024,
    trustProxy: process.env.ZHIXING_TRUST_PROXY === "1",
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  await app.register(fastifyCookie);
  installAuth(app, ctx);

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: "zhixing 执行 API", description: "Enforcement of IP judgments. Money in integer fen; dates YYYY-MM-DD (Asia/Shanghai).", version: "1" },
      components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: "zx_session" } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/docs" });

  await app.register(
    async (api) => {
      api.get("/health", async () => ({ ok: true, database: ctx.database.kind }));
      await api.register(authRoutes(ctx));
      await api.register(calcRoutes(ctx));
      await api.register(calendarRoutes(ctx));
      await api.register(courtsRoutes(ctx));
      await api.register(casesRoutes(ctx));
      await api.register(workbenchRoutes(ctx));
      await api.register(remindersRoutes(ctx));
      await api.register(ledgerRoutes(ctx));
      await api.register(inquiriesRoutes(ctx));
      await api.register(propertyReportsRoutes(ctx));
      await api.register(cluesRoutes(ctx));
      await api.register(investigationRoutes(ctx));
      await api.register(rewardsRoutes(ctx));
      await api.register(measuresRoutes(ctx));
      await api.register(valuationRoutes(ctx));
      await api.register(auctionsRoutes(ctx));
      await api.register(creditRoutes(ctx));
      await api.register(zhongbenRoutes(ctx));
      await api.register(coercionRoutes(ctx));
      await api.register(conductRoutes(ctx));
      await api.register(objectionsRoutes(ctx));
    },
    { prefix: "/api/v1" },
  );

  const dist = opts.webDist === undefined ? WEB_DIST : opts.webDist;
  const hasWeb = !!dist && existsSync(join(dist, "index.html"));
  if (hasWeb) await app.register(fastifyStatic, { root: dist, wildcard: false, index: ["index.html"] });
  // Client-side routes: any other GET that is not the API or the docs gets the single-page app.
  app.setNotFoundHandler((req, reply) => {
    const api = req.url.startsWith("/api/") || req.url.startsWith("/docs");
    if (hasWeb && req.method === "GET" && !api) return reply.type("text/html").sendFile("index.html");
    return reply.code(404).send(notFoundBody(api));
  });
  return app;
}
