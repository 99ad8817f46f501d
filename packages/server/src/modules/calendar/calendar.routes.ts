import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context";
import { requireRole } from "../../http/auth";
import { intQuery } from "../../http/schemas";

const yearParams = z.strictObject({ year: intQuery(2004, 2100) });
const namedDate = z.object({ date: z.string(), name: z.string() });
const yearDto = z.object({
  year: z.number(),
  source: z.enum(["official", "loaded", "fallback"]),
  holidays: z.array(namedDate),
  workdays: z.array(namedDate),
});
const arrangementBody = z.strictObject({
  holidays: z.array(z.strictObject({ date: z.string(), name: z.string() })).max(60),
  workdays: z.array(z.strictObject({ date: z.string(), name: z.string() })).max(30),
});

export function calendarRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get("/calendar/years/:year", { schema: { tags: ["calendar"], params: yearParams, response: { 200: yearDto } } }, async (req) =>
      ctx.calendar.get().arrangement(req.params.year),
    );
    // An administrator (or the court president) loads the State Council's official arrangement for a year.
    app.put(
      "/calendar/years/:year",
      { schema: { tags: ["calendar"], params: yearParams, body: arrangementBody, response: { 200: yearDto } } },
      async (req) => {
        const actor = requireRole(req, ["admin", "president"]);
        await ctx.calendar.load({ year: req.params.year, ...req.body }, actor, ctx.now());
        return ctx.calendar.get().arrangement(req.params.year);
      },
    );
  };
}
