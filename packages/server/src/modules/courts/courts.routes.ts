import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { listCourts } from "@zhixing/db";
import type { AppContext } from "../../context";

const courtDto = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  level: z.enum(["supreme", "high", "ipCourt", "intermediate", "basic", "internet"]),
  parentId: z.string().nullable(),
  province: z.string(),
  hasIpJurisdiction: z.boolean(),
});

export function courtsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get("/courts", { schema: { tags: ["courts"], summary: "The court hierarchy (public)", response: { 200: z.object({ items: z.array(courtDto) }) } } }, async () => {
      const rows = await listCourts(ctx.database.db);
      return {
        items: rows.map((c) => ({
          id: c.id,
          code: c.code,
          name: c.name,
          nameEn: c.name_en,
          level: c.level,
          parentId: c.parent_id,
          province: c.province,
          hasIpJurisdiction: c.has_ip_jurisdiction,
        })),
      };
    });
  };
}
