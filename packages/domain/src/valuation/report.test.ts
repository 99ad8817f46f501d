// Serving, objections, validity and the sale clock: 参考价规定(2018) arts 11 para 4, 19 para 4, 21–24, 27, 30.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createStatutoryCalendar } from "../calendar";
import { addDays, addMonthsClamped } from "../dates/date-arithmetic";
import { fromDayNumber, toDayNumber, type IsoDate } from "../dates/iso-date";
import { expectDomainError } from "../testing/expect-domain-error";
import type { ValuationMethod } from "./methods";
import {
  afterAgencyExplanation,
  canUseReferencePrice,
  checkValidity,
  classifyObjection,
  deemedReceiptDate,
  maxValidUntil,
  objectionDeadline,
  reissueDeadline,
  reportServiceDeadline,
  saleStartDeadline,
  type ObjectionGround,
  type ObjectionInput,
  type ObjectionTarget,
} from "./report";

const cal = createStatutoryCalendar();
// 2025-03-10 is a Monday; 2025-03-15/16 a weekend.

describe("serving the report (art 21)", () => {
  it.each<[string, IsoDate, IsoDate]>([
    ["received Monday → by Thursday (para 1)", "2025-03-10", "2025-03-13"],
    ["received Thursday → Sunday moves to Monday", "2025-03-13", "2025-03-17"],
  ])("%s", (_l, reportReceivedDate, due) => {
    const c = reportServiceDeadline({ reportReceivedDate }, cal);
    expect(c).toMatchObject({ key: "reportService", due });
    expect(c.basis[0]).toMatchObject({ article: "art 21 para 1" });
  });

  it.each<[string, IsoDate, IsoDate]>([
    ["published Monday → deemed received 15 days later (para 2)", "2025-03-03", "2025-03-18"],
    ["published Saturday → the 15th day is a Sunday: Monday", "2025-03-01", "2025-03-17"],
  ])("%s", (_l, publishedDate, due) => {
    expect(deemedReceiptDate({ publishedDate }, cal)).toMatchObject({ key: "publicationDeemedReceipt", due });
  });

  it("the objection period runs from the deemed receipt (arts 21 para 2, 22)", () => {
    const received = deemedReceiptDate({ publishedDate: "2025-03-03" }, cal).due;
    expect(objectionDeadline({ receivedDate: received }, cal).due).toBe("2025-03-24"); // 03-23 is a Sunday
  });
});

describe("objection period: 5 days from receipt (arts 22 para 1, 23 para 1)", () => {
  it.each<[IsoDate, IsoDate, IsoDate]>([
    ["2025-03-12", "2025-03-17", "2025-03-17"],
    ["2025-03-10", "2025-03-15", "2025-03-17"],
    ["2025-03-11", "2025-03-16", "2025-03-17"],
  ])("received %s → nominal %s, due %s", (receivedDate, nominalDue, due) => {
    expect(objectionDeadline({ receivedDate }, cal)).toMatchObject({ nominalDue, due });
  });
});

