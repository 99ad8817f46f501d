// zhixing — the command line: serve, migrate, seed, calc, cases, calendar, sweep.
import { Command, Option } from "commander";
import { runCalc, runCalcAuction } from "./calc.command";
import { runAuctionsCloseDue, runAuctionsList } from "./auctions.command";
import { runCasesList } from "./cases.command";
import { runCalendarLoad, runCalendarShow } from "./calendar.command";
import { runMigrate, runSeed, runServe, runSweep } from "./server.command";
import { isDomainError } from "@zhixing/domain";
import { runBench } from "../bench/bench";
import { runAuditVerify } from "./audit.command";
import { runMeasuresLapse, runMeasuresList, runMeasuresStanding } from "./measures.command";
import { runLedgerShow } from "./ledger.command";
import { PROVIDER_HELP, runInquiryCommand } from "./inquiry.command";
import { runCluesList, runInvestigationsList, runReportsShow, runRewardsList } from "./property.command";
import { runValuationCollect, runValuationDocument, runValuationDraw, runValuationList } from "./valuation.command";
import { runCreditList, runCreditSweep } from "../modules/credit/credit.command";
import { runZhongbenReinquire } from "../modules/zhongben/zhongben.command";
import { runCoercionList, runObjectionsHold, runObjectionsList } from "../modules/coercion/coercion.command";
import { runConductList } from "../modules/conduct/conduct.command";

const program = new Command();
program.name("zhixing").description("执行 — enforcement of IP judgments").showHelpAfterError();

program
  .command("serve")
  .description("run the web UI and API on one port (embedded database unless DATABASE_URL is set)")
  .option("-p, --port <port>", "port", process.env.PORT ?? "3000")
  .option("--host <host>", "address to listen on", process.env.ZHIXING_HOST ?? "127.0.0.1")
  .option("--demo", "seed demo users and cases into an empty database")
  .option("--no-jobs", "do not run the background jobs (clock sweep)")
  .action(runServe);

program.command("migrate").description("apply database migrations").action(runMigrate);

program
  .command("seed")
  .description("seed demo data or generated cases")
  .option("--demo", "demo users for every role and a few cases (only into an empty database)")
  .option("--cases <n>", "generate N cases")
  .option("--court <id>", "court for generated cases", "bj-ip")
  .action(runSeed);

program
  .command("bench")
  .description("measure the hot paths (rules; the case lifecycle and case list on PGlite, and on DATABASE_URL if set)")
  .option("--cases <n>", "cases to generate per database", "300")
  .option("--json", "print JSON")
  .action(runBench);

program.command("sweep").description("run the statutory clock sweep once").option("--json", "print JSON").action(runSweep);

const calc = program.command("calc").description("statutory calculators (amounts in yuan; --json gives integer fen)");
calc
  .command("fee")
  .description("enforcement fee, 诉讼费用交纳办法 art 14(1)2")
  .requiredOption("--amount <yuan>", "amount enforced, in yuan")
  .option("--json", "print JSON")
  .action((o) => runCalc("fee", o));
calc
  .command("preservation-fee")
  .description("preservation fee, 诉讼费用交纳办法 art 14(2)")
  .requiredOption("--amount <yuan>", "amount preserved, in yuan")
  .option("--json", "print JSON")
  .action((o) => runCalc("preservation-fee", o));
calc
  .command("interest")
  .description("the doubled part of delay interest, 1.75/10,000 per day")
  .requiredOption("--amount <yuan>", "unpaid money debt (excluding general interest), in yuan")
  .option("--days <n>", "days of delay")
  .option("--from <date>", "performance period expired on (YYYY-MM-DD)")
  .option("--to <date>", "paid on (YYYY-MM-DD)")
  .option("--json", "print JSON")
  .action((o) => runCalc("interest", o));
calc
  .command("deadline")
  .description("a statutory period on the holiday calendar (start day not counted)")
  .requiredOption("--from <date>", "the start date (YYYY-MM-DD)")
  .addOption(new Option("--days <n>", "calendar days"))
  .addOption(new Option("--months <n>", "months"))
  .addOption(new Option("--years <n>", "years"))
  .addOption(new Option("--working-days <n>", "working days"))
  .option("--json", "print JSON")
  .action((o) => runCalc("deadline", o));

