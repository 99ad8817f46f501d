import { listCases } from "@zhixing/db";
import { CASE_STATUSES, invalidField } from "@zhixing/domain";
import { withContext } from "./db-context";

export async function runCasesList(o: { court?: string; status?: string; limit: string; json?: boolean }): Promise<void> {
  if (o.status && !(CASE_STATUSES as readonly string[]).includes(o.status)) {
    throw invalidField("status", { zh: `未知状态，可选：${CASE_STATUSES.join(", ")}`, en: `unknown status; one of ${CASE_STATUSES.join(", ")}` });
  }
  const limit = Number(o.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 10000) throw invalidField("limit", { zh: "--limit 应为 1–10000", en: "--limit must be 1–10000" });
  await withContext(async (ctx) => {
    const { items, total } = await listCases(ctx.database.db, {
      ...(o.court ? { courtIds: [o.court] } : {}),
      ...(o.status ? { status: o.status } : {}),
      page: 1,
      pageSize: limit,
    });
    const rows = items.map((c) => ({
      id: c.id,
      caseNumber: c.case_number,
      status: c.status,
      court: c.court_name,
      applicationDate: c.application_date,
      applicants: c.parties.filter((p) => p.role === "applicant").map((p) => p.name),
      respondents: c.parties.filter((p) => p.role === "respondent").map((p) => p.name),
      handler: c.handler_name,
      nextClock: c.next_clock ? { kind: c.next_clock.kind, due: c.next_clock.due_date } : null,
    }));
    if (o.json) {
      process.stdout.write(JSON.stringify({ total, items: rows }, null, 2) + "\n");
      return;
    }
    process.stdout.write(`${total} case(s)\n`);
    for (const r of rows) {
      process.stdout.write(
        `${(r.caseNumber ?? "(待立案 pending)").padEnd(22)} ${r.status.padEnd(11)} ${r.applicationDate}  ${r.applicants.join("、")} → ${r.respondents.join("、")}${r.nextClock ? `  [${r.nextClock.kind} ${r.nextClock.due}]` : ""}\n`,
      );
    }
  });
}
