// 保全措施转为执行措施 (民诉法解释(2022) art 168): once the judgment is enforced, the 执保 case's
// measures still in their term become the 执 case's measures — the same rows, the same start dates
// and last days in force (期限连续计算), no new ruling. The service loads both cases under their locks,
// decides with the domain (planConversion, checkConversionParties), moves the measures with their
// assets, open clocks and queue neighbours (another court's measures recorded on the same asset), stops
// the standing freeze orders the preservation handler had running, and records the conversion (one
// per 执保 case), the case events on both cases and their audit records, all in one transaction.
import { randomUUID } from "node:crypto";
import type { Executor } from "@zhixing/db";
import { checkConversionParties, CONVERSION_BASIS, DomainError, excessToRelease, invalidField, planConversion, type Citation, type ConversionSkip } from "@zhixing/domain";
import { today, type AppContext } from "../../context";
import type { AuthUser } from "../../http/auth";
import { caseAccess, caseNotFound } from "../cases/case-access";
import { lockCase, OPEN_CASE_STATUSES } from "../cases/case-lock";
import { PRESERVATION_TYPE_CODE } from "../cases/cases.service";
import { assertMayAct, controlFigures, record, stopStandingFreezesOf } from "./measures.service";

export type ConversionDto = {
  id: string;
  preservationCaseId: string;
  preservationCaseNumber: string | null;
  enforcementCaseId: string;
  enforcementCaseNumber: string | null;
  convertedDate: string;
  measures: number;
  assets: number;
  basis: Citation;
};

export type ConversionResultDto = ConversionDto & {
  skipped: { measureId: string; reason: ConversionSkip["reason"] }[];
  /** Value over the claim plus costs after the conversion (查封规定 art 19): a release task on the register. */
  excessFen: number | null;
};

export type ConversionCandidateDto = {
  caseId: string;
  caseNumber: string | null;
  status: string;
  rulingDocumentNumber: string;
  measuresInForce: number;
};

const refused = (zh: string, en: string) => new DomainError("PRECONDITION_FAILED", { zh, en }, { field: "preservationCaseId" });

async function partyIds(db: Executor, caseId: string): Promise<{ applicants: string[]; respondents: string[] }> {
  const rows = await db.selectFrom("case_parties").select(["role", "id_number"]).where("case_id", "=", caseId).execute();
  return {
    applicants: rows.filter((r) => r.role === "applicant").map((r) => r.id_number),
    respondents: rows.filter((r) => r.role === "respondent").map((r) => r.id_number),
  };
}

async function conversionsWhere(db: Executor, where: { preservationCaseId?: string; enforcementCaseId?: string; id?: string }): Promise<ConversionDto[]> {
  let q = db
    .selectFrom("preservation_conversions as pc")
    .innerJoin("cases as p", "p.id", "pc.preservation_case_id")
    .innerJoin("cases as e", "e.id", "pc.enforcement_case_id")
    .select([
      "pc.id",
      "pc.preservation_case_id",
      "pc.enforcement_case_id",
      "pc.converted_date",
      "pc.measures",
      "pc.assets",
      "p.case_number as preservation_case_number",
      "e.case_number as enforcement_case_number",
    ]);
  if (where.id) q = q.where("pc.id", "=", where.id);
  if (where.preservationCaseId && where.enforcementCaseId) {
    const { preservationCaseId: p, enforcementCaseId: e } = where;
    q = q.where((eb) => eb.or([eb("pc.preservation_case_id", "=", p), eb("pc.enforcement_case_id", "=", e)]));
  } else if (where.preservationCaseId) q = q.where("pc.preservation_case_id", "=", where.preservationCaseId);
  else if (where.enforcementCaseId) q = q.where("pc.enforcement_case_id", "=", where.enforcementCaseId);
  const rows = await q.orderBy("pc.created_at").execute();
  return rows.map((r) => ({
    id: r.id,
    preservationCaseId: r.preservation_case_id,
    preservationCaseNumber: r.preservation_case_number,
    enforcementCaseId: r.enforcement_case_id,
    enforcementCaseNumber: r.enforcement_case_number,
    convertedDate: r.converted_date,
    measures: r.measures,
    assets: r.assets,
    basis: CONVERSION_BASIS,
  }));
}

