import type { Insertable } from "kysely";
import type { Executor } from "../database";
import type { UserRow, UsersTable } from "../schema";

export async function findUserByUsername(db: Executor, username: string): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("username", "=", username).executeTakeFirst();
}

export async function findUser(db: Executor, id: string): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function insertUser(db: Executor, user: Insertable<UsersTable>): Promise<void> {
  await db.insertInto("users").values(user).execute();
}

export async function listStaff(db: Executor, courtId: string, role?: string): Promise<UserRow[]> {
  let q = db.selectFrom("users").selectAll().where("court_id", "=", courtId).where("active", "=", true);
  if (role) q = q.where("role", "=", role);
  return q.orderBy("display_name").execute();
}

export async function countUsers(db: Executor): Promise<number> {
  const r = await db.selectFrom("users").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return Number(r.n);
}
