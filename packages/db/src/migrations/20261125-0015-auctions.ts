// 网络司法拍卖 (网拍规定(2016), 拍卖变卖规定(2020); rules.md §10): lots, bidders, bids, results and what
// follows a failed auction.
// - auction_lots: one auction of one controlled asset of a case (round 1, or round 2 after a failure,
//   or a re-auction after a buyer's default), its reference price (a valuation row, or an officer's
//   price with its source document), starting price, deposit, increment, announcement and bidding
//   window. `end_at` is the current end (extended by late bids, 网拍规定 art 20 para 2); `price_fen`,
//   `leader_*`, `bid_count` and `last_seq` are the running state after the last accepted bid, kept
//   with the bids in the same transaction (the bids themselves are the record the state is replayed
//   from). Stored statuses: draft → announced → sold | failed | cancelled, sold → defaulted (悔拍);
//   "bidding" and "ended" are read from the clock (start ≤ now < end_at, and end_at ≤ now while the
//   close job has not run). At most one live lot (draft or announced) per asset.
// - auction_registrations: a bidder on a lot — its public alias (竞买代码, art 18), deposit due
//   (art 17 para 2: the applicant only the difference), the simulated payment, the priority rank the
//   court confirmed (art 19), and the refund due within 24 hours after bidding ends (art 23).
// - auction_bids: every bid as it entered the platform (art 20 para 3: "储存、显示竞价全程"), keyed by
//   the client's bid id (idempotent submission); accepted bids are numbered 1, 2, 3 … per lot
//   (unique (lot_id, seq)), refused ones keep their reason and no seq.
// - auction_results: how bidding ended (sold / failed), the buyer, price, deposit credited, the
//   balance, payment, ruling service, hand-over, and a buyer's default with the forfeited deposit's
//   allocation (art 24).
// - auction_disposals: after a failed auction, transfer in lieu of payment, the fixed-price sale
//   phase, management or release (拍卖变卖规定 art 16; 网拍规定 art 26 para 2; 民诉法解释 art 490).
// The ledger needs no change: ledger_entries.source has no check constraint, and auctionProceeds is
// one of the domain's receipt sources.
// valuation_id has no foreign key: the valuations table comes from 20261125-0014, which may be applied
// after this migration where migrations land out of order; the service checks the row.
import type { Kysely } from "kysely";
import { executeStatements } from "./execute-statements";

