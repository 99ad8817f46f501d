// Sign-in, sign-out and applicant self-registration. Passwords are argon2id hashes; a session token is
// random and stored only as its SHA-256.
import { randomBytes, randomUUID } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { findCourt, findUserByUsername, insertSession, deleteSession, insertUser, writeAudit } from "@zhixing/db";
import { checkPartyKindIdType, DomainError, validatePartyIdentifier, type PartyKind } from "@zhixing/domain";
import type { AppContext } from "../../context";
import { hashToken, SESSION_TTL_MS, type AuthUser } from "../../http/auth";

// A fixed hash to verify against when the user does not exist, so timing does not reveal usernames.
let dummyHash: Promise<string> | undefined;
async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hash("zhixing-dummy-password");
  await verify(await dummyHash, password);
  return false;
}

export const hashPassword = (password: string) => hash(password);

export type SessionView = {
  user: AuthUser & { courtName: string | null };
  csrfToken: string;
};

export async function toSessionView(ctx: AppContext, user: AuthUser, csrfToken: string): Promise<SessionView> {
  const court = user.courtId ? await findCourt(ctx.database.db, user.courtId) : undefined;
  return { user: { ...user, courtName: court?.name ?? null }, csrfToken };
}

export async function login(
  ctx: AppContext,
  input: { username: string; password: string },
  ip: string | null,
): Promise<{ token: string; session: SessionView }> {
  const db = ctx.database.db;
  const u = await findUserByUsername(db, input.username);
  const ok = u && u.active ? await verify(u.password_hash, input.password) : await verifyAgainstDummy(input.password);
  if (!u || !ok) {
    await writeAudit(db, {
      courtId: u?.court_id ?? null,
      actorId: u?.id ?? null,
      actorRole: null,
      action: "auth.loginFailed",
      entityType: "user",
      entityId: input.username,
      ip,
    });
    throw new DomainError("UNAUTHENTICATED", { zh: "用户名或密码错误", en: "Wrong username or password" }, { field: "password" });
  }
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  await db.transaction().execute(async (tx) => {
    await insertSession(tx, { id: hashToken(token), userId: u.id, csrfToken, expiresAt: new Date(Date.now() + SESSION_TTL_MS) });
    await writeAudit(tx, { courtId: u.court_id, actorId: u.id, actorRole: u.role, action: "auth.login", entityType: "user", entityId: u.id, ip });
  });
  const user: AuthUser = { id: u.id, username: u.username, displayName: u.display_name, role: u.role as AuthUser["role"], courtId: u.court_id };
  return { token, session: await toSessionView(ctx, user, csrfToken) };
}

export async function logout(ctx: AppContext, sessionId: string, user: AuthUser): Promise<void> {
  await ctx.database.db.transaction().execute(async (tx) => {
    await deleteSession(tx, sessionId);
    await writeAudit(tx, { courtId: user.courtId, actorId: user.id, actorRole: user.role, action: "auth.logout", entityType: "user", entityId: user.id });
  });
}

export type RegisterInput = {
  username: string;
  password: string;
  displayName: string;
  kind: string;
  idType: "residentId" | "passport" | "creditCode" | "foreignRegistration";
  idNumber: string;
  phone?: string | undefined;
  email?: string | undefined;
};

/** An applicant (or its agent) registers online to file and follow applications. */
export async function registerApplicant(ctx: AppContext, input: RegisterInput, ip: string | null): Promise<{ token: string; session: SessionView }> {
  checkPartyKindIdType(input.kind as PartyKind, input.idType, "idType");
  const { idNumber } = validatePartyIdentifier({ idType: input.idType, idNumber: input.idNumber }, "idNumber");
  const db = ctx.database.db;
  const passwordHash = await hashPassword(input.password);
  const id = randomUUID();
  await db.transaction().execute(async (tx) => {
    if (await findUserByUsername(tx, input.username)) {
      throw new DomainError("CONFLICT", { zh: "该用户名已被使用", en: "That username is taken" }, { field: "username" });
    }
    await insertUser(tx, {
      id,
      court_id: null,
      username: input.username,
      password_hash: passwordHash,
      display_name: input.displayName,
      role: "applicant",
      party_kind: input.kind,
      id_type: input.idType,
      id_number: idNumber,
      phone: input.phone ?? null,
      email: input.email ?? null,
    });
    await writeAudit(tx, { courtId: null, actorId: id, actorRole: "applicant", action: "auth.register", entityType: "user", entityId: id, ip });
  });
  return login(ctx, { username: input.username, password: input.password }, ip);
}