describe("classifyObjection (arts 22–24)", () => {
  const base: ObjectionInput = { method: "appraisal", grounds: ["substantive"], receivedDate: "2025-03-12", filedDate: "2025-03-17" };
  type Expect = { track: string; referral?: IsoDate; notAvailable?: ObjectionGround[] } | { refused: string };
  it.each<[string, Partial<ObjectionInput>, Expect, string]>([
    ["appraisal result, on the last day", {}, { track: "agencyExplanation", referral: "2025-03-20" }, "art 23 para 1"],
    ["appraisal result, the day after the last day", { filedDate: "2025-03-18" }, { refused: "late" }, "art 24 para 1"],
    ["appraisal result, filed the day it was received", { filedDate: "2025-03-12" }, { track: "agencyExplanation", referral: "2025-03-17" }, "art 23 para 1"],
    ["wrong basic information only", { grounds: ["basicInfoError"] }, { track: "enforcementObjection" }, "art 22 para 2"],
    ["agency unqualified only", { grounds: ["agencyUnqualified"] }, { track: "enforcementObjection" }, "art 22 para 2"],
    ["procedure + omission, no substantive ground", { grounds: ["outOfScope", "seriousProceduralViolation"] }, { track: "enforcementObjection" }, "art 22 para 2"],
    ["substantive + wrong basic information: all to the agency", { grounds: ["basicInfoError", "substantive"] }, { track: "agencyExplanation", referral: "2025-03-20" }, "art 23 para 2"],
    ["substantive + unqualified: qualification first", { grounds: ["substantive", "agencyUnqualified"] }, { track: "enforcementObjectionThenAgencyExplanation", referral: "2025-03-20" }, "art 23 para 2"],
    ["substantive + serious procedural breach", { grounds: ["seriousProceduralViolation", "substantive"] }, { track: "enforcementObjectionThenAgencyExplanation" }, "art 23 para 2"],
    ["online report, wrong basic information", { method: "onlineInquiry", grounds: ["basicInfoError"] }, { track: "enforcementObjection" }, "art 22 para 2"],
    ["online report, result only", { method: "onlineInquiry", grounds: ["substantive"] }, { refused: "groundNotAvailable" }, "art 22 para 1"],
    ["online report, omission + result", { method: "onlineInquiry", grounds: ["outOfScope", "substantive"] }, { track: "enforcementObjection", notAvailable: ["substantive"] }, "art 22 para 2"],
    ["online report, late", { method: "onlineInquiry", grounds: ["basicInfoError"], filedDate: "2025-03-18" }, { refused: "late" }, "art 24 para 1"],
    ["an agreed price", { method: "agreed", grounds: ["basicInfoError"] }, { refused: "agreedOrDirectedInquiry" }, "art 24 para 2"],
    ["a directed inquiry", { method: "directedInquiry" }, { refused: "agreedOrDirectedInquiry" }, "art 24 para 2"],
    ["an agreed price, late as well", { method: "agreed", filedDate: "2025-06-01" }, { refused: "agreedOrDirectedInquiry" }, "art 24 para 2"],
    ["the agency's correction", { target: "correction" as ObjectionTarget }, { refused: "againstCorrectionOrReview" }, "art 24 para 1"],
    ["the professional review conclusion", { target: "professionalReview" as ObjectionTarget }, { refused: "againstCorrectionOrReview" }, "art 24 para 1"],
  ])("%s → %j", (_l, over, expected, article) => {
    const d = classifyObjection({ ...base, ...over }, cal);
    expect(d.basis.map((b) => b.article)).toContain(article);
    expect(d.explanation.zh.length).toBeGreaterThan(0);
    expect(d.explanation.en.length).toBeGreaterThan(0);
    if ("refused" in expected) {
      expect(d).toMatchObject({ accepted: false, reason: expected.refused });
      return;
    }
    expect(d).toMatchObject({ accepted: true, track: expected.track });
    if (!d.accepted) return;
    if (expected.referral) expect(d.referral?.due).toBe(expected.referral);
    if (expected.track === "enforcementObjection") expect(d.referral).toBeUndefined();
    expect(d.groundsNotAvailable).toEqual(expected.notAvailable ?? []);
  });

  it("an enforcement-act objection cites 民诉法(2023) art 236 (art 225 in the 2018 text)", () => {
    const d = classifyObjection({ ...base, grounds: ["basicInfoError"] }, cal);
    expect(d.basis).toContainEqual(expect.objectContaining({ law: "民事诉讼法(2023)", article: "art 236" }));
  });

  it("an agreed price points to art 25's supervision route", () => {
    const d = classifyObjection({ ...base, method: "agreed" }, cal);
    expect(d.basis.map((b) => b.article)).toContain("art 25");
  });

  it.each<[Partial<ObjectionInput>, string]>([
    [{ grounds: [] }, "grounds"],
    [{ grounds: ["price" as ObjectionGround] }, "grounds.0"],
    [{ grounds: ["substantive", "substantive"] }, "grounds.1"],
    [{ method: "auction" as ValuationMethod }, "method"],
    [{ target: "report2" as ObjectionTarget }, "target"],
    [{ filedDate: "2025-03-32" }, "filedDate"],
    [{ receivedDate: "yesterday" }, "receivedDate"],
  ])("malformed %j → VALIDATION %s", (over, field) => {
    expectDomainError(() => classifyObjection({ ...base, ...over }, cal), "VALIDATION", field);
  });

  it("accepted exactly when filed on or before the due date (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber("2005-01-01"), max: toDayNumber("2026-11-01") }), fc.integer({ min: 0, max: 20 }), (n, lag) => {
        const receivedDate = fromDayNumber(n);
        const filedDate = addDays(receivedDate, lag);
        const d = classifyObjection({ ...base, receivedDate, filedDate }, cal);
        const due = objectionDeadline({ receivedDate }, cal).due;
        expect(d.accepted).toBe(filedDate <= due);
        expect(lag <= 5 ? d.accepted : true).toBe(true);
      }),
    );
  });
});

