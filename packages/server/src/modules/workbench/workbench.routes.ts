import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { listStaff } from "@zhixing/db";
import type { AppContext } from "../../context";
import { requireStaff } from "../../http/auth";
import { citationDto } from "../../http/schemas";
import { workbench } from "./workbench.service";

const clockItem = z.object({
  clockId: z.string(),
  caseId: z.string(),
  caseNumber: z.string().nullable(),
  kind: z.string(),
  due: z.string(),
  daysLeft: z.number(),
  basis: citationDto,
});

const workbenchDto = z.object({
  /** 终本 cases whose re-inquiry found property, until the court acknowledges the flag (终本规定 art 9). */
  resumeFlags: z.array(z.object({ caseId: z.string(), caseNumber: z.string().nullable(), seq: z.number(), runDate: z.string(), itemsFound: z.number() })),
  pendingApprovals: z.array(z.object({ caseId: z.string(), caseNumber: z.string().nullable(), termDue: z.string(), furtherExtension: z.boolean() })),
  overdue: z.array(clockItem),
  dueToday: z.array(clockItem),
  dueThisWeek: z.array(clockItem),
  myCasesByStatus: z.record(z.string(), z.number()),
  registrationQueue: z.array(
    z.object({ caseId: z.string(), applicantNames: z.array(z.string()), applicationDate: z.string(), decisionDue: z.string(), daysLeft: z.number() }),
  ),
});

export function workbenchRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get("/workbench", { schema: { tags: ["workbench"], response: { 200: workbenchDto } } }, async (req) => workbench(ctx, requireStaff(req)));

    app.get(
      "/staff",
      {
        schema: {
          tags: ["workbench"],
          summary: "Staff of the caller's court (e.g. officers to assign)",
          querystring: z.strictObject({ role: z.enum(["filingClerk", "officer", "divisionHead", "president"]).optional() }),
          response: { 200: z.object({ items: z.array(z.object({ id: z.string(), displayName: z.string(), role: z.string() })) }) },
        },
      },
      async (req) => {
        const user = requireStaff(req);
        const rows = await listStaff(ctx.database.db, user.courtId, req.query.role);
        return { items: rows.map((r) => ({ id: r.id, displayName: r.display_name, role: r.role })) };
      },
    );
  };
}
