// One error type for the whole system. Services and rules throw DomainError with a string code;
// the HTTP layer maps the code to a status through one exhaustive table (server/src/http/error-status.ts).
// Every message is given in zh-CN and en: a user error must tell the user what is wrong in their language.

export type Localized = { zh: string; en: string };

export type ErrorCode =
  | "VALIDATION" // input is malformed or out of range (names the field)
  | "INVALID_IDENTIFIER" // an ID number / credit code fails its check
  | "NOT_FOUND"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "CSRF"
  | "CONFLICT" // the state changed under the caller (e.g. duplicate, stale)
  | "TRANSITION_NOT_ALLOWED" // the lifecycle does not allow this event now
  | "PRECONDITION_FAILED" // a legal precondition of an action is not met
  | "CALENDAR_UNKNOWN_YEAR" // a date outside the calendar's range
  | "RATE_LIMITED";

export type ErrorDetail = { field?: string; message: Localized };

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly messages: Localized;
  readonly field: string | undefined;
  readonly details: ErrorDetail[];

  constructor(code: ErrorCode, messages: Localized, opts: { field?: string; details?: ErrorDetail[] } = {}) {
    super(messages.en);
    this.name = "DomainError";
    this.code = code;
    this.messages = messages;
    this.field = opts.field;
    this.details = opts.details ?? (opts.field ? [{ field: opts.field, message: messages }] : []);
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}

/** Shorthand for a bad field value: `invalidField("amount", {zh: "金额必须为正", en: "amount must be positive"})`. */
export function invalidField(field: string, message: Localized): DomainError {
  return new DomainError("VALIDATION", message, { field });
}
