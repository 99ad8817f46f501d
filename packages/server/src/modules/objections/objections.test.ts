// Objections through the API, on PGlite and on the PostgreSQL server: a party's objection to an
// enforcement act docketed as a linked 执异 case with its own number (3-day docketing, 15-day ruling from
// receipt), the ruling closing the 执异 case, 复议 within 10 days at the higher court as a 执复 case (file
// up in 5 days, 30 days, +30 with the president's approval), enforcement not stayed (the case stays
// open and acts); a third party's objection holding the asset while examined and 15 days after a
// rejection is served; a 中止 ruling and no suit → release 7 days after the window; bad input per field.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertUser } from "@zhixing/db";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import { createTestApp, type Client, type TestApp } from "../../testing/test-app";
import { hashPassword } from "../auth/auth.service";
import { DEMO_PASSWORD } from "../../seed/demo.seed";
import { addAsset, assignedCase, counts, setUp, type Clients } from "../measures/measures-test-setup";
import { assetDisposalHold } from "./objections.service";

type O = {
  id: string;
  status: string;
  linkedCaseId: string | null;
  linkedCaseNumber: string | null;
  ruling: string | null;
  clocks: { kind: string; due: string; status: string }[];
  hold: { reason: string; until: string | null } | null;
  mayApplyReconsideration: boolean;
  reconsideration: null | { id: string; status: string; linkedCaseId: string | null; linkedCaseNumber: string | null; decisionDue: string | null; extensionDays: number; clocks: { kind: string; due: string; status: string }[] };
};

