// Databases for tests, on both backends. PGlite: a migrated template is built once per machine
// (dumped to a tarball in the temp folder, keyed by the migration list) and loaded per test file,
// which takes ~2 s instead of ~6 s. PostgreSQL: a fresh database per test file on the server named by
// ZHIXING_TEST_DATABASE_URL, dropped afterwards. An unreachable server fails the test: never a skip.
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { migrateToLatest, openDatabase, type Database, type DatabaseKind } from "../database";
import { migrations } from "../migrations";

export const TEST_BACKENDS: DatabaseKind[] = ["pglite", "postgres"];

export function testServerUrl(): string {
  return process.env.ZHIXING_TEST_DATABASE_URL ?? "postgres://zhixing:zhixing@127.0.0.1:5432/zhixing_test";
}

function templatePath(): string {
  const key = createHash("sha256").update(Object.keys(migrations).join("|")).update(readMigrationSources()).digest("hex").slice(0, 16);
  return join(tmpdir(), `zhixing-pglite-template-${key}.tgz`);
}

function readMigrationSources(): string {
  const dir = join(import.meta.dirname, "..", "migrations");
  return Object.keys(migrations)
    .map((name) => {
      const file = join(dir, `${name}.ts`);
      return existsSync(file) ? readFileSync(file, "utf8") : name;
    })
    .join("\n");
}

async function pgliteTemplate(): Promise<Blob> {
  const path = templatePath();
  if (!existsSync(path)) {
    const fresh = await openDatabase({ memory: true });
    await migrateToLatest(fresh.db);
    const dump = await (await dumpOf(fresh)).arrayBuffer();
    await fresh.close();
    const tmp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}`;
    writeFileSync(tmp, Buffer.from(dump));
    renameSync(tmp, path);
  }
  return new Blob([readFileSync(path)]);
}

async function dumpOf(d: Database): Promise<Blob> {
  if (!d.pglite) throw new Error("not a PGlite database");
  return d.pglite.dumpDataDir("gzip");
}

export type TestDatabase = Database & { drop: () => Promise<void> };

export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === "pglite") {
    const d = await openDatabase({ memory: true, loadDataDir: await pgliteTemplate() });
    await migrateToLatest(d.db);
    return { ...d, drop: () => d.close() };
  }
  const adminUrl = testServerUrl();
  const name = `zhixing_t_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
  } catch (e) {
    throw new Error(
      `PostgreSQL server not reachable at ${adminUrl} (${(e as Error).message}); run 'sudo bash scripts/setup-system.sh'`,
    );
  }
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const d = await openDatabase({ url: url.toString(), poolSize: 20 });
  await migrateToLatest(d.db);
  return {
    ...d,
    drop: async () => {
      await d.close();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`drop database if exists ${name}`);
      await a.end();
    },
  };
}
