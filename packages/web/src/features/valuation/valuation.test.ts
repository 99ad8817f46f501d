// What the valuation screens work out from the API's answers (参考价规定(2018)). The answers in
// testing/api-answers.json were taken from the real server (modules/valuation, simulator adapters) along
// the path of its own spec: an agreement that fails → an online inquiry priced at the average; an online
// inquiry that fails → an appraisal by the recorded SM3 lottery → default → extension → report served
// → objection.
import { describe, expect, it } from "vitest";
import { AGENCY_LOTTERY, drawAgencies, OBJECTION_GROUNDS, sm3Hex } from "@zhixing/domain";
import type { Valuation, ValuationReport } from "../../api/types";
import answers from "./testing/api-answers.json";
import { previewMethod } from "./components/MethodModals";
import {
  allowedValuationActions,
  availableGrounds,
  clockSubject,
  metLate,
  objectionNextStep,
  objectionWindow,
  platformCount,
  recomputeLotterySeed,
  verifyLottery,
  viewerPartyIds,
} from "./valuation";

const online = answers.onlinePriced as unknown as Valuation;
const appraisal = answers.appraisalObjected as unknown as Valuation;
const party = answers.appraisalServedParty as unknown as Valuation;
const selection = appraisal.appraisal!.selections[0]!;
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe("the agency lottery re-run in the browser (art 16)", () => {
  it("the recorded draw verifies: the seed from its public inputs and the three agencies in order", () => {
    const check = verifyLottery(selection);
    expect(check).toMatchObject({ seedMatches: true, orderMatches: true, matches: true, error: null });
    expect(check.recomputedSeed).toBe(selection.seed);
    expect(check.drawn).toEqual(selection.order.map((o) => o.agencyId));
    // The same as running the domain's draw by hand.
    expect(check.drawn).toEqual(drawAgencies(selection.candidates, selection.seed!));
  });

  it("the seed is SM3 of the public inputs, whatever order the stored inputs come back in", () => {
    const i = selection.seedInputs as Record<string, unknown>;
    const reordered = Object.fromEntries(Object.entries(i).reverse());
    const expected = sm3Hex([i.version, i.caseId, i.valuationId, String(i.round), i.date, [...(i.candidates as string[])].sort().join(",")].join("\n"));
    expect(recomputeLotterySeed(reordered)).toBe(expected);
    expect(recomputeLotterySeed({ ...i, version: "zhixing/valuation/lottery-seed/v0" })).toBeNull();
    expect(recomputeLotterySeed(null)).toBeNull();
  });

  it("a record whose order was altered does not verify", () => {
    const s = clone(selection);
    s.order = [s.order[1]!, s.order[0]!, s.order[2]!];
    expect(verifyLottery(s)).toMatchObject({ seedMatches: true, orderMatches: false, matches: false });
  });

  it("a seed that does not come from the recorded inputs does not verify, even when the draw happens to agree", () => {
    const s = clone(selection);
    s.seed = sm3Hex("chosen by someone");
    const check = verifyLottery(s);
    expect(check.seedMatches).toBe(false);
    expect(check.matches).toBe(false);
    // And the draw is re-run with the recorded (altered) seed.
    expect(check.drawn).toEqual(drawAgencies(s.candidates, s.seed));
  });

  it("an unknown algorithm or a broken record is reported, not guessed", () => {
    expect(verifyLottery({ ...selection, algorithm: { version: "other/v9", description: AGENCY_LOTTERY.description } })).toMatchObject({ matches: false, error: "unknownAlgorithm" });
    expect(verifyLottery({ ...selection, candidates: ["a", "b"] })).toMatchObject({ matches: false, error: "badRecord" });
    expect(verifyLottery({ ...selection, mode: "agreement", seed: null })).toMatchObject({ matches: false, error: "notLottery" });
  });
});

