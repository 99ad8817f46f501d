// The payment provider an application context uses: the simulator unless a deployment (or a test)
// sets another with setPaymentProvider. Kept beside the context rather than in it, like the inquiry
// settings, so AppContext does not grow for one module.
import type { PaymentProvider } from "./payment-provider";
import { createPaymentSimulator } from "./simulator";

export * from "./payment-provider";
export { createPaymentSimulator, paymentSimulatorOptionsFromEnv, type PaymentSimulatorOptions } from "./simulator";

const PROVIDERS = new WeakMap<object, PaymentProvider>();

export function paymentProvider(ctx: object): PaymentProvider {
  let p = PROVIDERS.get(ctx);
  if (!p) {
    p = createPaymentSimulator();
    PROVIDERS.set(ctx, p);
  }
  return p;
}

export function setPaymentProvider(ctx: object, provider: PaymentProvider): void {
  PROVIDERS.set(ctx, provider);
}
