// `zhixing calc …`: the same domain calculators as the API and the calculators page.
import {
  computeDeadline,
  computeDelayInterest,
  computeEnforcementFee,
  computePreservationFee,
  createStatutoryCalendar,
  delayDays,
  formatCitation,
  formatYuan,
  invalidField,
  parseIsoDate,
  type Citation,
  type Period,
  yuanToFen,
} from "@zhixing/domain";
import { calcAuction } from "../modules/auctions/auction-calc";
import { auctionSettingsFromEnv } from "../modules/auctions/auction-settings";
import { ASSET_TYPES, type AssetType } from "@zhixing/domain";
import { withCalendar } from "./db-context";

type Opts = Record<string, string | boolean | undefined>;

function intOption(o: Opts, name: string, key = name): number {
  const v = String(o[key]);
  if (!/^\d{1,7}$/.test(v)) throw invalidField(name, { zh: `--${name} 应为非负整数`, en: `--${name} must be a whole number` });
  return Number(v);
}

function print(json: boolean, data: unknown, lines: string[]): void {
  process.stdout.write(json ? JSON.stringify(data, null, 2) + "\n" : lines.join("\n") + "\n");
}

const basisLines = (basis: Citation[]) => basis.map((b) => `  依据 basis: ${formatCitation(b, "zh")}`);

export async function runCalc(kind: "fee" | "preservation-fee" | "interest" | "deadline", o: Opts): Promise<void> {
  const json = !!o.json;
  if (kind === "fee" || kind === "preservation-fee") {
    const r = kind === "fee" ? computeEnforcementFee(yuanToFen(String(o.amount), "amount")) : computePreservationFee(yuanToFen(String(o.amount), "amount"));
    print(json, r, [
      `${kind === "fee" ? "执行申请费 enforcement fee" : "保全费 preservation fee"}: ${formatYuan(r.feeFen, "zh")} (amount ${formatYuan(r.amountFen, "zh")})`,
      ...r.brackets.map((b) => `  ${formatYuan(b.fromFen, "zh")}–${b.toFen === null ? "" : formatYuan(b.toFen, "zh")} @ ${b.rate}: ${formatYuan(b.feeFen, "zh")}`),
      ...basisLines(r.basis),
    ]);
    return;
  }
  if (kind === "interest") {
    const principalFen = yuanToFen(String(o.amount), "amount");
    let days: number;
    let range: { from: string; to: string } | undefined;
    if (o.days !== undefined) {
      if (o.from !== undefined || o.to !== undefined) throw invalidField("days", { zh: "--days 与 --from/--to 只能二选一", en: "give --days or --from/--to, not both" });
      days = intOption(o, "days");
    } else {
      if (o.from === undefined || o.to === undefined) throw invalidField("days", { zh: "请给出 --days，或 --from 与 --to", en: "give --days, or --from and --to" });
      range = { from: parseIsoDate(String(o.from), "from"), to: parseIsoDate(String(o.to), "to") };
      if (range.to < range.from) throw invalidField("to", { zh: "--to 不能早于 --from", en: "--to cannot precede --from" });
      days = delayDays(range.from, range.to);
    }
    const r = computeDelayInterest({ principalFen, days });
    print(json, { ...r, ...range }, [`加倍部分债务利息 doubled delay interest: ${formatYuan(r.interestFen, "zh")} (${days} days × ${r.dailyRate})`, ...basisLines(r.basis)]);
    return;
  }
  const units: [string, string, Period["unit"]][] = [
    ["days", "days", "days"],
    ["months", "months", "months"],
    ["years", "years", "years"],
    ["working-days", "workingDays", "workingDays"],
  ];
  const given = units.filter(([, key]) => o[key] !== undefined);
  if (given.length !== 1) {
    throw invalidField("days", { zh: "请给出且只给出 --days、--months、--years、--working-days 中的一项", en: "give exactly one of --days, --months, --years, --working-days" });
  }
  const [name, key, unit] = given[0]!;
  const from = parseIsoDate(String(o.from), "from");
  const period = { unit, n: intOption(o, name, key) };
  const r = await withCalendar((cal) => computeDeadline(from, period, cal), createStatutoryCalendar);
  print(json, r, [
    `期限届满 due: ${r.due}${r.shifted ? ` (名义届满日 ${r.nominalDue} 为休息日，顺延 / ${r.nominalDue} is a rest day, moved)` : ""}`,
    ...(r.provisional ? [`  注意：${r.provisionalYears.join(", ")} 年的放假安排尚未公布，按法定节日推算 / provisional: no official arrangement yet for ${r.provisionalYears.join(", ")}`] : []),
    ...basisLines(r.basis),
  ]);
}

