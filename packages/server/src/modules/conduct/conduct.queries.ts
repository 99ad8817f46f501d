// Read side of conduct duties. Staff of the case's court act; staff of a court above read; the parties
// read their own case: the duties, checks, substitute performance and its completion. The cost list and
// its vouchers: staff always; the respondent after performance (民诉法解释 art 502 para 2, costListAccess);
// the applicant on the same terms (a product choice: its claim includes the cost once it is enforced).
// Anyone else gets NOT_FOUND (caseAccess).
import type { Executor } from "@zhixing/db";
import { CONDUCT_DUTY_INFO, costListAccess, type Citation, type ConductCategory, type PerformerClass } from "@zhixing/domain";
import { today, type AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import { caseAccess, caseNotFound } from "../cases/case-access";
import type { CheckDto, ConductView, SubstituteDto } from "./conduct.schemas";

type Viewer = ConductView["view"];

export async function conductViewOf(db: Executor, caseId: string, viewer: Viewer, mayAct: boolean, on: string): Promise<ConductView> {
  const c = await db.selectFrom("cases").select(["id", "case_number", "basis_performance_deadline"]).where("id", "=", caseId).executeTakeFirst();
  if (!c) throw caseNotFound();
  const duties = await db.selectFrom("duties").selectAll().where("case_id", "=", caseId).orderBy("position").execute();
  const checks = await db.selectFrom("conduct_checks").selectAll().where("case_id", "=", caseId).orderBy("duty_id").orderBy("seq").execute();
  const subs = await db.selectFrom("conduct_substitutes").selectAll().where("case_id", "=", caseId).execute();
  const pens = await db.selectFrom("conduct_delay_penalties").selectAll().where("case_id", "=", caseId).orderBy("created_at").execute();
  const parties = viewer === "staff" ? await db.selectFrom("case_parties").select(["id", "role", "name", "kind"]).where("case_id", "=", caseId).orderBy("position").execute() : [];
  const addedIds = new Set([...subs.map((s) => s.cost_duty_id).filter((x): x is string => !!x), ...pens.map((p) => p.monetary_duty_id)]);

  const checkDto = (k: (typeof checks)[number]): CheckDto => ({
    id: k.id,
    seq: k.seq,
    dueDate: k.due_date,
    provisional: k.provisional,
    performanceDue: k.performance_due,
    status: k.status,
    checkDate: k.check_date,
    outcome: k.outcome,
    evidence: k.evidence as CheckDto["evidence"],
    escalation: k.escalation ? { steps: (k.escalation as { steps: NonNullable<CheckDto["escalation"]>["steps"] }).steps, basis: (k.escalation as { basis: Citation[] }).basis } : null,
    sanctionId: viewer === "staff" ? k.sanction_id : null,
    newPeriodDue: k.new_period_due,
  });
  const subDto = (s: (typeof subs)[number]): SubstituteDto => {
    const finished = s.completed_on !== null;
    const visible = viewer === "applicant" ? finished : costListAccess({ role: viewer, performanceFinished: finished }).inspect;
    const prepaymentOver = !!s.prepayment_due && on > s.prepayment_due;
    return {
      id: s.id,
      dutyId: s.duty_id,
      method: s.method,
      performerName: s.performer_name,
      qualificationRequired: s.qualification_required,
      performerQualified: s.performer_qualified,
      qualification: s.qualification,
      courtApproved: s.court_approved,
      appointedOn: s.appointed_on,
      costFen: s.cost_fen,
      orderDate: s.order_date,
      prepaymentDue: s.prepayment_due,
      prepaidFen: s.prepaid_fen,
      costDutyId: s.cost_duty_id,
      costConvertedOn: s.cost_converted_on,
      completedOn: s.completed_on,
      completion: (s.completion as SubstituteDto["completion"]) ?? null,
      costList: visible ? ((s.cost_items as { description: string; amountFen: number; voucher?: NonNullable<SubstituteDto["costList"]>[number]["voucher"] }[]).map((i) => ({ description: i.description, amountFen: i.amountFen, voucher: i.voucher ?? null }))) : null,
      costListVisible: visible,
      mayConvert: mayAct && s.cost_fen !== null && !s.cost_duty_id && prepaymentOver && s.prepaid_fen < s.cost_fen,
      basis: s.basis as Citation[],
    };
  };

  return {
    caseId: c.id,
    caseNumber: c.case_number,
    view: viewer,
    mayAct,
    today: on,
    performanceDeadline: c.basis_performance_deadline,
    duties: duties
      .filter((d) => d.kind === "conduct")
      .map((d) => {
        const info = CONDUCT_DUTY_INFO[d.category as ConductCategory];
        const own = checks.filter((k) => k.duty_id === d.id);
        const finding = own.find((k) => k.performer_finding)?.performer_finding ?? null;
        const performer: PerformerClass | null = finding ?? (!info || info.defaultPerformer === "courtDecides" ? null : info.defaultPerformer);
        const sub = subs.find((s) => s.duty_id === d.id);
        return {
          id: d.id,
          category: d.category,
          description: d.description,
          done: d.done,
          doneDate: d.done_date,
          performer,
          evidenceKinds: [...(info?.evidenceKinds ?? [])],
          qualificationMayBeRequired: info?.qualificationMayBeRequired ?? false,
          checks: own.map(checkDto),
          substitute: sub ? subDto(sub) : null,
          penalties: pens
            .filter((p) => p.duty_id === d.id)
            .map((p) => ({ id: p.id, dutyId: p.duty_id, performanceDue: p.performance_due, until: p.until_date, days: p.days, method: p.method, lossFen: p.loss_fen, amountFen: p.amount_fen, monetaryDutyId: p.monetary_duty_id, basis: p.basis as Citation[] })),
        };
      }),
    addedMonetaryDuties: duties.filter((d) => addedIds.has(d.id)).map((d) => ({ id: d.id, category: d.category, description: d.description, amountFen: d.amount_fen ?? 0 })),
    parties: parties.map((p) => ({ id: p.id, role: p.role, name: p.name, kind: p.kind })),
  };
}

export async function getConduct(ctx: AppContext, user: AuthUser, caseId: string): Promise<ConductView> {
  const db = ctx.database.db;
  const c = await db.selectFrom("cases").select(["id", "court_id", "handler_id"]).where("id", "=", caseId).executeTakeFirst();
  if (!c) throw caseNotFound();
  const access = await caseAccess(db, user, c);
  if (access === "party") {
    const rows = await db.selectFrom("case_parties").select("role").where("case_id", "=", caseId).where("user_id", "=", user.id).execute();
    const viewer: Viewer = rows.some((r) => r.role === "respondent") ? "respondent" : "applicant";
    return conductViewOf(db, caseId, viewer, false, today(ctx));
  }
  const mayAct = access === "act" && ((user.role === "officer" && c.handler_id === user.id) || user.role === "divisionHead");
  return conductViewOf(db, caseId, "staff", mayAct, today(ctx));
}

/** For the CLI: the view by case number or id, as staff. */
export async function conductByCase(db: Executor, idOrNumber: string, on: string): Promise<ConductView | null> {
  const c = await db
    .selectFrom("cases")
    .select("id")
    .where((eb) => (/^[0-9a-f-]{36}$/i.test(idOrNumber) ? eb("id", "=", idOrNumber) : eb("case_number", "=", idOrNumber)))
    .executeTakeFirst();
  return c ? conductViewOf(db, c.id, "staff", false, on) : null;
}
