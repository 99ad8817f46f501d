import type { Localized } from "../errors/domain-error";

export type IdentifierFailure = { ok: false; reason: string; message: Localized };
