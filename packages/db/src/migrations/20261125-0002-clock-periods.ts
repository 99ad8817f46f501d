// Clocks keep the period their due date was counted from, so that a clock computed on the
// provisional (fallback) calendar can be counted again when the official arrangement is loaded.
import type { Kysely } from "kysely";
import { executeStatements } from "./execute-statements";

export async function up(db: Kysely<unknown>): Promise<void> {
  await executeStatements(
    db,
    `
    alter table clocks add column counted_from date;
    alter table clocks add column period_unit text check (period_unit in ('days','months','years','workingDays'));
    alter table clocks add column period_n integer check (period_n >= 0);
    create index clocks_provisional_open on clocks (court_id) where status = 'open' and provisional
  `,
  );
}
