// 执保 preservation cases: a pre-suit or in-suit preservation ruling (property, evidence or conduct;
// 民诉法(2023) arts 103–104, 行为保全规定(2018)) is entered by the filing division and then runs the
// ordinary case lifecycle (register → 执保 number, assign, notice, close) with type code 执保. There is no
// limitation check (the ruling is executed at once) and no order to report property. A conduct
// preservation (a cease-infringement order) is followed by compliance checks, each with its evidence,
// recorded by the handler with a case event and an audit record under the case lock.
import { randomUUID } from "node:crypto";
import { appendEvent, writeAudit, type Executor } from "@zhixing/db";
import { compareIsoDates, DomainError, invalidField } from "@zhixing/domain";
import { today, type AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import { caseAccess, caseNotFound } from "./case-access";
import type { ComplianceCheckDto, ComplianceCheckInput, PreservationCaseInput, PreservationInfo } from "./cases.schemas";
import { PRESERVATION_TYPE_CODE, resolveFiling, storeNewCase } from "./cases.service";

/** The filing division enters a preservation ruling as a 执保 case in status applied. */
export async function submitPreservationCase(ctx: AppContext, user: AuthUser, input: PreservationCaseInput, ip: string | null = null): Promise<string> {
  const f = await resolveFiling(ctx, user, input, {
    onlineApplicant: false,
    forbidden: { zh: "只有立案庭可以录入保全案件", en: "Only the filing division enters preservation cases" },
  });
  if (compareIsoDates(input.ruling.date, f.now) > 0) {
    throw invalidField("ruling.date", { zh: "保全裁定日期不能晚于今天", en: "The preservation ruling cannot be dated in the future" });
  }
  if (input.kind === "conduct" && !input.ceaseOrder) {
    throw invalidField("ceaseOrder", { zh: "行为保全须载明裁定责令的行为", en: "A conduct preservation needs the order (what the respondent must do or stop)" });
  }
  if (input.kind !== "conduct" && input.ceaseOrder) {
    throw invalidField("ceaseOrder", { zh: "只有行为保全载明责令的行为", en: "Only a conduct preservation carries a cease order" });
  }
  const preservation: PreservationInfo = {
    kind: input.kind,
    stage: input.stage,
    ruling: input.ruling,
    ...(input.securityFen !== undefined ? { securityFen: input.securityFen } : {}),
    ...(input.ceaseOrder ? { ceaseOrder: input.ceaseOrder } : {}),
  };
  return storeNewCase(
    ctx,
    user,
    f,
    {
      type_code: PRESERVATION_TYPE_CODE,
      late_application: false, // no limitation period: the ruling is executed at once
      limitation_expires: null,
      right_type: input.rightType,
      basis_issuing_court: input.ruling.court,
      basis_document_number: input.ruling.documentNumber,
      basis_effective_date: input.ruling.date,
      basis_performance_deadline: null,
      basis_instalments: JSON.stringify([]),
      note: input.note ?? null,
      preservation: JSON.stringify(preservation),
    },
    input.duties ?? [],
    { action: "case.submit", data: { typeCode: PRESERVATION_TYPE_CODE, preservationKind: input.kind, stage: input.stage } },
    ip,
  );
}

type LockedCase = { id: string; court_id: string; status: string; handler_id: string | null; type_code: string; preservation: unknown };

const CHECKABLE_STATUSES = ["assigned", "inProgress"];

function isConductPreservation(c: LockedCase): boolean {
  return c.type_code === PRESERVATION_TYPE_CODE && (c.preservation as PreservationInfo | null)?.kind === "conduct";
}

async function listChecks(db: Executor, caseId: string): Promise<ComplianceCheckDto[]> {
  const rows = await db
    .selectFrom("compliance_checks")
    .leftJoin("users", "users.id", "compliance_checks.checked_by")
    .selectAll("compliance_checks")
    .select("users.display_name")
    .where("compliance_checks.case_id", "=", caseId)
    .orderBy("compliance_checks.check_date")
    .orderBy("compliance_checks.created_at")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    checkDate: r.check_date,
    result: r.result,
    evidence: r.evidence,
    checkedBy: r.checked_by,
    checkedByName: r.display_name,
    createdAt: new Date(r.created_at).toISOString(),
  }));
}

/** The handler records a check of the respondent's compliance with a conduct preservation order. */
export async function recordComplianceCheck(
  ctx: AppContext,
  user: AuthUser,
  caseId: string,
  input: ComplianceCheckInput,
  ip: string | null = null,
): Promise<ComplianceCheckDto> {
  const now = today(ctx);
  return ctx.database.db.transaction().execute(async (tx) => {
    const c = await tx
      .selectFrom("cases")
      .select(["id", "court_id", "status", "handler_id", "type_code", "preservation"])
      .where("id", "=", caseId)
      .forUpdate()
      .executeTakeFirst();
    if (!c) throw caseNotFound();
    const access = await caseAccess(tx, user, c);
    if (!(access === "act" && c.handler_id === user.id)) {
      throw new DomainError("FORBIDDEN", { zh: "只有本案承办人可以记录履行情况检查", en: "Only the case's handler records compliance checks" });
    }
    if (!isConductPreservation(c)) {
      throw new DomainError("PRECONDITION_FAILED", {
        zh: "只有行为保全案件需要检查被申请人是否遵守裁定",
        en: "Compliance checks are for conduct preservation cases only",
      });
    }
    if (!CHECKABLE_STATUSES.includes(c.status)) {
      throw new DomainError("PRECONDITION_FAILED", { zh: "案件分配承办人后、结案前方可记录检查", en: "Checks are recorded between assignment and closure" });
    }
    if (compareIsoDates(input.checkDate, now) > 0) {
      throw invalidField("checkDate", { zh: "检查日期不能晚于今天", en: "The check date cannot be in the future" });
    }
    const id = randomUUID();
    await tx
      .insertInto("compliance_checks")
      .values({ id, court_id: c.court_id, case_id: c.id, check_date: input.checkDate, result: input.result, evidence: input.evidence, checked_by: user.id })
      .execute();
    const data = { checkId: id, checkDate: input.checkDate, result: input.result };
    await appendEvent(tx, {
      id: randomUUID(),
      court_id: c.court_id,
      case_id: c.id,
      type: "complianceCheck",
      at: ctx.now(),
      event_date: input.checkDate,
      actor_id: user.id,
      actor_name: user.displayName,
      actor_role: user.role,
      reason: null,
      data: JSON.stringify(data),
    });
    await writeAudit(tx, {
      courtId: c.court_id,
      actorId: user.id,
      actorRole: user.role,
      action: "preservation.complianceCheck",
      entityType: "complianceCheck",
      entityId: id,
      caseId: c.id,
      detail: data,
      ip,
    });
    return (await listChecks(tx, c.id)).find((k) => k.id === id)!;
  });
}

/** The compliance checks of a case, for everyone who may read the case. */
export async function listComplianceChecks(ctx: AppContext, user: AuthUser, caseId: string): Promise<ComplianceCheckDto[]> {
  const db = ctx.database.db;
  const c = await db.selectFrom("cases").select(["id", "court_id"]).where("id", "=", caseId).executeTakeFirst();
  if (!c) throw caseNotFound();
  await caseAccess(db, user, c);
  return listChecks(db, c.id);
}