describe("online inquiry: which results enter the average (arts 11–13)", () => {
  const byId = (v: Valuation, id: string) => v.online!.platforms.find((p) => p.platformId === id)!;

  it("after the price: the server's record of the results used", () => {
    expect(online.online!.platforms.map((p) => [p.platformId, platformCount(p, online)])).toEqual([
      ["sim-icbc", "excluded"],
      ["sim-jd", "used"],
      ["sim-taobao", "used"],
    ]);
  });

  it("before the price: in time and sound counts; late, defective or objected-to do not (yet)", () => {
    const v = clone(online);
    v.referencePrice = null;
    v.objections = [];
    expect(platformCount(byId(v, "sim-icbc"), v)).toBe("late");
    expect(platformCount(byId(v, "sim-jd"), v)).toBe("counts");
    byId(v, "sim-jd").defective = true;
    expect(platformCount(byId(v, "sim-jd"), v)).toBe("defective");
    byId(v, "sim-jd").correctedDate = "2025-11-20";
    expect(platformCount(byId(v, "sim-jd"), v)).toBe("counts");
    const taobao = v.reports.find((r) => r.sourceName === byId(v, "sim-taobao").name)!;
    v.objections = [{ ...appraisal.objections[0]!, reportId: taobao.id, accepted: true }];
    expect(platformCount(byId(v, "sim-taobao"), v)).toBe("objected");
    // A refused objection leaves the result in.
    v.objections[0]!.accepted = false;
    expect(platformCount(byId(v, "sim-taobao"), v)).toBe("counts");
    const waiting = { ...byId(v, "sim-icbc"), onTime: null, resultFen: null };
    expect(platformCount(waiting, v)).toBe("waiting");
    expect(platformCount({ ...waiting, receivedDate: null }, v)).toBe("notSent");
  });

  it("the court ended the inquiry (不成) while the platforms were still due: nothing from it counts (art 14)", () => {
    const v = clone(online);
    v.referencePrice = null;
    v.online!.delivery = "waiting";
    v.online!.platforms = v.online!.platforms.map((p) => ({ ...p, onTime: null, resultFen: null, reportDate: null }));
    expect(v.online!.platforms.map((p) => platformCount(p, v))).toEqual(["waiting", "waiting", "waiting"]);
    v.steps.find((s) => s.method === "onlineInquiry")!.status = "failed";
    expect(v.online!.platforms.map((p) => platformCount(p, v))).toEqual(["ended", "ended", "ended"]);
  });
});

describe("a party's objection window (arts 21–24)", () => {
  const report = party.reports[0]!;
  const parties = answers.parties as { id: string; role: "applicant" | "respondent" }[];
  const respondent = parties.find((p) => p.role === "respondent")!.id;

  it.each([
    ["2026-01-16", "open"],
    ["2026-01-21", "open"],
    ["2026-01-22", "closed"],
  ])("served 2026-01-16, 5 days: on %s the window is %s", (today, state) => {
    expect(objectionWindow(report, [respondent], today)).toMatchObject({ state, due: "2026-01-21" });
  });

  it("a party served by publication counts from its deemed receipt; before service nothing runs; a directed inquiry admits none", () => {
    const published: ValuationReport = {
      ...report,
      receipts: report.receipts.map((r) => (r.partyId === respondent ? { ...r, via: "published" as const, receivedDate: "2026-01-31", objectionDue: "2026-02-05" } : r)),
      objectionDue: "2026-02-05",
    };
    expect(objectionWindow(published, [respondent], "2026-01-25")).toEqual({ state: "open", receivedDate: "2026-01-31", due: "2026-02-05", via: "published" });
    const applicant = parties.find((p) => p.role === "applicant")!.id;
    expect(objectionWindow(published, [applicant], "2026-01-25")).toMatchObject({ state: "closed", due: "2026-01-21" });
    expect(objectionWindow({ ...report, servedDate: null, receipts: [], objectionDue: null }, [respondent], "2026-01-17")).toEqual({ state: "notServed" });
    expect(objectionWindow({ ...report, kind: "directedInquiry", objectionDue: null }, [respondent], "2026-01-17")).toEqual({ state: "notObjectable" });
  });

  it("the viewer's party: from its own objections, else the case's parties on its side", () => {
    expect(viewerPartyIds(party, parties, "respondent")).toEqual([respondent]);
    expect(viewerPartyIds({ objections: [{ ...appraisal.objections[0]!, partyId: "p9" }] }, parties, "respondent")).toEqual(["p9"]);
  });

  it("the grounds open against each kind of report (art 22 para 1, art 23 para 1, art 24 para 2)", () => {
    expect(availableGrounds("onlineInquiry", OBJECTION_GROUNDS)).toEqual(["basicInfoError", "outOfScope"]);
    expect(availableGrounds("appraisal", OBJECTION_GROUNDS)).toEqual([...OBJECTION_GROUNDS]);
    expect(availableGrounds("directedInquiry", OBJECTION_GROUNDS)).toEqual([]);
  });
});

