// Test helper shared by the domain's specs: run `fn`, expect a DomainError with `code` (and `field`,
// when given), in both languages (architecture.md habit 6), and return it.
import { expect } from "vitest";
import { DomainError, type ErrorCode } from "../errors/domain-error";

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
