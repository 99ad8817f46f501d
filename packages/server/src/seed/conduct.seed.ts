// Demo 行为义务: the judgment of demo case 2 (against 张某某, the demo respondent) also orders the
// destruction of the infringing stock and the moulds used to make it — a duty a substitute can perform
// (民诉法 art 263; 民诉法解释 art 501). The application form of demo case 2 lists only money and the cease
// order, and no service amends a registered basis, so the seed adds the duty row to that case here, with
// its case event and audit record; the officer then appoints the performer, fixes the cost and so on
// through the conduct module (packages/e2e/src/conduct.e2e.test.ts drives that in Chromium).
import { randomUUID } from "node:crypto";
import type { AppContext } from "../context";
import type { AuthUser } from "../http/auth";
import { actorOf, record } from "../modules/coercion/coercion.common";

export const DEMO_DESTRUCTION_DUTY = "销毁库存侵权产品及专用模具";

export async function seedDemoConduct(ctx: AppContext, users: Map<string, AuthUser>, k: { c2: string }): Promise<void> {
  const clerk = users.get("clerk")!;
  await ctx.database.db.transaction().execute(async (tx) => {
    const c = await tx.selectFrom("cases").select(["id", "court_id"]).where("id", "=", k.c2).forUpdate().executeTakeFirstOrThrow();
    const max = await tx.selectFrom("duties").select((eb) => eb.fn.max("position").as("p")).where("case_id", "=", c.id).executeTakeFirst();
    const id = randomUUID();
    await tx
      .insertInto("duties")
      .values({
        id,
        court_id: c.court_id,
        case_id: c.id,
        position: Number(max?.p ?? 0) + 1,
        kind: "conduct",
        category: "destroyGoods",
        description: DEMO_DESTRUCTION_DUTY,
        amount_fen: null,
        proof_required: "销毁笔录及现场照片",
        done_date: null,
        evidence: null,
      })
      .execute();
    await record(tx, ctx, actorOf(clerk), c, { type: "seed.conductDuty", entityType: "duty", entityId: id, data: { dutyId: id, category: "destroyGoods" } });
  });
}
