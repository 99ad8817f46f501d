import { sql, type Kysely } from "kysely";

/**
 * Runs a migration's DDL one statement at a time: PGlite's extended protocol accepts one statement per
 * query. Statements are separated by `;` at the end of a line (migrations keep literals free of that).
 */
export async function executeStatements(db: Kysely<unknown>, ddl: string): Promise<void> {
  for (const statement of ddl.split(/;\s*\n/)) {
    if (statement.trim()) await sql.raw(statement).execute(db);
  }
}
