// One code → HTTP status table, exhaustive over ErrorCode (the compiler refuses a missing code).
import type { ErrorCode } from "@zhixing/domain";

export const ERROR_STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  INVALID_IDENTIFIER: 400,
  CALENDAR_UNKNOWN_YEAR: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TRANSITION_NOT_ALLOWED: 409,
  PRECONDITION_FAILED: 422,
  RATE_LIMITED: 429,
};
