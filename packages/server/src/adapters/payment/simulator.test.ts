// The payment simulator behaves like a payment system (网拍规定 arts 17, 23, 25): references, idempotency
// by key, and a deposit goes either back to the bidder or to the court, never both.
import { describe, expect, it } from "vitest";
import { createPaymentSimulator } from "./simulator";

const payer = { userId: "u1", name: "竞买人甲", idType: null, idNumber: null };

describe("payment simulator", () => {
  it("art 25 para 2: moves a deposit to the court once, with a reference; a retry answers the same", async () => {
    const p = createPaymentSimulator({ latencyMs: 0, failureRate: 0 });
    const dep = await p.collectDeposit({ idempotencyKey: "r1", lotId: "l", registrationId: "r1", payer, amountFen: 50_000 });
    expect(dep).toMatchObject({ status: "confirmed", reference: expect.stringMatching(/^SIM-DEP-/) });
    const req = { idempotencyKey: "transfer:r1", lotId: "l", registrationId: "r1", paymentReference: dep.reference!, amountFen: 50_000, courtId: "C1" };
    const t1 = await p.transferDepositToCourt(req);
    expect(t1).toMatchObject({ status: "confirmed", reference: expect.stringMatching(/^SIM-TRF-/) });
    expect(await p.transferDepositToCourt(req)).toEqual(t1);
    expect(await p.transferDepositToCourt({ ...req, amountFen: 40_000 })).toMatchObject({ status: "failed" });
    // art 23: a deposit that went to the court is not also refunded
    expect(await p.refundDeposit({ idempotencyKey: "refund:r1", lotId: "l", registrationId: "r1", paymentReference: dep.reference!, amountFen: 50_000 })).toMatchObject({ status: "failed" });
  });

  it("art 23: a refunded deposit cannot go to the court; unknown references fail", async () => {
    const p = createPaymentSimulator({ latencyMs: 0, failureRate: 0 });
    const dep = await p.collectDeposit({ idempotencyKey: "r2", lotId: "l", registrationId: "r2", payer, amountFen: 10_000 });
    const r = await p.refundDeposit({ idempotencyKey: "refund:r2", lotId: "l", registrationId: "r2", paymentReference: dep.reference!, amountFen: 10_000 });
    expect(r).toMatchObject({ status: "confirmed", reference: expect.stringMatching(/^SIM-REF-/) });
    expect(await p.transferDepositToCourt({ idempotencyKey: "transfer:r2", lotId: "l", registrationId: "r2", paymentReference: dep.reference!, amountFen: 10_000, courtId: "C1" })).toMatchObject({ status: "failed" });
    expect(await p.transferDepositToCourt({ idempotencyKey: "transfer:x", lotId: "l", registrationId: "x", paymentReference: "BANK-1", amountFen: 10_000, courtId: "C1" })).toMatchObject({ status: "failed" });
  });
});
