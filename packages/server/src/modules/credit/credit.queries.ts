// The read side of 信用惩戒. Staff of the case's court (and of the courts above it) see every restriction,
// entry and application of the case; a party sees only its own (the respondent restricted or listed).
// A 失信 entry is shown everywhere in its art 6 public form (publicDishonestEntry: a natural person's ID
// masked), so no staff read here returns unmasked personal data; the public lookup returns only published,
// undeleted entries in that form.
import type { Executor } from "@zhixing/db";
import { HIGHER_COURT_DECIDERS } from "../coercion/coercion.common";
import { sql } from "kysely";
import { maskName, publicDishonestEntry, type Citation, type IsoDate } from "@zhixing/domain";
import { today, type AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import { caseAccess, caseNotFound } from "../cases/case-access";
import type { ApplicationDto, CaseCreditDto, ListingDto, PublicEntryDto, RestrictionDto } from "./credit.schemas";
import { listingRecord } from "./credit.service";

const ACTORS = new Set(["officer", "divisionHead", "president"]);

async function caseOf(db: Executor, caseId: string) {
  const c = await db.selectFrom("cases").select(["id", "court_id", "handler_id"]).where("id", "=", caseId).executeTakeFirst();
  if (!c) throw caseNotFound();
  return c;
}

export async function caseCredit(ctx: AppContext, user: AuthUser, caseId: string): Promise<CaseCreditDto> {
  const db = ctx.database.db;
  const c = await caseOf(db, caseId);
  const access = await caseAccess(db, user, c);
  const parties = await db.selectFrom("case_parties").select(["id", "role", "kind", "name", "user_id"]).where("case_id", "=", c.id).orderBy("position").execute();
  const mine = new Set(parties.filter((p) => p.user_id === user.id).map((p) => p.id));
  const visible = (partyId: string) => access !== "party" || mine.has(partyId);
  const nameOf = new Map(parties.map((p) => [p.id, p.name]));

  const rs = (await db.selectFrom("credit_restrictions").selectAll().where("case_id", "=", c.id).orderBy("created_at").execute()).filter((r) => visible(r.party_id));
  const signers = rs.map((r) => r.signed_by).filter((x): x is string => !!x);
  const names = new Map((signers.length ? await db.selectFrom("users").select(["id", "display_name"]).where("id", "in", signers).execute() : []).map((u) => [u.id, u.display_name]));
  const clocks = await db.selectFrom("clocks").select(["kind", "due_date", "status", "met_date", "subject_id"]).where("case_id", "=", c.id).where("kind", "like", "credit%").execute();
  const apps = await db.selectFrom("credit_applications").selectAll().where("case_id", "=", c.id).orderBy("created_at").execute();
  const clockOf = (ids: string[]) => clocks.filter((k) => k.subject_id && ids.includes(k.subject_id)).map((k) => ({ kind: k.kind, due: k.due_date, status: k.status, metDate: k.met_date }));

  const restrictions: RestrictionDto[] = rs.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    partyId: r.party_id,
    partyName: nameOf.get(r.party_id) ?? "",
    kind: r.kind,
    status: r.status,
    initiatedBy: r.initiated_by,
    persons: r.persons as { name: string; role: string }[],
    recipients: r.recipients as string[],
    mandatory: r.mandatory,
    coversRespondent: r.covers_respondent,
    proposedDate: r.proposed_date,
    signedDate: r.signed_date,
    signedByName: r.signed_by ? (names.get(r.signed_by) ?? null) : null,
    issuedDate: r.issued_date,
    liftingGround: r.lifting_ground,
    liftingNote: r.lifting_note,
    liftedDate: r.lifted_date,
    mine: mine.has(r.party_id),
    basis: r.basis as Citation[],
    clocks: clockOf([r.id, ...apps.filter((a) => a.restriction_id === r.id).map((a) => a.id)]),
  }));

  const ls = (await db.selectFrom("dishonest_listings").selectAll().where("case_id", "=", c.id).orderBy("created_at").execute()).filter((l) => visible(l.party_id));
  const listings: ListingDto[] = [];
  for (const l of ls) listings.push(await listingDtoOf(db, l, mine.has(l.party_id), today(ctx)));

  const applications: ApplicationDto[] = apps
    .filter((a) => (a.restriction_id ? rs.some((r) => r.id === a.restriction_id) : ls.some((l) => l.id === a.listing_id)))
    .map((a) => ({
      id: a.id,
      caseId: a.case_id,
      kind: a.kind,
      restrictionId: a.restriction_id,
      listingId: a.listing_id,
      exceptionKind: a.exception_kind,
      content: a.content,
      filedDate: a.filed_date,
      dueDate: a.due_date,
      status: a.status,
      decidedDate: a.decided_date,
      decisionNote: a.decision_note,
      correctBy: a.correct_by,
      correctedDate: a.corrected_date,
      reconsiderationDue: a.reconsideration_due,
      higherCourtId: a.higher_court_id ?? null,
      parentApplicationId: a.parent_application_id ?? null,
      mayDecide: a.kind === "correctionReconsideration" && a.status === "pending" && !!a.higher_court_id && user.courtId === a.higher_court_id && (HIGHER_COURT_DECIDERS as readonly string[]).includes(user.role),
      mine: a.applicant_id === user.id,
    }));
  return {
    restrictions,
    listings,
    applications,
    respondents: access === "party" ? [] : parties.filter((p) => p.role === "respondent").map((p) => ({ partyId: p.id, name: p.name, kind: p.kind })),
    canAct: access === "act" && ACTORS.has(user.role) && (user.role !== "officer" || c.handler_id === user.id),
    canSign: access === "act" && user.role === "president",
  };
}