describe("afterAgencyExplanation (art 23 para 1: 5 days, then professional review)", () => {
  // Referred Monday 2025-03-10: the 5th day is Saturday 03-15 → due Monday 03-17.
  it.each<[string, { explainedDate?: IsoDate; objectorStillObjects?: boolean; today: IsoDate }, string]>([
    ["explained in time, accepted", { explainedDate: "2025-03-14", today: "2025-03-14" }, "resolved"],
    ["explained on the due day, objection stands", { explainedDate: "2025-03-17", objectorStillObjects: true, today: "2025-03-18" }, "professionalReview"],
    ["explained late", { explainedDate: "2025-03-18", today: "2025-03-18" }, "professionalReview"],
    ["no explanation yet, on the due day", { today: "2025-03-17" }, "waiting"],
    ["no explanation, the day after", { today: "2025-03-18" }, "professionalReview"],
  ])("%s → %s", (_l, over, next) => {
    const r = afterAgencyExplanation({ referredDate: "2025-03-10", ...over }, cal);
    expect(r).toMatchObject({ next, due: "2025-03-17" });
    expect(r.basis[0]).toMatchObject({ article: "art 23 para 1" });
  });
});

describe("validity (art 27 paras 1–2: at most one year)", () => {
  it.each<[IsoDate, IsoDate]>([
    ["2025-03-10", "2026-03-10"],
    ["2024-02-29", "2025-02-28"],
  ])("issued %s → valid at most until %s", (issued, max) => expect(maxValidUntil(issued)).toBe(max));

  it.each<[IsoDate, boolean]>([
    ["2025-03-10", true],
    ["2025-09-10", true],
    ["2026-03-10", true],
    ["2026-03-11", false],
    ["2025-03-09", false],
  ])("issued 2025-03-10, valid until %s → accepted %s", (validUntil, ok) => {
    const act = () => checkValidity({ issuedDate: "2025-03-10", validUntil });
    if (ok) expect(act()).toMatchObject({ validUntil, maxValidUntil: "2026-03-10" });
    else expectDomainError(act, "VALIDATION", "validUntil");
  });
});

