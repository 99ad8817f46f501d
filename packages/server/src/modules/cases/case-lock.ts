// The case row lock every case-scoped write takes first, so that concurrent writes on one case
// (events, clocks, measures, ledger entries) run one after the other; and the small facts the
// modules decide access with.
import type { Executor } from "@zhixing/db";
import { caseNotFound } from "./case-access";

/** Statuses in which a registered case is being enforced (property work may happen). */
export const OPEN_CASE_STATUSES: readonly string[] = ["registered", "assigned", "inProgress"];

export type LockedCase = {
  id: string;
  court_id: string;
  status: string;
  handler_id: string | null;
  report_order_issued: boolean;
  closure_mode: string | null;
  notice_date: string | null;
  basis_effective_date: string;
  basis_performance_deadline: string | null;
};

export async function lockCase(tx: Executor, caseId: string): Promise<LockedCase> {
  const c = await tx
    .selectFrom("cases")
    .select([
      "id",
      "court_id",
      "status",
      "handler_id",
      "report_order_issued",
      "closure_mode",
      "notice_date",
      "basis_effective_date",
      "basis_performance_deadline",
    ])
    .where("id", "=", caseId)
    .forUpdate()
    .executeTakeFirst();
  if (!c) throw caseNotFound();
  return c;
}

/** Whether the user is an applicant party of the case. */
export async function isCaseApplicant(db: Executor, caseId: string, userId: string): Promise<boolean> {
  const rows = await db.selectFrom("case_parties").select("role").where("case_id", "=", caseId).where("user_id", "=", userId).execute();
  return rows.some((r) => r.role === "applicant");
}
