// Which identifier each kind of party carries: a natural person a resident ID (GB 11643) or, for a
// foreigner, a passport; a legal person or other organisation its unified social credit code
// (GB 32100, which covers both, 法人和其他组织); a foreign right holder a passport or its foreign
// registration number.
import { DomainError } from "../errors/domain-error";
import type { IdType } from "./party-identifier";

export const PARTY_KINDS = ["naturalPerson", "legalPerson", "otherOrganization", "foreign"] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

export const ID_TYPES_BY_KIND: Record<PartyKind, readonly IdType[]> = {
  naturalPerson: ["residentId", "passport"],
  legalPerson: ["creditCode"],
  otherOrganization: ["creditCode"],
  foreign: ["passport", "foreignRegistration"],
};

const KIND_ZH: Record<PartyKind, string> = { naturalPerson: "自然人", legalPerson: "法人", otherOrganization: "其他组织", foreign: "境外当事人" };
const ID_ZH: Record<IdType, string> = { residentId: "居民身份证", passport: "护照", creditCode: "统一社会信用代码", foreignRegistration: "境外登记号" };

/** Throws INVALID_IDENTIFIER (naming `field`) when the identifier type does not fit the kind of party. */
export function checkPartyKindIdType(kind: PartyKind, idType: IdType, field: string): void {
  const allowed = ID_TYPES_BY_KIND[kind];
  if (!allowed.includes(idType)) {
    throw new DomainError(
      "INVALID_IDENTIFIER",
      {
        zh: `${KIND_ZH[kind]}的证件类型应为${allowed.map((t) => ID_ZH[t]).join("或")}，而不是${ID_ZH[idType]}`,
        en: `a ${kind} is identified by ${allowed.join(" or ")}, not ${idType}`,
      },
      { field },
    );
  }
}
