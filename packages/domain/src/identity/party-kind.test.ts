import { describe, expect, it } from "vitest";
import { checkPartyKindIdType, ID_TYPES_BY_KIND, PARTY_KINDS } from "./party-kind";
import { ID_TYPES } from "./party-identifier";

// GB 11643 (citizens), GB 32100 (legal persons and other organisations), passports for foreigners.
describe("checkPartyKindIdType", () => {
  const rows = PARTY_KINDS.flatMap((kind) => ID_TYPES.map((idType) => [kind, idType, ID_TYPES_BY_KIND[kind].includes(idType)] as const));

  it.each(rows)("%s with %s → allowed: %s", (kind, idType, allowed) => {
    if (allowed) expect(() => checkPartyKindIdType(kind, idType, "f")).not.toThrow();
    else {
      try {
        checkPartyKindIdType(kind, idType, "respondents.0.idType");
        expect.unreachable();
      } catch (e) {
        expect(e).toMatchObject({ code: "INVALID_IDENTIFIER", field: "respondents.0.idType" });
      }
    }
  });

  it("allows exactly these combinations", () => {
    expect(rows.filter(([, , ok]) => ok).map(([k, t]) => `${k}:${t}`)).toEqual([
      "naturalPerson:residentId",
      "naturalPerson:passport",
      "legalPerson:creditCode",
      "otherOrganization:creditCode",
      "foreign:passport",
      "foreign:foreignRegistration",
    ]);
  });
});