describe("what the handler may do now", () => {
  it("an appraisal reported: fix the price, or order an explanation or correction (art 20); the next method; suspend (art 28), withdraw (art 29); a read-only viewer and a party: nothing", () => {
    expect(allowedValuationActions(appraisal)).toEqual(["fixPrice", "reviewOrder", "next", "suspend", "withdraw"]);
    expect(allowedValuationActions({ ...appraisal, viewer: "read" })).toEqual([]);
    expect(allowedValuationActions(party)).toEqual([]);
  });

  it("an agency at work: collect, extension; all three failed: choose anew; none yet: choose", () => {
    const v = clone(appraisal);
    v.appraisal!.agencies[1]!.status = "commissioned";
    expect(allowedValuationActions(v)).toEqual(["collectAppraisal", "extension", "next", "suspend", "withdraw"]);
    v.appraisal!.agencies = v.appraisal!.agencies.map((a) => ({ ...a, status: "defaulted" as const }));
    v.appraisal!.agencies.push({ ...v.appraisal!.agencies[0]!, id: "x3", agencyId: selection.order[2]!.agencyId, position: 3 });
    expect(allowedValuationActions(v)).toEqual(["chooseAgencies", "next", "suspend", "withdraw"]);
    v.appraisal = { selections: [], agencies: [] };
    expect(allowedValuationActions(v)).toEqual(["chooseAgencies", "next", "suspend", "withdraw"]);
  });

  it("a price fixed: the first auction notice, once, or its withdrawal (art 29) before it", () => {
    expect(allowedValuationActions(online)).toEqual(["saleStart", "withdraw"]);
    expect(allowedValuationActions({ ...online, referencePrice: { ...online.referencePrice!, firstNoticeDate: "2025-12-01" } })).toEqual([]);
  });

  it("an agreement running: record results, evaluate, next", () => {
    // art 28 does not suspend an agreement; art 29 withdraws any valuation in progress.
    expect(allowedValuationActions(answers.agreedPending as unknown as Valuation)).toEqual(["agreementSubmit", "agreementEvaluate", "next", "withdraw"]);
  });

  it("objections: refer to the agency, record its explanation, decide", () => {
    const o = appraisal.objections[0]!;
    expect(objectionNextStep(o)).toBe("refer");
    expect(objectionNextStep({ ...o, status: "referred" })).toBe("explanation");
    expect(objectionNextStep({ ...o, status: "professionalReview" })).toBe("decide");
    expect(objectionNextStep({ ...o, track: "enforcementObjection" })).toBe("decide");
    expect(objectionNextStep({ ...o, track: "enforcementObjectionThenAgencyExplanation", enforcementOutcome: null })).toBe("decide");
    expect(objectionNextStep({ ...o, track: "enforcementObjectionThenAgencyExplanation", enforcementOutcome: "dismissed" })).toBe("refer");
    expect(objectionNextStep({ ...o, status: "resolved" })).toBeNull();
    expect(objectionNextStep({ ...o, status: "refused", track: null })).toBeNull();
  });
});

describe("clocks", () => {
  it("each clock names what it concerns", () => {
    const kinds = appraisal.clocks.map((k) => [k.kind, clockSubject(appraisal, k.subjectId).kind]);
    expect(kinds).toEqual([
      ["valuationStart", "valuation"],
      ["valuationOnlineReport", "step"],
      ["valuationAppraisalReport", "agency"],
      ["valuationMaterialsReturn", "agency"],
      ["valuationAppraisalReport", "agency"],
      ["valuationReportService", "report"],
      ["valuationObjection", "report"],
      ["valuationObjectionReferral", "objection"],
    ]);
  });

  it("met late only for duties: the reports collected a day after they were due are not late; the court's service is", () => {
    const collected = online.clocks.find((k) => k.kind === "valuationOnlineReport")!;
    expect(collected.metDate! > collected.due).toBe(true);
    expect(metLate(collected)).toBe(false);
    expect(metLate({ ...collected, kind: "valuationReportService" })).toBe(true);
  });
});

describe("the method preview (the domain's nextValuationMethod, in the browser)", () => {
  it("by default agreement first; a party missing and no government price → online inquiry, the two passed over with why", () => {
    const first = previewMethod({ facts: { onlineInquiryAvailable: true } });
    expect(first).toMatchObject({ ok: true, step: { method: "agreed", reason: "defaultOrder" } });
    const p = previewMethod({ facts: { partyMissing: true, onlineInquiryAvailable: true } });
    expect(p.ok && p.step.method).toBe("onlineInquiry");
    expect(p.ok && p.step.skipped.map((s) => s.reason)).toEqual(["agreementRefusedOrPartyMissing", "noGovernmentPrice"]);
  });

  it("a jump needs both parties; appraisal is the last method", () => {
    const jump = previewMethod({ facts: { onlineInquiryAvailable: true }, target: "appraisal" });
    expect(jump).toMatchObject({ ok: false, field: "bothPartiesAgree" });
    expect(jump.ok ? "" : jump.message.zh).toContain("双方当事人");
    expect(previewMethod({ facts: { onlineInquiryAvailable: true }, target: "appraisal", bothPartiesAgree: true })).toMatchObject({ ok: true, step: { method: "appraisal", reason: "jointRequest" } });
    expect(previewMethod({ facts: {}, after: { method: "appraisal", outcome: "failed" } })).toMatchObject({ ok: false, field: "after" });
  });
});
