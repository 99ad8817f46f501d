// Fixtures for the preservation specs: the real statutory calendar, a measure factory, and the
// DomainError expectation every user error must meet (a code, the field, both languages).
import { expect } from "vitest";
import { createStatutoryCalendar } from "../calendar";
import { DomainError, type ErrorCode } from "../errors/domain-error";
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

/** Runs `fn`, expects a DomainError with `code` and `field`, and returns it. */
export function expectDomainError(fn: () => unknown, code: ErrorCode, field?: string): DomainError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught, `expected DomainError ${code}`).toBeInstanceOf(DomainError);
  const err = caught as DomainError;
  expect({ code: err.code, field: err.field }).toEqual({ code, field });
  expect(err.messages.zh.length).toBeGreaterThan(0);
  expect(err.messages.en.length).toBeGreaterThan(0);
  return err;
}
