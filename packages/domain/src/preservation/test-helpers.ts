// Fixtures for the preservation specs: the real statutory calendar, a measure factory, and the
// DomainError expectation every user error must meet (a code, the field, both languages).
import { createStatutoryCalendar } from "../calendar";
import type { Measure } from "./types";

export const cal = createStatutoryCalendar();

/** A bank-deposit freeze in enforcement, made 2025-03-10 (Mon), last day 2026-03-10 (Tue). */
export function measure(over: Partial<Measure> = {}): Measure {
  return {
    id: "m-1",
    assetType: "bankDeposit",
    kind: "freeze",
    context: "enforcement",
    position: "first",
    registeredAt: "2025-03-10T09:00",
    startDate: "2025-03-10",
    expires: "2026-03-10",
    ...over,
  };
}

export { expectDomainError } from "../testing/expect-domain-error";
