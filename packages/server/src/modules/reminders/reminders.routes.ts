import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppContext } from "../../context";
import { requireStaff } from "../../http/auth";
import { okDto } from "../../http/schemas";
import { readReminder, remindersFor } from "./reminders.service";

const reminderDto = z.object({
  id: z.string(),
  kind: z.enum(["dueSoon", "overdue"]),
  clockKind: z.string(),
  clockOpen: z.boolean(),
  due: z.string(),
  caseId: z.string(),
  caseNumber: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});

export function remindersRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get("/reminders", { schema: { tags: ["workbench"], summary: "My clock reminders", response: { 200: z.object({ items: z.array(reminderDto) }) } } }, async (req) => ({
      items: await remindersFor(ctx, requireStaff(req)),
    }));
    app.post(
      "/reminders/:id/read",
      { schema: { tags: ["workbench"], params: z.strictObject({ id: z.uuid() }), response: { 200: okDto } } },
      async (req) => {
        await readReminder(ctx, requireStaff(req), req.params.id);
        return { ok: true as const };
      },
    );
  };
}