/** POST /cases/:id/preservation-conversions — the 执 case's handler or division head carries a 执保 case's measures over. */
export async function convertPreservation(
  ctx: AppContext,
  user: AuthUser,
  enforcementCaseId: string,
  input: { preservationCaseId: string },
  ip: string | null = null,
): Promise<ConversionResultDto> {
  const now = today(ctx);
  return ctx.database.db.transaction().execute(async (tx) => {
    const e = await lockCase(tx, enforcementCaseId);
    await assertMayAct(tx, user, e);
    const eRow = await tx.selectFrom("cases").select(["type_code", "case_number"]).where("id", "=", e.id).executeTakeFirstOrThrow();
    if (eRow.type_code === PRESERVATION_TYPE_CODE) {
      throw new DomainError("PRECONDITION_FAILED", { zh: "保全措施只能转入执行案件", en: "Preservation measures carry into an enforcement case, not another preservation case" }, { field: "id" });
    }
    if (!OPEN_CASE_STATUSES.includes(e.status)) {
      throw new DomainError("PRECONDITION_FAILED", { zh: "执行案件须已立案且未结案", en: "The enforcement case must be registered and not closed" }, { field: "caseStatus" });
    }
    if (input.preservationCaseId === e.id) throw invalidField("preservationCaseId", { zh: "不能选择本案", en: "Choose another case" });

    const p = await tx
      .selectFrom("cases")
      .select(["id", "court_id", "type_code", "status", "case_number"])
      .where("id", "=", input.preservationCaseId)
      .forUpdate()
      .executeTakeFirst();
    // Another court's preservation case is not this court's to take over (that goes by delegation).
    if (!p || p.court_id !== e.court_id) {
      throw new DomainError("NOT_FOUND", { zh: "本院没有该保全案件", en: "No such preservation case in this court" }, { field: "preservationCaseId" });
    }
    if (p.type_code !== PRESERVATION_TYPE_CODE) throw refused("所选案件不是保全案件（执保）", "The case chosen is not a preservation case (执保)");
    if (p.status === "applied" || p.status === "refused") throw refused("保全案件尚未立案", "The preservation case is not registered");
    const earlier = await conversionsWhere(tx, { preservationCaseId: p.id });
    if (earlier.length) {
      throw refused(
        `该保全案件的措施已于 ${earlier[0]!.convertedDate} 转入 ${earlier[0]!.enforcementCaseNumber ?? "执行案件"}`,
        `This preservation case's measures were carried into ${earlier[0]!.enforcementCaseNumber ?? "an enforcement case"} on ${earlier[0]!.convertedDate}`,
      );
    }
    checkConversionParties(await partyIds(tx, p.id), await partyIds(tx, e.id));

    const measures = await tx
      .selectFrom("measures")
      .select(["id", "status", "expires", "external", "asset_id"])
      .where("case_id", "=", p.id)
      .forUpdate()
      .execute();
    const plan = planConversion(measures, now);
    const converting = measures.filter((m) => plan.convert.includes(m.id));
    const assetIds = [...new Set(converting.map((m) => m.asset_id))];
    // Another court's measures on the same assets move with them, so the queue (查封规定 art 26) stays whole.
    const neighbours = measures.filter((m) => m.external && m.status === "active" && assetIds.includes(m.asset_id)).map((m) => m.id);
    const moving = [...plan.convert, ...neighbours];

    const pRef = { id: p.id, court_id: p.court_id };
    const actor = { id: user.id, name: user.displayName, role: user.role };
    for (const id of plan.convert) {
      await stopStandingFreezesOf(tx, ctx, actor, pRef, { measureId: id }, "保全措施转为执行措施 carried into enforcement", ip);
    }
    await tx.updateTable("assets").set({ case_id: e.id, converted_from_case_id: p.id }).where("id", "in", assetIds).execute();
    await tx.updateTable("measures").set({ case_id: e.id, converted_from_case_id: p.id }).where("id", "in", moving).execute();
    await tx.updateTable("clocks").set({ case_id: e.id }).where("measure_id", "in", plan.convert).where("status", "=", "open").execute();

    const id = randomUUID();
    await tx
      .insertInto("preservation_conversions")
      .values({ id, court_id: e.court_id, preservation_case_id: p.id, enforcement_case_id: e.id, converted_date: now, measures: plan.convert.length, assets: assetIds.length, converted_by: user.id })
      .execute();
    const data = {
      conversionId: id,
      preservationCaseId: p.id,
      preservationCaseNumber: p.case_number,
      enforcementCaseId: e.id,
      enforcementCaseNumber: eRow.case_number,
      measureIds: plan.convert,
      assetIds,
      skipped: plan.skipped,
      basis: CONVERSION_BASIS,
    };
    await record(tx, ctx, actor, e, { type: "measure.convertIn", entityType: "preservationConversion", entityId: id, data, ip });
    await record(tx, ctx, actor, pRef, { type: "measure.convertOut", entityType: "preservationConversion", entityId: id, data, ip });

    // 查封规定 art 19: what the enforcement case now controls, against its claim plus costs to date.
    const control = await controlFigures(tx, e, now);
    const excess = control ? excessToRelease({ controlledFen: control.controlledFen, limitFen: control.limitFen, measures: control.measures }) : null;
    const [dto] = await conversionsWhere(tx, { id });
    return {
      ...dto!,
      skipped: plan.skipped.map((s) => ({ measureId: s.id, reason: s.reason })),
      excessFen: excess && excess.excessFen > 0 ? excess.excessFen : null,
    };
  });
}

