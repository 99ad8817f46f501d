// 申请法院调查被执行人财产: the applicant asks the court to investigate the respondent's property; the
// court completes the investigation "generally within 1 month" (若干期限规定, PARTIAL → configurable;
// PRESERVATION_PERIODS.propertyInvestigation). A propertyInvestigation clock (subject_id = the request)
// runs from the request; the handler records the result and meets it. status requested → completed.
import type { Kysely } from "kysely";
import { executeStatements } from "./execute-statements";

export async function up(db: Kysely<unknown>): Promise<void> {
  await executeStatements(
    db,
    `
    create table investigation_requests (
      id uuid primary key,
      court_id text not null references courts(id),
      case_id uuid not null references cases(id),
      requested_by uuid references users(id),
      scope text not null,
      requested_date date not null,
      status text not null check (status in ('requested','completed')),
      completed_by uuid references users(id),
      completed_date date,
      result text,
      created_at timestamptz not null default now()
    );
    create index investigation_requests_case on investigation_requests (court_id, case_id, created_at)
  `,
  );
}
