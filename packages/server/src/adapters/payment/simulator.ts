// The simulator behind PaymentProvider until a real payment system is connected.
//
// Deterministic: the reference of a payment is derived from its idempotency key (SHA-256), so a retry
// with the same key answers with the same reference and takes nothing twice (the simulator remembers
// nothing: there is no money). Imperfect on purpose, when asked: with probability
// ZHIXING_PAYMENT_SIMULATOR_FAILURE_RATE (default 0) a deposit fails for its key ("余额不足"), drawn
// from the key, so the same key fails again and a new registration usually succeeds; each call waits
// ZHIXING_PAYMENT_SIMULATOR_LATENCY_MS (default 0). A payer whose name contains "余额不足" always fails,
// which lets tests and demos show the failure without chance.
//
// Like a real payment system, one simulator instance remembers what it did with each deposit: a deposit
// refunded cannot also go to the court, nor one moved to the court be refunded; the same idempotency key
// with another amount is refused; a repeated key answers with its first result.
import { createHash } from "node:crypto";
import type { DepositRequest, PaymentProvider, PaymentResult, RefundRequest, TransferRequest } from "./payment-provider";

export type PaymentSimulatorOptions = { latencyMs: number; failureRate: number };

function envNumber(name: string, fallback: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0 || n > max) throw new Error(`${name} must be a number from 0 to ${max}; got ${JSON.stringify(raw)}`);
  return n;
}

export function paymentSimulatorOptionsFromEnv(): PaymentSimulatorOptions {
  return {
    latencyMs: envNumber("ZHIXING_PAYMENT_SIMULATOR_LATENCY_MS", 0, 60_000),
    failureRate: envNumber("ZHIXING_PAYMENT_SIMULATOR_FAILURE_RATE", 0, 1),
  };
}

const digest = (s: string) => createHash("sha256").update(s).digest();

/** A uniform number in [0, 1) drawn from the key. */
function draw(key: string): number {
  return digest(`draw\n${key}`).readUInt32BE(0) / 2 ** 32;
}

function reference(prefix: string, key: string): string {
  return `SIM-${prefix}-${digest(`${prefix}\n${key}`).toString("hex").slice(0, 20).toUpperCase()}`;
}

const wait = (ms: number) => (ms > 0 ? new Promise<void>((r) => setTimeout(r, ms)) : Promise.resolve());

export function createPaymentSimulator(opts: Partial<PaymentSimulatorOptions> = {}): PaymentProvider {
  const o = { ...paymentSimulatorOptionsFromEnv(), ...opts };
  // key → the first answer and its amount; deposit reference → where the money went.
  const answered = new Map<string, { amountFen: number; result: PaymentResult }>();
  const fate = new Map<string, "refunded" | "transferred">();
  const once = (key: string, amountFen: number, run: () => PaymentResult): PaymentResult => {
    const prior = answered.get(key);
    if (prior) {
      if (prior.amountFen !== amountFen) return { status: "failed", reference: null, error: `幂等键 ${key} 已用于另一金额 idempotency key reused with another amount` };
      return prior.result;
    }
    const result = run();
    if (result.status === "confirmed") answered.set(key, { amountFen, result });
    return result;
  };
  return {
    key: "simulator",
    async collectDeposit(req: DepositRequest): Promise<PaymentResult> {
      await wait(o.latencyMs);
      if (!Number.isSafeInteger(req.amountFen) || req.amountFen <= 0) return { status: "failed", reference: null, error: "金额无效 invalid amount" };
      if (req.payer.name.includes("余额不足") || draw(req.idempotencyKey) < o.failureRate) {
        return { status: "failed", reference: null, error: "账户余额不足，保证金交纳失败 insufficient balance: the deposit was not paid" };
      }
      return { status: "confirmed", reference: reference("DEP", req.idempotencyKey) };
    },
    async refundDeposit(req: RefundRequest): Promise<PaymentResult> {
      await wait(o.latencyMs);
      if (!req.paymentReference.startsWith("SIM-DEP-")) return { status: "failed", reference: null, error: `未知的交纳记录 unknown payment ${req.paymentReference}` };
      return once(req.idempotencyKey, req.amountFen, () => {
        if (fate.get(req.paymentReference) === "transferred") return { status: "failed", reference: null, error: `保证金已划入法院账户，不能退还 the deposit ${req.paymentReference} went to the court` };
        fate.set(req.paymentReference, "refunded");
        return { status: "confirmed", reference: reference("REF", req.idempotencyKey) };
      });
    },
    async transferDepositToCourt(req: TransferRequest): Promise<PaymentResult> {
      await wait(o.latencyMs);
      if (!Number.isSafeInteger(req.amountFen) || req.amountFen <= 0) return { status: "failed", reference: null, error: "金额无效 invalid amount" };
      if (!req.paymentReference.startsWith("SIM-DEP-")) return { status: "failed", reference: null, error: `未知的交纳记录 unknown payment ${req.paymentReference}` };
      return once(req.idempotencyKey, req.amountFen, () => {
        if (fate.get(req.paymentReference) === "refunded") return { status: "failed", reference: null, error: `保证金已退还，不能划入法院账户 the deposit ${req.paymentReference} was refunded` };
        fate.set(req.paymentReference, "transferred");
        return { status: "confirmed", reference: reference("TRF", req.idempotencyKey) };
      });
    },
  };
}
