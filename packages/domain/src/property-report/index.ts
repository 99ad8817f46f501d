// The order to report property, the report, clue verification and the sanctions grounds of a breach
// (rules.md §§2, 8; 财产调查规定(2020)). The clue-verification and investigation clocks are counted by
// preservation/expiry-reminders.ts (clueVerificationDeadline, investigationDeadline) from the one
// table in preservation/periods.ts.
export * from "./scope";
export * from "./report-deadline";
export * from "./report-asset";
export * from "./sanctions";
