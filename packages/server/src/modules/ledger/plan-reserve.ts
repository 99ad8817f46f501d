// Money in the case's undistributed total that distribution plans (分配方案, 民诉法解释 arts 508–510)
// have reserved: drafted or served plans' whole amount, and of carried-out plans the other creditors'
// payouts and any disputed amount deposited while a suit runs. Those two leave the court's account
// outside this case's ledger (which has no payee for another case's creditor), so the ledger still
// counts them as undistributed; every allocation of undistributed money must leave them alone.
import type { Executor } from "@zhixing/db";

export async function planReservedFen(tx: Executor, caseId: string, exceptPlanId: string | null = null): Promise<number> {
  const plans = await tx.selectFrom("distribution_plans").select(["id", "status", "amount_fen", "deposited_fen"]).where("case_id", "=", caseId).execute();
  let reserved = 0;
  for (const p of plans) {
    if (p.id === exceptPlanId) continue;
    if (p.status === "draft" || p.status === "served") reserved += p.amount_fen;
    if (p.status === "carriedOut") {
      const others = await tx.selectFrom("distribution_plan_lines").select(["paid_fen"]).where("plan_id", "=", p.id).where("creditor_kind", "=", "other").execute();
      reserved += others.reduce((s, l) => s + (l.paid_fen ?? 0), 0) + p.deposited_fen;
    }
  }
  return reserved;
}
