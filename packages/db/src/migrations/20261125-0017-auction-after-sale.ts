// 网络司法拍卖 after the hammer (网拍规定(2016) arts 16, 23–25, 28; 拍卖变卖规定(2020) arts 16, 20, 26–27),
// what 20261125-0015 left out:
// - auction_lots.status 'suspended': an announced lot 暂缓 (postponed) or 中止 (stayed) with its reason
//   (art 28); `suspension` keeps the kind, reason, day, the day the cause ended and the schedule before
//   it. Bids taken before a suspension are kept with status 'voided' when the lot resumes on a new
//   schedule (their seq moves into the reason, "voided seq N": the resumed bidding numbers from 1).
// - auction_lots.posting_*: the platform posting for parties or priority holders who cannot be
//   notified (art 16 para 1: deemed notified when the posting has run 5 days).
// - auction_results.deposit_transfer_*: the buyer's deposit moved from the platform to the court's
//   account through the payment adapter (art 25 para 2), its reference and time; deposit_entry_id the
//   ledger receipt crediting it toward the price (art 23), forfeiture_entry_ids the receipts of a
//   defaulter's forfeited deposit applied to this case (art 24).
// - auction_disposals: a transfer in lieu's ruling served, hand-over, difference paid, and the ledger
//   entries of its set-off (拍卖变卖规定 arts 16, 20, 26–27).
import type { Kysely } from "kysely";
import { executeStatements } from "./execute-statements";

export async function up(db: Kysely<unknown>): Promise<void> {
  await executeStatements(
    db,
    `
    alter table auction_lots drop constraint if exists auction_lots_status_check;
    alter table auction_lots add constraint auction_lots_status_check check (status in ('draft','announced','suspended','sold','failed','cancelled','defaulted'));
    drop index if exists auction_lots_one_live;
    create unique index auction_lots_one_live on auction_lots (asset_id) where status in ('draft','announced','suspended');
    alter table auction_lots add column suspension jsonb;
    alter table auction_lots add column posting_started_on date;
    alter table auction_lots add column posting_reason text;
    alter table auction_bids drop constraint if exists auction_bids_status_check;
    alter table auction_bids add constraint auction_bids_status_check check (status in ('accepted','refused','voided'));
    alter table auction_results add column deposit_transferred_at timestamptz;
    alter table auction_results add column deposit_transfer_reference text;
    alter table auction_results add column deposit_entry_id uuid references ledger_entries(id);
    alter table auction_results add column forfeiture_entry_ids jsonb not null default '[]'::jsonb;
    alter table auction_disposals add column ruling_served_on date;
    alter table auction_disposals add column handed_over_on date;
    alter table auction_disposals add column difference_paid_on date;
    alter table auction_disposals add column set_off_entry_ids jsonb not null default '[]'::jsonb
  `,
  );
}
