// The measures register (issue 3), on top of the measures table of 0004:
// - registered_at, queue_seq: the queue order on an asset (查封规定 art 26 "登记在先"): the registration
//   time, then the order of entry on the asset for records made at the same moment.
// - external: a measure of another court (or another case) recorded so that ours ranks behind it; it is
//   never counted in this case's controlled value and never renewed here.
// - counts_from, basis: the day the current term is counted from and the citations of that term.
// - no_other_property, exception_applied: the 查封规定 art 19 para 2 exception as recorded when taken.
// - lapsed_date: the first day without effect (查封规定 art 27).
// - clocks.measure_id: the expiry clock and the renewal-reminder clocks of a measure.
import type { Kysely } from "kysely";
import { executeStatements } from "./execute-statements";

export async function up(db: Kysely<unknown>): Promise<void> {
  await executeStatements(
    db,
    `
    alter table measures add column registered_at timestamptz not null default now();
    alter table measures add column queue_seq integer;
    alter table measures add column external boolean not null default false;
    alter table measures add column counts_from date;
    alter table measures add column basis jsonb not null default '[]'::jsonb;
    alter table measures add column no_other_property boolean not null default false;
    alter table measures add column exception_applied boolean not null default false;
    alter table measures add column lapsed_date date;
    create index measures_lapse_due on measures (expires, id) where status = 'active';
    alter table clocks add column measure_id uuid references measures(id);
    create index clocks_measure on clocks (measure_id) where measure_id is not null
  `,
  );
}
