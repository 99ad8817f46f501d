// Deposits and refunds of online judicial auctions (网拍规定(2016) arts 17, 23, 25). The platform's
// payment system takes a bidder's deposit in the bidder's own name ("以实名交纳", art 17 para 2) — paid
// into the court's account or frozen in the payment system (art 17 para 3) — returns or unfreezes the
// losers' deposits within 24 hours after bidding ends (art 23), and moves the buyer's to the court
// (art 25). No real payment system is reachable here: the registry (index.ts) hands out the simulator
// (simulator.ts); a real adapter implements PaymentProvider and replaces it, with no change to the
// auctions service.
//
// Every call carries an idempotency key: calling twice with the same key must not take or return the
// money twice, and must answer with the same reference. The auctions service uses the registration id
// (deposit), "refund:" + the registration id (refund) and "transfer:" + the registration id (the buyer's
// deposit moved to the court, art 25 para 2), so a retry after a crash between the payment
// and the database write is safe.

export type Payer = { userId: string; name: string; idType: string | null; idNumber: string | null };

export type DepositRequest = {
  idempotencyKey: string;
  lotId: string;
  registrationId: string;
  payer: Payer;
  amountFen: number;
};

export type RefundRequest = {
  idempotencyKey: string;
  lotId: string;
  registrationId: string;
  /** The reference the deposit was taken under. */
  paymentReference: string;
  amountFen: number;
};

/** 网拍规定 art 25 para 2: the buyer's deposit moved from the platform (frozen or held) into the court's account. */
export type TransferRequest = {
  idempotencyKey: string;
  lotId: string;
  registrationId: string;
  /** The reference the deposit was taken under. */
  paymentReference: string;
  amountFen: number;
  /** The court whose designated account receives it. */
  courtId: string;
};

export type PaymentResult =
  | { status: "confirmed"; reference: string }
  | { status: "failed"; reference: null; error: string };

export type PaymentProvider = {
  key: string;
  /** Takes (or freezes) the deposit; "confirmed" means the bidder may bid (art 18). */
  collectDeposit: (req: DepositRequest) => Promise<PaymentResult>;
  /** Returns (or unfreezes) a deposit taken under `paymentReference`. */
  refundDeposit: (req: RefundRequest) => Promise<PaymentResult>;
  /** Moves the buyer's deposit taken under `paymentReference` into the court's account (art 25 para 2). */
  transferDepositToCourt: (req: TransferRequest) => Promise<PaymentResult>;
};