describe.each(TEST_BACKENDS)("objections on %s", (kind) => {
  let t: TestApp;
  let c: Clients;
  let highPresident: Client;
  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-09-15" });
    c = await setUp(t);
    await insertUser(t.database.db, {
      id: randomUUID(),
      court_id: "bj-high",
      username: "o-high-president",
      password_hash: await hashPassword(DEMO_PASSWORD),
      display_name: "高院院长",
      role: "president",
      phone: null,
      email: null,
      party_kind: null,
      id_type: null,
      id_number: null,
    });
    highPresident = await t.login("o-high-president");
  }, 60_000);
  afterAll(async () => t?.close());

  const ok = async (p: Promise<{ statusCode: number; body: string; json: () => unknown }>, code = 200) => {
    const r = await p;
    expect(r.statusCode, r.body).toBe(code);
    return r.json() as O;
  };
  const caseRow = (id: string) => t.database.db.selectFrom("cases").select(["id", "court_id", "type_code", "case_number", "status", "parent_case_id"]).where("id", "=", id).executeTakeFirstOrThrow();

  it("docketing a party's objection registers a linked 执异 case; 复议 goes up as a 执复 case at bj-high; enforcement goes on", async () => {
    const caseId = await assignedCase(t, c, "2025-09-15");
    const before = await counts(t);
    const thirdPartyByParty = await c.respondent.post(`/api/v1/cases/${caseId}/objections`, { kind: "thirdParty", request: "x", grounds: "x" });
    expect([thirdPartyByParty.statusCode, thirdPartyByParty.json().error.field]).toEqual([400, "kind"]);
    expect(await counts(t)).toEqual(before);

    // Monday 2025-09-15: docket by Thursday 09-18.
    const o = await ok(c.respondent.post(`/api/v1/cases/${caseId}/objections`, { kind: "executionAct", request: "撤销冻结裁定", grounds: "冻结超标的" }), 201);
    expect(o.status).toBe("received");
    expect(o.clocks).toEqual([{ kind: "objectionDocketing", due: "2025-09-18", status: "open" }]);
    expect((await c.respondent.post(`/api/v1/objections/${o.id}/docket`, { materialsComplete: true })).statusCode).toBe(403);
    const incomplete = await c.clerk.post(`/api/v1/objections/${o.id}/docket`, { materialsComplete: false });
    expect([incomplete.statusCode, incomplete.json().error.field]).toEqual([422, "materialsComplete"]);

    t.setToday("2025-09-17");
    const docketed = await ok(c.clerk.post(`/api/v1/objections/${o.id}/docket`, { materialsComplete: true }));
    expect(docketed.linkedCaseNumber).toBe("(2025)京73执异1号");
    const linked = await caseRow(docketed.linkedCaseId!);
    expect(linked).toMatchObject({ type_code: "执异", status: "registered", parent_case_id: caseId, court_id: "bj-ip" });
    // The 15 days run from receipt (09-15 → 09-30); the notices within 3 days of docketing (09-20 Sat → 09-22).
    expect(docketed.clocks).toEqual([
      { kind: "objectionDocketing", due: "2025-09-18", status: "met" },
      { kind: "objectionDocketingNotice", due: "2025-09-22", status: "open" },
      { kind: "objectionDecision", due: "2025-09-30", status: "open" },
    ]);
    // A review case runs no enforcement lifecycle.
    expect((await c.head.get(`/api/v1/cases/${linked.id}`)).json().allowedActions).toEqual([]);
    const assign = await c.head.post(`/api/v1/cases/${linked.id}/actions/assign`, { handlerId: c.officer.user.id });
    expect(assign.statusCode).toBe(422);
    // Its parties follow it.
    expect((await c.respondent.get(`/api/v1/cases/${linked.id}`)).statusCode).toBe(200);

    // No stay: the enforcement case still acts (an asset recorded while the objection is examined).
    await addAsset(c.officer, caseId, { type: "bankDeposit", valueFen: 1_000 });

    const wrongRuling = await c.head.post(`/api/v1/objections/${o.id}/ruling`, { ruling: "suspended", reasons: "x" });
    expect([wrongRuling.statusCode, wrongRuling.json().error.field]).toEqual([400, "ruling"]);
    t.setToday("2025-09-26");
    const ruled = await ok(c.head.post(`/api/v1/objections/${o.id}/ruling`, { ruling: "rejected", reasons: "冻结未超标的" }));
    expect(ruled.ruling).toBe("rejected");
    expect((await caseRow(linked.id)).status).toBe("closed");
    expect((await caseRow(caseId)).status).toBe("assigned");

    // Served Friday 09-26: 10 days → 10-06 (National Day holiday) → 10-09.
    const served = await ok(c.head.post(`/api/v1/objections/${o.id}/service`, { servedOn: "2025-09-26" }));
    const appClock = served.clocks.find((k) => k.kind === "objectionReconsiderationApplication")!;
    expect(appClock.due).toBe("2025-10-09");
    expect((await c.respondent.get(`/api/v1/cases/${caseId}/objections`)).json().items[0].mayApplyReconsideration).toBe(true);

    t.setToday("2025-09-29");
    const applied = await ok(c.respondent.post(`/api/v1/objections/${o.id}/reconsideration`, { grounds: "不服异议裁定" }), 201);
    expect(applied.reconsideration).toMatchObject({ status: "pending", linkedCaseId: null });
    expect(applied.clocks.find((k) => k.kind === "objectionFileTransmission")).toEqual({ kind: "objectionFileTransmission", due: "2025-10-09", status: "open" });
    const twice = await c.respondent.post(`/api/v1/objections/${o.id}/reconsideration`, { grounds: "再次" });
    expect(twice.statusCode).toBe(422);

    // Sent up on 09-30: the 执复 case at bj-high, 30 days → 10-30.
    t.setToday("2025-09-30");
    const recId = applied.reconsideration!.id;
    expect((await c.supervisor.post(`/api/v1/objection-reconsiderations/${recId}/decide`, { outcome: "affirmed", reasons: "x" })).statusCode).toBe(422);
    const sent = await ok(c.clerk.post(`/api/v1/objection-reconsiderations/${recId}/send-file`, {}));
    expect(sent.reconsideration!.linkedCaseNumber).toMatch(/^\(2025\)京执复1号$/);
    const higherCase = await caseRow(sent.reconsideration!.linkedCaseId!);
    expect(higherCase).toMatchObject({ type_code: "执复", court_id: "bj-high", parent_case_id: caseId });
    expect(sent.reconsideration!.decisionDue).toBe("2025-10-30");
    // Extension: the executing court may not; the supervisor may not; the higher court's president may, by at most 30 days.
    expect((await c.supervisor.post(`/api/v1/objection-reconsiderations/${recId}/extend`, { extensionDays: 10 })).statusCode).toBe(403);
    const tooLong = await highPresident.post(`/api/v1/objection-reconsiderations/${recId}/extend`, { extensionDays: 31 });
    expect([tooLong.statusCode, tooLong.json().error.field]).toEqual([422, "extensionDays"]);
    const extended = await ok(highPresident.post(`/api/v1/objection-reconsiderations/${recId}/extend`, { extensionDays: 30 }));
    expect([extended.reconsideration!.extensionDays, extended.reconsideration!.decisionDue]).toEqual([30, "2025-12-01"] /* 60 days → Sat 11-29 → Monday */);
    expect((await c.head.post(`/api/v1/objection-reconsiderations/${recId}/decide`, { outcome: "affirmed", reasons: "x" })).statusCode).toBe(403);
    const decided = await ok(c.supervisor.post(`/api/v1/objection-reconsiderations/${recId}/decide`, { outcome: "affirmed", reasons: "维持" }));
    expect(decided.reconsideration!.status).toBe("affirmed");
    expect((await caseRow(higherCase.id)).status).toBe("closed");
    t.setToday("2025-09-15");
  });

  it("holds the asset of a third-party objection while examined and 15 days after a rejection is served", async () => {
    t.setToday("2025-09-15");
    const caseId = await assignedCase(t, c, "2025-09-15");
    const assetId = await addAsset(c.officer, caseId, { type: "vehicle", valueFen: 5_000_000 });
    const noAsset = await c.officer.post(`/api/v1/cases/${caseId}/objections`, { kind: "thirdParty", request: "停止执行", grounds: "车辆归我所有", objectorName: "王五", receivedOn: "2025-09-15" });
    expect([noAsset.statusCode, noAsset.json().error.field]).toEqual([400, "assetId"]);
    expect(await assetDisposalHold(t.database.db, assetId, "2025-09-15")).toBeNull();
    const o = await ok(c.officer.post(`/api/v1/cases/${caseId}/objections`, { kind: "thirdParty", assetId, request: "停止执行", grounds: "车辆归我所有", objectorName: "王五", receivedOn: "2025-09-15" }), 201);
    expect(await assetDisposalHold(t.database.db, assetId, "2025-09-15")).toMatchObject({ held: true, reason: "examination", objectionId: o.id });
    await ok(c.head.post(`/api/v1/objections/${o.id}/docket`, { materialsComplete: true }));
    const ruled = await ok(c.head.post(`/api/v1/objections/${o.id}/ruling`, { ruling: "rejected", reasons: "登记在被执行人名下" }));
    expect(ruled.hold).toMatchObject({ reason: "examination" });
    // Served Tuesday 09-16: 15 days → 10-01 (holiday) → 10-09.
    t.setToday("2025-09-16");
    const served = await ok(c.head.post(`/api/v1/objections/${o.id}/service`, { servedOn: "2025-09-16" }));
    expect(served.hold).toMatchObject({ reason: "afterRejection", until: "2025-10-09" });
    expect(await assetDisposalHold(t.database.db, assetId, "2025-10-09")).toMatchObject({ reason: "afterRejection" });
    expect(await assetDisposalHold(t.database.db, assetId, "2025-10-10")).toBeNull();
    // A third-party ruling is not reconsidered (民诉法 art 238).
    const recon = await c.officer.post(`/api/v1/objections/${o.id}/reconsideration`, { grounds: "x", filedOn: "2025-09-16" });
    expect([recon.statusCode, recon.json().error.field]).toEqual([422, "objectionKind"]);
  });

  it("after a 中止 ruling and no suit, the release clock falls 7 days after the window and the release waits for the window to end", async () => {
    t.setToday("2025-09-15");
    const caseId = await assignedCase(t, c, "2025-09-15");
    const assetId = await addAsset(c.officer, caseId, { type: "realEstate", valueFen: 50_000_000 });
    const o = await ok(c.officer.post(`/api/v1/cases/${caseId}/objections`, { kind: "thirdParty", assetId, request: "停止执行", grounds: "房屋系我所有", objectorName: "赵六", receivedOn: "2025-09-15" }), 201);
    await ok(c.head.post(`/api/v1/objections/${o.id}/docket`, { materialsComplete: true }));
    await ok(c.head.post(`/api/v1/objections/${o.id}/ruling`, { ruling: "suspended", reasons: "异议成立" }));
    const served = await ok(c.head.post(`/api/v1/objections/${o.id}/service`, { servedOn: "2025-09-15" }));
    // 15 days from 09-15 → 09-30; release within 7 days after → 10-07 (holiday) → 10-09.
    expect(served.clocks.filter((k) => k.kind !== "objectionDocketing" && k.kind !== "objectionDocketingNotice" && k.kind !== "objectionDecision")).toEqual([
      { kind: "objectionSuitWindow", due: "2025-09-30", status: "open" },
      { kind: "objectionReleaseMeasures", due: "2025-10-09", status: "open" },
    ]);
    expect(served.hold).toMatchObject({ reason: "suit" });
    t.setToday("2025-09-30");
    const early = await c.head.post(`/api/v1/objections/${o.id}/release`, {});
    expect([early.statusCode, early.json().error.field]).toEqual([422, "today"]);
    t.setToday("2025-10-09");
    const released = await ok(c.head.post(`/api/v1/objections/${o.id}/release`, {}));
    expect(released.clocks.find((k) => k.kind === "objectionReleaseMeasures")).toEqual({ kind: "objectionReleaseMeasures", due: "2025-10-09", status: "met" });
    expect(await assetDisposalHold(t.database.db, assetId, "2025-10-09")).toBeNull();
    t.setToday("2025-09-15");
  });

  it("a suit within the window holds the asset and cancels the release; a late suit is refused", async () => {
    t.setToday("2025-09-15");
    const caseId = await assignedCase(t, c, "2025-09-15");
    const assetId = await addAsset(c.officer, caseId, { type: "equity", valueFen: 50_000_000 });
    const o = await ok(c.officer.post(`/api/v1/cases/${caseId}/objections`, { kind: "thirdParty", assetId, request: "停止执行", grounds: "股权代持", objectorName: "钱七", receivedOn: "2025-09-15" }), 201);
    await ok(c.head.post(`/api/v1/objections/${o.id}/docket`, { materialsComplete: true }));
    await ok(c.head.post(`/api/v1/objections/${o.id}/ruling`, { ruling: "suspended", reasons: "异议成立" }));
    await ok(c.head.post(`/api/v1/objections/${o.id}/service`, { servedOn: "2025-09-15" }));
    t.setToday("2025-10-09");
    const late = await c.head.post(`/api/v1/objections/${o.id}/suit`, { filedOn: "2025-10-01" });
    expect([late.statusCode, late.json().error.field]).toEqual([422, "filedOn"]);
    const sued = await ok(c.head.post(`/api/v1/objections/${o.id}/suit`, { filedOn: "2025-09-29" }));
    expect(sued.clocks.find((k) => k.kind === "objectionReleaseMeasures")?.status).toBe("cancelled");
    expect(await assetDisposalHold(t.database.db, assetId, "2025-12-31")).toMatchObject({ reason: "suit" });
    const release = await c.head.post(`/api/v1/objections/${o.id}/release`, {});
    expect([release.statusCode, release.json().error.field]).toEqual([422, "suitFiled"]);
    t.setToday("2025-09-15");
  });
});