calc
  .command("auction")
  .description("auction parameters: minimum starting price, deposit range, announcement and notice dates (网拍规定 arts 10, 12, 16, 17, 26)")
  .requiredOption("--reference-price <yuan>", "reference price (appraised or market), in yuan")
  .requiredOption("--asset-type <type>", "asset type, e.g. patent, trademark, realEstate, vehicle, equipment")
  .option("--round <n>", "1 (default) or 2 (re-auction after a failure)")
  .option("--previous-start <yuan>", "round 2: the failed auction's starting price, in yuan")
  .option("--starting-price <yuan>", "the starting price chosen, checked against the minimum (default: the minimum)")
  .option("--announce <date>", "the announcement date (YYYY-MM-DD): gives the earliest start")
  .option("--start <date>", "the day bidding starts (YYYY-MM-DD): gives the latest announcement")
  .option("--failed-on <date>", "round 2: the day the first auction failed (YYYY-MM-DD)")
  .option("--json", "print JSON")
  .action((o) => runCalcAuction(o));

const cases = program.command("cases").description("enforcement cases");
cases
  .command("list")
  .description("list cases")
  .option("--court <id>", "court id (default: all courts)")
  .option("--status <status>", "applied | registered | refused | assigned | inProgress | closed")
  .option("--limit <n>", "at most N cases", "50")
  .option("--json", "print JSON")
  .action(runCasesList);

const ledger = program.command("ledger").description("the money ledger of a case (执行款台账)");
ledger
  .command("show")
  .description("entries, balances and payout deadlines of one case")
  .requiredOption("--case <case>", "case id or case number, e.g. (2025)京73执1号")
  .option("--json", "print JSON")
  .action(runLedgerShow);

const measures = program.command("measures").description("the measures register (查封、扣押、冻结)");
measures.command("lapse").description("lapse measures past their last day in force, once (查封规定 art 27)").option("--json", "print JSON").action(runMeasuresLapse);
measures
  .command("standing")
  .description("standing freeze orders (轮询冻结): --run tops up each active order once for today")
  .option("--run", "run the standing freeze job once")
  .option("--json", "print JSON")
  .action(runMeasuresStanding);
measures
  .command("list")
  .description("a case's measures register and release task")
  .requiredOption("--case <case>", "case id or case number, e.g. (2025)京73执1号")
  .option("--json", "print JSON")
  .action(runMeasuresList);

const CASE_HELP = "case id or case number, e.g. (2025)京73执1号";
const AS_HELP = "the court staff user who reads (default: the case's handler)";
const reports = program.command("reports").description("财产报告 the order to report property and the respondents' reports");
reports
  .command("show")
  .description("the report order (issued, due, clock, late / sanctions trigger) and the filed reports with item counts")
  .requiredOption("--case <case>", CASE_HELP)
  .option("--as <username>", AS_HELP)
  .option("--json", "print JSON")
  .action(runReportsShow);
const clues = program.command("clues").description("财产线索 property clues from the applicant");
clues.command("list").description("a case's clues with their verification clocks (due, urgent, overdue) and status").requiredOption("--case <case>", CASE_HELP).option("--as <username>", AS_HELP).option("--json", "print JSON").action(runCluesList);
const investigations = program.command("investigations").description("申请法院调查财产 requests that the court investigate property");
investigations.command("list").description("a case's investigation requests with their clocks").requiredOption("--case <case>", CASE_HELP).option("--as <username>", AS_HELP).option("--json", "print JSON").action(runInvestigationsList);
const rewards = program.command("rewards").description("悬赏公告 reward notices");
rewards
  .command("list")
  .description("reward notices as court staff see them (tips counted, informants never shown), or --public: what the public site shows, masked")
  .option("--case <case>", CASE_HELP)
  .option("--public", "the public list (published notices, natural persons' names masked)")
  .option("--as <username>", "the court staff user who reads (default: each case's handler)")
  .option("--json", "print JSON")
  .action(runRewardsList);

const auctions = program.command("auctions").description("网络司法拍卖 online judicial auctions");
auctions.command("list").description("auction lots, newest first (one case's, or without --case the court's)").option("--case <case>", CASE_HELP).option("--court <court>", "the court (id or name) whose lots to list").option("--status <status>", "draft | announced | suspended | sold | failed | cancelled | defaulted").option("--limit <n>", "at most N lots", "200").option("--json", "print JSON").action(runAuctionsList);
auctions.command("close-due").description("close every lot whose (extended) end has passed, once, and refund the deposits due (the close job)").option("--json", "print JSON").action(runAuctionsCloseDue);

