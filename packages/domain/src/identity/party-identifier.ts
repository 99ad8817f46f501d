// A party's identifier by type; throws INVALID_IDENTIFIER naming the field on failure.
// residentId: GB 11643; creditCode: GB 32100; passport: 5–20 alphanumerics;
// foreignRegistration: a foreign entity's registration number, free form (1–64 printable characters).
import { DomainError, type Localized } from "../errors/domain-error";
import type { IsoDate } from "../dates/iso-date";
import { validateCreditCode } from "./credit-code";
import { validatePassport } from "./passport";
import { validateResidentId } from "./resident-id";

export type IdType = "residentId" | "passport" | "creditCode" | "foreignRegistration";
export const ID_TYPES: readonly IdType[] = ["residentId", "passport", "creditCode", "foreignRegistration"];

export type PartyIdentifier = { idType: IdType; idNumber: string };

function checkForeignRegistration(value: string): Localized | null {
  if (value.length < 1 || value.length > 64 || /[\p{Cc}]/u.test(value)) {
    return { zh: "境外登记号应为 1–64 个可打印字符", en: "a foreign registration number has 1–64 printable characters" };
  }
  return null;
}

/** Returns the identifier normalised (trimmed; upper-case for ID, passport and credit code). */
export function validatePartyIdentifier(party: PartyIdentifier, field: string, opts: { today?: IsoDate } = {}): PartyIdentifier {
  const raw = typeof party?.idNumber === "string" ? party.idNumber.trim() : "";
  let problem: Localized | null;
  switch (party?.idType) {
    case "residentId": {
      const r = validateResidentId(raw, opts.today);
      problem = r.ok ? null : r.message;
      break;
    }
    case "passport": {
      const r = validatePassport(raw);
      problem = r.ok ? null : r.message;
      break;
    }
    case "creditCode": {
      const r = validateCreditCode(raw);
      problem = r.ok ? null : r.message;
      break;
    }
    case "foreignRegistration":
      problem = checkForeignRegistration(raw);
      break;
    default:
      problem = { zh: `证件类型无效：${String(party?.idType)}`, en: `unknown identifier type: ${String(party?.idType)}` };
  }
  if (problem) throw new DomainError("INVALID_IDENTIFIER", problem, { field });
  const idNumber = party.idType === "foreignRegistration" ? raw : raw.toUpperCase();
  return { idType: party.idType, idNumber };
}
