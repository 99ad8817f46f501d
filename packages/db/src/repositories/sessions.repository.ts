import type { Executor } from "../database";
import type { UserRow } from "../schema";

export async function insertSession(
  db: Executor,
  s: { id: string; userId: string; csrfToken: string; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto("sessions")
    .values({ id: s.id, user_id: s.userId, csrf_token: s.csrfToken, expires_at: s.expiresAt })
    .execute();
}

export async function findSessionWithUser(
  db: Executor,
  id: string,
  now: Date,
): Promise<{ csrfToken: string; user: UserRow } | undefined> {
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .selectAll("users")
    .select(["sessions.csrf_token as session_csrf_token"])
    .where("sessions.id", "=", id)
    .where("sessions.expires_at", ">", now)
    .where("users.active", "=", true)
    .executeTakeFirst();
  if (!row) return undefined;
  const { session_csrf_token, ...user } = row;
  return { csrfToken: session_csrf_token, user };
}

export async function deleteSession(db: Executor, id: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", id).execute();
}

export async function deleteExpiredSessions(db: Executor, now: Date): Promise<number> {
  const r = await db.deleteFrom("sessions").where("expires_at", "<=", now).executeTakeFirst();
  return Number(r.numDeletedRows);
}
