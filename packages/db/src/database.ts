// The database factory: embedded PGlite persisted in a data directory by default, or a PostgreSQL
// server when a URL is given. Same schema, same migrations, same queries on both.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, Migrator, PostgresDialect, sql, type Transaction } from "kysely";
import pg from "pg";
import { migrations } from "./migrations";
import { PGliteDialect, type Mutex } from "./pglite-dialect";
import type { DB } from "./schema";

export type DatabaseKind = "pglite" | "postgres";

export type Database = {
  kind: DatabaseKind;
  db: Kysely<DB>;
  /** A plain SQL executor for libraries that bring their own SQL (pg-boss). */
  executeSql: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;
  /** Connection string for libraries that open their own pool (server only). */
  url?: string;
  /** The embedded instance (PGlite only), e.g. to dump a template. */
  pglite?: PGlite;
  close: () => Promise<void>;
};

export type DatabaseOptions =
  | { url: string; poolSize?: number }
  | { dataDir: string }
  | { memory: true; loadDataDir?: Blob };

// Dates stay calendar strings; bigint (fen amounts, counts) becomes a JS number on both backends.
const DATE_OID = 1082;
const INT8_OID = 20;
const parseInt8 = (v: string) => {
  const n = Number(v);
  if (!Number.isSafeInteger(n)) throw new RangeError(`bigint ${v} exceeds the safe integer range`);
  return n;
};

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if ("url" in opts) {
    const types = {
      getTypeParser: ((oid: number, format?: string) =>
        oid === DATE_OID ? (v: string) => v : oid === INT8_OID ? parseInt8 : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
    };
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 10, types });
    // An idle client that loses its server (restart, admin termination) must not crash the process;
    // the pool discards it and the next query opens a new connection.
    pool.on("error", (err: Error & { code?: string }) => {
      if (err.code !== "57P01") process.stderr.write(`database pool: ${err.message}\n`);
    });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return {
      kind: "postgres",
      db,
      url: opts.url,
      executeSql: async (text, values) => pool.query(text, values as unknown[]),
      close: () => db.destroy(),
    };
  }
  const parsers = { [DATE_OID]: (v: string) => v, [INT8_OID]: parseInt8 };
  let pglite: PGlite;
  if ("dataDir" in opts) {
    mkdirSync(opts.dataDir, { recursive: true });
    pglite = await PGlite.create({ dataDir: opts.dataDir, parsers });
  } else {
    pglite = await PGlite.create({ parsers, ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}) });
  }
  const dialect = new PGliteDialect(pglite);
  const db = new Kysely<DB>({ dialect });
  const mutex: Mutex = dialect.mutex;
  return {
    kind: "pglite",
    db,
    pglite,
    executeSql: async (text, values) => {
      const release = await mutex.acquire();
      try {
        // Without parameters the text may hold several statements (pg-boss's schema and locking
        // scripts): the simple protocol runs them all and the last result is returned.
        if (!values || values.length === 0) {
          const results = await pglite.exec(text);
          return { rows: results.at(-1)?.rows ?? [] };
        }
        const res = await pglite.query(text, values as unknown[]);
        return { rows: res.rows };
      } finally {
        release();
      }
    },
    close: () => db.destroy(),
  };
}

function migrator(db: Kysely<DB>): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: "zhixing_migrations",
    migrationLockTableName: "zhixing_migrations_lock",
    // Migrations written in parallel may land out of name order; each is independent and forward-only.
    allowUnorderedMigrations: true,
  });
}

export async function migrateToLatest(db: Kysely<DB>): Promise<string[]> {
  const { error, results } = await migrator(db).migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

export type Executor = Kysely<DB> | Transaction<DB>;

/** The database's own calendar day in Asia/Shanghai, for checks that must not trust the app clock. */
export async function databaseToday(db: Executor): Promise<string> {
  const row = await sql<{ d: string }>`select to_char(now() at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as d`.execute(db);
  return row.rows[0]!.d;
}

/** Migrates up to and including `name` (for testing a migration over data written before it). */
export async function migrateTo(db: Kysely<DB>, name: string): Promise<void> {
  const { error } = await migrator(db).migrateTo(name);
  if (error) throw error;
}