/** GET /cases/:id/preservation-conversions — the conversions into or out of a case, for whoever may read it. */
export async function listConversions(ctx: AppContext, user: AuthUser, caseId: string): Promise<ConversionDto[]> {
  const db = ctx.database.db;
  const c = await db.selectFrom("cases").select(["id", "court_id"]).where("id", "=", caseId).executeTakeFirst();
  if (!c) throw caseNotFound();
  await caseAccess(db, user, c);
  return conversionsWhere(db, { preservationCaseId: c.id, enforcementCaseId: c.id });
}

/**
 * GET /cases/:id/preservation-candidates — the 执保 cases of the same court, not yet converted, with
 * measures in force, whose applicants and respondents are parties of this enforcement case on the
 * same side (staff of the court).
 */
export async function listConversionCandidates(ctx: AppContext, user: AuthUser, caseId: string): Promise<ConversionCandidateDto[]> {
  const db = ctx.database.db;
  const e = await db.selectFrom("cases").select(["id", "court_id", "type_code"]).where("id", "=", caseId).executeTakeFirst();
  if (!e) throw caseNotFound();
  if ((await caseAccess(db, user, e)) !== "act") {
    throw new DomainError("FORBIDDEN", { zh: "只有本院执行人员可以办理", en: "Only staff of the case's own court may do this" });
  }
  if (e.type_code === PRESERVATION_TYPE_CODE) return [];
  const mine = await partyIds(db, e.id);
  if (!mine.respondents.length) return [];
  const rows = await db
    .selectFrom("cases as p")
    .innerJoin("case_parties as r", (j) => j.onRef("r.case_id", "=", "p.id").on("r.role", "=", "respondent"))
    .innerJoin("measures as m", (j) => j.onRef("m.case_id", "=", "p.id").on("m.status", "=", "active").on("m.external", "=", false))
    .leftJoin("preservation_conversions as pc", "pc.preservation_case_id", "p.id")
    .select(["p.id", "p.case_number", "p.status", "p.basis_document_number"])
    .select((eb) => eb.fn.count<number>("m.id").distinct().as("n"))
    .where("p.court_id", "=", e.court_id)
    .where("p.type_code", "=", PRESERVATION_TYPE_CODE)
    .where("p.status", "not in", ["applied", "refused"])
    .where("pc.id", "is", null)
    .where("r.id_number", "in", mine.respondents)
    .groupBy(["p.id", "p.case_number", "p.status", "p.basis_document_number"])
    .orderBy("p.case_number")
    .limit(100)
    .execute();
  const result: ConversionCandidateDto[] = [];
  for (const r of rows) {
    try {
      checkConversionParties(await partyIds(db, r.id), mine);
    } catch {
      continue;
    }
    result.push({ caseId: r.id, caseNumber: r.case_number, status: r.status, rulingDocumentNumber: r.basis_document_number, measuresInForce: Number(r.n) });
  }
  return result;
}