type ListingRow = {
  id: string;
  case_id: string;
  party_id: string;
  ground: string;
  evidence: unknown;
  decision_date: string;
  term_end: string | null;
  extension_years: number;
  status: "listed" | "deleted";
  published: boolean;
  published_date: string | null;
  subject: unknown;
  obligation: string;
  performance_status: string;
  deletion_condition: string | null;
  deletion_occurred_on: string | null;
  deletion_due: string | null;
  deleted_date: string | null;
  deleted_by: string | null;
  deletion_note: string | null;
  relisting_barred_until: string | null;
  basis: unknown;
};

async function listingDtoOf(db: Executor, l: ListingRow, mine: boolean, on: IsoDate): Promise<ListingDto> {
  const rec = await listingRecord(db, l);
  const party = await db.selectFrom("case_parties").select("name").where("id", "=", l.party_id).executeTakeFirst();
  return {
    id: l.id,
    caseId: l.case_id,
    partyId: l.party_id,
    partyName: party?.name ?? "",
    ground: l.ground,
    evidence: l.evidence as string[],
    decisionDate: l.decision_date,
    termEnd: l.term_end,
    extensionYears: l.extension_years,
    status: l.status,
    published: l.published,
    publishedDate: l.published_date,
    entry: publicDishonestEntry(rec, (l.published_date ?? on) as IsoDate),
    deletion: l.deleted_date
      ? { condition: l.deletion_condition, occurredOn: l.deletion_occurred_on, due: l.deletion_due, deletedDate: l.deleted_date, note: l.deletion_note, relistingBarredUntil: l.relisting_barred_until, byJob: l.deleted_by === null }
      : null,
    mine,
    basis: l.basis as Citation[],
  };
}

/** One restriction, entry or application with its case id, for the routes that take only its id. */
export async function restrictionCase(db: Executor, id: string): Promise<string | null> {
  return (await db.selectFrom("credit_restrictions").select("case_id").where("id", "=", id).executeTakeFirst())?.case_id ?? null;
}
export async function listingCase(db: Executor, id: string): Promise<string | null> {
  return (await db.selectFrom("dishonest_listings").select("case_id").where("id", "=", id).executeTakeFirst())?.case_id ?? null;
}

/** 失信规定 art 6: the public lookup — published, undeleted entries whose name contains `name` or whose ID / credit code equals `idNumber`. */
export async function publicDishonest(ctx: AppContext, q: { name?: string; idNumber?: string }): Promise<PublicEntryDto[]> {
  const db = ctx.database.db;
  if (!q.name && !q.idNumber) return [];
  const idq = q.idNumber?.trim().toUpperCase();
  let query = db.selectFrom("dishonest_listings").selectAll().where("status", "=", "listed").where("published", "=", true);
  if (q.name) query = query.where(sql<string>`subject->>'name'`, "like", `%${q.name.trim().replace(/[%_\\]/g, "")}%`);
  if (idq) query = query.where(sql<string>`upper(coalesce(subject->>'idNumber', subject->>'creditCode'))`, "=", idq);
  const rows = await query.orderBy("published_date", "desc").orderBy("id").limit(200).execute();
  const hits = rows.filter((l) => {
    const s = l.subject as { kind: string; name: string; idNumber?: string; creditCode?: string };
    if (q.name && !s.name.includes(q.name.trim())) return false;
    if (idq && (s.kind === "naturalPerson" ? s.idNumber : s.creditCode)?.toUpperCase() !== idq) return false;
    return true;
  });
  const out: PublicEntryDto[] = [];
  for (const l of hits.slice(0, 50)) {
    const e = publicDishonestEntry(await listingRecord(db, l), l.published_date as IsoDate);
    out.push({ ...e, publishedDate: l.published_date as string });
  }
  return out;
}

/** Consumption restriction orders in force, by name: the respondent's name (a natural person's masked), case number, court, date. */
export async function publicConsumptionRestrictions(ctx: AppContext, q: { name?: string }): Promise<{ name: string; caseNumber: string; court: string; issuedDate: string }[]> {
  if (!q.name) return [];
  const rows = await ctx.database.db
    .selectFrom("credit_restrictions as r")
    .innerJoin("case_parties as p", "p.id", "r.party_id")
    .innerJoin("cases as c", "c.id", "r.case_id")
    .innerJoin("courts as k", "k.id", "r.court_id")
    .select(["p.name", "p.kind", "c.case_number", "k.name as court", "r.issued_date"])
    .where("r.kind", "=", "consumption")
    .where("r.status", "=", "issued")
    .where("p.name", "like", `%${q.name.replace(/[%_\\]/g, "")}%`)
    .orderBy("r.issued_date", "desc")
    .limit(50)
    .execute();
  return rows.map((r) => ({ name: r.kind === "naturalPerson" ? maskName(r.name) : r.name, caseNumber: r.case_number ?? "", court: r.court, issuedDate: r.issued_date ?? "" }));
}
