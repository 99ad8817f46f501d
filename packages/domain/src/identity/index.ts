export { type IdentifierFailure } from "./identifier-result";
export { type ResidentIdResult, type ResidentIdReason, validateResidentId, residentIdCheckChar } from "./resident-id";
export { type CreditCodeResult, type CreditCodeReason, validateCreditCode, creditCodeCheckChar } from "./credit-code";
export { type PassportResult, validatePassport } from "./passport";
export { type IdType, type PartyIdentifier, ID_TYPES, validatePartyIdentifier } from "./party-identifier";
export { maskIdNumber, maskIdentifier, maskBankAccount } from "./mask-identifier";
export { maskPhone, maskAddress } from "./mask-contact";
export { PARTY_KINDS, type PartyKind, ID_TYPES_BY_KIND, checkPartyKindIdType } from "./party-kind";
export { maskName } from "./mask-name";
