// @zhixing/domain: pure enforcement rules. No I/O, no clock, no environment.
export * from "./errors/domain-error";
export * from "./citation/citation";
export * from "./citation/sources";
export * from "./dates";
export * from "./calendar";
export * from "./money";
export * from "./identity";
export * from "./case-number";
export * from "./limitation";
export * from "./config/statutory-periods";
export * from "./basis";
// The case lifecycle: transition(state, event, ctx) and its guards.
export * from "./case";
// One money ledger per enforcement case: entries, distribution order, payout clock.
export * from "./ledger";
// 查封、扣押、冻结 and 保全: terms, renewal, queue, release, exempt property, over-seizure, reminders.
export * from "./preservation";
export * from "./inquiry";
// The order to report property, the report and its sanctions grounds (财产调查规定).
export * from "./property-report";
// 悬赏公告: the application, the 10-day decision clock and who may be paid (财产调查规定 arts 21–24).
export * from "./reward";
export * from "./valuation";
// Online judicial auctions (网拍规定, 拍卖变卖规定): periods, the parameters calculator, the bidding engine, after the sale.
export * from "./auction";
// Issue 5: fines, detention, summons, refusal-crime referral (and the Decision/Refusal shape of the issue-5 rules).
export * from "./coercion";
// Consumption and exit restrictions, the dishonest-debtor list (限制消费规定, 执行程序解释, 失信规定).
export * from "./credit";
// 执行异议 / 复议, third-party objections, distribution-plan and jurisdiction objections.
export * from "./objection";
// Conduct duties: who performs, compliance checks, escalation, substitute performance, 迟延履行金.
export * from "./conduct";
// 终本: the checklist feeding case/closure.ts, and the 6-monthly re-inquiry for 5 years.
export * from "./zhongben";
