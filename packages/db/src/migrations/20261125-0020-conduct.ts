// Issue 5: conduct duties (行为义务), rules.md §15 — compliance checks, substitute performance (代履行)
// and the penalty for delayed performance (迟延履行金).
// - conduct_checks: the compliance-check schedule of one conduct duty (the domain's
//   complianceCheckSchedule), each check recorded with its evidence items (kind, finding, URL, attachment
//   metadata) and outcome; on a breach, the escalation the domain proposed, the sanction proposed through
//   the coercion module and the new performance period set (民诉法解释 art 503 para 2).
// - conduct_substitutes: the substitute performer of a substitutable duty (民诉法 art 263; 解释 art 501),
//   the cost the court fixed with its items and vouchers, the prepayment period (解释 art 502 para 1), the
//   unpaid part turned into a monetary duty (duties.id), and the performer's completion record.
// - conduct_delay_penalties: 迟延履行金 computed for a non-monetary duty (民诉法 art 264; 解释 arts 504–505),
//   added to the case as a monetary duty (duties.id).
import type { Kysely } from "kysely";
import { executeStatements } from "./execute-statements";

export async function up(db: Kysely<unknown>): Promise<void> {
  await executeStatements(
    db,
    `
    create table conduct_checks (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      duty_id uuid not null references duties(id),
      seq integer not null check (seq > 0),
      due_date date not null,
      provisional boolean not null default true,
      performance_due date not null,
      performer_finding text check (performer_finding in ('respondentOnly','substitutable')),
      status text not null check (status in ('scheduled','recorded')),
      check_date date,
      outcome text check (outcome in ('compliant','breach','inconclusive')),
      evidence jsonb not null default '[]'::jsonb,
      checked_by uuid references users(id),
      escalation jsonb,
      sanction_id uuid references sanctions(id),
      new_period_due date,
      basis jsonb not null default '[]'::jsonb,
      created_at timestamptz not null default now(),
      unique (duty_id, seq)
    );
    create index conduct_checks_case on conduct_checks (case_id);

    create table conduct_substitutes (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      duty_id uuid not null unique references duties(id),
      method text not null check (method in ('courtSelected','applicantRecommended','applicantSelf','tender')),
      performer_name text not null,
      qualification_required boolean not null,
      performer_qualified boolean not null,
      qualification text,
      court_approved boolean not null,
      appointed_on date not null,
      appointed_by uuid references users(id),
      cost_fen bigint check (cost_fen is null or cost_fen > 0),
      cost_items jsonb not null default '[]'::jsonb,
      order_date date,
      prepayment_due date,
      prepaid_fen bigint not null default 0 check (prepaid_fen >= 0),
      cost_duty_id uuid references duties(id),
      cost_converted_on date,
      completed_on date,
      completion jsonb,
      basis jsonb not null default '[]'::jsonb,
      created_at timestamptz not null default now()
    );
    create index conduct_substitutes_case on conduct_substitutes (case_id);

    create table conduct_delay_penalties (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      duty_id uuid not null references duties(id),
      performance_due date not null,
      until_date date not null,
      days integer not null check (days > 0),
      method text not null check (method in ('doubleLoss','courtDetermined')),
      loss_fen bigint,
      amount_fen bigint not null check (amount_fen >= 0),
      monetary_duty_id uuid not null references duties(id),
      basis jsonb not null,
      created_by uuid references users(id),
      created_at timestamptz not null default now()
    );
    create index conduct_delay_penalties_case on conduct_delay_penalties (case_id);
  `,
  );
}
