// 轮询冻结 / 持续冻结 (a standing freeze order): when an account holds less than the amount to be frozen,
// the court's order keeps freezing new incoming funds each day until the target is frozen, for at most
// a configured number of days (30 by default: a product setting, not a statutory period).
// - standing_freezes: one order per freeze it tops up (measure_id); target_fen the amount to reach,
//   frozen_fen what the freeze holds so far (the measure's amount); run daily from started_date + 1 to
//   ends_date; status active → met | stopped | expired. last_run_date makes the daily run idempotent.
import type { Kysely } from "kysely";
import { executeStatements } from "./execute-statements";

export async function up(db: Kysely<unknown>): Promise<void> {
  await executeStatements(
    db,
    `
    create table standing_freezes (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      asset_id uuid not null references assets(id),
      measure_id uuid not null references measures(id),
      target_fen bigint not null check (target_fen > 0),
      frozen_fen bigint not null check (frozen_fen >= 0),
      started_date date not null,
      ends_date date not null check (ends_date > started_date),
      status text not null check (status in ('active','met','stopped','expired')),
      stopped_reason text,
      stopped_by uuid references users(id),
      ended_date date,
      last_run_date date,
      runs integer not null default 0,
      created_by uuid references users(id),
      created_at timestamptz not null default now()
    );
    create index standing_freezes_case on standing_freezes (court_id, case_id, created_at);
    create index standing_freezes_due on standing_freezes (status, last_run_date, id) where status = 'active';
    create unique index standing_freezes_one_active on standing_freezes (measure_id) where status = 'active'
  `,
  );
}