/** `zhixing calc auction`: minimum starting price, deposit range and announcement dates (网拍规定 arts 10, 12, 16, 17, 26). */
export async function runCalcAuction(o: Opts): Promise<void> {
  const json = !!o.json;
  const type = String(o.assetType);
  if (!(ASSET_TYPES as readonly string[]).includes(type)) {
    throw invalidField("asset-type", { zh: `--asset-type 应为以下之一：${ASSET_TYPES.join(", ")}`, en: `--asset-type must be one of: ${ASSET_TYPES.join(", ")}` });
  }
  const round = o.round === undefined ? undefined : String(o.round);
  if (round !== undefined && round !== "1" && round !== "2") throw invalidField("round", { zh: "--round 应为 1 或 2", en: "--round must be 1 or 2" });
  const fen = (key: string, name: string) => (o[key] === undefined ? undefined : yuanToFen(String(o[key]), name));
  const date = (key: string, name: string) => (o[key] === undefined ? undefined : parseIsoDate(String(o[key]), name));
  const input = {
    referencePriceFen: yuanToFen(String(o.referencePrice), "reference-price"),
    assetType: type as AssetType,
    round: round === undefined ? undefined : (Number(round) as 1 | 2),
    previousStartingPriceFen: fen("previousStart", "previous-start"),
    startingPriceFen: fen("startingPrice", "starting-price"),
    announcementDate: date("announce", "announce"),
    auctionStartDate: date("start", "start"),
    failedOn: date("failedOn", "failed-on"),
  };
  const periods = auctionSettingsFromEnv().periods;
  const r = await withCalendar((cal) => calcAuction(input, cal, periods), createStatutoryCalendar);
  const s = r.schedule;
  print(json, r, [
    `拍卖参数 auction parameters: round ${r.round}, ${type} (${r.assetClass})`,
    `  参考价 reference price: ${formatYuan(r.referencePriceFen, "zh")}`,
    `  最低起拍价 minimum starting price: ${formatYuan(r.minimumStartingPrice.amountFen, "zh")} — ${r.minimumStartingPrice.rule.zh}`,
    `  起拍价 starting price: ${formatYuan(r.startingPriceFen, "zh")}`,
    `  保证金 deposit: ${formatYuan(r.deposit.minFen, "zh")} – ${formatYuan(r.deposit.maxFen, "zh")} (5%–20% of the starting price)`,
    ...(s
      ? [
          `  公告 announcement: ${s.announcementDate}; 竞价开始 bidding starts: ${s.auctionStartDate} (earliest after the ${s.announcement.period.n}-day announcement period); bidding lasts at least ${s.biddingMinimumHours} h`,
          `  通知当事人、已知优先购买权人 notify the parties and priority holders by: ${s.notifyPartiesBy.date}`,
          `  无法通知的公示 post for unreachable parties by: ${s.postUnreachableBy.date} (deemed notified ${s.postUnreachableBy.deemedNotifiedOn})`,
          ...(s.reauctionBy ? [`  再次拍卖最迟开始 re-auction starts by: ${s.reauctionBy.date}`] : []),
          ...(s.provisional ? ["  注意：所涉年份的放假安排尚未公布，日期为推算 / provisional: a year's official holiday arrangement is not out yet"] : []),
          ...basisLines(s.basis),
        ]
      : []),
    ...basisLines([...r.minimumStartingPrice.basis, ...r.deposit.basis]),
  ]);
}
