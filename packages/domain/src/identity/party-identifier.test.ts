import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error";
import { validatePartyIdentifier, type IdType } from "./party-identifier";

describe("validatePartyIdentifier", () => {
  it.each<[IdType, string, string]>([
    ["residentId", " 11010519491231002x ", "11010519491231002X"],
    ["creditCode", "914403001922038216", "914403001922038216"],
    ["passport", "e12345678", "E12345678"],
    ["foreignRegistration", " HRB 12345 (Amtsgericht München) ", "HRB 12345 (Amtsgericht München)"],
  ])("%s %j → normalised %j", (idType, idNumber, normalised) => {
    expect(validatePartyIdentifier({ idType, idNumber }, "respondent.idNumber")).toEqual({ idType, idNumber: normalised });
  });

  it.each<[IdType, string, string]>([
    ["residentId", "110105194912310021", "should be X"],
    ["creditCode", "91110000100000589B", "should be A"],
    ["passport", "E12", "5–20"],
    ["foreignRegistration", "", "1–64"],
    ["foreignRegistration", "x".repeat(65), "1–64"],
    ["driverLicence" as IdType, "123", "unknown identifier type"],
  ])("%s %j → INVALID_IDENTIFIER (%s)", (idType, idNumber, fragment) => {
    try {
      validatePartyIdentifier({ idType, idNumber }, "applicant.idNumber");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      const err = e as DomainError;
      expect(err.code).toBe("INVALID_IDENTIFIER");
      expect(err.field).toBe("applicant.idNumber");
      expect(err.messages.en).toContain(fragment);
    }
  });

  it("checks the birth date against `today`", () => {
    expect(() =>
      validatePartyIdentifier({ idType: "residentId", idNumber: "11010519491231002X" }, "f", { today: "1949-12-30" }),
    ).toThrow(DomainError);
  });
});