const valuation = program.command("valuation").description("确定财产处置参考价 reference prices (参考价规定 2018)");
valuation.command("list").description("a case's valuations: method, status, price and validity, steps, agency lotteries (with the command to re-run each), open clocks; and the controlled assets still to value").requiredOption("--case <case>", CASE_HELP).option("--json", "print JSON").action(runValuationList);
valuation
  .command("draw")
  .description("re-run an agency lottery (art 16) from its recorded candidates and seed: anyone gets the same three agencies in the same order")
  .requiredOption("--candidates <ids>", "comma-separated candidate agency ids")
  .requiredOption("--seed <hex>", "the recorded seed")
  .option("--json", "print JSON")
  .action(runValuationDraw);
valuation.command("collect").description("ask every waiting platform and every agency at work what it has done by today (the collection job, once)").option("--json", "print JSON").action(runValuationCollect);
valuation
  .command("document <valuationId> <reportId>")
  .description("a report as its printable HTML document (method, issuer, result, validity, service on parties and interested persons, basis articles), on stdout")
  .option("--lang <lang>", "zh (default) or en")
  .action(runValuationDocument);

const audit = program.command("audit").description("the SM3-chained audit log");
audit
  .command("verify")
  .description("recompute every chain; exits 1 and says where if a record was altered, deleted or inserted")
  .option("--json", "print JSON")
  .action(runAuditVerify);

const inquiry = program.command("inquiry").description("网络执行查控 online inquiries");
inquiry
  .command("run")
  .description("query the case's respondents in the outside systems (the simulator here), store the results and audit it")
  .requiredOption("--case <id-or-number>", "case id or case number, e.g. (2025)京73执1号")
  .requiredOption("--purpose <text>", "why you query (at least 10 characters)")
  .option("--providers <list>", `comma-separated, default all: ${PROVIDER_HELP}; also bank, payment, ip`)
  .option("--as <username>", "the user who queries (default: the case's handler)")
  .option("--supervision-reason <text>", "a higher-court supervisor's recorded reason")
  .option("--json", "print JSON")
  .action(runInquiryCommand);

const credit = program.command("credit").description("信用惩戒 the dishonest-debtor list and restrictions");
credit.command("list").description("失信 entries listed (and restrictions in force); --all with deleted and lifted").option("--all", "include deleted entries and lifted restrictions").option("--json", "print JSON").action(runCreditList);
credit.command("sweep").description("run the 失信 deletion job once (失信规定 art 10)").option("--json", "print JSON").action(runCreditSweep);
const zhongben = program.command("zhongben").description("终结本次执行程序 (终本) after closure");
zhongben.command("reinquire").description("run the 6-monthly re-inquiry job once (终本规定 art 9)").option("--json", "print JSON").action(runZhongbenReinquire);

const coercion = program.command("coercion").description("罚款、拘留 and 拒执罪 referrals (民诉法 arts 114, 118–119)");
coercion.command("list").description("fines and detentions with their reconsideration, and refusal-crime referrals").option("--case <caseNumberOrId>", "one case").option("--json", "print JSON").action(runCoercionList);

const conduct = program.command("conduct").description("行为义务 conduct duties: compliance checks, substitute performance, 迟延履行金 (民诉法 arts 263–264; 民诉法解释 arts 501–505)");
conduct.command("list").description("a case's conduct duties with their checks, substitute performance and cost").requiredOption("--case <caseNumberOrId>", "the case").option("--json", "print JSON").action(runConductList);
const objections = program.command("objections").description("执行异议 (执异), 复议 (执复) and third-party objections");
objections.command("list").description("objections with their linked 执异 / 执复 cases").option("--case <caseNumberOrId>", "one case").option("--json", "print JSON").action(runObjectionsList);
objections.command("hold <assetId>").description("whether a third-party objection holds the asset from disposal today").option("--json", "print JSON").action(runObjectionsHold);

const calendar = program.command("calendar").description("the statutory holiday calendar");
calendar.command("show <year>").description("the holiday arrangement of a year and its source").option("--json", "print JSON").action(runCalendarShow);
calendar
  .command("load <file>")
  .description('load the official arrangement of a year from a JSON file {"year", "holidays":[{date,name}], "workdays":[{date,name}]}')
  .action(runCalendarLoad);

program.parseAsync(process.argv).catch((e: unknown) => {
  if (isDomainError(e)) {
    process.stderr.write(`错误：${e.messages.zh}\nerror: ${e.messages.en}${e.field ? ` (${e.field})` : ""}\n`);
  } else {
    process.stderr.write(`error: ${(e as Error).message}\n`);
  }
  process.exit(2);
});
