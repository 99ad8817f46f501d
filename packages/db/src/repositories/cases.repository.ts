import { sql, type Insertable } from "kysely";
import type { Executor } from "../database";
import type {
  CaseEventsTable,
  CasePartiesTable,
  CaseRow,
  CasesTable,
  CaseUpdate,
  ClockRow,
  DutiesTable,
  DutyRow,
  EventRow,
  PartyRow,
} from "../schema";

export type CaseAggregate = {
  row: CaseRow;
  courtName: string;
  courtCode: string;
  handlerName: string | null;
  parties: PartyRow[];
  duties: DutyRow[];
  clocks: ClockRow[];
  events: EventRow[];
};

export async function insertCase(
  db: Executor,
  c: Insertable<CasesTable>,
  parties: Insertable<CasePartiesTable>[],
  duties: Insertable<DutiesTable>[],
): Promise<void> {
  await db.insertInto("cases").values(c).execute();
  if (parties.length) await db.insertInto("case_parties").values(parties).execute();
  if (duties.length) await db.insertInto("duties").values(duties).execute();
}

export async function findCaseRow(db: Executor, id: string): Promise<CaseRow | undefined> {
  return db.selectFrom("cases").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function loadCaseAggregate(db: Executor, id: string): Promise<CaseAggregate | undefined> {
  const row = await db
    .selectFrom("cases")
    .innerJoin("courts", "courts.id", "cases.court_id")
    .leftJoin("users as handler", "handler.id", "cases.handler_id")
    .selectAll("cases")
    .select(["courts.name as court_name", "courts.code as court_code", "handler.display_name as handler_name"])
    .where("cases.id", "=", id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { court_name, court_code, handler_name, ...caseRow } = row;
  const [parties, duties, clocks, events] = await Promise.all([
    db.selectFrom("case_parties").selectAll().where("case_id", "=", id).orderBy("role").orderBy("position").execute(),
    db.selectFrom("duties").selectAll().where("case_id", "=", id).orderBy("position").execute(),
    db.selectFrom("clocks").selectAll().where("case_id", "=", id).orderBy("created_at").orderBy("kind").execute(),
    db.selectFrom("case_events").selectAll().where("case_id", "=", id).orderBy("seq").execute(),
  ]);
  return {
    row: caseRow as CaseRow,
    courtName: court_name,
    courtCode: court_code,
    handlerName: handler_name,
    parties,
    duties,
    clocks,
    events,
  };
}

/**
 * Updates a case only if nobody changed it since `expectedVersion` was read; returns false when the
 * row moved on (the caller reports a conflict and its transaction rolls back).
 */
export async function updateCaseVersioned(
  db: Executor,
  id: string,
  expectedVersion: number,
  patch: CaseUpdate,
): Promise<boolean> {
  const r = await db
    .updateTable("cases")
    .set({ ...patch, version: expectedVersion + 1, updated_at: new Date() })
    .where("id", "=", id)
    .where("version", "=", expectedVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * The next case number sequence for a court, year and type code, taken inside the registering
 * transaction: the counter row is locked until commit, and a rollback gives the number back, so numbers
 * have no gaps and no duplicates under concurrent registration.
 */
export async function allocateCaseSeq(db: Executor, courtId: string, year: number, typeCode: string): Promise<number> {
  const r = await sql<{ last_seq: number }>`
    insert into case_number_counters (court_id, year, type_code, last_seq)
    values (${courtId}, ${year}, ${typeCode}, 1)
    on conflict (court_id, year, type_code)
    do update set last_seq = case_number_counters.last_seq + 1
    returning last_seq`.execute(db);
  return Number(r.rows[0]!.last_seq);
}

export async function appendEvent(db: Executor, e: Omit<Insertable<CaseEventsTable>, "seq">): Promise<number> {
  const r = await sql<{ seq: number }>`
    select coalesce(max(seq), 0)::int + 1 as seq from case_events where case_id = ${e.case_id}`.execute(db);
  const seq = Number(r.rows[0]!.seq);
  await db.insertInto("case_events").values({ ...e, seq }).execute();
  return seq;
}

export async function updateDuty(
  db: Executor,
  caseId: string,
  dutyId: string,
  patch: { done: boolean; done_date: string; evidence: string },
): Promise<void> {
  await db.updateTable("duties").set(patch).where("id", "=", dutyId).where("case_id", "=", caseId).execute();
}

export type CaseListFilter = {
  courtIds?: string[];
  partyUserId?: string;
  handlerId?: string;
  status?: string;
  q?: string;
  page: number;
  pageSize: number;
};

export type CaseListItem = CaseRow & {
  court_name: string;
  handler_name: string | null;
  parties: { role: string; name: string }[];
  next_clock: { kind: string; due_date: string } | null;
};

export async function listCases(db: Executor, f: CaseListFilter): Promise<{ items: CaseListItem[]; total: number }> {
  let q = db.selectFrom("cases");
  if (f.courtIds) q = q.where("cases.court_id", "in", f.courtIds.length ? f.courtIds : ["-"]);
  if (f.handlerId) q = q.where("cases.handler_id", "=", f.handlerId);
  if (f.status) q = q.where("cases.status", "=", f.status);
  if (f.partyUserId) {
    const uid = f.partyUserId;
    q = q.where((eb) =>
      eb.exists(eb.selectFrom("case_parties as p").select("p.id").whereRef("p.case_id", "=", "cases.id").where("p.user_id", "=", uid)),
    );
  }
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (m) => "\\" + m)}%`;
    q = q.where((eb) =>
      eb.or([
        eb("cases.case_number", "like", like),
        eb.exists(eb.selectFrom("case_parties as p2").select("p2.id").whereRef("p2.case_id", "=", "cases.id").where("p2.name", "like", like)),
      ]),
    );
  }
  const totalRow = await q.select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow();
  const rows = await q
    .innerJoin("courts", "courts.id", "cases.court_id")
    .leftJoin("users as h", "h.id", "cases.handler_id")
    .selectAll("cases")
    .select(["courts.name as court_name", "h.display_name as handler_name"])
    .orderBy("cases.application_date", "desc")
    .orderBy("cases.created_at", "desc")
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  const ids = rows.map((r) => r.id);
  const parties = ids.length
    ? await db.selectFrom("case_parties").select(["case_id", "role", "name"]).where("case_id", "in", ids).orderBy("position").execute()
    : [];
  const clocks = ids.length
    ? await db
        .selectFrom("clocks")
        .select(["case_id", "kind", "due_date"])
        .where("case_id", "in", ids)
        .where("status", "=", "open")
        .orderBy("due_date")
        .execute()
    : [];
  const items = rows.map((r) => {
    const clock = clocks.find((c) => c.case_id === r.id);
    return {
      ...(r as CaseRow),
      court_name: r.court_name,
      handler_name: r.handler_name,
      parties: parties.filter((p) => p.case_id === r.id).map((p) => ({ role: p.role, name: p.name })),
      next_clock: clock ? { kind: clock.kind, due_date: clock.due_date } : null,
    };
  });
  return { items, total: Number(totalRow.n) };
}

export async function countCasesByStatus(
  db: Executor,
  f: { courtIds?: string[]; handlerId?: string },
): Promise<Record<string, number>> {
  let q = db.selectFrom("cases").select(["status", (eb) => eb.fn.countAll<string>().as("n")]).groupBy("status");
  if (f.courtIds) q = q.where("court_id", "in", f.courtIds.length ? f.courtIds : ["-"]);
  if (f.handlerId) q = q.where("handler_id", "=", f.handlerId);
  const rows = await q.execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}
