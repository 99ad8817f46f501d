// ZHIXING_PERIODS: one JSON object configures both period tables, each key going to the table that has
// it; a CONFIRMED-P value, an unknown key or a bad length stops the server with a message naming it.
import { describe, expect, it } from "vitest";
import { PRESERVATION_PERIODS, STATUTORY_PERIODS } from "@zhixing/domain";
import { configuredPeriods } from "./runtime";

describe("configuredPeriods (ZHIXING_PERIODS)", () => {
  it("without the variable: the defaults of both tables", () => {
    const { periods, preservationPeriods } = configuredPeriods("");
    expect(periods).toBe(STATUTORY_PERIODS);
    expect(preservationPeriods).toBe(PRESERVATION_PERIODS);
  });

  it("sends each key to its table: the investigation periods to the register's, the rest to the lifecycle's", () => {
    const { periods, preservationPeriods } = configuredPeriods(JSON.stringify({ investigationStart: 5, propertyInvestigation: 2 }));
    expect(preservationPeriods.investigationStart.period).toEqual({ unit: "days", n: 5 });
    expect(preservationPeriods.propertyInvestigation.period).toEqual({ unit: "months", n: 2 });
    expect(preservationPeriods.clueVerification).toEqual(PRESERVATION_PERIODS.clueVerification);
    expect(periods).toEqual(STATUTORY_PERIODS);
  });

  // [value, what the message names]
  const bad: [string, RegExp][] = [
    [JSON.stringify({ clueVerification: 9 }), /clueVerification.*cannot be overridden/],
    [JSON.stringify({ depositTermMax: 2 }), /depositTermMax/],
    [JSON.stringify({ noSuchPeriod: 3 }), /noSuchPeriod/],
    [JSON.stringify({ investigationStart: 0 }), /investigationStart must be an integer/],
    ["[1,2]", /JSON object/],
    ["{not json", /ZHIXING_PERIODS is invalid/],
  ];
  it.each(bad)("refuses %s", (raw, message) => {
    expect(() => configuredPeriods(raw)).toThrow(message);
  });
});