export async function up(db: Kysely<unknown>): Promise<void> {
  await executeStatements(
    db,
    `
    create table auction_lots (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      asset_id uuid not null references assets(id),
      measure_id uuid references measures(id),
      round integer not null check (round in (1, 2)),
      reason text not null check (reason in ('first','afterFailure','afterDefault')),
      previous_lot_id uuid references auction_lots(id),
      title text not null,
      description text not null,
      notice_text text not null,
      documents jsonb not null default '[]'::jsonb,
      reference_price_fen bigint not null check (reference_price_fen > 0),
      reference_source text not null check (reference_source in ('valuation','manual')),
      valuation_id uuid,
      reference_document text,
      starting_price_fen bigint not null check (starting_price_fen > 0),
      previous_starting_price_fen bigint check (previous_starting_price_fen > 0),
      deposit_fen bigint not null check (deposit_fen > 0),
      increment_fen bigint not null check (increment_fen > 0),
      announcement_date date not null,
      parties_notified_on date,
      announced_at timestamptz,
      start_at timestamptz not null,
      scheduled_end_at timestamptz not null,
      end_at timestamptz not null,
      status text not null check (status in ('draft','announced','sold','failed','cancelled','defaulted')),
      price_fen bigint,
      leader_user_id uuid references users(id),
      leader_alias text,
      bid_count integer not null default 0,
      last_seq integer not null default 0,
      last_bid_at timestamptz,
      barred_user_ids jsonb not null default '[]'::jsonb,
      cancel_reason text,
      closed_at timestamptz,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      version integer not null default 0,
      check (scheduled_end_at >= start_at + interval '24 hours'),
      check (end_at >= scheduled_end_at),
      check ((round = 2) = (previous_starting_price_fen is not null)),
      check ((reference_source = 'valuation') = (valuation_id is not null))
    );
    create index auction_lots_case on auction_lots (court_id, case_id, created_at);
    create index auction_lots_due on auction_lots (status, end_at);
    create unique index auction_lots_one_live on auction_lots (asset_id) where status in ('draft','announced');
    create table auction_registrations (
      id uuid primary key,
      court_id text not null references courts(id),
      lot_id uuid not null references auction_lots(id),
      user_id uuid not null references users(id),
      alias text not null,
      is_applicant boolean not null default false,
      deposit_due_fen bigint not null check (deposit_due_fen >= 0),
      deposit_status text not null check (deposit_status in ('pending','paid','exempt','applied','refunded','forfeited')),
      payment_reference text,
      paid_at timestamptz,
      priority_rank integer check (priority_rank >= 1),
      priority_confirmed_by uuid references users(id),
      refund_due_at timestamptz,
      refunded_at timestamptz,
      refund_reference text,
      created_at timestamptz not null default now(),
      unique (lot_id, user_id),
      unique (lot_id, alias)
    );
    create index auction_registrations_refunds on auction_registrations (refund_due_at) where refund_due_at is not null and refunded_at is null;
    create table auction_bids (
      id uuid primary key,
      court_id text not null references courts(id),
      lot_id uuid not null references auction_lots(id),
      registration_id uuid not null references auction_registrations(id),
      user_id uuid not null references users(id),
      amount_fen bigint not null check (amount_fen > 0),
      priority_rank integer,
      at timestamptz not null,
      seq integer,
      status text not null check (status in ('accepted','refused')),
      reason text,
      end_at timestamptz,
      extended boolean not null default false,
      matched boolean not null default false,
      created_at timestamptz not null default now(),
      unique (lot_id, seq),
      check ((status = 'accepted') = (seq is not null))
    );
    create index auction_bids_lot on auction_bids (lot_id, seq);
    create table auction_results (
      lot_id uuid primary key references auction_lots(id),
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      kind text not null check (kind in ('sold','failed')),
      ended_at timestamptz not null,
      closed_by uuid references users(id),
      bid_count integer not null,
      winning_bid_id uuid references auction_bids(id),
      buyer_user_id uuid references users(id),
      buyer_registration_id uuid references auction_registrations(id),
      buyer_alias text,
      price_fen bigint,
      deposit_credited_fen bigint,
      balance_due_fen bigint,
      deposit_transfer_due_at timestamptz,
      refund_due_at timestamptz not null,
      balance_paid_on date,
      payment_reference text,
      proceeds_entry_id uuid references ledger_entries(id),
      ruling_served_on date,
      handed_over_on date,
      defaulted_on date,
      forfeiture jsonb,
      basis jsonb not null default '[]'::jsonb,
      created_at timestamptz not null default now(),
      check ((kind = 'sold') = (buyer_user_id is not null))
    );
    create table auction_disposals (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      lot_id uuid not null references auction_lots(id),
      kind text not null check (kind in ('transferInLieu','fixedPriceSale','management','releaseAndReturn')),
      status text not null check (status in ('open','sold','unsold','done')),
      price_fen bigint,
      starts_on date,
      ends_on date,
      transferee jsonb,
      outcome jsonb,
      decided_on date not null,
      basis jsonb not null default '[]'::jsonb,
      proceeds_entry_id uuid references ledger_entries(id),
      created_by uuid references users(id),
      created_at timestamptz not null default now()
    );
    create index auction_disposals_lot on auction_disposals (lot_id, created_at);
    create unique index auction_disposals_one_open on auction_disposals (lot_id) where status = 'open'
  `,
  );
}
