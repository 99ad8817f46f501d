// Access is decided per case: staff of the case's own court may read and act; staff of a court above it
// (a supervising higher court) may read; a party may read its own cases. Everyone else gets NOT_FOUND,
// so that case existence does not leak.
import { ancestorCourtIds, type Executor } from "@zhixing/db";
import { DomainError, isStaffRole } from "@zhixing/domain";
import type { AuthUser } from "../../http/auth";

export type CaseAccess = "act" | "supervise" | "party";

export const caseNotFound = () => new DomainError("NOT_FOUND", { zh: "案件不存在或无权查看", en: "No such case, or you may not see it" });

export async function caseAccess(db: Executor, user: AuthUser, c: { id: string; court_id: string }): Promise<CaseAccess> {
  if (isStaffRole(user.role) && user.courtId) {
    if (user.courtId === c.court_id) return "act";
    const above = await ancestorCourtIds(db, c.court_id);
    if (above.includes(user.courtId)) return "supervise";
    throw caseNotFound();
  }
  const party = await db
    .selectFrom("case_parties")
    .select("id")
    .where("case_id", "=", c.id)
    .where("user_id", "=", user.id)
    .executeTakeFirst();
  if (party) return "party";
  throw caseNotFound();
}