describe("canUseReferencePrice (art 27 para 3; arts 11 para 4, 19 para 4)", () => {
  type Row = [string, ValuationMethod, IsoDate | undefined, IsoDate, string, string?];
  it.each<Row>([
    ["a sale on the last day of validity", "appraisal", undefined, "2026-03-10", "withinValidity"],
    ["first notice on the last day, sale the day after", "appraisal", "2026-03-10", "2026-03-11", "grace"],
    ["notice within validity, sale on the last day of grace", "onlineInquiry", "2026-02-01", "2026-09-10", "grace"],
    ["notice within validity, sale a day past grace", "onlineInquiry", "2026-02-01", "2026-09-11", "graceExpired", "redetermine"],
    ["notice the day after validity: online platforms re-issue in 3 days", "onlineInquiry", "2026-03-11", "2026-03-20", "notAnnouncedWithinValidity", "onlineInquiryReissue"],
    ["notice the day after validity: the original agency re-issues in 15 days", "appraisal", "2026-03-11", "2026-03-20", "notAnnouncedWithinValidity", "appraisalReissue"],
    ["no notice at all, an agreed price", "agreed", undefined, "2026-03-20", "notAnnouncedWithinValidity", "redetermine"],
    ["no notice at all, a directed inquiry", "directedInquiry", undefined, "2026-03-11", "notAnnouncedWithinValidity", "redetermine"],
  ])("valid until 2026-03-10: %s → %s", (_l, method, firstNoticeDate, saleDate, outcome, renewal) => {
    const r = canUseReferencePrice({ method, validUntil: "2026-03-10", saleDate, ...(firstNoticeDate ? { firstNoticeDate } : {}) });
    if (r.usable) {
      expect(r.via).toBe(outcome);
      if (r.via === "grace") expect(r.graceUntil).toBe("2026-09-10");
    } else {
      expect({ reason: r.reason, renewal: r.renewal }).toEqual({ reason: outcome, renewal });
    }
    expect(r.basis[0]).toMatchObject({ law: "参考价规定(2018)" });
  });

  it("the grace ends on the month's last day when the day does not exist (民法典 art 202)", () => {
    const r = canUseReferencePrice({ method: "appraisal", validUntil: "2025-08-31", firstNoticeDate: "2025-08-01", saleDate: "2026-02-28" });
    expect(r).toMatchObject({ usable: true, via: "grace", graceUntil: "2026-02-28" });
  });

  it("a first notice after the sale is malformed", () => {
    expectDomainError(() => canUseReferencePrice({ method: "appraisal", validUntil: "2026-03-10", firstNoticeDate: "2026-03-12", saleDate: "2026-03-11" }), "VALIDATION", "firstNoticeDate");
  });

  it("usable exactly within validity, or within 6 months after it when noticed in time (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber("2019-01-01"), max: toDayNumber("2030-12-31") }),
        fc.integer({ min: -400, max: 400 }),
        fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
        fc.constantFrom<ValuationMethod>("agreed", "directedInquiry", "onlineInquiry", "appraisal"),
        (v, saleOffset, noticeBefore, method) => {
          const validUntil = fromDayNumber(v);
          const saleDate = fromDayNumber(v + saleOffset);
          const firstNoticeDate = noticeBefore === undefined ? undefined : addDays(saleDate, -noticeBefore);
          const r = canUseReferencePrice({ method, validUntil, saleDate, ...(firstNoticeDate ? { firstNoticeDate } : {}) });
          const expected = saleDate <= validUntil || (firstNoticeDate !== undefined && firstNoticeDate <= validUntil && saleDate <= addMonthsClamped(validUntil, 6));
          expect(r.usable).toBe(expected);
        },
      ),
    );
  });
});

describe("re-issue and sale clocks (arts 11 para 4, 19 para 4, 30)", () => {
  it.each<[ValuationMethod, IsoDate]>([
    ["onlineInquiry", "2025-03-13"],
    ["appraisal", "2025-03-25"],
  ])("%s re-issue noticed 2025-03-10 → due %s", (method, due) => {
    expect(reissueDeadline({ method, noticeDate: "2025-03-10" }, cal).due).toBe(due);
  });
  it.each<ValuationMethod>(["agreed", "directedInquiry"])("%s has no re-issue: determine anew", (method) => {
    expectDomainError(() => reissueDeadline({ method, noticeDate: "2025-03-10" }, cal), "PRECONDITION_FAILED", "method");
  });
  it.each<[IsoDate, IsoDate]>([
    ["2025-03-10", "2025-03-20"],
    ["2025-09-26", "2025-10-09"], // 10-06 falls in the National Day holiday
  ])("price fixed %s → start the sale by %s (art 30)", (priceFixedDate, due) => {
    const c = saleStartDeadline({ priceFixedDate }, cal);
    expect(c).toMatchObject({ key: "saleStart", due });
    expect(c.basis[0]).toMatchObject({ article: "art 30" });
  });
});
