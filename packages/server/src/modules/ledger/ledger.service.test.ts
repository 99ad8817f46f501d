// One money ledger per case through the API, on PGlite and on the PostgreSQL server: receipts,
// deductions under a freeze, distribution in the legal order, payouts, the fee, reversals; refusals that
// write nothing; who sees what.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BACKENDS } from "@zhixing/db/testing";
import { verifyAuditChain } from "@zhixing/db";
import { createTestApp, type Client, type TestApp } from "../../testing/test-app";
import { CLAIM, FEE_FEN, footprint, freezeAsset, otherCourtOfficer, registeredCase } from "./ledger-fixtures";

type Entry = { id: string; seq: number; kind: string; target: string | null; payee: string | null; amountFen: number; reversed: boolean; note: string | null; reference: string | null; measureId: string | null };

describe.each(TEST_BACKENDS)("case ledger on %s", (kind) => {
  let t: TestApp;
  let officer: Client;
  beforeAll(async () => {
    t = await createTestApp(kind, { today: "2025-09-15" });
    officer = await t.login("officer");
  });
  afterAll(async () => t?.close());

  const url = (caseId: string, tail = "") => `/api/v1/cases/${caseId}/ledger${tail}`;

  it("records a receipt, distributes it in the legal order, pays the applicant and retains the fee", async () => {
    t.setToday("2025-09-15");
    const id = await registeredCase(t);
    const r = await officer.post(url(id, "/receipts"), { source: "respondentPayment", amountFen: 3_000_000, date: "2025-09-15", note: "被执行人主动履行" });
    expect(r.statusCode, r.body).toBe(201);
    const afterReceipt = r.json();
    expect(afterReceipt.view).toBe("staff");
    expect(afterReceipt.balances).toMatchObject({ receivedFen: 3_000_000, undistributedFen: 3_000_000, receivedBySource: { respondentPayment: 3_000_000 } });
    // 30 days (UNCONFIRMED default) from 09-15: 10-15, a Wednesday after the National Day holiday.
    expect(afterReceipt.payoutDeadlines).toMatchObject([{ receivedOn: "2025-09-15", due: "2025-10-15", undisbursedFen: 3_000_000, confidence: "UNCONFIRMED", overdue: false }]);

    const d = await officer.post(url(id, "/distributions"), {});
    expect(d.statusCode, d.body).toBe(201);
    const dist = d.json();
    // The fee first, then the costs, then principal; nothing is left for interest.
    expect(dist.entries.filter((e: Entry) => e.kind === "allocation").map((e: Entry) => [e.target, e.payee, e.amountFen])).toEqual([
      ["enforcementFee", "court", FEE_FEN],
      ["costs", "applicant", CLAIM.costsFen],
      ["principal", "applicant", 3_000_000 - FEE_FEN - CLAIM.costsFen],
    ]);
    expect(dist.balances).toMatchObject({ undistributedFen: 0, allocatedFen: 3_000_000, heldForPayoutByPayee: { applicant: 2_849_500, court: FEE_FEN, respondent: 0 } });
    expect(dist.claim).toMatchObject({ delayFrom: "2025-07-10", claim: { enforcementFeeFen: FEE_FEN, principalFen: CLAIM.principalFen, generalInterestFen: CLAIM.interestFen } });

    const p = await officer.post(url(id, "/payouts"), { payee: "applicant", amountFen: 2_849_500, date: "2025-09-15", reference: "BANK-2025-001" });
    expect(p.statusCode, p.body).toBe(201);
    const f = await officer.post(url(id, "/fees"), { amountFen: FEE_FEN, date: "2025-09-15" });
    expect(f.statusCode, f.body).toBe(201);
    const done = f.json();
    expect(done.balances).toMatchObject({ receivedFen: 3_000_000, allocatedFen: 3_000_000, paidOutFen: 2_849_500, feeFen: FEE_FEN, heldForPayoutFen: 0, paidOutByPayee: { applicant: 2_849_500, respondent: 0 } });
    expect(done.payoutDeadlines).toEqual([]);
    expect(done.entries.map((e: Entry) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(done.entries.find((e: Entry) => e.kind === "payout").reference).toBe("BANK-2025-001");

    const events = await t.database.db.selectFrom("case_events").select("type").where("case_id", "=", id).where("type", "like", "ledger%").orderBy("seq").execute();
    expect(events.map((e) => e.type)).toEqual(["ledgerReceipt", "ledgerDistribution", "ledgerPayout", "ledgerFee"]);
    const audit = await t.database.db.selectFrom("audit_log").select("action").where("case_id", "=", id).where("action", "like", "ledger.%").orderBy("chain_seq").execute();
    expect(audit.map((a) => a.action)).toEqual(["ledger.receipt", "ledger.distribute", "ledger.payout", "ledger.fee"]);
  });

  it("pays the whole claim with the doubled interest to the day of distribution, and returns the surplus to the respondent", async () => {
    t.setToday("2025-09-15");
    const id = await registeredCase(t);
    expect((await officer.post(url(id, "/receipts"), { source: "other", amountFen: 20_000_000, date: "2025-09-15" })).statusCode).toBe(201);
    const d = (await officer.post(url(id, "/distributions"), {})).json();
    // 迟延履行利息解释 art 1 para 3: 10,000,000 fen × 0.000175 × 67 days (07-10 to 09-15) = 117,250 fen.
    const doubled = 117_250;
    const toApplicant = CLAIM.costsFen + CLAIM.principalFen + CLAIM.interestFen + doubled;
    const surplus = 20_000_000 - FEE_FEN - toApplicant;
    expect(d.entries.filter((e: Entry) => e.kind === "allocation").map((e: Entry) => [e.target, e.amountFen])).toEqual([
      ["enforcementFee", FEE_FEN],
      ["costs", CLAIM.costsFen],
      ["principal", CLAIM.principalFen],
      ["generalInterest", CLAIM.interestFen],
      ["doubledInterest", doubled],
      ["surplus", surplus],
    ]);
    expect(d.claim.outstandingFen).toBe(0);
    expect((await officer.post(url(id, "/payouts"), { payee: "respondent", amountFen: surplus, date: "2025-09-15", reference: "REFUND-1" })).statusCode).toBe(201);
    expect((await officer.post(url(id, "/payouts"), { payee: "applicant", amountFen: toApplicant, date: "2025-09-15", reference: "PAY-1" })).statusCode).toBe(201);

    const again = await officer.post(url(id, "/distributions"), {});
    expect(again.statusCode).toBe(422);
    expect(again.json().error.field).toBe("undistributedFen");

    // A month later the principal paid on 09-15 has stopped bearing interest (art 3): more money is all surplus.
    t.setToday("2025-10-20");
    expect((await officer.post(url(id, "/receipts"), { source: "other", amountFen: 10_000, date: "2025-10-20" })).statusCode).toBe(201);
    const later = (await officer.post(url(id, "/distributions"), {})).json();
    expect(later.entries.at(-1)).toMatchObject({ kind: "allocation", target: "surplus", amountFen: 10_000 });
    expect(later.claim.claim.doubledInterestFen).toBe(doubled);
  });

  it("refuses an overdraft and writes nothing", async () => {
    t.setToday("2025-09-15");
    const id = await registeredCase(t);
    await officer.post(url(id, "/receipts"), { source: "respondentPayment", amountFen: 100_000, date: "2025-09-15" });
    await officer.post(url(id, "/distributions"), {});
    const before = await footprint(t, id);

    const over = await officer.post(url(id, "/payouts"), { payee: "applicant", amountFen: 100_000, date: "2025-09-15", reference: "X-1" });
    expect(over.statusCode).toBe(422);
    expect(over.json().error).toMatchObject({ code: "PRECONDITION_FAILED", field: "heldForPayoutByPayee.applicant" });
    expect(over.json().error.message.zh).toContain("不足");
    const refund = await officer.post(url(id, "/payouts"), { payee: "respondent", amountFen: 1, date: "2025-09-15", reference: "X-2" });
    expect(refund.statusCode).toBe(422);
    const fee = await officer.post(url(id, "/fees"), { amountFen: FEE_FEN, date: "2025-09-15" });
    expect(fee.statusCode).toBe(422);
    expect((await officer.post(url(id, "/distributions"), {})).statusCode).toBe(422);
    // The receipt's money is allocated: reversing the receipt would leave undistributed money negative.
    const receiptId = (await officer.get(url(id))).json().entries[0].id;
    const rev = await officer.post(url(id, "/reversals"), { entryId: receiptId, reason: "录入错误" });
    expect(rev.statusCode).toBe(422);
    expect(rev.json().error.field).toBe("undistributedFen");

    expect(await footprint(t, id)).toEqual(before);
  });

  it("deducts only under an active freeze of a deposit of this case, never beyond the frozen amount, and completes the freeze", async () => {
    t.setToday("2025-09-15");
    const id = await registeredCase(t);
    const other = await registeredCase(t);
    const freeze = await freezeAsset(t, id, { amountFen: 1_000_000 });
    const foreign = await freezeAsset(t, other, { amountFen: 1_000_000 });
    const seal = await freezeAsset(t, id, { amountFen: 1_000_000, kind: "seal", assetType: "realEstate" });
    const vehicle = await freezeAsset(t, id, { amountFen: 1_000_000, assetType: "vehicle" });
    const lapsed = await freezeAsset(t, id, { amountFen: 1_000_000, status: "lapsed" });
    const expired = await freezeAsset(t, id, { amountFen: 1_000_000, expires: "2025-09-10" });
    const queued = await freezeAsset(t, id, { amountFen: 1_000_000, rank: "queued" });
    const online = await freezeAsset(t, id, { amountFen: 50_000, assetType: "onlinePaymentFunds" });
    const before = await footprint(t, id);

    for (const [measureId, status, field] of [
      [foreign, 400, "measureId"],
      ["00000000-0000-4000-8000-000000000000", 400, "measureId"],
      [seal, 422, "measureId"],
      [vehicle, 422, "measureId"],
      [lapsed, 422, "measureId"],
      [expired, 422, "measureId"],
      [queued, 422, "measureId"],
    ] as const) {
      const res = await officer.post(url(id, "/deductions"), { measureId, amountFen: 100 });
      expect(res.statusCode, `${measureId} ${res.body}`).toBe(status);
      expect(res.json().error.field).toBe(field);
    }
    expect((await officer.post(url(id, "/deductions"), { measureId: freeze, amountFen: 100, date: "2025-08-01" })).json().error.field).toBe("date");
    expect(await footprint(t, id)).toEqual(before);

    const first = await officer.post(url(id, "/deductions"), { measureId: freeze, amountFen: 600_000 });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().entries[0]).toMatchObject({ kind: "receipt", amountFen: 600_000, measureId: freeze });
    expect(first.json().balances.receivedBySource.deduction).toBe(600_000);
    const tooMuch = await officer.post(url(id, "/deductions"), { measureId: freeze, amountFen: 400_001 });
    expect(tooMuch.statusCode).toBe(422);
    expect(tooMuch.json().error.field).toBe("amountFen");
    expect(tooMuch.json().error.message.en).toContain("400000 fen left");
    expect((await officer.post(url(id, "/deductions"), { measureId: freeze, amountFen: 400_000 })).statusCode).toBe(201);
    const status = async (m: string) => (await t.database.db.selectFrom("measures").select("status").where("id", "=", m).executeTakeFirstOrThrow()).status;
    expect(await status(freeze)).toBe("completed");
    const afterFull = await officer.post(url(id, "/deductions"), { measureId: freeze, amountFen: 1 });
    expect(afterFull.statusCode).toBe(422);
    expect(afterFull.json().error.field).toBe("measureId");
    expect((await officer.post(url(id, "/deductions"), { measureId: online, amountFen: 50_000 })).statusCode).toBe(201);

    // Reversing a deduction gives the amount back to its freeze, which is active again.
    const ledger = (await officer.get(url(id))).json();
    const second = ledger.entries.find((e: Entry) => e.measureId === freeze && e.amountFen === 400_000);
    expect((await officer.post(url(id, "/reversals"), { entryId: second.id, reason: "银行退回划款" })).statusCode).toBe(201);
    expect(await status(freeze)).toBe("active");
    expect((await officer.post(url(id, "/deductions"), { measureId: freeze, amountFen: 400_001 })).statusCode).toBe(422);
    expect((await officer.post(url(id, "/deductions"), { measureId: freeze, amountFen: 400_000 })).statusCode).toBe(201);

    const audit = await t.database.db.selectFrom("audit_log").select(["action", "entity_id"]).where("case_id", "=", id).where("action", "=", "measure.deduct").execute();
    expect(audit).toHaveLength(4);
    expect(audit.filter((a) => a.entity_id === freeze)).toHaveLength(3);
  });

  it("keeps the ledger balanced and gap-free under 20 simultaneous deductions and receipts, never deducting beyond the freeze", async () => {
    t.setToday("2025-09-15");
    const id = await registeredCase(t);
    const freeze = await freezeAsset(t, id, { amountFen: 1_000_000 });
    const handler = await t.user("officer");
    const head = await t.user("head");
    const { deductFrozenFunds, recordReceipt } = await import("./ledger.service");
    // 12 deductions of 150,000 against a 1,000,000 freeze (only 6 fit) and 8 receipts, all at once.
    const ops = Array.from({ length: 20 }, (_, i) =>
      i % 5 < 3
        ? deductFrozenFunds(t.ctx, i % 2 ? handler : head, id, { measureId: freeze, amountFen: 150_000 })
        : recordReceipt(t.ctx, handler, id, { source: "respondentPayment", amountFen: 10_000 + i, date: "2025-09-15" }),
    );
    const results = await Promise.allSettled(ops);
    const rejected = results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason as { code?: string; field?: string });
    expect(rejected).toHaveLength(6);
    expect(rejected.every((e) => e.code === "PRECONDITION_FAILED" && e.field === "amountFen")).toBe(true);

    const rows = await t.database.db.selectFrom("ledger_entries").selectAll().where("case_id", "=", id).orderBy("seq").execute();
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    const deducted = rows.filter((r) => r.measure_id === freeze).reduce((s, r) => s + r.amount_fen, 0);
    expect(deducted).toBe(900_000);
    const view = (await officer.get(url(id))).json();
    const receipts = [3, 4, 8, 9, 13, 14, 18, 19].reduce((s, i) => s + 10_000 + i, 0);
    expect(view.balances).toMatchObject({ receivedFen: 900_000 + receipts, undistributedFen: 900_000 + receipts, receivedBySource: { deduction: 900_000, respondentPayment: receipts } });
    expect(await footprint(t, id)).toMatchObject({ entries: 14 });
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });

  it("deducts exactly the frozen amount when 20 deductions race for it", async () => {
    t.setToday("2025-09-15");
    const id = await registeredCase(t);
    const freeze = await freezeAsset(t, id, { amountFen: 1_000_000 });
    const handler = await t.user("officer");
    const { deductFrozenFunds } = await import("./ledger.service");
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => deductFrozenFunds(t.ctx, handler, id, { measureId: freeze, amountFen: 100_000 })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(10);
    const rows = await t.database.db.selectFrom("ledger_entries").select(["seq", "amount_fen"]).where("case_id", "=", id).orderBy("seq").execute();
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    expect(rows.reduce((s, r) => s + r.amount_fen, 0)).toBe(1_000_000);
    const m = await t.database.db.selectFrom("measures").select(["status", "version"]).where("id", "=", freeze).executeTakeFirstOrThrow();
    expect(m.status).toBe("completed");
  });

  it("reverses an entry with a reason instead of deleting it, once", async () => {
    t.setToday("2025-09-15");
    const id = await registeredCase(t);
    const r = (await officer.post(url(id, "/receipts"), { source: "other", amountFen: 50_000, date: "2025-09-14" })).json();
    const receiptId = r.entries[0].id;
    expect((await officer.post(url(id, "/reversals"), { entryId: receiptId, reason: "x" })).json().error.field).toBe("reason");
    expect((await officer.post(url(id, "/reversals"), { entryId: receiptId, reason: "录入错误", date: "2025-09-13" })).json().error.field).toBe("date");
    const rev = await officer.post(url(id, "/reversals"), { entryId: receiptId, reason: "录入错误" });
    expect(rev.statusCode, rev.body).toBe(201);
    const v = rev.json();
    expect(v.entries.map((e: Entry) => [e.kind, e.amountFen, e.reversed])).toEqual([
      ["receipt", 50_000, true],
      ["reversal", 50_000, false],
    ]);
    expect(v.entries[1]).toMatchObject({ reverses: receiptId, note: "录入错误" });
    expect(v.balances).toMatchObject({ receivedFen: 0, undistributedFen: 0 });
    expect(v.payoutDeadlines).toEqual([]);
    const twice = await officer.post(url(id, "/reversals"), { entryId: receiptId, reason: "录入错误" });
    expect(twice.statusCode).toBe(422);
    expect(twice.json().error.field).toBe("entryId");
    const ofReversal = await officer.post(url(id, "/reversals"), { entryId: v.entries[1].id, reason: "撤销冲正" });
    expect(ofReversal.statusCode).toBe(422);
    expect(await t.database.db.selectFrom("ledger_entries").select("id").where("case_id", "=", id).execute()).toHaveLength(2);
    expect(await t.database.db.selectFrom("audit_log").select("id").where("case_id", "=", id).where("action", "=", "ledger.reverse").execute()).toHaveLength(1);
  });

  it("lets the handler, the division head and the president write; shows each party its own money; hides the case from other courts", async () => {
    t.setToday("2025-09-15");
    const id = await registeredCase(t);
    const head = await t.login("head");
    const president = await t.login("president");
    expect((await head.post(url(id, "/receipts"), { source: "respondentPayment", amountFen: 1_000_000, date: "2025-09-15" })).statusCode).toBe(201);
    expect((await president.post(url(id, "/distributions"), {})).statusCode).toBe(201);
    expect((await officer.post(url(id, "/payouts"), { payee: "applicant", amountFen: 300_000, date: "2025-09-15", reference: "PAY-7" })).statusCode).toBe(201);
    const before = await footprint(t, id);

    const receipt = { source: "other", amountFen: 1, date: "2025-09-15" };
    for (const who of ["clerk", "officer2", "admin", "supervisor", "applicant", "respondent"]) {
      const res = await (await t.login(who)).post(url(id, "/receipts"), receipt);
      expect(res.statusCode, who).toBe(403);
    }
    const outsider = await t.login(await otherCourtOfficer(t));
    expect((await outsider.get(url(id))).statusCode).toBe(404);
    expect((await outsider.post(url(id, "/receipts"), receipt)).statusCode).toBe(404);
    expect((await (await t.login("liaison")).get(url(id))).statusCode).toBe(404);
    expect((await t.anonymous().get(url(id))).statusCode).toBe(401);
    expect(await footprint(t, id)).toEqual(before);

    expect((await (await t.login("supervisor")).get(url(id))).json().view).toBe("staff");

    // 1,000,000 received: fee 150,500, costs 200,000, principal 649,500; 300,000 paid to the applicant.
    const mine = (await (await t.login("applicant")).get(url(id))).json();
    expect(mine.view).toBe("applicant");
    expect(mine.entries.map((e: Entry) => [e.kind, e.target ?? e.payee, e.amountFen])).toEqual([
      ["receipt", null, 1_000_000],
      ["allocation", "costs", 200_000],
      ["allocation", "principal", 649_500],
      ["payout", "applicant", 300_000],
    ]);
    expect(mine.entries.at(-1).reference).toBe("PAY-7");
    expect(mine.summary).toMatchObject({ receivedFen: 1_000_000, paidToApplicantFen: 300_000, heldForApplicantFen: 549_500, refundedToRespondentFen: null, nextPayoutDue: "2025-10-15" });
    expect(Object.keys(mine.summary.allocatedByTarget).sort()).toEqual(["costs", "doubledInterest", "generalInterest", "principal"]);
    expect(mine.payoutDeadlines).toMatchObject([{ due: "2025-10-15", confidence: "UNCONFIRMED" }]);
    expect(mine.balances).toBeNull();
    expect(mine.claim).toBeNull();

    const theirs = (await (await t.login("respondent")).get(url(id))).json();
    expect(theirs.view).toBe("respondent");
    expect(theirs.entries.map((e: Entry) => [e.kind, e.target ?? e.payee, e.amountFen])).toEqual([
      ["receipt", null, 1_000_000],
      ["allocation", "enforcementFee", FEE_FEN],
      ["allocation", "costs", 200_000],
      ["allocation", "principal", 649_500],
    ]);
    expect(theirs.summary).toMatchObject({ receivedFen: 1_000_000, paidToApplicantFen: null, heldForApplicantFen: null, allocatedByTarget: { enforcementFee: FEE_FEN, principal: 649_500 } });
    expect(theirs.payoutDeadlines).toEqual([]);
    expect(theirs.entries.every((e: Entry) => e.note === null && e.measureId === null)).toBe(true);

    // The case detail carries the applicant's money line for its progress view.
    const money = { receivedFen: 1_000_000, paidToApplicantFen: 300_000, heldForApplicantFen: 549_500, nextPayoutDue: "2025-10-15" };
    expect((await (await t.login("applicant")).get(`/api/v1/cases/${id}`)).json().money).toEqual(money);
    expect((await officer.get(`/api/v1/cases/${id}`)).json().money).toEqual(money);
    expect((await (await t.login("respondent")).get(`/api/v1/cases/${id}`)).json().money).toBeNull();
  });

  it("refuses bad input field by field with a 400 naming the field, storing nothing", async () => {
    t.setToday("2025-09-15");
    const id = await registeredCase(t);
    await officer.post(url(id, "/receipts"), { source: "other", amountFen: 100, date: "2025-09-15" });
    const before = await footprint(t, id);
    const receipt = { source: "respondentPayment", amountFen: 100, date: "2025-09-15" };
    const payout = { payee: "applicant", amountFen: 100, date: "2025-09-15", reference: "R" };
    const rows: [string, string, unknown, string][] = [
      ["/receipts", "amount zero", { ...receipt, amountFen: 0 }, "amountFen"],
      ["/receipts", "negative amount", { ...receipt, amountFen: -5 }, "amountFen"],
      ["/receipts", "amount not whole fen", { ...receipt, amountFen: 1.5 }, "amountFen"],
      ["/receipts", "amount as a string", { ...receipt, amountFen: "100" }, "amountFen"],
      ["/receipts", "amount missing", { source: "other", date: "2025-09-15" }, "amountFen"],
      ["/receipts", "deduction is not a free receipt", { ...receipt, source: "deduction" }, "source"],
      ["/receipts", "unknown source", { ...receipt, source: "cash" }, "source"],
      ["/receipts", "date not real", { ...receipt, date: "2025-02-30" }, "date"],
      ["/receipts", "date in another format", { ...receipt, date: "15/09/2025" }, "date"],
      ["/receipts", "date in the future", { ...receipt, date: "2025-09-16" }, "date"],
      ["/receipts", "note too long", { ...receipt, note: "x".repeat(501) }, "note"],
      ["/receipts", "unknown field", { ...receipt, payee: "applicant" }, "payee"],
      ["/deductions", "measure id not a uuid", { measureId: "m-1", amountFen: 100 }, "measureId"],
      ["/deductions", "amount missing", { measureId: "00000000-0000-4000-8000-000000000000" }, "amountFen"],
      ["/distributions", "agreed order incomplete", { agreedOrder: ["principal"] }, "agreedOrder"],
      ["/distributions", "agreed order with the fee", { agreedOrder: ["enforcementFee", "costs", "principal", "generalInterest"] }, "agreedOrder.0"],
      ["/distributions", "agreed order repeating a debt", { agreedOrder: ["principal", "principal", "costs", "generalInterest"] }, "agreedOrder"],
      ["/payouts", "payee the court", { ...payout, payee: "court" }, "payee"],
      ["/payouts", "reference missing", { ...payout, reference: undefined }, "reference"],
      ["/payouts", "reference blank", { ...payout, reference: "  " }, "reference"],
      ["/payouts", "date in the future", { ...payout, date: "2026-01-01" }, "date"],
      ["/fees", "fee amount zero", { amountFen: 0, date: "2025-09-15" }, "amountFen"],
      ["/reversals", "entry id not a uuid", { entryId: "1", reason: "录入错误" }, "entryId"],
      ["/reversals", "entry of no ledger", { entryId: "00000000-0000-4000-8000-000000000000", reason: "录入错误" }, "entryId"],
      ["/reversals", "reason missing", { entryId: "00000000-0000-4000-8000-000000000000" }, "reason"],
    ];
    for (const [path, label, body, field] of rows) {
      const res = await officer.post(url(id, path), body);
      expect(res.statusCode, `${label}: ${res.body}`).toBe(400);
      const err = res.json().error;
      expect(err.field, label).toBe(field);
      expect(err.message.zh, label).toBeTruthy();
      expect(err.message.en, label).toBeTruthy();
    }
    expect(await footprint(t, id)).toEqual(before);
  });

  it("keeps the ledger closed before registration", async () => {
    const clerk = await t.login("clerk");
    const { validApplication } = await import("../../testing/fixtures");
    const c = (await clerk.post("/api/v1/cases", validApplication())).json();
    const head = await t.login("head");
    const res = await head.post(url(c.id, "/receipts"), { source: "other", amountFen: 100, date: "2025-09-15" });
    expect(res.statusCode).toBe(422);
    expect((await head.get(url(c.id))).json().entries).toEqual([]);
  });
});
