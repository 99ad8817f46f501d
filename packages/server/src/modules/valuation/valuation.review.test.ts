// The court's review of an appraisal report (参考价规定(2018) art 20), service on interested persons
// (art 21), the printable report, the party's own records, and re-issued reports after validity lapsed
// (arts 11 para 4, 19 para 4, 27) — through the API on PGlite and on the PostgreSQL server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import {
  addDays,
  appraisalCorrectionDeadline,
  averageFen,
  deemedReceiptDate,
  formatYuan,
  maxValidUntil,
  objectionDeadline,
  reissueDeadline,
  saleStartDeadline,
} from "@zhixing/domain";
import { createTestApp, type TestApp } from "../../testing/test-app";
import { lotBody } from "../auctions/auctions-test-setup";
import { collectValuations } from "./valuation-collect.job";
import { assignedCase, controlledAsset, ok, refusedWith, setUp, simulate, type Clients } from "./valuation-test-setup";
import type { ValuationDto } from "./valuation.schemas";

const FACTS = { hasGovernmentPrice: false, needsOnSiteInspection: false, onlineInquiryAvailable: true };

describe.each(TEST_BACKENDS)("valuation review, interested persons, documents and re-issue on %s", (kind) => {
  let t: TestApp;
  let c: Clients;
  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-11-03" });
    c = await setUp(t);
  }, 60_000);
  afterAll(async () => t?.close());
  const at = (date: string) => t.setToday(date);
  const cal = () => t.ctx.calendar.get();
  const get = async (id: string, who = c.officer) => (await who.get(`/api/v1/valuations/${id}`)).json() as ValuationDto;

  it("art 20 → a correction within 3 days replaces the result and is served anew (art 21) on the parties and two interested persons, one by publication; the printable report; the price; then validity lapses and the original agency re-issues within 15 days (art 19 para 4): the new price", async () => {
    simulate(t, { agencyScript: { "sim-ag-02": { reportAfterDays: 10, review: { kind: "corrected", afterDays: 2, resultPermille: 950 }, reissueAfterDays: 5, reissuePermille: 1_100 } } });
    const caseId = await assignedCase(t, c, "2025-11-03");
    const assetId = await controlledAsset(c.officer, caseId, { type: "equity", identifier: "91110108MA01REVW1", valueFen: 80_000_000 });
    at("2025-11-10");
    let v = await ok(c.officer, `/api/v1/cases/${caseId}/valuations`, { assetId, facts: { ...FACTS, appraisalRequiredByLaw: true } }, 201);
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/appraisal/agencies`, { mode: "agreement", chosen: ["sim-ag-02", "sim-ag-05", "sim-ag-07"] });
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/appraisal/review`, { defects: ["basicInfoError"], note: "股权比例记载错误" }, 422, "report");
    // Another court's queued freeze on the same equity, as the register records it: its applicant is an interested person (art 21).
    const courtId = (await t.database.db.selectFrom("cases").select("court_id").where("id", "=", caseId).executeTakeFirstOrThrow()).court_id;
    const otherId = "5b0e1c2a-0000-4000-8000-00000000a021";
    await t.database.db
      .insertInto("measures")
      .values({ id: otherId, court_id: courtId, case_id: caseId, asset_id: assetId, kind: "freeze", context: "enforcement", executed_by: "上海知识产权法院", registry_receipt_date: null, amount_fen: 1, rank: "queued", start_date: "2025-11-05", expires: null, status: "active", released_date: null, release_reason: null, release_note: null, justification: null, created_by: null, external: true })
      .execute();
    v = await get(v.id);
    expect(v.otherMeasures).toEqual([expect.objectContaining({ id: otherId, rank: "queued", external: true, executedBy: "上海知识产权法院", startDate: "2025-11-05" })]);
    expect((await get(v.id, c.applicant)).otherMeasures).toEqual([]);

    at("2025-11-20");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/appraisal/collect`);
    const original = v.reports.at(-1)!;
    expect(original).toMatchObject({ kind: "appraisal", origin: "original", reportDate: "2025-11-20" });
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/appraisal/review`, { defects: [], note: "股权比例记载错误" }, 400, "defects");
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/appraisal/review`, { defects: ["ugly"], note: "股权比例记载错误" }, 400, "defects.0");
    await refusedWith(c.respondent, `/api/v1/valuations/${v.id}/appraisal/review`, { defects: ["basicInfoError"], note: "股权比例记载错误" }, 403);
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/appraisal/review`, { defects: ["basicInfoError", "appraiserMismatch"], note: "股权比例记载错误，签字评估师与资格证明不符" });
    const reviewDue = appraisalCorrectionDeadline({ noticeDate: "2025-11-20" }, cal()).due;
    expect(v.appraisal!.agencies[0]!.review).toMatchObject({ noticeDate: "2025-11-20", defects: ["basicInfoError", "appraiserMismatch"], due: reviewDue, status: "waiting" });
    expect(v.clocks.find((k) => k.kind === "valuationAppraisalCorrection")).toMatchObject({ status: "open", due: reviewDue, basis: expect.objectContaining({ article: "art 20" }) });
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/appraisal/review`, { defects: ["other"], note: "再次审查" }, 409, "defects");
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/price`, {}, 422, "review");

    at("2025-11-21");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/appraisal/review/collect`);
    expect(v.appraisal!.agencies[0]!.review!.status).toBe("waiting");
    at("2025-11-22");
    const job = await collectValuations(t.ctx);
    expect(job.review).toBeGreaterThanOrEqual(1);
    v = await get(v.id);
    const review = v.appraisal!.agencies[0]!.review!;
    expect(review).toMatchObject({ status: "corrected", answer: { kind: "corrected", date: "2025-11-22", previousResultFen: original.resultFen } });
    const correctedFen = review.answer!.resultFen as number;
    expect(correctedFen).not.toBe(original.resultFen);
    const report = v.reports.find((r) => r.id === original.id)!;
    expect(report).toMatchObject({ resultFen: correctedFen, reportDate: "2025-11-22", receivedDate: "2025-11-22", servedDate: null, receipts: [] });
    expect(v.clocks.find((k) => k.kind === "valuationAppraisalCorrection")).toMatchObject({ status: "met", metDate: "2025-11-22" });
    expect(v.timeline.find((e) => e.type === "valuation.reviewAnswered")).toMatchObject({ actorRole: "system" });

    // art 21: the parties and the interested persons; one cannot be reached — published, deemed received after 15 days.
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/reports/${report.id}/serve`, { interested: [{ name: "李四", relation: "friend" }] }, 400, "interested.0.relation");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/reports/${report.id}/serve`, {
      interested: [
        { name: "李四", relation: "priorityHolder", unreachable: true },
        { name: "王五", relation: "otherCreditor" },
      ],
    });
    const deemed = deemedReceiptDate({ publishedDate: "2025-11-22" }, cal()).due;
    const objectionDue = objectionDeadline({ receivedDate: deemed }, cal()).due;
    const served = v.reports.find((r) => r.id === report.id)!;
    expect(served.receipts).toHaveLength(4);
    expect(served.receipts.filter((r) => r.person === "interested")).toEqual([
      expect.objectContaining({ name: "李四", relation: "priorityHolder", via: "published", receivedDate: deemed, objectionDue }),
      expect.objectContaining({ name: "王五", relation: "otherCreditor", via: "served", receivedDate: "2025-11-22" }),
    ]);
    expect(served.objectionDue).toBe(objectionDue);
    expect(v.timeline.find((e) => e.type === "valuation.reportServed")!.data).toMatchObject({ interested: 2, basis: [expect.objectContaining({ article: "art 21 paras 1–2" })] });

    // The party sees its own party record, and interested persons' names masked.
    const mine = await get(v.id, c.applicant);
    expect(mine.viewerParties).toEqual([expect.objectContaining({ side: "applicant" })]);
    expect(mine.reports.find((r) => r.id === report.id)!.receipts.filter((r) => r.person === "interested").map((r) => r.name)).toEqual(["李某", "王某"]);
    expect(v.viewerParties).toEqual([]);

    // The printable report: staff and the parties; anyone else 404; another report 400.
    const doc = await c.officer.get(`/api/v1/valuations/${v.id}/reports/${report.id}/document`);
    expect(doc.statusCode, doc.body).toBe(200);
    expect(doc.headers["content-type"]).toMatch(/^text\/html/);
    expect(doc.body).toContain("确定财产处置参考价报告");
    expect(doc.body).toContain(formatYuan(correctedFen, "zh"));
    expect(doc.body).toContain(maxValidUntil("2025-11-22"));
    expect(doc.body).toContain("《参考价规定(2018)》第20条");
    expect(doc.body).toContain("李四");
    const en = await c.officer.get(`/api/v1/valuations/${v.id}/reports/${report.id}/document?lang=en`);
    expect(en.body).toContain("Reference price report");
    expect(en.body).toContain(formatYuan(correctedFen, "en"));
    const party = await c.respondent.get(`/api/v1/valuations/${v.id}/reports/${report.id}/document`);
    expect(party.statusCode).toBe(200);
    expect(party.body).not.toContain("李四");
    expect(party.body).toContain("李某");
    expect((await c.other.get(`/api/v1/valuations/${v.id}/reports/${report.id}/document`)).statusCode).toBe(404);
    expect((await c.officer.get(`/api/v1/valuations/${v.id}/reports/00000000-0000-4000-8000-000000000000/document`)).statusCode).toBe(400);
    expect((await c.officer.get(`/api/v1/valuations/${v.id}/reports/${report.id}/document?lang=fr`)).statusCode).toBe(400);

    // The interested person's window holds the price back like a party's.
    at(objectionDue);
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/price`, {}, 422, "objectionDue");
    at(addDays(objectionDue, 1));
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/price`);
    expect(v.referencePrice).toMatchObject({ priceFen: correctedFen, validUntil: maxValidUntil("2025-11-22"), method: "appraisal" });
    const firstSale = v.clocks.find((k) => k.kind === "valuationSaleStart")!;
    // A lot set up from the price: the valuation is not withdrawn from under it (the auction ends first).
    const { body: lot } = lotBody(t, assetId, addDays(objectionDue, 3), { startingPriceFen: Math.ceil(correctedFen * 0.7) + 100, depositFen: Math.ceil(correctedFen * 0.07) + 100 });
    const { referencePrice: _r, ...lotRest } = lot as Record<string, unknown>;
    void _r;
    const created = await c.officer.post(`/api/v1/cases/${caseId}/lots`, { ...lotRest, referencePrice: { valuationId: v.id } });
    expect(created.statusCode, created.body).toBe(201);
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/withdraw`, { ground: "other", note: "撤回参考价" }, 422, "status");
    expect((await c.officer.post(`/api/v1/lots/${created.json().id}/cancel`, { reason: "测试后撤回" })).statusCode).toBe(200);

    // Validity lapses before any auction notice: not usable; the original agency re-issues within 15 days.
    const validUntil = v.referencePrice!.validUntil;
    at(validUntil);
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/reissue`, {}, 422, "validUntil");
    const lapsed = addDays(validUntil, 1);
    at(lapsed);
    v = await get(v.id);
    expect(v.referencePrice!.usableToday).toMatchObject({ usable: false, reason: "notAnnouncedWithinValidity", renewal: "appraisalReissue" });
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/reissue`, { note: "有效期内未发布一拍公告" });
    const reissueDue = reissueDeadline({ method: "appraisal", noticeDate: lapsed }, cal()).due;
    expect(v.reissues).toEqual([expect.objectContaining({ method: "appraisal", requestedDate: lapsed, due: reissueDue, status: "requested", previous: { priceFen: correctedFen, validUntil, fixedDate: v.referencePrice!.fixedDate } })]);
    expect(v.clocks.find((k) => k.kind === "valuationReissue")).toMatchObject({ status: "open", due: reissueDue, basis: expect.objectContaining({ article: "art 19 para 4" }) });
    expect(v.clocks.find((k) => k.id === firstSale.id)!.status).toBe("cancelled");
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/reissue`, {}, 409);
    // The lapsed price starts no sale while its re-issue is awaited.
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/sale-start`, { firstNoticeDate: lapsed }, 422, "reissue");

    at(addDays(lapsed, 4));
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/reissue/collect`);
    expect(v.reissues[0]!.status).toBe("requested");
    const reissued = addDays(lapsed, 5);
    at(reissued);
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/reissue/collect`);
    const r = v.reissues[0]!;
    expect(r).toMatchObject({ status: "received", endedDate: reissued, validUntil: maxValidUntil(reissued) });
    expect(r.priceFen).not.toBe(correctedFen);
    expect(v.referencePrice).toMatchObject({ priceFen: r.priceFen, fixedDate: reissued, validUntil: maxValidUntil(reissued), usableToday: { usable: true }, saleStartDue: saleStartDeadline({ priceFixedDate: reissued }, cal()).due });
    expect(v.reports.at(-1)).toMatchObject({ origin: "reissue", kind: "appraisal", resultFen: r.priceFen, reportDate: reissued, servedDate: null });
    expect(v.clocks.find((k) => k.kind === "valuationReissue")).toMatchObject({ status: "met" });
    expect(v.clocks.filter((k) => k.kind === "valuationSaleStart" && k.status === "open")).toHaveLength(1);
    expect(v.timeline.map((e) => e.type).slice(-3)).toEqual(["valuation.priceFixed", "valuation.reissueRequested", "valuation.reissued"]);
    const reDoc = await c.officer.get(`/api/v1/valuations/${v.id}/reports/${v.reports.at(-1)!.id}/document`);
    expect(reDoc.body).toContain("重新出具的报告");
    expect(reDoc.body).toContain("《参考价规定(2018)》第19条第4款");
  });

  it("art 19 para 3: an agency silent on the art 20 order past its 3 days has defaulted — materials back, the next agency", async () => {
    simulate(t, { agencyScript: { "sim-ag-05": { reportAfterDays: 5, review: null } } });
    const caseId = await assignedCase(t, c, "2025-11-03");
    const assetId = await controlledAsset(c.officer, caseId, { type: "equity", identifier: "91110108MA01REVW2", valueFen: 30_000_000 });
    at("2025-11-10");
    let v = await ok(c.officer, `/api/v1/cases/${caseId}/valuations`, { assetId, facts: { ...FACTS, appraisalRequiredByLaw: true } }, 201);
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/appraisal/agencies`, { mode: "agreement", chosen: ["sim-ag-05", "sim-ag-07", "sim-ag-02"] });
    at("2025-11-15");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/appraisal/collect`);
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/appraisal/review`, { defects: ["agencyMismatch"], note: "报告签章机构与选定机构不符" });
    const due = appraisalCorrectionDeadline({ noticeDate: "2025-11-15" }, cal()).due;
    at(due);
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/appraisal/review/collect`);
    expect(v.appraisal!.agencies[0]!.review!.status).toBe("waiting");
    at(addDays(due, 1));
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/appraisal/review/collect`);
    expect(v.appraisal!.agencies.map((a) => [a.agencyId, a.status])).toEqual([
      ["sim-ag-05", "defaulted"],
      ["sim-ag-07", "commissioned"],
    ]);
    expect(v.appraisal!.agencies[0]!.review!.status).toBe("defaulted");
    expect(v.clocks.filter((k) => k.kind === "valuationMaterialsReturn" && k.status === "open")).toHaveLength(1);
    expect(v.clocks.find((k) => k.kind === "valuationAppraisalCorrection")!.status).toBe("cancelled");
    expect(v.timeline.find((e) => e.type === "valuation.agencyDefaulted")!.data).toMatchObject({ review: true });
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/appraisal/review/collect`, {}, 422, "review");
  });

  it("art 11 para 4: an online price re-issued within 3 days by two of three platforms: their average is the new price", async () => {
    simulate(t, {
      platformScript: {
        "sim-taobao": { reportAfterDays: 1, reissueAfterDays: 1, reissuePermille: 1_000 },
        "sim-jd": { reportAfterDays: 1, reissueAfterDays: 2, reissuePermille: 1_050 },
        "sim-icbc": { reportAfterDays: 1, reissueAfterDays: null },
      },
    });
    const caseId = await assignedCase(t, c, "2025-11-03");
    const assetId = await controlledAsset(c.officer, caseId, { type: "equipment", identifier: "激光切割机 LC-9", valueFen: 12_000_000 });
    at("2025-11-04");
    let v = await ok(c.officer, `/api/v1/cases/${caseId}/valuations`, { assetId, facts: { ...FACTS, partyRefusesAgreement: true } }, 201);
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/online/commission`, {});
    at("2025-11-05");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/online/collect`);
    // art 20 reviews appraisal reports; online reports are reviewed under art 12.
    await refusedWith(c.officer, `/api/v1/valuations/${v.id}/appraisal/review`, { defects: ["other"], note: "网络询价报告" }, 422, "method");
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/online/review`, {});
    for (const r of v.reports) v = await ok(c.officer, `/api/v1/valuations/${v.id}/reports/${r.id}/serve`, {});
    at(addDays(v.reports[0]!.objectionDue!, 1));
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/price`);
    const lapsed = addDays(v.referencePrice!.validUntil, 1);
    at(lapsed);
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/reissue`, {});
    expect(v.reissues[0]!.sources.map((s) => s.name).length).toBe(3);
    expect(v.reissues[0]!.due).toBe(reissueDeadline({ method: "onlineInquiry", noticeDate: lapsed }, cal()).due);
    at(addDays(v.reissues[0]!.due, 1));
    v = await ok(c.officer, `/api/v1/valuations/${v.id}/reissue/collect`);
    const r = v.reissues[0]!;
    const got = r.results.filter((x) => x.resultFen !== null).map((x) => x.resultFen!);
    expect(got).toHaveLength(2);
    expect(r).toMatchObject({ status: "received", priceFen: averageFen(got) });
    expect(v.referencePrice!.priceFen).toBe(averageFen(got));
    expect(v.referencePrice!.detail).toMatchObject({ late: ["sim-icbc"] });
    expect(v.reports.filter((x) => x.origin === "reissue")).toHaveLength(2);
  });
});
